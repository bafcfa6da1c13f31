"""Lexicon safety: a category typo, an unknown category factor, a weight out of range or a
missing header cannot pass silently; user categories are declared and get their own column."""

from __future__ import annotations

import csv
import io
import json
import re
import warnings
from pathlib import Path

import pytest

from biaslens import Analyzer, BiasWeights
from biaslens.errors import LexiconError, LexiconWarning
from biaslens.lexicons import (
    CUE_CATEGORIES,
    ENTITY_CATEGORIES,
    LOADED_CATEGORIES,
    SOURCE_CATEGORIES,
    WEIGHT_RULE,
    builtin_lexicon_paths,
    fixed_categories,
    load_lexicon,
    parse_lexicon,
)

HEAD = "# name: mine\n# version: 1\n"
SLURS = HEAD + "# categories: slurs\nterm,category,weight,note\nzorbleflax,slurs,2,made-up slur\n"
TEXT = "The zorbleflax council met on Tuesday. The zorbleflax plan was unveiled at noon."


def _parse(body: str, **kw):
    return parse_lexicon(body.encode(), path="u.csv", **kw)


def test_a_category_typo_is_refused_with_the_nearest_known_one():
    with pytest.raises(LexiconError, match=r"unknown category 'loadd' \(did you mean 'loaded'\?\)") as exc:
        _parse(HEAD + "term,category,weight,note\nmeddle,loaded,1,a\nzorb,loadd,1,b\n")
    assert exc.value.line == 5 and str(exc.value).startswith("u.csv:5: term 'zorb':")
    assert "# categories: loadd" in str(exc.value)  # how to add it on purpose


def test_an_undeclared_new_category_is_refused_and_a_declared_one_accepted():
    with pytest.raises(LexiconError, match=r"unknown category 'slurs': .*declare"):
        _parse(HEAD + "term,category,weight,note\nzorbleflax,slurs,2,made-up slur\n")
    lx = _parse(SLURS)
    assert lx.categories == ("slurs",) and lx.entries[0].category == "slurs"
    # declaring a built-in category is allowed and adds nothing
    assert _parse(HEAD + "# categories: labels, slurs\nterm,category,weight,note\nx,labels,1,a\n").categories \
        == ("slurs",)


@pytest.mark.parametrize("declared,message", [
    ("Slurs", "lower-case name"),
    ("slur-words", "lower-case name"),
    ("loaded_words", "standard column"),  # loaded_words_count is the column of 'loaded'
    ("hedge", "standard column"),  # hedge_count
])
def test_a_declared_category_must_name_a_new_column(declared, message):
    with pytest.raises(LexiconError, match=message) as exc:
        _parse(HEAD + f"# categories: {declared}\nterm,category,weight,note\nx,labels,1,a\n")
    assert exc.value.line == 3


@pytest.mark.parametrize("weight", ["-0.5", "0", "0.0", "-3", "10.01", "11"])
def test_weights_outside_zero_to_ten_are_refused(weight):
    with pytest.raises(LexiconError, match="out of range") as exc:
        _parse(HEAD + f"term,category,weight,note\nx,labels,{weight},a\n")
    assert exc.value.line == 4 and WEIGHT_RULE in str(exc.value)


def test_the_weight_rule_is_the_same_in_the_docs_and_lexicon_check(cli):
    readme = " ".join((Path(__file__).resolve().parent.parent / "docs" / "lexicons.md").read_text().split())
    assert WEIGHT_RULE.replace("a plain", "A weight is a plain") in readme
    helptext = " ".join(cli("lexicon", "check", "--help").stdout.decode().split())
    assert WEIGHT_RULE in helptext


def test_a_missing_header_is_a_warning(tmp_path):
    path = tmp_path / "bare.csv"
    path.write_text("term,category,weight,note\nzorb,labels,1,a\n")
    with pytest.warns(LexiconWarning, match=r"bare\.csv: no '# name:' or '# version:' header line"):
        lx = load_lexicon(path)
    assert lx.version == "unversioned" and len(lx.warnings) == 1
    half = tmp_path / "half.csv"
    half.write_text("# name: half\nterm,category,weight,note\nzorb,labels,1,a\n")
    with pytest.warns(LexiconWarning, match=r"no '# version:' header line"):
        load_lexicon(half)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert not load_lexicon(_write(tmp_path, HEAD + "term,category,weight,note\nzorb,labels,1,a\n")).warnings


def _write(tmp_path: Path, text: str, name: str = "lx.csv") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_lexicon_check_prints_the_warning_and_the_declared_categories(cli, tmp_path):
    proc = cli("lexicon", "check", str(_write(tmp_path, "# categories: slurs\nterm,category,weight,note\n"
                                                          "zorb,slurs,1,a\n")))
    assert proc.returncode == 0
    assert b"ok: loaded lexicon" in proc.stdout and b"declares slurs" in proc.stdout
    err = proc.stderr.decode()
    assert err.startswith("biaslens: warning: ") and "'# name:'" in err and err.count("\n") == 1
    typo = cli("lexicon", "check", str(_write(tmp_path, HEAD + "term,category,weight,note\nzorb,loadd,1,a\n")))
    assert typo.returncode == 1 and "did you mean 'loaded'" in typo.stderr.decode()
    assert typo.stderr.decode().count("\n") == 1 and b"Traceback" not in typo.stderr
    negative = cli("lexicon", "check", str(_write(tmp_path, HEAD + "term,category,weight,note\nzorb,labels,-1,a\n")))
    assert negative.returncode == 1 and "out of range" in negative.stderr.decode()


