"""The noun phrase a sentence opens with (`sentence_subject`), after an introductory phrase
set off by a comma or a short time phrase ("Last week", "On Monday") without one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .grammar import (
    AUXILIARIES,
    BOUNDARY,
    FINITE,
    MONTHS,
    NAME_GLUE,
    NUMBER_WORDS,
    PERSONAL,
    POSSESSIVES,
    PREPOSITIONS,
    QUESTION_OPENERS,
    QUOTE_OPENERS,
    TIME_WORDS,
    WEEKDAYS,
)
from .phrases import np_after

if TYPE_CHECKING:
    from .view import SentenceView

INTRO_PHRASE_MAX = 20  # an introductory phrase set off by a comma before the sentence's subject
TIME_PHRASE_MAX = 3  # words after the first of a time phrase without a comma ("Earlier this month")
# words in -ed of up to this many letters are no participles ("shed", "bred")
SHORT_ED_WORD = 4

_COORDINATORS = frozenset({"and", "but", "or", "nor", "so", "yet"})  # open a clause, not an introductory phrase
_NOT_SUBJECT_START = frozenset({",", "even", "more", "most", "less", "still", "now", "then", "there", "here"})
_CLOSING_MARKS = frozenset({'"', "”", "’", "'", "''"})
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those"})  # not "his": "His rejection" is his


def sentence_subject(v: SentenceView) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The noun phrase a sentence opens with, after an introductory phrase set off by a comma."""
    keys, n = v.keys, v.n
    i = v.first
    if (keys[i] in _COORDINATORS or keys[i] in v.rules.opening_adverbs) and (
            _main_clause_after(v, i) or keys[i] in _COORDINATORS and i + 1 < n and v.cap(i + 1)):
        # ("But Mr. Royce, of California, called ...": a name after the conjunction is the subject)
        i += 1  # "Yet industry lobbyists have swarmed ..., hoping": the clause opens after the conjunction
        if keys[i] in QUOTE_OPENERS and i + 1 < n:
            i += 1  # 'But "birthers" have demanded ..., asserting': the subject inside its quotation marks
    if keys[i] in PERSONAL:
        return (i, i + 1), None
    if _approximate(v, i):  # "About 200 students occupied ..., demanding": the subject, from its number on
        subj, appo = subject_before_verb(v, *np_after(v, i + 1))
        return ((i, subj[1]) if subj is not None and subj[0] == i + 1 else subj), appo
    if i < n and (keys[i] in PREPOSITIONS or keys[i] in BOUNDARY or keys[i].endswith("ing")
                  or keys[i] in {"however", "meanwhile", "separately", "earlier", "later", "still", "yet"}
                  or keys[i] in QUESTION_OPENERS):  # "Asked whether he ..., Mr. Santorum did not back down, saying"
        c = i
        while c < n and keys[c] != "," and c - i < INTRO_PHRASE_MAX:
            c += 1
        if c < n and keys[c] == ",":
            i = c + 1
            while i < n - 1 and keys[i] in _CLOSING_MARKS:
                i += 1  # 'Speaking on "Fox News Sunday," Sen. Jim DeMint ...': the quotation's closing mark
        else:
            i = after_time_phrase(v, i)  # "On Monday the council ended the debate by ..."
    elif keys[i] in ("last", "this", "next", "earlier", "later"):
        i = after_time_phrase(v, i)  # "Last week they published ..."
    elif keys[i] in WEEKDAYS or keys[i] in MONTHS and keys[i] != "may":
        i = _after_dated_opening(v, i)  # "Thursday night, the hospital issued a statement saying ..."
    return subject_before_verb(v, *np_after(v, i))


# conjunctions that open a subordinate clause with a subject of its own
_SUBORDINATORS = frozenset({"after", "when", "because", "since", "while", "as", "once"})


