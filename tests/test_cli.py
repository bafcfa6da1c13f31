"""The console script end to end: formats, exit codes and one-line errors."""

import csv
import io
import json

import pytest

from biaslens.columns import names


def assert_one_line_error(proc, code=1):
    err = proc.stderr.decode()
    assert proc.returncode == code, err
    assert "Traceback" not in err
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("biaslens: error:"), err
    return lines[0]


def test_text_report_on_a_sample(cli, samples):
    proc = cli("report", str(next(p for p in samples if p.name == "harbor-dispute-attributed.txt")))
    out = proc.stdout.decode()
    assert proc.returncode == 0, proc.stderr.decode()
    assert "bias_score" in out and "Paragraphs" in out and "Sources" in out


def test_json_report(cli, samples):
    proc = cli("report", str(samples[0]), "--format", "json")
    d = json.loads(proc.stdout)
    assert d["schema_version"] and d["paragraphs"] and "bias_score" in d["metrics"]


@pytest.mark.parametrize("level", ["sentence", "paragraph", "article", "entity"])
def test_csv_report_levels(cli, samples, level):
    proc = cli("report", str(samples[0]), "--format", "csv", "--level", level)
    rows = list(csv.reader(io.StringIO(proc.stdout.decode())))
    assert rows[0] == names(level)
    assert len(rows) > 1


def test_standard_input(cli):
    proc = cli("report", "-", "--format", "json", input=b"The regime said so, officials said.")
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["metrics"]["n_sentences"] == 1


def test_missing_file(cli):
    assert "no such file" in assert_one_line_error(cli("report", "does-not-exist.txt"))


def test_binary_file(cli, tmp_path):
    p = tmp_path / "img.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    assert "binary" in assert_one_line_error(cli("report", str(p)))


def test_empty_file(cli, tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    assert "empty" in assert_one_line_error(cli("report", str(p)))


def test_oversized_file(cli, tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("Words here. " * 100)
    assert "size limit" in assert_one_line_error(cli("report", str(p), "--max-bytes", "100"))


def test_mis_encoded_file_still_analyses(cli, tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("The minister said the “caf\u00e9” deal was dead.".encode("cp1252"))
    proc = cli("report", str(p), "--format", "json")
    assert proc.returncode == 0
    assert "café" in json.loads(proc.stdout)["paragraphs"][0]["text"]


def test_bad_flag_is_a_usage_error(cli, samples):
    proc = cli("report", str(samples[0]), "--format", "yaml")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr.decode()


def test_unsupported_url_scheme(cli):
    assert "http" in assert_one_line_error(cli("report", "ftp://example.org/a.html"))


def test_output_file_is_not_overwritten_without_force(cli, samples, tmp_path):
    out = tmp_path / "r.json"
    assert cli("report", str(samples[0]), "-f", "json", "-o", str(out)).returncode == 0
    assert json.loads(out.read_text())["paragraphs"]
    assert "exists" in assert_one_line_error(cli("report", str(samples[0]), "-f", "json", "-o", str(out)))
    assert cli("report", str(samples[0]), "-f", "json", "-o", str(out), "--force").returncode == 0


def test_lexicon_check(cli, tmp_path):
    good = tmp_path / "good.csv"
    good.write_text("# name: mine\n# version: 1\nterm,category,weight,note\nmeddle,loaded,1,why\n")
    proc = cli("lexicon", "check", str(good))
    assert proc.returncode == 0 and b"ok" in proc.stdout
    bad = tmp_path / "bad.csv"
    bad.write_text("term,category,weight,note\nmeddle,loaded,heavy,why\n")
    assert "bad.csv:2:" in assert_one_line_error(cli("lexicon", "check", str(bad)))


def test_user_lexicon_flag_adds_terms(cli, tmp_path):
    lx = tmp_path / "extra.csv"
    lx.write_text("# name: extra\n# version: 1\nterm,category,weight,note\nzorbleflax,labels,2,made-up slur\n")
    proc = cli("report", "-", "-f", "json", "--lexicon", str(lx), input=b"The zorbleflax council met.")
    terms = [h["term"] for p in json.loads(proc.stdout)["paragraphs"] for s in p["sentences"] for h in s["hits"]]
    assert "zorbleflax" in terms


def test_help_does_not_import_heavy_modules():
    import subprocess
    import sys

    code = ("import sys, biaslens.cli; heavy = [m for m in ('nltk', 'pandas', 'trafilatura', 'textstat') "
            "if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_version(cli):
    import biaslens

    assert cli("--version").stdout.decode().strip() == f"biaslens {biaslens.__version__}"
