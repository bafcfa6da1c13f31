"""Dialogue set off by a dash, as European and translated news write speech:

    — We have made a fair offer, de Vries said. The unions have not responded.

A paragraph that opens with a dash and a space, and whose first sentence ends its speech with a
cue after it ("..., de Vries said", "..., replied Pieter Jansen"), is that speaker's to its end:
the sentences after the cue go on speaking, with no quotation mark to say so. A dash-opened
paragraph whose first sentence puts its cue first ("— Police said the road was closed.") may be
a list item, and is left alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..types import ROLE_BODY
from .records import replace

if TYPE_CHECKING:
    from ..types import Attribution, Segmented

_DASH_OPEN = re.compile(r"[ \t]*[—–―][ \t]+\S")


def continue_dialogue(seg: Segmented, result: list[Attribution]) -> None:
    """Give the later sentences of each dash-opened dialogue paragraph (see the module) the
    attribution of its first."""
    sentences, text = seg.sentences, seg.document.text
    for para in seg.paragraphs:
        if para.role != ROLE_BODY or len(para.sentences) < 2:
            continue
        first = para.sentences[0]
        att = result[first]
        if not _speech_then_cue(att, text, sentences[first].start) or not _DASH_OPEN.match(sentences[first].text):
            continue
        for j in para.sentences[1:]:
            if _speech_then_cue(result[j], text, sentences[j].start):
                break  # another speaker's words, with their own cue
            s = sentences[j]
            result[j] = replace(att, rule="dialogue-continuation", cue=None, cue_span=None,
                                content=((s.start, s.end),))


def _speech_then_cue(att: Attribution, text: str, start: int) -> bool:
    """An attribution whose cue and source stand after a comma that closes the speech before them
    ("..., de Vries said", "..., replied Pieter Jansen"), in a sentence that starts at `start`."""
    if att.cue_span is None or att.source_span is None or att.kind == "vague":
        return False
    comma = text.rfind(",", start, att.cue_span[0])
    return comma > start and att.source_span[0] > comma
