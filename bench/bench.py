#!/usr/bin/env python3
"""biaslens benchmark: throughput against the libraries' floor, scaling, cold start, batch.

    python bench/bench.py                    # full run: generated corpus, real news, processes
    python bench/bench.py --quick            # fewer articles, no 5,000-article batch
    python bench/bench.py --corpus DIR       # also measure on your own folder of articles
    python bench/bench.py --json out.json    # write the figures as JSON too

What it measures (one process = one core unless it says workers):

- analyze: `Analyzer.analyze(text)` on every article of the corpus.
- floor: what the mandated libraries alone cost on the same texts: NLTK Punkt
  sentence splitting of every paragraph, VADER on every sentence, textstat's
  Flesch reading ease and Flesch-Kincaid grade on every paragraph.
  The ratio analyze / floor is the headline figure.
- scaling: one article against the same article 20 times longer; a single
  100,000-character sentence with no punctuation.
- news (real text, see realnews.py): the same side-by-side throughput on
  articles made from the development data in ../shared/eval/data (a generated
  corpus stands in where it is absent); the first 200 articles of a fresh
  process, analyze against the floor, each in child processes; and the cold
  start of `biaslens report ARTICLE` against the floor's own cold run on the
  same file (floor_cold.py). Ratios there are medians of paired runs, by CPU
  seconds beside wall seconds.
- cold start: `biaslens --help` and `biaslens report SAMPLE` as fresh processes.
- batch: `biaslens batch` over 500 generated articles with 1 and N workers
  (articles/second, best of two runs each) and the peak resident memory of
  the whole process tree for 500 and 5,000 articles; the speedup of N
  workers over one on both sizes, and the fixed start-up every run pays
  (a 3-article run). The speedup target is read on 5,000 articles: on 500,
  the start-up is a sixth of a one-worker run and no number of workers
  shortens it.

textstat caches results by text, and biaslens keeps the counts of every word
it has seen; before each timed pass both are cleared (`clear_caches`), so the
analyzer pays its first sight of every word again, as the floor does.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import realnews

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
BIASLENS = [sys.executable, "-m", "biaslens"]


# --------------------------------------------------------------------------- corpus

def sample_sentences() -> list[str]:
    """Body sentences of the sample articles (text and Markdown), via the project's own splitter."""
    from biaslens.ingest import read_file
    from biaslens.segment import SentenceSplitter, segment

    splitter = SentenceSplitter()
    out = []
    for p in sorted(SAMPLES.iterdir()):
        if p.suffix not in (".txt", ".md", ".html"):
            continue
        seg = segment(read_file(p), splitter)
        for para in seg.paragraphs:
            if para.role == "body":
                out.extend(seg.sentences[i].text for i in para.sentences)
    return out


def make_article(rng: random.Random, sentences: list[str], words: int, serial: int) -> str:
    """An article of about `words` words: a headline, then paragraphs of 1-4 sampled sentences.
    Paragraphs are unique (sampled combinations plus a per-article figure), as in real news."""
    paras, n = [f"Report {serial}: Regional Talks Continue"], 0
    while n < words:
        k = rng.randint(1, 4)
        chosen = [rng.choice(sentences) for _ in range(k)]
        chosen[0] = re.sub(r"\b\d+\b", lambda m: str(int(m.group()) + serial % 97), chosen[0], count=1)
        para = " ".join(chosen)
        paras.append(para)
        n += len(para.split())
    return "\n\n".join(paras)


