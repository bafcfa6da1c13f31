"""Framing rules that read the words around a writer-voice term (`framing.target_of` asks them
before it falls back on the nearest name):

- a description after "as" ("dismissed the pledge as empty rhetoric") describes the object of the
  verb of describing before it, or its subject when there is no object ("was dismissed as");
- a name after a naming verb ("calling them rioters") describes the object;
- a charge after "accused X of" ("accused Turkey of meddling") is aimed at X;
- a clause that opens with a subject of its own ("as critics cry foul") is about that subject;
- the agent of a passive ("slammed by housing groups") does the act: never a target from outside it.

Each rule answers with a `Found` (the entity, possibly None: the sentence shows the target and it is
no entity), `(SUBJECT_BEFORE, pos)` (the target is the subject of the verb at `pos`: a passive),
`(PRONOUN_OBJECT, (pronoun, pos, rule))` (an object pronoun coreference left unresolved), or None
(the rule does not apply). Word lists: lexicons/entities/{as_complement,naming,charge}_verbs.txt.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ..lexicon.inflect import inflections
from ..lexicons import read_list
from ..types import Sentence
from .records import Entity, Mention

_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
                          "my", "your", "some", "many", "several", "most", "all", "both", "two", "three", "other"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it", "us", "me"})
_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "ourselves"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
_PARTICLES = frozenset({"through", "out", "up", "down", "off", "back", "over", "on", "in", "away"})
_QUOTES = frozenset("\"“”‘’'«»")
# words and marks that open a clause with a subject of its own ("as critics cry foul", "while Ukraine
# slams", "Council shuts shelter; critics cry foul")
CLAUSE_WORDS = frozenset({"when", "while", "because", "although", "though", "but", "after", "before", "since",
                          "if", "whereas", "unless", "until", "that"})
CONJUNCTIONS = CLAUSE_WORDS | {"as", ";", "—", "–"}
_BREAKS = frozenset(";:()—–[]") | CONJUNCTIONS  # no object or complement reaches across these
_RELATIVES = frozenset({"what", "which"})
_BE_FORMS = frozenset({"be", "been", "being", "is", "are", "was", "were", "get", "gets", "got", "gotten"})
NOT_PREDICATES = frozenset({"labels", "scare"})  # name-calling nouns and scare quotes: never a clause's verb
_AS_GAP, _VERB_GAP, _NAMING_GAP, _CHARGE_GAP, _SUBJECT_GAP = 5, 10, 6, 6, 4


@dataclass(frozen=True, slots=True)
class Found:
    entity: int | None
    rule: str


SUBJECT_BEFORE = "subject before"
PRONOUN_OBJECT = "pronoun object"


@dataclass(frozen=True, slots=True)
class FrameWords:
    """The verb forms the rules look for, inflected, the words that may end a subject, and the nouns
    that mention a quoted word ('the word "choice"')."""

    as_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    charge_verbs: dict[str, frozenset[str]]  # verb form -> its prepositions
    charge_forms: frozenset[str]  # charge_verbs' keys
    triggers: frozenset[str]  # "as" and every verb form above: one of them must stand before a term
    group_nouns: frozenset[str]
    function_words: frozenset[str]
    participles: frozenset[str]  # irregular past participles ("told", "shown")
    mention_nouns: frozenset[str] = frozenset()  # "word", "terms", "slogan": a quotation after one is mentioned
    demonyms: frozenset[str] = frozenset()  # one-word demonyms ("russian"): "Russian interference" aims at Russia


def _forms(words) -> frozenset[str]:
    return frozenset(f for w in words for f in inflections(w.lower()))


@cache
def frame_words() -> FrameWords:
    charges: dict[str, set[str]] = {}
    for line in read_list("entities/charge_verbs.txt"):
        verb, prep = line.lower().split()
        for form in inflections(verb):
            charges.setdefault(form, set()).add(prep)
    as_verbs = _forms(read_list("entities/as_complement_verbs.txt"))
    naming = _forms(read_list("entities/naming_verbs.txt"))
    return FrameWords(as_verbs, naming, {k: frozenset(v) for k, v in charges.items()}, frozenset(charges),
                      as_verbs | naming | frozenset(charges) | {"as"},
                      frozenset(w.lower() for w in read_list("entities/group_nouns.txt")),
                      frozenset(read_list("function_words.txt")),
                      frozenset(read_list("attribution/irregular_participles.txt")),
                      frozenset(f for w in read_list("entities/mention_nouns.txt") for f in (w, w + "s")),
                      frozenset(w.lower() for w in read_list("attribution/demonyms.txt") if " " not in w))


def _np_word(sent: Sentence, i: int, fw: FrameWords) -> bool:
    """A token that may stand inside a noun phrase: a content word, a determiner, a quote mark."""
    k = sent.keys[i]
    if k in _QUOTES or k in _DETERMINERS:
        return True
    return k not in fw.function_words and (k[:1].isalnum())


def _mention_in(mentions: Sequence[Mention], lo: int, hi: int) -> Mention | None:
    return next((m for m in mentions if lo <= m.start < hi), None)


def as_description(sent: Sentence, ti: int, category: str, mentions: Sequence[Mention], fw: FrameWords):
    """"X dismissed the pledge as empty rhetoric": the term (token `ti`) stands a few noun-phrase
    words after "as", and a verb of describing stands before "as" in the same clause."""
    keys, starts = sent.keys, sent.starts
    if "as" not in keys[max(0, ti - _AS_GAP - 1):ti]:
        return None  # (the cheap test first: most terms have no "as" before them)
    a = ti - 1
    while a >= 0 and ti - a <= _AS_GAP and keys[a] != "as":
        if not _np_word(sent, a, fw):
            return None
        a -= 1
    if a < 1 or keys[a] != "as":
        return None
    v = a - 1
    while v >= 0 and a - v <= _VERB_GAP and keys[v] not in fw.as_verbs:
        if keys[v] in _BREAKS or keys[v] == "as":
            return None
        v -= 1
    if v < 0 or keys[v] not in fw.as_verbs:
        return None
    if v + 1 == a and (found := _relative_object(sent, v, mentions, fw)) is not None:
        return found  # "a pledge that critics denounced as a stunt": the antecedent
    if v + 1 == a or keys[v + 1] in _REFLEXIVES:  # "was dismissed as", "presented himself as"
        return SUBJECT_BEFORE, starts[v]
    return _object(sent, v, a, mentions, fw, "as-description")


_OBJECT_RELATIVES = frozenset({"that", "which", "whom"})


def _relative_object(sent: Sentence, v: int, mentions: Sequence[Mention], fw: FrameWords) -> Found | None:
    """"a pledge that critics denounced as a stunt", "the Front, whom supporters hail as freedom
    fighters": a verb of describing with no object after it, whose clause opens with an object
    relative and a subject of its own, describes the relative's antecedent (the name right before
    the relative, a comma between at most), not its subject. None when the clause is no such one."""
    keys, starts = sent.keys, sent.starts
    r = v - 1
    while r >= 0 and v - r <= _SUBJECT_GAP + 2 and keys[r] not in _OBJECT_RELATIVES:
        if not _np_word(sent, r, fw) or keys[r] in _BE_FORMS:
            return None
        r -= 1
    if r < 0 or keys[r] not in _OBJECT_RELATIVES or r + 1 == v:
        return None  # (no relative, or "a plan that drew ...": a subject relative)
    if keys[r + 1] in _DETERMINERS and r + 2 == v:
        return None
    lo = starts[r]
    gap = sent.text[:lo - sent.start].rstrip(" ,\"“”'’")
    end = sent.start + len(gap)
    m = next((m for m in mentions if m.end == end), None)
    return Found(m.entity if m is not None else None, "as-description")


_APPOSITION_END = frozenset({"", ",", ".", ")", ";", "—", "–"})


def apposed_name(sent: Sentence, end: int, m: Mention, fw: FrameWords) -> bool:
    """Whether the name `m` stands in apposition to the noun that a term ending at `end` modifies
    ("its beleaguered manager, Ron Tate, was fired"): one to three lower-case content words, a
    comma, the name, then a comma, a closing mark or the sentence's end. The term describes that
    name, not the possessor before it ("its")."""
    starts, keys, words = sent.starts, sent.keys, sent.words
    i = bisect_left(starts, end)
    j = bisect_left(starts, m.start)
    if not 2 <= j - i <= 4 or keys[j - 1] != ",":
        return False
    if not all(w.isalpha() and w.islower() and k not in fw.function_words
               for w, k in zip(words[i:j - 1], keys[i:j - 1], strict=True)):
        return False
    return sent.text[m.end - sent.start:].lstrip()[:1] in _APPOSITION_END


def named_as(sent: Sentence, ti: int, category: str, mentions: Sequence[Mention], fw: FrameWords):
    """"calling them rioters": the term follows a naming verb's object (a name, a pronoun or a
    noun phrase with a determiner) with only noun-phrase words between."""
    keys = sent.keys
    if fw.naming_verbs.isdisjoint(keys[max(0, ti - _NAMING_GAP):ti]):
        return None
    v = ti - 2
    while v >= 0 and ti - v <= _NAMING_GAP and keys[v] not in fw.naming_verbs:
        v -= 1
    if v < 0 or keys[v] not in fw.naming_verbs or (v and keys[v - 1] in _DETERMINERS):
        return None  # ("the name", "a second term": nouns)
    if _RELATIVES.intersection(keys[max(0, v - 3):v]):
        return None  # "what he called a 'brazen breach'": the relative is the object, the term its name
    if _passive(keys, v):
        return SUBJECT_BEFORE, sent.starts[v]  # "was called a liar"
    first = keys[v + 1]
    if first in _DETERMINERS and ti - v < 3:
        return None  # "to call a 'special meeting'": the term is the object itself
    if not all(_np_word(sent, i, fw) or keys[i] in _OBJECT_PRONOUNS for i in range(v + 1, ti)):
        return None
    if first not in _OBJECT_PRONOUNS and first not in _DETERMINERS and \
            _mention_in(mentions, sent.starts[v + 1], sent.starts[ti]) is None:
        return None
    return _object(sent, v, ti, mentions, fw, "named", loose=True)


def charged_with(sent: Sentence, ti: int, category: str, mentions: Sequence[Mention], fw: FrameWords):
    """"accused Turkey of meddling": the term stands after the preposition of a verb of charging
    or crediting, in the same clause; the object between is whom it is aimed at."""
    keys = sent.keys
    if fw.charge_forms.isdisjoint(keys[max(0, ti - _CHARGE_GAP - _NAMING_GAP - 1):ti]):
        return None
    for p in range(ti - 1, max(-1, ti - 1 - _CHARGE_GAP), -1):
        if keys[p] in _BREAKS or keys[p] == ",":
            return None
        if keys[p] not in ("of", "for", "with", "over"):
            continue
        for v in range(p - 1, max(-1, p - 1 - _NAMING_GAP), -1):
            if keys[v] in _BREAKS or keys[v] == ",":
                break
            if keys[p] not in fw.charge_verbs.get(keys[v], ()):
                continue
            if ti >= 2 and keys[ti - 1] in ("and", "or") and _same_ending(keys[v], keys[ti]):
                return None  # "praising activists for X and claiming ...": the subject's second act
            if v + 1 == p or keys[v + 1] == "by" or _passive(keys, v):  # "was accused of", "slammed by X for"
                return SUBJECT_BEFORE, sent.starts[v]
            return _object(sent, v, p, mentions, fw, "charged")
    return None


def _same_ending(verb: str, term: str) -> bool:
    return any(verb.endswith(e) and term.endswith(e) for e in ("ing", "ed"))


def _passive(keys: Sequence[str], v: int) -> bool:
    """A be-form (an adverb between) before the verb at `v`: "was accused", "has been widely called"."""
    k = v - 1
    if k >= 0 and keys[k].endswith("ly"):
        k -= 1
    return k >= 0 and keys[k] in _BE_FORMS


def _object(sent: Sentence, v: int, end: int, mentions: Sequence[Mention], fw: FrameWords, rule: str,
            loose: bool = False):
    """The object between the verb at `v` and the token `end`: the name that heads it or owns it
    ("Romney", "Obama's concerns"; not "the Russia probe"), an object pronoun to resolve
    (`PRONOUN_OBJECT`), or no entity."""
    starts, keys = sent.starts, sent.keys
    lo, hi = starts[v + 1], starts[end]
    for m in mentions:
        if lo <= m.start < hi and _heads(sent, m, end, fw, loose):
            return Found(m.entity, rule)
    if end == v + 2 and keys[v + 1] in _OBJECT_PRONOUNS and _mention_in(mentions, lo, hi) is None:
        return PRONOUN_OBJECT, (keys[v + 1], starts[v], rule)
    return Found(None, rule)


def _heads(sent: Sentence, m: Mention, end: int, fw: FrameWords, loose: bool = False) -> bool:
    """Whether the mention ends its phrase (only quote marks or commas up to the token `end`), owns
    it ("Obama's concerns") or names the people of a group noun after it ("Colorado officials");
    `loose`: or a second noun phrase follows it ("called Trump an 'idiot'"), after a naming verb."""
    rest = sent.text[m.end - sent.start:sent.starts[end] - sent.start]
    if rest.startswith(("'s", "’s")):
        return True
    words = rest.strip(" \"“”‘’',").lower().split()
    if not words or (len(words) == 1 and words[0] in fw.group_nouns):
        return True
    return loose and words[0] in ("a", "an", "the", '"', "“", "'", "‘")


def own_subject(sent: Sentence, ti: int, category: str, mentions: Sequence[Mention], fw: FrameWords):
    """"as critics cry foul", "as Ukraine slams the deal": a term that can be a predicate (no
    label, no scare quote) follows a conjunction and a short noun phrase that ends in a name or a
    group noun: that clause's own subject."""
    keys, starts = sent.keys, sent.starts
    if category in NOT_PREDICATES or CONJUNCTIONS.isdisjoint(keys[max(0, ti - _SUBJECT_GAP - 1):ti]):
        return None
    c = ti - 1
    while c >= 0 and ti - c <= _SUBJECT_GAP + 1 and keys[c] not in CONJUNCTIONS:
        if not _np_word(sent, c, fw):
            return None
        c -= 1
    if c < 0 or keys[c] not in CONJUNCTIONS or c == ti - 1 or keys[c + 1] in ("a", "an"):
        return None
    m = _mention_in(mentions, starts[c + 1], starts[ti])
    if m is not None:
        return Found(m.entity, "subject") if _heads(sent, m, ti, fw) else None
    return Found(None, "subject") if keys[ti - 1] in fw.group_nouns else None


