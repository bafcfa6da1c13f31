"""Speech after a colon without quotation marks: how far it runs.

"The mayor added: Nobody warned us. And they never asked." -- unquoted speech
introduced by a colon (or a lead-in such as "The minister put it best, writing on
social media:") ends at its paragraph and spans at most `COLON_SPEECH_MAX`
sentences, so one colon never puts a whole article in a speaker's voice. Speech
that is set off runs on: a transcript label ("OKAFOR: ..." speaks until its
paragraph ends); after a colon that ends its paragraph, a block of indented or
``>`` lines (every such paragraph that follows), or else the one paragraph a blank
line sets off (a block quotation flattened to text). Lines that follow with no blank
line between are held to the same three sentences. A quotation after the colon is
left to the quotation rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import ROLE_BODY
from .grammar import QUOTE_OPENERS
from .labels import SPEAKER_LABEL_MAX_WORDS
from .records import replace

if TYPE_CHECKING:
    from ..types import Attribution, Paragraph, Segmented

COLON_SPEECH_MAX = 3  # sentences of unquoted speech after a colon that is not set off
COLON_RULES = ("cue-colon", "name-colon")


def continue_colons(seg: Segmented, result: list[Attribution]) -> None:
    """Extend each colon attribution over the sentences its speech covers (see the module)."""
    text = seg.document.text
    sentences = seg.sentences
    for i, att in enumerate(result):
        if att.kind != "colon" or att.rule not in COLON_RULES or _run_in_heading(att):
            continue
        sent = sentences[i]
        after = text[att.cue_span[1] if att.cue_span else sent.start:sent.end]
        tail = after[after.find(":") + 1:].lstrip() if ":" in after else ""
        if tail[:1] in QUOTE_OPENERS:
            continue
        for j in colon_targets(seg, i, att, bool(tail)):
            if result[j].rule in COLON_RULES:
                break  # the next speaker
            s = sentences[j]
            result[j] = replace(att, rule="colon-continuation", content=((s.start, s.end),))


def _run_in_heading(att: Attribution) -> bool:
    """"Progress on the Ferry Question: ...": a run-in heading, not a speaker label."""
    return att.rule == "name-colon" and bool(att.source) and not att.source.isupper() \
        and len(att.source.split()) > SPEAKER_LABEL_MAX_WORDS


def colon_targets(seg: Segmented, i: int, att: Attribution, has_tail: bool) -> list[int]:
    """The sentences after sentence `i` that continue its colon's speech."""
    sentences, paragraphs = seg.sentences, seg.paragraphs
    para = paragraphs[sentences[i].paragraph]
    rest = [j for j in para.sentences if j > i]
    if transcript_label(att):
        return rest  # a transcript's speaker holds the floor to the end of the paragraph
    budget = COLON_SPEECH_MAX - (1 if has_tail else 0)
    if rest or has_tail or para.role != ROLE_BODY:
        return rest[:budget]
    block = set_off_block(seg, para.index + 1)
    if block:
        return block
    return _next_lines(seg, para.index + 1, COLON_SPEECH_MAX)


def _next_lines(seg: Segmented, start: int, budget: int) -> list[int]:
    """After a colon that ends its paragraph: the whole next paragraph when a blank line
    sets it off (a block quotation, flattened), else the next `budget` sentences of the
    lines that follow, up to a blank line."""
    text, paragraphs = seg.document.text, seg.paragraphs
    out: list[int] = []
    for k in range(start, len(paragraphs)):
        para = paragraphs[k]
        if para.role != ROLE_BODY:
            break
        blank = text.count("\n", paragraphs[k - 1].end, para.start) > 1
        if blank and k == start:
            return list(para.sentences)
        if blank:
            break
        out.extend(para.sentences)
        if len(out) >= budget:
            break
    return out[:budget]


def transcript_label(att: Attribution) -> bool:
    """'OKAFOR:', 'SEN. RUIZ:': a speaker's label in capitals opens a transcript turn."""
    return att.rule == "name-colon" and bool(att.source) and att.source.isupper()


def set_off_block(seg: Segmented, start: int) -> list[int]:
    """The sentences of the indented or ``>`` paragraphs from paragraph `start` on."""
    out: list[int] = []
    for para in seg.paragraphs[start:]:
        if para.role != ROLE_BODY or not is_set_off(seg.document.text, para):
            break
        out.extend(para.sentences)
    return out


def is_set_off(text: str, para: Paragraph) -> bool:
    """A paragraph written as a block quotation: it opens with ``>``, or its first line is
    indented by a tab or at least two spaces."""
    if text.startswith(">", para.start):
        return True
    line_start = text.rfind("\n", 0, para.start) + 1
    lead = text[line_start:para.start]
    return bool(lead) and not lead.strip() and ("\t" in lead or len(lead) >= 2)
