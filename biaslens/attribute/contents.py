"""What a source's words are beyond its cue's own content: a verb of saying coordinated after a stance or an
act ("welcomed the decision and said ..."), the clause that leads from the cue into a quotation ("said
Minnesota rioters had “no choice ...”"), an absolute "with X saying ..." cut at its comma.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .view import content_after, skip_aux_back

if TYPE_CHECKING:
    from .records import Cue
    from .view import SentenceView


def coordinated_speech(v: SentenceView, cue: Cue, cues: list[Cue]) -> list[tuple[int, int]]:
    """The content of a verb of saying coordinated after a stance or an act with the same subject ("X
    welcomed the decision and said it would end a cruel policy"): the subject's words, not the writer's.
    A verb of two words is an appeal ("and called for more restrictions"), whose object is the writer's."""
    keys = v.keys
    for c in cues:
        if c.a > cue.b and c.b - c.a == 1 and c.category == "speech" and "act" not in c.entry.tags \
                and not c.nominal and not c.bare_nominal and keys[skip_aux_back(v, c.a - 1)] in ("and", "but"):
            return content_after(v, c.b)
    return []


def lead_in(v: SentenceView, b: int, speech: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quotations a cue's subject speaks, with the clause that leads into the first right after the
    cue ('X said Minnesota rioters had “no choice but to loot”': 'Minnesota rioters had' is X's
    reported words too). No comma nor other quotation may stand between."""
    first = speech[0][0]
    if b >= v.n or first <= (at := v.start_of(b)) or any(at <= q.start < first for q in v.quotes) or any(
            v.keys[x] in (",", ";", ":", "—", "–") for x in range(b, v.n) if v.start_of(x) < first):
        return speech  # (not past a comma, nor past a shorter quotation: 'said Obama should “step down” and
        # Clinton should “get out of this race”' keeps the writer's choice of the first one)
    return [(v.start_of(b), speech[0][1]), *speech[1:]]


def clause_after(v: SentenceView, b: int) -> list[tuple[int, int]]:
    """`content_after` cut at the next comma: the words of an absolute "with X saying ..."
    end with its clause; the main clause after it is the writer's."""
    content = content_after(v, b)
    comma = next((x for x in range(b + 1, v.n) if v.keys[x] == "," and not v.in_quote[x]), None)
    if not content or comma is None:
        return content
    return [(content[0][0], v.end_of(comma - 1))]
