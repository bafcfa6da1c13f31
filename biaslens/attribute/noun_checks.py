"""The checks of `cue_checks` for a cue that is also a common noun (tag `noun`: "claim",
"report", "plans", "worries"): evidence in the words around it that it is a noun inside a
noun phrase ("claims of fraud", "his tax claims") or a verb ("had been reported by", "they
claim", "..., reported Reuters").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clauses import find_passive, relative_antecedent, relative_speaker
from .grammar import (
    AUXILIARIES,
    BOUNDARY,
    DETERMINERS,
    FINITE,
    PARENTHETICAL,
    PERSONAL,
    POSSESSIVES,
    PREPOSITIONS,
    PRONOUNS,
)
from .phrases import apposition_subject, names_someone, np_after, np_before
from .records import forms
from .subjects import inverted_ok, named_apposition_before, named_head, subject_like
from .view import skip_aux_back

if TYPE_CHECKING:
    from ..lexicons import Entry
    from .view import SentenceView


_AFTER_PLURAL = frozenset({"of", "from", "by"})  # "claims of fraud", "remarks from", "claims by the river"


def noun_in_phrase(v: SentenceView, a: int, b: int, e: Entry) -> bool | None:
    """`noun`: a noun homograph inside a noun phrase: "safety worries have ...", "claims of
    fraud", "the blunt remarks from Ruiz", "mining claims by the river", "a ruling by the
    court", "the city plans include a park", "his latest remarks", "the 9/11 attacks", "Five
    Questions"."""
    keys = v.keys
    prev = keys[a - 1] if a > 0 else ""
    nxt = keys[b] if b < v.n else ""
    word = keys[b - 1] if e.match == "inflect" else keys[a]
    if word.endswith("s") and (nxt in AUXILIARIES or nxt in _AFTER_PLURAL or nxt in v.rules.noun_subject_verbs) or \
            word.endswith("ing") and nxt in ("of", "by"):
        return False
    if prev in v.rules.np_modifiers or ((prev[:1].isdigit() or prev in COUNTS) and word.endswith("s")):
        return False  # "the 9/11 attacks", "Five Questions for the New Captain"
    if owned_compound(v, a):
        return False
    if word.endswith("s") and nxt in (".", "") and closing_without_comma(v, a):
        return False  # "revenue that missed Wall Street estimates."
    return None


def closing_without_comma(v: SentenceView, a: int) -> bool:
    """An -s homograph that ends its sentence after a phrase with no comma before it: an object's
    noun ("revenue that missed Wall Street estimates."), not a closing verb ("..., Goldman Sachs
    forecasts.")."""
    subj, _ = np_before(v, a)
    return subj is not None and subj[0] > v.first and v.keys[subj[0] - 1] not in _CLOSING_OPENERS


# the words before a closing verb's subject ("..., the bank estimates.", '"...," the Post reports.',
# "as the bank estimates.", "that's what the campaign hopes.")
_CLOSING_OPENERS = frozenset({",", "—", "–", "(", '"', "”", "'", "''", "’", "as", "than", "what"})


def owned_compound(v: SentenceView, a: int) -> bool:
    """A noun homograph after a possessive pronoun and one singular lower-case noun that names
    no one: "his tax claims", "her travel plans" (a compound); not "his aides claim", "his
    surrogates called him" (a plural: the subject)."""
    k = v.keys[a - 1] if a >= 2 else ""
    return v.keys[a - 2] in POSSESSIVES and k.isalpha() and not v.cap(a - 1) and k not in v.rules.source_words \
        and not k.endswith(("ly", "ed", "s"))


# number words that count a plural noun after them ("five questions"), not "several", which
# may be a subject of its own ("several claim that")
COUNTS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen"})


def noun_as_verb(v: SentenceView, a: int, b: int, e: Entry) -> bool | None:
    """`noun`: evidence that the homograph is a verb (a passive with an agent, a relative
    pronoun before it, a participle after a comma), or that it is a noun (the sentence's first
    word; an -ing form right after another word: "the High Court ruling in the case")."""
    keys = v.keys
    prev = keys[a - 1] if a > 0 else ""
    inflected = forms(v, a, b, e)[2]
    if inflected and (pas := find_passive(v, a, b)) is not None and pas[1] is not None:
        return True  # "had first been reported by The Coast Ledger"
    if inflected and prev in {"who", "which", "that"} and a >= 2 and relative_antecedent(v, a - 1) is not None:
        return True  # "the Coast Guard which reported"
    if a == v.first:
        return False
    if e.category == "cognitive" and relative_speaker(v, a):
        return True  # "growers who fear the canal will ...": after "who" a verb
    if keys[a].endswith("ing") and prev == ",":
        return True  # "..., promising to ...": a participle is a verb
    if keys[a].endswith("ing") and prev == "by" and _object_next(v, b):
        return True  # "opened the hearing by calling the incidents ...": a gerund with its object
    if keys[a].endswith("ing") and with_absolute(v, a):
        return True  # "..., with a former governor calling the mayor a fraud"
    if keys[a].endswith("ing") and prev[0].isalpha() and prev not in AUXILIARIES and prev not in BOUNDARY \
            and prev not in PREPOSITIONS and prev not in PRONOUNS and not prev.endswith(("ly", "s")):
        return False  # no auxiliary, so a noun (but a plural before it may start a reduced
        # relative: "taxpayers reporting gains")
    return None


def _object_next(v: SentenceView, b: int) -> bool:
    """An object starts at token b: a determiner, a pronoun or a name."""
    return b < v.n and (v.keys[b] in DETERMINERS or v.keys[b] in PRONOUNS or v.keys[b] in ("him", "them", "us")
                        or v.cap(b))