def generated_corpus(n: int, words: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    sentences = sample_sentences()
    return [make_article(rng, sentences, words, i) for i in range(n)]


def folder_corpus(folder: Path) -> list[str]:
    from biaslens.ingest import read_file

    texts = []
    for p in sorted(folder.rglob("*")):
        if p.is_file() and p.suffix.lower() in (".txt", ".md", ".html", ".htm"):
            try:
                texts.append(read_file(p).text)
            except Exception as exc:  # a benchmark reports, it does not stop
                print(f"  skipped {p}: {exc}", file=sys.stderr)
    return texts


# --------------------------------------------------------------------------- the two workloads

def clear_caches() -> None:
    """Forget what both sides have memoised: textstat's caches by text, and biaslens's
    counts of the words it has seen (the loaded tables stay, as in a warm process)."""
    import textstat.backend as backend

    for mod in list(sys.modules.values()):
        name = getattr(mod, "__name__", "")
        if not name.startswith(backend.__name__):
            continue
        for obj in vars(mod).values():
            clear = getattr(obj, "cache_clear", None)
            if callable(clear):
                clear()
    readability = sys.modules.get("biaslens.readability")
    if readability is not None and hasattr(readability, "clear_caches"):
        readability.clear_caches()
    elif readability is not None and hasattr(readability, "_COUNTS"):  # biaslens before clear_caches()
        readability._COUNTS.clear()


class Floor:
    """The mandated libraries alone: Punkt + VADER per sentence + textstat Flesch per paragraph."""

    def __init__(self) -> None:
        from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        from biaslens.lexicons import read_list
        from biaslens.readability import _install

        _install()  # textstat must not try to download cmudict
        params = PunktParameters()
        params.abbrev_types = set(read_list("segment/abbreviations.txt"))
        self.punkt = PunktSentenceTokenizer(params)
        self.vader = SentimentIntensityAnalyzer()

    def __call__(self, text: str) -> None:
        import textstat

        for para in re.split(r"\n\s*\n", text):
            if not para.strip():
                continue
            for sentence in self.punkt.tokenize(para):
                self.vader.polarity_scores(sentence)
            textstat.flesch_reading_ease(para)
            textstat.flesch_kincaid_grade(para)


CPU: list[float] = []  # CPU seconds of every pass `timed` takes, in order


def timed(fn, texts: list[str], repeat: int) -> float:
    """Best total seconds over `repeat` passes (caches cleared before each pass);
    each pass's CPU seconds are appended to `CPU`."""
    best = float("inf")
    for _ in range(repeat):
        clear_caches()
        gc.collect()
        t, c = time.perf_counter(), time.process_time()
        for x in texts:
            fn(x)
        best = min(best, time.perf_counter() - t)
        CPU.append(time.process_time() - c)
    return best


def throughput(texts: list[str], repeat: int, analyzer, floor) -> dict:
    """analyze and floor passes taken in turn (analyze, floor, analyze, ...), so that
    a busy spell on a shared machine falls on both sides rather than on one; the
    headline ratio is best pass over best pass, and the median of the ratios of the
    passes taken side by side is reported too, as a check on it."""
    words = sum(len(t.split()) for t in texts)
    for x in texts[:5]:  # warm up both (lexicons, cmudict, VADER lexicon)
        analyzer.analyze(x)
        floor(x)
    pairs, cpu = [], []
    for _ in range(repeat):
        pairs.append((timed(analyzer.analyze, texts, 1), timed(floor, texts, 1)))
        cpu.append(CPU[-2] / CPU[-1])
    t_an = min(a for a, _ in pairs)
    t_fl = min(f for _, f in pairs)
    n = len(texts)
    return {"articles": n, "words_per_article": round(words / n),
            "analyze_articles_per_s": n / t_an, "analyze_words_per_s": words / t_an,
            "analyze_ms_per_article": 1000 * t_an / n,
            "floor_articles_per_s": n / t_fl, "floor_words_per_s": words / t_fl,
            "floor_ms_per_article": 1000 * t_fl / n, "ratio": t_an / t_fl,
            "ratio_median_of_pairs": statistics.median(a / f for a, f in pairs),
            "ratio_cpu_median_of_pairs": statistics.median(cpu)}


def scaling(analyzer, floor, texts: list[str], repeat: int) -> dict:
    one = texts[0]
    long = "\n\n".join(texts[1:21])  # 20 distinct articles in one: ~20x longer, no repeated paragraph
    base_words, long_words = len(one.split()), len(long.split())
    t1 = min(timed(analyzer.analyze, [t], 1) for t in texts[21:21 + repeat * 3]) if len(texts) > 24 else \
        timed(analyzer.analyze, [one], repeat)
    t20 = timed(analyzer.analyze, [long], repeat)
    f1 = timed(floor, [one], repeat)
    f20 = timed(floor, [long], repeat)
    sentence = " ".join(f"word{i % 997}" for i in range(14_300))[:100_000]
    t_sentence = timed(analyzer.analyze, [sentence], 1)
    return {"base_words": base_words, "long_words": long_words, "length_factor": long_words / base_words,
            "analyze_cost_factor": t20 / t1, "floor_cost_factor": f20 / f1,
            "long_sentence_chars": len(sentence), "long_sentence_seconds": t_sentence}


# --------------------------------------------------------------------------- processes

def best_of(cmd: list[str], n: int, **kw) -> float:
    best = float("inf")
    for _ in range(n):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)
        best = min(best, time.perf_counter() - t)
    return best


