"""The benchmark script runs and reports what it measured (its figures are not checked: timing is
the benchmark's job, not the tests')."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture(scope="module")
def bench():
    sys.path.insert(0, str(BENCH))
    try:
        import bench as module
    finally:
        sys.path.remove(str(BENCH))
    return module


def test_throughput_takes_both_workloads_in_turn_and_reports_the_ratio(bench, monkeypatch):
    from biaslens import Analyzer

    calls: list[str] = []
    analyzer, floor = Analyzer(), bench.Floor()

    class Spy:
        def analyze(self, text):
            calls.append("analyze")
            return analyzer.analyze(text)

    def spy_floor(text):
        calls.append("floor")
        floor(text)

    texts = bench.generated_corpus(2, 120)
    out = bench.throughput(texts, 3, Spy(), spy_floor)
    measured = calls[2 * len(texts):]  # after the warm-up (each text once on each side)
    passes = [measured[i:i + len(texts)] for i in range(0, len(measured), len(texts))]
    assert passes == [["analyze"] * 2, ["floor"] * 2] * 3
    assert out["articles"] == 2
    assert out["ratio"] == pytest.approx(out["analyze_ms_per_article"] / out["floor_ms_per_article"])
    assert out["ratio_median_of_pairs"] > 0 and out["ratio_cpu_median_of_pairs"] > 0
    machine = {"cores": 2, "python": "3.11", "platform": "test", "biaslens": "0"}
    assert "median of side-by-side passes" in bench.table({"throughput": out, "machine": machine})


def test_clear_caches_forgets_the_words_biaslens_has_counted(bench):
    from biaslens import Analyzer, readability

    Analyzer().analyze("Harbor officials said the ferry would resume service on Monday.")
    assert len(readability._COUNTS) > 0
    bench.clear_caches()
    assert len(readability._COUNTS) == 0


def _tiny_data(folder):
    import json

    folder.mkdir()
    rows = [{"doc_id": f"d{i}", "title": f"Talks {i}", "text": f"Officials met on day {i}.\n\n"
             f"“We will not move,” the mayor said. The council disagreed {i} times."} for i in range(3)]
    (folder / "articles.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    sentences = [{"text": f"The senator said the plan was a disaster number {i}.", "outlet": "X", "topic": "t"}
                 for i in range(14)]
    (folder / "sentences.jsonl").write_text("\n".join(json.dumps(r) for r in sentences), encoding="utf-8")
    return folder


def test_news_corpus_is_reproducible_and_groups_single_sentences(bench, tmp_path):
    data = _tiny_data(tmp_path / "data")
    realnews = bench.realnews
    first, again = realnews.news_articles(data), realnews.news_articles(data)
    assert first == again and len(first) == 3 + 2  # three articles, 14 sentences in groups of 12
    assert any(t.startswith("Talks 1\n\n") for t in first)
    grouped = [t for t in first if "senator" in t]
    assert sorted(t.count("\n\n") + 1 for t in grouped) == [1, 6]  # paragraphs of two sentences
    paths = realnews.write_corpus(first, tmp_path / "out")
    assert [p.read_text(encoding="utf-8") for p in paths] == first
    assert 0 < realnews.first_seen_share(first) < 1


def test_fresh_and_cold_run_both_sides_in_child_processes(bench, tmp_path):
    realnews = bench.realnews
    texts = realnews.news_articles(_tiny_data(tmp_path / "data"))
    paths = realnews.write_corpus(texts, tmp_path / "corpus")
    fresh = realnews.fresh(tmp_path / "corpus", 2, 1)
    assert fresh["articles"] == 2 and fresh["ratio_cpu"] > 0 and fresh["floor_build_cpu"] > 0
    assert fresh["ratio_again_cpu"] > 0 and fresh["analyze_first_over_again"] > 0
    cold = realnews.cold(bench.BIASLENS, paths[0], 1)
    assert cold["ratio_cpu"] > 0 and cold["report_wall"] > 0 and cold["article_words"] > 5
    machine = {"cores": 2, "python": "3.11", "platform": "test", "biaslens": "0"}
    text = bench.table({"fresh": fresh, "cold_vs_floor": cold, "machine": machine})
    assert "fresh process" in text and "floor's cold run" in text


def test_floor_cold_run_analyses_a_file_without_biaslens(tmp_path):
    import subprocess

    article = tmp_path / "a.txt"
    article.write_text("Officials met on Monday. They said little.\n\nThe mayor left early.", encoding="utf-8")
    code = ("import runpy, sys\n"
            f"floor = runpy.run_path({str(BENCH / 'floor_cold.py')!r})\n"
            "print(floor['main']([sys.argv[1]]))\n"
            "print(sorted(m for m in sys.modules if m.startswith('biaslens')))\n")
    proc = subprocess.run([sys.executable, "-c", code, str(article)], capture_output=True, text=True)
    assert proc.stdout.split("\n")[:3] == ["2 paragraphs", "0", "[]"], proc.stderr


def test_entity_parts_cuts_the_stage_at_functions_it_calls(analyzer, monkeypatch):
    """`entity_parts.py` stops the entities stage by replacing functions it calls: each must still be
    called on an ordinary article (a renamed one would count the whole stage as that part)."""
    import runpy

    import biaslens.entities as stage
    from biaslens import ingest
    from biaslens.attribute import attribute
    from biaslens.segment import segment

    monkeypatch.setattr(sys, "path", list(sys.path))  # (the script puts bench/ on the path: undone after)
    parts = runpy.run_path(str(BENCH / "entity_parts.py"))
    text = ("Gov. Ana Lima met Harbor Authority officials on Monday.\n\n"
            "\"We will act,\" she said. The authority said it would review the plan.")
    att = attribute(segment(ingest.read_text(text), analyzer._splitter), analyzer._attribution)
    for name in parts["_CUTS"].values():
        with monkeypatch.context() as m:
            m.setattr(stage, name, parts["_cut"])
            with pytest.raises(parts["_Cut"]):
                stage.resolve_entities(att, analyzer._entities)
