"""Noun phrases and appositions: the subject before a cue, the phrase after it (the
sentence's own subject is in `opening_subject`, the data phrase of a data cue in `data_phrases`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .anonymity import clause_before, partial_name_clause
from .grammar import (
    BOUNDARY,
    DETERMINERS,
    FINITE,
    MONTHS,
    NAME_GLUE,
    NUMBER_WORDS,
    PERSONAL,
    PREPOSITIONS,
    PRONOUNS,
    TIME_WORDS,
    relative_head,
)
from .npwalk import ABBREVIATION_MAX, walk_np_back
from .relatives import bare_relative_subject
from .view import AUX_OR_FLOATING, comma_in_quote, near_end, skip_aux_back

if TYPE_CHECKING:
    from .view import SentenceView

# Token windows of the noun-phrase walks: how far each one reads before it gives up.
PARENTHESIS_MAX = 10  # a parenthesis closed before a cue ("Ana Ruiz (D-Ore.) said")
NP_AFTER_MAX = 12  # a noun phrase read forwards from a cue ("said Ismail Demir, ...")
APPOSITION_AFTER_MAX = 16  # an apposition after that phrase (", the head of the port authority")
APPOSITION_BEFORE_MAX = 24  # an apposition between commas before a cue ("Lund, a union organizer, said")
DASH_APPOSITION_MAX = 24  # an apposition between dashes ("Berg -- a harbor pilot for twenty years -- said")
RELATIVE_CLAUSE_MAX = 12  # a relative clause ending right before a cue ("A lawyer who represents the family said")
TRAILING_NP_MAX = 4  # a short subject between a comma and a final cue ("..., one memo says.")
# a party tag after a name: "D-N.Y.", "R-Utah" (lower-cased keys)
PARTY_TAG = re.compile(r"[dri]-[a-z]")


def np_before(v: SentenceView, a: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """(name span, apposition span) of the subject ending before token a: found once a token
    and kept in the view (the ranking, the cue checks and the speaker ask it of the same cue)."""
    got = v.subjects.get(a)
    if got is None:
        got = v.subjects[a] = _np_before(v, a)
    return got


def _np_before(v: SentenceView, a: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    keys = v.keys
    if v.has_anonymity and (w := clause_before(v, a)) is not None:
        return np_before(v, w - 1 if keys[w - 1] == "," else w)  # "An aide, who asked not to be named, said"
    j = a - 1
    if j >= 0 and (keys[j] in AUX_OR_FLOATING or keys[j].endswith("ly")):
        j = skip_aux_back(v, j)  # (else it would return j: see AUX_OR_FLOATING)
    if (j < 0 or keys[j] == ",") and j + 1 < a and keys[j + 1] in ("all", "both", "each") \
            and (j < 0 or j + 1 == v.first or keys[j] == ","):
        return (j + 1, j + 2), None  # "All agreed that ...", "..., both said": a pronoun as subject
    if j < 0:
        return None, None
    if keys[j] in PRONOUNS:
        return (j, j + 1), None
    if (head := stranded_relative(v, j)) is not None:  # "Sources we spoke with said"
        start = walk_np_back(v, head)
        return ((start, j + 1), None) if start is not None else (None, None)
    if keys[j] == ",":
        if (w := partial_name_clause(v, j)) is not None:
            subj, _ = np_before(v, w - 1 if keys[w - 1] == "," else w)  # "One mother, who gave only her first
            return subj, (w, j) if subj is not None else None  # name, Jessica, said": the mother, named Jessica
        return apposition_subject(v, j)
    if v.quotes and (comma := comma_in_quote(v, j)) is not None:  # 'Ruiz, who called it “a disgrace,” said'
        subj, appo = apposition_subject(v, comma)
        return subj, (appo[0], j + 1) if appo is not None and appo[1] == comma else appo
    if keys[j] in {"—", "–"} or (keys[j] == "-" and j > 0 and keys[j - 1] == "-"):
        return dash_apposition(v, j)
    if (rel := relative_subject(v, j)) is not None:
        return rel, None
    end = j + 1
    if keys[j] == ")":
        k = j - 1
        while k >= 0 and keys[k] != "(" and j - k < PARENTHESIS_MAX:
            k -= 1
        if k >= 0 and keys[k] == "(":
            j = k - 1
    start = walk_np_back(v, j)
    if start is None:
        start = trailing_np(v, j, a)
        if start is None:
            return None, None
    elif (rel_start := bare_relative_subject(v, start, j, a)) is not None:
        start = rel_start  # 'a decision advocates called "a cruel betrayal"'
    return (start, end), None


def np_after(v: SentenceView, b: int, appositive: bool = True) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """(name span, apposition span) of the phrase starting at token b."""
    keys, n = v.keys, v.n
    j = b
    while j < n and keys[j] in {",", "by"}:
        j += 1
    start = j
    if j < n and (keys[j] in DETERMINERS or keys[j] in {"some", "many", "several", "two", "three",
                                                         "other", "senior", "top", "one"}):
        j += 1
    while j < n:
        k = keys[j]
        if v.in_quote[j]:
            break
        if k in BOUNDARY and not (k == "and" and j + 1 < n and v.cap(j + 1) and j > start and v.cap(j - 1)):
            break
        if k in {"as", "that", "on", "in", "at", "to", "with", "after", "before", "during", "about",
                 "when", "while", "who", "which", "last", "this", "earlier", "saying", "adding"} \
                and not (k in _UNNAMING_LINKS and j > start and keys[j - 1] in v.rules.unnaming) \
                and not (k == "this" and j > start and keys[j - 1] in ("by", "of")):
            break  # (but "a person familiar with the matter", "officials close to the talks", "filings
            # reviewed by this newspaper": "this" there is no "this week")
        if not k[0].isalnum() and k not in {"'s", "'", "-", "&", ".", "(", ")"}:
            break
        if (k in FINITE or k == "do") and j > start:
            break  # "the House Democrat majority do not ...": the clause's verb, no part of the phrase
        if k == "." and not (j > start and v.cap(j - 1) and len(keys[j - 1]) <= ABBREVIATION_MAX and j + 1 < n
                             and keys[j + 1][0].isalnum()):
            break
        if k == "of" and j + 2 < n and (keys[j + 1] in NUMBER_WORDS or keys[j + 1].isdigit()) \
                and keys[j + 2].isalpha() and not v.cap(j + 1):
            j += 3  # "the leaders of three tribes", "members of 12 unions": the counted noun ends it
            break
        if k == "of" and not (j + 1 < n and (v.cap(j + 1) or keys[j + 1] in DETERMINERS
                                             or keys[j - 1] in v.rules.quantifiers)):
            break
        if k in {"for", "over", "into", "under", "without"} and not (j + 1 < n and (
                v.cap(j + 1) or keys[j + 1] in DETERMINERS)):
            break  # "police for six hours", but "a spokesman for the ministry", "Committee for Economic ..."
        j += 1
        if j - start > NP_AFTER_MAX:
            break
    end = j
    while end > start and (keys[end - 1] in NAME_GLUE or keys[end - 1] in DETERMINERS) \
            and not (end - 2 > start and keys[end - 1] == "." and len(keys[end - 2]) == 1 and v.cap(end - 2)):
        end -= 1  # (not the stop of an initialism: "The F.B.I. had")
    if end <= start:
        return None, None
    appo = None
    if appositive and end < n and keys[end] == "," and end + 1 < n:
        k = end + 1
        if keys[k] in DETERMINERS or v.cap(k) or keys[k] in ("who", "now", "formerly", "himself", "herself") \
                or keys[k] in v.rules.source_words:  # "said Rubio, who heads ...", "..., now a consultant"
            m = k
            while m < n and (keys[m] not in {",", ".", ";", ":", "—", "–"} or m == k + 1 and _abbreviation_stop(v, m)) \
                    and m - k < APPOSITION_AFTER_MAX and not v.in_quote[m]:
                m += 1
            appo = None if m < n and v.in_quote[m] else (k, m)  # "who called it "insane."": a clause that quotes
    return (start, end), appo


def _abbreviation_stop(v: SentenceView, m: int) -> bool:
    """Whether the stop at token m ends a short capitalised abbreviation inside a phrase ("the lead author,
    Dr. Peter Kistler"), not the sentence. (Asked only of an apposition's first word: in a clause further
    on, "whose work Mr. Trump's advisers cite", the stop keeps the source short.)"""
    return v.keys[m] == "." and v.cap(m - 1) and len(v.keys[m - 1]) <= ABBREVIATION_MAX and m + 1 < v.n \
        and v.keys[m + 1][0].isalnum()


_UNNAMING_LINKS = frozenset({"with", "to", "on"})  # "familiar with", "close to", "briefed on"
def apposition_subject(v: SentenceView, comma: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Subject before a comma that ends a parenthetical: 'Lund, a union organizer, said',
    'A lawyer for the crews, Ana Ruiz, said', 'The mayor, in particular, has said'."""
    keys = v.keys
    k, depth = comma - 1, 0
    while k >= 0 and comma - k <= APPOSITION_BEFORE_MAX:  # over a closed parenthesis: "state Sen. Ana Ruiz (D-Ore.),"
        t = keys[k]
        if t == ")":
            depth += 1
        elif t == "(" and depth:
            depth -= 1
        elif t in {",", ";", ":", "(", "—", "–"} and not depth and not v.in_quote[k]:  # (not a quotation's
            break  # comma: "Cardi B, who has told police “go away,” said")
        k -= 1
    if k < 1 or keys[k] != ",":
        return None, None
    inner = (k + 1, comma)
    if inner[0] >= inner[1]:
        return None, None
    if k >= 2 and keys[k - 1] in AUX_OR_FLOATING and keys[k - 1].endswith(("self", "selves")):
        k -= 1  # "Zelensky himself, speaking in a video address, accused": the name before the reflexive
    if v.cap(inner[0]) and (head := stranded_relative(v, k - 1)) is not None \
            and (first := walk_np_back(v, head)) is not None:
        return (first, k), inner  # "The aid group they worked for, Hope Kitchen, said"
    start = walk_np_back(v, k - 1)
    if start is None:
        return None, None
    if start >= 3 and keys[start - 1] in ("of", "from") and keys[start - 2] == "," and v.cap(start):
        name, appo = apposition_subject(v, start - 2)  # "Graham Pell, 58, of Guildford, Surrey, said": the
        if name is None and (first := walk_np_back(v, start - 3)) is not None:  # place's county is no name
            name, appo = (first, start - 2), None  # "Ana Ruiz, of Portland, Oregon, said"
        if name is not None and v.cap(name[0]):
            return name, ((appo or (start - 1, k))[0], comma)
    if (outer := list_tail_subject(v, start, inner)) is not None:
        return outer
    if start >= 2 and keys[start - 1] == "," and PARTY_TAG.match(keys[start]) and (
            name := walk_np_back(v, start - 2)) is not None and v.cap(name):
        return (name, k), inner  # "Ada Morel, R-Ky., who backed a rival, said": the name before its party tag
    if (outer := _place_tail_subject(v, start, k, inner)) is not None:
        return outer
    if (outer := _based_in_subject(v, start, comma)) is not None:
        return outer
    if start == k - 1 and keys[start].isdigit() and start >= 2 and keys[start - 1] == "," \
            and (name := walk_np_back(v, start - 2)) is not None and v.cap(start - 2):
        return (name, start - 1), (start, comma)  # "Ruiz, 54, a harbor pilot, said": the age is no name
    a0 = keys[inner[0]]
    if a0 in DETERMINERS or v.cap(inner[0]) or a0 in v.rules.source_firsts or a0 == "who" or \
            a0.isdigit():
        return (start, k), inner  # an apposition: part of how the text names the source
    return (start, k), None  # a parenthetical ("in particular", "however"): step over it


