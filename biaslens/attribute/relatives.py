"""A relative clause without "that" whose object is a label in quotation marks: 'a decision
advocates called "a cruel betrayal"' (the plural is the cue's subject, not "a decision advocates"),
or whose subject is a plain source noun: 'a pledge critics called wildly unrealistic'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .grammar import DETERMINERS, NUMBER_WORDS, POSSESSIVES, QUOTE_OPENERS

if TYPE_CHECKING:
    from .view import SentenceView

_SINGULAR_ARTICLES = frozenset({"a", "an", "another", "every", "each"})


def bare_relative_subject(v: SentenceView, start: int, j: int, a: int) -> int | None:
    """The start of the subject of a bare relative clause inside the noun phrase start..j
    before the cue at token a: a singular article opens the phrase, its last word j is a
    plural ("a decision advocates"), no number or quantity word comes between, and a
    quotation follows the cue ('called "..."', 'described as "..."'), the label the clause's
    left-out object gets. The plural and the capitalised words right before it are the
    subject ("a plan Democratic lawmakers called"); None when the phrase is no such clause."""
    keys = v.keys
    if keys[start] not in _SINGULAR_ARTICLES or not (_quote_after(v, a) or _source_noun_label(v, start, j)):
        return None
    k = keys[j]
    if not (k.isalpha() and k.endswith("s") and not k.endswith("ss")) or v.cap(j):
        return None
    owner = keys[j - 1] in POSSESSIVES and j - 1 > start + 1  # "a verdict his supporters called"
    for x in range(start + 1, j - 1 if owner else j):
        w = keys[x]
        if not w.isalpha() or w in NUMBER_WORDS or w in v.rules.quantifiers or w in DETERMINERS:
            return None
    if owner:
        return j - 1
    s = j
    while s - 1 > start + 1 and v.cap(s - 1):
        s -= 1
    return s if s > start + 1 else None


def _source_noun_label(v: SentenceView, start: int, j: int) -> bool:
    """Without a quotation: 'a pledge critics called wildly unrealistic', one noun between the article
    and a plural that is a source noun of the lexicons ("critics", "analysts", "officials")."""
    if not (j - start == 2 or j - start == 3 and v.keys[j - 1] in POSSESSIVES) \
            or v.keys[j] not in v.rules.source_firsts or j + 1 >= v.n:
        return False  # (one noun, then the plural or a possessive and the plural: "a verdict his supporters")
    verb = v.keys[j + 1]  # the cue, in the past: "critics called", not "a public records request"
    return verb in v.rules.past_verbs or verb.endswith("ed")


def _quote_after(v: SentenceView, a: int) -> bool:
    """A quotation mark right after the cue at token a, or after its "as"."""
    b = a + 1
    if b < v.n and v.keys[b] == "as":
        b += 1
    return b < v.n and v.keys[b] in QUOTE_OPENERS


def labels_a_quote(v: SentenceView, c, np_before) -> bool:
    """A cue whose subject is a bare relative clause's and whose object is a quoted label ('The
    council approved a budget residents called "a disgrace"'), or whose subject is a source noun
    ('..., a move critics called reckless'): the label is its speech, not that of a verb before it.
    `np_before`: phrases.np_before (passed in: phrases imports this module)."""
    quoted = _quote_after(v, c.b - 1)
    if not quoted and v.keys[c.a - 1] not in v.rules.source_firsts:
        return False  # (`_source_noun_label`'s test of the word before the cue, before the subject is found)
    subj, _ = np_before(v, c.a)
    if subj is None or subj[0] == 0:
        return False
    if not quoted:  # ("a move critics called": the article, one noun, the subject)
        start = subj[0] - 2
        return subj[1] == c.a and start >= 0 and v.keys[start] in _SINGULAR_ARTICLES \
            and v.keys[start + 1].isalpha() and not v.cap(start + 1) and _source_noun_label(v, start, c.a - 1)
    return v.keys[subj[0] - 1] not in DETERMINERS and bare_relative_start(v, subj[0])


def bare_relative_start(v: SentenceView, s: int) -> bool:
    """The subject starting at token s follows a noun phrase that opens with a singular article
    ("a budget | residents"): the clause's head noun, then its subject."""
    keys = v.keys
    for x in range(s - 1, max(-1, s - 5), -1):
        if keys[x] in _SINGULAR_ARTICLES:
            return x < s - 1
        if not keys[x].isalpha() or v.cap(x):
            return False
    return False


_SOMEONE = frozenset({"someone", "somebody"})


def wished_for(v: SentenceView, head: int) -> bool:
    """Whether the antecedent ending at token `head` is the indefinite object of a verb of wishing (wish_verbs.txt):
    "voters deserve a governor who tells them the truth", "we need someone who says no" (up to two modifiers
    after the article): a hoped-for person, whose relative clause is no one's speech."""
    keys = v.keys
    k = head
    if keys[k] not in _SOMEONE:
        k -= 1
        while k > head - 3 and k >= 0 and keys[k].isalpha() and keys[k] not in _SINGULAR_ARTICLES:
            k -= 1
        if k < 0 or keys[k] not in ("a", "an"):
            return False
    return k > 0 and keys[k - 1] in v.rules.wish_verbs