def cold_start(n: int) -> dict:
    exe = shutil.which("biaslens")
    cmd = [exe] if exe else BIASLENS
    sample = str(SAMPLES / "harbor-dispute-attributed.txt")
    return {"help_seconds": best_of(cmd + ["--help"], n), "report_seconds": best_of(cmd + ["report", sample], n),
            "command": " ".join(cmd)}


def _tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants (Linux /proc)."""
    total, todo = 0, [pid]
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(entry))
            except (OSError, ValueError, IndexError):
                continue
    while todo:
        p = todo.pop()
        todo.extend(children.get(p, []))
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total


def run_measured(cmd: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (kB) of the whole process tree, sampled every 50 ms."""
    peak = 0
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stop = threading.Event()

    def sample():
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _tree_rss_kb(proc.pid))
            stop.wait(0.05)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    _, err = proc.communicate()
    stop.set()
    th.join()
    elapsed = time.perf_counter() - t
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed: {err.decode(errors='replace')[-500:]}")
    return elapsed, peak


def best_measured(cmd: list[str], out: Path, runs: int) -> tuple[float, int]:
    """The fastest of `runs` runs (a fresh output folder each time) and the highest peak RSS seen."""
    best, peak = float("inf"), 0
    for _ in range(max(1, runs)):
        shutil.rmtree(out, ignore_errors=True)
        secs, rss = run_measured(cmd + ["--out", str(out)])
        best, peak = min(best, secs), max(peak, rss)
    return best, peak


def batch(n_small: int, n_large: int, workers: int, words: int, runs: int = 2) -> dict:
    probe = subprocess.run(BIASLENS + ["batch", "--help"], capture_output=True)
    if probe.returncode != 0:
        return {"skipped": "this biaslens has no batch command"}
    out: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = generated_corpus(max(n_small, n_large), words, seed=11)
        for n in sorted({n_small, n_large}):
            folder = tmp / f"in{n}"
            folder.mkdir()
            for i, text in enumerate(corpus[:n]):
                (folder / f"a{i:06d}.txt").write_text(text, encoding="utf-8")
        small = tmp / f"in{n_small}"
        tiny = tmp / "in3"  # a run's fixed start-up: imports, lexicons, syllable table, pool
        tiny.mkdir()
        for i, text in enumerate(corpus[:3]):
            (tiny / f"a{i}.txt").write_text(text, encoding="utf-8")
        out["startup_seconds"], _ = best_measured(BIASLENS + ["batch", str(tiny), "--workers", "1"], tmp / "o3", runs)
        for w in sorted({1, workers}):  # best of `runs`: a shared machine's noise only ever slows a run
            secs, rss = best_measured(BIASLENS + ["batch", str(small), "--workers", str(w)], tmp / f"o{w}", runs)
            out[f"workers_{w}"] = {"articles": n_small, "seconds": secs, "articles_per_s": n_small / secs,
                                   "peak_rss_mb": rss / 1024}
        if workers > 1:
            out["speedup"] = out[f"workers_{workers}"]["articles_per_s"] / out["workers_1"]["articles_per_s"]
            a = (tmp / "o1" / "sentences.csv").read_bytes()
            b = (tmp / f"o{workers}" / "sentences.csv").read_bytes()
            out["identical_across_workers"] = a == b and \
                (tmp / "o1" / "articles.csv").read_bytes() == (tmp / f"o{workers}" / "articles.csv").read_bytes()
        if n_large != n_small:
            secs, rss = run_measured(BIASLENS + ["batch", str(tmp / f"in{n_large}"), "--out", str(tmp / "olarge"),
                                                 "--workers", str(workers)])
            out[f"articles_{n_large}"] = {"seconds": secs, "articles_per_s": n_large / secs, "peak_rss_mb": rss / 1024}
            out["memory_ratio_large_vs_small"] = rss / 1024 / out[f"workers_{workers}"]["peak_rss_mb"]
            if workers > 1:  # the speedup once worker start-up (imports, lexicons) is amortised
                secs1, _ = run_measured(BIASLENS + ["batch", str(tmp / f"in{n_large}"), "--out",
                                                    str(tmp / "olarge1"), "--workers", "1"])
                out[f"speedup_{n_large}"] = secs1 / secs
    return out


