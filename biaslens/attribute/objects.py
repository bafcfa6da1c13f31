"""Tests on what follows a cue verb: its object, a complement ("as a tax", "a liar"),
a speech noun after a light verb, and the object that shows a non-speech sense.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicons import in_context
from .clauses import find_passive
from .grammar import (
    BOUNDARY,
    DETERMINERS,
    FINITE,
    OBJECT_PRONOUNS,
    PREPOSITIONS,
    PRONOUNS,
    QUOTE_OPENERS,
    TIME_WORDS,
)
from .view import skip_aux_back

if TYPE_CHECKING:
    from .view import SentenceView

OBJECT_MAX = 4  # words of the object that shows a cue's non-speech sense ("attacked the old bridge")
CONTEST_WINDOW = 5  # tokens after "in"/"at" searched for the contest ("opposed Arsenal in the cup final")
SURFACE_WINDOW = 6  # tokens after "on"/"in" searched for the surface ("noted it on a scrap of paper")
AS_WINDOW = 8  # tokens after a cue searched for "as" ("see the new levy as a tax")
TO_WINDOW = 9  # tokens after a cue searched for "to" ("linked the outage to the hack")
LABEL_OBJECT_MAX = 3  # words of the object before a label ("called the new plan a failure")
NAME_OBJECT_MAX = 5  # tokens of a name before a label ("called Peter J. Lund a liar")
LIGHT_OBJECT_WINDOW = 4  # tokens of a light verb's object searched for a speech noun ("made a sharp criticism")


def object_sense(v: SentenceView, a: int, b: int, tags: frozenset[str]) -> bool:
    """Is cue a..b used in a non-speech sense its object shows? `physical`: a place,
    structure, vehicle or animal as object ("ruled the region", "attacked the bridge at
    night") or as subject in the passive ("the convoy was attacked"); `contest`: a
    competition as object ("ruled the league for a decade"); `rival`: a named rival and
    then "in"/"at" a contest ("opposed Arsenal in the final"); `record`: a note taken on
    a surface ("noted the address on a scrap of paper"). Not when the object is followed
    by a clause, a that-clause, a complement or "as"/"over" ("attacked the plan as
    reckless", "the court ruled the state must pay", "ruled the bridge unsafe")."""
    keys, n = v.keys, v.n
    if "physical" in tags and find_passive(v, a, b) is not None:
        j = skip_aux_back(v, a - 1)
        return j >= 0 and keys[j] in v.rules.physical_objects
    j = b + 1 if b < n and keys[b] in DETERMINERS and keys[b] != "that" else b
    start = j
    while j < n and j - start < OBJECT_MAX and keys[j].isalpha() and keys[j] not in BOUNDARY \
            and keys[j] not in PREPOSITIONS and keys[j] not in FINITE:
        j += 1
    if j == start:
        return False  # "ruled that", "ruled on the appeal", "attacked as"
    if j < n and not (keys[j] in PREPOSITIONS and keys[j] not in ("as", "over", "of") or keys[j] in TIME_WORDS
                      or keys[j] in (".", ",", ";", "!", "?", "and", "until", "since", "when", "while")):
        return False  # a clause, a complement or a possessive after the object
    head = keys[j - 1]
    if "physical" in tags and (head in v.rules.physical_objects or v.cap(start) and head in v.rules.states):
        return True  # "the Romans ruled Gaul" is a name no list holds, but "ruled Austria" is a state
    if "contest" in tags and head in v.rules.contest_nouns:
        return True
    if "appointee" in tags and head in v.rules.appointee_nouns:
        return True  # "would need a majority to confirm two justices": an appointment approved
    if j + 1 >= n or ("rival" not in tags and "record" not in tags):
        return False
    if "rival" in tags and v.cap(start) and keys[j] in ("in", "at"):
        return any(keys[x] in v.rules.contest_nouns and (x + 1 >= n or not keys[x + 1].isalpha())
                   for x in range(j + 1, min(n, j + CONTEST_WINDOW)))
    if "record" in tags and keys[j] in ("on", "in", "into"):
        return any(keys[x] in v.rules.writing_surfaces and (x + 1 >= n or not keys[x + 1].isalpha())
                   for x in range(j + 1, min(n, j + SURFACE_WINDOW)))
    return False


def as_complement(v: SentenceView, b: int) -> bool:
    """An object and then "as" with a noun phrase within a few words of token b ("see the
    levy as a tax", "saw it as an insult"); not "as" opening a clause ("saw the fire as
    they drove home")."""
    keys = v.keys
    for j in range(b + 1, min(v.n - 1, b + AS_WINDOW)):
        k = keys[j]
        if k == "as":
            nxt = keys[j + 1]
            after = keys[j + 2] if j + 2 < v.n and nxt in ("a", "an") else nxt
            return nxt[0].isalnum() and nxt not in PRONOUNS and nxt not in BOUNDARY and nxt not in FINITE \
                and after not in v.rules.not_as_complement
        if not k[0].isalnum() or k in BOUNDARY:
            return False
    return False


def to_after_object(v: SentenceView, b: int) -> bool:
    """"to" after a short object from token b, within its clause ("linked the outage to
    the hack", "tied the delays to staff cuts")."""
    keys = v.keys
    for j in range(b + 1, min(v.n, b + TO_WINDOW)):
        k = keys[j]
        if k == "to":
            return True
        if not k[0].isalnum() and k not in ("'s", "’s") or k in BOUNDARY:
            return False
    return False


def label_complement(v: SentenceView, b: int) -> bool:
    """An object from token b and then a label with "a"/"an": a name ("Lund a liar"), a
    pronoun ("it a failure") or a short phrase with a determiner ("the plan a failure")."""
    keys, n = v.keys, v.n
    if b >= n:
        return False
    if keys[b] in OBJECT_PRONOUNS or keys[b] == "it":
        j = b + 1
    elif keys[b] in DETERMINERS and keys[b] not in ("a", "an", "no"):
        j = b + 1
        while j < n and j - b <= LABEL_OBJECT_MAX and keys[j].isalpha() and keys[j] not in BOUNDARY \
                and keys[j] not in PREPOSITIONS and keys[j] not in ("a", "an"):
            j += 1
    else:
        return object_complement(v, b)
    return j > b + (keys[b] in DETERMINERS) and j + 1 < n and keys[j] in ("a", "an") \
        and (keys[j + 1].isalpha() or keys[j + 1] in QUOTE_OPENERS) and keys[j + 1] not in v.rules.time_nouns


def object_complement(v: SentenceView, b: int) -> bool:
    """A name from token b and then "a"/"an" and a word: "called Lund a liar"."""
    j = b
    while j < v.n and (v.cap(j) or v.keys[j] in (".", "'s")) and j - b < NAME_OBJECT_MAX:
        j += 1
    w = j + 1
    if w + 1 < v.n and v.keys[w] in QUOTE_OPENERS:
        w += 1  # 'called Lund a "reckless gambler"': the label quoted
    return j > b and w < v.n and v.keys[j] in ("a", "an") and v.keys[w].isalpha() \
        and v.keys[w] not in v.rules.time_nouns and v.keys[w] not in ("few", "couple", "lot", "bit")


def speech_noun_after(v: SentenceView, b: int, stance: bool = False) -> bool:
    """'made a sharp criticism', 'offered no proof', 'gave a televised speech': a speech noun
    within the light verb's object (determiners and modifiers before it); with `stance`
    also a noun of belief or feeling ('expressed doubts', 'voiced hope')."""
    keys = v.keys
    for j in range(b, min(v.n, b + LIGHT_OBJECT_WINDOW)):
        k = keys[j]
        if k in BOUNDARY or not k[0].isalnum():
            return False
        if speech_noun_at(v, j, documents=False):
            return True
        if stance and (e := v.rules.cues.single(k)) is not None and e.category == "cognitive" \
                and "noun" in e.tags:
            return True
    return False


def speech_noun_at(v: SentenceView, j: int, documents: bool = True) -> bool:
    """Is token j a speech noun ('statement', 'criticism', 'remarks') or a document ('report')?"""
    if j < 0:
        return False
    k = v.keys[j]
    e = v.rules.cues.single(k)
    if e is not None and e.unless and in_context(v.keys, j, j + 1, e.unless):
        return False  # "made a point of arriving"
    return documents and k in v.rules.documents or e is not None and (e.category == "nominal" or (
        "noun" in e.tags and e.category == "speech" and "content" not in e.tags))  # not "issued a recall"
