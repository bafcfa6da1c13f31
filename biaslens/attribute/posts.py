"""Set-off speech without a cue of its own: embedded social-media posts and block quotations.

A post pasted into an article is signed after its text ("— Ana Ruiz (@anaruiz) May 4,
2026"): the signature and the lines of the post above it, back to the paragraph's start
(or the paragraph before when the signature opens its own), are the author's words. A
block quotation (a ``>`` or indented paragraph) that no cue or colon claimed quotes the
source named last before it ("In a written reply, the authority said ... / > The new
system meets every standard"). A post kept in its markup names its author in an attribute
(`<tweet author="anaruiz">We pay to land our own catch.</tweet>`): the text inside is the
author's words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..types import ROLE_BODY, Attribution
from .colons import is_set_off
from .records import replace

if TYPE_CHECKING:
    from ..types import Paragraph, Segmented

# "— Ana Ruiz (@anaruiz) May 4, 2026": a dash, a name of capitalised words, a handle
_POST_SIGNATURE = re.compile(r"[ \t]*[—―–-][ \t]*((?:[A-Z][\w'’.-]*[ \t]+){0,4}[A-Z][\w'’.-]*)[ \t]*\(@\w{1,30}\)")


def embedded_posts(seg: Segmented, result: list[Attribution]) -> None:
    """Credit each signed post (see the module) to its author."""
    text, sentences = seg.document.text, seg.sentences
    if "@" not in text:
        return  # no handle anywhere (most articles)
    for i, sent in enumerate(sentences):
        if "@" not in sent.text:
            continue
        m = _POST_SIGNATURE.match(text, sent.start, sent.end)
        if m is None or seg.paragraphs[sent.paragraph].role != ROLE_BODY:
            continue
        name_span = m.span(1)
        name = text[name_span[0]:name_span[1]]
        signed = Attribution(True, "direct", name, "person", None, None, "post-signature", name_span, None,
                             ((sent.start, sent.end),), None, name)
        result[i] = signed
        for j in _post_lines(seg, i):
            if not result[j].sourced or result[j].rule in ("quote-nearby-speaker", "quote-unattributed"):
                s = sentences[j]
                result[j] = replace(signed, rule="post-text", content=((s.start, s.end),))


# <tweet author="anaruiz" ...>text</tweet>, <blockquote data-author="Ana Ruiz">...</blockquote>:
# an element whose opening tag names an author and that holds the post's text
_POST_MARKUP = re.compile(r"<([A-Za-z][\w-]*)\b[^<>]*?[\s\"'](?:data-|tweet-|post-)?author=([\"'])([^\"'<>]*)\2"
                          r"[^<>]*>([^<>]*)</\1\s*>")
# an author attribute's value that is a handle or a short name, not a sentence put there by mistake
_AUTHOR = re.compile(r"@?\w[\w.]{0,29}|(?:[A-Z][\w'’.-]*[ \t]+){1,3}[A-Z][\w'’.-]*")


def markup_posts(seg: Segmented, result: list[Attribution]) -> None:
    """Credit the text of each post kept in its markup (see the module) to the author its
    opening tag names; an empty element (`<tweet id="7"></tweet>`) says nothing."""
    text, sentences = seg.document.text, seg.sentences
    if "author=" not in text:
        return
    for m in _POST_MARKUP.finditer(text):
        author, (a, b) = m.group(3).strip(), m.span(4)
        if not _AUTHOR.fullmatch(author) or not any(c.isalnum() for c in text[a:b]):
            continue
        name_span = (m.start(3), m.end(3))
        for j, s in enumerate(sentences):
            if s.start < b and s.end > a and seg.paragraphs[s.paragraph].role == ROLE_BODY:
                result[j] = Attribution(True, "direct", author, "person", None, None, "post-markup", name_span,
                                        None, ((max(a, s.start), min(b, s.end)),), None, author)


def _post_lines(seg: Segmented, i: int) -> list[int]:
    """The sentences of the post signed by sentence `i`: those before it in its paragraph,
    else the whole paragraph before it."""
    sentences, paragraphs = seg.sentences, seg.paragraphs
    para = paragraphs[sentences[i].paragraph]
    before = [j for j in para.sentences if j < i]
    if before or para.index == 0:
        return before
    prev = paragraphs[para.index - 1]
    return list(prev.sentences) if prev.role == ROLE_BODY else []


def block_quotes(seg: Segmented, result: list[Attribution]) -> None:
    """A set-off paragraph that nothing attributed quotes the source named last before it."""
    text, paragraphs = seg.document.text, seg.paragraphs
    before = None  # the last body paragraph not set off (its donor is asked only when needed:
    # the set-off paragraphs after it change no attribution of its own)
    for para in paragraphs:
        if para.role != ROLE_BODY:
            continue
        # (a paragraph right after a line break that does not open with ">" is not set off:
        # decided without the call, for most paragraphs)
        if para.start and text[para.start - 1] == "\n" and text[para.start] != ">" or not is_set_off(text, para):
            before = para
            continue
        donor = None if before is None else _donor(before, result)
        if donor is None:
            continue
        for j in para.sentences:
            if not result[j].sourced:
                s = seg.sentences[j]
                result[j] = replace(donor, kind="direct", rule="block-quote", cue=None, cue_span=None,
                                    content=((s.start, s.end),))


def _donor(para: Paragraph, result: list[Attribution]) -> Attribution | None:
    """The paragraph's last named, not vague, attribution, if its last sentence is sourced."""
    if not para.sentences or not result[para.sentences[-1]].sourced:
        return None
    return next((att for j in reversed(para.sentences) if (att := result[j]).sourced and att.source
                 and att.kind != "vague"), None)
