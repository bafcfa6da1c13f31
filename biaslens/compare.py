"""Compare two analysed articles: their metrics side by side, and the loaded
terms and sources each uses that the other does not.

Plain data in, plain data out; `biaslens.render.comparison` formats it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ._version import __version__
from .report import SCHEMA_VERSION, ArticleReport, SourceSummary

# (metric, label, format): the figures shown side by side, in this order.
METRICS: tuple[tuple[str, str, str], ...] = (
    ("bias_score", "bias_score", ".2f"),
    ("sourced_share", "sourced share", "%"),
    ("unsourced_sentences", "unsourced sentences", "d"),
    ("loaded_count", "loaded terms (writer)", "d"),
    ("loaded_per_100w", "loaded per 100 words", ".2f"),
    ("quoted_loaded_count", "loaded terms in quotes", "d"),
    ("hedge_count", "hedges", "d"),
    ("unsourced_loaded_sentences", "unsourced + loaded sentences", "d"),
    ("n_sources", "distinct sources", "d"),
    ("n_named_sources", "named sources", "d"),
    ("anonymous_share", "anonymous share", "%"),
    ("vader_mean", "sentiment (VADER mean)", "+.2f"),
    ("flesch_reading_ease", "Flesch reading ease", ".1f"),
    ("n_sentences", "sentences", "d"),
    ("n_words", "words", "d"),
)


@dataclass(frozen=True)
class Comparison:
    a: ArticleReport
    b: ArticleReport
    metrics: tuple[tuple[str, str, str, float | int | None, float | int | None], ...]
    terms_only_a: tuple[tuple[str, str, int], ...]  # (term, category, count)
    terms_only_b: tuple[tuple[str, str, int], ...]
    terms_shared: tuple[tuple[str, str, int, int], ...]  # (term, category, count in a, count in b)
    sources_only_a: tuple[SourceSummary, ...]
    sources_only_b: tuple[SourceSummary, ...]
    sources_shared: tuple[tuple[SourceSummary, SourceSummary], ...]

    def to_dict(self) -> dict:
        def label(r: ArticleReport) -> dict:
            return {"title": r.document.title, "input": r.document.path or r.document.url}

        def src(s: SourceSummary) -> dict:
            return {"name": s.name, "type": s.type, "mentions": s.mentions}

        return {
            "schema_version": SCHEMA_VERSION, "biaslens_version": __version__,
            "a": label(self.a), "b": label(self.b),
            "metrics": [{"metric": m, "a": va, "b": vb,
                         "difference": round(vb - va, 6) if isinstance(va, int | float)
                         and isinstance(vb, int | float) else None} for m, _, _, va, vb in self.metrics],
            "terms_only_a": [{"term": t, "category": c, "count": n} for t, c, n in self.terms_only_a],
            "terms_only_b": [{"term": t, "category": c, "count": n} for t, c, n in self.terms_only_b],
            "terms_shared": [{"term": t, "category": c, "count_a": na, "count_b": nb}
                             for t, c, na, nb in self.terms_shared],
            "sources_only_a": [src(s) for s in self.sources_only_a],
            "sources_only_b": [src(s) for s in self.sources_only_b],
            "sources_shared": [{"a": src(x), "b": src(y)} for x, y in self.sources_shared],
        }


def writer_terms(report: ArticleReport) -> Counter[tuple[str, str]]:
    """Writer-voice loaded terms by (lexicon entry, category): "meddled" and "meddling" are one term."""
    return Counter(((h.entry or h.term).lower() if h.rule == "lexicon" else h.term.lower(), h.category)
                   for s in report.sentences for h in s.hits if h.voice == "writer")


_WORD = re.compile(r"\w+")
_DROP = {"the", "a", "an", "of", "mr", "mrs", "ms", "dr", "s"}


def _source_names(s: SourceSummary) -> list[tuple[frozenset[str], bool]]:
    """Each name variant as (its words, whether it holds a proper name)."""
    out = []
    for v in (s.name, *s.variants):
        words = [w for w in _WORD.findall(v.replace("’", "'")) if w.lower() not in _DROP]
        if words:
            out.append((frozenset(w.lower() for w in words), any(w[0].isupper() for w in words)))
    return out


def same_source(x: SourceSummary, y: SourceSummary) -> bool:
    """One source in both articles: the same name, or a proper name contained in the
    other's ("Rouhani" and "President Hassan Rouhani"). A common noun matches only
    itself: "officials" is not "customs officials"."""
    for a, a_proper in _source_names(x):
        for b, b_proper in _source_names(y):
            if a == b or (a < b and a_proper) or (b < a and b_proper):
                return True
    return False


def compare(a: ArticleReport, b: ArticleReport) -> Comparison:
    ma, mb = a.metrics.to_dict(), b.metrics.to_dict()
    metrics = tuple((m, label, fmt, ma.get(m), mb.get(m)) for m, label, fmt in METRICS)
    ta, tb = writer_terms(a), writer_terms(b)
    only_a = tuple(sorted(((t, c, n) for (t, c), n in ta.items() if (t, c) not in tb), key=lambda x: (-x[2], x[0])))
    only_b = tuple(sorted(((t, c, n) for (t, c), n in tb.items() if (t, c) not in ta), key=lambda x: (-x[2], x[0])))
    shared = tuple(sorted(((t, c, n, tb[(t, c)]) for (t, c), n in ta.items() if (t, c) in tb),
                          key=lambda x: (-(x[2] + x[3]), x[0])))
    pairs: list[tuple[SourceSummary, SourceSummary]] = []
    used_b: set[int] = set()
    for sa in a.sources:
        for j, sb in enumerate(b.sources):
            if j not in used_b and same_source(sa, sb):
                pairs.append((sa, sb))
                used_b.add(j)
                break
    paired_a = {id(x) for x, _ in pairs}
    return Comparison(
        a, b, metrics, only_a, only_b, shared,
        tuple(s for s in a.sources if id(s) not in paired_a),
        tuple(s for j, s in enumerate(b.sources) if j not in used_b),
        tuple(pairs),
    )
