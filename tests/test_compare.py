"""`biaslens compare`: metrics side by side, and what each article uses that the other does not."""

from __future__ import annotations

import io
import json

import pytest

from biaslens.compare import compare, same_source
from biaslens.render.comparison import render_comparison
from biaslens.report import SourceSummary

A = ("Port Talks Stall\n\nThe regime keeps meddling in the harbor talks, and the so-called reform is a "
     "disaster. Hassan Rouhani said the fees were fair. According to Reuters, the talks will resume.\n")
B = ("Port Talks Pause\n\nThe government paused the harbor talks, Rouhani said on Monday. The plan is "
     "clearly a disaster. Critics see the regime's hand in it, the BBC reported.\n")


@pytest.fixture(scope="module")
def comparison():
    from biaslens import Analyzer

    an = Analyzer()
    return compare(an.analyze(A), an.analyze(B))


def test_terms_each_article_uses_that_the_other_does_not(comparison):
    only_a = {t for t, _, _ in comparison.terms_only_a}
    only_b = {t for t, _, _ in comparison.terms_only_b}
    shared = {t for t, _, _, _ in comparison.terms_shared}
    assert {"meddle", "so-called"} <= only_a and "meddle" not in only_b
    assert "clearly" in only_b and "clearly" not in only_a
    assert "regime" in shared or "regime" in only_a  # B's "regime" is inside reported speech


def test_sources_each_article_uses_that_the_other_does_not(comparison):
    assert [s.name for s in comparison.sources_only_a] == ["Reuters"]
    assert "BBC" in [s.name for s in comparison.sources_only_b]
    assert [(x.name, y.name) for x, y in comparison.sources_shared] == [("Hassan Rouhani", "Rouhani")]


def test_metrics_side_by_side(comparison):
    d = {m: (va, vb) for m, _, _, va, vb in comparison.metrics}
    assert d["bias_score"] == (comparison.a.metrics.bias_score, comparison.b.metrics.bias_score)
    assert d["n_words"][0] == comparison.a.metrics.n_words
    doc = comparison.to_dict()
    row = next(r for r in doc["metrics"] if r["metric"] == "n_words")
    assert row["difference"] == comparison.b.metrics.n_words - comparison.a.metrics.n_words


def test_a_common_noun_is_not_a_named_source():
    officials = SourceSummary("officials", "official", 1, ("officials",))
    customs = SourceSummary("customs officials", "official", 1, ("customs officials",))
    rouhani = SourceSummary("Rouhani", "person", 1, ("Rouhani",))
    full = SourceSummary("President Hassan Rouhani", "person", 2, ("President Hassan Rouhani",))
    assert not same_source(officials, customs)
    assert same_source(rouhani, full) and same_source(officials, officials)


def test_terminal_view_colours_only_when_asked_and_fits_the_width(comparison):
    for width in (50, 80, 120):
        buf = io.StringIO()
        render_comparison(comparison, buf, color=False, width=width)
        text = buf.getvalue()
        assert "\x1b[" not in text and "only in A" in text and "meddle" in text
        assert max(len(line) for line in text.splitlines()) <= width
    buf = io.StringIO()
    render_comparison(comparison, buf, color=True, width=100)
    assert "\x1b[" in buf.getvalue()


def test_compare_command(cli, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(A)
    b.write_text(B)
    proc = cli("compare", str(a), str(b))
    out = proc.stdout.decode()
    assert proc.returncode == 0, proc.stderr.decode()
    assert "bias_score" in out and "only in B" in out and "\x1b[" not in out  # NO_COLOR is set by the fixture
    proc = cli("compare", str(a), str(b), "--format", "json")
    d = json.loads(proc.stdout)
    assert {"metrics", "terms_only_a", "terms_only_b", "sources_only_a", "sources_only_b"} <= d.keys()
    bad = cli("compare", str(a), str(tmp_path / "missing.txt"))
    assert bad.returncode == 1 and b"no such file" in bad.stderr and b"Traceback" not in bad.stderr


def test_readme_compare_example_is_current():
    """The docs' sample is this very comparison (tests/test_docs.py checks it whole, too)."""
    from pathlib import Path

    from biaslens import Analyzer

    root = Path(__file__).resolve().parent.parent
    readme = (root / "docs" / "outputs.md").read_text(encoding="utf-8")
    start = readme.index("$ biaslens compare samples/harbor-dispute-attributed.txt "
                         "samples/council-opinion-unsourced.md")
    block = readme[start:readme.index("```", start)].splitlines()[1:]
    an = Analyzer()
    c = compare(an.analyze_file(root / "samples/harbor-dispute-attributed.txt"),
                an.analyze_file(root / "samples/council-opinion-unsourced.md"))
    buf = io.StringIO()
    render_comparison(c, buf, color=False, width=80)
    rendered = {line.rstrip() for line in buf.getvalue().splitlines()}
    shown = [line for line in block
             if line.strip() not in ("", "...") and not line.startswith(("A  ", "B  ", "samples/"))]
    assert shown and [line for line in shown if line not in rendered] == []
