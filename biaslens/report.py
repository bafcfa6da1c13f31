"""The result of an analysis: `ArticleReport` and the records it holds.

`ArticleReport` is what `biaslens.analyze()` returns. It is plain data
(frozen dataclasses) with three views: `to_dict()` / `to_json()` (the JSON
schema of DESIGN.md), `rows(level)` (CSV-ready dicts, no pandas needed) and
`to_frame(level)` (a pandas DataFrame with the same columns).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ._version import __version__
from .columns import CATEGORY_COLUMNS, LEVELS, category_column, names
from .tokens import count_words
from .types import Attribution, Document, Hit, Sentiment, fast_init

SCHEMA_VERSION = "2.0"  # 2.0: sourced_share may be null; 1.1: entities, speaker(s)/coref, hit target, source roles


@fast_init
@dataclass(frozen=True, slots=True)
class Contribution:
    """One hit's share of bias_score: points = weight x category factor x voice/sourcing multiplier."""

    sentence: int
    term: str
    category: str
    weight: float
    factor: float
    multiplier: float
    points: float
    reason: str

    def to_dict(self) -> dict:
        return {"sentence": self.sentence, "term": self.term, "category": self.category,
                "weight": self.weight, "factor": self.factor, "multiplier": self.multiplier,
                "points": self.points, "reason": self.reason}


@fast_init
@dataclass(frozen=True, slots=True)
class SentenceResult:
    index: int
    paragraph: int
    start: int
    end: int
    text: str
    role: str
    attribution: Attribution
    hits: tuple[Hit, ...]
    sentiment: Sentiment
    bias_points: float = 0.0
    hedges: tuple[Hit, ...] = ()
    # the word count the pipeline already made (the sentence's word tokens), so that the JSON
    # view does not tokenize every sentence again; None: counted from the text when asked
    _n_words: int | None = field(default=None, repr=False, compare=False)

    @property
    def n_words(self) -> int:
        return count_words(self.text) if self._n_words is None else self._n_words

    def to_dict(self) -> dict:
        return {"index": self.index, "paragraph": self.paragraph, "text": self.text, "start": self.start,
                "end": self.end, "role": self.role, "attribution": self.attribution.to_dict(),
                "hits": [h.to_dict() for h in self.hits], "hedges": [h.to_dict() for h in self.hedges],
                "sentiment": self.sentiment.to_dict(),
                "n_words": self.n_words, "bias_points": self.bias_points}


@fast_init
@dataclass(frozen=True, slots=True)
class Metrics:
    """Metrics of a paragraph or of the whole article (see columns.py for each field)."""

    n_sentences: int = 0
    n_words: int = 0
    sourced_share: float | None = 0.0  # None where undefined: headline paragraphs, paragraphs not analysed
    unsourced_sentences: int = 0
    loaded_count: int = 0
    loaded_per_100w: float = 0.0
    quoted_loaded_count: int = 0
    hedge_count: int = 0
    categories: dict[str, int] = field(default_factory=dict)
    vader_mean: float | None = None
    vader_min: float | None = None
    flesch_reading_ease: float | None = None
    flesch_kincaid_grade: float | None = None
    unsourced_loaded_sentences: int = 0
    bias_score: float = 0.0
    # article level only
    n_paragraphs: int | None = None
    anonymous_share: float | None = None
    n_sources: int | None = None
    n_named_sources: int | None = None
    top_loaded_terms: tuple[tuple[str, int], ...] = ()

    def to_dict(self) -> dict:
        d = {
            "n_sentences": self.n_sentences, "n_words": self.n_words, "sourced_share": self.sourced_share,
            "unsourced_sentences": self.unsourced_sentences, "loaded_count": self.loaded_count,
            "loaded_per_100w": self.loaded_per_100w, "quoted_loaded_count": self.quoted_loaded_count,
            "hedge_count": self.hedge_count, "categories": dict(self.categories),
            "vader_mean": self.vader_mean, "vader_min": self.vader_min,
            "flesch_reading_ease": self.flesch_reading_ease, "flesch_kincaid_grade": self.flesch_kincaid_grade,
            "unsourced_loaded_sentences": self.unsourced_loaded_sentences, "bias_score": self.bias_score,
        }
        if self.n_paragraphs is not None:
            d.update({"n_paragraphs": self.n_paragraphs, "anonymous_share": self.anonymous_share,
                      "n_sources": self.n_sources, "n_named_sources": self.n_named_sources,
                      "top_loaded_terms": [{"term": t, "count": n} for t, n in self.top_loaded_terms]})
        return d

    def flat(self, categories: Sequence[str] = ()) -> dict[str, Any]:
        """The metric columns of paragraphs.csv / articles.csv, with a count column for each
        declared category among `categories` (those a user lexicon's header adds)."""
        d = self.to_dict()
        cats = d.pop("categories")
        for cat, col in CATEGORY_COLUMNS.items():
            d[col] = cats.get(cat, 0)
        for cat in categories:
            if cat not in CATEGORY_COLUMNS:
                d.setdefault(category_column(cat), cats.get(cat, 0))
        if self.n_paragraphs is not None:
            d["top_loaded_terms"] = "; ".join(f"{t} ({n})" for t, n in self.top_loaded_terms)
        return d