def _place_tail_subject(v: SentenceView, start: int, k: int, inner: tuple[int, int]
                        ) -> tuple[tuple[int, int] | None, tuple[int, int] | None] | None:
    """The name before a description whose last place goes on past a comma: "Harley Shaiken, a labor
    professor at the University of California, Berkeley, said" (not "a labor professor at the University
    of California" with "Berkeley" as its apposition): the phrase found opens with "a" or "an" after a
    comma and ends in a capitalised name, and what follows that comma is one capitalised run."""
    keys = v.keys
    if start < 2 or keys[start - 1] != "," or keys[start] not in ("a", "an") or not v.cap(k - 1) \
            or not all(v.cap(x) for x in range(*inner)) or inner[1] - inner[0] > 3:
        return None
    first = walk_np_back(v, start - 2) if v.cap(start - 2) else None
    if first is None or not all(v.cap(x) or keys[x] in NAME_GLUE for x in range(first, start - 1)):
        return None
    return (first, start - 1), (start, inner[1])


def _based_in_subject(v: SentenceView, start: int, comma: int
                      ) -> tuple[tuple[int, int] | None, tuple[int, int] | None] | None:
    """The phrase before ", based in <city>, <state>," ("The company, based in Fresno, California, announced"):
    the city and its state are where the subject is, not the subject."""
    keys = v.keys
    if start < 4 or keys[start - 1] not in ("in", "at") or not keys[start - 2].endswith("ed") \
            or keys[start - 3] != "," or not v.cap(start):
        return None
    first = walk_np_back(v, start - 4)
    return None if first is None else ((first, start - 3), (start - 2, comma))


