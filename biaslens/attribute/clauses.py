"""Clause tests: a clause without "that", the passive and its agent, relative clauses,
and whether the content of speech sits next to a cue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .grammar import (
    AUXILIARIES,
    BOUNDARY,
    CLAUSE_DETERMINERS,
    DETERMINERS,
    FINITE,
    MONTHS,
    PASSIVE_AUX,
    PERSONAL,
    PREPOSITIONS,
    PRONOUNS,
    QUOTE_OPENERS,
    TIME_WORDS,
    relative_head,
)
from .npwalk import walk_np_back
from .phrases import names_someone, np_after, np_before
from .view import AUX_OR_FLOATING, skip_aux_back, that_clause

if TYPE_CHECKING:
    from .view import SentenceView

FINITE_WINDOW = 7  # tokens from a clause's first word within which its finite verb must come
AGENT_WINDOW = 6  # tokens after a passive cue searched for "by" and its agent
AGENT_WINDOW_INFINITIVE = 8  # the same after "to" ("was urged to resign by party leaders")
AUTHOR_WINDOW = 4  # tokens before a relative pronoun searched for "from"/"by" after a document
PLACE_PHRASE_MAX = 6  # a phrase between a cue and its content ('posted on Facebook that')


def bare_clause(v: SentenceView, b: int) -> bool:
    """A clause without "that" starts at token b: a pronoun, a determiner or a
    capitalised word, then a finite auxiliary or modal within a few words, before
    any punctuation ("she is confident the vote will pass", "they are sure it
    was"; not "he was worried the whole time", "she is sure of it")."""
    keys, n = v.keys, v.n
    if b >= n:
        return False
    k = keys[b]
    if not (k in PERSONAL or k == "it" or k in CLAUSE_DETERMINERS or
            (v.cap(b) and k not in PREPOSITIONS and k not in FINITE)):
        return False
    for j in range(b + 1, min(n, b + FINITE_WINDOW)):
        k = keys[j]
        if k in FINITE:
            return True
        if not k[0].isalnum() and k not in ("'s", "’s") or k in _SUBORDINATORS:
            return False  # "showed no emotion as the sentence was passed": the verb is another clause's
    return False


_SUBORDINATORS = frozenset({"as", "when", "while", "because", "after", "before", "if", "since", "until", "though",
                            "although", "unless", "whether", "once"})


def find_passive(v: SentenceView, a: int, b: int) -> tuple[int, tuple[int, int] | None, tuple[int, int] | None] | None:
    """A passive cue ('was reported by X', 'has been called a coward by X', 'was told'):
    None if the cue is active, else (index of 'by' or -1, agent span, agent apposition); the
    agent span is None when there is no 'by' or its phrase names no source."""
    keys = v.keys
    if not keys[a].endswith(("ed", "id", "ld", "ote", "wn", "ght")) and keys[a] not in v.rules.irregular_participles:
        return None
    if a == 0 or (keys[a - 1] not in AUX_OR_FLOATING and not keys[a - 1].endswith("ly")):
        return None  # no auxiliary, nothing skip_aux_back steps over, before the cue (see AUX_OR_FLOATING)
    j = skip_aux_back(v, a - 1) + 1  # skip_aux_back also steps over the auxiliary
    if j >= a or not any(keys[x] in PASSIVE_AUX for x in range(j, a)):
        return None
    infinitive = b < v.n and keys[b] == "to"  # "was urged to resign by party leaders"
    for k in range(b, min(v.n, b + (AGENT_WINDOW_INFINITIVE if infinitive else AGENT_WINDOW))):
        key = keys[k]
        if k == b and infinitive:
            continue
        if key == "by":
            src, appo = np_after(v, k + 1)
            if infinitive and src is not None and any(keys[x] in TIME_WORDS or keys[x] in v.rules.time_nouns
                                                      or keys[x] == "end" for x in range(*src)):
                return -1, None, None  # "was expected to pass by Friday", "by the end of the week"
            if src is not None and _date(keys, src):
                return -1, None, None  # "is expected to decide by June", "was due by March 3": a deadline
            if src is not None and any(v.cap(x) or keys[x] in v.rules.source_words or
                                       (keys[x].endswith("s") and x == src[1] - 1) for x in range(*src)):
                return k, src, appo
            return k, None, None  # "was attacked by a mob": an agent, but not a source
        if key in BOUNDARY or not key[0].isalnum() and key not in ("'", "''", "“", "”", '"'):
            break
    return -1, None, None


def reduced_by_agent(v: SentenceView, a: int, b: int) -> tuple[int, tuple[int, int], tuple[int, int] | None] | None:
    """A participle cue right after the object of a preposition and right before "by" ("Under the terms
    announced by Norvik and Halden, ...", "In a report released by the agency, ..."): a passive without its
    auxiliary, whose agent speaks; (index of "by", agent span, apposition) when the agent names a source
    (a capital, a source noun), else None. The noun phrase before it is no speaker: a preposition governs it."""
    keys = v.keys
    if b + 1 >= v.n or keys[b] != "by" or a < 2 or not keys[a].endswith("ed"):
        return None
    start = walk_np_back(v, a - 1)
    if start is None or start < 1 or keys[start - 1] not in PREPOSITIONS or keys[start - 1] == "by":
        return None
    src, appo = np_after(v, b + 1)
    if src is None or not any(v.cap(x) or keys[x] in v.rules.source_words for x in range(*src)):
        return None
    return b, src, appo


def _date(keys: list[str], src: tuple[int, int]) -> bool:
    """Whether a phrase after "by" is a date: a month's name ("June"), or one followed by its day
    ("March 3"); "May" alone may be a person's name ("was criticised by May")."""
    a, b = src
    if keys[a] not in MONTHS:
        return False
    return b - a == 1 and keys[a] != "may" or b - a == 2 and keys[a + 1][:1].isdigit()


def relative_clause(v: SentenceView, i: int) -> bool:
    """'the so-called deal he said he wanted': a cue inside a relative clause
    without 'that', whose object is the noun before it, carries no content."""
    if i < 2 or v.keys[i - 1] not in PRONOUNS:
        return False
    before = v.keys[i - 2]
    if before in {",", "and", "but", "as", "because", "so", "then", "that", "which", "who", "when", "if",
                  "while", "what", "how", "why", "where"} or not before[0].isalpha():
        return False
    if v.cap(i - 2) and i - 2 == v.first:
        return False
    nxt = v.keys[i + 1] if i + 1 < v.n else ""
    after_next = v.keys[i + 2] if i + 2 < v.n else ""
    # "... deal he said he wanted." / "... money he said was missing"
    return nxt in PERSONAL or nxt in ("was", "were", "would", "had", "is", "are") or \
        (nxt in ("it", "they") and after_next not in ("that",))


def relative_antecedent(v: SentenceView, rel: int) -> int | None:
    """The head before a relative pronoun at `rel` when it is a name, a source word or a
    document ('the Lisbrin Coast Guard which', 'a letter from her lawyer Friday that')."""
    j = rel - 1
    while j > 0 and v.keys[j] in TIME_WORDS and v.keys[j] not in ("on", "this", "last"):
        j -= 1
    if j < 0:
        return None
    k = v.keys[j]
    if not k[0].isalnum() or k in PRONOUNS or k in DETERMINERS or k in v.rules.cue_keys:
        return None
    if (v.cap(j) and j != v.first) or k in v.rules.source_firsts or k in v.rules.documents:
        return j
    if v.keys[rel] == "who" and k.isalpha() and k not in BOUNDARY and k not in PREPOSITIONS \
            and k not in AUXILIARIES:
        return j  # "the two councillors who voted against": "who" tells a person
    for x in range(j - 1, max(0, j - AUTHOR_WINDOW), -1):  # "a letter from her lawyer that says": the author speaks
        if v.keys[x] in ("from", "by") and v.keys[x - 1] in v.rules.documents:
            return j
        if v.keys[x] not in DETERMINERS and not v.cap(x):
            break
    return None


def relative_speaker(v: SentenceView, a: int) -> bool:
    """A relative pronoun before cue a (an adverb or auxiliary between) whose antecedent can
    hold a view: "growers who fear ...", "Lund, who expects ...", "the Coast Guard, which
    believes ..." (not "the plan, which expects ...")."""
    keys = v.keys
    r = skip_aux_back(v, a - 1)
    if r < 1 or keys[r] not in ("who", "which", "that"):
        return False
    if keys[r - 1] != ",":
        return relative_antecedent(v, r) is not None
    if keys[r] == "who":
        return True
    subj, _ = np_before(v, r - 1)
    return subj is not None and names_someone(v, *subj)


def next_to_content(v: SentenceView, a: int, b: int) -> bool:
    """'added that ...', 'added: ...', '"...," he added', '..., the mayor added.'"""
    keys = v.keys
    if b + 1 < v.n and keys[b].endswith("ly") and keys[b].isalpha() and keys[b + 1] in (":", "that"):
        b += 1  # "put it bluntly: ...", "added quickly that ..."
    if b < v.n and (keys[b] in (":", ",", "that", "—", "–") or v.in_quote[b] or keys[b] in QUOTE_OPENERS):
        return True
    if b < v.n and (keys[b] in PREPOSITIONS or keys[b] in TIME_WORDS or keys[b] == "online"):
        j = b + 1  # 'posted on Facebook that ...', 'added in a statement: ...'
        while j < v.n and j - b < PLACE_PHRASE_MAX and keys[j][0].isalnum() and keys[j] not in BOUNDARY:
            j += 1
        if j < v.n and (keys[j] == ":" or that_clause(v, j)):
            return True
    if a > 0 and (keys[a - 1] in (",", "”", '"', "''", "’") or any(v.in_quote[:a])):
        return True  # '"...," he added', '"...", Okafor recalled on Monday
    if b < v.n and keys[b] not in (".", "!", "?"):
        return False
    subj, _ = np_before(v, a)  # '..., the mayor added.'
    return subj is not None and subj[0] > 0 and keys[subj[0] - 1] in (",", "”", '"', "''", "’", "—", "–")


STRANDED = frozenset({"for", "to", "about", "with", "of", "on"})  # (find_cues tests it first)
_CLAUSE_END = frozenset({",", ".", ";", ":", "!", "?", "or", "and", "but", "—", "–", ")"})


def contact_clause_cue(v: SentenceView, a: int, b: int) -> bool:
    """A cue a..b in a relative clause without "who"/"that" whose stranded preposition ends
    it: "the cards in the mail they never asked for", "fees the crews had not agreed to"
    would be "the mail [that] they asked for": the clause names what was asked for and
    says nothing anyone claimed, so it is no attribution (the pronoun is the noun's own
    people, not a speaker to carry over)."""
    keys, n = v.keys, v.n
    if b >= n or keys[b] not in STRANDED or (b + 1 < n and keys[b + 1] not in _CLAUSE_END):
        return False  # no stranded preposition ends it (most cues: decided first, as the cheapest test)
    p = a - 1
    while p > 0 and (keys[p] in AUXILIARIES or keys[p].endswith("ly") and keys[p].isalpha()):
        p -= 1  # "they never", "they had not"
    return not (p < 1 or keys[p] not in PERSONAL or not relative_head(keys[p - 1])
                or keys[p - 1] in v.rules.cue_keys)
