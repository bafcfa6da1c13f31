"""The sentence view: one sentence's tokens, their offsets and its quotations, with the
small token helpers every rule uses (skipping auxiliaries, commas, a clause; the content
before or after a cue).
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import compress, count
from operator import itemgetter
from typing import TYPE_CHECKING

from ..tokens import norm
from .grammar import AUXILIARIES, FLOATING

if TYPE_CHECKING:
    from collections.abc import Collection, Sequence

    from ..types import Attribution, Quote, Sentence
    from .rules import AttributionRules

# A headline-style sentence: at least TITLE_MIN_WORDS words longer than TITLE_SHORT_WORD letters,
# TITLE_CAPITALS_SHARE of them capitalised ('Minister Says Talks Failed')
TITLE_SHORT_WORD = 3
TITLE_MIN_WORDS = 4
TITLE_CAPITALS_SHARE = 0.8
# words in -ly of up to this many letters are no adverbs ("only", "July", "ally")
SHORT_LY_WORD = 4
# "near the end": at most this many words (a time, an addressee) after a cue
NEAR_END_WORDS = 6
# tokens after a cue beyond which `near_end` reads an index of the sentence, not the rest of it
NEAR_END_SCAN = 64
# the longest introductory participial clause stepped over ("Speaking to X about Y, NAME said")
INTRO_CLAUSE_MAX = 25
# how far after a cue its colon may stand ("said in a statement on Monday: ...")
COLON_WINDOW = 8
_first_char = itemgetter(0)


class SentenceView:
    """The sentence view: one sentence's tokens (words, keys, offsets), which of them are
    quoted, and the shared rules. Every rule is a function taking the view; its state
    beyond the tokens is the quotations (`speech`, `fragments`), the passive fallback
    (`decide.from_speech_cue`) and its caches (title case, source types, trigger words, subjects); `first`
    is the index of its first word."""

    __slots__ = ("rules", "text", "sent", "words", "keys", "n", "in_quote", "speech", "fragments", "quotes",
                 "_starts", "passive_fallback", "type_cache", "first", "_title", "triggered", "hits", "_ends",
                 "has_anonymity", "subjects")

    def __init__(self, rules: AttributionRules, text: str, sent: Sentence, skip_to: int,
                 quotes: Sequence[Quote], hits: frozenset[str] | None = None) -> None:
        self.rules = rules
        self.text = text
        self.sent = sent
        # Token strings and offsets, from the sentence's one tokenizer pass.
        words = self.words = sent.words
        self.keys = sent.keys
        starts = self._starts = sent.starts
        if skip_to > sent.start or len(words) != len(self.keys):
            keep = [i for i, st in enumerate(starts) if st >= skip_to]
            words = self.words = [words[i] for i in keep]
            self.keys = [norm(w) for w in words]
            starts = self._starts = [starts[i] for i in keep]
            hits = None  # (the sentence's keys less those before skip_to: found again below)
        n = self.n = len(words)
        keys = self.keys
        # its keys among `rules.scan_words` (see AttributionRules): the rules' tests of the whole
        # sentence against a word set are asked of these few
        self.hits = rules.scan_words.intersection(keys) if hits is None else hits
        # the first token that is a word (skipping opening quotes and punctuation): asked by
        # most rules, so stored once
        self.first = 0 if not n or keys[0][0].isalnum() else 1 if n > 1 and keys[1][0].isalnum() else \
            next((i for i, k in enumerate(keys) if k[0].isalnum()), 0)  # (most often 1: after an opening quote)
        self._title: bool | None = None  # title_case(self), once asked
        self.triggered: frozenset[str] | None = None  # its keys among the trigger words (triggers.py)
        self.passive_fallback: Attribution | None = None
        self.type_cache: dict[tuple[int, int], frozenset[str]] | None = None  # made when first asked
        self._ends: tuple[int, list[int]] | None = None  # `near_end`'s index of a long sentence, once asked
        # whether a key is an anonymity word ("anonymity", "authorized"): asked by every cue check and
        # subject search, answered from the hits (`rules.scan_words` holds the anonymity words)
        self.has_anonymity = not rules.anonymity.isdisjoint(self.hits)
        self.subjects: dict[int, tuple] = {}  # `phrases.np_before` by token, once asked
        in_quote = self.in_quote = [False] * n
        # the sentence's quotations as speech or as fragments, filled by `decide.attribution`
        # (lists only when there are quotations: most sentences have none)
        self.speech: list[Quote] | tuple[()] = ()
        self.fragments: list[Quote] | tuple[()] = ()
        self.quotes = quotes  # (kept as given: never changed)
        if quotes:  # quotations never overlap (find_quotes pairs marks in order)
            self.speech, self.fragments = [], []
            for q in quotes:
                lo, hi = bisect_left(starts, q.start), bisect_left(starts, q.end)
                if hi > lo:
                    in_quote[lo:hi] = [True] * (hi - lo)

    def starts(self) -> list[int]:
        """Character offsets of the tokens."""
        return self._starts

    def start_of(self, i: int) -> int:
        return self._starts[i]

    def end_of(self, i: int) -> int:
        return self._starts[i] + len(self.words[i])

    def cap(self, i: int) -> bool:
        t = self.words[i]
        c = t[:1]
        return c.isupper() or (c.isdigit() and len(t) > 1)

    def span_text(self, a: int, b: int) -> str:
        starts = self._starts
        return self.text[starts[a]:starts[b - 1] + len(self.words[b - 1])]

    def offsets(self, a: int, b: int) -> tuple[int, int]:
        starts = self._starts
        return (starts[a], starts[b - 1] + len(self.words[b - 1]))

    def first_word(self) -> int:
        """Index of the first token that is a word (skipping opening quotes and punctuation): `first`."""
        return self.first


def positions(keys: Sequence[str], present: Collection[str]) -> list[int]:
    """The indexes, in order, of the keys that are in `present` (a set of a few words known
    to occur, `words & keys`): one C-level pass over the keys, as TermMatcher.find does."""
    return list(compress(count(), map(present.__contains__, keys)))


def title_case(v: SentenceView) -> bool:
    """A headline-style sentence ('Minister Says Talks Failed'): capitals carry no signal."""
    if v._title is None:  # (in C: the words that begin with a letter, the longer ones, their capitals)
        alpha = list(compress(v.words, map(str.isalpha, map(_first_char, v.words))))
        words = list(compress(alpha, map(TITLE_SHORT_WORD.__lt__, map(len, alpha))))
        v._title = len(words) >= TITLE_MIN_WORDS and \
            sum(map(str.isupper, map(_first_char, words))) >= TITLE_CAPITALS_SHARE * len(words)
    return v._title


# the words skip_aux_back steps over, with adverbs in -ly: a key that is neither (the word before
# most cues) is where it stops, which its busiest callers test inline before calling it
AUX_OR_FLOATING = AUXILIARIES | FLOATING


def skip_aux_back(v: SentenceView, j: int) -> int:
    keys = v.keys
    while j >= 0:
        k = keys[j]
        if k in AUX_OR_FLOATING or (k[-1] == "y" and k.endswith("ly") and len(k) > SHORT_LY_WORD and not v.cap(j)
                                    and k not in v.rules.source_firsts):  # an adverb, not "family", "assembly"
            j -= 1
        else:
            return j
    return j


def that_clause(v: SentenceView, b: int) -> bool:
    """A 'that' at token b opens a clause, not a time phrase ("her conviction that year")."""
    return b < v.n and v.keys[b] == "that" and (b + 1 >= v.n or v.keys[b + 1] not in v.rules.time_nouns)


def colon_then_speech(v: SentenceView, b: int) -> bool:
    """A colon at token b followed by a quotation ("the mayor's response: “We will ...”")."""
    return b + 1 < v.n and v.keys[b] == ":" and v.in_quote[b + 1]


def near_end(v: SentenceView, b: int) -> bool:
    """Only a few words (a time, an addressee) follow token b before the sentence ends."""
    if v.n - b > NEAR_END_SCAN:
        return _near_end_indexed(v, b)
    rest = v.keys[b:]  # (words are counted, in C, only when there are more tokens than words allowed)
    return "that" not in rest and \
        (len(rest) <= NEAR_END_WORDS or sum(map(str.isalnum, map(_first_char, rest))) <= NEAR_END_WORDS)


def _near_end_indexed(v: SentenceView, b: int) -> bool:
    """`near_end` far from the end of a long sentence, from the sentence's last "that" and its count of
    words from each token on, made once (each cue of a sentence of thousands of tokens read all the rest)."""
    if v._ends is None:
        keys = v.keys
        last_that, words, after = -1, [0] * (v.n + 1), 0
        for i in range(v.n - 1, -1, -1):
            k = keys[i]
            if k[0].isalnum():
                after += 1
                if last_that < 0 and k == "that":
                    last_that = i
            words[i] = after
        v._ends = (last_that, words)
    last_that, words = v._ends
    return last_that < b and words[b] <= NEAR_END_WORDS


EMBEDDED_QUOTE_MAX = 8  # tokens of a short quotation inside a clause whose comma sits inside its marks


def comma_in_quote(v: SentenceView, j: int) -> int | None:
    """The comma that American style sets inside a short quotation's closing mark at token j, when the
    quotation sits inside a clause (a word before its opening mark): 'Ruiz, who called it “a disgrace,”
    said' (the comma closes the relative clause, not the quotation's words); else None."""
    if j < 2 or v.keys[j - 1] != "," or not v.in_quote[j] or v.keys[j][0].isalnum():
        return None
    lo = j
    while lo > 0 and v.in_quote[lo - 1] and j - lo < EMBEDDED_QUOTE_MAX:
        lo -= 1
    if v.in_quote[lo - 1] or lo - 1 <= v.first or not v.keys[lo - 1][0].isalnum():
        return None
    return j - 1


def skip_comma(v: SentenceView, b: int) -> int:
    return b + 1 if b < v.n and v.keys[b] == "," else b


def skip_clause(v: SentenceView, b: int) -> int:
    """Past an introductory participial clause: 'Speaking to X about Y, NAME said'."""
    j = b
    while j < v.n and v.keys[j] != "," and j - b < INTRO_CLAUSE_MAX:
        j += 1
    return j + 1 if j < v.n else b


def after_phrase(v: SentenceView, end: int, appo: tuple[int, int] | None) -> int:
    j = appo[1] if appo else end
    return j + 1 if j < v.n and v.keys[j] == "," else j


def next_is_colon(v: SentenceView, b: int) -> int | None:
    if ":" not in v.hits or ":" not in v.keys[b:b + COLON_WINDOW]:
        return None  # the common case (no colon token in the sentence), decided in C
    j = b
    while j < v.n and j - b < COLON_WINDOW and not v.in_quote[j]:
        if v.keys[j] == ":":
            return j
        if v.keys[j] in (".", ";", ","):
            return None
        j += 1
    return None


def content_after(v: SentenceView, b: int) -> list[tuple[int, int]]:
    keys = v.keys
    while b < v.n and keys[b] in {"that", ",", ":"}:
        b += 1
    if b >= v.n:
        return []
    end = writer_resumes(v, b)
    return [(v._starts[b], v.end_of(end - 1) if end is not None else v.sent.end)]  # (v.start_of(b))


_NEW_SUBJECT = frozenset({"the", "a", "an", "many", "some", "critics", "others", "experts"})


def writer_resumes(v: SentenceView, b: int) -> int | None:
    """Where the writer takes the sentence back from reported speech that starts at `b`: a comma and
    'but' before a new subject, outside quotation marks ('Obama called it an act of "terror", but the
    media obscured the connection'); None if nowhere, or if the new subject has a verb of saying (', but
    the conference responded that ...': someone's words again)."""
    if "but" not in v.keys:
        return None  # the common case, decided in C
    keys, words, in_quote = v.keys, v.words, v.in_quote
    for x in range(b + 1, v.n - 2):
        if keys[x] == "," and keys[x + 1] == "but" and not in_quote[x] and (
                keys[x + 2] in _NEW_SUBJECT or words[x + 2][:1].isupper() and words[x + 2] != "I"):
            return None if _says(v, x + 2) else x
    return None


_SUBJECT_SPAN = 4  # the tokens of a new subject and its verb after 'but' ('the conference responded')


def _says(v: SentenceView, a: int) -> bool:
    """Whether a verb of saying (a one-word speech cue) follows the subject starting at token `a`."""
    single = v.rules.cues.single
    return any((e := single(k)) is not None and e.category == "speech" for k in v.keys[a:a + _SUBJECT_SPAN])


def content_before(v: SentenceView, a: int) -> list[tuple[int, int]]:
    while a > 0 and v.keys[a - 1] in {",", "—", "–", "-"}:
        a -= 1
    return [(v.sent.start, v.end_of(a - 1))] if a > 0 else []
