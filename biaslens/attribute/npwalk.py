"""Walking a noun phrase back from its last token (`walk_np_back`): where the subject before a cue starts,
for `phrases` and the rules that read a phrase before a word."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..tokens import particle_name
from .grammar import (
    AUXILIARIES,
    BOUNDARY,
    DETERMINERS,
    DETERMINERS_OR_PREPOSITIONS,
    INDEFINITES,
    NAME_GLUE,
    NUMBER_WORDS,
    OBJECT_PRONOUNS,
    PREDETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    QUANTIFYING,
    TIME_WORDS,
)

if TYPE_CHECKING:
    from .view import SentenceView

ABBREVIATION_MAX = 4  # letters of a capitalised word before a full stop that keeps a name going ("Gen.", "Jr.")
NP_BEFORE_MAX = 16  # a noun phrase read backwards from its last token
# after a participle that ends a subject, its agent or where it happened: "Residents interviewed by
# the paper", "Passengers interviewed at King's Cross", "Officials based in Geneva" said
_PASSIVE_LINKS = frozenset({"by", "at", "in", "on", "from"})


# every key that one of walk_np_back's tests looks at (a key outside it that begins with a
# letter or digit is passed over)
_WALK_SPECIAL = BOUNDARY | PREPOSITIONS | AUXILIARIES | frozenset({".", "of", "the", "a", "an"})


def _year_after(keys, i: int, j: int) -> bool:
    """Whether "in" at i is followed by a year within the phrase ("A memorable ad in 2008 questioned"): a
    time that modifies the noun before it, so the phrase goes on past it."""
    return i < j and len(keys[i + 1]) == 4 and keys[i + 1].isdigit()


def walk_np_back(v: SentenceView, j: int) -> int | None:
    """Start of a noun phrase whose last token is j, or None."""
    keys = v.keys
    lo = max(-1, j - NP_BEFORE_MAX)
    i = j
    while i > lo:
        k = keys[i]
        if k not in _WALK_SPECIAL and k[0].isalnum():
            i -= 1  # a plain word (most of them): none of the tests below stops the walk
            continue
        if k == "to" and i > 0 and keys[i - 1] in v.rules.to_role_nouns:
            i -= 1  # "An adviser to the president said": a role held to someone is one noun phrase
            continue
        if k in BOUNDARY and not (k in ("and", "&") and i > 0 and (v.cap(i - 1) and any(
                v.cap(x) for x in range(i + 1, j + 1)) or _both_before(keys, i, lo))) \
                and not (k == "to" and i > 0 and keys[i - 1] in v.rules.linking_adjectives):
            break
        if not k[0].isalnum() and k not in {"'s", "'", "-", "&", ".", "(", ")"}:
            break
        if k == "." and not (i > 0 and v.cap(i - 1) and len(keys[i - 1]) <= ABBREVIATION_MAX):
            break
        if k == "of" and i >= 3 and keys[i - 1] == "knowledge" and keys[i - 2] == "with":
            i -= 3  # "a person with knowledge of the talks": the formula for an unnamed source
            continue
        if k in PREPOSITIONS and k not in {"of", "for", "at", "on", "in", "from", "by"} and \
                not (k in ("with", "to") and i > 0 and keys[i - 1] in v.rules.linking_adjectives) \
                and not (k == "with" and i > 0 and keys[i - 1] in v.rules.source_words):  # "Officials with"
            break
        if k in PREPOSITIONS and not (i > 0 and (v.cap(i - 1) or keys[i - 1] in v.rules.source_firsts
                                                 or hyphened_source(keys[i - 1], v.rules.source_firsts)
                                                 or keys[i - 1].endswith("s")
                                                 or k == "of" and keys[i - 1] in v.rules.quantifiers
                                                 or k in _PASSIVE_LINKS and reduced_passive(v, i - 1)
                                                 or keys[i - 1] in v.rules.linking_adjectives
                                                 or k == "in" and _year_after(keys, i, j))):
            break
        if k in AUXILIARIES and k not in TIME_WORDS and not v.cap(i):
            break
        if k in {"the", "a", "an"} and i > 0 and keys[i - 1][0].isalpha() and not v.cap(i - 1) \
                and keys[i - 1] not in PREPOSITIONS and keys[i - 1] not in DETERMINERS \
                and keys[i - 1] not in NAME_GLUE and keys[i - 1] not in PREDETERMINERS:
            i -= 1  # "The firm released a statement": a lower-case word before an article is a verb
            break
        i -= 1
    start = i + 1
    while start <= j and (keys[start] in NAME_GLUE or keys[start] in PREPOSITIONS) and \
            keys[start] not in ("the",) and not v.cap(start):
        start += 1
    if start == v.first and start < j:
        start = after_opening_adverb(v, start, j)
    if start > j:
        return None
    head, word = keys[j], v.words[j]
    if not (word[:1].isupper() or word[:1].isdigit() and len(word) > 1  # v.cap(j), inline
            or particle_name(word)  # "Bashar al-Assad said"
            or head in v.rules.source_firsts or head.endswith("s") or head in PRONOUNS
            or head == ")" or any(keys[x] in DETERMINERS or keys[x] in QUANTIFYING or keys[x].isdigit()
                                  or keys[x] in NUMBER_WORDS and x == start == j - 1  # "One woman said"
                                  or keys[x] in INDEFINITES  # "everyone we interviewed"
                                  or keys[x].endswith("'s")
                                  or keys[x] == "'" for x in range(start, j))  # "Iran's leading novelist"
            or (head == "." and j > start and v.cap(j - 1))  # "Samuel Okafor Jr."
            or (head in OBJECT_PRONOUNS and j > start and keys[j - 1] in PREPOSITIONS)):
        return None
    if DETERMINERS_OR_PREPOSITIONS.issuperset(keys[start:j + 1]):
        return None  # "of the": no noun
    return start


def hyphened_source(key: str, firsts: frozenset[str]) -> bool:
    """Whether a hyphened word ends in a source noun ("vice-president", "ex-minister", "co-founder"): a
    title before its "for" or "of" as the plain noun is ("the vice-president for competition, Ana Ruiz,")."""
    return "-" in key and key.rpartition("-")[2] in firsts


def _both_before(keys, i: int, lo: int) -> bool:
    """Whether the "and" at token i joins the two halves opened by "both" ("Both the mayor and the police chief
    said", "criticism from both conservative and liberal groups"): "both" before it with only words between,
    itself first or after punctuation or a preposition other than "of"."""
    if i + 1 >= len(keys) or not keys[i + 1][0].isalnum():
        return False  # ("leaders of both parties and, with ...": verbs joined)
    for x in range(i - 1, lo, -1):
        if keys[x] == "both":
            return x == 0 or keys[x - 1] != "of" and (not keys[x - 1][0].isalnum() or keys[x - 1] in PREPOSITIONS)
        if not keys[x][0].isalnum() or keys[x] in BOUNDARY:
            return False
    return False


def after_opening_adverb(v: SentenceView, start: int, j: int) -> int:
    """The start of a noun phrase that opens the sentence, past an adverb of time or sequence
    written there without a comma ("Now Trump claims", "Meanwhile Ruiz said", "Last week the
    mayor said"): the adverb is capitalised as the first word, not as part of a name."""
    keys, adverbs = v.keys, v.rules.opening_adverbs
    if keys[start] in adverbs:
        return start + 1
    if start + 1 < j and f"{keys[start]} {keys[start + 1]}" in adverbs:
        return start + 2
    return start


def reduced_passive(v: SentenceView, j: int) -> bool:
    """Token j is a participle that, with its agent, ends a subject: "Residents
    interviewed by the paper said" (the residents speak, not the paper)."""
    keys = v.keys
    return j >= 1 and (keys[j].endswith("ed") or keys[j] in v.rules.irregular_participles) \
        and keys[j].isalpha() and not v.cap(j) and \
        (keys[j - 1] in v.rules.source_firsts or keys[j - 1].endswith("s") and not keys[j - 1].endswith("ss")
         or v.cap(j - 1))
