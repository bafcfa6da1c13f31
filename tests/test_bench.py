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
    assert out["ratio_median_of_pairs"] > 0
    machine = {"cores": 2, "python": "3.11", "platform": "test", "biaslens": "0"}
    assert "median of side-by-side passes" in bench.table({"throughput": out, "machine": machine})
