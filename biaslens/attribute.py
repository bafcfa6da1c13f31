"""Stage 3, attribute: is each sentence's claim attributed to a source, and to whom?

Rules over tokens, driven by the lexicons in ``lexicons/attribution/``
(``cues.csv``: reporting verbs and phrases; ``sources_*.csv``: the words that
tell a source's type). No part-of-speech tagger is needed (none ships
offline); the rules lean on what news prose reliably provides: quotation
marks, capitalised names, commas around appositions, and a small closed set
of English function words (below), which is grammar rather than data.

In order, for every body sentence:

1. Quotation marks are paired over the whole document (`find_quotes`). A
   short quotation embedded in running text with no cue is a scare quote
   (the writer's), not speech.
2. Cues are found by one lexicon lookup pass (`TermMatcher`). A cue inside a
   quotation does not count; a cue that is also a common noun ("state",
   "claim", "report", "show") needs verb evidence: a subject right before it
   and no determiner or possessive; a capitalised cue mid-sentence ("United
   States", "the Post") is a name, not a cue.
3. The best cue decides the kind: ``according_to``, the chain "AP quoted
   officials" (source the officials, ``via`` AP), ``colon`` ("X said: ..."),
   ``direct`` (a quotation with a cue), ``data`` ("figures from X show"),
   ``indirect`` ("X said (that) ...", "..., X said", "..., said X"), or
   ``vague`` ("reportedly", "is said to", "citing reports").
4. The source is the noun phrase the cue governs: the subject before it
   (skipping auxiliaries and adverbs, stepping over an apposition set off by
   commas: "Lund, a union organizer, said"), else the phrase after it
   ("said Ismail Demir, the head of ..."), else the sentence's subject for a
   participle or a second verb ("..., saying", "... and said").
5. Sentences without a cue: a long quotation is ``direct`` speech whose
   speaker is found next to it; "In a statement, X ..." is ``indirect``;
   "X: ..." with a name before the colon is ``colon``.
6. Afterwards, every sentence inside one quotation shares the quotation's
   attribution, and a pronoun or "the official" as source resolves to the
   nearest earlier named source (carry-over), keeping the pronoun in
   `resolved_from`.

Every Attribution names the `rule` that decided it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from operator import attrgetter

from .errors import LexiconError
from .lexicons import Entry, Lexicon, TermMatcher, in_context, read_list
from .tokens import keys as token_keys
from .tokens import norm
from .types import (
    ROLE_BODY,
    SHORT_QUOTE_MAX_WORDS,
    UNSOURCED,
    Attributed,
    Attribution,
    Quote,
    Segmented,
    Sentence,
)

# ----------------------------------------------------------------------------- grammar (closed classes)

PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
PERSONAL = frozenset({"he", "she", "they", "we", "i", "you"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
                         "my", "your", "no", "every", "each", "any", "another", "such", "whose"})
PREPOSITIONS = frozenset({"of", "in", "on", "for", "with", "to", "by", "from", "about", "at", "into", "over",
                          "under", "after", "before", "during", "against", "among", "between", "through",
                          "without", "within", "upon", "via", "like", "than", "as", "despite", "amid"})
_DETERMINERS_OR_PREPOSITIONS = DETERMINERS | PREPOSITIONS
# Words that end a noun phrase read backwards from a cue (clause boundaries).
BOUNDARY = frozenset({"that", "which", "who", "whom", "when", "where", "while", "because", "since", "if",
                      "although", "though", "but", "and", "or", "nor", "so", "then", "whether", "unless",
                      "until", "once", "after", "before", "as", "than", "to", "is", "are", "was", "were",
                      "be", "been", "being", "am", "what", "how", "why", "not", "n't", "also"})
AUXILIARIES = frozenset({"has", "have", "had", "was", "were", "is", "are", "will", "would", "did", "does", "do",
                         "could", "may", "might", "should", "can", "must", "shall", "also", "not", "n't", "never",
                         "once", "again", "then", "now", "still", "just", "already", "always", "often", "even",
                         "further", "later", "earlier", "first", "repeatedly", "recently", "previously",
                         "yesterday", "today", "tonight", "separately", "however", "too", "long", "reportedly",
                         "privately", "publicly", "openly", "immediately", "quickly", "initially", "ultimately",
                         "subsequently", "finally", "last", "this", "week", "month", "year", "on", "monday",
                         "isn't", "aren't", "wasn't", "weren't", "doesn't", "didn't", "don't", "won't", "wouldn't",
                         "can't", "couldn't", "hasn't", "haven't", "hadn't", "shouldn't", "mustn't", "cannot",
                         "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "been", "being",
                         "am", "be"})
TIME_WORDS = frozenset({"on", "this", "last", "week", "month", "year", "monday", "tuesday", "wednesday",
                        "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening", "night",
                        "yesterday", "today", "tonight", "earlier", "later"})
NAME_GLUE = frozenset({"of", "the", "'s", "'", "-", "&", "de", "al", "al-", "bin", "ibn", "van", "von", "der",
                       "da", "del", "la", "le", "du", "for", "and", ".", "on"})
OPEN_QUOTES = {"“": "”", "«": "»", "‘": "’", '"': '"', "„": "“", "‹": "›", "''": "''", "``": "''", "'": "'"}
# "people familiar with the talks", "sources close to the minister"
_LINKING_ADJECTIVES = frozenset({"familiar", "close", "closest", "loyal", "linked", "allied", "opposed",
                                 "connected", "related", "sympathetic", "briefed", "involved"})

# plural names of party members: speakers, though they start a sentence in a capital and end
# in -s like the quantities "Sales" or "Prices" ("Sales declined to $5 million")
_PARTY_MEMBERS = frozenset(("democrats", "republicans", "conservatives", "liberals", "progressives",
                            "socialists", "tories", "independents", "libertarians"))


# the tags of cues.csv that the rules read (each is explained in the file's header)
CUE_TAGS = frozenset({"noun", "act", "human", "agent", "that", "content", "passive", "physical", "contest", "rival",
                      "record", "order", "light", "complement", "as", "to"})


@dataclass(frozen=True, slots=True)
class AttributionRules:
    """The compiled attribution lexicons. Built once per Analyzer; read-only."""

    cues: TermMatcher
    sources: TermMatcher
    cue_keys: frozenset[str]
    labels: frozenset[str] = frozenset()  # run-in labels that are not speakers ("The Latest:")
    documents: frozenset[str] = frozenset()  # texts that speak for their authors ("a letter that says")
    # one-word source terms and their forms ("police", "officials"), not the first words of
    # longer ones ("armed" of "armed forces"), which name no source alone
    source_words: frozenset[str] = frozenset()
    states: frozenset[str] = frozenset()  # names of states and capitals, as `state_key`s ("iran", "u . s .")
    given_names: dict[str, str] = field(default_factory=dict)  # "elena" -> "f": pronoun carry-over only
    perspectives: frozenset[str] = frozenset()  # "In his view, ...": nouns of a perspective frame

    @classmethod
    def from_lexicons(cls, lexicons: Sequence[Lexicon]) -> AttributionRules:
        for lx in lexicons:
            if lx.name != "cues":
                continue
            for e in lx.entries:  # a misspelt or misplaced tag would silently change nothing
                if unknown := e.tags - CUE_TAGS:
                    raise LexiconError(f"unknown tag(s) {', '.join(sorted(unknown))} of {e.term!r} "
                                       f"(one of: {', '.join(sorted(CUE_TAGS))})", path=lx.path, line=e.line)
        cues = [e for lx in lexicons if lx.name == "cues" for e in lx.entries]
        sources = [e for lx in lexicons if lx.name != "cues" for e in lx.entries]
        matcher = TermMatcher(cues)
        function_words = DETERMINERS | PREPOSITIONS | AUXILIARIES | PRONOUNS | {"it", "a", "an", "the"}
        labels = frozenset(read_list("attribution/run_in_labels.txt"))
        documents = frozenset(read_list("attribution/documents.txt"))
        states = frozenset(state_key(token_keys(line)) for line in read_list("attribution/states.txt"))
        given = dict(line.lower().rsplit(None, 1) for line in read_list("attribution/given_names.txt"))
        perspectives = frozenset(read_list("attribution/perspectives.txt"))
        source_matcher = TermMatcher(sources)
        cue_keys = matcher.content_keys(function_words) | _JUDGMENT_PARTICIPLES | _STANCE_HOLDERS
        return cls(matcher, source_matcher, cue_keys, labels, documents,
                   source_matcher.single_keys(), states, given, perspectives)


def state_key(words: Sequence[str]) -> str:
    """The token keys of a name without a leading "the", joined: how a source span is
    compared with the names in ``states.txt``."""
    return " ".join(words[1:] if words and words[0] == "the" else words)


_ATT_FIELDS = tuple(f.name for f in fields(Attribution))
_ATT_INDEX = {name: i for i, name in enumerate(_ATT_FIELDS)}
_att_values = attrgetter(*_ATT_FIELDS)


def replace(att: Attribution, **changes: object) -> Attribution:
    """`dataclasses.replace` for an Attribution, built positionally: about half the cost,
    since `dataclasses.replace` scans the class's fields on every call."""
    values = list(_att_values(att))
    for name, value in changes.items():
        values[_ATT_INDEX[name]] = value
    return Attribution(*values)


# ----------------------------------------------------------------------------- quotes

def _is_apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and after.isalnum()


def _mark_at(text: str, i: int) -> str:
    two = text[i:i + 2]
    return two if two in ("''", "``") else text[i]


def find_quotes(seg: Segmented) -> tuple[Quote, ...]:
    """Pair quotation marks within each paragraph in one pass over the marks.

    Straight, curly, guillemet and typewriter (``...'') marks are paired by
    kind. A quote still open at the end of a paragraph continues into the
    next one when that paragraph opens with a quotation mark (the news
    convention for multi-paragraph quotes); otherwise it is cut at the end of
    the sentence where it opened, so an unbalanced mark never swallows the
    article.
    """
    text = seg.document.text
    marks = _MARKS_RE
    quotes: list[Quote] = []
    paras = seg.paragraphs
    carry_close: str | None = None
    for pi, para in enumerate(paras):
        open_at: int | None = None
        close = ""
        start = para.start
        if carry_close is not None and text[para.start] in "“\"«'`„":
            open_at, close = para.start, carry_close
            start = para.start + len(_mark_at(text, para.start))
        carry_close = None
        for m in marks.finditer(text, start, para.end):
            i = m.start()
            mark = m.group()
            if open_at is None:
                prev = text[i - 1] if i > para.start else " "
                if mark == "”" and prev.isspace() and i + 1 < para.end and text[i + 1].isalnum():
                    open_at, close = i, "”"  # '”Mr. Lund ...': a closing mark typed as the opener
                    continue
                if mark not in OPEN_QUOTES or (len(mark) == 1 and _is_apostrophe(text, i)):
                    continue
                if mark in ("'", '"') and (prev.isalnum() or prev in ".,;:!?"):
                    continue  # a closing-looking straight mark with nothing open: ignore
                nxt = text[i + len(mark)] if i + len(mark) < para.end else " "
                if nxt.isspace():
                    continue  # an opening mark is followed by the quoted word
                open_at, close = i, OPEN_QUOTES[mark]
            elif mark == close or (close == "”" and mark == '"') or (close == '"' and mark == "”"):
                if len(mark) == 1 and mark in "’'" and _is_apostrophe(text, i):
                    continue
                if mark in "’'" and i + 1 < para.end and text[i + 1].isalpha():
                    continue  # "Iran’s": an apostrophe, not a closing mark
                end = i + len(mark)
                quotes.append(Quote(open_at, end, True, len(text[open_at:end].split())))
                open_at = None
        if open_at is not None:
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            if nxt is not None and close in ("”", '"', "''", "»") and text[nxt.start] in "“\"«'`„":
                quotes.append(Quote(open_at, para.end, False, len(text[open_at:para.end].split())))
                carry_close = close
            else:
                cut = _sentence_end(seg, para.sentences, open_at, para.end)
                quotes.append(Quote(open_at, cut, False, len(text[open_at:cut].split())))
    return tuple(quotes)


# The quotation marks, less the apostrophes between two letters or digits ("Iran’s", "don't"):
# `find_quotes` skips such a ' ’ or ‘ in every state (with nothing open, `_is_apostrophe`; as a
# closing mark, the same test; ‘ never closes), so the regex drops them before the loop sees
# them. `[^\W_]` is exactly `str.isalnum`. Every branch opens with a literal character, which
# lets the regex engine jump between candidate characters (about twice as fast as a class).
_NOT_BETWEEN_WORDS = r"(?:(?<![^\W_].)|(?![^\W_]))"
_MARKS_RE = re.compile(rf"'(?:'|(?<![^\W_].)|(?![^\W_]))|‘{_NOT_BETWEEN_WORDS}|’{_NOT_BETWEEN_WORDS}"
                       r"|``|\"|“|”|«|»|„|‹|›")


def _sentence_end(seg: Segmented, indices: Sequence[int], pos: int, default: int) -> int:
    for si in indices:
        s = seg.sentences[si]
        if s.start <= pos < s.end:
            return s.end
    return default


def is_fragment(q: Quote, view: _SentenceRules, cue_ends: set[int]) -> bool:
    """A short closed quotation embedded in running text ('has “improved” its
    positions') is the writer's scare quote, not speech, unless a cue or a
    colon introduces it ('said “no”')."""
    if not q.closed or q.n_words > SHORT_QUOTE_MAX_WORDS:
        return False
    starts = view.starts()
    prev = bisect_right(starts, q.start - 1) - 1  # the last token that starts before the quote
    if prev < 0:
        return False
    key = view.keys[prev]
    if key in (":", ",") or prev in cue_ends:
        return False
    return key[0].isalnum()


# ----------------------------------------------------------------------------- per-sentence analysis

@dataclass(slots=True)
class _Cue:
    a: int
    b: int
    entry: Entry
    nominal: bool = False  # a speech noun after its possessor (`_SentenceRules.nominal`)
    bare_nominal: bool = False  # a speech noun without one (`_SentenceRules.bare_nominal`)

    @property
    def category(self) -> str:
        return self.entry.category


