"""Real news for bench.py, and the measurements that need fresh processes.

- `news_articles`: articles made reproducibly from the development data
  (``../shared/eval/data``: BASIL and POLNEAR articles as they are, BABE's
  sentences grouped by outlet and topic into articles of 12 sentences, two a
  paragraph), in a fixed shuffled order. They are written to a temporary
  folder for the process measurements and never committed.
- `fresh`: the first N articles of a fresh process, analyze against the floor,
  in child processes taken in pairs (the order alternating) so a busy spell
  falls on both sides; the ratio is the median of the pairs' ratios.
- `cold`: `biaslens report FILE` against the floor's own cold run on the same
  file (`floor_cold.py`), paired the same way, by CPU seconds of the child
  (user + system, from the kernel) and by wall seconds.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import time
from collections import OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BABE_SENTENCES, BABE_PER_PARAGRAPH = 12, 2
# The floor is called once before its timed articles (loading textstat, the syllable
# table and pyphen's patterns, which it does on first use); a word no dictionary has
# makes sure pyphen is among them. The analyzer gets no such call: Analyzer() must do it.
FLOOR_WARM_UP = "The harbor authority said on Tuesday that Zorvathian ferries would resume service."


def find_data() -> Path | None:
    """The development data: $BIASLENS_EVAL_DATA, or shared/eval/data beside the checkout."""
    env = os.environ.get("BIASLENS_EVAL_DATA")
    for cand in ([Path(env)] if env else []) + [ROOT.parent / "shared" / "eval" / "data",
                                                ROOT.parent.parent / "shared" / "eval" / "data"]:
        if cand.is_dir() and any(cand.glob("*.jsonl")):
            return cand
    return None


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def news_articles(data: Path, seed: int = 20) -> list[str]:
    """Articles from every .jsonl file of `data`: rows with whole texts as they are (a
    title first when there is one); rows of single sentences (BABE) grouped by outlet and
    topic. The same data always gives the same articles in the same order."""
    articles: list[str] = []
    groups: OrderedDict[tuple, list[str]] = OrderedDict()
    for path in sorted(data.glob("*.jsonl")):
        for row in _rows(path):
            text = str(row.get("text") or "").strip()
            if not text:
                continue
            if "\n" in text or len(text.split()) > 120:
                title = str(row.get("title") or "").strip()
                articles.append(f"{title}\n\n{text}" if title else text)
            else:
                groups.setdefault((path.name, row.get("outlet"), row.get("topic")), []).append(text)
    for sentences in groups.values():
        for i in range(0, len(sentences), BABE_SENTENCES):
            chunk = sentences[i:i + BABE_SENTENCES]
            paras = [" ".join(chunk[j:j + BABE_PER_PARAGRAPH]) for j in range(0, len(chunk), BABE_PER_PARAGRAPH)]
            articles.append("\n\n".join(paras))
    random.Random(seed).shuffle(articles)
    return articles


def write_corpus(texts: list[str], folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(texts):
        p = folder / f"a{i:06d}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def first_seen_share(texts: list[str]) -> float:
    """Share of whitespace chunks seen for the first time, reading the texts in order."""
    seen: set[str] = set()
    new = total = 0
    for t in texts:
        for chunk in t.split():
            total += 1
            if chunk not in seen:
                seen.add(chunk)
                new += 1
    return new / max(1, total)


# --------------------------------------------------------------------------- child processes

def child(mode: str, folder: Path, n: int, again: bool = True) -> dict:
    """Run in a fresh process: build one side, then time its first `n` articles of `folder`
    (and, with `again`, the same articles a second time)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))[:n]]
    cpu, wall = time.process_time(), time.perf_counter()
    if mode == "analyze":
        from biaslens import Analyzer

        fn = Analyzer().analyze
    else:
        sys.path.insert(0, str(HERE))
        from bench import Floor

        fn = Floor()
        fn(FLOOR_WARM_UP)
    built_cpu, built_wall = time.process_time(), time.perf_counter()
    for text in texts:
        fn(text)
    end_cpu, end_wall = time.process_time(), time.perf_counter()
    for text in texts if again else ():  # the same articles again, every word now seen
        fn(text)
    return {"articles": len(texts), "build_cpu": built_cpu - cpu, "build_wall": built_wall - wall,
            "first_cpu": end_cpu - built_cpu, "first_wall": end_wall - built_wall,
            "again_cpu": time.process_time() - end_cpu}


