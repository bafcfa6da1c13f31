"""Hostile inputs that lost text or sank a run: old Mac line ends, a list line nested past the JSON
parser's depth, a URL list with one malformed line."""

from __future__ import annotations

import io
import json
import os
import sys

import pytest

from biaslens.batch import iter_tasks, run_batch
from biaslens.errors import InputError


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


class _FailingStream(io.RawIOBase):
    def readable(self):
        return True

    def readinto(self, b):
        raise OSError(5, "Input/output error")


@pytest.mark.parametrize("call, words", [
    (lambda a: a.analyze("The mayor said it.", title=5), "the title must be text (str), not int"),
    (lambda a: a.analyze_bytes("The mayor said it."), "analyze_bytes() takes bytes, not str"),
    (lambda a: a.analyze_file(None), "analyze_file() takes a path"),
    (lambda a: a.analyze_stream(_FailingStream()), "<stdin>: could not be read (Input/output error)"),
])
def test_library_misuse_and_read_errors_are_input_errors(analyzer, call, words):
    with pytest.raises(InputError) as got:
        call(analyzer)
    assert words in str(got.value)


def test_text_streams_bytearrays_and_bytes_paths_are_read(analyzer, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("The mayor said the plan failed.")
    for report in (analyzer.analyze_stream(io.StringIO("The mayor said the plan failed.")),
                   analyzer.analyze_bytes(bytearray(b"The mayor said the plan failed.")),
                   analyzer.analyze_file(os.fsencode(f))):
        assert [s.text for s in report.sentences] == ["The mayor said the plan failed."]


def test_a_closed_standard_input_is_one_line(analyzer, monkeypatch):
    monkeypatch.setattr(sys, "stdin", None)  # what Python gives a process started with '<&-'
    with pytest.raises(InputError, match="standard input is closed"):
        analyzer.analyze_stream()