def passive_agent(sent: Sentence, start: int, fw: FrameWords) -> bool:
    """Whether the name at `start` is a passive's agent: "by" stands before it (capitalised words
    and "the" between), and a past participle before "by" ("slammed by the Housing Coalition",
    "pushed through by the mayor's allies"; not "a report by")."""
    starts, keys, words = sent.starts, sent.keys, sent.words
    k = bisect_left(starts, start) - 1
    while k >= 0 and (words[k][:1].isupper() or keys[k] == "the"):
        k -= 1
    if k < 1 or keys[k] != "by":
        return False
    k -= 1
    if keys[k] in ("and", "or"):
        return True  # "by Biden and by the party"
    if keys[k] in _PARTICLES and k:
        k -= 1
    return keys[k] in fw.participles or (keys[k].isalpha() and keys[k].endswith(("ed", "en")))


def locative(sent: Sentence, start: int) -> bool:
    """Whether the name at `start` follows "in" (capitalised words and "the" between): the place
    where something happens ("fighting methane rules in Washington, bankrolling front groups"), not
    who does it, so never the nearest name a term falls back on."""
    k = bisect_left(sent.starts, start) - 1
    while k >= 0 and (sent.words[k][:1].isupper() or sent.keys[k] == "the"):
        k -= 1
    return k >= 0 and sent.keys[k] == "in"