# --------------------------------------------------------------------------- report

def news(args, analyzer, floor, generated: list[str], results: dict) -> None:
    """The real-news figures (warm throughput, a fresh process's first articles, cold report
    against the floor's cold run), on the development data or, without it, the generated corpus."""
    data = args.data or realnews.find_data()
    texts = realnews.news_articles(data) if data else generated
    source = f"development data in {data}" if data else "generated corpus (no development data found)"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "news"
        paths = realnews.write_corpus(texts, folder)
        if "news" not in args.skip:
            print("measuring real news, warm ...", file=sys.stderr)
            out = throughput(texts, args.repeat, analyzer, floor)
            results["news"] = out | {"source": source, "first_seen_share": realnews.first_seen_share(texts)}
        if "fresh" not in args.skip:
            print(f"measuring the first {args.fresh_articles} articles of fresh processes ...", file=sys.stderr)
            results["fresh"] = realnews.fresh(folder, args.fresh_articles, args.pairs) | {"source": source}
        if "cold" not in args.skip:
            print("measuring cold report against the floor's cold run ...", file=sys.stderr)
            exe = shutil.which("biaslens")
            article = paths[texts.index(realnews.median_article(texts))]
            results["cold_vs_floor"] = realnews.cold([exe] if exe else BIASLENS, article,
                                                    args.pairs if args.quick else max(args.pairs, 5))