def list_tail_subject(v: SentenceView, start: int, inner: tuple[int, int]
                      ) -> tuple[tuple[int, int] | None, tuple[int, int] | None] | None:
    """The comma before a cue closes a list inside a longer apposition, not the apposition
    itself: "Ruiz, the former chair of the panel on roads, bridges and tunnels, said". The
    part after the last comma ends the list with "and"/"or", and the phrase found before it
    is no name (the object of a preposition, a description after a comma, a relative clause);
    the subject is then the capitalised name before the apposition's first comma, else None."""
    keys = v.keys
    if start < 2 or not any(keys[x] in ("and", "or") for x in range(*inner)) or v.cap(start) or \
            not (keys[start - 1] in PREPOSITIONS or keys[start - 1] in (",", "who", "which")):
        return None
    comma = next((x for x in range(start - 1, max(0, start - APPOSITION_BEFORE_MAX), -1)
                  if keys[x] in (",", ";", ":", "—", "–") or v.in_quote[x]), None)
    if comma is None or keys[comma] != "," or v.in_quote[comma]:
        return None
    first = walk_np_back(v, comma - 1)
    if first is not None and v.cap(first) and v.cap(comma - 1) and not PARTY_TAG.match(keys[first]) \
            and not any(keys[x] in TIME_WORDS or keys[x] in MONTHS for x in range(first, comma)):
        return (first, comma), (comma + 1, inner[0] - 1)
    name, appo = apposition_subject(v, comma)
    if name is None or not v.cap(name[1] - 1):
        return None
    return name, appo


