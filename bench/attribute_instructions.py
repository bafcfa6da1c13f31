#!/usr/bin/env python3
"""The attribution stage alone, as counted CPU instructions per real article.

    python bench/attribute_instructions.py                 # 40 development articles
    python bench/attribute_instructions.py --articles 100

`instructions.py` counts a whole `analyze`; this counts `biaslens.attribute.attribute`
by itself. Two runs under callgrind build an Analyzer, segment the ten warm-up articles
(`instructions.WARM`) and the measured ones, attribute the warm-up articles, and then
attribute all the measured articles or none: the difference divided by the number of
articles is the stage's cost (the segmenting is the same in both runs and cancels; the
segmented articles are frozen out of the collector's way first, as in entity_instructions.py).
The articles are the ones `instructions.py --news` measures (after its ten warm-up
articles), so the figure compares with its analyze figure.

Needs valgrind on PATH and the development data (see bench/realnews.py).
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from instructions import WARM, callgrind  # noqa: E402


def workload(measure: int, total: int) -> None:
    """Run inside valgrind: segment WARM + `total` articles, attribute the WARM ones, then `measure` more."""
    sys.path.append(str(HERE.parent))  # after PYTHONPATH and the installed package: either may be measured
    from realnews import find_data, news_articles

    from biaslens import Analyzer, ingest
    from biaslens.attribute import attribute
    from biaslens.segment import segment

    data = find_data()
    if data is None:
        sys.exit("attribute_instructions: needs the development data (see bench/realnews.py)")
    analyzer = Analyzer()
    segmented = [segment(ingest.read_text(t), analyzer._splitter) for t in news_articles(data)[:WARM + total]]
    rules = analyzer._attribution
    for seg in segmented[:WARM]:
        attribute(seg, rules)
    # The segmented articles, all held at once, are a heap no real process holds: frozen, so that a
    # full collection landing in one run and not the other does not walk them (see entity_instructions.py)
    gc.freeze()
    for seg in segmented[WARM:WARM + measure]:
        attribute(seg, rules)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=40, help="measured articles")
    ap.add_argument("--run", type=int, metavar="MEASURE", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.run is not None:
        return workload(args.run, args.articles)
    if args.articles < 1:
        sys.exit("attribute_instructions: --articles must be at least 1")
    runs = [callgrind([sys.executable, __file__, "--run", str(m), "--articles", str(args.articles)])
            for m in (args.articles, 0)]
    print(f"attribute instructions per article ({args.articles} real news articles): "
          f"{(runs[0] - runs[1]) / args.articles / 1e6:.3f} M")


if __name__ == "__main__":
    main()