def test_attribution_lexicons_are_checked_against_their_own_categories(cli, tmp_path):
    cues = HEAD + "term,category,weight,note\nshout,spech,1,loud speech\n"
    with pytest.raises(LexiconError, match=r"unknown category 'spech' \(did you mean 'speech'\?\)"):
        _parse(cues, allowed_categories=CUE_CATEGORIES)
    with pytest.raises(LexiconError, match="unknown category 'labels'"):  # a loaded category is no source type
        _parse(HEAD + "term,category,weight,note\nregime,labels,1,a\n", allowed_categories=SOURCE_CATEGORIES)
    with pytest.raises(LexiconError, match="fixed"):  # nor can one be declared
        _parse(HEAD + "# categories: rumour\nterm,category,weight,note\nx,speech,1,a\n",
               allowed_categories=CUE_CATEGORIES)
    folder = tmp_path / "attribution"
    folder.mkdir()
    proc = cli("lexicon", "check", str(_write(folder, cues, "cues.csv")))
    assert proc.returncode == 1 and "did you mean 'speech'" in proc.stderr.decode()
    proc = cli("lexicon", "check", str(_write(folder, HEAD + "term,category,weight,note\nap,media,1,a\n",
                                              "sources_media.csv")))
    assert proc.returncode == 0 and b"ok: sources lexicon" in proc.stdout


def test_every_builtin_lexicon_passes_the_rules(cli):
    allowed = {"loaded": LOADED_CATEGORIES, "attribution": CUE_CATEGORIES + SOURCE_CATEGORIES,
               "entities": ENTITY_CATEGORIES}
    for kind in ("loaded", "attribution", "entities"):
        assert builtin_lexicon_paths(kind)
        for path in builtin_lexicon_paths(kind):
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                lx = load_lexicon(path, allowed_categories=fixed_categories(path))
            assert lx.categories == () and all(0 < e.weight <= 10 for e in lx.entries)
            assert {e.category for e in lx.entries} <= set(allowed[kind])
        proc = cli("lexicon", "check", str(builtin_lexicon_paths(kind)[-1]))
        assert proc.returncode == 0 and proc.stderr == b""


def test_a_category_factor_typo_is_refused():
    with pytest.raises(ValueError, match=r"unknown category 'intensifers' \(did you mean 'intensifiers'\?\)"):
        Analyzer(weights=BiasWeights(category_factors={"intensifers": 0.5}))
    with pytest.raises(ValueError, match="at least 0"):
        Analyzer(weights=BiasWeights(category_factors={"labels": -1.0}))
    assert Analyzer(weights=BiasWeights(category_factors={"intensifiers": 0.5})).weights.factor("intensifiers") == 0.5


def test_a_declared_category_counts_in_its_own_column(tmp_path):
    path = _write(tmp_path, SLURS)
    with pytest.raises(ValueError, match="unknown category 'slurs'"):  # not declared by any lexicon in use
        Analyzer(weights=BiasWeights(category_factors={"slurs": 2.0}))
    analyzer = Analyzer(lexicons=[path], weights=BiasWeights(category_factors={"slurs": 2.0}))
    assert analyzer.categories == (*LOADED_CATEGORIES, "slurs")
    report = analyzer.analyze(TEXT)
    assert report.settings["categories"][-1] == "slurs"
    assert report.metrics.categories == {"slurs": 2}
    (article,) = report.rows("article")
    assert list(article)[-1] == "slurs_count" and article["slurs_count"] == 2
    paragraphs = report.rows("paragraph")
    assert all("slurs_count" in r for r in paragraphs) and sum(r["slurs_count"] for r in paragraphs) == 2
    assert "slurs_count" not in report.rows("sentence")[0]
    assert list(report.to_frame("article").columns)[-1] == "slurs_count"
    assert report.columns("article")[-1] == "slurs_count"
    assert all(c.factor == 2.0 for c in report.contributions if c.category == "slurs")


def test_the_built_in_reports_have_no_extra_columns(analyzer):
    from biaslens.columns import names

    report = analyzer.analyze(TEXT)
    for level in ("sentence", "paragraph", "article"):
        assert report.columns(level) == names(level)
        assert list(report.rows(level)[0]) == names(level)


def test_cli_csv_carries_the_declared_column(cli, tmp_path):
    path = _write(tmp_path, SLURS)
    proc = cli("report", "-", "-f", "csv", "--level", "article", "--lexicon", str(path), input=TEXT.encode())
    assert proc.returncode == 0, proc.stderr
    (row,) = csv.DictReader(io.StringIO(proc.stdout.decode()))
    assert row["slurs_count"] == "2"
    proc = cli("report", "-", "-f", "json", "--lexicon", str(path), input=TEXT.encode())
    assert json.loads(proc.stdout)["metrics"]["categories"] == {"slurs": 2}
    assert not re.search(r"Warning", proc.stderr.decode())  # a lexicon with its header warns of nothing