@fast_init
@dataclass(frozen=True, slots=True)
class ParagraphResult:
    index: int
    start: int
    end: int
    text: str
    role: str
    metrics: Metrics
    sentences: tuple[SentenceResult, ...]

    def to_dict(self) -> dict:
        return {"index": self.index, "start": self.start, "end": self.end, "role": self.role, "text": self.text,
                "metrics": self.metrics.to_dict(), "sentences": [s.to_dict() for s in self.sentences]}


@fast_init
@dataclass(frozen=True, slots=True)
class SourceSummary:
    name: str
    type: str | None
    mentions: int
    variants: tuple[str, ...] = ()
    sentences: tuple[int, ...] = ()
    roles: tuple[str, ...] = ()  # speaker, relay (an outlet passing on someone's words), headline

    def to_dict(self) -> dict:
        return {"name": self.name, "type": self.type, "mentions": self.mentions,
                "variants": list(self.variants), "sentences": list(self.sentences), "roles": list(self.roles)}


@fast_init
@dataclass(frozen=True, slots=True)
class ArticleReport:
    """Everything biaslens found in one article, and how it got there."""

    document: Document
    metrics: Metrics
    paragraphs: tuple[ParagraphResult, ...]
    sources: tuple[SourceSummary, ...]
    lexicons: tuple[dict, ...]
    settings: dict
    contributions: tuple[Contribution, ...] = ()
    entities: tuple = ()  # EntitySummary records (biaslens.entities.records), in order of first mention

    # ------------------------------------------------------------------ views
    @property
    def sentences(self) -> tuple[SentenceResult, ...]:
        return tuple(s for p in self.paragraphs for s in p.sentences)

    @property
    def text(self) -> str:
        """The analysed text: every offset in this report points into it."""
        return self.document.text

    @property
    def article_id(self) -> str:
        return self.document.path or self.document.url or "article"

    def to_dict(self, *, include_text: bool = False) -> dict:
        doc = self.document.meta()
        if include_text:
            doc["text"] = self.document.text
        return {
            "schema_version": SCHEMA_VERSION,
            "biaslens_version": __version__,
            "lexicons": [dict(lx) for lx in self.lexicons],
            "settings": self.settings,
            "document": doc,
            "metrics": self.metrics.to_dict(),
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "sources": [s.to_dict() for s in self.sources],
            "bias_contributions": [c.to_dict() for c in self.contributions],
            "entities": [e.to_dict() for e in self.entities],
        }

    def to_json(self, *, indent: int | None = 2, include_text: bool = False) -> str:
        return json.dumps(self.to_dict(include_text=include_text), indent=indent, ensure_ascii=False)

    def rows(self, level: str = "sentence", *, article_id: str | None = None,
             extra: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """CSV-ready rows (dicts keyed by the columns of `level`: sentence, paragraph, article, entity
        or term), plus `extra` columns."""
        if level not in LEVELS:
            raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
        aid = article_id if article_id is not None else self.article_id
        cols = self.columns(level)
        categories = self.settings.get("categories", ())
        out: list[dict[str, Any]] = []
        if level == "article":
            d = self.metrics.flat(categories)
            doc = self.document
            d.update(article_id=aid, title=doc.title or "", input=doc.path or doc.url or "",
                     author=doc.author or "", date=doc.date or "", site_name=doc.site_name or "",
                     canonical_url=doc.canonical_url or "")
            out.append(d)
        elif level == "entity":
            out.extend(self._entity_rows(aid))
        elif level == "term":
            out.extend(self._term_rows(aid))
        elif level == "paragraph":
            for p in self.paragraphs:
                d = p.metrics.flat(categories)
                d.update(article_id=aid, paragraph=p.index, role=p.role)
                out.append(d)
        else:
            for s in self.sentences:
                a = s.attribution
                writer = [h for h in s.hits if h.voice == "writer"]
                loaded = writer
                out.append({
                    "article_id": aid, "paragraph": s.paragraph, "sentence": s.index, "start": s.start,
                    "end": s.end, "role": s.role, "text": s.text, "sourced": a.sourced,
                    "attribution_kind": a.kind or "", "source": a.source or "",
                    "source_type": a.source_type or "", "cue": a.cue or "", "via": a.via or "",
                    "speaker": "; ".join(a.speakers) if a.speakers else a.speaker or "",
                    "attribution_rule": a.rule or "", "loaded_count": len(loaded),
                    "loaded_terms": "; ".join(f"{h.term}[{h.category}]" for h in writer),
                    "quoted_loaded_count": sum(1 for h in s.hits if h.voice == "quoted"),
                    "hedge_count": sum(1 for h in s.hedges if h.voice == "writer"),
                    "vader_neg": s.sentiment.neg, "vader_neu": s.sentiment.neu, "vader_pos": s.sentiment.pos,
                    "vader_compound": s.sentiment.compound, "bias_points": s.bias_points,
                })
        result = []
        for d in out:
            row = {n: d.get(n) for n in cols}
            if extra:
                for k, v in extra.items():
                    row.setdefault(k, v)
            result.append(row)
        return result

    def _entity_rows(self, aid: str) -> list[dict[str, Any]]:
        total = sum(e.quoted_words for e in self.entities)
        return [{"article_id": aid, "entity_id": e.id, "name": e.name, "type": e.type, "roles": "; ".join(e.roles),
                 "source_roles": "; ".join(e.source_roles), "mentions": len(e.mentions),
                 "quoted_sentences": len(e.quoted_sentences), "quoted_words": e.quoted_words,
                 "share_of_voice": round(e.quoted_words / total, 4) if total else 0.0,
                 "descriptors": "; ".join(e.descriptors), "targeted_by": "; ".join(e.targeted_by), "tone": e.tone}
                for e in self.entities]

    def _term_rows(self, aid: str) -> list[dict[str, Any]]:
        """One row per hit and hedge, in text order (as the JSON's hits and hedges)."""
        rows = []
        for s in self.sentences:
            hits = sorted(s.hits + s.hedges, key=lambda h: (h.start, h.end)) if s.hedges else s.hits
            for h in hits:
                rows.append({"article_id": aid, "paragraph": s.paragraph, "sentence": s.index, "text": h.text,
                             "term": h.term, "entry": h.entry, "category": h.category, "weight": h.weight,
                             "voice": h.voice, "target": h.target or "", "start": h.start, "end": h.end})
        return rows

    def to_frame(self, level: str = "sentence", *, article_id: str | None = None):
        """A pandas DataFrame with the CSV columns of `level` (sentence, paragraph, article, entity or term)."""
        import pandas as pd

        return pd.DataFrame(self.rows(level, article_id=article_id), columns=self.columns(level))

    def columns(self, level: str = "sentence") -> list[str]:
        """The CSV columns of `level`: the standard ones (`biaslens.columns`), then at the paragraph
        and article levels a ``<category>_count`` column per category a user lexicon declares."""
        return names(level, self.settings.get("categories", ()))
