#!/usr/bin/env python3
"""analyze / floor as counted CPU instructions, a figure a busy machine cannot move.

    python bench/instructions.py                 # 20 generated ~900-word articles
    python bench/instructions.py --articles 40 --words 1800
    python bench/instructions.py --news          # real news from the development data
    python bench/instructions.py --fresh 50      # a fresh process: build, then its first 50 real articles
    python bench/instructions.py --cold FILE     # `biaslens report FILE` against the floor's cold run
    python bench/instructions.py --news --simulate   # also simulated cache misses and branch mispredictions

Wall-clock ratios on a shared machine move by ±0.15 from run to run; the
number of instructions executed does not. Each workload (`Analyzer.analyze`
and bench.py's floor) runs twice under valgrind's callgrind tool, once with
no measured articles and once with N, both after the same ten warm-up
articles; the difference divided by N is the cost of one article, with
start-up, imports and warm-up taken out. Instructions are not seconds
(memory stalls are not counted, and this ratio has read about 0.2 lower than
bench.py's), but a change that lowers the count lowers the work.

`--simulate` runs cachegrind's cache and branch simulation instead (about
twice as slow) and prints, per article and for both workloads, the
instructions, first-level instruction and data cache misses, last-level
data misses and mispredicted branches: what the count leaves out. A
simulation of a generic CPU, not a measurement of this one, but it shows
where a clock ratio above the counted one comes from.

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


def corpus(total: int, words: int, news: bool) -> list[str]:
    from realnews import find_data, news_articles

    from bench import generated_corpus

    data = find_data() if news else None
    if news and data is None:
        sys.exit("instructions: --news needs the development data (see bench/realnews.py)")
    return news_articles(data)[:WARM + total] if data else generated_corpus(WARM + total, words)


def workload(mode: str, n: int, total: int, words: int, news: bool = False) -> None:
    """Run inside valgrind: warm up on WARM articles, then process `n` more. The
    corpus is always WARM + `total` articles, so building it costs the same in both runs.
    Caches of what was seen are cleared after the warm-up (see bench.clear_caches)."""
    sys.path.insert(0, str(HERE))
    sys.path.append(str(HERE.parent))  # after PYTHONPATH and the installed package: either may be measured
    from bench import Floor, clear_caches
    from biaslens import Analyzer

    texts = corpus(total, words, news)
    fn = Analyzer().analyze if mode == "analyze" else Floor()
    for t in texts[:WARM]:
        fn(t)
    clear_caches()
    for t in texts[WARM:WARM + n]:
        fn(t)


def callgrind(cmd: list[str]) -> int:
    """Instructions executed by one run of `cmd` (and its children) under callgrind."""
    full = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", "--trace-children=yes"] + cmd
    # a fixed hash seed: set and dict layouts (and so instruction counts) repeat exactly; one
    # OpenBLAS thread (numpy, imported by textstat): its idle workers spin under callgrind and
    # added ~0.6 M instructions an article, varying with thread scheduling
    env = {**os.environ, "PYTHONHASHSEED": "0", "OPENBLAS_NUM_THREADS": "1"}
    proc = subprocess.run(full, capture_output=True, text=True, check=False, env=env)
    found = re.findall(r"Collected\s*:\s*(\d+)", proc.stderr)
    if proc.returncode or not found:
        sys.exit(f"instructions: valgrind run failed ({' '.join(cmd[:4])}): {proc.stderr.strip()[-400:]}")
    return sum(map(int, found))


# cachegrind's summary lines, and the events `--simulate` reports (name, label)
_EVENTS = (("I   refs", "instructions"), ("I1  misses", "I1 misses"), ("D1  misses", "D1 misses"),
           ("LLd misses", "LL data misses"), ("Mispredicts", "mispredicted branches"))


def simulate(cmd: list[str]) -> dict[str, int]:
    """The `_EVENTS` of one run of `cmd` under cachegrind's cache and branch simulation."""
    full = ["valgrind", "--tool=cachegrind", "--cache-sim=yes", "--branch-sim=yes",
            "--cachegrind-out-file=/dev/null"] + cmd
    env = {**os.environ, "PYTHONHASHSEED": "0", "OPENBLAS_NUM_THREADS": "1"}
    proc = subprocess.run(full, capture_output=True, text=True, check=False, env=env)
    out = {}
    for event, _ in _EVENTS:
        found = re.search(rf"{re.escape(event)}:\s*([\d,]+)", proc.stderr)
        if proc.returncode or not found:
            sys.exit(f"instructions: valgrind run failed ({' '.join(cmd[:4])}): {proc.stderr.strip()[-400:]}")
        out[event] = int(found.group(1).replace(",", ""))
    return out


