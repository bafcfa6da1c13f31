"""Tests on what precedes a cue verb: whether a subject, a person, a nameless thing or a
linking verb stands before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..tokens import NAME_SUFFIXES
from .acts import purpose_subject
from .grammar import (
    AUXILIARIES,
    BOUNDARY,
    CLAUSE_OPENERS,
    DEGREE,
    DETERMINERS,
    FINITE,
    FLOATING,
    LINKING_VERBS,
    NUMBER_WORDS,
    PASSIVE_AUX,
    PERSONAL,
    POSSESSIVES,
    PREPOSITIONS,
    PRONOUNS,
    QUANTIFYING,
    QUOTE_OPENERS,
)
from .objects import object_complement
from .opening_subject import sentence_subject
from .phrases import apposition_subject, names_someone, relative_subject
from .view import AUX_OR_FLOATING, skip_aux_back, title_case

if TYPE_CHECKING:
    from .view import SentenceView

COMPOUND_WINDOW = 4  # tokens before a head noun searched for its article ("a city council member")
VERB_PHRASE_MAX = 3  # words of a verb phrase between a subject and "to" ("Lindqvist went on to")
SPENT_TIME_WINDOW = 6  # tokens before a participle searched for "spent" and the time ("spent two months lobbying")


def subject_like(v: SentenceView, a: int) -> bool:
    """Is there a subject right before token a (after auxiliaries and adverbs)?"""
    j = a - 1
    if j >= 0 and (v.keys[j] in AUX_OR_FLOATING or v.keys[j].endswith("ly")):
        j = skip_aux_back(v, j)  # (else it would return j: see AUX_OR_FLOATING)
    if j < 0:
        return False
    k = v.keys[j]
    if k in PRONOUNS or k == ")":
        return True
    if k in PREPOSITIONS or k in BOUNDARY or k in DETERMINERS:
        return False
    if k == "." and j > 0 and v.keys[j - 1] in NAME_SUFFIXES:
        return True  # a name ending in "Jr.": "Ferdinand Marcos Jr. vowed"
    if not k[0].isalnum():
        return False
    return v.cap(j) or k in v.rules.source_firsts or \
        (k.endswith("s") and not k.endswith("ss")) or \
        (j > 0 and (v.keys[j - 1] in DETERMINERS or v.keys[j - 1] in QUANTIFYING
                    or v.keys[j - 1].endswith("'s")))


def thing_subject(v: SentenceView, a: int) -> bool:
    """The subject before token a is a nameless singular thing ("the plan", "the law"): not a
    name, pronoun, source word, document or plural, which could all stand for speakers."""
    j = skip_aux_back(v, a - 1)
    if j < 1 or v.keys[j - 1] not in DETERMINERS:
        return False
    k = v.keys[j]
    return k[0].isalpha() and not v.cap(j) and k not in v.rules.source_firsts and k not in v.rules.documents \
        and not k.endswith("s") and k not in PRONOUNS


def human_subject(v: SentenceView, a: int, b: int) -> bool:
    """Cues like 'call' or 'compare' need a person or body as subject and no
    capitalised name right after ('a company called Acme')."""
    prev = v.keys[a - 1] if a > 0 else ""
    if b < v.n and v.cap(b) and v.keys[b] not in ("the",) and v.keys[a] in ("called", "call") \
            and not (prev in PERSONAL or v.cap(a - 1) and a - 1 != v.first) \
            and not object_complement(v, b):
        return False  # "a company called Acme", but "she called the landlord's repairs ...", "the
        # letter called Lund a liar" (a name and then "a ...": the name is the object)
    if prev == "," and v.keys[a].endswith("ing"):
        return True
    j = a - 1
    if j >= 0 and (v.keys[j] in AUX_OR_FLOATING or v.keys[j].endswith("ly")):
        j = skip_aux_back(v, j)  # (else it would return j: see AUX_OR_FLOATING)
    if j < 0:
        return False
    k = v.keys[j]
    if k == "," and v.keys[a].endswith("ed") and b < v.n and v.keys[b] in ("with", "to"):
        return False  # "..., compared with $67,000": a participle phrase, not a verb with a subject
    if k in ("and", "but", "or") or k == "by" and j == a - 1 and v.keys[a].endswith("ing"):
        subj, _ = sentence_subject(v)  # "He arrived in 1993 and promptly voted against ...": a
        return subj is not None and subj[1] <= j and (  # second verb of the sentence's subject
            names_someone(v, *subj) or any(v.keys[x] in PERSONAL for x in range(*subj))) \
            and not (v.keys[a].startswith(_QUANTITY_VERBS) and opening_quantity(v, subj))
        # "... or decline to defend it", but not "Fares may rise or decline to ..."; after "by" the
        # sentence's subject does it ("Cantwell opened the hearing by calling the incidents ...")
    if k == ",":  # "Peter Kovac, the director of the sailing program, compared ..."
        subj, _ = apposition_subject(v, j)
        return subj is not None and any(v.cap(x) or v.keys[x] in v.rules.source_firsts
                                        for x in range(*subj))
    if v.keys[a].startswith(_QUANTITY_VERBS) and j == v.first and j == a - 1 and opening_quantity(v, (j, a)):
        # "Sales declined to $5 million", "Rents refused to fall", "Markets reacted": a quantity or
        # a market; the capital only starts the sentence
        return False
    if (rel := relative_subject(v, j)) is not None and v.keys[rel[1]] == "who":
        return True  # "Two of the nurses who signed the petition called ...": 'who' tells a person
    if k == "to" and j == a - 1:  # "Lindqvist went on to discuss ...": the subject before the verb
        return infinitive_subject_head(v, j) is not None or purpose_subject(v, j)  # phrase ("went on",
        # "plans") acts, or its sentence's subject does it for that purpose ("appeared on TV to discuss")
    return k in PERSONAL or v.cap(j) or k in v.rules.source_firsts or k in ("who", ")") \
        or (k == "." and j > 0 and v.cap(j - 1)) \
        or (j > 0 and v.keys[j - 1] in ("his", "her", "their") and k.endswith("s")
            and not k.endswith("ss")) \
        or owned_people(v, j) \
        or gapped_label(v, j, b)  # "Peter J. Lund Jr. spoke of", "Her aides called her"


def gapped_label(v: SentenceView, j: int, b: int) -> bool:
    """A plural noun (token j) before the cue and a quotation right after it: the label whose
    object a relative clause left out ('a decision that advocates called "a cruel betrayal"',
    'in what neighbors call "the Ark"'), so the plural is the cue's subject."""
    k = v.keys[j]
    return b < v.n and v.keys[b] in QUOTE_OPENERS and k.isalpha() and k.endswith("s") \
        and not k.endswith("ss") and not v.in_quote[j]


