"""Court reporting's idiom: what a court, a jury or an inquest "heard" or "was told" (hearing_nouns.txt) is
the proceedings' account, not the writer's ("He spent the money on cars, Southwark Crown Court heard").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .phrases import np_before
from .records import RULE_ENTRY, Cue, make
from .triggers import triggered_by
from .view import content_after, content_before, near_end

if TYPE_CHECKING:
    from ..types import Attribution
    from .view import SentenceView

_HEARD = frozenset({"heard", "hears"})
HEARING_VERBS = _HEARD | {"told"}  # the rule's trigger words (`AttributionRules.cue_keys` holds them)
_PASSIVE_TOLD = frozenset({"was", "were"})
_CLAUSE_OPENERS = frozenset({"that", ":", "how"})


@triggered_by(HEARING_VERBS)
def court_heard(v: SentenceView) -> Attribution | None:
    """"..., the court heard." / "The jury was told that ...": the body of the hearing is the source
    (`indirect`, the words before a closing cue or the clause after an opening one: "that", a colon, "how")."""
    keys = v.keys
    for i in range(v.first + 1, v.n):
        k = keys[i]
        if v.in_quote[i]:
            continue
        if k in _HEARD:
            a = i
        elif k == "told" and keys[i - 1] in _PASSIVE_TOLD and i >= 2:
            a = i - 1
        else:
            continue
        src, appo = np_before(v, a)
        if src is None or keys[src[1] - 1] not in v.rules.hearing_nouns:
            continue
        if src[0] > v.first and keys[src[0] - 1] == "," and near_end(v, i + 1):
            content = content_before(v, src[0])  # "..., the court heard."
        elif i + 1 < v.n and keys[i + 1] in _CLAUSE_OPENERS:
            content = content_after(v, i + 1)  # "The jury was told that ...", "The inquest heard:"
        else:
            continue  # "The committee heard from three witnesses": what it did, not what it was told
        return make(v, "indirect", "court-heard", Cue(a, i + 1, RULE_ENTRY), src, appo, content,
                    source_type="official")
    return None
