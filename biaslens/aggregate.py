"""Stage 5, aggregate: paragraph and article metrics, the source list, bias_score.

bias_score (see README, "How bias_score is computed"):

    points(hit)  = weight x category_factor[category] x multiplier
    multiplier   = unsourced (default 1.5) if the hit's sentence is unsourced,
                   sourced   (default 1.0) if it is sourced,
                   0         if the hit is quoted speech (always)
    bias_score   = 100 x sum(points) / max(n_words, min_words)   (min_words 40: about one paragraph)

computed over a paragraph's sentences (paragraph score) or all analysed
sentences (article score). Each hit's points are kept as a `Contribution`,
so every point of a score is traceable to a hit and a rule.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from functools import cache
from operator import itemgetter

from .entities.records import EntitySummary
from .report import ArticleReport, Contribution, Metrics, ParagraphResult, SentenceResult
from .sources import summarise_sources
from .types import ANALYSED_ROLES, ROLE_BODY, Scored


@dataclass(frozen=True)
class BiasWeights:
    """The knobs of bias_score. Quoted speech never adds points (not a knob)."""

    unsourced: float = 1.5
    sourced: float = 1.0
    category_factors: dict[str, float] = field(default_factory=dict)
    min_words: int = 40

    def factor(self, category: str) -> float:
        return self.category_factors.get(category, 1.0)

    def check(self, categories: Sequence[str]) -> None:
        """Refuse a factor for a category the lexicons do not have (a typo would silently
        change nothing), with the nearest one suggested, and a factor that is not a number >= 0."""
        from .lexicons import nearest

        for category, factor in self.category_factors.items():
            if category not in categories:
                hint = nearest(str(category), categories)
                raise ValueError(f"category_factors: unknown category {category!r}"
                                 + (f" (did you mean {hint!r}?)" if hint else "")
                                 + f"; the categories are {', '.join(categories)}")
            if isinstance(factor, bool) or not isinstance(factor, int | float) or not 0 <= factor < math.inf:
                raise ValueError(f"category_factors: the factor of {category!r} must be a number of at least 0, "
                                 f"not {factor!r}")

    def to_dict(self) -> dict:
        """The fields as a dict, as `dataclasses.asdict` gives them (built directly: every
        report carries a copy, and asdict's recursive deep copy cost more than the rest)."""
        return {"unsourced": self.unsourced, "sourced": self.sourced,
                "category_factors": dict(self.category_factors), "min_words": self.min_words}


def _round(x: float | None, n: int = 4) -> float | None:
    return None if x is None else round(x, n)


class _Tally:
    """Running counts behind one Metrics (a paragraph or the article), filled
    sentence by sentence in text order so that float sums are the same as
    summing the sentences' values one after another."""

    __slots__ = ("n_sentences", "n_body", "n_sourced", "unsourced_loaded", "loaded", "quoted", "hedges",
                 "cats", "vader", "points")

    def __init__(self) -> None:
        self.n_sentences = self.n_body = self.n_sourced = self.unsourced_loaded = 0
        self.loaded = self.quoted = self.hedges = 0
        self.cats: dict[str, int] = {}
        self.vader: list[float] = []
        self.points = 0.0

    def add(self, other: _Tally) -> None:
        """Add a paragraph's integer counts (floats are summed per sentence, not here)."""
        self.n_sentences += other.n_sentences
        self.n_body += other.n_body
        self.n_sourced += other.n_sourced
        self.vader.extend(other.vader)
        if other.loaded or other.quoted or other.hedges:  # (most paragraphs have no hits: nothing more)
            self.unsourced_loaded += other.unsourced_loaded
            self.loaded += other.loaded
            self.quoted += other.quoted
            self.hedges += other.hedges
            cats = self.cats
            for c, n in other.cats.items():
                cats[c] = cats.get(c, 0) + n

    def metrics(self, weights: BiasWeights, readability=None, *, n_words: int, body: bool = True,
                **article) -> Metrics:
        """The Metrics of the counts; `body` False (a headline paragraph) leaves sourced_share
        empty: it is a share of body sentences, and a headline has none. A share that is 0 or 1, a
        paragraph without loaded words or points and a paragraph of one sentence skip the rounding
        (what `round` gives for them is known; tests/test_aggregate_fastpaths.py)."""
        n_body, n_sourced, loaded, points = self.n_body, self.n_sourced, self.loaded, self.points
        fre, fkg = (readability.flesch_reading_ease, readability.flesch_kincaid_grade) if readability else (None, None)
        if not body:
            share = None
        elif not n_sourced or n_sourced == n_body:  # (no body sentence: no sourced one either)
            share = 0.0 if not n_sourced else 1.0
        else:
            share = round(n_sourced / n_body, 4)
        mean, low = _mean_min(self.vader)
        return Metrics(
            self.n_sentences, n_words, share, n_body - n_sourced,
            loaded, round(100 * loaded / n_words, 4) if loaded and n_words else 0.0, self.quoted, self.hedges,
            dict(sorted(self.cats.items())) if self.cats else {}, mean, low, fre, fkg, self.unsourced_loaded,
            round(max(0.0, 100 * points / max(n_words, weights.min_words)), 3) if points and self.n_sentences
            else 0.0, **article)


def _mean_min(vader: list[float]) -> tuple[float | None, float | None]:
    """The rounded mean and minimum of the sentences' VADER compounds. One sentence: the mean is
    `round(sum([v]) / 1, 4)`, the minimum `round(v, 4)`, the same number but for a zero (sum
    starts from 0: never -0.0)."""
    if not vader:
        return None, None
    if len(vader) == 1:
        v = vader[0]
        low = round(v, 4)
        return (low if v else 0.0), low
    return round(sum(vader) / len(vader), 4), round(min(vader), 4)


def _tally(t: _Tally, body: bool, sourced: bool, hits, hedges, compound: float,
           terms: list[str] | None = None) -> None:
    """Count one sentence into `t` (and its writer-voice terms into `terms`)."""
    t.n_sentences += 1
    t.vader.append(compound)
    if body:
        t.n_body += 1
        t.n_sourced += sourced
    if hits:
        cats = t.cats
        has_loaded = False
        for h in hits:
            if h.voice != "writer":
                t.quoted += 1
                continue
            cats[h.category] = cats.get(h.category, 0) + 1
            t.loaded += 1
            has_loaded = True
            if terms is not None:
                terms.append((h.entry if h.rule == "lexicon" else h.term).lower())
        t.unsourced_loaded += has_loaded and not sourced
    if hedges:
        t.hedges += sum(1 for h in hedges if h.voice == "writer")


def _contributions(s_index: int, hits, sourced: bool, weights: BiasWeights) -> list[Contribution]:
    out = []
    mult = weights.sourced if sourced else weights.unsourced
    factors = weights.category_factors  # (`weights.factor`, inlined)
    reason = "writer voice in a sourced sentence" if sourced else "writer voice in an unsourced sentence"
    for h in hits:
        if h.voice != "writer":
            continue
        factor = factors.get(h.category, 1.0)
        pts = h.weight * factor * mult
        out.append(Contribution(s_index, h.term, h.category, h.weight, factor, mult, round(pts, 4), reason))
    return out


def _sentence_points(contrib: list[Contribution]) -> float:
    """A sentence's points, `round(sum(c.points for c in contrib), 4)`: one contribution's points
    are rounded already, and rounding them again gives the same number (the sum starts from 0)."""
    if len(contrib) == 1:
        return 0 + contrib[0].points
    return round(sum(c.points for c in contrib), 4)


def _top_terms(terms: list[str]) -> tuple[tuple[str, int], ...]:
    """`tuple(Counter(terms).most_common(5))`: counted in first-seen order, the five commonest,
    ties kept in that order (a stable sort, as `most_common` gives them)."""
    if not terms:
        return ()
    counts: dict[str, int] = {}
    for t in terms:
        counts[t] = counts.get(t, 0) + 1
    return tuple(sorted(counts.items(), key=itemgetter(1), reverse=True)[:5])


_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}