class _SentenceRules:
    """Attribution of one sentence. Holds the sentence's tokens and the
    shared rules; every method is linear in the sentence length."""

    __slots__ = ("rules", "text", "sent", "words", "keys", "n", "in_quote", "speech", "fragments", "quotes",
                 "_starts", "passive_fallback", "_types", "_first")

    def __init__(self, rules: AttributionRules, text: str, sent: Sentence, skip_to: int,
                 quotes: Sequence[Quote]) -> None:
        self.rules = rules
        self.text = text
        self.sent = sent
        # Token strings and offsets, from the sentence's one tokenizer pass.
        self.words = sent.words
        self.keys = sent.keys
        self._starts = sent.starts
        if skip_to > sent.start or len(self.words) != len(self.keys):
            starts = sent.starts
            keep = [i for i, st in enumerate(starts) if st >= skip_to]
            self.words = [self.words[i] for i in keep]
            self.keys = [norm(w) for w in self.words]
            self._starts = [starts[i] for i in keep]
        self.n = len(self.words)
        self._first = -1
        self.passive_fallback: Attribution | None = None
        self._types: dict[tuple[int, int], frozenset[str]] = {}
        self.in_quote = [False] * self.n
        self.speech: list[Quote] = []
        self.fragments: list[Quote] = []
        self.quotes = tuple(quotes)
        if quotes:  # quotations never overlap (find_quotes pairs marks in order)
            starts = self.starts()
            for q in quotes:
                lo, hi = bisect_left(starts, q.start), bisect_left(starts, q.end)
                if hi > lo:
                    self.in_quote[lo:hi] = [True] * (hi - lo)

    # -------------------------------------------------------------- tokens
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
        """Index of the first token that is a word (skipping opening quotes and punctuation)."""
        if self._first < 0:
            keys = self.keys
            self._first = 0 if keys and keys[0][0].isalnum() else \
                next((i for i, k in enumerate(keys) if k[0].isalnum()), 0)
        return self._first

    # -------------------------------------------------------------- cues
    def cues(self) -> list[_Cue]:
        found = []
        blocked_until = -1
        matches = self.rules.cues.find(self.keys)
        if not _CRITICISM_NOUNS.isdisjoint(self.keys):
            matches = sorted(matches + self.modified_vague_phrases(matches), key=lambda m: m[0])
        for a, b, e in matches:
            if a <= blocked_until or (self.quotes and any(self.in_quote[a:b])):
                continue
            if self.relative_clause(a):
                blocked_until = a + 3  # "the deal he said he wanted": the whole clause
                continue
            nominal, bare = self.nominal(a, b, e), self.bare_nominal(a, b, e)
            if nominal or bare or self.valid_cue(a, b, e):
                found.append(_Cue(a, b, e, nominal, bare))
        return found

    def modified_vague_phrases(self, matches: list[tuple[int, int, Entry]]) -> list[tuple[int, int, Entry]]:
        """Vague phrases with one or two adjectives before their noun ("came under withering
        criticism", "has faced sharp questions"): the phrase without the adjectives is in the
        lexicon ("came under criticism", "faced questions")."""
        keys, out = self.keys, []
        taken = {i for a, b, e in matches if e.category == "vague" for i in range(a, b)}
        for i, k in enumerate(keys):
            if k not in _CRITICISM_NOUNS or i in taken:
                continue
            for skip in (1, 2):
                lo = i - skip
                if lo < 1 or any(not keys[x].isalpha() or keys[x] in DETERMINERS or keys[x] in PREPOSITIONS
                                 or keys[x] in BOUNDARY for x in range(lo, i)):
                    break
                window = list(keys[max(0, lo - 2):lo]) + [k]
                hit = next(((a, e) for a, b, e in self.rules.cues.find(window)
                            if b == len(window) and e.category == "vague"), None)
                if hit is not None:
                    out.append((max(0, lo - 2) + hit[0], i + 1, hit[1]))
                    break
        return out

    def colon_then_speech(self, b: int) -> bool:
        """A colon at token b followed by a quotation ("the mayor's response: “We will ...”")."""
        return b + 1 < self.n and self.keys[b] == ":" and self.in_quote[b + 1]

    def nominal(self, a: int, b: int, e: Entry) -> bool:
        """A speech noun after a possessor and before its that-clause: "Vasko's claim that ...",
        "her warning that ..." (the possessor is the source)."""
        if e.category not in ("speech", "cognitive", "nominal") or a < 1 or "that" in e.tags \
                or not (self.that_clause(b) or self.colon_then_speech(b)):
            return False  # "she's confident that": an adjective after a contracted 'is'
        prev = self.keys[a - 1]
        return prev in _POSSESSIVES or (prev.endswith(("'s", "s'")) and len(prev) > 2 and not self.in_quote[a - 1]
                                        and prev[:-2] not in _CONTRACTED) or \
            (prev in self.rules.source_words and prev not in PRONOUNS and not self.in_quote[a - 1]
             and self.keys[a].endswith("s") and a - 1 == self.first_word())  # "Government warnings that ..."

    def bare_nominal(self, a: int, b: int, e: Entry) -> bool:
        """A speech noun without a possessor before its that-clause: "despite repeated warnings
        that the dam could fail" (someone unnamed warned): the clause opens with a subject."""
        if not self.that_clause(b) or b + 1 >= self.n:
            return False
        prev = self.keys[a - 1] if a > self.first_word() else "the"  # "Reports that the ferry sank ..."
        if not (e.category == "nominal" or e.category == "speech" and "noun" in e.tags and "content" not in e.tags
                and (prev in DETERMINERS or prev in _NP_MODIFIERS)):  # "the claim that", not "he claimed that"
            return False
        if prev.endswith("'s") or prev in _POSSESSIVES or self.keys[a] in _RELATIVE_HEAD_NOUNS:
            return False  # "Lund's claim that": `nominal`; "the statement that the mayor read": a relative
        k = self.keys[b + 1]
        return (k in PERSONAL or k == "it" or k in _CLAUSE_DETERMINERS or self.cap(b + 1)) and \
            self.bare_clause(b + 1)

    def valid_cue(self, a: int, b: int, e: Entry) -> bool:
        """Whether the match a..b is a cue here (`cues` has already tried `nominal` and
        `bare_nominal`, either of which makes it one)."""
        keys = self.keys
        cat = e.category
        if cat == "nominal":
            return False
        if cat == "vague" and e.tokens[0] == "it" and b < self.n:
            nxt = keys[b]  # "it was reported that ...", not "it was reported missing"
            return nxt in ("that", ",", ":") or nxt in PREPOSITIONS or nxt in TIME_WORDS or self.cap(b)
        if cat in ("according_to", "frame", "vague"):
            return True
        if keys[a] in _PREPOSITIONAL_FORMS and (a == 0 or keys[a - 1] not in AUXILIARIES):
            return False  # "questions regarding the budget": a preposition, not a verb of regard
        first = self.first_word()
        if a != first and self.cap(a) and not self.words[a].isupper() and not self.title_case():
            return False  # "United States", "the Post": a name, not a cue
        prev = keys[a - 1] if a > 0 else ""
        # "a letter from her lawyer that says ...": a relative pronoun, not a determiner; the
        # cue's own checks below still apply ("the company that made the vaccine": no speech noun)
        relative = prev == "that" and a >= 2 and self.relative_antecedent(a - 1) is not None
        possessive = prev.endswith("'s") and prev[:-2] not in _CONTRACTED  # not "she's said", "he's sure"
        hyphen = prev == "-" and not (a >= 2 and keys[a - 2] == "-")  # not a dash typed as '--'
        if not relative and (prev in DETERMINERS or possessive or prev == "so-called" or hyphen):
            return False  # "the said agreement", "Vasko's claim"
        if prev == "to" and a >= 2 and keys[a - 2] in ("declined", "refused", "decline", "refuse", "refuses",
                                                        "failed", "unable", "hard", "difficult", "easy", "time",
                                                        "need", "needs", "have", "has", "had"):
            return False
        word = keys[b - 1] if e.match == "inflect" else keys[a]
        base = e.tokens[-1] if e.match == "inflect" else e.tokens[0]
        inflected = word != base or base.endswith(("ed", "id", "ld", "ote", "ew", "elt", "ought", "wn", "orn",
                                                   "ore", "nd"))
        if "content" in e.tags and not self.next_to_content(a, b):
            return False
        nxt = keys[b] if b < self.n else ""
        if base in ("call", "appeal") and (nxt in ("in", "off", "up", "back") or
                                            base == "appeal" and (nxt in DETERMINERS or nxt == "it")):
            return False  # "called off the strike", "called in to a show", "appealed the ruling"
        if base in ("call", "appeal") and inflected and (base == "appeal" or nxt in ("to", "away", "before")) \
                and self.passive(a, b) is not None:
            return False  # "the ruling was appealed", "the officer was called to the scene": not speech
        if "that" in e.tags:  # "dockworkers were frustrated that ...", not "make sure that", "it is certain that"
            return (self.that_clause(b) or self.bare_clause(b) or (b < self.n and self.keys[b] == ":")) \
                and self.linking_verb(a) is not None  # "the mayor was adamant: no new taxes"
        if "light" in e.tags:
            if inflected and self.speech_noun_at(self.skip_aux_back(a - 1)) and \
                    (pas := self.passive(a, b)) is not None and pas[1] is not None:
                return True  # "the statement was issued by the Harbor Authority": the noun is the subject
            stance = base in ("express", "voice")  # "expressed doubts", "voiced hope": a stance noun will do
            if nxt in ("the", "this", "these", "those") and not any(
                    k in ("that", ":") for k in keys[b:b + 6]) and not any(self.in_quote[b:]):
                return False  # "made the comments at a dinner", "gave this speech in May": the words are given
                # elsewhere; the sentence tells only when or where (but "made the point that")
            return self.speech_noun_after(b, stance) and (relative or self.subject_like(a)
                                                          or self.named_apposition_before(a))
        if cat == "data":
            if word == base and a >= 2 and keys[a - 2] in ("a", "an") and prev[0].isalpha():
                return False  # "a weekly show that aired": after "a", a singular subject would take "shows"
            rel = a - 2 if prev == "which" and a >= 3 and keys[a - 2] == "," else a - 1
            # a document or data word before "which"/"that"; not "the letter, which shows a postmark"
            if prev in ("which", "that") and rel >= 1 and (
                    keys[rel - 1] in self.rules.documents and not keys[a].startswith("show")
                    or (d := self.rules.sources.single(keys[rel - 1])) is not None and d.category == "data"):
                return True  # "The report, which found widespread fraud, ...": the antecedent is the source
            return self.data_subject(a) or self.that_clause(b) or \
                (self.bare_clause(b) and self.subject_like(a))  # "a panel found the city was in breach"
        if "complement" in e.tags and not (self.that_clause(b) or self.as_complement(b)
                                           or self.label_complement(b)):
            return False  # "the panel judged the pier a risk", not "she judged the baking contest"
        if "to" in e.tags and not self.to_after_object(b):
            return False  # "he linked the outage to the hack", not "linked arms"
        if "as" in e.tags and not self.as_complement(b):
            return False  # "critics see the levy as a tax", not "she saw the parade"
        if not _OBJECT_TAGS.isdisjoint(e.tags) and self.object_sense(a, b, e.tags):
            return False  # "ruled the region", "attacked the bridge", "opposed Arsenal in the final"
        if "human" in e.tags and not self.human_subject(a, b) and not (
                inflected and "passive" in e.tags and (pas := self.passive(a, b)) is not None and pas[1] is not None
                and pas[0] > b):
            return False  # but "has been called a coward by rival councillors": the agent speaks (not "the
            # meeting was called by the union", with nothing said between)
        if "agent" in e.tags and self.thing_subject(a):
            return False  # "the recipe calls for two eggs", "the plan called for 500 homes"
        if "noun" in e.tags:
            if word.endswith("s") and (nxt in AUXILIARIES or nxt == "of" or nxt in _NOUN_SUBJECT_VERBS) or \
                    word.endswith("ing") and nxt in ("of", "by"):
                return False  # "safety worries have ...", "claims of fraud", "a ruling by the court", "the
                # city plans include a park"
            if prev in _NP_MODIFIERS or (prev[:1].isdigit() and word.endswith("s")):
                return False  # "his latest remarks", "the 9/11 attacks"
            if inflected and (pas := self.passive(a, b)) is not None and pas[1] is not None:
                return True  # "had first been reported by The Coast Ledger"
            if inflected and prev in ("who", "which", "that") and a >= 2 \
                    and self.relative_antecedent(a - 1) is not None:
                return True  # "the Coast Guard which reported"
            if a == first:
                return False
            if cat == "cognitive" and self.relative_speaker(a):
                return True  # "growers who fear the canal will ...": after "who" a verb
            if keys[a].endswith("ing") and prev == ",":
                return True  # "..., promising to ...": a participle is a verb
            if keys[a].endswith("ing") and prev[0].isalpha() and prev not in AUXILIARIES and prev not in BOUNDARY \
                    and prev not in PREPOSITIONS and prev not in PRONOUNS and not prev.endswith(("ly", "s")):
                return False  # "the High Court ruling in the case": no auxiliary, so a noun (but a plural
                # before it may start a reduced relative: "taxpayers reporting gains")
            if inflected and prev == "," and word.endswith(("s", "ed")) and b < self.n and not self.cap(b):
                subj, appo = self.apposition_subject(a - 1)  # "The mayor's deputy, Ana Ruiz, plans to ..."
                if subj is not None and (appo is not None and any(
                        self.cap(x) or keys[x] in self.rules.source_words for x in range(*subj))
                        or keys[subj[1] + 1] in ("who", "which") and self.names_someone(*subj)):
                    return True  # also after a relative clause: "The guild, which has 900 members, advocates"
            if inflected and prev in (",", "”", '"', "'", "''", "’"):
                after, _ = self.np_after(b)  # '"...," reported Reuters'
                return after is not None and self.inverted_ok(a, after)
            if inflected and prev in ("and", "but"):
                return True  # "... sighted the trawler and reported its position": a second verb
            if not inflected and prev == "," and a >= 3 and keys[a - 2] in _PARENTHETICAL and keys[a - 3] == ",":
                subj, _ = self.apposition_subject(a - 1)  # "Some farmers, however, question the plan"
                return subj is not None and any(keys[x].endswith("s") or keys[x] in PERSONAL
                                                for x in range(*subj))
            if not inflected and prev not in PERSONAL and prev not in ("will", "would", "could", "may", "might",
                                                                         "should", "did", "does", "do", "n't",
                                                                         "not", "also") \
                    and not (prev.endswith("s") and not prev.endswith(("'s", "ss")) and prev[0].isalpha()):
                return False
            return self.subject_like(a)
        if cat == "cognitive":
            return self.subject_like(a) or self.that_clause(b) or self.relative_speaker(a) or \
                self.named_apposition_before(a)
        return True

    def object_sense(self, a: int, b: int, tags: frozenset[str]) -> bool:
        """Is cue a..b used in a non-speech sense its object shows? `physical`: a place,
        structure, vehicle or animal as object ("ruled the region", "attacked the bridge at
        night") or as subject in the passive ("the convoy was attacked"); `contest`: a
        competition as object ("ruled the league for a decade"); `rival`: a named rival and
        then "in"/"at" a contest ("opposed Arsenal in the final"); `record`: a note taken on
        a surface ("noted the address on a scrap of paper"). Not when the object is followed
        by a clause, a that-clause, a complement or "as"/"over" ("attacked the plan as
        reckless", "the court ruled the state must pay", "ruled the bridge unsafe")."""
        keys, n = self.keys, self.n
        if "physical" in tags and self.passive(a, b) is not None:
            j = self.skip_aux_back(a - 1)
            return j >= 0 and keys[j] in _PHYSICAL_OBJECTS
        j = b + 1 if b < n and keys[b] in DETERMINERS and keys[b] != "that" else b
        start = j
        while j < n and j - start < 4 and keys[j].isalpha() and keys[j] not in BOUNDARY \
                and keys[j] not in PREPOSITIONS and keys[j] not in _FINITE:
            j += 1
        if j == start:
            return False  # "ruled that", "ruled on the appeal", "attacked as"
        if j < n and not (keys[j] in PREPOSITIONS and keys[j] not in ("as", "over", "of") or keys[j] in TIME_WORDS
                          or keys[j] in (".", ",", ";", "!", "?", "and", "until", "since", "when", "while")):
            return False  # a clause, a complement or a possessive after the object
        head = keys[j - 1]
        if "physical" in tags and (head in _PHYSICAL_OBJECTS or self.cap(start) and head in self.rules.states):
            return True  # "the Romans ruled Gaul" is a name no list holds, but "ruled Austria" is a state
        if "contest" in tags and head in _CONTEST_NOUNS:
            return True
        if j + 1 >= n or ("rival" not in tags and "record" not in tags):
            return False
        if "rival" in tags and self.cap(start) and keys[j] in ("in", "at"):
            return any(keys[x] in _CONTEST_NOUNS and (x + 1 >= n or not keys[x + 1].isalpha())
                       for x in range(j + 1, min(n, j + 5)))
        if "record" in tags and keys[j] in ("on", "in", "into"):
            return any(keys[x] in _WRITING_SURFACES and (x + 1 >= n or not keys[x + 1].isalpha())
                       for x in range(j + 1, min(n, j + 6)))
        return False

    def relative_speaker(self, a: int) -> bool:
        """A relative pronoun before cue a (an adverb or auxiliary between) whose antecedent can
        hold a view: "growers who fear ...", "Lund, who expects ...", "the Coast Guard, which
        believes ..." (not "the plan, which expects ...")."""
        keys = self.keys
        r = self.skip_aux_back(a - 1)
        if r < 1 or keys[r] not in ("who", "which", "that"):
            return False
        if keys[r - 1] != ",":
            return self.relative_antecedent(r) is not None
        if keys[r] == "who":
            return True
        subj, _ = self.np_before(r - 1)
        return subj is not None and self.names_someone(*subj)

    def names_someone(self, a: int, b: int) -> bool:
        """Does the span name a possible speaker: a capitalised word other than an article, or a
        source word ("the Coast Guard", "critics"; not "The plan")?"""
        keys, words = self.keys, self.rules.source_words
        return any(self.cap(x) and keys[x] not in DETERMINERS and keys[x] not in ("there", "it", "here")
                   or keys[x] in words for x in range(a, b))

    def named_apposition_before(self, a: int) -> bool:
        """A subject before a parenthetical set off by commas, right before cue a, with a name
        in one of them: "Critics of the levy, like Senator Ana Ruiz, believe ..."."""
        if a < 2 or self.keys[a - 1] != ",":
            return False
        subj, _ = self.apposition_subject(a - 1)
        return subj is not None and (self.names_someone(*subj) or self.names_someone(subj[1] + 1, a - 1))

    def as_complement(self, b: int) -> bool:
        """An object and then "as" with a noun phrase within a few words of token b ("see the
        levy as a tax", "saw it as an insult"); not "as" opening a clause ("saw the fire as
        they drove home")."""
        keys = self.keys
        for j in range(b + 1, min(self.n - 1, b + 8)):
            k = keys[j]
            if k == "as":
                nxt = keys[j + 1]
                after = keys[j + 2] if j + 2 < self.n and nxt in ("a", "an") else nxt
                return nxt[0].isalnum() and nxt not in PRONOUNS and nxt not in BOUNDARY and nxt not in _FINITE \
                    and after not in _NOT_AS_COMPLEMENT
            if not k[0].isalnum() or k in BOUNDARY:
                return False
        return False

    def that_clause(self, b: int) -> bool:
        """A 'that' at token b opens a clause, not a time phrase ("her conviction that year")."""
        return b < self.n and self.keys[b] == "that" and (b + 1 >= self.n or self.keys[b + 1] not in _TIME_NOUNS)

    def bare_clause(self, b: int) -> bool:
        """A clause without "that" starts at token b: a pronoun, a determiner or a
        capitalised word, then a finite auxiliary or modal within a few words, before
        any punctuation ("she is confident the vote will pass", "they are sure it
        was"; not "he was worried the whole time", "she is sure of it")."""
        keys, n = self.keys, self.n
        if b >= n:
            return False
        k = keys[b]
        if not (k in PERSONAL or k == "it" or k in _CLAUSE_DETERMINERS or
                (self.cap(b) and k not in PREPOSITIONS and k not in _FINITE)):
            return False
        for j in range(b + 1, min(n, b + 7)):
            k = keys[j]
            if k in _FINITE:
                return True
            if not k[0].isalnum() and k not in ("'s", "’s"):
                return False
        return False

    def linking_verb(self, a: int) -> int | None:
        """A predicate adjective needs a linking verb after a subject that is not the
        expletive 'it': "officials were convinced", "she seemed sure", not "make sure",
        "it is certain". The index of the verb, or of a contracted subject ("she's")."""
        keys = self.keys
        j = a - 1
        while j >= 0 and keys[j] not in _LINKING_VERBS and (keys[j] in AUXILIARIES or keys[j] in _FLOATING or
                                                            keys[j] in _DEGREE or keys[j].endswith("ly")):
            j -= 1
        if j < 0:
            return None
        k = keys[j]
        if k.endswith(("'s", "'re", "'m")) and k[:k.index("'")] in PERSONAL:
            return j  # "she's confident that"
        if k == "away" and j >= 2 and keys[j - 1] in _COME_AWAY:
            j, k = j - 1, "became"  # "the envoy came away convinced that": the state a meeting left
        if j < 1 or k not in _LINKING_VERBS:
            return None
        subj = self.skip_aux_back(j - 1)
        if subj > 0 and keys[subj] in ("and", "but") and k == "became":  # "toured the docks and walked away
            first, _ = self.sentence_subject()  # convinced that": a second verb of the sentence's subject
            return j if first is not None and first[1] <= subj and self.names_someone(*first) else None
        if subj < 0 or keys[subj] in ("it", "that", "this", "there") or \
                not (self.subject_like(j) or self.compound_after_determiner(subj)):  # "the harbor master was"
            return None
        return j

    def speech_noun_after(self, b: int, stance: bool = False) -> bool:
        """'made a sharp criticism', 'offered no proof', 'gave a televised speech': a speech noun
        within the light verb's object (determiners and modifiers before it); with `stance`
        also a noun of belief or feeling ('expressed doubts', 'voiced hope')."""
        keys = self.keys
        for j in range(b, min(self.n, b + 4)):
            k = keys[j]
            if k in BOUNDARY or not k[0].isalnum():
                return False
            if self.speech_noun_at(j, documents=False):
                return True
            if stance and (e := self.rules.cues.single(k)) is not None and e.category == "cognitive" \
                    and "noun" in e.tags:
                return True
        return False

    def speech_noun_at(self, j: int, documents: bool = True) -> bool:
        """Is token j a speech noun ('statement', 'criticism', 'remarks') or a document ('report')?"""
        if j < 0:
            return False
        k = self.keys[j]
        e = self.rules.cues.single(k)
        if e is not None and e.unless and in_context(self.keys, j, j + 1, e.unless):
            return False  # "made a point of arriving"
        return documents and k in self.rules.documents or e is not None and (e.category == "nominal" or (
            "noun" in e.tags and e.category == "speech" and "content" not in e.tags))  # not "issued a recall"

    def next_to_content(self, a: int, b: int) -> bool:
        """'added that ...', 'added: ...', '"...," he added', '..., the mayor added.'"""
        keys = self.keys
        if b < self.n and (keys[b] in (":", ",", "that", "—", "–") or self.in_quote[b] or keys[b] in _QUOTE_OPENERS):
            return True
        if b < self.n and (keys[b] in PREPOSITIONS or keys[b] in TIME_WORDS or keys[b] == "online"):
            j = b + 1  # 'posted on Facebook that ...', 'added in a statement: ...'
            while j < self.n and j - b < 6 and keys[j][0].isalnum() and keys[j] not in BOUNDARY:
                j += 1
            if j < self.n and (keys[j] == ":" or self.that_clause(j)):
                return True
        if a > 0 and (keys[a - 1] in (",", "”", '"', "''", "’") or any(self.in_quote[:a])):
            return True  # '"...," he added', '"...", Okafor recalled on Monday
        if b < self.n and keys[b] not in (".", "!", "?"):
            return False
        subj, _ = self.np_before(a)  # '..., the mayor added.'
        return subj is not None and subj[0] > 0 and keys[subj[0] - 1] in (",", "”", '"', "''", "’", "—", "–")

    def title_case(self) -> bool:
        """A headline-style sentence ('Minister Says Talks Failed'): capitals carry no signal."""
        words = [w for w in self.words if w[:1].isalpha() and len(w) > 3]
        return len(words) >= 4 and sum(1 for w in words if w[0].isupper()) >= 0.8 * len(words)

    def human_subject(self, a: int, b: int) -> bool:
        """Cues like 'call' or 'compare' need a person or body as subject and no
        capitalised name right after ('a company called Acme')."""
        prev = self.keys[a - 1] if a > 0 else ""
        if b < self.n and self.cap(b) and self.keys[b] not in ("the",) and self.keys[a] in ("called", "call") \
                and not (prev in PERSONAL or self.cap(a - 1) and a - 1 != self.first_word()) \
                and not self.object_complement(b):
            return False  # "a company called Acme", but "she called the landlord's repairs ...", "the
            # letter called Lund a liar" (a name and then "a ...": the name is the object)
        if prev == "," and self.keys[a].endswith("ing"):
            return True
        j = self.skip_aux_back(a - 1)
        if j < 0:
            return False
        k = self.keys[j]
        if k == "," and self.keys[a].endswith("ed") and b < self.n and self.keys[b] in ("with", "to"):
            return False  # "..., compared with $67,000": a participle phrase, not a verb with a subject
        if k in ("and", "but"):
            subj, _ = self.sentence_subject()  # "He arrived in 1993 and promptly voted against ...": a
            return subj is not None and subj[1] <= j and (  # second verb of the sentence's subject
                self.names_someone(*subj) or any(self.keys[x] in PERSONAL for x in range(*subj)))
        if k == ",":  # "Peter Kovac, the director of the sailing program, compared ..."
            subj, _ = self.apposition_subject(j)
            return subj is not None and any(self.cap(x) or self.keys[x] in self.rules.sources
                                            for x in range(*subj))
        if self.keys[a].startswith(("declin", "refus", "react")) and j == self.first_word() and j == a - 1 \
                and k.endswith("s") and not k.endswith(("'s", "ss")) and k not in self.rules.sources \
                and k not in _PARTY_MEMBERS:
            # "Sales declined to $5 million", "Rents refused to fall", "Markets reacted": a quantity or
            # a market; the capital only starts the sentence
            return False
        if (rel := self.relative_subject(j)) is not None and self.keys[rel[1]] == "who":
            return True  # "Two of the nurses who signed the petition called ...": 'who' tells a person
        if k == "to" and j == a - 1:  # "Lindqvist went on to discuss ...": the subject before the verb
            return self.infinitive_subject_head(j) is not None  # phrase ("went on", "plans") acts
        return k in PERSONAL or self.cap(j) or k in self.rules.sources or k in ("who", ")") \
            or (k == "." and j > 0 and self.cap(j - 1)) \
            or (j > 0 and self.keys[j - 1] in ("his", "her", "their") and k.endswith("s")
                and not k.endswith("ss"))  # "Peter J. Lund Jr. spoke of", "Her aides called her"

    def object_complement(self, b: int) -> bool:
        """A name from token b and then "a"/"an" and a word: "called Lund a liar"."""
        j = b
        while j < self.n and (self.cap(j) or self.keys[j] in (".", "'s")) and j - b < 5:
            j += 1
        w = j + 1
        if w + 1 < self.n and self.keys[w] in _QUOTE_OPENERS:
            w += 1  # 'called Lund a "reckless gambler"': the label quoted
        return j > b and w < self.n and self.keys[j] in ("a", "an") and self.keys[w].isalpha() \
            and self.keys[w] not in _TIME_NOUNS and self.keys[w] not in ("few", "couple", "lot", "bit")
        # not "a firm called Acme a decade ago"

    def to_after_object(self, b: int) -> bool:
        """"to" after a short object from token b, within its clause ("linked the outage to
        the hack", "tied the delays to staff cuts")."""
        keys = self.keys
        for j in range(b + 1, min(self.n, b + 9)):
            k = keys[j]
            if k == "to":
                return True
            if not k[0].isalnum() and k not in ("'s", "’s") or k in BOUNDARY:
                return False
        return False

    def label_complement(self, b: int) -> bool:
        """An object from token b and then a label with "a"/"an": a name ("Lund a liar"), a
        pronoun ("it a failure") or a short phrase with a determiner ("the plan a failure")."""
        keys, n = self.keys, self.n
        if b >= n:
            return False
        if keys[b] in _OBJECT_PRONOUNS or keys[b] == "it":
            j = b + 1
        elif keys[b] in DETERMINERS and keys[b] not in ("a", "an", "no"):
            j = b + 1
            while j < n and j - b <= 3 and keys[j].isalpha() and keys[j] not in BOUNDARY \
                    and keys[j] not in PREPOSITIONS and keys[j] not in ("a", "an"):
                j += 1
        else:
            return self.object_complement(b)
        return j > b + (keys[b] in DETERMINERS) and j + 1 < n and keys[j] in ("a", "an") \
            and (keys[j + 1].isalpha() or keys[j + 1] in _QUOTE_OPENERS) and keys[j + 1] not in _TIME_NOUNS

    def infinitive_subject_head(self, to: int) -> int | None:
        """The last word of a speaking subject before a short verb phrase and the "to" at
        token `to` ("Lindqvist went on to", "the minister wants to"), else None."""
        keys, sources = self.keys, self.rules.source_words
        h, skipped = to - 1, 0
        while h >= 0 and skipped < 3 and keys[h].isalpha() and not self.cap(h) and keys[h] not in PERSONAL \
                and keys[h] not in sources:
            h, skipped = h - 1, skipped + 1
        if h >= 0 and skipped > 0 and (keys[h] in PERSONAL or keys[h] in sources or
                                       self.cap(h) and keys[h] not in DETERMINERS):
            return h
        return None

    def thing_subject(self, a: int) -> bool:
        """The subject before token a is a nameless singular thing ("the plan", "the law"): not a
        name, pronoun, source word, document or plural, which could all stand for speakers."""
        j = self.skip_aux_back(a - 1)
        if j < 1 or self.keys[j - 1] not in DETERMINERS:
            return False
        k = self.keys[j]
        return k[0].isalpha() and not self.cap(j) and k not in self.rules.sources and k not in self.rules.documents \
            and not k.endswith("s") and k not in PRONOUNS

    def subject_like(self, a: int) -> bool:
        """Is there a subject right before token a (after auxiliaries and adverbs)?"""
        j = self.skip_aux_back(a - 1)
        if j < 0:
            return False
        k = self.keys[j]
        if k in PRONOUNS or k == ")":
            return True
        if k in PREPOSITIONS or k in BOUNDARY or k in DETERMINERS:
            return False
        if not k[0].isalnum():
            return False
        return self.cap(j) or k in self.rules.sources or \
            (k.endswith("s") and not k.endswith("ss")) or \
            (j > 0 and (self.keys[j - 1] in DETERMINERS or self.keys[j - 1] in _QUANTIFYING
                        or self.keys[j - 1].endswith("'s")))
        # "mass protests": "mass" is no plural subject; "some fishermen", "many women" are;
        # a possessive is a determiner ("the agency's memo states")

    def compound_after_determiner(self, j: int) -> bool:
        """Token j ends a noun compound after "the"/"a" ("the harbor master", "a city
        council member"): up to two lower-case, singular modifiers between."""
        keys = self.keys
        if keys[j].endswith("ed"):
            return False
        for i in range(j - 1, max(-1, j - 4), -1):
            k = keys[i]
            if k in ("the", "a", "an"):
                return i < j - 1
            if not k.isalpha() or k in BOUNDARY or k in PREPOSITIONS or k in AUXILIARIES or k in PRONOUNS \
                    or self.cap(i) or k in self.rules.cues or (k.endswith("s") and not k.endswith("ss")):
                return False  # a plural is a head, not a modifier: "the candidates took questions"
        return False

    def data_word_before(self, a: int, window: int) -> int | None:
        """The nearest data word ('poll', 'survey', 'figures') among the `window` tokens
        before cue a, within its clause."""
        j = self.skip_aux_back(a - 1)
        keys = self.keys
        if j > 0 and keys[j] == ",":  # "The report, released Tuesday by the audit office, found": the
            opening = next((x for x in range(j - 1, max(0, j - 15), -1) if keys[x] == ","), None)  # subject
            if opening is not None and not any(keys[x] in (";", ":") for x in range(opening, j)):  # is before
                j = opening - 1  # the apposition
        for i in range(j, max(-1, j - window - 1), -1):
            k = keys[i]
            if (k in BOUNDARY and k not in ("and", "of", "in", "by", "from", "at")) or k in (",", ";", ":"):
                return None
            e = self.rules.sources.single(k)
            if e is not None and e.category == "data":
                return i
        return None

    def data_subject(self, a: int) -> bool:
        return self.data_word_before(a, 12) is not None

    def data_phrase(self, a: int) -> tuple[int, int] | None:
        """The phrase around the data word that governs a data cue ('the latest Coast Ledger
        ferry survey released Tuesday shows'): from the data word back to its phrase's start."""
        i = self.data_word_before(a, 8)
        if i is None:
            return None
        subj, _ = self.np_before(a)
        if subj is not None and subj[0] <= i < subj[1]:  # "A survey by the Lisbrin Institute found"
            end = next((x for x in range(i + 1, subj[1]) if self.keys[x].endswith("ed")
                        and not self.cap(x)), subj[1])  # "... survey released on Tuesday"
            return subj[0], end
        start = self.walk_np_back(i)
        return (start if start is not None else i, i + 1)

    def relative_clause(self, i: int) -> bool:
        """'the so-called deal he said he wanted': a cue inside a relative clause
        without 'that', whose object is the noun before it, carries no content."""
        if i < 2 or self.keys[i - 1] not in PRONOUNS:
            return False
        before = self.keys[i - 2]
        if before in (",", "and", "but", "as", "because", "so", "then", "that", "which", "who", "when", "if",
                      "while", "what", "how", "why", "where") or not before[0].isalpha():
            return False
        if self.cap(i - 2) and i - 2 == self.first_word():
            return False
        nxt = self.keys[i + 1] if i + 1 < self.n else ""
        after_next = self.keys[i + 2] if i + 2 < self.n else ""
        # "... deal he said he wanted." / "... money he said was missing"
        return nxt in PERSONAL or nxt in ("was", "were", "would", "had", "is", "are") or \
            (nxt in ("it", "they") and after_next not in ("that",))

    # -------------------------------------------------------------- noun phrases
    def skip_aux_back(self, j: int) -> int:
        while j >= 0:
            k = self.keys[j]
            if k in AUXILIARIES or k in _FLOATING or (k.endswith("ly") and len(k) > 4 and not self.cap(j)):
                j -= 1
                continue
            break
        return j

    def np_before(self, a: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
        """(name span, apposition span) of the subject ending before token a."""
        j = self.skip_aux_back(a - 1)
        keys = self.keys
        if (j < 0 or keys[j] == ",") and j + 1 < a and keys[j + 1] in ("all", "both", "each") \
                and (j < 0 or j + 1 == self.first_word() or keys[j] == ","):
            return (j + 1, j + 2), None  # "All agreed that ...", "..., both said": a pronoun as subject
        if j < 0:
            return None, None
        if keys[j] in PRONOUNS:
            return (j, j + 1), None
        if (head := self.stranded_relative(j)) is not None:  # "Sources we spoke with said"
            start = self.walk_np_back(head)
            return ((start, j + 1), None) if start is not None else (None, None)
        if keys[j] == ",":
            return self.apposition_subject(j)
        if keys[j] in ("—", "–") or (keys[j] == "-" and j > 0 and keys[j - 1] == "-"):
            return self.dash_apposition(j)
        if (rel := self.relative_subject(j)) is not None:
            return rel, None
        end = j + 1
        if keys[j] == ")":
            k = j - 1
            while k >= 0 and keys[k] != "(" and j - k < 10:
                k -= 1
            if k >= 0 and keys[k] == "(":
                j = k - 1
        start = self.walk_np_back(j)
        if start is None:
            start = self.trailing_np(j, a)
            if start is None:
                return None, None
        return (start, end), None

    def relative_subject(self, j: int) -> tuple[int, int] | None:
        """The sentence's subject when a restrictive relative clause ends at token j, right before
        the cue: 'A lawyer who represents the family said', 'A letter that arrived Tuesday says'
        (the phrase before 'who'/'that'/'which' starts the sentence; no comma in between)."""
        keys, first = self.keys, self.first_word()
        for r in range(j - 1, max(first, j - 12), -1):
            k = keys[r]
            if not k[0].isalnum() or self.in_quote[r] or k in PERSONAL:
                return None
            if k in ("who", "that", "which"):
                start = self.walk_np_back(r - 1) if r - 1 >= first else None
                return (start, r) if start == first else None
        return None

    def trailing_np(self, j: int, a: int) -> int | None:
        """'..., one memo says.': a short phrase between a comma and a final cue is its subject."""
        if not self.near_end(a + 1):
            return None
        k = j
        while k >= 0 and j - k < 4 and self.keys[k][0].isalnum() and self.keys[k] not in BOUNDARY:
            k -= 1
        return k + 1 if k >= 0 and self.keys[k] == "," and k + 1 <= j else None

    def walk_np_back(self, j: int) -> int | None:
        """Start of a noun phrase whose last token is j, or None."""
        keys = self.keys
        lo = max(-1, j - 16)
        i = j
        while i > lo:
            k = keys[i]
            if k in BOUNDARY and not (k in ("and", "&") and i > 0 and self.cap(i - 1)
                                      and any(self.cap(x) for x in range(i + 1, j + 1))) \
                    and not (k == "to" and i > 0 and keys[i - 1] in _LINKING_ADJECTIVES):
                break
            if not k[0].isalnum() and k not in ("'s", "'", "-", "&", ".", "(", ")"):
                break
            if k == "." and not (i > 0 and self.cap(i - 1) and len(keys[i - 1]) <= 4):
                break
            if k == "of" and i >= 3 and keys[i - 1] == "knowledge" and keys[i - 2] == "with":
                i -= 3  # "a person with knowledge of the talks": the formula for an unnamed source
                continue
            if k in PREPOSITIONS and k not in ("of", "for", "at", "on", "in", "from", "by") and \
                    not (k in ("with", "to") and i > 0 and keys[i - 1] in _LINKING_ADJECTIVES):
                break
            if k in PREPOSITIONS and not (i > 0 and (self.cap(i - 1) or keys[i - 1] in self.rules.sources
                                                     or keys[i - 1].endswith("s")
                                                     or k == "by" and self.reduced_passive(i - 1)
                                                     or keys[i - 1] in _LINKING_ADJECTIVES)):
                break
            if k in AUXILIARIES and k not in TIME_WORDS and not self.cap(i):
                break
            if k in ("the", "a", "an") and i > 0 and keys[i - 1][0].isalpha() and not self.cap(i - 1) \
                    and keys[i - 1] not in PREPOSITIONS and keys[i - 1] not in DETERMINERS \
                    and keys[i - 1] not in NAME_GLUE and keys[i - 1] not in _PREDETERMINERS:
                i -= 1  # "The firm released a statement": a lower-case word before an article is a verb
                break
            i -= 1
        start = i + 1
        while start <= j and (keys[start] in NAME_GLUE or keys[start] in PREPOSITIONS) and \
                keys[start] not in ("the",) and not self.cap(start):
            start += 1
        if start > j:
            return None
        head = keys[j]
        if not (self.cap(j) or head in self.rules.sources or head.endswith("s") or head in PRONOUNS
                or head == ")" or any(keys[x] in DETERMINERS or keys[x] in _QUANTIFYING or keys[x].isdigit()
                                      or keys[x] in _INDEFINITES  # "everyone we interviewed"
                                      or keys[x].endswith("'s")
                                      or keys[x] == "'" for x in range(start, j))  # "Iran's leading novelist"
                or (head == "." and j > start and self.cap(j - 1))  # "Samuel Okafor Jr."
                or (head in _OBJECT_PRONOUNS and j > start and keys[j - 1] in PREPOSITIONS)):
            return None
        if _DETERMINERS_OR_PREPOSITIONS.issuperset(keys[start:j + 1]):
            return None  # "of the": no noun
        return start

    def apposition_subject(self, comma: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
        """Subject before a comma that ends a parenthetical: 'Lund, a union organizer, said',
        'A lawyer for the crews, Ana Ruiz, said', 'The mayor, in particular, has said'."""
        keys = self.keys
        k, depth = comma - 1, 0
        while k >= 0 and comma - k <= 16:  # over a closed parenthesis: "state Sen. Ana Ruiz (D-Ore.),"
            t = keys[k]
            if t == ")":
                depth += 1
            elif t == "(" and depth:
                depth -= 1
            elif t in (",", ";", ":", "(", "—", "–") and not depth:
                break
            k -= 1
        if k < 1 or keys[k] != ",":
            return None, None
        inner = (k + 1, comma)
        if inner[0] >= inner[1]:
            return None, None
        start = self.walk_np_back(k - 1)
        if start is None:
            return None, None
        if start == k - 1 and keys[start].isdigit() and start >= 2 and keys[start - 1] == "," \
                and (name := self.walk_np_back(start - 2)) is not None and self.cap(start - 2):
            return (name, start - 1), (start, comma)  # "Ruiz, 54, a harbor pilot, said": the age is no name
        a0 = keys[inner[0]]
        if a0 in DETERMINERS or self.cap(inner[0]) or a0 in self.rules.sources or a0 == "who" or \
                a0.isdigit():
            return (start, k), inner  # an apposition: part of how the text names the source
        return (start, k), None  # a parenthetical ("in particular", "however"): step over it

    def dash_apposition(self, close: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
        """Subject before an apposition set off by dashes: 'Berg -- a harbor pilot for twenty
        years -- said', 'The mayor — a former teacher — said' (token `close` ends the closing dash)."""
        keys = self.keys
        dash = keys[close]
        width = 2 if dash == "-" else 1  # '--' is two tokens
        end = close - width + 1  # the closing dash's first token
        k = end - 1
        while k >= width and end - k <= 24 and keys[k] not in (";", ":", ".") and not self.in_quote[k]:
            if keys[k] == dash and (width == 1 or keys[k - 1] == "-"):
                opening = k - width + 1
                inner = (k + 1, end)
                start = self.walk_np_back(opening - 1)
                if start is None or inner[0] >= inner[1]:
                    return None, None
                a0 = keys[inner[0]]
                appo = inner if a0 in DETERMINERS or self.cap(inner[0]) or a0 in self.rules.sources else None
                return (start, opening), appo
            k -= 1
        return None, None

    def np_after(self, b: int, appositive: bool = True) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
        """(name span, apposition span) of the phrase starting at token b."""
        keys, n = self.keys, self.n
        j = b
        while j < n and keys[j] in (",", "by"):
            j += 1
        start = j
        if j < n and (keys[j] in DETERMINERS or keys[j] in ("some", "many", "several", "two", "three",
                                                             "other", "senior", "top", "one")):
            j += 1
        while j < n:
            k = keys[j]
            if self.in_quote[j]:
                break
            if k in BOUNDARY and not (k == "and" and j + 1 < n and self.cap(j + 1) and j > start and self.cap(j - 1)):
                break
            if k in ("as", "that", "on", "in", "at", "to", "with", "after", "before", "during", "about",
                     "when", "while", "who", "which", "last", "this", "earlier", "saying", "adding"):
                break
            if not k[0].isalnum() and k not in ("'s", "'", "-", "&", ".", "(", ")"):
                break
            if k == "." and not (j > start and self.cap(j - 1) and len(keys[j - 1]) <= 4 and j + 1 < n
                                 and keys[j + 1][0].isalnum()):
                break
            if k == "of" and not (j + 1 < n and (self.cap(j + 1) or keys[j + 1] in DETERMINERS
                                                 or keys[j - 1] in _QUANTIFIERS)):
                break
            if k in ("for", "over", "into", "under", "without") and not (j + 1 < n and (
                    self.cap(j + 1) or keys[j + 1] in DETERMINERS)):
                break  # "police for six hours", but "a spokesman for the ministry", "Committee for Economic ..."
            j += 1
            if j - start > 12:
                break
        end = j
        while end > start and (keys[end - 1] in NAME_GLUE or keys[end - 1] in DETERMINERS):
            end -= 1
        if end <= start:
            return None, None
        appo = None
        if appositive and end < n and keys[end] == "," and end + 1 < n:
            k = end + 1
            if keys[k] in DETERMINERS or self.cap(k) or keys[k] in ("who", "now", "formerly", "himself", "herself") \
                    or keys[k] in self.rules.source_words:  # "said Rubio, who heads ...", "..., now a consultant"
                m = k
                while m < n and keys[m] not in (",", ".", ";", ":", "—", "–") and m - k < 16:
                    m += 1
                appo = (k, m)
        return (start, end), appo

    def sentence_subject(self) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
        """The noun phrase a sentence opens with, after an introductory phrase set off by a comma."""
        keys, n = self.keys, self.n
        i = self.first_word()
        if keys[i] in PERSONAL:
            return (i, i + 1), None
        if i < n and (keys[i] in PREPOSITIONS or keys[i] in BOUNDARY or keys[i].endswith("ing")
                      or keys[i] in ("however", "meanwhile", "separately", "earlier", "later", "still", "yet")):
            c = i
            while c < n and keys[c] != "," and c - i < 20:
                c += 1
            if c < n and keys[c] == ",":
                i = c + 1
            else:
                i = self.after_time_phrase(i)  # "On Monday the council ended the debate by ..."
        elif keys[i] in ("last", "this", "next", "earlier", "later"):
            i = self.after_time_phrase(i)  # "Last week they published ..."
        span, appo = self.np_after(i)
        if span is not None:  # the subject ends before its verb ("The mayor opened the session by saying")
            for x in range(span[0] + 1, span[1]):
                k = keys[x]
                if not self.cap(x) and (k in AUXILIARIES or k in self.rules.cue_keys or k in _SPEND
                                        or (k.endswith("ed") and len(k) > 4)):
                    return (span[0], x), None
        return span, appo

    def after_time_phrase(self, i: int) -> int:
        """The token after a short time phrase that opens a sentence without a comma
        ("Last week", "On Monday", "In 2019", "Earlier this month"), if a subject follows
        it (a pronoun, an article or a name); else `i` unchanged."""
        keys, n = self.keys, self.n
        j = i + 1
        while j < n and j - i <= 3 and (keys[j] in TIME_WORDS or keys[j] in _TIME_NOUNS or keys[j].isdigit()
                                         or keys[j] in _MONTHS or keys[j] in ("early", "late", "mid")):
            j += 1
        if j == i + 1 or j >= n:
            return i
        k = keys[j]
        return j if k in PERSONAL or k in ("the", "a", "an") or self.cap(j) else i

    # -------------------------------------------------------------- types
    def source_type(self, span: tuple[int, int] | None, appo: tuple[int, int] | None) -> str | None:
        if span is None:
            return None
        a, b = span
        keys = self.keys[a:b]
        if len(keys) == 1 and keys[0].split("'")[0] in PRONOUNS:
            return "person"  # "he", "he's"
        found = self.types_in(a, b)
        if appo:
            found |= {t for t in self.types_in(*appo) if t in ("official", "institution", "media")}
        if "media" in found:
            return "media"
        if "statistics" in found:  # a statistics office, a census, a poll: data even inside a name
            return "data"
        if len(keys) <= 6 and state_key(keys) in self.rules.states:
            return "official"  # "Iran has warned", "the United States said", "Moscow denied"
        has_name = any(self.cap(i) and self.keys[i][0].isalpha() and self.keys[i] not in self.rules.sources
                       and self.keys[i] not in DETERMINERS and self.keys[i] not in _NUMBER_WORDS
                       for i in range(a, b))  # "Two people familiar with ..." names no one
        if not has_name and any(k in _UNNAMING for k in keys):
            return "anonymous"  # "diplomats familiar with the talks", "officials close to the minister"
        if "official" in found:
            return "official"
        if "data" in found:
            return "data"
        if "anonymous" in found and not has_name:
            return "anonymous"
        if "institution" in found:
            return "institution"
        if has_name or "person" in found:
            return "person"
        return "anonymous"

    def types_in(self, a: int, b: int) -> set[str]:
        """Source categories named in tokens a..b. An outlet counts only when
        capitalised ("the Post", not "a post"); a data word such as "study" or
        "report" only in lower case ("a study by X", not "the Institute for
        Policy Studies"), except the strong ones tagged ``strong`` (statistics,
        census, poll), reported as the pseudo-category "statistics"."""
        cached = self._types.get((a, b))
        if cached is not None:
            return set(cached)
        out = set()
        for x, y, e in self.rules.sources.find(self.keys[a:b]):
            i = a + x
            if e.category == "media" and not (self.cap(i) or (self.keys[i] == "the" and y - x > 1
                                                              and self.cap(i + 1))):
                continue
            if e.category == "data":
                if "strong" in e.tags:
                    out.add("statistics")
                elif self.cap(i) and i != self.first_word():
                    continue
            out.add(e.category)
        self._types[(a, b)] = frozenset(out)
        return out

    # -------------------------------------------------------------- decision
    def attribution(self) -> Attribution | None:
        """The sentence's attribution, UNSOURCED, or None for 'quotation whose speaker is elsewhere'."""
        if not self.n:
            return UNSOURCED
        cues = self.cues()
        if self.quotes:
            cue_ends = {c.b - 1 for c in cues}
            for q in self.quotes:
                (self.fragments if is_fragment(q, self, cue_ends) else self.speech).append(q)
        speech_spans = [(max(q.start, self.sent.start), min(q.end, self.sent.end)) for q in self.speech] \
            if self.speech else []
        colon_at = self.keys.index(":") if ":" in self.keys else -1
        colon = self.colon_source() if colon_at >= 0 else None
        if colon is not None and colon.source and (colon.source.isupper() or len(colon.source.split()) <= 3) \
                and all(c.a > colon_at for c in cues):
            if not colon.source.isupper():  # "Floods: Local leaders blast ...": a topic label before a
                after = self.named_after_label(colon_at, cues, speech_spans)  # clause with its own speaker
                if after is not None:
                    return after
            return colon  # "SMITH: We never agreed ...": the speaker's label, not the cues in the speech
        for cue in self.ranked(cues):  # the best cue that yields a source
            att = self.from_cue(cue, cues, speech_spans)
            if att is not None:
                return att
        # no usable cue
        if colon is not None:
            return colon
        if speech_spans:
            covered = sum(b - a for a, b in speech_spans)
            words = sum(q.n_words for q in self.speech)
            if words >= 5 or covered >= 0.5 * (self.sent.end - self.sent.start):
                return None  # speech whose speaker is named in a neighbouring sentence
        return self.signature() or self.opening_frame() or self.closing_frame() or self.passive_fallback \
            or self.owned_estimate() or self.passive_judgment() or self.stance_role() or UNSOURCED

    def stance_role(self) -> Attribution | None:
        """A subject described by the stance it holds: "Lund is a tireless critic of harbor fees",
        "..., who has long been a dogged opponent of canal plans" (the subject holds the view)."""
        keys = self.keys
        for i in range(2, self.n - 1):
            if keys[i] not in _STANCE_HOLDERS or keys[i + 1] != "of" or self.in_quote[i]:
                continue
            j = i - 1
            while j > 0 and keys[j].isalpha() and keys[j] not in ("a", "an") and keys[j] not in BOUNDARY \
                    and i - j <= 3:
                j -= 1  # "a dogged", "a longtime and tireless"
            if keys[j] not in ("a", "an", "the") or j < 1 or keys[j - 1] not in _LINKING_VERBS:
                continue
            link = j - 1
            r = self.skip_aux_back(link - 1)
            if r >= 1 and keys[r] == "who" and (head := self.relative_antecedent(r)) is not None:
                src, appo = self.np_before(head + 1)  # "Kovac, who is a critic of"
            elif r >= 1 and keys[r] == "who" and keys[r - 1] == ",":
                src, appo = self.np_before(r - 1)
            else:
                src, appo = self.np_before(link)
            if src is None or not (self.names_someone(*src) or any(keys[x] in PERSONAL for x in range(*src))):
                continue  # not "the levy is a critic of ..."
            return self.make("indirect", "stance-role", _Cue(i, i + 1, _RULE_ENTRY), src, appo, [])
        return None

    def passive_judgment(self) -> Attribution | None:
        """A judgment in the passive: "the pier is widely seen as a symbol", "the claims were
        rated as false", "the pier was deemed unsafe": someone unnamed judged (`vague`), or the
        agent ("was seen by critics as a waste")."""
        keys = self.keys
        for i in range(1, self.n - 1):
            k = keys[i]
            if k not in _JUDGMENT_PARTICIPLES or self.in_quote[i]:
                continue
            nxt = keys[i + 1]
            if nxt == "as":
                if keys[i + 2] in _NOT_AS_COMPLEMENT if i + 2 < self.n else True:
                    continue  # "seen as soon as", "as well as"
            elif nxt != "by" and not (k in _JUDGMENT_WITHOUT_AS and nxt.isalpha() and nxt not in TIME_WORDS
                                      and nxt not in AUXILIARIES and nxt not in _NOT_JUDGED
                                      and (nxt == "to" or nxt not in PREPOSITIONS and nxt not in BOUNDARY)):
                continue  # "the bill will be considered next week", "was seen in the harbor"
            elif nxt == "by" and k not in _JUDGMENT_WITHOUT_AS and not self.as_complement(i + 1):
                continue  # "was seen by thousands at the fair": perception, not judgment
            pas = self.passive(i, i + 1)
            if pas is None:
                continue
            by, src, appo = pas
            cue = _Cue(i, i + 1, _RULE_ENTRY)
            if src is not None:
                return self.make("indirect", "passive-agent", cue, src, appo, [])
            if by >= 0:
                continue  # "was seen by millions": an agent that names no source
            return self.make("vague", "passive-judgment", cue, None, None, [], source_type="anonymous")
        return None

    def owned_estimate(self) -> Attribution | None:
        """A forecast or estimate with its owner ("the bank raised its growth forecast", "that
        kept the agency's estimate at 3 percent"): the figure is the owner's claim (`data`)."""
        keys = self.keys
        for i, k in enumerate(keys):
            if k not in _ESTIMATE_NOUNS or self.in_quote[i]:
                continue
            for j in range(i - 1, max(-1, i - 5), -1):  # the possessor, before up to three modifiers
                w = keys[j]
                if w in _POSSESSIVES and w not in ("my", "our"):
                    return self.make("data", "owned-estimate", None, (j, j + 1), None, [],
                                     source_type="data")
                if w.endswith("'s") and w[:-2] not in _CONTRACTED:
                    start = self.walk_np_back(j)
                    if start is not None and start <= j and self.names_someone(start, j + 1):
                        return self.make("data", "owned-estimate", None, (start, j + 1), None, [])
                    break
                if not w.isalnum() and "-" not in w or w in BOUNDARY or w in DETERMINERS or w in PREPOSITIONS:
                    break
        return None

    def named_after_label(self, colon_at: int, cues: list[_Cue],
                          speech: list[tuple[int, int]]) -> Attribution | None:
        """The attribution of the first cue after a run-in label (its colon is token `colon_at`)
        whose source is named after the colon, not a pronoun ("Floods: Local leaders blast ...";
        but "Lindqvist: We never agreed")."""
        colon_end = self.end_of(colon_at)
        for cue in self.ranked(cues):
            att = self.from_cue(cue, cues, speech)
            if att is None:
                continue
            span = att.source_span
            if span is None or span[0] < colon_end or att.source.lower() in PRONOUNS:
                return None
            return att
        return None

    def opening_frame(self) -> Attribution | None:
        """A frame that opens the sentence and says whose view or which data it gives: 'In his
        view, ...', 'By the mayor's own account, ...', 'In the eyes of critics, ...' (a
        perspective), 'By all accounts, ...' (vague), 'In the latest poll, ...' (data)."""
        keys = self.keys
        i = self.first_word()
        if keys[i] not in ("in", "by"):
            return None
        comma = next((x for x in range(i + 2, min(self.n, i + 12)) if keys[x] == ","), None)
        if comma is None or any(self.in_quote[i:comma]):
            return None
        j = i + 1
        perspectives = self.rules.perspectives
        if keys[comma - 1] in perspectives:
            noun = comma - 1
            owner_end = noun - 1 if keys[noun - 1] == "own" else noun
            if owner_end == j + 1 and keys[j] in _POSSESSIVE_OF:  # "In his view,"
                return self.make("according_to", "perspective-frame", None, (j, j + 1), None,
                                 self.content_after(comma))
            if owner_end > j and keys[owner_end - 1].endswith("'s") and owner_end - j <= 5 and \
                    all(keys[x][0].isalnum() and (keys[x] not in BOUNDARY and keys[x] not in PREPOSITIONS
                                                  or keys[x] == "of") for x in range(j, owner_end)):
                # "In the mayor's view,", "By the harbor master's own account,"
                return self.make("according_to", "perspective-frame", None, (j, owner_end), None,
                                 self.content_after(comma))
            if keys[i] == "by" and owner_end == j + 1 and keys[j] in ("all", "most", "many", "some"):
                return self.make("vague", "perspective-frame", None, None, None, self.content_after(comma),
                                 source_type="anonymous")  # "By all accounts,"
            return None
        if keys[j] == "the" and keys[j + 1] in perspectives and keys[j + 2] == "of" and j + 3 < comma:
            src, appo = self.np_after(j + 3, appositive=False)  # "In the eyes of critics,"
            if src is None or src[1] > comma:
                return None
            return self.make("according_to", "perspective-frame", None, src, appo, self.content_after(comma))
        if keys[i] == "in" and (keys[j] in DETERMINERS or keys[j] in ("last", "latest", "new", "recent")):
            for x in range(comma - 1, j, -1):  # "In the latest poll,", "In a survey of 900 farmers,"
                e = self.rules.sources.single(keys[x])
                if e is not None and e.category == "data" and keys[x] not in ("percent", "respondents") \
                        and ("strong" in e.tags or not self.cap(x)) and \
                        (x + 1 == comma or keys[x + 1] in PREPOSITIONS or keys[x + 1].endswith("ed")):
                    # the data word heads the phrase: not "In the report section,"
                    return self.make("data", "data-frame", None, (j, comma), None, self.content_after(comma),
                                     source_type="data")
        return None

    def closing_frame(self) -> Attribution | None:
        """A perspective frame that ends a clause: "The levy is unfair, in her view.", "Only
        the pier is "safe" in his eyes." (not "with tears in her eyes": "eyes" and "mind" need a
        comma before "in" or a linking verb shortly before it)."""
        keys, n = self.keys, self.n
        perspectives = self.rules.perspectives
        for i in range(2, n - 2):
            if keys[i] != "in" or self.in_quote[i]:
                continue
            own = 1 if keys[i + 2] == "own" else 0
            noun = i + 2 + own
            if noun >= n or keys[noun] not in perspectives or keys[i + 1] not in _POSSESSIVE_OF \
                    or (noun + 1 < n and keys[noun + 1] not in (".", ",", ";", "!", "?", "”", '"')):
                continue
            if keys[noun] in ("eyes", "mind") and keys[i - 1] != "," and \
                    not any(k in _LINKING_VERBS for k in keys[max(0, i - 4):i]):
                continue
            return self.make("according_to", "perspective-frame", None, (i + 1, i + 2), None,
                             self.content_before(i))
        return None

    def signature(self) -> Attribution | None:
        """'― Eva Lind.': a dash and a name alone sign the quotation before them."""
        keys = self.keys
        if self.n < 2 or keys[0] not in ("—", "―", "–", "-"):
            return None
        end = self.n - 1 if keys[-1] == "." else self.n
        if not 1 <= end - 1 <= 5 or not all(self.cap(i) or keys[i] in NAME_GLUE for i in range(1, end)):
            return None
        return self.make("direct", "signature", None, (1, end), None, [])

    def ranked(self, cues: list[_Cue]) -> list[_Cue]:
        # "according to" first; then the earliest verb cue (a later one usually sits
        # inside the first one's content: "A poll found that residents blame ...");
        # frames ("in a statement"), light verbs ("released a letter") and vague markers last.
        def rank(c: _Cue) -> tuple[int, int, int]:
            late = c.category in ("frame", "vague") or "light" in c.entry.tags or \
                c.bare_nominal
            return (0 if c.category == "according_to" else 1, int(late), c.a)

        if len(cues) < 2:
            return cues  # nothing to order
        starts = {c.a for c in cues}
        cues = [c for c in cues if not self.contact_relative(c, starts)]
        return sorted(cues, key=rank)

    def reduced_passive(self, j: int) -> bool:
        """Token j is a participle that, with its agent, ends a subject: "Residents
        interviewed by the paper said" (the residents speak, not the paper)."""
        keys = self.keys
        return j >= 1 and keys[j].endswith("ed") and keys[j].isalpha() and not self.cap(j) and \
            (keys[j - 1] in self.rules.sources or keys[j - 1].endswith("s") and not keys[j - 1].endswith("ss")
             or self.cap(j - 1))

    def stranded_relative(self, j: int) -> int | None:
        """The head noun of a subject that ends in a relative clause without "who"/"that"
        and a stranded preposition at token j ("Sources we spoke with", "everyone I talked
        to"): the index of "sources" / "everyone", else None."""
        keys = self.keys
        if j < 3 or keys[j] not in ("to", "with", "about", "for") or keys[j - 2] not in PERSONAL \
                or not keys[j - 1].isalpha():
            return None
        return j - 3 if _relative_head(keys[j - 3]) else None

    def contact_relative(self, c: _Cue, starts: set[int]) -> bool:
        """A cue inside a relative clause without "who"/"that" that ends the subject of
        the next cue: "Everyone I spoke to said ...", "The nurses we interviewed said ...".
        The speaker is the noun before the pronoun, not the pronoun."""
        keys, a = self.keys, c.a
        if a < 2 or keys[a - 1] not in PERSONAL:
            return False
        if not _relative_head(keys[a - 2]) or keys[a - 2] in self.rules.cues:
            return False
        j = c.b
        while j < self.n and keys[j] in ("to", "with", "about", "by", "for"):
            j += 1
        return j in starts

    def make(self, kind: str, rule: str, cue: _Cue | None, src: tuple[int, int] | None,
             appo: tuple[int, int] | None, content: list[tuple[int, int]], *, via: str | None = None,
             source_type: str | None = None) -> Attribution:
        stype = source_type or self.source_type(src, appo)
        text = self.text
        source = name = source_span = cue_text = cue_span = None
        if src:
            full = (min(src[0], appo[0]), max(src[1], appo[1])) if appo else src
            source_span = self.offsets(*full)
            source = text[source_span[0]:source_span[1]]
            if self.keys[src[0]] == "the" and src[1] - src[0] > 1 and self.cap(src[0] + 1):
                name = self.span_text(src[0] + 1, src[1])  # "the BBC" -> "BBC"; "the ministry" stays
            else:
                name = source if full is src else self.span_text(*src)
        if cue:
            cue_span = self.offsets(cue.a, cue.b)
            cue_text = text[cue_span[0]:cue_span[1]]
        if len(content) == 1 and content[0][1] > content[0][0]:
            content = (content[0],)  # the common case, without a generator
        else:
            content = tuple(c for c in content if c[1] > c[0])
        return Attribution(True, kind, source, stype, cue_text, via, rule, source_span, cue_span, content, None,
                           name)  # resolved_from, source_name

    def content_after(self, b: int) -> list[tuple[int, int]]:
        keys = self.keys
        while b < self.n and keys[b] in ("that", ",", ":"):
            b += 1
        return [(self.start_of(b), self.sent.end)] if b < self.n else []

    def content_before(self, a: int) -> list[tuple[int, int]]:
        while a > 0 and self.keys[a - 1] in (",", "—", "–", "-"):
            a -= 1
        return [(self.sent.start, self.end_of(a - 1))] if a > 0 else []

    def from_cue(self, cue: _Cue, cues: list[_Cue], speech: list[tuple[int, int]]) -> Attribution | None:
        keys, cat = self.keys, cue.category
        a, b = cue.a, cue.b
        if cue.nominal:
            start = a - 1
            if keys[start] not in _POSSESSIVES:  # "the mayor's", "Ana Ruiz's", "the Labor Ministry's"
                while start > 0 and (self.cap(start - 1) or keys[start - 1] in NAME_GLUE) \
                        and keys[start - 1] not in (",", "."):
                    start -= 1
                if start > 0 and keys[start - 1] in DETERMINERS:
                    start -= 1
            return self.make("indirect", "nominal-cue", cue, (start, a), None, speech or self.content_after(b))
        if cue.bare_nominal:
            subj, appo = self.sentence_subject()  # "Growers pressed arguments that ...": the subject's
            if subj is not None and subj[1] <= a and self.names_someone(*subj):
                return self.make("indirect", "bare-nominal-cue", cue, subj, appo, speech or self.content_after(b))
            return self.make("vague", "bare-nominal-cue", cue, None, None, speech or self.content_after(b),
                             source_type="anonymous")
        if cat == "according_to":
            src, appo = self.np_after(b, appositive=a > self.first_word())
            if src is None:
                return None
            content = self.content_before(a) if a > self.first_word() else \
                self.content_after(self.after_phrase(src[1], appo))
            if keys[src[0]] in ("reports", "report", "media") and not self.cap(src[0]):
                return self.make("vague", "according-to-reports", cue, src, appo, content, source_type="anonymous")
            return self.make("according_to", "according-to", cue, src, appo, speech or content)
        if cat == "vague":
            return self.make("vague", "vague-cue", cue, None, None, [], source_type="anonymous")
        if cat == "frame":
            start = self.skip_clause(b) if a == self.first_word() else self.skip_comma(b)
            src, appo = self.np_after(start, appositive=False)
            if src is None or not any(self.cap(i) or keys[i] in PRONOUNS or keys[i] in self.rules.sources
                                      for i in range(*src)):
                return None
            return self.make("indirect", "statement-frame", cue, src, appo,
                             speech or self.content_after(self.after_phrase(src[1], appo)))
        if cat == "chain":
            via_span, _ = self.np_before(a)
            src, appo = self.np_after(b)
            if src is not None and not (self.cap(src[0]) or keys[src[0]] in self.rules.sources
                                        or any(keys[i] in self.rules.sources for i in range(*src))):
                src = None  # "Okafor cited rude remarks": a speech verb with its subject before
            if src is None and via_span is not None:
                return self.make("direct" if speech else "indirect", "subject-cue", cue, via_span, None,
                                 speech or self.content_after(b))
            if src and keys[src[0]] in ("reports", "report", "media", "sources") and not self.cap(src[0]):
                return self.make("vague", "citing-reports", cue, src, appo, self.content_before(a) if a else [],
                                 source_type="anonymous")
            if src is None:
                return None
            if via_span is None and a > 0 and keys[a - 1] == ",":  # "..., citing X"
                via_span = None
            via = self.span_text(*via_span) if via_span else None
            return self.make("direct" if speech else "indirect", "chain", cue, src, appo,
                             speech or self.content_before(a), via=via)
        # speech, cognitive, data
        if cat == "cognitive" or "act" in cue.entry.tags:
            # beliefs and stances are attributed, but what follows is the writer's wording
            att = self.from_speech_cue(cue, speech)
            return None if att is None else replace(att, content=tuple(speech))
        return self.from_speech_cue(cue, speech)

    def from_speech_cue(self, cue: _Cue, speech: list[tuple[int, int]]) -> Attribution | None:
        keys, cat = self.keys, cue.category
        a, b = cue.a, cue.b
        participle = keys[a].endswith("ing")
        subj, appo = (None, None)
        prev = keys[a - 1] if a > 0 else ""
        r = a  # the cue, or the adverb before it after "to" or "who": "able to consistently tout"
        if prev.endswith("ly") and len(prev) > 4 and a >= 2 and keys[a - 2] in ("to", "who", "which", "that"):
            r, prev = a - 1, keys[a - 2]
        passive = None if "that" in cue.entry.tags else self.passive(a, b)  # "were frustrated that": an adjective
        if passive is not None:  # "had first been reported by The Coast Ledger"
            by, src, sappo = passive
            if src is None:  # "he was accused of ...": someone unnamed spoke, if no other cue names them
                if "passive" in cue.entry.tags and self.passive_fallback is None and by < 0 and not (
                        "order" in cue.entry.tags and b < self.n and keys[b] == "to"):  # "the crew was told
                    # to stay aboard": an instruction, no claim of anyone's
                    self.passive_fallback = self.make("vague", "passive-no-agent", cue, None, None,
                                                      self.content_after(b), source_type="anonymous")
                return None  # "the feast day is observed as ...": the subject is not the source
            content = [(self.start_of(b), self.end_of(by - 1))] if by > b else []
            return self.make("direct" if speech else "indirect", "passive-agent", cue, src, sappo,
                             speech or content)
        if cat == "data" and (phrase := self.data_phrase(a)) is not None:
            subj, appo = phrase, None  # "The latest ferry survey released on Tuesday shows ..."
            rule = "subject-cue"
        elif participle and prev == ",":
            subj, appo = self.sentence_subject()
            rule = "participle-cue"
        elif participle and prev == "by" and a >= 2 and self.keys[a - 2] not in PRONOUNS:
            subj, appo = self.sentence_subject()  # "He began by saying ...", "... by telling the crews that ..."
            rule = "by-gerund-cue"
        elif prev == "to" and self.stranded_relative(r - 1) is None:  # "took to Twitter to accuse ...": the
            # sentence's subject (but "everyone I spoke to said": the subject ends in "to")
            subj, appo = self.sentence_subject()
            if subj is not None and (h := self.infinitive_subject_head(r - 1)) is not None and \
                    subj[0] <= h < subj[1] - 1:  # "Lindqvist went on to": the subject ends before its verb
                subj = (subj[0], h + 1)
            rule = "infinitive-cue"
        elif prev in ("who", "which") and r >= 2 and keys[r - 2] == ",":  # "Vasko, who says ..."
            subj, appo = self.np_before(r - 2)
            if subj is not None and keys[subj[1] - 1] in PRONOUNS:
                subj = None
            rule = "relative-cue"
        elif prev in ("who", "which", "that") and r >= 2 and (head := self.relative_antecedent(r - 1)) is not None:
            # "the Coast Guard which reported ...", "a letter from her lawyer that says ..."
            subj, appo = self.np_before(head + 1)
            rule = "relative-cue"
        elif (coord := self.keys[max(0, self.skip_aux_back(a - 1))] in ("and", "but")) or \
                (participle and a == self.first_word()):
            subj, appo = self.sentence_subject() if coord else self.np_after(self.skip_clause(b))
            rule = "coordinated-cue" if coord else "participle-cue"
        else:
            link = self.linking_verb(a) if "that" in cue.entry.tags else None
            if link is not None and "'" in keys[link]:
                subj, appo = (link, link + 1), None  # "she's sure that"
            elif link is not None and keys[self.skip_aux_back(link - 1)] in ("and", "but"):
                subj, appo = self.sentence_subject()  # "... and walked away sure that"
            else:
                subj, appo = self.np_before(a if link is None else link)  # "officials seemed sure that"
            rule = "subject-cue"
            if participle and subj is not None and not self.subject_of_participle(subj, a):
                # "issued a flood warning", "released a statement saying", "sent a letter to the harbor
                # board demanding": an object or a compound; the participle belongs to the sentence's subject
                # (but "video showed Vasko saying", "a statement from the ministry saying")
                subj, appo = self.sentence_subject()
                rule = "participle-cue"
        after, after_appo = (None, None)
        if subj is None:
            after, after_appo = self.np_after(b)
            if after is not None and not self.inverted_ok(a, after):
                after = None
        colon = self.next_is_colon(b)
        if subj is None and after is None:
            return None
        src, sappo = (subj, appo) if subj is not None else (after, after_appo)
        if src[1] - src[0] == 1 and (keys[src[0]] == "you" or keys[src[0]] == "i" and keys[-1] == "?"):
            return None  # "what did you expect?", "how would I know?": the reader addressed, not a source
        via = None
        if keys[a] in ("told", "tell", "tells", "telling") and b < self.n:
            told, _ = self.np_after(b)
            if told is not None and self.types_in(*told) == {"media"}:
                via = self.span_text(*told)
        if colon is not None:
            return self.make("colon", "cue-colon", cue, src, sappo,
                             speech or [(self.end_of(colon), self.sent.end)], via=via)
        if speech:
            return self.make("direct", "quote-cue", cue, src, sappo, speech, via=via)
        if cat == "data":
            return self.make("data", "data-cue", cue, src, sappo, self.content_after(b), via=via,
                             source_type="data" if "data" in self.types_in(*src) else None)
        if subj is None:  # "..., said X" / "..., said X, the head of Y"
            return self.make("indirect", "inverted-cue", cue, src, sappo, self.content_before(a), via=via)
        if src[0] > 0 and keys[src[0] - 1] in (",", "—", "–") and src[0] - 1 > self.first_word() \
                and self.near_end(b):
            return self.make("indirect", "trailing-cue", cue, src, sappo, self.content_before(src[0]), via=via)
        return self.make("indirect", rule, cue, src, sappo, self.content_after(b), via=via)

    def subject_of_participle(self, subj: tuple[int, int], a: int) -> bool:
        """Is the phrase before an -ing cue its subject? Yes with a form of 'be' between them
        ("officials were warning") or when the phrase opens a clause ("..., with officials
        warning that"), names someone ("video showed Vasko saying"), is plural ("protesters
        chanting") or is a document ("a statement from the ministry saying"). No when it is the
        object of a verb and names no one ("released a statement saying"), the object of a
        preposition ("a letter to the board demanding"), or a nameless compound ("a flood warning")."""
        keys = self.keys
        if any(k in _PASSIVE_AUX for k in keys[subj[1]:a]):
            return True
        for x in range(a - 2, max(0, a - 6) - 1, -1):  # "The rivals spent months lobbing ...": the
            if keys[x] in _SPEND:  # subject spent the time, the participle is theirs
                return False
            if not (keys[x + 1] in _TIME_NOUNS or keys[x + 1] in DETERMINERS or keys[x + 1] in _NUMBER_WORDS
                    or keys[x + 1].isdigit() or keys[x + 1] in ("last", "past", "next", "much", "more")):
                break
        s = subj[0]
        if s <= self.first_word():
            return True
        k = keys[s - 1]
        if k in _CLAUSE_OPENERS or not k[0].isalnum():
            return True
        head = keys[subj[1] - 1]
        named = any(self.cap(x) or keys[x] in self.rules.sources for x in range(*subj))
        if k in PREPOSITIONS:
            return k in ("by", "from", "of", "like", "as") or head in self.rules.documents
        if not named and not self.cap(s - 1) and k not in BOUNDARY:
            return False  # the object of a verb
        return named or head.endswith("s") or head in self.rules.documents

    def passive(self, a: int, b: int) -> tuple[int, tuple[int, int] | None, tuple[int, int] | None] | None:
        """A passive cue ('was reported by X', 'has been called a coward by X', 'was told'):
        None if the cue is active, else (index of 'by' or -1, agent span, agent apposition); the
        agent span is None when there is no 'by' or its phrase names no source."""
        keys = self.keys
        if not keys[a].endswith(("ed", "id", "ld", "ote", "wn", "ght")) and keys[a] not in _IRREGULAR_PP:
            return None
        j = self.skip_aux_back(a - 1) + 1  # skip_aux_back also steps over the auxiliary
        if j >= a or not any(keys[x] in _PASSIVE_AUX for x in range(j, a)):
            return None
        infinitive = b < self.n and keys[b] == "to"  # "was urged to resign by party leaders"
        for k in range(b, min(self.n, b + (8 if infinitive else 6))):
            key = keys[k]
            if k == b and infinitive:
                continue
            if key == "by":
                src, appo = self.np_after(k + 1)
                if infinitive and src is not None and any(keys[x] in TIME_WORDS or keys[x] in _TIME_NOUNS
                                                          or keys[x] == "end" for x in range(*src)):
                    return -1, None, None  # "was expected to pass by Friday", "by the end of the week"
                if src is not None and any(self.cap(x) or keys[x] in self.rules.source_words or
                                           (keys[x].endswith("s") and x == src[1] - 1) for x in range(*src)):
                    return k, src, appo
                return k, None, None  # "was attacked by a mob": an agent, but not a source
            if key in BOUNDARY or not key[0].isalnum() and key not in ("'", "''", "“", "”", '"'):
                break
        return -1, None, None

    def relative_antecedent(self, rel: int) -> int | None:
        """The head before a relative pronoun at `rel` when it is a name, a source word or a
        document ('the Lisbrin Coast Guard which', 'a letter from her lawyer Friday that')."""
        j = rel - 1
        while j > 0 and self.keys[j] in TIME_WORDS and self.keys[j] not in ("on", "this", "last"):
            j -= 1
        if j < 0:
            return None
        k = self.keys[j]
        if not k[0].isalnum() or k in PRONOUNS or k in DETERMINERS or k in self.rules.cue_keys:
            return None
        if (self.cap(j) and j != self.first_word()) or k in self.rules.sources or k in self.rules.documents:
            return j
        if self.keys[rel] == "who" and k.isalpha() and k not in BOUNDARY and k not in PREPOSITIONS \
                and k not in AUXILIARIES:
            return j  # "the two councillors who voted against": "who" tells a person
        for x in range(j - 1, max(0, j - 4), -1):  # "a letter from her lawyer that says": the author speaks
            if self.keys[x] in ("from", "by") and self.keys[x - 1] in self.rules.documents:
                return j
            if self.keys[x] not in DETERMINERS and not self.cap(x):
                break
        return None

    def inverted_ok(self, a: int, after: tuple[int, int]) -> bool:
        """'..., said X' / '"...," reported Reuters': the cue right after a comma or a
        closing quote, and a name, a title or a source noun after it."""
        prev = self.keys[a - 1] if a > 0 else ""
        if prev == "-" and a >= 2 and self.keys[a - 2] == "-":
            prev = "—"  # a dash typed as '--'
        if prev not in (",", "”", '"', "'", "''", "’", "—", "–") and a != self.first_word():
            return False
        x, y = after
        keys = self.keys
        if keys[x] in ("reporters", "journalists"):
            return False
        return any(self.cap(i) or keys[i] in self.rules.sources for i in range(x, y))

    def near_end(self, b: int) -> bool:
        """Only a few words (a time, an addressee) follow token b before the sentence ends."""
        rest = [k for k in self.keys[b:] if k[0].isalnum()]
        return len(rest) <= 6 and "that" not in rest

    def skip_comma(self, b: int) -> int:
        return b + 1 if b < self.n and self.keys[b] == "," else b

    def skip_clause(self, b: int) -> int:
        """Past an introductory participial clause: 'Speaking to X about Y, NAME said'."""
        j = b
        while j < self.n and self.keys[j] != "," and j - b < 25:
            j += 1
        return j + 1 if j < self.n else b

    def after_phrase(self, end: int, appo: tuple[int, int] | None) -> int:
        j = appo[1] if appo else end
        return j + 1 if j < self.n and self.keys[j] == "," else j

    def next_is_colon(self, b: int) -> int | None:
        if ":" not in self.keys[b:b + 8]:
            return None  # the common case, decided in C
        j = b
        while j < self.n and j - b < 8 and not self.in_quote[j]:
            if self.keys[j] == ":":
                return j
            if self.keys[j] in (".", ";", ","):
                return None
            j += 1
        return None

    def colon_source(self) -> Attribution | None:
        """'Lindqvist: ...' -- a short name before a colon at the start of the sentence."""
        keys = self.keys
        first = self.first_word()
        for j in range(first, min(self.n, first + 6)):
            if keys[j] == ":":
                label_quoted = any(self.in_quote[first:j])
                transcript = label_quoted and all(self.words[x].isupper() or keys[x] in NAME_GLUE
                                                  for x in range(first, j))  # '"OKAFOR: Yes, ...'
                if j > first and all(self.cap(x) or keys[x] in NAME_GLUE for x in range(first, j)) \
                        and j + 1 < self.n and (transcript or not label_quoted):
                    src = (first, j)
                    if self.types_in(*src) & {"data"} or self.span_text(*src).lower() in self.rules.labels \
                            or all(keys[x] in TIME_WORDS or keys[x] in _MONTHS or keys[x][0].isdigit()
                                   or keys[x] in NAME_GLUE for x in range(first, j)):
                        return None  # "Wednesday: Rain likely", "March 3: ...": a date, not a speaker
                    return self.make("colon", "name-colon", None, src, None, [(self.end_of(j), self.sent.end)])
                return None
        return None


# ----------------------------------------------------------------------------- document

def attribute(seg: Segmented, rules: AttributionRules) -> Attributed:
    """One Attribution per sentence, plus the document's quotation spans."""
    text = seg.document.text
    quotes = find_quotes(seg)
    sentences = seg.sentences
    result: list[Attribution] = [UNSOURCED] * len(sentences)
    pending: list[int] = []
    starts = [s.start for s in sentences]
    by_sentence = _overlaps(quotes, seg, starts)
    cue_keys = rules.cue_keys
    for para in seg.paragraphs:
        if para.role != ROLE_BODY:
            continue
        skip_to = para.dateline[1] if para.dateline else -1
        for si in para.sentences:
            sent = sentences[si]
            qs = by_sentence.get(si, ())
            # (isdisjoint stops at the first cue word and builds no set)
            if not qs and not (not cue_keys.isdisjoint(sent.keys) or ":" in sent.keys
                               or sent.keys[:1] in _FIRST_TRIGGERS):
                continue  # no quotation, no cue word, no colon: the writer's own voice
            att = _SentenceRules(rules, text, sent, skip_to, qs).attribution()
            if att is None:
                pending.append(si)
            else:
                result[si] = att
    _share_quote_attributions(seg, quotes, result, starts, pending)
    _resolve_pending(seg, result, pending)
    _continue_colons(seg, result)
    _carry_over(seg, result, rules.given_names)
    _drop_stage_directions(seg, result)
    return Attributed(seg, tuple(result), quotes)


_STAGE_STRIP = "\"'“”‘’«»„`.,;:!?— \n"


def _drop_stage_directions(seg: Segmented, result: list[Attribution]) -> None:
    """A transcript's note in parentheses and capitals ("(LAUGHTER)", "(APPLAUSE.)"), also
    inside a quotation, records what happened in the room: nobody said it, so it is not the
    speaker's words."""
    text = seg.document.text
    for i, att in enumerate(result):
        if not att.sourced:
            continue
        s = seg.sentences[i]
        if text.find("(", s.start, s.start + 3) < 0:
            continue  # the common case: no parenthesis opens the sentence
        body = text[s.start:s.end].strip(_STAGE_STRIP)
        if body[:1] == "(" and body[-1:] == ")" and body.isupper() and "(" not in body[1:]:
            result[i] = UNSOURCED


# first tokens that send a sentence without cue words to the rules: a signature dash
# ("― Eva Lind."), an opening frame ("In his view, ...", "In the latest poll, ...")
_FIRST_TRIGGERS = frozenset({("—",), ("―",), ("–",), ("in",), ("by",)})


def _sentences_of(q: Quote, seg: Segmented, starts: Sequence[int]) -> range:
    """Indices of the sentences a quote overlaps (sentences are in text order)."""
    first = max(0, bisect_right(starts, q.start) - 1)
    if first < len(seg.sentences) and seg.sentences[first].end <= q.start:
        first += 1
    return range(first, bisect_left(starts, q.end))


def _overlaps(quotes: Sequence[Quote], seg: Segmented, starts: Sequence[int]) -> dict[int, list[Quote]]:
    out: dict[int, list[Quote]] = {}
    for q in quotes:
        for si in _sentences_of(q, seg, starts):
            out.setdefault(si, []).append(q)
    return out


def _share_quote_attributions(seg: Segmented, quotes: Sequence[Quote], result: list[Attribution],
                              starts: Sequence[int], pending: list[int]) -> None:
    """Every sentence inside one quotation (or one run of a quotation continued
    across paragraphs) gets the attribution of the quotation's cued sentence."""
    runs: list[list[Quote]] = []
    for q in quotes:
        if runs and not runs[-1][-1].closed and runs[-1][-1].end <= q.start and \
                _adjacent_paragraphs(seg, runs[-1][-1], q):
            runs[-1].append(q)
        else:
            runs.append([q])
    pend = set(pending)
    for run in runs:
        inside = sorted({i for q in run for i in _sentences_of(q, seg, starts)
                         if seg.paragraphs[seg.sentences[i].paragraph].role == ROLE_BODY})
        if len(inside) < 2:
            continue
        donor = next((result[i] for i in inside if result[i].sourced and result[i].kind in ("direct", "colon")),
                     None)
        if donor is None:
            continue
        for i in inside:
            if not result[i].sourced:
                s = seg.sentences[i]
                spans = tuple((max(q.start, s.start), min(q.end, s.end)) for q in run
                              if q.start < s.end and q.end > s.start)
                result[i] = replace(donor, rule="quote-continuation", content=spans)
                pend.discard(i)
    pending[:] = sorted(pend)


def _adjacent_paragraphs(seg: Segmented, a: Quote, b: Quote) -> bool:
    text = seg.document.text
    return not text[a.end:b.start].strip()


def _resolve_pending(seg: Segmented, result: list[Attribution], pending: Sequence[int]) -> None:
    """A quotation with no cue in its own sentence: its speaker is named by the
    next sentence of the same paragraph ('"..." / He added: ...') or else by the
    nearest attribution before it (the speaker of the surrounding quotes)."""
    sentences = seg.sentences
    waiting = set(pending)
    for si in pending:
        sent = sentences[si]
        donor = None
        nxt = si + 1
        while nxt in waiting and sentences[nxt].paragraph == sent.paragraph:
            nxt += 1  # the rest of the same quotation: its speaker is named after it
        if nxt < len(sentences) and sentences[nxt].paragraph == sent.paragraph and result[nxt].sourced \
                and result[nxt].kind in ("direct", "indirect", "colon") and result[nxt].source:
            donor = result[nxt]
        if donor is None:
            for j in range(si - 1, max(-1, si - 12), -1):
                if result[j].sourced and result[j].source and result[j].kind != "vague":
                    donor = result[j]
                    break
        if donor is None:
            result[si] = Attribution(True, "direct", None, None, None, None, "quote-unattributed", None, None,
                                     ((sent.start, sent.end),))
        else:
            result[si] = replace(donor, kind="direct", rule="quote-nearby-speaker", cue=None, cue_span=None,
                                 content=((sent.start, sent.end),))


def _continue_colons(seg: Segmented, result: list[Attribution]) -> None:
    """'The mayor added: Nobody warned us. And they never asked.' / 'OKAFOR: ...': speech
    introduced by a colon without quotation marks runs to the end of the paragraph;
    a colon that ends its paragraph introduces the whole next paragraph. A
    quotation after the colon is left to the quotation rules."""
    text = seg.document.text
    sentences = seg.sentences
    paragraphs = seg.paragraphs
    for i, att in enumerate(result):
        if att.kind != "colon" or att.rule not in ("cue-colon", "name-colon"):
            continue
        if att.rule == "name-colon" and att.source and not att.source.isupper() and len(att.source.split()) > 3:
            continue  # "Progress on the Ferry Question: ...": a run-in heading, not a speaker label
        sent = sentences[i]
        after = text[att.cue_span[1] if att.cue_span else sent.start:sent.end]
        tail = after[after.find(":") + 1:].lstrip() if ":" in after else ""
        if tail[:1] in _QUOTE_OPENERS:
            continue
        para = paragraphs[sent.paragraph]
        targets = [j for j in para.sentences if j > i]
        if not tail and not targets and sent.paragraph + 1 < len(paragraphs):
            nxt = paragraphs[sent.paragraph + 1]
            if nxt.role == ROLE_BODY:
                targets = list(nxt.sentences)
        for j in targets:
            if result[j].rule in ("cue-colon", "name-colon"):
                break  # the next speaker
            s = sentences[j]
            result[j] = replace(att, rule="colon-continuation", content=((s.start, s.end),))


# "a handful of shipping experts", "one of the doctors": the phrase goes on past "of"
_QUANTIFIERS = frozenset({"number", "group", "majority", "handful", "dozens", "hundreds", "thousands", "one", "two",
                          "some", "many", "most", "all", "several", "couple", "team", "panel", "none", "each",
                          "few", "half", "members", "coalition"})
# words between a subject and its verb that are not part of either ("Berg and Lund all suggested")
_FLOATING = frozenset({"all", "both", "each", "also", "too", "then", "now", "again", "still", "later", "once",
                       "first", "often", "never", "ever", "already", "just", "even", "not", "n't"})
# the finite auxiliaries and modals that show a clause after a stance adjective without "that"
_FINITE = frozenset({"will", "would", "could", "can", "may", "might", "should", "must", "shall", "is", "are",
                     "was", "were", "has", "have", "had", "does", "did", "won't", "wo", "isn't", "aren't",
                     "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "didn't", "can't",
                     "couldn't", "wouldn't", "shouldn't"})
_CLAUSE_DETERMINERS = frozenset({"the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our",
                                 "my", "your", "some", "many", "most", "all", "no", "both"})
# words after "as" that make it a conjunction or a time ("saw the pier as soon as", "as well as",
# "saw the parade as a child"): no opinion of the object
_NOT_AS_COMPLEMENT = frozenset({"soon", "well", "long", "much", "far", "many", "if", "though", "usual", "of",
                                "for", "to", "recently", "early", "late", "child", "children", "kid", "kids",
                                "boy", "girl", "teenager", "teenagers", "teen", "youngster", "student", "students",
                                "family", "tourist", "tourists", "guest", "guests", "spectator", "spectators"})
# speech nouns whose "that" usually opens a relative clause, not their content ("the statement
# that the mayor read", "the reason that she left"), and nouns of fact ("no evidence that")
_RELATIVE_HEAD_NOUNS = frozenset(read_list("attribution/relative_head_nouns.txt"))
# participles of judgment: in the passive someone unnamed judged ("is widely seen as", "was deemed
# unsafe"); those in _JUDGMENT_WITHOUT_AS also without "as" ("was deemed unsafe", "is considered a risk")
_JUDGMENT_PARTICIPLES = frozenset(read_list("attribution/judgment_participles.txt"))
_JUDGMENT_WITHOUT_AS = frozenset({"deemed", "considered"})
_NOT_JUDGED = frozenset({"next", "soon", "early", "late", "carefully", "separately", "together", "instead"})
# the entry of a cue that a rule finds without the lexicon (a passive judgment, a stance role)
_RULE_ENTRY = Entry("(rule)", "cognitive", 1.0, "a cue found by a rule", "exact", "builtin", 0, ("(rule)",),
                    frozenset(), ())
# nouns for a person by the stance they hold ("a tireless critic of", "a dogged opponent of")
_STANCE_HOLDERS = frozenset(read_list("attribution/stance_holders.txt"))
# cue tags whose non-speech sense the object tells (`object_sense`), and the nouns that tell it:
# places, structures, vehicles and animals ("attacked the bridge"), competitions ("ruled the
# league"), surfaces a note is taken on ("noted the address on a scrap of paper")
_OBJECT_TAGS = frozenset({"physical", "contest", "rival", "record"})
_PHYSICAL_OBJECTS = frozenset(read_list("attribution/physical_objects.txt"))
_CONTEST_NOUNS = frozenset(read_list("attribution/contest_nouns.txt"))
_WRITING_SURFACES = frozenset(read_list("attribution/writing_surfaces.txt"))
# verbs after the -s form of a noun-homograph cue that make it their plural subject ("plans include")
_NOUN_SUBJECT_VERBS = frozenset(read_list("attribution/noun_subject_verbs.txt"))
# "spent months lobbying": time spent on an act, the participle belongs to the sentence's subject
_SPEND = frozenset({"spend", "spends", "spent", "spending"})
# figures that are their owner's claim about the future or the unknown ("its growth forecast")
_ESTIMATE_NOUNS = frozenset(read_list("attribution/estimate_nouns.txt"))
# verbs that with "away" link a subject to the state an event left it in ("came away convinced")
_COME_AWAY = frozenset({"came", "come", "comes", "coming", "walked", "walk", "walks", "went"})
# degree words before a predicate adjective ("the farmers are so frustrated that")
_DEGREE = frozenset({"so", "very", "too", "quite", "more", "less", "most", "rather", "pretty", "fairly", "as"})
# adjectives that put a noun-homograph cue in a noun phrase ("his latest remarks", "public comments")
_NP_MODIFIERS = frozenset({"latest", "recent", "new", "earlier", "previous", "own", "public", "private", "repeated",
                           "many", "several", "numerous", "other", "such", "further", "similar", "initial",
                           "final", "official", "formal", "controversial", "critical", "harsh", "sharp"})
# words that keep a source unnamed: "people familiar with", "officials close to", "aides briefed on"
_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
                           "some", "many", "most", "few", "dozens", "hundreds", "both", "all"})
_UNNAMING = frozenset({"familiar", "close", "closest", "briefed", "knowledgeable", "anonymity", "unnamed",
                       "anonymous", "knowledge"})
_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept",
                     "sep", "oct", "nov", "dec"})
