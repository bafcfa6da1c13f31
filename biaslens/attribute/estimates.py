"""A figure someone puts at a number ("Organisers put the turnout at 150,000", "The health ministry puts the
death toll at more than 300"): the estimate is the subject's claim, not the writer's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .grammar import NUMBER_WORDS
from .phrases import names_someone, np_before
from .records import RULE_ENTRY, Cue, make
from .triggers import triggered_by
from .view import content_after

if TYPE_CHECKING:
    from ..types import Attribution
    from .view import SentenceView

PUT_VERBS = frozenset({"put", "puts"})  # the rule's trigger words
_OBJECT_OPENERS = frozenset({"the", "its", "their", "his", "her"})  # "put the turnout", "puts its losses"
_PUT_REACH = 6  # tokens from "put" to its "at" ("put the number of protesters at")
_NUMBER_REACH = 3  # tokens from "at" to the figure ("at more than 300", "at about $2 billion")


@triggered_by(PUT_VERBS)
def figure_put_at(v: SentenceView) -> Attribution | None:
    """"<source> put(s) the <figure> at <number>": the subject's estimate (`indirect`, rule "figure-put-at");
    not "put the book on the table" (no "at" and a number), nor a subject that names no one ("The rise
    puts the total at 40")."""
    keys = v.keys
    for i in range(v.first + 1, v.n - 3):
        if keys[i] not in PUT_VERBS or v.in_quote[i] or keys[i + 1] not in _OBJECT_OPENERS:
            continue
        at = next((x for x in range(i + 2, min(v.n - 1, i + _PUT_REACH)) if keys[x] == "at"), None)
        if at is None or not any(k[:1].isdigit() or k in NUMBER_WORDS for k in keys[at + 1:at + 1 + _NUMBER_REACH]):
            continue
        src, appo = np_before(v, i)
        if src is None or not names_someone(v, *src):
            continue
        return make(v, "indirect", "figure-put-at", Cue(i, i + 1, RULE_ENTRY), src, appo, content_after(v, i + 1))
    return None
