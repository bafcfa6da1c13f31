"""Trims of a cue's subject phrase (`decide.speaker`): a phrase after a comma that opens a relative
clause without "that" is no subject (", a claim Kyiv denied"); an amount before a source noun is no
part of it ("the $2.25 billion analysts had expected"); nor is a frame between it and its cue ("Smith
in a statement said"). A list of names opening the sentence is all of it ("Turkey, Greece and Cyprus
said"); the dummy "it" of "It is fair to say" is none. A place phrase after a plural or a source noun is the
end of its subject, not all of it ("Workers at the plant in Illinois said").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .grammar import BOUNDARY, DETERMINERS, FINITE, POSSESSIVES, PREPOSITIONS
from .phrases import names_someone, np_before

if TYPE_CHECKING:
    from .view import SentenceView


def after_amount(v: SentenceView, subj: tuple[int, int]) -> tuple[int, int] | None:
    """The subject without the amount before its source noun: "short of the $2.25 billion analysts
    polled by LSEG had expected", "beat the 85 cents analysts expected" (a figure, a unit from
    amount_units.txt, then a source word: the figure is the object the source expected); None
    when there is none."""
    keys = v.keys
    for x in range(subj[0], subj[1] - 2):
        if keys[x][:1].isdigit() and keys[x + 1] in v.rules.amount_units and keys[x + 2] in v.rules.source_words:
            return x + 2, subj[1]
    return None


def noun_then_relative(v: SentenceView, subj: tuple[int, int]) -> bool:
    """A phrase after a comma that is "a"/"an", a noun of words said (spoken_nouns.txt), then a
    name or possessive that starts a relative clause without "that" (", a claim Kyiv denied",
    ", an allegation his lawyers dispute"): the verb belongs to that clause, so the phrase is
    no one's subject (not ", a senior U.S. official said")."""
    keys, s = v.keys, subj[0]
    return s > v.first and keys[s - 1] == "," and keys[s] in ("a", "an") and s + 2 < subj[1] \
        and keys[s + 1] in v.rules.spoken_nouns and (v.cap(s + 2) or keys[s + 2] in POSSESSIVES)

_FRAME_OPENERS = frozenset({"in", "at"})
_FRAME_REACH = 4  # words from "in" to a frame's noun ("in a televised address")


def before_frame(v: SentenceView, subj: tuple[int, int]) -> tuple[int, int] | None:
    """The subject without a frame ("in a statement", "in an interview") between it and its cue:
    "Smith in a statement said" is Smith's, "Last week the skipper in an interview said" the
    skipper's (not "an interview"); None when no frame stands there."""
    keys, frames = v.keys, v.rules.frames_by_noun
    s, e = subj
    if not any(keys[x] in frames for x in range(s, e)):
        return None
    for x in range(s + 1, e):
        if keys[x] in _FRAME_OPENERS and any(keys[y] in frames for y in range(x + 1, min(e, x + _FRAME_REACH + 1))):
            return s, x
    if s > v.first and keys[s - 1] in _FRAME_OPENERS and not v.cap(s):
        before, _ = np_before(v, s - 1)
        if before is not None and before[1] == s - 1 and (names_someone(v, *before) or (
                before[1] - before[0] <= _FRAME_REACH and keys[before[0]] in DETERMINERS)):
            return before  # ("the skipper")
    return None


LIST_HEAD_MAX = 12  # tokens of the names before the last two of a list that opens the sentence


def list_head(v: SentenceView, src: tuple[int, int]) -> int | None:
    """Where a list of names that opens the sentence begins, when the subject found before a cue is its
    last items ("Greece and Cyprus" of "Turkey, Greece and Cyprus said"): only capitalised words and
    commas stand before it; else None."""
    if "and" not in v.keys[src[0]:src[1]] or src[0] - v.first > LIST_HEAD_MAX:
        return None
    if all(v.cap(x) or v.keys[x] in (",", ".") for x in range(v.first, src[0])) and v.cap(v.first):
        return v.first
    return None


_DUMMY_IT_VERBS = frozenset({"is", "was", "would", "will", "may", "might", "could", "seems", "seemed"})


def dummy_it(v: SentenceView, src: tuple[int, int]) -> bool:
    """Whether a source is the dummy "it" of "It is fair to say", "It's safe to say", "It would be
    wrong to say": "it" alone, before a form of "be" (or a modal or "seems") that governs the infinitive."""
    if src[1] - src[0] != 1:
        return False
    k = v.keys[src[0]]
    return k == "it's" or k == "it" and src[1] < v.n and v.keys[src[1]] in _DUMMY_IT_VERBS


# the prepositions that place a subject ("workers at the plant in Illinois", "medics near the front")
_PLACING = frozenset({"in", "at", "near", "outside", "inside", "from", "on", "across", "around", "of", "for"})
_CHAIN_WORDS = frozenset({"'s", "'", "-", "&"})
LOCATED_SUBJECT_MAX = 12  # tokens from the subject's first word to its cue


def located_subject(v: SentenceView, subj: tuple[int, int]) -> tuple[int, int] | None:
    """The whole subject when the phrase found before a cue is the last place of a chain of
    prepositions that opens the clause after a plural or a source noun: "Workers at the Belvidere
    assembly plant in Illinois said" (not "Illinois"), "Medics at a field hospital near the front
    said", "Our correspondent in Cardiff, Sian Lloyd, reports"; None when no such chain stands there
    (a verb, a clause word or a comma before the preposition, or a preposition opening the clause:
    "In Illinois, workers said")."""
    keys, s = v.keys, subj[0]
    if s - 1 <= v.first or keys[s - 1] not in _PLACING:
        return None
    c = s - 1
    while c > v.first and keys[c - 1] != "," and s - c < LOCATED_SUBJECT_MAX:
        k = keys[c - 1]
        if not (k[0].isalnum() or k in _CHAIN_WORDS) or k in FINITE or (k in BOUNDARY and k not in _PLACING):
            return None
        c -= 1
    if c > v.first and keys[c - 1] != ",":
        return None
    if keys[c] in PREPOSITIONS:
        return None
    head = next((x - 1 for x in range(c + 1, s) if keys[x] in PREPOSITIONS), None)
    if head is None or head < c:
        return None
    noun = keys[head]
    if not (noun.endswith("s") or noun in v.rules.source_words or noun in v.rules.source_firsts
            or keys[c] in DETERMINERS and head > c):  # ("Our correspondent in Cardiff")
        return None
    return c, subj[1]
