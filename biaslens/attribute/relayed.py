"""An outlet that relays a speaker named inside its sentence ("Cruz said at a rally ..., according to The
Hill"; "The minister said the group would act, Reuters reported"): the speaker is the source and the outlet
its `via`, as in "AP quoted officials" (`relays.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .records import replace

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..types import Attribution
    from .records import Cue
    from .view import SentenceView

_CLOSING_RULES = frozenset({"trailing-cue", "according-to"})
_SPEAKING_KINDS = frozenset({"direct", "indirect", "colon"})
_SUBJECT_RULES = frozenset({"subject-cue", "quote-cue", "cue-colon"})  # a speaker who is the verb's subject


def relayed_speaker(v: SentenceView, att: Attribution, cues: list[Cue], speech: list[tuple[int, int]],
                    from_cue: Callable) -> Attribution:
    """`att` when its source is no outlet closing the sentence after a speaker's words; else the attribution
    of the first speech verb before the outlet whose subject (not a relative clause's) names someone other
    than an outlet, with the outlet as `via` and its words ending before the outlet's phrase."""
    if att.source_type != "media" or att.rule not in _CLOSING_RULES or att.source_span is None:
        return att
    at = att.source_span[0]
    for cue in cues:
        if cue.category != "speech" or v.end_of(cue.b - 1) >= at:
            continue
        inner = from_cue(v, cue, cues, speech)
        if inner is None or inner.kind not in _SPEAKING_KINDS or inner.rule not in _SUBJECT_RULES \
                or inner.source_span is None \
                or inner.source_type in ("media", "anonymous") or inner.source_span[0] >= at:
            continue
        content = tuple((a, min(b, _before(v, at))) for a, b in inner.content if a < at)
        return replace(inner, via=att.source, content=content)
    return att


def _before(v: SentenceView, at: int) -> int:
    """Where the words before the outlet's phrase at offset `at` end (its comma and "according to" left out)."""
    text = v.text
    end = at
    for lead in ("according to", ","):
        stripped = text[:end].rstrip()
        if stripped.lower().endswith(lead):
            end = len(stripped) - len(lead)
    return len(text[:end].rstrip())
