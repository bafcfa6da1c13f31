#!/usr/bin/env python3
"""The entities stage and framing alone, as counted CPU instructions per real article.

    python bench/entity_instructions.py                 # 100 development articles
    python bench/entity_instructions.py --articles 40

`instructions.py` counts a whole `analyze`; this counts the two stages of
`biaslens.entities` by themselves. Their inputs (attributed, entities and
scored articles) are built first, outside valgrind, and pickled; then three
runs under callgrind load them, build an Analyzer and analyse the same ten
warm-up articles (`bench.instructions.WARM`), and run nothing more, the
entities stage over every article, or framing over every article. The
differences divided by the number of articles are the stages' costs.
The articles are the ones `instructions.py --news` measures (after its ten
warm-up articles), so the figures compare with its analyze figure.

Needs valgrind on PATH and the development data (see bench/realnews.py).
"""

from __future__ import annotations

import argparse
import gc
import pickle
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from instructions import WARM, callgrind  # noqa: E402

MODES = ("none", "entities", "framing")


def attributed_articles(n: int, who: str):
    """The analyzer, the WARM warm-up texts and `n` real articles attributed (the entities stage's input);
    `who` names the script in the message when the development data is absent."""
    from realnews import find_data, news_articles

    from biaslens import Analyzer, ingest
    from biaslens.attribute import attribute
    from biaslens.segment import segment

    data = find_data()
    if data is None:
        sys.exit(f"{who}: needs the development data (see bench/realnews.py)")
    texts = news_articles(data)[:WARM + n]
    an = Analyzer()
    return an, texts[:WARM], [attribute(segment(ingest.read_text(t), an._splitter), an._attribution)
                              for t in texts[WARM:]]


def prepare(path: Path, n: int) -> None:
    """Pickle the warm-up texts and the inputs of both stages for `n` articles."""
    from biaslens.entities import resolve_entities
    from biaslens.score import score

    an, warm, atts = attributed_articles(n, "entity_instructions")
    ents = [resolve_entities(a, an._entities) for a in atts]
    scored = [score(e.attributed, an._scoring) for e in ents]
    with path.open("wb") as f:
        pickle.dump((warm, atts, ents, scored), f)


def workload(path: Path, mode: str) -> None:
    """Run inside valgrind: load, warm up, then one stage over every article (or nothing)."""
    from biaslens import Analyzer
    from biaslens.entities import resolve_entities
    from biaslens.entities.framing import frame

    with path.open("rb") as f:
        warm, atts, ents, scored = pickle.load(f)  # noqa: S301 - written by prepare() above
    an = Analyzer()
    for t in warm:
        an.analyze(t)
    # The unpickled inputs of every article are a heap no real process holds: frozen, so that a full
    # collection landing in one run and not another does not walk them (it moved a stage's figure by
    # 10%). The stage's own garbage is still collected as usual.
    gc.freeze()
    if mode == "entities":
        for a in atts:
            resolve_entities(a, an._entities)
    elif mode == "framing":
        valence = an._scoring.vader.lexicon
        for s, e in zip(scored, ents, strict=True):
            frame(s, e, valence)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=100, help="measured articles")
    ap.add_argument("--run", choices=MODES, help=argparse.SUPPRESS)
    ap.add_argument("--inputs", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.run:
        workload(args.inputs, args.run)
        return
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "inputs.pkl"
        prepare(inputs, args.articles)
        counts = {}
        for mode in MODES:
            print(f"counting {mode} ...", file=sys.stderr, flush=True)
            counts[mode] = callgrind([sys.executable, __file__, "--run", mode, "--inputs", str(inputs)])
    n = args.articles
    print(f"instructions per article ({n} real articles, after {WARM} warm-up articles):")
    for mode in MODES[1:]:
        print(f"  {mode:9} {(counts[mode] - counts['none']) / n / 1e6:7.3f} M")


if __name__ == "__main__":
    main()