# "that year", "that night": 'that' as a demonstrative before a time noun
_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                     "sept", "oct", "nov", "dec"})
_TIME_NOUNS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "night", "morning",
                         "afternoon", "evening", "season", "summer", "winter", "spring", "autumn", "fall", "time",
                         "decade", "era", "weekend", "moment", "hour", "minute", "point", "date", "period"})
# "he's", "that's": a contracted 'is' or 'has', not a possessive
_CONTRACTED = frozenset({"he", "she", "it", "that", "there", "here", "who", "what", "where", "this", "let"})
_POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "our"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us"})
_PASSIVE_AUX = frozenset({"was", "were", "been", "being", "is", "are", "be"})
_IRREGULAR_PP = frozenset({"told", "said", "shown", "found", "thought", "known", "written", "spoken", "given",
                           "seen", "heard", "taken", "made", "put", "quoted", "forecast", "broadcast", "sent",
                           "sworn", "read", "set"})
# verbs that link a subject to a predicate adjective ("officials were convinced that")
_LINKING_VERBS = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re", "'m", "seem",
                            "seems", "seemed", "appear", "appears", "appeared", "remain", "remains", "remained",
                            "become", "becomes", "became", "grow", "grows", "grew", "feel", "feels", "felt",
                            "sound", "sounds", "sounded", "look", "looks", "looked", "stay", "stays", "stayed"})
