"""Issue 19, researchers' tables: the term level, metadata columns, undefined sourced_share."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from conftest import SAMPLES, run_cli

import biaslens
from biaslens.batch import run_batch
from biaslens.columns import BY_LEVEL, names

TEXT = ("Harbor Talks Stall\n\nThe so-called reform is a disastrous giveaway by the regime, which reportedly "
        "slammed the council.\n\n\u201cThe regime is lying,\u201d the mayor said.\n")


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_term_rows_are_the_json_hits_and_hedges():
    report = biaslens.analyze(TEXT)
    rows = report.rows("term")
    hits = [h for p in report.to_dict()["paragraphs"] for s in p["sentences"] for h in s["hits"] + s["hedges"]]
    assert len(rows) == len(hits) > 3
    assert list(rows[0]) == names("term")
    for row in rows:
        assert report.text[row["start"]:row["end"]] == row["text"]
        match = [h for h in hits if (h["start"], h["end"]) == (row["start"], row["end"])]
        assert match and all(row[k] == (match[0][k] if match[0][k] is not None else "")
                             for k in ("term", "entry", "text", "category", "weight", "voice", "target"))
    slam = next(r for r in rows if r["term"] == "slammed")
    assert slam["entry"] == "slam" and slam["voice"] == "writer"
    quoted = [r for r in rows if r["voice"] == "quoted"]
    assert any(r["term"] == "regime" for r in quoted)
    assert any(r["category"] == "hedges" for r in rows)
    frame = report.to_frame("term")
    assert list(frame.columns) == names("term") and len(frame) == len(rows)


def test_cli_term_csv_and_columns_document_it(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    proc = run_cli("report", str(f), "--format", "csv", "--level", "term")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout.decode())))
    assert rows and {"regime", "slammed"} <= {r["term"] for r in rows}
    docs = run_cli("columns", "--level", "term").stdout.decode()
    assert "terms.csv" in docs
    for c in BY_LEVEL["term"]:
        assert c.name in docs
    article_docs = run_cli("columns").stdout.decode()
    for c in ("author", "date", "site_name", "canonical_url"):
        assert f"  {c} " in article_docs
    assert "undefined" in article_docs  # sourced_share's empty cells


def test_article_rows_carry_the_page_metadata():
    report = biaslens.analyze_file(SAMPLES / "harbor-dispute-attributed.html")
    row = report.rows("article")[0]
    doc = report.document
    assert row["author"] == doc.author == "Mara Quint" and row["date"] == doc.date
    assert row["site_name"] == (doc.site_name or "") and row["canonical_url"] == (doc.canonical_url or "")
    assert biaslens.analyze(TEXT).rows("article")[0]["author"] == ""


def test_terminal_header_shows_author_and_date(tmp_path):
    proc = run_cli("report", str(SAMPLES / "harbor-dispute-attributed.html"), "--no-color")
    head = proc.stdout.decode().splitlines()[:4]
    assert any("by Mara Quint" in line and "2024-01-01" in line for line in head)


def test_sourced_share_is_empty_for_paragraphs_not_analysed():
    report = biaslens.analyze_file(SAMPLES / "budget-vote-wire.md")
    roles = {p.role: p.metrics.to_dict()["sourced_share"] for p in report.paragraphs}
    assert roles["byline"] is None and roles["body"] is not None
    rows = {r["role"]: r for r in report.rows("paragraph")}
    assert rows["byline"]["sourced_share"] is None
    from biaslens.render.csvout import render_csv

    lines = list(csv.DictReader(io.StringIO(render_csv(report, "paragraph"))))
    assert next(r for r in lines if r["role"] == "byline")["sourced_share"] == ""


def test_batch_writes_terms_csv_and_keeps_list_metadata_under_meta(tmp_path):
    jl = tmp_path / "list.jsonl"
    jl.write_text("\n".join(json.dumps(d) for d in [
        {"id": "A", "text": TEXT, "author": "Given Author", "date": "2020-02-02", "site_name": "Planet",
         "canonical_url": "https://example.invalid/a", "outlet": "x"},
        {"id": "B", "text": "Officials said the fees would rise next year, the ministry said."},
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    run_batch([str(jl)], out, workers=1)
    terms = read_csv(out / "terms.csv")
    assert list(terms[0]) == names("term")
    assert {r["article_id"] for r in terms} == {"A"} and "regime" in {r["term"] for r in terms}
    arts = {r["article_id"]: r for r in read_csv(out / "articles.csv")}
    a = arts["A"]
    assert a["author"] == "" and a["meta_author"] == "Given Author" and a["meta_date"] == "2020-02-02"
    assert a["meta_site_name"] == "Planet" and a["meta_canonical_url"] == "https://example.invalid/a"
    assert a["outlet"] == "x"
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["files"]["terms.csv"]["rows"] == len(terms)


def test_list_rows_take_their_id_from_id_then_doc_id_or_the_named_field(tmp_path):
    from biaslens.batch import iter_tasks

    jl = tmp_path / "list.jsonl"
    jl.write_text("\n".join(json.dumps(r) for r in [
        {"doc_id": "D1", "text": TEXT}, {"doc_id": 7, "id": "I2", "text": TEXT, "key": "K2"},
        {"text": TEXT, "key": "K3"}, {"doc_id": "", "text": TEXT}]) + "\n", encoding="utf-8")
    ids = [t.article_id for t in iter_tasks([str(jl)])]
    assert ids == ["D1", "I2", f"{jl}:3", f"{jl}:4"]
    named = [t.article_id for t in iter_tasks([str(jl)], id_field="KEY")]
    assert named == [f"{jl}:1", "K2", "K3", f"{jl}:4"]  # a row without the named field: the usual id
    lst = tmp_path / "list.csv"
    lst.write_text("Doc_ID,text\nC1,The regime said so.\n,The regime said so.\n", encoding="utf-8")
    assert [t.article_id for t in iter_tasks([str(lst)])] == ["C1", f"{lst}:3"]


def test_cli_batch_id_field(tmp_path):
    lst = tmp_path / "list.csv"
    lst.write_text("ref,path\nR-1,a.txt\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    proc = run_cli("batch", str(lst), "--out", str(out), "--workers", "1", "--id-field", "ref")
    assert proc.returncode == 0, proc.stderr
    assert [r["article_id"] for r in read_csv(out / "articles.csv")] == ["R-1"]
    assert json.loads((out / "manifest.json").read_text())["settings"]["id_field"] == "ref"
    assert "--id-field" in run_cli("batch", "--help").stdout.decode()


def test_columns_mentions_the_declared_category_columns():
    out = run_cli("columns").stdout.decode()
    assert "<category>_count" in out and "# categories:" in out
    assert "<category>_count" in run_cli("columns", "--level", "paragraph").stdout.decode()
    assert "<category>_count" not in run_cli("columns", "--level", "sentence").stdout.decode()
