"""Hostile inputs that lost text or sank a run: old Mac line ends, a list line nested past the JSON
parser's depth, a URL list with one malformed line."""

from __future__ import annotations

import json

from biaslens.batch import iter_tasks, run_batch


def test_carriage_returns_alone_end_lines_and_paragraphs(analyzer):
    text = "Harbor plan stalls\r\rThe mayor said the plan was a giveaway.\rCritics slammed it.\r\rOfficials agreed."
    report = analyzer.analyze(text)
    assert report.document.title == "Harbor plan stalls"
    assert [p.text for p in report.paragraphs if p.role == "body"] == [
        "The mayor said the plan was a giveaway.\rCritics slammed it.", "Officials agreed."]
    for p in report.paragraphs:
        assert text[p.start:p.end] == p.text


def test_windows_line_ends_are_unchanged(analyzer):
    unix = analyzer.analyze("Harbor plan stalls\n\nThe mayor said it.\n\nCritics slammed it.\n")
    windows = analyzer.analyze("Harbor plan stalls\r\n\r\nThe mayor said it.\r\n\r\nCritics slammed it.\r\n")
    assert [p.text for p in windows.paragraphs] == [p.text for p in unix.paragraphs]


def test_a_list_line_nested_past_the_parsers_depth_is_one_error_row(tmp_path):
    lst = tmp_path / "list.jsonl"
    lst.write_text("\n".join([json.dumps({"id": "a", "text": "The mayor said it."}), "[" * 5_000,
                              '{"id": "b", "text": ' + "[" * 3_000 + "]" * 3_000 + "}",
                              json.dumps({"id": "c", "text": "Critics slammed it."})]) + "\n")
    tasks = list(iter_tasks([str(lst)]))
    assert [t.article_id for t in tasks] == ["a", f"{lst}:2", f"{lst}:3", "c"]
    assert [t.error[1].rsplit(": ", 1)[-1] for t in tasks if t.error] == ["not valid JSON (nested too deeply)"] * 2


def test_a_url_list_with_a_malformed_line_stays_a_list(tmp_path):
    lst = tmp_path / "urls.txt"
    lst.write_text("http://127.0.0.1:9/a\nhttp://127.0.0.1:9/o k\nhttp://[::1\n")
    tasks = list(iter_tasks([str(lst)]))  # (one odd line made the whole list one article's text)
    assert [(t.kind, t.ref) for t in tasks] == [("url", "http://127.0.0.1:9/a"), ("url", "http://127.0.0.1:9/o k"),
                                                 ("url", "http://[::1")]


def test_malformed_urls_in_a_batch_are_error_rows(tmp_path):
    lst = tmp_path / "urls.txt"
    lst.write_text("http://127.0.0.1:9/o k\nhttp://[::1\n")
    out = tmp_path / "out"
    summary = run_batch([str(lst)], out, workers=1)
    assert summary.errors == 2
    errors = (out / "errors.csv").read_text()  # (an "internal" ValueError row before)
    assert "a space or a control character" in errors and "not a valid URL" in errors and "internal" not in errors