def simulated(n: int, words: int, news: bool) -> None:
    """Per article, both workloads: the simulated events of N articles less those of none."""
    per = {}
    for mode in ("analyze", "floor"):
        print(f"simulating {mode} ...", file=sys.stderr, flush=True)
        runs = [simulate([sys.executable, __file__, "--run", mode, "--measure", str(m), "--articles", str(n),
                          "--words", str(words)] + (["--news"] if news else [])) for m in (n, 0)]
        per[mode] = {event: (runs[0][event] - runs[1][event]) / n for event, _ in _EVENTS}
    print(f"simulated per article ({n} {'real news articles' if news else 'articles'}), analyze / floor:")
    for event, label in _EVENTS:
        a, f = per["analyze"][event], per["floor"][event]
        print(f"  {label:22} {a / 1e3:10.0f} k {f / 1e3:10.0f} k   ratio {a / f:.2f}")


def count(mode: str, n: int, total: int, words: int, news: bool = False) -> int:
    """Instructions executed by one run of `workload(mode, n, total)` under callgrind."""
    return callgrind([sys.executable, __file__, "--run", mode, "--measure", str(n), "--articles", str(total),
                      "--words", str(words)] + (["--news"] if news else []))


def fresh(n: int) -> None:
    """A fresh process's build (imports and construction) and its first `n` real articles, both sides."""
    import tempfile

    sys.path.insert(0, str(HERE))
    from realnews import find_data, news_articles, write_corpus

    data = find_data()
    if data is None:
        sys.exit("instructions: --fresh needs the development data (see bench/realnews.py)")
    with tempfile.TemporaryDirectory() as tmp:
        write_corpus(news_articles(data)[:n], Path(tmp))
        child = [sys.executable, str(HERE / "realnews.py"), "--child"]
        out = {}
        for mode in ("analyze", "floor"):
            print(f"counting {mode} ...", file=sys.stderr, flush=True)
            build = callgrind(child + [mode, tmp, "0", "--once"])
            out[mode] = (build, callgrind(child + [mode, tmp, str(n), "--once"]) - build)
    print(f"instructions of a fresh process (G): build, then the first {n} real articles")
    for mode, (build, articles) in out.items():
        print(f"  {mode:8} build {build / 1e9:6.2f}  articles {articles / 1e9:6.2f}")
    print(f"  ratio analyze/floor: articles {out['analyze'][1] / out['floor'][1]:.3f}, "
          f"build + articles {sum(out['analyze']) / sum(out['floor']):.3f}")


def cold(article: Path) -> None:
    """`biaslens report ARTICLE` against floor_cold.py on the same file, whole processes."""
    exe = shutil.which("biaslens") or str(Path(sys.executable).with_name("biaslens"))
    print("counting report ...", file=sys.stderr, flush=True)
    report = callgrind([exe, "report", str(article)])
    print("counting floor ...", file=sys.stderr, flush=True)
    floor = callgrind([sys.executable, str(HERE / "floor_cold.py"), str(article)])
    print(f"instructions of a cold run on {article.name} (G):")
    print(f"  biaslens report  {report / 1e9:6.2f}")
    print(f"  floor            {floor / 1e9:6.2f}")
    print(f"  ratio report/floor: {report / floor:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=20, help="measured articles per workload")
    ap.add_argument("--words", type=int, default=900, help="words per generated article")
    ap.add_argument("--news", action="store_true", help="real news articles (bench/realnews.py) instead")
    ap.add_argument("--fresh", type=int, metavar="N", help="count a fresh process's build and first N articles")
    ap.add_argument("--cold", type=Path, metavar="FILE", help="count `biaslens report FILE` against the floor")
    ap.add_argument("--simulate", action="store_true",
                    help="cachegrind's cache and branch simulation instead of the instruction count")
    ap.add_argument("--run", choices=("analyze", "floor"), help=argparse.SUPPRESS)
    ap.add_argument("--measure", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.run:
        workload(args.run, args.measure, args.articles, args.words, args.news)
        return
    if args.articles < 1:
        sys.exit("instructions: --articles must be at least 1")
    if not shutil.which("valgrind"):
        sys.exit("instructions: valgrind is not on PATH (Debian/Ubuntu: apt install valgrind)")
    if args.cold:
        return cold(args.cold)
    if args.fresh:
        return fresh(args.fresh)
    if args.simulate:
        return simulated(args.articles, args.words, args.news)
    per = {}
    for mode in ("analyze", "floor"):
        print(f"counting {mode} ...", file=sys.stderr, flush=True)
        n, words = args.articles, args.words
        per[mode] = (count(mode, n, n, words, args.news) - count(mode, 0, n, words, args.news)) / n
    what = "real news articles" if args.news else f"articles of ~{args.words} words"
    print(f"instructions per article ({args.articles} {what}):")
    print(f"  analyze  {per['analyze'] / 1e6:8.1f} M")
    print(f"  floor    {per['floor'] / 1e6:8.1f} M")
    print(f"  ratio analyze/floor: {per['analyze'] / per['floor']:.3f}")


if __name__ == "__main__":
    main()