def _run_child(mode: str, folder: Path, n: int) -> dict:
    cmd = [sys.executable, str(HERE / "realnews.py"), "--child", mode, str(folder), str(n)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode:
        raise RuntimeError(f"{mode} child failed: {proc.stderr.strip()[-500:]}")
    return json.loads(proc.stdout)


def _pairs(run_a, run_b, pairs: int) -> list[tuple]:
    """`pairs` runs of each side, the order alternating (a b, b a, a b, ...)."""
    out = []
    for i in range(pairs):
        if i % 2:
            b = run_b()
            a = run_a()
        else:
            a = run_a()
            b = run_b()
        out.append((a, b))
    return out


def fresh(folder: Path, n: int, pairs: int) -> dict:
    """The first `n` articles of a fresh process: analyze against the floor, median of paired runs."""
    runs = _pairs(lambda: _run_child("analyze", folder, n), lambda: _run_child("floor", folder, n), pairs)
    med = statistics.median
    out = {"articles": runs[0][0]["articles"], "pairs": pairs}
    for key in ("build_cpu", "build_wall", "first_cpu", "first_wall"):
        out[f"analyze_{key}"] = med(a[key] for a, _ in runs)
        out[f"floor_{key}"] = med(f[key] for _, f in runs)
    out["analyze_first_over_again"] = med(a["first_cpu"] / a["again_cpu"] for a, _ in runs)
    out["floor_first_over_again"] = med(f["first_cpu"] / f["again_cpu"] for _, f in runs)
    out["ratio_again_cpu"] = med(a["again_cpu"] / f["again_cpu"] for a, f in runs)
    out["ratio_cpu"] = med(a["first_cpu"] / f["first_cpu"] for a, f in runs)
    out["ratio_wall"] = med(a["first_wall"] / f["first_wall"] for a, f in runs)
    out["ratio_with_build_cpu"] = med((a["first_cpu"] + a["build_cpu"]) / (f["first_cpu"] + f["build_cpu"])
                                      for a, f in runs)
    return out


def measure_process(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system, the kernel's count) of one process."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise RuntimeError(f"{' '.join(cmd)} failed: {err[-500:]}")
    return wall, usage.ru_utime + usage.ru_stime


def cold(report_cmd: list[str], article: Path, pairs: int) -> dict:
    """`biaslens report ARTICLE` against the floor's own cold run on the same file."""
    floor_cmd = [sys.executable, str(HERE / "floor_cold.py"), str(article)]
    runs = _pairs(lambda: measure_process(report_cmd + ["report", str(article)]),
                  lambda: measure_process(floor_cmd), pairs)
    med = statistics.median
    return {"article_words": len(article.read_text(encoding="utf-8").split()), "pairs": pairs,
            "report_wall": med(a[0] for a, _ in runs), "report_cpu": med(a[1] for a, _ in runs),
            "floor_wall": med(f[0] for _, f in runs), "floor_cpu": med(f[1] for _, f in runs),
            "ratio_cpu": med(a[1] / f[1] for a, f in runs), "ratio_wall": med(a[0] / f[0] for a, f in runs)}


def median_article(texts: list[str]) -> str:
    """The article of median length (in words), the first such in order."""
    return sorted(texts, key=lambda t: len(t.split()))[len(texts) // 2]


def table_lines(results: dict) -> list[str]:
    """bench.py's report lines for the real-news figures."""
    lines = []
    n = results.get("news")
    if n:
        lines += [f"real news, warm ({n['source']}: {n['articles']} articles of ~{n['words_per_article']} words, "
                  f"{100 * n['first_seen_share']:.0f}% of chunks first seen)",
                  f"  analyze {n['analyze_ms_per_article']:.2f} ms/article, floor {n['floor_ms_per_article']:.2f} "
                  f"ms/article, ratio {n['ratio']:.2f} (median of side-by-side passes "
                  f"{n['ratio_median_of_pairs']:.2f}, by CPU {n['ratio_cpu_median_of_pairs']:.2f}; target <= 1.30)"]
    f = results.get("fresh")
    if f:
        lines += [f"first {f['articles']} articles of a fresh process (median of {f['pairs']} paired runs)",
                  f"  build: Analyzer() {f['analyze_build_cpu']:.2f} s CPU, floor {f['floor_build_cpu']:.2f} s CPU "
                  "(floor built and called once)",
                  f"  articles: analyze {f['analyze_first_cpu']:.2f} s CPU ({f['analyze_first_wall']:.2f} s wall), "
                  f"floor {f['floor_first_cpu']:.2f} s CPU ({f['floor_first_wall']:.2f} s wall)",
                  f"  ratio analyze/floor: {f['ratio_cpu']:.2f} by CPU, {f['ratio_wall']:.2f} by wall (target <= 1.30);"
                  f" with the build: {f['ratio_with_build_cpu']:.2f}",
                  f"  the same articles again in that process: ratio {f['ratio_again_cpu']:.2f} by CPU; first pass "
                  f"over second: analyze {f['analyze_first_over_again']:.2f}, floor {f['floor_first_over_again']:.2f}"]
    c = results.get("cold_vs_floor")
    if c:
        lines += [f"cold start of report against the floor's cold run ({c['article_words']}-word article, "
                  f"median of {c['pairs']} paired runs)",
                  f"  biaslens report {c['report_cpu']:.3f} s CPU ({c['report_wall']:.3f} s wall), floor "
                  f"{c['floor_cpu']:.3f} s CPU ({c['floor_wall']:.3f} s wall)",
                  f"  ratio: {c['ratio_cpu']:.2f} by CPU, {c['ratio_wall']:.2f} by wall (target <= 1.30)"]
    return lines


if __name__ == "__main__":
    if len(sys.argv) in (5, 6) and sys.argv[1] == "--child":
        sys.path.append(str(ROOT))  # after PYTHONPATH and the installed package: either may be measured
        print(json.dumps(child(sys.argv[2], Path(sys.argv[3]), int(sys.argv[4]), sys.argv[5:] != ["--once"])))
    else:
        sys.exit("realnews.py is run by bench.py (python bench/bench.py)")
