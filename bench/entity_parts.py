#!/usr/bin/env python3
"""The entities stage split into its parts, as counted CPU instructions per real article.

    python bench/entity_parts.py                  # 100 development articles, every part
    python bench/entity_parts.py --parts names names-memo

`entity_instructions.py` counts the whole stage; this says where it goes. The
inputs (attributed articles) are built first, outside valgrind, and pickled;
each part is then one run under callgrind that loads them, builds an Analyzer,
analyses the ten warm-up articles (`instructions.WARM`) and does that part over
every article. A part's figure is its run less the run that does nothing,
divided by the number of articles:

- `regex`: the name pass's run pattern over every analysed sentence;
- `names`: the name pass (`sentence_names`), first sight of the articles (what
  the stage pays: runs new to the Analyzer are shaped); `names-memo`: a second
  name pass over the same sentences, less the first (runs remembered);
- `pointers`: the quoted-speech spans and `sentence_pointers`;
- `to-link`, `to-speakers`, `to-pointers`, `to-records`: the stage cut before
  `named_in_body`, `_writer_order`, `_resolved_pointers` and `_mentions`
  (each figure holds everything before it); `full`: the whole stage.

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

from entity_instructions import attributed_articles  # noqa: E402
from instructions import WARM, callgrind  # noqa: E402

_CUTS = {"to-link": "named_in_body", "to-speakers": "_writer_order", "to-pointers": "_resolved_pointers",
         "to-records": "_mentions"}
PARTS = ("regex", "names", "names-memo", "pointers", *_CUTS, "full")


class _Cut(Exception):
    """Raised where a cut part stops the stage."""


def prepare(path: Path, n: int) -> None:
    """Pickle the warm-up texts and the attributed articles the stage reads."""
    _, warm, atts = attributed_articles(n, "entity_parts")
    with path.open("wb") as f:
        pickle.dump((warm, atts), f)


def _sentences(atts):
    """(sentence, headline) of every sentence the stage analyses, article by article."""
    from biaslens.types import ANALYSED_ROLES, ROLE_HEADLINE

    for a in atts:
        seg = a.segmented
        for para in seg.paragraphs:
            if para.role in ANALYSED_ROLES:
                for si in para.sentences:
                    yield seg.sentences[si], para.role == ROLE_HEADLINE


def workload(path: Path, part: str) -> None:
    """Run inside valgrind: load, warm up, then one part over every article (or nothing)."""
    import biaslens.entities as stage
    from biaslens import Analyzer
    from biaslens.entities.mentions import _RUN, sentence_names
    from biaslens.entities.pointers import sentence_pointers
    from biaslens.entities.spans import SpeechSpans

    with path.open("rb") as f:
        warm, atts = pickle.load(f)  # noqa: S301 - written by prepare() above
    an = Analyzer()
    for t in warm:
        an.analyze(t)
    rules = an._entities
    gc.freeze()  # (the unpickled inputs out of the collector's way: see entity_instructions.py)
    if part == "regex":
        for sent, _ in _sentences(atts):
            for _m in _RUN.finditer(sent.text):
                pass
    elif part in ("names", "names-memo"):
        for _ in range(1 if part == "names" else 2):
            for sent, headline in _sentences(atts):
                sentence_names(sent, rules, headline)
    elif part == "pointers":
        for a in atts:
            speech = SpeechSpans(a)
            for sent, _ in _sentences([a]):
                sentence_pointers(sent, rules, speech)
    elif part in _CUTS or part == "full":
        if part in _CUTS:
            setattr(stage, _CUTS[part], _cut)
        for a in atts:
            try:
                stage.resolve_entities(a, rules)
            except _Cut:
                pass


def _cut(*args, **kwargs):
    raise _Cut


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=100, help="measured articles")
    ap.add_argument("--parts", nargs="+", choices=PARTS, default=list(PARTS), help="the parts counted")
    ap.add_argument("--run", choices=("none", *PARTS), help=argparse.SUPPRESS)
    ap.add_argument("--inputs", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.run:
        workload(args.inputs, args.run)
        return
    parts = list(args.parts)
    if "names-memo" in parts and "names" not in parts:
        parts.insert(parts.index("names-memo"), "names")
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "inputs.pkl"
        prepare(inputs, args.articles)
        counts = {}
        for part in ("none", *parts):
            print(f"counting {part} ...", file=sys.stderr, flush=True)
            counts[part] = callgrind([sys.executable, __file__, "--run", part, "--inputs", str(inputs)])
    n = args.articles
    print(f"instructions per article ({n} real articles, after {WARM} warm-up articles):")
    for part in parts:
        extra = counts[part] - counts["names"] if part == "names-memo" else counts[part] - counts["none"]
        print(f"  {part:12} {extra / n / 1e6:7.3f} M")


if __name__ == "__main__":
    main()
