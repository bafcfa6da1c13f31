"""Stage 4, score: loaded-language hits with their voice, sentiment, readability.

- Lexicon hits come from one left-to-right pass over each sentence's tokens
  (`TermMatcher.find`: a dict lookup a token, no per-term regex).
- Each hit's voice is ``quoted`` when it lies inside a quotation or inside the
  content of reported speech found by the attribute stage, else ``writer``.
  A finding that data reports ("A study shows that ...", "polls found ...")
  is no one's speech: its words are the writer's.
  Words that describe a source ("Khomeinist regime Propagandist Minister
  Zarif ... stressed") are outside the content, hence the writer's.
- A short quotation with no speaker attached is a scare quote, a writer-voice
  hit of category ``scare``: one or two lower-case words (“improved”,
  “reform”), or a capitalised epithet of up to four words before a name
  (‘Mullah the Great’ Ali Khamenei). A longer lower-case quotation with no
  cue is read as a partial quotation of someone, its words not the writer's.
  A short quotation that a naming verb of a sourced sentence gives its object
  ('called the idea "ethnic cleansing"'), or a passive one its subject ('was
  called a "compromise"'), is someone's word, not a scare quote, and a
  quotation right after a noun naming words ('the word "choice"') is mentioned.
- VADER sentiment for every analysed sentence (`biaslens.sentiment`: VADER's
  exact answer, with two shortcuts); Flesch scores (textstat, offline) for
  every analysed paragraph and the article body.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

from .attribute.grammar import TIME_WORDS
from .entities.complements import frame_words
from .lexicons import Entry, Lexicon, TermMatcher
from .readability import combine, prepare, readability
from .sentiment import Sentiments
from .types import (
    ANALYSED_ROLES,
    ROLE_BODY,
    SHORT_QUOTE_MAX_WORDS,
    VOICE_QUOTED,
    VOICE_WRITER,
    Attributed,
    Attribution,
    Hit,
    Quote,
    Readability,
    Scored,
    SentenceScore,
)

# A short quotation with no speaker is a weaker signal than a lexicon word: many are
# partial quotations whose speaker is named elsewhere in the sentence or article.
SCARE_QUOTE_WEIGHT = 0.75
# Scare-quoted phrases are one or two words ("improved", "fake news"); an uncued lower-case
# quotation of three or four words is far more often a partial quotation of a speaker.
SCARE_PHRASE_MAX_WORDS = 2
_EMPTY = SentenceScore()
# words quoted as an answer or a vote ('without a single "no" vote', 'where saying “no” can mean
# execution'): the marks set off a word mentioned, no distance the writer takes from it
ANSWER_WORDS = frozenset({"yes", "no", "aye", "nay", "yea", "nope", "yep"})
HEDGES = "hedges"  # epistemic markers: reported apart from loaded-language hits


@dataclass(frozen=True, slots=True)
class ScoringRules:
    """Compiled loaded-language lexicons and a VADER analyzer. Built once per
    Analyzer; read-only afterwards, so one instance serves every thread."""

    matcher: TermMatcher
    vader: object
    scare_quote_max_words: int = SHORT_QUOTE_MAX_WORDS
    scare_quote_weight: float = SCARE_QUOTE_WEIGHT
    scare_phrase_max_words: int = SCARE_PHRASE_MAX_WORDS
    sentiments: Sentiments | None = None  # VADER with its exact shortcuts; built from `vader` if not given

    def __post_init__(self) -> None:
        if self.sentiments is None:
            object.__setattr__(self, "sentiments", Sentiments(self.vader))

    @classmethod
    def from_lexicons(cls, lexicons: Sequence[Lexicon], matcher: TermMatcher | None = None,
                      **settings) -> ScoringRules:
        """Rules for `lexicons`; `matcher`, when given, is their compiled TermMatcher (from a cache)."""
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        if matcher is None:
            entries: list[Entry] = [e for lx in lexicons for e in lx.entries]
            matcher = TermMatcher(entries, compounds=True, possessives=True)
        prepare()  # textstat, the syllable table and pyphen now, not on the first article
        return cls(matcher, SentimentIntensityAnalyzer(), **settings)


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in spans)


# Up to this many speech spans a hit is checked against each in turn; beyond, `_within`
# answers in logarithmic time, so a sentence of thousands of quotations stays linear.
_FEW_SPANS = 8


def _within(spans: Sequence[tuple[int, int]], *, inner: bool = False):
    """A test of a span (start, end) against `spans`: whether one of them contains it, or
    with `inner`, whether one of them lies inside it. Sorting once makes each test
    a binary search (plus, with `inner`, a scan of the spans starting inside it)."""
    ordered = sorted(spans)
    firsts = [a for a, _ in ordered]
    if inner:
        def lies_inside(start: int, end: int) -> bool:
            i = bisect_left(firsts, start)
            while i < len(ordered) and ordered[i][0] <= end:
                if ordered[i][1] <= end:
                    return True
                i += 1
            return False
        return lies_inside
    reach = list(accumulate((b for _, b in ordered), max))  # reach[i]: the furthest end of spans 0..i

    def contains(start: int, end: int) -> bool:
        i = bisect_right(firsts, start)
        return i > 0 and reach[i - 1] >= end
    return contains


def _spoken(att: Attribution) -> tuple[tuple[int, int], ...]:
    """The spans whose words are a source's, not the writer's: the content of reported speech,
    except what a finding verb reports ('A study shows that ...', 'polling has found ...', 'In the
    poll, ...') or what 'according to' gives to data ('..., according to police figures', 'according
    to a study by X'): it reports evidence, not anyone's words, so that clause is the writer's wording."""
    return () if att.kind == _DATA or _by_data(att) else att.content


def _by_data(att: Attribution) -> bool:
    """'According to' with figures, a study or a poll as its source: as 'figures show' does, it
    reports evidence, and the clause it closes is worded by the writer."""
    return att.kind == _ACCORDING_TO and att.source_type == _DATA


def _in_address(text: str, start: int, end: int) -> bool:
    before = text[start - 1:start] if start else ""
    after = text[end:end + 2]
    return before in ("/", "@", ".", ":", "_", "=") or (after[:1] in (".", "/", "@", "_") and after[1:2].isalnum())


def _not_a_word(text: str, start: int, end: int, surnames: frozenset[str]) -> bool:
    """A lexicon match that is no word of the writer's: a piece of a URL or address ("evil.invalid",
    "/slams/"), or a capitalised person's surname ("Lynch declined to comment" after "Loretta Lynch")."""
    if _in_address(text, start, end):
        return True
    if not surnames or not text[start].isupper():
        return False
    word = text[start:end]
    return (word[:-2] if word.endswith(("'s", "’s")) else word) in surnames


_ACCORDING_TO = "according_to"
_DATA = "data"  # the attribution kind of a finding reported ("shows", "found", "In the poll, ...")
_QUOTING = frozenset({"direct", "colon"})  # attributions whose content is the quotation itself
# the words of an object that may stand between a naming verb and the quotation it names ('called the idea
# "ethnic cleansing"', 'calling it a "hoax"')
_NAMING_OBJECT_MAX = 4
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their"})
_PASSIVE_BE = frozenset({"be", "been", "being", "is", "are", "was", "were"})
_PASSIVE_GAP = 2  # plain words (adverbs: 'widely', 'last night') between "be" and a passive naming verb


def named_by_source(q: Quote, att: Attribution, text: str, start: int) -> bool:
    """A short quotation that a naming verb in a sourced sentence gives its object ('X called the
    idea "ethnic cleansing"', 'dismissed the criticism, calling it "fearmongering"'), or a passive
    naming verb gives its subject in any sentence ('grown wild enough to be called "riots" by
    authorities', 'was being called a "compromise"'): someone's word, not the writer's distancing
    (`start`: the sentence's start). Only plain words may stand between the verb and the quotation;
    an article before it or "of" after it makes it a noun ("the term", "the toxic brand of")."""
    words = text[max(start, q.start - 60):q.start].split()
    forms = frame_words().naming_verbs  # (read by Analyzer(), with the framing rules)
    after = ""
    for k in range(len(words) - 1, max(-1, len(words) - _NAMING_OBJECT_MAX - 2), -1):
        w = words[k].lower()
        if w in forms:  # a verb, not the noun of "the term", "a name", "the toxic brand of"
            if after == "of" or (k and words[k - 1].lower() in _ARTICLES):
                return False
            return att.sourced or _passive(words, k)
        if not w.replace("'", "").replace("’", "").isalpha():
            return False
        after = w
    return False


def _passive(words: Sequence[str], k: int) -> bool:
    """Whether the verb words[k] is passive: a form of "be" right before it, or before up to
    `_PASSIVE_GAP` adverbs ('was called', 'was widely called', 'was last night branded')."""
    for j in range(k - 1, max(-1, k - _PASSIVE_GAP - 2), -1):
        w = words[j].lower()
        if w in _PASSIVE_BE:
            return True
        if not (w.endswith("ly") and w.isalpha() or w in TIME_WORDS):
            return False
    return False


def mentioned(q: Quote, text: str, start: int) -> bool:
    """A quotation right after a noun that names words ('repeatedly emphasized the word "choice"',
    'The term "deep state" typically refers to', 'the Arabic word "inshallah"'): the words are
    mentioned, not used, and the marks are the ones a mention needs, not the writer's distance
    (`start`: the sentence's start)."""
    before = text[max(start, q.start - 40):q.start].split()
    return bool(before) and before[-1].lower() in frame_words().mention_nouns


def scare_words(quoted: str) -> str:
    """A scare quote's words: without the quotation marks, nor the stop or comma that American style sets
    inside them ('she was "confident."': "confident")."""
    inner = quoted.strip("\"'“”‘’«»„‹›` ")
    return inner.rstrip(".,;:") or inner


def is_scare_quote(q: Quote, att: Attribution, max_words: int, start: int, end: int, text: str,
                   phrase_max_words: int = SCARE_PHRASE_MAX_WORDS) -> bool:
    """A short, closed quotation that is not the cued content of a direct quote
    (`start`, `end`: the sentence it is seen from), used as the writer's own
    distancing device: a lower-case phrase of at most `phrase_max_words` words
    ("improved", "reform") or a capitalised epithet of at most `max_words`
    right before a name (‘Mullah the Great’ Ali Khamenei), with no comma
    between. A quoted title or slogan ("Black Lives Matter", a book's name,
    'on "Face the Nation," Sen. Bernie Sanders') is not one."""
    if not q.closed or not 0 < q.n_words <= max_words:
        return False
    if att.sourced and att.kind in _QUOTING and _inside(att.content, max(q.start, start), min(q.end, end)):
        return False  # the quotation is what the source said ('Ruiz said: "The plan will fail."')
    if named_by_source(q, att, text, start):
        return False  # the name a source gives ('calling it "fearmongering"')
    if mentioned(q, text, start):
        return False  # the words themselves ('the word "wall"')
    inner = text[q.start:q.end].strip("\"'“”‘’«»„‹›` ")
    if scare_words(inner).lower() in ANSWER_WORDS:
        return False  # an answer or a vote named ('a single "no" vote', 'saying "yes"')
    first = next((ch for ch in inner if ch.isalpha()), "")
    if not first:
        return False
    if first.islower():
        return q.n_words <= phrase_max_words
    if inner.endswith(","):
        return False  # a title closing its phrase ('Speaking on "Fox News Sunday," Sen. Jim DeMint'), no epithet
    after = text[q.end:min(q.end + 3, end)].lstrip()  # (a name in the same sentence, not the next one's first word)
    return bool(after) and after[0].isupper()


def score(attributed: Attributed, rules: ScoringRules, surnames: frozenset[str] = frozenset()) -> Scored:
    """Lexicon hits, scare quotes, hedges, sentiment and readability of every analysed sentence
    (`surnames`: `Entities.surnames`, the people's names a capitalised lexicon word may be)."""
    seg = attributed.segmented
    text = seg.document.text
    find = rules.matcher.find
    sentiment = rules.sentiments.scores
    sentences, attributions = seg.sentences, attributed.attributions
    max_words, phrase_max_words = rules.scare_quote_max_words, rules.scare_phrase_max_words
    out: list[SentenceScore] = [_EMPTY] * len(sentences)
    quotes = attributed.quotes
    n_quotes = len(quotes)
    qi = 0
    for para in seg.paragraphs:
        if para.role not in ANALYSED_ROLES:
            continue
        for si in para.sentences:
            sent = sentences[si]
            att = attributions[si]
            s_start, s_end = sent.start, sent.end
            while qi < n_quotes and quotes[qi].end <= s_start:
                qi += 1
            if qi < n_quotes and quotes[qi].start < s_end:  # quotations overlapping the sentence
                here: list[Quote] = []
                k = qi
                while k < n_quotes and quotes[k].start < s_end:
                    here.append(quotes[k])
                    k += 1
                scare, speech = [], []
                for q in here:
                    if is_scare_quote(q, att, max_words, s_start, s_end, text, phrase_max_words):
                        scare.append(q)
                    else:
                        speech.append((q.start, q.end))
                speech.extend(_spoken(att))
            else:
                scare, speech = (), _spoken(att)
            found = find(sent.keys)
            if not found and not scare:  # most sentences: no hit, no scare quote
                out[si] = SentenceScore((), sentiment(sent.text, sent.keys), ())
                continue
            hits: list[Hit] = []
            hedges: list[Hit] = []
            if found:
                starts, words = sent.starts, sent.words
                quoted = _within(speech) if len(speech) > _FEW_SPANS else None
                for a, b, entry in found:
                    start, end = starts[a], starts[b - 1] + len(words[b - 1])
                    if _not_a_word(text, start, end, surnames):
                        continue
                    voice = VOICE_WRITER
                    if quoted is not None:
                        if quoted(start, end):
                            voice = VOICE_QUOTED
                    else:
                        for sa, sb in speech:
                            if sa <= start and end <= sb:
                                voice = VOICE_QUOTED
                                break
                    surface = text[start:end]
                    hit = Hit(" ".join(surface.lower().replace("’", "'").split()), entry.category, entry.weight,
                              start, end, voice, surface, entry.lexicon, entry.note, "lexicon", entry.term)
                    (hedges if entry.category == HEDGES else hits).append(hit)
            # quotations never overlap, so only the lexicon hits can cover a scare quote
            covered = _within([(h.start, h.end) for h in hits], inner=True) if scare else None
            for q in scare:
                a, b = max(q.start, s_start), min(q.end, s_end)
                if covered(a, b):
                    continue  # the quoted words are already a lexicon hit: count the device once
                inner = scare_words(text[a:b])
                hits.append(Hit(inner.lower(), "scare", rules.scare_quote_weight, a, b, VOICE_WRITER, text[a:b],
                                "rules", "short quotation with no speaker: the writer distances itself from "
                                "the words", "scare-quote", "(scare quote)"))
            if scare:
                hits.sort(key=lambda h: h.start)
            out[si] = SentenceScore(tuple(hits), sentiment(sent.text, sent.keys), tuple(hedges))
    paras = [readability(para.text) if para.role == ROLE_BODY else Readability() for para in seg.paragraphs]
    article = combine(paras)
    return Scored(attributed, tuple(out), tuple(paras), article)