def dash_apposition(v: SentenceView, close: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Subject before an apposition set off by dashes: 'Berg -- a harbor pilot for twenty
    years -- said', 'The mayor — a former teacher — said' (token `close` ends the closing dash)."""
    keys = v.keys
    dash = keys[close]
    width = 2 if dash == "-" else 1  # '--' is two tokens
    end = close - width + 1  # the closing dash's first token
    k = end - 1
    while k >= width and end - k <= DASH_APPOSITION_MAX and keys[k] not in (";", ":", ".") and not v.in_quote[k]:
        if keys[k] == dash and (width == 1 or keys[k - 1] == "-"):
            opening = k - width + 1
            inner = (k + 1, end)
            start = walk_np_back(v, opening - 1)
            if start is None or inner[0] >= inner[1]:
                return None, None
            a0 = keys[inner[0]]
            appo = inner if a0 in DETERMINERS or v.cap(inner[0]) or a0 in v.rules.source_firsts else None
            return (start, opening), appo
        k -= 1
    return None, None


_RELATIVES = frozenset({"who", "that", "which"})


def relative_subject(v: SentenceView, j: int) -> tuple[int, int] | None:
    """The sentence's subject when a restrictive relative clause ends at token j, right before
    the cue: 'A lawyer who represents the family said', 'A letter that arrived Tuesday says'
    (the phrase before 'who'/'that'/'which' starts the sentence; no comma in between)."""
    keys, first = v.keys, v.first
    stop = max(first, j - RELATIVE_CLAUSE_MAX)
    if _RELATIVES.isdisjoint(keys[stop + 1:j]):
        return None  # (most cues: no relative pronoun before them to find)
    for r in range(j - 1, stop, -1):
        k = keys[r]
        if not k[0].isalnum() or v.in_quote[r] or k in PERSONAL:
            return None
        if k in _RELATIVES:
            start = walk_np_back(v, r - 1) if r - 1 >= first else None
            return (start, r) if start == first else None
    return None


def trailing_np(v: SentenceView, j: int, a: int) -> int | None:
    """'..., one memo says.': a short phrase between a comma and a final cue is its subject."""
    if not near_end(v, a + 1):
        return None
    k = j
    while k >= 0 and j - k < TRAILING_NP_MAX and v.keys[k][0].isalnum() and v.keys[k] not in BOUNDARY:
        k -= 1
    return k + 1 if k >= 0 and v.keys[k] == "," and k + 1 <= j else None


def stranded_relative(v: SentenceView, j: int) -> int | None:
    """The head noun of a subject that ends in a relative clause without "who"/"that"
    and a stranded preposition at token j ("Sources we spoke with", "everyone I talked
    to"): the index of "sources" / "everyone", else None."""
    keys = v.keys
    if j < 3 or keys[j] not in {"to", "with", "about", "for"} or keys[j - 2] not in PERSONAL \
            or not keys[j - 1].isalpha():
        return None
    return j - 3 if relative_head(keys[j - 3]) else None


def names_someone(v: SentenceView, a: int, b: int) -> bool:
    """Does the span name a possible speaker: a capitalised word other than an article, or a
    source word ("the Coast Guard", "critics"; not "The plan")?"""
    keys, words = v.keys, v.rules.source_words
    return any(v.cap(x) and keys[x] not in DETERMINERS and keys[x] not in ("there", "it", "here")
               or keys[x] in words for x in range(a, b))