# quantifiers that open a noun phrase as a determiner does ("some fishermen", "many women")
def _relative_head(k: str) -> bool:
    """Can key `k` end the noun before a relative clause without "who"/"that" ("everyone"
    in "everyone I spoke to")? Not a function word, punctuation or pronoun."""
    return k[0].isalnum() and k not in BOUNDARY and k not in PREPOSITIONS and k not in AUXILIARIES \
        and k not in PRONOUNS


# adverbs set off by commas between a subject and its verb ("Some farmers, however, question ...")
_PARENTHETICAL = frozenset({"however", "meanwhile", "though", "too", "also", "instead", "likewise", "moreover",
                            "nevertheless", "nonetheless", "similarly", "meantime", "still", "now", "then"})
# nouns that end vague phrases ("faced criticism", "came under scrutiny"), which may take adjectives
_CRITICISM_NOUNS = frozenset(read_list("attribution/criticism_nouns.txt"))
# -ing forms of cue words that are prepositions in news prose
_PREPOSITIONAL_FORMS = frozenset({"regarding", "concerning", "considering"})
_INDEFINITES = frozenset({"everyone", "everybody", "anyone", "anybody", "someone", "somebody", "nobody"})
_QUANTIFYING = frozenset({"some", "many", "most", "several", "few", "all", "both", "neither", "either"})
# words that may stand before an article inside one noun phrase ("all the ministers")
_PREDETERMINERS = frozenset({"all", "both", "half", "twice", "quite", "rather", "such", "what", "many"})
# words after which a noun phrase opens a clause of its own ("with officials warning that ...")
_CLAUSE_OPENERS = frozenset({"with", "and", "but", "as", "while", "because", "since", "although", "though",
                             "when", "if", "that", "whether", "amid", "without"})
