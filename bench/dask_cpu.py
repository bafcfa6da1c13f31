#!/usr/bin/env python3
"""CPU per article of `biaslens batch`: the Dask engine against the local engine.

    python bench/dask_cpu.py                 # 600 articles, 2 workers, both engines, 3 rounds
    python bench/dask_cpu.py -n 1000 --rounds 1

Each run is a fresh ``biaslens batch`` process; its CPU is counted over the
whole process tree (the batch process, its pool or its Dask LocalCluster:
scheduler, nannies and worker processes) as the rusage of the reaped children
(`resource.getrusage(RUSAGE_CHILDREN)` before and after). Counting CPU rather
than wall time keeps the figures meaningful on a shared machine.

Two figures per engine, as medians over the rounds:

- total: CPU seconds of the whole run / articles (start-up included);
- marginal: (CPU of the N-article run - CPU of a small run) / (N - small):
  what one more article costs once the engine runs; the start-up of a
  LocalCluster (spawned workers that import and build everything) is then out.

The corpus: the development articles under ../shared/eval/data (BASIL and
POLNEAR texts, cycled with a serial line so no two files are equal) when
present, else articles generated from samples/ as bench/bench.py does.
Written to a temporary folder, never to the repository.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# ../shared/eval/data beside the main checkout (or beside the worktree's parent folder)
EVAL_DIRS = (ROOT.parent / "shared" / "eval" / "data", ROOT.parent.parent / "shared" / "eval" / "data")
EVAL_FILES = ("basil-dev.jsonl", "polnear-dev.jsonl")


def eval_texts() -> list[str]:
    texts: list[str] = []
    folder = next((d for d in EVAL_DIRS if d.is_dir()), None)
    for name in EVAL_FILES if folder is not None else ():
        path = folder / name
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text") or ""
            if len(text.split()) >= 50:
                texts.append(text)
    return texts


def generated_texts(n: int) -> list[str]:
    sys.path.insert(0, str(ROOT / "bench"))
    from bench import generated_corpus

    return generated_corpus(n, 600)


def write_corpus(folder: Path, n: int) -> str:
    texts = eval_texts()
    source = "eval development data" if texts else "generated from samples/"
    texts = texts or generated_texts(n)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        text = texts[i % len(texts)]
        (folder / f"a{i:05d}.txt").write_text(f"{text}\n\nSerial {i}.\n", encoding="utf-8")
    return source


def cpu_of(cmd: list[str]) -> float:
    """CPU seconds (user + system) of `cmd` and every descendant it reaped."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run(cmd, capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{proc.stderr.decode()[-2000:]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def batch_cpu(folder: Path, out: Path, engine: str, workers: int) -> float:
    return cpu_of([sys.executable, "-m", "biaslens", "batch", str(folder), "--out", str(out), "--force", "-q",
                   "--engine", engine, "--workers", str(workers)])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=600, help="articles in the main run")
    ap.add_argument("--small", type=int, default=20, help="articles in the start-up run")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="biaslens-dask-cpu-") as tmp:
        big, small = Path(tmp, "big"), Path(tmp, "small")
        source = write_corpus(big, args.n)
        write_corpus(small, args.small)
        runs: dict[str, dict[str, list[float]]] = {e: {"big": [], "small": []} for e in ("local", "dask")}
        for _ in range(args.rounds):
            for engine in ("local", "dask"):  # alternated, so a busy spell hits both
                runs[engine]["big"].append(batch_cpu(big, Path(tmp, "o"), engine, args.workers))
                runs[engine]["small"].append(batch_cpu(small, Path(tmp, "o"), engine, args.workers))
    result: dict = {"articles": args.n, "small": args.small, "workers": args.workers, "corpus": source,
                    "rounds": args.rounds}
    for engine, r in runs.items():
        big_cpu, small_cpu = statistics.median(r["big"]), statistics.median(r["small"])
        result[engine] = {"cpu_seconds": round(big_cpu, 2), "startup_cpu_seconds": round(small_cpu, 2),
                          "total_ms_per_article": round(1000 * big_cpu / args.n, 2),
                          "marginal_ms_per_article": round(1000 * (big_cpu - small_cpu) / (args.n - args.small), 2),
                          "runs": [round(x, 2) for x in r["big"]]}
    for key in ("total_ms_per_article", "marginal_ms_per_article"):
        result[f"dask_over_local_{key.split('_')[0]}"] = round(result["dask"][key] / result["local"][key], 3)
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
