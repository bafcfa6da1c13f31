"""Attribution on articles laid out the ways news reaches biaslens (tests/layouts/): one
sentence a line with rare blank lines, Markdown, a web page pasted with single newlines, a
transcript, a Q&A, embedded posts, a section roundup, attributed headlines."""

from __future__ import annotations

from pathlib import Path

import pytest

LAYOUTS = Path(__file__).parent / "layouts"
ARTICLES = sorted(p for p in LAYOUTS.iterdir() if p.suffix in (".txt", ".md") and p.with_suffix(".expected").exists())
MIN_RIGHT = 0.9


def expected_labels(article: Path) -> list[tuple[bool, str]]:
    lines = article.with_suffix(".expected").read_text(encoding="utf-8").splitlines()
    return [(flag == "S", sentence) for flag, sentence in (line.split("\t", 1) for line in lines if line.strip())]


def scored(analyzer, article: Path) -> list[tuple[bool, bool, str]]:
    """(expected, predicted, sentence) for each expected sentence: the predicted label is
    that of the analysed sentence overlapping it most (as the evaluation scores)."""
    report = analyzer.analyze_file(article)
    text = report.document.text
    out, pos = [], 0
    for want, sentence in expected_labels(article):
        start = text.find(sentence, pos)
        assert start >= 0, f"{article.name}: {sentence!r} is not in the article"
        end = pos = start + len(sentence)
        best = max(report.sentences, key=lambda s: min(end, s.end) - max(start, s.start))
        got = min(end, best.end) > max(start, best.start) and best.attribution.sourced
        out.append((want, got, sentence))
    return out


def test_every_layout_has_an_article():
    names = {p.stem.split("-")[0] for p in ARTICLES}
    assert {"lines", "markdown", "web", "transcript", "qa", "embedded", "section", "headlines"} <= names
    assert len(ARTICLES) >= 8


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.name)
def test_layout_article_is_mostly_right(analyzer, article):
    rows = scored(analyzer, article)
    wrong = [f"{'S' if w else '-'} got {'S' if g else '-'}: {s}" for w, g, s in rows if w != g]
    assert len(rows) - len(wrong) >= MIN_RIGHT * len(rows), "\n".join(wrong)


def test_layout_set_is_ninety_percent_right(analyzer):
    rows = [r for a in ARTICLES for r in scored(analyzer, a)]
    assert sum(w == g for w, g, _ in rows) >= MIN_RIGHT * len(rows)
