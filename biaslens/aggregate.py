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

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

from .report import ArticleReport, Contribution, Metrics, ParagraphResult, SentenceResult, SourceSummary
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

    def to_dict(self) -> dict:
        return asdict(self)


def _round(x: float | None, n: int = 4) -> float | None:
    return None if x is None else round(x, n)


def _metrics(sents: Sequence[SentenceResult], weights: BiasWeights, readability=None, *, n_words: int) -> Metrics:
    n_sourced = n_body = unsourced_loaded = loaded = quoted = hedges = 0
    cats: dict[str, int] = {}
    vader: list[float] = []
    points = 0.0
    for s in sents:
        vader.append(s.sentiment.compound)
        if s.role == ROLE_BODY:
            n_body += 1
            n_sourced += s.attribution.sourced
        has_loaded = False
        for h in s.hits:
            if h.voice != "writer":
                quoted += 1
                continue
            cats[h.category] = cats.get(h.category, 0) + 1
            loaded += 1
            has_loaded = True
        if s.hedges:
            hedges += sum(1 for h in s.hedges if h.voice == "writer")
        unsourced_loaded += has_loaded and not s.attribution.sourced
        points += s.bias_points
    fre, fkg = (readability.flesch_reading_ease, readability.flesch_kincaid_grade) if readability else (None, None)
    return Metrics(
        n_sentences=len(sents), n_words=n_words,
        sourced_share=_round(n_sourced / n_body if n_body else 0.0),
        unsourced_sentences=n_body - n_sourced,
        loaded_count=loaded, loaded_per_100w=_round(100 * loaded / n_words if n_words else 0.0),
        quoted_loaded_count=quoted, hedge_count=hedges, categories=dict(sorted(cats.items())),
        vader_mean=_round(sum(vader) / len(vader)) if vader else None,
        vader_min=_round(min(vader)) if vader else None,
        flesch_reading_ease=fre, flesch_kincaid_grade=fkg,
        unsourced_loaded_sentences=unsourced_loaded,
        bias_score=_round(max(0.0, 100 * points / max(n_words, weights.min_words)) if sents else 0.0, 3),
    )


def _contributions(s_index: int, hits, sourced: bool, weights: BiasWeights) -> list[Contribution]:
    out = []
    for h in hits:
        if h.voice != "writer":
            continue
        mult = weights.sourced if sourced else weights.unsourced
        factor = weights.factor(h.category)
        pts = h.weight * factor * mult
        reason = ("writer voice in a sourced sentence" if sourced else "writer voice in an unsourced sentence")
        out.append(Contribution(s_index, h.term, h.category, h.weight, factor, mult, round(pts, 4), reason))
    return out


_TITLES = re.compile(r"^(?:the|mr|mrs|ms|dr|president|prime minister|minister|gen|general|sen|senator|rep|gov|"
                     r"governor|secretary|chancellor|ayatollah|supreme leader|king|queen|prince|sheikh)\.?\s+",
                     re.I)
_STOP = {"the", "of", "a", "an", "and", "'s", "’s", "s"}


def _key_words(name: str) -> frozenset[str]:
    words = re.findall(r"[\w]+", _TITLES.sub("", name.lower().replace("’", "'")))
    return frozenset(w for w in words if w not in _STOP)


_TYPE_ORDER = {"media": 0, "official": 1, "data": 2, "institution": 3, "person": 4, "anonymous": 5}


def summarise_sources(sentences: Sequence[SentenceResult]) -> tuple[SourceSummary, ...]:
    """Distinct sources with their type and mentions. Variants merge when one
    name's words are contained in the other's ("Rouhani" in "Hassan Rouhani")."""
    groups: list[dict] = []
    key_words: dict[str, frozenset[str]] = {}
    for s in sentences:
        a = s.attribution
        if not a.sourced or not a.source:
            continue
        name = a.source_name or a.source
        words = key_words.get(name)
        if words is None:
            words = key_words[name] = _key_words(name)
        if not words:
            continue
        for g in groups:
            if words <= g["words"] or g["words"] <= words:
                g["words"] |= words
                g["variants"][name] += 1
                g["types"][a.source_type] += 1
                g["sentences"].append(s.index)
                break
        else:
            groups.append({"words": set(words), "variants": Counter({name: 1}),
                           "types": Counter({a.source_type: 1}), "sentences": [s.index]})
    out = []
    for g in groups:
        name = max(g["variants"], key=lambda v: (len(v), g["variants"][v]))
        # the most specific type any mention established ("Foreign Minister Lena Vasko" makes a
        # later bare "Vasko" an official too)
        stype = min(g["types"], key=lambda t: (_TYPE_ORDER.get(t, 9), -g["types"][t]))
        out.append(SourceSummary(name, stype, sum(g["variants"].values()), tuple(sorted(g["variants"])),
                                 tuple(g["sentences"])))
    out.sort(key=lambda x: (-x.mentions, x.name.lower()))
    return tuple(out)


_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}


def aggregate(scored: Scored, *, weights: BiasWeights, lexicons: tuple[dict, ...], settings: dict) -> ArticleReport:
    attributed = scored.attributed
    seg = attributed.segmented
    sentence_results: list[SentenceResult] = []
    contributions: list[Contribution] = []
    for sent in seg.sentences:
        role = seg.paragraphs[sent.paragraph].role
        sc = scored.sentences[sent.index]
        att = attributed.attributions[sent.index]
        contrib = _contributions(sent.index, sc.hits, att.sourced, weights) if role in ANALYSED_ROLES else []
        contributions.extend(contrib)
        sentence_results.append(SentenceResult(
            sent.index, sent.paragraph, sent.start, sent.end, sent.text, role, att, sc.hits, sc.sentiment,
            round(sum(c.points for c in contrib), 4), sc.hedges))
    paragraphs: list[ParagraphResult] = []
    analysed: list[SentenceResult] = []
    total_words = 0
    for para in seg.paragraphs:
        sents = tuple(sentence_results[i] for i in para.sentences)
        if para.role in ANALYSED_ROLES:
            words = para.n_words  # one count a paragraph: tokens never cross a sentence break
            total_words += words
            m = _metrics(sents, weights, scored.paragraphs[para.index], n_words=words)
            analysed.extend(sents)
        else:
            m = Metrics(n_sentences=len(sents))
        paragraphs.append(ParagraphResult(para.index, para.start, para.end, para.text, para.role, m, sents))
    sources = summarise_sources(analysed)
    base = _metrics(analysed, weights, scored.article, n_words=total_words)
    body = [s for s in analysed if s.role == ROLE_BODY]
    sourced = [s for s in body if s.attribution.sourced]
    anonymous = sum(1 for s in sourced if s.attribution.source_type == "anonymous")
    named = sum(1 for src in sources if src.type not in ("anonymous", None) and src.name.lower() not in _PRONOUNS)
    terms = Counter((h.entry if h.rule == "lexicon" else h.term).lower() for s in analysed for h in s.hits
                    if h.voice == "writer")
    metrics = Metrics(**{**{f: getattr(base, f) for f in base.__dataclass_fields__},
                         "n_paragraphs": sum(1 for p in seg.paragraphs if p.role in ANALYSED_ROLES),
                         "anonymous_share": _round(anonymous / len(sourced) if sourced else 0.0),
                         "n_sources": len(sources), "n_named_sources": named,
                         "top_loaded_terms": tuple(terms.most_common(5))})
    return ArticleReport(seg.document, metrics, tuple(paragraphs), sources, lexicons, settings,
                         tuple(contributions))