# subordinators that may open a clause with no subject of its own, its verb an -ing form ("after getting
# testy", "while refusing to answer"): the clause's subject is that of the clause it hangs on
_GERUND_OPENERS = frozenset({"after", "before", "while", "since", "when", "though", "although", "until", "unless"})
_NOT_GERUNDS = frozenset({"during", "morning", "evening", "spring", "nothing", "something", "anything",
                          "everything", "thing", "things", "king", "ceiling", "wedding", "building", "string"})


def gerund_opening(sent: Sentence, pos: int) -> int | None:
    """Where the subordinator stands (its start) when the clause beginning at `pos` opens with one and
    a lower-case -ing verb ("after getting testy with reporters"); else None."""
    k = bisect_left(sent.starts, pos)
    if k == 0 or k >= len(sent.keys) or sent.keys[k - 1] not in _GERUND_OPENERS:
        return None
    w = sent.words[k]
    if len(w) > 4 and w.endswith("ing") and w.isalpha() and w.islower() and w not in _NOT_GERUNDS:
        return sent.starts[k - 1]
    return None


_BODY_PRONOUNS = frozenset({"it", "them", "us"})


def object_pronouns(entity: Entity) -> frozenset[str]:
    """The object pronouns that may stand for an entity: "him"/"her" for a person (by gender), "it",
    "them" or "us" for a body, place or group; an office-holder known by neither a title nor a gender
    ("White House", "Kremlin") may be either."""
    if entity.type in ("group", "anonymous"):
        return frozenset({"them", "us"})
    if entity.type not in ("person", "official"):
        return _BODY_PRONOUNS
    person = frozenset({"him"} if entity.gender == "m" else {"her"} if entity.gender == "f" else {"him", "her"})
    if entity.type == "official" and not entity.roles and entity.gender is None:
        return person | _BODY_PRONOUNS
    return person


RULES = (as_description, named_as, charged_with, own_subject)