def with_absolute(v: SentenceView, a: int) -> bool:
    """An -ing form after "with" and a phrase that names someone ("with a former governor
    calling", "with critics warning"): the phrase is its subject, so the form is a verb."""
    subj, _ = np_before(v, a)
    return subj is not None and subj[1] == a and subj[0] > 0 and v.keys[subj[0] - 1] == "with" \
        and names_someone(v, *subj)


def noun_after_comma(v: SentenceView, a: int, b: int, e: Entry) -> bool | None:
    """`noun`: a verb after an apposition, a closing quote, "and"/"but" or a parenthetical:
    "The mayor's deputy, Ana Ruiz, plans to ...", '"...," reported Reuters', "... and reported
    its position", "Some farmers, however, question the plan"."""
    keys = v.keys
    prev = keys[a - 1] if a > 0 else ""
    word, _, inflected = forms(v, a, b, e)
    if inflected and prev == "," and word.endswith(("s", "ed")) and b < v.n and not v.cap(b):
        subj, appo = apposition_subject(v, a - 1)
        if subj is not None and (appo is not None and any(
                v.cap(x) or keys[x] in v.rules.source_words for x in range(*subj))
                or keys[subj[1] + 1] in ("who", "which") and names_someone(v, *subj)):
            return True  # also after a relative clause: "The guild, which has 900 members, advocates"
    if inflected and prev in {",", "”", '"', "'", "''", "’"}:
        after, _ = np_after(v, b)
        return after is not None and inverted_ok(v, a, after) and named_head(v, *after)
    if inflected and prev in {"and", "but"}:
        return True  # a second verb
    if not inflected and prev == "," and a >= 3 and keys[a - 2] in PARENTHETICAL and keys[a - 3] == ",":
        subj, _ = apposition_subject(v, a - 1)
        return subj is not None and any(keys[x].endswith("s") or keys[x] in PERSONAL for x in range(*subj))
    return None


def noun_with_subject(v: SentenceView, a: int, b: int, e: Entry) -> bool | None:
    """`noun`: a present-tense homograph needs a pronoun, a modal or a plural right before it
    ("they claim", "would report", "officials warn"), and a subject."""
    prev = v.keys[a - 1] if a > 0 else ""
    if prev == "to" and infinitive_with_object(v, a, b):
        return None  # "took to Twitter to slam the levy": an infinitive, the other checks decide
    if prev in v.rules.provoking_verbs:
        return False  # "Budget plan triggers protests": the noun is the object (provoking_verbs.txt)
    if not forms(v, a, b, e)[2] and prev not in PERSONAL and prev not in _BEFORE_BARE_VERB \
            and not plural_before(v, a) and not plural_head_modified(v, a):
        return False
    if subject_like(v, a):
        return True
    j = skip_aux_back(v, a - 1)  # "Nabil Abdalla, an army spokesman, was quoted by": the apposition's
    return j + 1 < a and (v.keys[j + 1] in FINITE or v.keys[j + 1].endswith("ly")) \
        and named_apposition_before(v, j + 1)  # subject, after a finite auxiliary or an adverb ("Ann Cho,
    # privately called"; not a time word: "on Thursday, after trading ..., on reports that")


def plural_before(v: SentenceView, a: int) -> bool:
    """The word before token a reads as a plural subject ("officials warn"): an -s word, but
    not one after "a"/"an" and at most one more modifier ("a cautious note", "a more cautious
    note"), which modifies a singular noun."""
    prev = v.keys[a - 1] if a > 0 else ""
    return prev.endswith("s") and not prev.endswith(("'s", "ss")) and prev[0].isalpha() \
        and not (a >= 2 and v.keys[a - 2] in _INDEFINITE
                 or a >= 3 and v.keys[a - 3] in _INDEFINITE and v.keys[a - 2].isalpha() and not v.cap(a - 2))


_INDEFINITE = frozenset({"a", "an"})


_MODIFIER_PREPOSITIONS = frozenset({"at", "in", "from", "of", "with", "for", "on", "inside", "across"})


def plural_head_modified(v: SentenceView, a: int) -> bool:
    """The subject before the bare form at token a is a plural source noun with a phrase
    after it that places it ("Economists at Itaú Unibanco estimate", "Analysts with the bank
    forecast", "Officials in Lagos claim"): the plural agrees with the bare verb (not "Heavy
    trucks on the bridge stress the pilings": no source noun)."""
    subj, _ = np_before(v, a)
    if subj is None or subj[1] != a:
        return False
    keys = v.keys
    x = next((x for x in range(subj[0] + 1, subj[1] - 1) if keys[x] in _MODIFIER_PREPOSITIONS), None)
    if x is None:
        return False
    head = keys[x - 1]
    return head in v.rules.source_words and head.endswith("s") and not head.endswith("ss")


def infinitive_with_object(v: SentenceView, a: int, b: int) -> bool:
    """A bare noun homograph after "to" with an object after it ("to slam the levy", "to
    praise Ruiz"), after a verb or a clause's words, not a noun after "to" ("an end to
    praise", "from praise to blame"): an infinitive, so a verb."""
    keys = v.keys
    if not _object_next(v, b) and not (b < v.n and keys[b] == "me"):
        return False
    return a >= 2 and keys[a - 2] not in DETERMINERS and keys[a - 2] not in PREPOSITIONS \
        and keys[v.first] not in PREPOSITIONS  # not "From praise to blame the mood swung"


# the words before a bare present form that show it is a verb (modals, "did", negation)
_BEFORE_BARE_VERB = frozenset({"will", "would", "could", "may", "might", "should", "did", "does", "do", "n't",
                               "not", "also", "some", "others", "many"})  # (a plural pronoun: "some note that")