def owned_people(v: SentenceView, j: int) -> bool:
    """A plural after a possessive pronoun and one lower-case modifier, ending right before
    a cue: "his fellow skippers respect him", "her closest aides called her" (someone's
    people), not a compound's last noun with no possessive ("the tax claims")."""
    keys = v.keys
    k = keys[j]
    return j > 1 and keys[j - 2] in ("his", "her", "their") and keys[j - 1].isalpha() and not v.cap(j - 1) \
        and k.endswith("s") and not k.endswith(("ss", "'s")) and k.isalpha()


_QUANTITY_VERBS = ("declin", "refus", "react", "rall")  # cues a quantity or a market can be the subject of


def opening_quantity(v: SentenceView, subj: tuple[int, int]) -> bool:
    """A subject that is one plural word opening the sentence, capitalised only for that, and
    no source word: "Fares", "Sales", "Rents" (a quantity, not a speaker)."""
    k = v.keys[subj[0]]
    return subj[1] - subj[0] == 1 and subj[0] == v.first and k.endswith("s") \
        and not k.endswith(("'s", "ss")) and k not in v.rules.source_firsts and k not in v.rules.party_members


def compound_after_determiner(v: SentenceView, j: int) -> bool:
    """Token j ends a noun compound after "the"/"a" ("the harbor master", "a city
    council member"): up to two lower-case, singular modifiers between."""
    keys = v.keys
    if keys[j].endswith("ed"):
        return False
    for i in range(j - 1, max(-1, j - COMPOUND_WINDOW), -1):
        k = keys[i]
        if k in ("the", "a", "an"):
            return i < j - 1
        if not k.isalpha() or k in BOUNDARY or k in PREPOSITIONS or k in AUXILIARIES or k in PRONOUNS \
                or v.cap(i) or k in v.rules.cue_firsts or (k.endswith("s") and not k.endswith("ss")):
            return False  # a plural is a head, not a modifier: "the candidates took questions"
    return False