def table(results: dict) -> str:
    lines = []
    t = results.get("throughput")
    if t:
        lines += ["throughput (one core, generated corpus)",
                  f"  articles: {t['articles']} of ~{t['words_per_article']} words",
                  f"  analyze   {t['analyze_articles_per_s']:8.1f} articles/s {t['analyze_words_per_s']:10.0f} words/s "
                  f"{t['analyze_ms_per_article']:7.2f} ms/article",
                  f"  floor     {t['floor_articles_per_s']:8.1f} articles/s {t['floor_words_per_s']:10.0f} words/s "
                  f"{t['floor_ms_per_article']:7.2f} ms/article",
                  f"  ratio analyze/floor: {t['ratio']:.2f}  (target <= 1.30; median of side-by-side passes "
                  f"{t['ratio_median_of_pairs']:.2f}, by CPU {t['ratio_cpu_median_of_pairs']:.2f})"]
    for key, title in (("folder", "your corpus"),):
        f = results.get(key)
        if f:
            lines += [f"throughput ({title}: {f['articles']} articles of ~{f['words_per_article']} words)",
                      f"  analyze {f['analyze_articles_per_s']:.1f} articles/s, floor {f['floor_articles_per_s']:.1f}"
                      f" articles/s, ratio {f['ratio']:.2f} (median of pairs {f['ratio_median_of_pairs']:.2f})"]
    lines += realnews.table_lines(results)
    s = results.get("scaling")
    if s:
        lines += ["scaling",
                  f"  {s['length_factor']:.1f}x longer article costs {s['analyze_cost_factor']:.1f}x "
                  f"(floor {s['floor_cost_factor']:.1f}x; target <= 22x)",
                  f"  one {s['long_sentence_chars']:,}-character sentence: {s['long_sentence_seconds']:.3f} s "
                  "(target < 1 s)"]
    c = results.get("cold_start")
    if c:
        lines += ["cold start (best of runs)",
                  f"  biaslens --help   {c['help_seconds']:.3f} s (target < 0.3 s)",
                  f"  biaslens report   {c['report_seconds']:.3f} s (target < 1.5 s)"]
    b = results.get("batch")
    if b:
        lines.append("batch")
        if "skipped" in b:
            lines.append(f"  skipped: {b['skipped']}")
        for k, v in b.items():
            if k.startswith("workers_"):
                lines.append(f"  {k.replace('_', ' ')}: {v['articles_per_s']:.1f} articles/s, peak RSS "
                             f"{v['peak_rss_mb']:.0f} MB ({v['articles']} articles)")
            elif k.startswith("articles_"):
                lines.append(f"  {k.split('_')[1]} articles: {v['articles_per_s']:.1f} articles/s, peak RSS "
                             f"{v['peak_rss_mb']:.0f} MB")
        if "startup_seconds" in b:
            lines.append(f"  start-up of a run (3 articles, 1 worker): {b['startup_seconds']:.2f} s, paid once by"
                         " every run whatever its workers")
        if "speedup" in b:
            lines.append(f"  speedup N workers vs 1: {b['speedup']:.2f}x (start-up included)")
        for k, v in b.items():
            if k.startswith("speedup_"):
                lines.append(f"  speedup N workers vs 1 on {k.split('_')[1]} articles: {v:.2f}x "
                             "(start-up amortised; target >= 1.7x on 2 cores)")
        if "identical_across_workers" in b:
            lines.append(f"  identical output across worker counts: {b['identical_across_workers']}")
        if "memory_ratio_large_vs_small" in b:
            lines.append(f"  peak memory large/small: {b['memory_ratio_large_vs_small']:.2f} (target <= 1.2)")
    m = results["machine"]
    lines.append(f"machine: {m['cores']} cores, {m['python']} on {m['platform']}; biaslens {m['biaslens']}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=200, help="generated articles for throughput")
    ap.add_argument("--words", type=int, default=900, help="words per generated article")
    ap.add_argument("--repeat", type=int, default=3, help="passes of each workload, taken in turn; the best is kept")
    ap.add_argument("--corpus", type=Path, help="also measure on this folder of .txt/.md/.html articles")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="workers for the batch figures")
    ap.add_argument("--batch-small", type=int, default=500)
    ap.add_argument("--batch-large", type=int, default=5000)
    ap.add_argument("--quick", action="store_true", help="60 articles, 1 pass, batch of 200 only")
    ap.add_argument("--data", type=Path, help="development data (.jsonl) for the real-news corpus "
                    "(default: $BIASLENS_EVAL_DATA or shared/eval/data beside the checkout)")
    ap.add_argument("--fresh-articles", type=int, default=200, help="articles timed in each fresh process")
    ap.add_argument("--pairs", type=int, default=3, help="paired runs for fresh-process figures (cold: at least 5)")
    ap.add_argument("--skip", action="append", default=[],
                    choices=["throughput", "news", "fresh", "scaling", "cold", "batch"])
    ap.add_argument("--json", type=Path, help="write the results here as JSON")
    args = ap.parse_args()
    if args.quick:
        args.articles, args.repeat, args.batch_small, args.batch_large = 60, 1, 200, 200
        args.fresh_articles, args.pairs = 60, 1

    import biaslens
    from biaslens import Analyzer

    results: dict = {"machine": {"cores": os.cpu_count(), "python": platform.python_version(),
                                 "platform": platform.platform(), "biaslens": biaslens.__version__},
                     "settings": vars(args) | {"corpus": str(args.corpus) if args.corpus else None,
                                               "json": str(args.json) if args.json else None}}
    analyzer, floor = Analyzer(), Floor()
    texts = generated_corpus(max(args.articles, 30), args.words)
    if "throughput" not in args.skip:
        print("measuring throughput ...", file=sys.stderr)
        results["throughput"] = throughput(texts[: args.articles], args.repeat, analyzer, floor)
        if args.corpus:
            results["folder"] = throughput(folder_corpus(args.corpus), args.repeat, analyzer, floor)
    news(args, analyzer, floor, texts, results)
    if "scaling" not in args.skip:
        print("measuring scaling ...", file=sys.stderr)
        results["scaling"] = scaling(analyzer, floor, texts, args.repeat)
    if "cold" not in args.skip:
        print("measuring cold start ...", file=sys.stderr)
        results["cold_start"] = cold_start(5)
    if "batch" not in args.skip:
        print("measuring batch ...", file=sys.stderr)
        results["batch"] = batch(args.batch_small, args.batch_large, args.workers, args.words,
                                 1 if args.quick else 2)
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
