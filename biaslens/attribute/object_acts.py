"""Acts that a verb's object shows to be a stance or public act of its subject, tried when a
sentence has no usable cue: a refused offer ("she declined the invitation"), one's own records
released ("he released his tax returns") and effort devoted ("she devoted her attention to").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .acts import OWNER_POSSESSIVES, names_actor
from .grammar import BOUNDARY, DETERMINERS, PREPOSITIONS
from .phrases import np_before
from .records import RULE_ENTRY, Cue, make
from .triggers import triggered_by

if TYPE_CHECKING:
    from ..types import Attribution
    from .view import SentenceView


OFFER_OBJECT_WINDOW = 4  # tokens after a refusal verb within which its offer noun comes ("declined that assignment")


@triggered_by("refusal_verbs")
def refused_offer(v: SentenceView) -> Attribution | None:
    """A refusal verb (refusal_verbs.txt; "turned" only before "down") with an offer noun
    as its object (offer_nouns.txt) and a subject that names someone: "She declined that
    assignment", "the board turned down the request" (`indirect`, the subject as source);
    not "Sales declined 5 percent", "he turned down the radio"."""
    keys, rules = v.keys, v.rules
    for i in range(v.first + 1, v.n - 1):
        if keys[i] not in rules.refusal_verbs or v.in_quote[i] or keys[i - 1] in DETERMINERS:
            continue
        j = i + 1
        if keys[i].startswith("turn"):
            if keys[j] != "down":
                continue
            j += 1
        if not _noun_ahead(v, j, rules.offer_nouns):
            continue
        src, appo = np_before(v, i)
        if src is not None and src[1] < i and keys[src[1]] in BOUNDARY:
            src = None  # a subject across a conjunction: not this verb's
        if src is not None and names_actor(v, src):
            return make(v, "indirect", "refused-offer", Cue(i, j, RULE_ENTRY), src, appo, [])
    return None


RECORDS_OBJECT_WINDOW = 4  # words between a possessive and its record noun ("his 2014 federal tax returns")


@triggered_by("disclosure_verbs")
def released_records(v: SentenceView) -> Attribution | None:
    """A disclosure verb (disclosure_verbs.txt) with the subject's own records as object (a
    possessive, then a noun of record_nouns.txt) and a subject that names someone: "Lund
    released his returns in 2012", "Ruiz posted her tax returns online" (`indirect`, the
    subject as source); not "the band released its new album"."""
    keys, rules = v.keys, v.rules
    for i in range(v.first + 1, v.n - 2):
        if keys[i] not in rules.disclosure_verbs or v.in_quote[i] or keys[i - 1] in DETERMINERS:
            continue
        if keys[i + 1] not in OWNER_POSSESSIVES or not any(
                keys[x] in rules.record_nouns for x in range(i + 2, min(v.n, i + 2 + RECORDS_OBJECT_WINDOW))):
            continue
        src, appo = np_before(v, i)
        if src is not None and names_actor(v, src):
            return make(v, "indirect", "released-records", Cue(i, i + 1, RULE_ENTRY), src, appo, [])
    return None


EFFORT_WINDOW = 6  # tokens after a commitment verb within which its effort noun and then "to"/"in" come


@triggered_by("commitment_verbs")
def devoted_effort(v: SentenceView) -> Attribution | None:
    """A commitment verb (commitment_verbs.txt) with an effort noun (effort_nouns.txt) as
    object and then "to", "in" or "into", and a subject that names someone: "Ruiz devoted
    her attention to the harbor", "They have invested too much time and energy into the
    plan" (`indirect`, the subject as source); not "invested $5 million in the fleet"."""
    keys, rules = v.keys, v.rules
    for i in range(v.first + 1, v.n - 2):
        if keys[i] not in rules.commitment_verbs or v.in_quote[i] or keys[i - 1] in DETERMINERS:
            continue
        window = keys[i + 1:min(v.n, i + 1 + EFFORT_WINDOW)]
        noun = next((x for x, k in enumerate(window) if k in rules.effort_nouns), None)
        if noun is None or not any(k in ("to", "in", "into") for k in window[noun + 1:]):
            continue
        src, appo = np_before(v, i)
        if src is not None and names_actor(v, src):
            return make(v, "indirect", "devoted-effort", Cue(i, i + 1, RULE_ENTRY), src, appo, [])
    return None


def _noun_ahead(v: SentenceView, j: int, nouns: frozenset[str]) -> bool:
    """One of `nouns` within a few words from token j, before any preposition or clause
    boundary ("declined that assignment"; not "declined in value")."""
    keys = v.keys
    for x in range(j, min(v.n, j + OFFER_OBJECT_WINDOW)):
        if keys[x] in nouns:
            return True
        if keys[x] not in DETERMINERS and (keys[x] in PREPOSITIONS or keys[x] in BOUNDARY
                                           or not keys[x][0].isalnum()):
            return False
    return False