def infinitive_subject_head(v: SentenceView, to: int) -> int | None:
    """The last word of a speaking subject before a short verb phrase and the "to" at
    token `to` ("Lindqvist went on to", "the minister wants to"), else None."""
    keys, sources = v.keys, v.rules.source_words
    h, skipped = to - 1, 0
    while h >= 0 and skipped < VERB_PHRASE_MAX and keys[h].isalpha() and not v.cap(h) and keys[h] not in PERSONAL \
            and keys[h] not in sources:
        h, skipped = h - 1, skipped + 1
    if h >= 0 and skipped > 0 and (keys[h] in PERSONAL or keys[h] in sources or
                                   v.cap(h) and keys[h] not in DETERMINERS):
        return h
    return None


def subject_of_participle(v: SentenceView, subj: tuple[int, int], a: int) -> bool:
    """Is the phrase before an -ing cue its subject? Yes with a form of 'be' between them
    ("officials were warning") or when the phrase opens a clause ("..., with officials
    warning that"), names someone ("video showed Vasko saying"), is plural ("protesters
    chanting") or is a document ("a statement from the ministry saying"). No when it is the
    object of a verb and names no one ("released a statement saying"), the object of a
    preposition ("a letter to the board demanding"), or a nameless compound ("a flood warning")."""
    keys = v.keys
    if any(k in PASSIVE_AUX for k in keys[subj[1]:a]):
        return True
    for x in range(a - 2, max(0, a - SPENT_TIME_WINDOW) - 1, -1):  # "The rivals spent months lobbing ...": the
        if keys[x] in v.rules.spend_verbs:  # subject spent the time, the participle is theirs
            return False
        if not (keys[x + 1] in v.rules.time_nouns or keys[x + 1] in DETERMINERS or keys[x + 1] in NUMBER_WORDS
                or keys[x + 1].isdigit() or keys[x + 1] in ("last", "past", "next", "much", "more")):
            break
    s = subj[0]
    if s <= v.first:
        return True
    k = keys[s - 1]
    if k in CLAUSE_OPENERS or not k[0].isalnum():
        return True
    head = keys[subj[1] - 1]
    named = any(v.cap(x) or keys[x] in v.rules.source_words for x in range(*subj))
    if k in PREPOSITIONS:
        return k in ("by", "from", "of", "like", "as") or head in v.rules.documents \
            or k == "despite" and named  # "Despite Trump saying ...": a named subject of the gerund
    if not named and not v.cap(s - 1) and k not in BOUNDARY:
        return False  # the object of a verb
    return named or head.endswith("s") or head in v.rules.documents