def aggregate(scored: Scored, *, weights: BiasWeights, lexicons: tuple[dict, ...], settings: dict,
              entities: tuple[EntitySummary, ...] = ()) -> ArticleReport:
    attributed = scored.attributed
    seg = attributed.segmented
    sentences, attributions, scores = seg.sentences, attributed.attributions, scored.sentences
    contributions: list[Contribution] = []
    paragraphs: list[ParagraphResult] = []
    analysed: list[SentenceResult] = []
    article = _Tally()
    terms: list[str] = []
    total_words = n_paragraphs = anonymous = 0
    for para in seg.paragraphs:
        role = para.role
        results: list[SentenceResult] = []
        if role not in ANALYSED_ROLES:
            for si in para.sentences:
                sent, sc = sentences[si], scores[si]
                results.append(SentenceResult(si, sent.paragraph, sent.start, sent.end, sent.text, role,
                                              attributions[si], sc.hits, sc.sentiment, 0, sc.hedges, sent.n_words))
            sents = tuple(results)
            paragraphs.append(ParagraphResult(para.index, para.start, para.end, para.text, role,
                                              Metrics(n_sentences=len(sents), sourced_share=None), sents))
            continue
        n_paragraphs += 1
        body = role == ROLE_BODY
        tally = _Tally()
        vader = tally.vader
        words = 0  # the paragraph's words are its sentences' words: tokens never cross a sentence break
        for si in para.sentences:
            sent, sc, att = sentences[si], scores[si], attributions[si]
            hits, hedges, sentiment, sourced = sc.hits, sc.hedges, sc.sentiment, att.sourced
            points = 0  # round(sum([]), 4): an int, as JSON has always shown it
            if hits or hedges:
                if hits:
                    contrib = _contributions(si, hits, sourced, weights)
                    if contrib:
                        contributions.extend(contrib)
                        points = _sentence_points(contrib)
                        tally.points += points  # (a sentence without points adds nothing)
                        article.points += points
                _tally(tally, body, sourced, hits, hedges, sentiment.compound, terms)
            else:  # most sentences: what _tally counts for a sentence with no hits and no hedges
                tally.n_sentences += 1
                vader.append(sentiment.compound)
                if body:
                    tally.n_body += 1
                    tally.n_sourced += sourced
            if sourced and body:
                anonymous += att.source_type == "anonymous"
            n_words = sent.n_words
            results.append(SentenceResult(si, sent.paragraph, sent.start, sent.end, sent.text, role, att, hits,
                                          sentiment, points, hedges, n_words))
            words += n_words
        sents = tuple(results)
        analysed.extend(sents)
        article.add(tally)
        total_words += words
        metrics = tally.metrics(weights, scored.paragraphs[para.index], n_words=words, body=body)
        paragraphs.append(ParagraphResult(para.index, para.start, para.end, para.text, role, metrics, sents))
    sources = summarise_sources(analysed, {e.name: e.type for e in entities})
    sourced = article.n_sourced  # the sourced body sentences
    named = sum(1 for src in sources
                if src.type not in ("anonymous", "group", None) and src.name.lower() not in _PRONOUNS)
    metrics = article.metrics(weights, scored.article, n_words=total_words, n_paragraphs=n_paragraphs,
                              anonymous_share=_round(anonymous / sourced if sourced else 0.0),
                              n_sources=len(sources), n_named_sources=named,
                              top_loaded_terms=_top_terms(terms))
    return ArticleReport(seg.document, metrics, tuple(paragraphs), sources, lexicons, settings,
                         tuple(contributions), entities)