_QUOTE_OPENERS = frozenset("“\"«‘'„`")

_POSSESSIVE_OF = {"his": "he", "her": "she", "their": "they", "my": "i", "our": "we"}

_ROLE_NOUNS = {"official": "official", "spokesman": "official", "spokeswoman": "official",
               "spokesperson": "official", "minister": "official", "president": "official", "senator": "official",
               "governor": "official", "mayor": "official", "ambassador": "official", "general": "official",
               "chairman": None, "source": None}


# words that tell a source's gender, for "he"/"she" carry-over (honorifics and gendered nouns)
_GENDER_WORDS = {**dict.fromkeys(("mrs", "ms", "miss", "madam", "madame", "dame", "lady", "spokeswoman",
                                  "chairwoman", "congresswoman", "councilwoman", "businesswoman", "assemblywoman",
                                  "woman", "mother", "wife", "daughter", "sister", "grandmother", "queen",
                                  "princess", "duchess", "actress", "widow", "girl", "aunt"), "f"),
                 **dict.fromkeys(("mr", "sir", "lord", "spokesman", "congressman", "councilman", "businessman",
                                  "assemblyman", "man", "father", "husband", "son", "brother", "grandfather",
                                  "king", "prince", "duke", "widower", "boy", "uncle"), "m")}
