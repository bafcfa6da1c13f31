"""The anonymity formula: "A senior official who spoke on condition of anonymity said ...".

A relative clause right after an unnamed source that says why the source is
unnamed ("who spoke on condition of anonymity", "who asked not to be named",
"who was not authorized to speak publicly") is part of the source, not a claim:
its verbs are no cue (`in_anonymity_clause`, a cue check), and the source it
follows is anonymous (`unnamed_by_clause`, read by source typing). The words
that make a clause one of these are a data file (`anonymity_words.txt`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .grammar import DETERMINERS_OR_PREPOSITIONS, PASSIVE_AUX

if TYPE_CHECKING:
    from .view import SentenceView

_RELATIVE = frozenset({"who", "that"})
# a verb inside the clause follows one of these ("who spoke", "to speak", "not authorized");
# a cue word after anything else is the sentence's own verb, where the clause has ended
_INSIDE = _RELATIVE | PASSIVE_AUX | {"to", "not", "never", "has", "have", "had", "did", "does", "do", "will", "would",
                                     "could", "can", "may", "might"}
_PUNCTUATION = frozenset({",", ";", ":", "(", ")", "—", "–", "-", '"', "“", "”"})
_FORMULA_OPENERS = frozenset({"on", "anonymously"})  # "spoke on condition of anonymity", "spoke anonymously"
_REASONS = frozenset({"because", "since", "as"})  # "... anonymity because he was not authorized to discuss ..."
CLAUSE_REACH = 20  # tokens a relative clause may run before it must have said why (and ended)
BACK_REACH = CLAUSE_REACH  # tokens between a cue and the "who" of the clause it may be in


def anonymity_clause(v: SentenceView, w: int) -> int | None:
    """Where the relative clause opened by the "who"/"that" at token `w` ends (the token after
    its last word), when it says why its antecedent is unnamed; None otherwise."""
    keys, firsts = v.keys, v.rules.cue_firsts
    found = negated = False
    end = min(v.n, w + 1 + CLAUSE_REACH)
    for i in range(w + 1, end):
        k = keys[i]
        if k in _PUNCTUATION or k in firsts and _main_verb(k, keys[i - 1]):
            return i if found else None
        negated = negated or k == "not"
        found = found or _says_unnamed(v, i, negated)
    return end if found else None


def _main_verb(k: str, before: str) -> bool:
    """Whether a cue word `k` (after `before`) is the sentence's verb, where a clause ends ("... who
    was in the room said"): not the clause's own verb (after "who", "to" or an auxiliary: "who
    spoke", "to speak"), nor an auxiliary ("was"), preposition ("on" of "on the record"), adverb
    ("publicly") or the "because" of a reason."""
    return before not in _INSIDE and k not in _INSIDE and k not in DETERMINERS_OR_PREPOSITIONS \
        and k not in _REASONS and not k.endswith("ly")


def _says_unnamed(v: SentenceView, i: int, negated: bool) -> bool:
    """Token i is an anonymity word that tells it here: "anonymity" always; a participle
    ("named", "authorized") only after "be" or a "not" in the clause ("not to be named",
    "declined to be identified", "was not authorized"; not "who was named chairman")."""
    k = v.keys[i]
    return k in v.rules.anonymity and (_plain(v, k) or negated or v.keys[i - 1] == "be")


def in_anonymity_clause(v: SentenceView, a: int, b: int, e) -> bool | None:
    """Cue check: a cue inside an anonymity clause ("who spoke on condition of anonymity", "who
    was not authorized to speak", "..., speaking on condition of anonymity,") is no cue of the
    sentence (no say otherwise)."""
    if not v.has_anonymity:
        return None
    keys = v.keys
    if keys[a].endswith("ing") and _anonymity_after(v, b):
        return False
    if only_unnamed(v, a, b) or in_reason(v, a):
        return False  # "Officials spoke on condition of anonymity because they were not authorized to discuss"
    for w in range(a - 1, max(-1, a - 1 - BACK_REACH), -1):
        k = keys[w]
        if k in _RELATIVE:
            end = anonymity_clause(v, w)
            return False if end is not None and a < end else None
        if k in _PUNCTUATION:
            return None
    return None


def only_unnamed(v: SentenceView, a: int, b: int) -> bool:
    """The cue at tokens a..b opens the sentence's claim and says only that its subject is
    unnamed: the formula follows it ("spoke on condition of anonymity", "spoke anonymously"),
    nothing reported comes before it (no comma or quotation: not "..., two officials said on
    condition of anonymity") and no "that" brings a claim after it ("said on condition of
    anonymity that the talks stalled" claims)."""
    keys = v.keys
    if b >= v.n or keys[b] not in _FORMULA_OPENERS or not _anonymity_after(v, b) or "that" in keys[b:]:
        return False
    return _PUNCTUATION.isdisjoint(keys[:a])


def in_reason(v: SentenceView, a: int) -> bool:
    """The cue at token a is a verb of the reason the formula gives ("... anonymity because he
    was not authorized to speak", "... anonymity to discuss the talks"): after "to" or an
    auxiliary, with a reason word between the formula and it and no punctuation."""
    keys = v.keys
    if a < 1 or keys[a - 1] not in _INSIDE:
        return False
    reason = False
    for i in range(a - 1, max(-1, a - 1 - CLAUSE_REACH), -1):
        k = keys[i]
        if k in _PUNCTUATION:
            return False
        if _plain(v, k):
            return reason
        reason = reason or k in _REASONS or k == "to"
    return False


def _anonymity_after(v: SentenceView, b: int) -> bool:
    """An anonymity word that needs no negation ("anonymity") from token b on, before punctuation."""
    keys = v.keys
    for i in range(b, min(v.n, b + CLAUSE_REACH)):
        if keys[i] in _PUNCTUATION:
            return False
        if _plain(v, keys[i]):
            return True
    return False


def _plain(v: SentenceView, k: str) -> bool:
    """An anonymity word that tells it with no negation before it ("anonymity", "anonymously";
    not a participle such as "named")."""
    return k in v.rules.anonymity and not k.endswith("ed")


def unnamed_by_clause(v: SentenceView, b: int) -> bool:
    """Whether the source span ending before token `b` is followed (after an optional comma) by
    an anonymity clause: a relative one, or a participle's ("officials speaking on condition
    of anonymity"; the participle may end the span)."""
    keys, n = v.keys, v.n
    if not v.has_anonymity:
        return False
    if b < n and keys[b] == ",":
        b += 1
    if b < n and keys[b] in _RELATIVE:
        return anonymity_clause(v, b) is not None
    if formula_after_verb(v, b):
        return True
    return (b < n and keys[b].endswith("ing") or keys[b - 1].endswith("ing")) and _anonymity_after(v, b)


def formula_after_verb(v: SentenceView, b: int) -> bool:
    """The verb right after a source span ending before token b is followed by the formula:
    "Two officials said on condition of anonymity that ...", "an aide said anonymously"."""
    keys = v.keys
    x = b + 1
    return x < v.n and keys[x] in _FORMULA_OPENERS and keys[b][0].isalpha() and _anonymity_after(v, x)


def clause_before(v: SentenceView, a: int) -> int | None:
    """The "who"/"that" of an anonymity clause that ends right before token `a` (the sentence's
    verb: "Two officials who were not authorized to speak publicly said"; a comma may close
    the clause: "An aide, who asked not to be named, said"), else None."""
    keys = v.keys
    end = a - 1 if a > 0 and keys[a - 1] == "," else a
    for w in range(end - 1, max(-1, end - 1 - CLAUSE_REACH), -1):
        k = keys[w]
        if k in _RELATIVE:
            # (the clause may stop early at a word of its own: "who asked not to be identified
            # discussing legal decisions, said")
            stop = anonymity_clause(v, w)
            return w if stop is not None and stop <= end else None
        if k in _PUNCTUATION:
            return None
    return None


_NAME_NOUNS = frozenset({"name", "names"})
_GIVEN_NAME_MAX = 3  # words of the name that closes a partial-anonymity clause ("Jessica", "Ana Maria")


def partial_name_clause(v: SentenceView, comma: int) -> int | None:
    """The "who" of a clause that gives only part of the source's name, closed by that name before the
    comma at `comma` right before a cue: "One mother, who gave only her first name, Jessica, said",
    "A resident who would give only his first name, Tom, said". The source is the phrase before "who",
    the clause and the name its apposition; None when the comma closes no such clause."""
    keys = v.keys
    k = comma - 1
    while k >= 0 and comma - k <= _GIVEN_NAME_MAX and v.cap(k):
        k -= 1
    if k == comma - 1 or k < 2 or keys[k] != "," or keys[k - 1] not in _NAME_NOUNS:
        return None
    for w in range(k - 2, max(-1, k - 2 - CLAUSE_REACH), -1):
        if keys[w] in _RELATIVE:
            return w if w > 0 else None
        if keys[w] in _PUNCTUATION:
            return None
    return None