def inverted_ok(v: SentenceView, a: int, after: tuple[int, int]) -> bool:
    """'..., said X' / '"...," reported Reuters': the cue right after a comma or a
    closing quote, and a name, a title or a source noun after it."""
    prev = v.keys[a - 1] if a > 0 else ""
    if prev == "-" and a >= 2 and v.keys[a - 2] == "-":
        prev = "—"  # a dash typed as '--'
    if prev not in (",", "”", '"', "'", "''", "’", "—", "–") and a != v.first:
        return False
    x, y = after
    keys = v.keys
    if keys[x] in v.rules.press_nouns or y < v.n and keys[y] in FINITE:
        return False  # (", said her son had done nothing wrong": the phrase is the subject of the content)
    if title_case(v):  # "Fed Holds Rates, Signals Cuts Later": every word is capitalised, so only a source noun
        return any(keys[i] in v.rules.source_firsts for i in range(x, y))
    return any(v.cap(i) or keys[i] in v.rules.source_firsts for i in range(x, y)) or owned_speaker(v, after)


# what may follow a speaker the cue's phrase names by a possessive: the sentence's end or an apposition
_OWNED_SPEAKER_ENDS = frozenset({".", ",", "!", "?", ";"})


def owned_speaker(v: SentenceView, after: tuple[int, int]) -> bool:
    """'"...," said her longtime editor, Dan Kess.': a phrase that opens with a possessive and ends the
    sentence or meets an apposition after an inverted cue is someone's relative or associate, whatever
    the noun (but ", said his goodbyes and left": the phrase runs on into the clause)."""
    x, y = after
    return v.keys[x] in POSSESSIVES and y - x >= 2 and (y >= v.n or v.keys[y] in _OWNED_SPEAKER_ENDS)


def named_head(v: SentenceView, x: int, y: int) -> bool:
    """The head of the phrase x..y (its words before a preposition: "Tom Hale" of "Tom
    Hale of the ministry") holds a name or a source word. A noun homograph after a comma
    is a verb only with such a phrase after it: "..., posted one-sided news from Ukraine
    and ..." lists what a network did (the news is no speaker, Ukraine no subject)."""
    end = next((i for i in range(x + 1, y) if v.keys[i] in PREPOSITIONS and not v.cap(i)), y)
    return any(v.cap(i) or v.keys[i] in v.rules.source_firsts for i in range(x, end))


def named_apposition_before(v: SentenceView, a: int) -> bool:
    """A subject before a parenthetical set off by commas, right before cue a, with a name
    in one of them: "Critics of the levy, like Senator Ana Ruiz, believe ..."."""
    if a < 2 or v.keys[a - 1] != ",":
        return False
    subj, _ = apposition_subject(v, a - 1)
    return subj is not None and (names_someone(v, *subj) or names_someone(v, subj[1] + 1, a - 1))


def linking_verb(v: SentenceView, a: int) -> int | None:
    """A predicate adjective needs a linking verb after a subject that is not the
    expletive 'it': "officials were convinced", "she seemed sure", not "make sure",
    "it is certain". The index of the verb, or of a contracted subject ("she's")."""
    keys = v.keys
    j = a - 1
    while j >= 0 and keys[j] not in LINKING_VERBS and (keys[j] in AUXILIARIES or keys[j] in FLOATING or
                                                        keys[j] in DEGREE or keys[j].endswith("ly")):
        j -= 1
    if j < 0:
        return None
    k = keys[j]
    if k.endswith(("'s", "'re", "'m")) and k[:k.index("'")] in PERSONAL:
        return j  # "she's confident that"
    if k == "away" and j >= 2 and keys[j - 1] in v.rules.come_away_verbs:
        j, k = j - 1, "became"  # "the envoy came away convinced that": the state a meeting left
    if j < 1 or k not in LINKING_VERBS:
        return None
    subj = skip_aux_back(v, j - 1)
    if subj > 0 and keys[subj] in ("and", "but") and k == "became":  # "toured the docks and walked away
        first, _ = sentence_subject(v)  # convinced that": a second verb of the sentence's subject
        return j if first is not None and first[1] <= subj and names_someone(v, *first) else None
    if subj < 0 or keys[subj] in ("it", "that", "this", "there") or \
            not (subject_like(v, j) or compound_after_determiner(v, subj)):  # "the harbor master was"
        return None
    return j
