#!/usr/bin/env python3
"""analyze / floor as counted CPU instructions, a figure a busy machine cannot move.

    python bench/instructions.py                 # 20 generated ~900-word articles
    python bench/instructions.py --articles 40 --words 1800

Wall-clock ratios on a shared machine move by ±0.15 from run to run; the
number of instructions executed does not. Each workload (`Analyzer.analyze`
and bench.py's floor) runs twice under valgrind's callgrind tool, once with
no measured articles and once with N, both after the same ten warm-up
articles; the difference divided by N is the cost of one article, with
start-up, imports and warm-up taken out. Instructions are not seconds
(memory stalls are not counted, and this ratio has read about 0.2 lower than
bench.py's), but a change that lowers the count lowers the work.

Needs valgrind on PATH (Debian/Ubuntu: `apt install valgrind`); about
three minutes for 20 articles, since the program runs some 50 times slower
under it.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
WARM = 10


def workload(mode: str, n: int, total: int, words: int) -> None:
    """Run inside valgrind: warm up on WARM articles, then process `n` more. The
    corpus is always WARM + `total` articles, so building it costs the same in both runs."""
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(HERE.parent))
    from bench import Floor, clear_textstat_caches, generated_corpus
    from biaslens import Analyzer

    texts = generated_corpus(WARM + total, words)
    fn = Analyzer().analyze if mode == "analyze" else Floor()
    for t in texts[:WARM]:
        fn(t)
    clear_textstat_caches()
    for t in texts[WARM:WARM + n]:
        fn(t)


def count(mode: str, n: int, total: int, words: int) -> int:
    """Instructions executed by one run of `workload(mode, n, total)` under callgrind."""
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
           sys.executable, __file__, "--run", mode, "--measure", str(n), "--articles", str(total),
           "--words", str(words)]
    # a fixed hash seed: set and dict layouts (and so instruction counts) repeat exactly
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False, env=env)
    m = re.search(r"Collected\s*:\s*(\d+)", proc.stderr)
    if proc.returncode or not m:
        sys.exit(f"instructions: valgrind run failed ({mode}, {n} articles): {proc.stderr.strip()[-400:]}")
    return int(m.group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=20, help="measured articles per workload")
    ap.add_argument("--words", type=int, default=900, help="words per generated article")
    ap.add_argument("--run", choices=("analyze", "floor"), help=argparse.SUPPRESS)
    ap.add_argument("--measure", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.run:
        workload(args.run, args.measure, args.articles, args.words)
        return
    if args.articles < 1:
        sys.exit("instructions: --articles must be at least 1")
    if not shutil.which("valgrind"):
        sys.exit("instructions: valgrind is not on PATH (Debian/Ubuntu: apt install valgrind)")
    per = {}
    for mode in ("analyze", "floor"):
        print(f"counting {mode} ...", file=sys.stderr, flush=True)
        n, words = args.articles, args.words
        per[mode] = (count(mode, n, n, words) - count(mode, 0, n, words)) / n
    print(f"instructions per article ({args.articles} articles of ~{args.words} words):")
    print(f"  analyze  {per['analyze'] / 1e6:8.1f} M")
    print(f"  floor    {per['floor'] / 1e6:8.1f} M")
    print(f"  ratio analyze/floor: {per['analyze'] / per['floor']:.3f}")


if __name__ == "__main__":
    main()