# What ingest may replace one for one (odd spaces, CR, line separators, control and
# zero-width characters), less the plain space, newline and tab it never touches.
_REPLACED = re.compile(r"[^\S \n\t]+|[\x00-\x08\x0e-\x1f\x7f-\x9f\u180e\u200b\ufeff]+")


def as_given(report: ArticleReport, given: str) -> ArticleReport:
    """The report with every text it shows cut from `given`, the text as handed to analyze().

    Ingest replaces NBSP, CR, control characters and the like one for one so that
    matching sees plain spaces; offsets are the same in both texts, so the document,
    paragraph, sentence and hit texts are cut again from a text that has those
    characters back (and keeps whatever else ingest changed, such as a lone surrogate's
    replacement, which could not be written out). Source names stay normalised.
    Only the records whose span holds such a character are rebuilt (a text with NBSP
    has them in a few paragraphs): the others keep their text, which is the same cut."""
    text = report.document.text
    if text == given or len(text) != len(given):
        return report
    parts, pos = [], 0
    starts, ends = [], []  # the runs where the text shown differs from the text analysed
    for m in _REPLACED.finditer(given):
        a, b = m.span()
        run = m.group()
        if text[a:b] != run:
            starts.append(a)
            ends.append(b)
        parts += (text[pos:a], run)
        pos = b
    if not starts:
        return report
    shown = "".join(parts) + text[pos:]

    def touched(a: int, b: int) -> bool:  # whether a run lies (partly) in [a, b)
        i = bisect_right(ends, a)
        return i < len(starts) and starts[i] < b

    def cut(hits):
        return tuple(_replace(h, text=shown[h.start:h.end]) if touched(h.start, h.end) else h for h in hits)

    def sentence(s):  # a sentence (and its hits) with no such character stays as it is
        if not touched(s.start, s.end):
            return s
        return _replace(s, text=shown[s.start:s.end], hits=cut(s.hits), hedges=cut(s.hedges))

    def paragraph(p):
        if not touched(p.start, p.end):
            return p
        return _replace(p, text=shown[p.start:p.end], sentences=tuple(map(sentence, p.sentences)))

    paragraphs = tuple(map(paragraph, report.paragraphs))
    return _replace(report, document=_replace(report.document, text=shown), paragraphs=paragraphs)


@cache
def _init_fields(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls) if f.init)


def _replace(obj, **changes):
    """`dataclasses.replace` for the report's records (plain init fields only), without its
    per-call walk over the class's field objects: a text with NBSP rebuilds most records."""
    return type(obj)(*[changes[n] if n in changes else getattr(obj, n) for n in _init_fields(type(obj))])
