"""Paragraphs for stage 2 (`biaslens.segment`): each block's role (headline, byline,
caption, boilerplate, body) and the wire dateline of the first body paragraph, from
patterns in ``lexicons/segment/``; and blocks laid out one sentence a line, read as
one paragraph a line."""

from __future__ import annotations

import re
from functools import cache

from .lexicons import read_list
from .types import ROLE_BODY, ROLE_BOILERPLATE, ROLE_BYLINE, ROLE_CAPTION, ROLE_HEADLINE, Block


@cache
def _caption_hints() -> tuple[str, ...]:
    return tuple(read_list("segment/caption_hints.txt"))


@cache
def _patterns(name: str, flags: int = re.I) -> re.Pattern[str]:
    """All patterns of a data file as one alternation (one regex call a paragraph)."""
    return re.compile("|".join(f"(?:{p})" for p in read_list(f"segment/{name}.txt")), flags)


def paragraph_role(text: str, block: Block, index: int, n_blocks: int) -> str:
    """Headline, byline, caption, boilerplate or body, from the block's kind and shared patterns."""
    if block.kind == "heading":
        return ROLE_HEADLINE
    if block.kind == "caption":
        return ROLE_CAPTION
    n_words = len(text.split(None, 60))  # the word count, or 61 for any longer paragraph
    if n_words < 60:
        if _patterns("boilerplate").match(text):
            return ROLE_BOILERPLATE
        head, tail = text[:100], text[-100:] if len(text) > 100 else ""
        low = (head + " " + tail).lower()
        if any(map(low.__contains__, _caption_hints())):
            captions = _patterns("captions")
            if captions.search(head) or (tail and captions.search(tail)):
                return ROLE_CAPTION
    if n_words < 30 and _patterns("bylines").match(text):
        return ROLE_BYLINE
    return ROLE_BODY


def dateline_end(text: str) -> int:
    """Length of a wire dateline at the start of `text` ("WASHINGTON —"), or 0."""
    m = _patterns("datelines", 0).match(text[:200])
    return m.end() if m and m.end() < len(text) else 0


def timestamp_end(text: str) -> int:
    """Length of a live blog's timestamp opening `text` ("8:05 a.m. ET" on a line of its own,
    "10:30 p.m. —"), or 0: read as a dateline, so the time is no part of the entry's first sentence."""
    m = _patterns("timestamps", 0).match(text[:40])
    return m.end() if m and m.end() < len(text) else 0


# A block laid out one sentence a line: at least LINE_LAYOUT_MIN_LINES lines, and this share
# of them end as a sentence ends (". ? ! :" or a closing quotation mark after one).
LINE_LAYOUT_MIN_LINES = 3
LINE_LAYOUT_SHARE = 0.75
_LINE_END = re.compile(r"[.?!:][\"'”’»)]*[ \t]*$")


def layout_blocks(text: str, blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The blocks with each one laid out one sentence a line cut into one paragraph a line
    (text with rare blank lines, pages pasted with single newlines), so that a line is
    read as the paragraph its writer meant. Hard-wrapped prose, whose lines end mid
    sentence, stays one paragraph."""
    out: list[Block] = []
    for block in blocks:
        lines = [] if block.kind == "heading" else _lines(text, block)
        if len(lines) < LINE_LAYOUT_MIN_LINES or \
                sum(1 for a, b in lines if _LINE_END.search(text, a, b)) < LINE_LAYOUT_SHARE * len(lines):
            out.append(block)
            continue
        out.extend(Block(a, b, block.kind) for a, b in lines)
    return tuple(out)


def _lines(text: str, block: Block) -> list[tuple[int, int]]:
    """The non-blank lines of a block, each stripped of surrounding spaces."""
    if text.find("\n", block.start, block.end) < 0:
        return []
    out, pos = [], block.start
    while pos < block.end:
        nl = text.find("\n", pos, block.end)
        end = block.end if nl < 0 else nl
        a, b = pos, end
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
        pos = end + 1
    return out