_PRONOUN_GENDER = {"he": "m", "she": "f"}
_NAME_WORD = re.compile(r"[\w'’.-]+")


def source_gender(source: str, given_names: dict[str, str]) -> str | None:
    """"f", "m" or None (unknown) for a source as written: an honorific or gendered noun
    ("Ms. Ortiz", "the spokeswoman") decides, else the first listed given name that is
    not a possessor ("Mayor Anna Berg's spokesman Tom Lund" is Tom's)."""
    words = _NAME_WORD.findall(source)
    low = [w.lower().replace("’", "'").rstrip(".") for w in words]
    for w in low:
        if w in _GENDER_WORDS:
            return _GENDER_WORDS[w]
    for i, w in enumerate(words):
        g = given_names.get(low[i])
        if g and w[0].isupper() and not (i + 1 < len(low) and low[i + 1].endswith("'s")):
            return g
    return None


def _carry_over(seg: Segmented, result: list[Attribution], given_names: dict[str, str]) -> None:
    """Resolve 'he', 'she', 'they', 'the official' to the nearest earlier named source
    (within three paragraphs). 'He' and 'she' pass over a person whose gender is known to
    differ ("Ms. Ortiz", "Elena Sarkis" for 'he') to the nearest one that fits, but not
    over an outlet or a body; with none that fits, the pronoun is kept. 'I' and 'we' as a
    source come from the writer's own text (cues inside quotations do not count): the
    writer, kept as they are."""
    recent: list[tuple[Attribution, int, str | None]] = []  # named sources, latest last
    genders: dict[str, str | None] = {}  # source_gender by source: a speaker is usually named again
    for i, att in enumerate(result):
        if not att.sourced or not att.source:
            continue
        words = att.source.lower().replace("’", "'").split()
        if len(words) == 1 and "'" in words[0] and words[0][:words[0].index("'")] in PRONOUNS:
            words = [words[0][:words[0].index("'")]]  # "she's sure that": the pronoun
        para = seg.sentences[i].paragraph
        while recent and para - recent[0][1] > 3:
            recent.pop(0)
        if len(words) == 1 and (words[0] in PRONOUNS or words[0] in _POSSESSIVE_OF):
            pronoun = _POSSESSIVE_OF.get(words[0], words[0])
            found = None
            if pronoun in _PRONOUN_GENDER:
                want = _PRONOUN_GENDER[pronoun]
                for k in range(len(recent) - 1, -1, -1):
                    cand, _, gender = recent[k]
                    if cand.source_type not in ("person", "official", None):
                        break  # an outlet or a body in between: not clear any more
                    if gender in (None, want):
                        found = cand
                        recent[k] = (cand, recent[k][1], want)  # "Alex Ward ... she said": Alex is a she
                        break
            elif pronoun == "they" and recent:  # "I", "we" outside quotes: the writer, not a source
                found = recent[-1][0]
            if found is not None:
                result[i] = replace(att, source=found.source, source_name=found.source_name,
                                    source_type=found.source_type, resolved_from=att.source)
            continue
        last_named = recent[-1][0] if recent else None
        if len(words) == 2 and words[0] == "the" and words[1] in _ROLE_NOUNS and last_named is not None \
                and last_named.source_type == "official":
            result[i] = replace(att, source=last_named.source, source_name=last_named.source_name,
                                source_type=last_named.source_type, resolved_from=att.source)
            continue
        if att.source_type not in ("anonymous",):
            gender = genders.get(att.source, "")
            if gender == "":
                gender = genders[att.source] = source_gender(att.source, given_names)
            recent.append((att, para, gender))
            if len(recent) > 8:
                recent.pop(0)