def coordinated_subject(v: SentenceView, conj: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The subject of a cue coordinated by the conjunction at token `conj`: the subject of the subordinate
    clause the conjunction continues when one opens before it with no comma between ("Shares fell after the
    company cut its forecast and said ...": the company), else the sentence's subject."""
    keys = v.keys
    for x in range(conj - 1, v.first, -1):
        k = keys[x]
        if k in _SUBORDINATORS and (keys[x + 1] in _ARTICLES or keys[x + 1] in POSSESSIVES or v.cap(x + 1)):
            subj, appo = subject_before_verb(v, *np_after(v, x + 1))
            if subj is not None and subj[1] < conj:
                return subj, appo
            break
        if k in BOUNDARY or k == ",":
            break
    return sentence_subject(v)


_APPROXIMATORS = frozenset({"about", "around", "over", "under", "nearly", "almost", "some"})


def _approximate(v: SentenceView, i: int) -> bool:
    """A preposition at token i that qualifies the number after it ("About 200 students occupied ...,
    demanding"): the subject's first word, not an introductory phrase."""
    return v.keys[i] in _APPROXIMATORS and i + 1 < v.n and (v.keys[i + 1][:1].isdigit()
                                                             or v.keys[i + 1] in NUMBER_WORDS)


def subject_before_verb(v: SentenceView, span: tuple[int, int] | None, appo: tuple[int, int] | None
                        ) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """A clause's subject phrase cut before its verb ("The mayor opened the session by saying"; "Responding
    to ..., BuzzFeed Editor-in-Chief Ben Smith said it stands by"), with its apposition when it has none."""
    if span is None:
        return span, appo
    keys = v.keys
    for x in range(span[0] + 1, span[1]):
        k = keys[x]
        if keys[x - 1] in _ARTICLES or keys[x - 1].endswith("'s"):
            continue  # a word right after "the" or a possessive is a noun ("The statement also
            # quotes", "A spokesman for Tanzania's trade ministry"), not a verb
        if x + 2 == span[1] and keys[x + 1] in v.rules.source_words:
            continue  # "A federal appeals court on Tuesday blocked": it modifies the phrase's source noun
        if not v.cap(x) and (k in AUXILIARIES or k in v.rules.cue_keys or k in v.rules.spend_verbs
                                or k in v.rules.past_verbs or (k.endswith("ed") and len(k) > SHORT_ED_WORD)
                                or _verb_after_name(v, x)):
            while x - 1 > span[0] and keys[x - 1].endswith("ly") and not v.cap(x - 1):
                x -= 1  # "President Donald Trump abruptly turned": the adverb is the verb's
            return (span[0], x), None
    return span, appo


def _main_clause_after(v: SentenceView, i: int) -> bool:
    """The words after a conjunction or adverb at token i, up to the first comma, hold a finite verb
    ("Yet industry lobbyists have swarmed the statehouse, hoping ...", "But critics swarmed the hall,
    chanting"): a main clause, not an introductory phrase ("But in a statement, the mayor said")."""
    keys = v.keys
    nxt = keys[i + 1] if i + 1 < v.n else ","
    if nxt in BOUNDARY or nxt in PREPOSITIONS or nxt in _NOT_SUBJECT_START or nxt.endswith("ly"):
        return False  # "But even if ...", "But how is ...", "But more recently he ...": no subject next
    for x in range(i + 1, min(v.n, i + INTRO_PHRASE_MAX)):
        k = keys[x]
        if k == ",":
            return False
        if not v.cap(x) and (k in FINITE or k in v.rules.past_verbs or k.endswith("ed") and len(k) > SHORT_ED_WORD):
            return x > i + 1
    return False


def _verb_after_name(v: SentenceView, x: int) -> bool:
    """A lower-case word right after a capitalised name and right before a determiner or possessive
    is the name's verb ("The Federal Reserve left its rate unchanged"; "left" is no listed past verb)."""
    keys = v.keys
    if not (x + 1 < v.n and keys[x][0].isalpha()):
        return False
    if keys[x] in _NOUN_OR_PAST and (v.cap(x - 1) or keys[x - 1] in v.rules.source_words):
        nxt = keys[x + 1]  # "The European Central Bank left interest rates unchanged", "the bank cut jobs"
        return nxt[0].isalnum() and nxt not in FINITE and nxt not in v.rules.cue_keys and nxt not in _WING_WORDS \
            and nxt not in PREPOSITIONS
    return v.cap(x - 1) and keys[x] not in PREPOSITIONS and keys[x] not in NAME_GLUE and (keys[x + 1] in POSSESSIVES
                                                                     or keys[x + 1] in ("the", "a", "an"))


# past forms that past_verbs.txt leaves out for being nouns too ("the left", "a set"): after a capitalised
# name or a source noun and before a word that is no verb or preposition of theirs they are its verb ("The
# Bank left interest rates unchanged", "Acme cut 400 jobs"; not "the Labour left said", "the Democratic
# left wing", "the party's set of rules")
_NOUN_OR_PAST = frozenset({"left", "set", "cut", "hit", "led", "shot", "beat", "put", "quit", "shut", "split"})
_WING_WORDS = frozenset({"wing", "winger", "wingers"})


def _after_dated_opening(v: SentenceView, i: int) -> int:
    """The token after a weekday or a month and the time words that follow it up to a comma ("Thursday night,",
    "March 3,"), when a comma ends them; else `i` unchanged."""
    keys, n = v.keys, v.n
    j = i + 1
    while j < n and j - i <= TIME_PHRASE_MAX and (keys[j] in TIME_WORDS or keys[j] in v.rules.time_nouns
                                                  or keys[j].isdigit()):
        j += 1
    return j + 1 if j + 1 < n and keys[j] == "," else i


def after_time_phrase(v: SentenceView, i: int) -> int:
    """The token after a short time phrase that opens a sentence without a comma
    ("Last week", "On Monday", "In 2019", "Earlier this month"), if a subject follows
    it (a pronoun, an article or a name); else `i` unchanged."""
    keys, n = v.keys, v.n
    j = i + 1
    time_nouns = v.rules.time_nouns
    while j < n and j - i <= TIME_PHRASE_MAX and (keys[j] in TIME_WORDS or keys[j] in time_nouns or keys[j].isdigit()
                                     or keys[j] in MONTHS or keys[j] in ("early", "late", "mid")):
        j += 1
    if j == i + 1 or j >= n:
        return i
    k = keys[j]
    return j if k in PERSONAL or k in ("the", "a", "an") or v.cap(j) else i
