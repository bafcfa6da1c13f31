"""Quotation marks paired over the document, and which sentences each quotation overlaps.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from ..types import SHORT_QUOTE_MAX_WORDS, Quote
from .marks import FIRST_CHARACTERS, DocumentMarks
from .marks import MARKS_RE as _MARKS_RE

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..types import Segmented
    from .view import SentenceView
OPEN_QUOTES = {"“": "”", "«": "»", "‘": "’", '"': '"', "„": "“", "‹": "›", "''": "''", "``": "''", "'": "'"}


def _is_apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and after.isalnum()


_DECADE = re.compile(r"\d\ds(?![^\W_])")


def elided_decade(text: str, i: int) -> bool:
    """A mark before a decade written with its century left out ("the '80s", "the ’90s"):
    an apostrophe, neither opening nor closing a quotation."""
    return text[i] in "'’‘" and _DECADE.match(text, i + 1) is not None


def _mark_at(text: str, i: int) -> str:
    two = text[i:i + 2]
    return two if two in ("''", "``") else text[i]


def find_quotes(seg: Segmented) -> tuple[Quote, ...]:
    """Pair quotation marks within each paragraph in one pass over the marks.

    Straight, curly, guillemet and typewriter (``...'') marks are paired by
    kind. A quote still open at the end of a paragraph continues into the
    next one when that paragraph opens with a quotation mark (the news
    convention for multi-paragraph quotes), or when the writer did not reopen
    it but a later paragraph (three at most, none with another mark before)
    closes it with the matching curly mark; otherwise it is cut at the end of
    the sentence where it opened, so an unbalanced mark never swallows the
    article.
    """
    text = seg.document.text
    marks = DocumentMarks(text)  # every mark of the text, found once
    paras = seg.paragraphs
    if not marks.marks and not any(text[p.end - 1] in FIRST_CHARACTERS for p in paras if p.end > p.start):
        return ()  # no mark in the text, and none a paragraph's end could make (see marks.py)
    quotes: list[Quote] = []
    carry_close: str | None = None
    implicit = False  # the next paragraph continues the quotation without reopening it
    for pi, para in enumerate(paras):
        open_at: int | None = None
        close = ""
        start = para.start
        if carry_close is not None and (implicit or text[para.start] in "“\"«'`„"):
            open_at, close = para.start, carry_close
            if text[para.start] in "“\"«'`„":
                start = para.start + len(_mark_at(text, para.start))
        carry_close, implicit = None, False
        for i, mark in marks.within(start, para.end):
            if open_at is None:
                prev = text[i - 1] if i > para.start else " "
                if mark == "”" and prev.isspace() and i + 1 < para.end and text[i + 1].isalnum():
                    open_at, close = i, "”"  # '”Mr. Lund ...': a closing mark typed as the opener
                    continue
                if mark not in OPEN_QUOTES or (len(mark) == 1 and _is_apostrophe(text, i)) \
                        or text[i] in "'’‘" and elided_decade(text, i):  # (its own first test, inline)
                    continue
                if mark in ("'", '"') and (prev.isalnum() or prev in ".,;:!?="):
                    continue  # a closing-looking straight mark with nothing open, or a markup value (author="...")
                nxt = text[i + len(mark)] if i + len(mark) < para.end else " "
                if nxt.isspace():
                    continue  # an opening mark is followed by the quoted word
                open_at, close = i, OPEN_QUOTES[mark]
            elif mark == close or (close == "”" and mark == '"') or (close == '"' and mark == "”"):
                if len(mark) == 1 and mark in "’'" and (_is_apostrophe(text, i) or elided_decade(text, i)):
                    continue
                if mark in "’'" and i + 1 < para.end and text[i + 1].isalpha():
                    continue  # "Iran’s": an apostrophe, not a closing mark
                end = i + len(mark)
                quotes.append(Quote(open_at, end, True, len(text[open_at:end].split())))
                open_at = None
        if open_at is not None:
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            if nxt is not None and close in ("”", '"', "''", "»") and text[nxt.start] in "“\"«'`„":
                quotes.append(Quote(open_at, para.end, False, len(text[open_at:para.end].split())))
                carry_close = close
            elif close in _CURLY_CLOSE and _closes_later(text, paras, pi, close):
                quotes.append(Quote(open_at, para.end, False, len(text[open_at:para.end].split())))
                carry_close, implicit = close, True
            else:
                cut = _sentence_end(seg, para.sentences, open_at, para.end)
                quotes.append(Quote(open_at, cut, False, len(text[open_at:cut].split())))
    return tuple(quotes)


_CURLY_CLOSE = frozenset({"”", "»"})
_SINGLE = frozenset({"'", "‘", "’", "‹", "›"})
_CONTINUED_PARAGRAPHS = 3


def _closes_later(text: str, paras, pi: int, close: str) -> bool:
    """A quotation left open at a paragraph's end whose writer did not reopen it: the next paragraphs
    (three at most) hold no quotation mark until one whose first mark is the matching curly close
    ('“I had nothing to do with it. ¶ ... Lyin' Ted Cruz.”')."""
    for nxt in paras[pi + 1:pi + 1 + _CONTINUED_PARAGRAPHS]:
        m = next((m for m in _MARKS_RE.finditer(text, nxt.start, nxt.end) if m.group() not in _SINGLE), None)
        if m is None:
            continue  # no double mark ("Lyin' Ted" is no quotation): the quotation runs on
        return m.group() == close and m.start() > nxt.start
    return False


def _sentence_end(seg: Segmented, indices: Sequence[int], pos: int, default: int) -> int:
    for si in indices:
        s = seg.sentences[si]
        if s.start <= pos < s.end:
            return s.end
    return default


def is_fragment(q: Quote, view: SentenceView, cue_ends: set[int]) -> bool:
    """A short closed quotation embedded in running text ('has “improved” its
    positions') is the writer's scare quote, not speech, unless a cue or a
    colon introduces it ('said “no”')."""
    if not q.closed or q.n_words > SHORT_QUOTE_MAX_WORDS:
        return False
    starts = view.starts()
    prev = bisect_right(starts, q.start - 1) - 1  # the last token that starts before the quote
    if prev < 0:
        return False
    key = view.keys[prev]
    if key in (":", ",") or prev in cue_ends:
        return False
    return key[0].isalnum()


def sentences_of(q: Quote, seg: Segmented, starts: Sequence[int]) -> range:
    """Indices of the sentences a quote overlaps (sentences are in text order)."""
    first = max(0, bisect_right(starts, q.start) - 1)
    if first < len(seg.sentences) and seg.sentences[first].end <= q.start:
        first += 1
    return range(first, bisect_left(starts, q.end))


def overlaps(quotes: Sequence[Quote], seg: Segmented, starts: Sequence[int],
             ranges: Sequence[range] | None = None) -> dict[int, list[Quote]]:
    """The quotations overlapping each sentence, by sentence index (`ranges`: each quotation's
    `sentences_of`, when already known)."""
    out: dict[int, list[Quote]] = {}
    if ranges is None:
        ranges = [sentences_of(q, seg, starts) for q in quotes]
    for q, sis in zip(quotes, ranges, strict=True):
        for si in sis:
            if si in out:
                out[si].append(q)
            else:
                out[si] = [q]
    return out
