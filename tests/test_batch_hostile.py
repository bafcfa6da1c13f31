"""Hostile and broken inputs to batch runs and CSV output (issue 15): formula injection through
control characters, special files, lone surrogates, over-long list lines, two runs on one folder,
orphaned workers, and errors of the user's environment."""

from __future__ import annotations

import csv
import errno
import http.server
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pandas as pd
import pytest
from conftest import run_cli
from hypothesis import given, settings
from hypothesis import strategies as st

from biaslens.batch import TABLES, run_batch
from biaslens.render.csvout import cell, render_csv

GOOD = ("Harbor Talks Stall\n\nThe port authority said on Monday that talks had stalled, according to "
        "Reuters. The so-called reform is a disastrous giveaway by the regime.\n\n"
        "Officials said the fees would rise next year.\n")
EVIL_NAME = "\r=cmd|' -C calc'!A0"
LOCK_NAME = "batch.lock"
NUMBER = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$")
BLANKS = "".join(map(chr, range(33))) + "\x7f\u00a0\u200b\ufeff"


def assert_spreadsheet_safe(path: Path, rows: int) -> None:
    """Read back with csv and pandas: `rows` data rows, every cell and header inert."""
    with open(path, encoding="utf-8", newline="") as f:
        table = list(csv.reader(f))
    assert len(table) == rows + 1, f"{path.name}: {len(table) - 1} rows read, {rows} written"
    assert len({len(r) for r in table}) == 1, f"{path.name}: ragged rows"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert len(frame) == rows and list(frame.columns) == table[0]
    for value in [*table[0], *(c for r in table[1:] for c in r)]:
        if NUMBER.match(value) or value.startswith("'"):
            continue
        assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), repr(value)
        assert not value.lstrip(BLANKS).startswith(("=", "+", "-", "@")), repr(value)
    slow = pd.read_csv(path, dtype=str, keep_default_na=False, engine="python")
    assert slow.shape == frame.shape


def check_tables(out: Path) -> dict:
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    for t in TABLES:
        assert_spreadsheet_safe(out / f"{t}.csv", manifest["files"][f"{t}.csv"]["rows"])
    return manifest


# --------------------------------------------------------------------------- 1. formula injection

@pytest.fixture
def hostile_inputs(tmp_path: Path) -> list[str]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / f"{EVIL_NAME}.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty\r@SUM(1+1).txt").write_bytes(b"")  # an error row whose input holds a CR
    jl = tmp_path / "hostile.jsonl"
    jl.write_text("\n".join(json.dumps(o) for o in [
        {"id": "\r=1+1", "title": "\r@SUM(1+1)", "text": GOOD, "note": "\r=1+1", "\r=key": "x"},
        {"id": "two\r-2+3", "text": GOOD.replace("Harbor", "\r=HYPERLINK(1)"), "note": "\x0b@SUM(1)"},
        {"id": "\r@SUM(1+1)", "path": "missing\r=1+1.txt"},
    ]) + "\n", encoding="utf-8")
    lst = tmp_path / "cols.csv"
    with open(lst, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["text", "=evilcol", "+plain"], [GOOD.replace("Harbor", "Dock"), "\r=1+1", "ok"]])
    return [str(folder), str(jl), str(lst)]


def test_control_characters_never_split_a_row_or_start_a_formula_in_batch_tables(tmp_path, hostile_inputs):
    out = tmp_path / "out"
    run_batch(hostile_inputs, out, workers=1)
    manifest = check_tables(out)
    assert manifest["counts"] == {**manifest["counts"], "articles": 4, "errors": 2}
    articles = pd.read_csv(out / "articles.csv", dtype=str, keep_default_na=False)
    assert "'=evilcol" in articles.columns and "'+plain" in articles.columns
    assert "'=key" in articles.columns  # keys and ids are stripped of surrounding whitespace
    by_id = dict(zip(articles["article_id"], articles["note"], strict=True))
    assert by_id["'=1+1"] == "'\r=1+1" and by_id["two\r-2+3"] == "'\x0b@SUM(1)"
    assert articles["input"].str.endswith(f"{EVIL_NAME}.txt").sum() == 1


def test_raw_csv_still_quotes_control_characters(tmp_path, hostile_inputs):
    out = tmp_path / "raw"
    run_batch(hostile_inputs, out, workers=1, raw_csv=True)
    manifest = json.loads((out / "manifest.json").read_text())
    for t in TABLES:
        frame = pd.read_csv(out / f"{t}.csv", dtype=str, keep_default_na=False)
        assert len(frame) == manifest["files"][f"{t}.csv"]["rows"]
    articles = pd.read_csv(out / "articles.csv", dtype=str, keep_default_na=False)
    assert "=evilcol" in articles.columns and "two\r-2+3" in set(articles["article_id"])


def test_report_csv_quotes_and_neutralises_a_file_name_with_a_carriage_return(tmp_path, analyzer):
    article = tmp_path / f"{EVIL_NAME}.txt"
    article.write_text(GOOD, encoding="utf-8")
    report = analyzer.analyze_file(str(article))
    done = run_cli("report", str(article), "--format", "csv", "-o", str(tmp_path / "sentence.csv"))
    assert done.returncode == 0, done.stderr.decode()
    for level in ("paragraph", "article"):
        (tmp_path / f"{level}.csv").write_text(render_csv(report, level), encoding="utf-8")
    for level in ("sentence", "paragraph", "article"):
        target = tmp_path / f"{level}.csv"
        assert_spreadsheet_safe(target, len(report.rows(level)))
        with open(target, encoding="utf-8", newline="") as f:
            assert all(r[0].endswith(f"{EVIL_NAME}.txt") for r in list(csv.reader(f))[1:])


def test_library_csv_neutralises_after_leading_control_characters(analyzer, tmp_path):
    from biaslens.render.csvout import header_line

    report = analyzer.analyze(GOOD, title="\r@SUM(1+1)", path="\x00=1+1")
    target = tmp_path / "a.csv"
    target.write_text(render_csv(report, "article"), encoding="utf-8")
    assert_spreadsheet_safe(target, 1)
    assert cell("\x1b=1") == "'\x1b=1" and cell(" \u00a0-1+2") == "' \u00a0-1+2" and cell("-3.5") == "-3.5"
    assert cell("a\rb") == "a\rb" and header_line(["a\rb", "=c"]) == "\"a\rb\",'=c\n"
    assert header_line(["=c"], raw=True) == "=c\n"


# --------------------------------------------------------------------------- 2. special files

def test_fifos_and_devices_in_folders_and_lists_are_error_rows_not_hangs(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD)
    os.mkfifo(folder / "b-fifo.txt")
    os.symlink("/dev/null", folder / "c-device.txt")
    os.mkfifo(tmp_path / "listed.md")
    os.mkfifo(tmp_path / "named.html")
    listing = tmp_path / "list.txt"
    listing.write_text("listed.md\ncorpus/a.txt\n")
    jl = tmp_path / "rows.jsonl"
    jl.write_text(json.dumps({"id": "j", "path": "listed.md"}) + "\n")
    os.mkfifo(tmp_path / "fifo-list.jsonl")
    out = tmp_path / "out"
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "biaslens", "batch", str(folder), str(listing), str(jl),
                           str(tmp_path / "named.html"), str(tmp_path / "fifo-list.jsonl"), "--out", str(out),
                           "--workers", "1", "-q"], capture_output=True, timeout=30)
    assert done.returncode == 0, done.stderr.decode()
    assert time.monotonic() - started < 30
    errors = pd.read_csv(out / "errors.csv", dtype=str, keep_default_na=False)
    assert errors["input"].map(lambda p: Path(p).name).tolist() == [
        "b-fifo.txt", "c-device.txt", "listed.md", "listed.md", "named.html", "fifo-list.jsonl"]
    assert errors["message"].str.contains("not a regular file").all()
    assert "a character device" in errors["message"][1] and "a FIFO" in errors["message"][0]


# --------------------------------------------------------------------------- 5. lone surrogates

def test_lone_surrogates_in_list_ids_and_fields_never_crash_a_batch_or_its_resume(tmp_path):
    jl = tmp_path / "s.jsonl"
    jl.write_text("\n".join(json.dumps(o) for o in [
        {"id": "s1", "text": GOOD},
        {"id": "s2\udc00", "title": "T\ud800itle", "text": GOOD + "\ud83d", "note\udfff": "n\udc80",
         "tags": ["x\udc00"]},
        {"id": "s3\udc01", "path": "gone\udc02.txt"},
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    summary = run_batch([str(jl)], out, workers=1)
    assert (summary.ok, summary.errors) == (2, 1)
    check_tables(out)
    articles = pd.read_csv(out / "articles.csv", dtype=str, keep_default_na=False)
    assert articles["article_id"].tolist() == ["s1", "s2\ufffd"]
    assert articles["note\ufffd"].tolist() == ["", "n\ufffd"] and articles["tags"][1] == '["x\ufffd"]'
    errors = pd.read_csv(out / "errors.csv", dtype=str)
    assert errors["article_id"].tolist() == ["s3\ufffd"] and "gone\ufffd.txt" in errors["input"][0]

    class StopAfterFirst:  # an engine that crashes after the first article, before the surrogate row
        name = "stop"

        def run(self, tasks, config):
            from biaslens.batch import run_task

            for i, task in enumerate(tasks):
                if i == 1:
                    raise SystemExit("simulated crash")
                yield run_task(config, task)

    again = tmp_path / "again"
    with pytest.raises(SystemExit):
        run_batch([str(jl)], again, engine=StopAfterFirst())
    resumed = run_batch([str(jl)], again, workers=1, resume=True)
    assert (resumed.skipped, resumed.ok, resumed.errors) == (1, 2, 1)
    assert (again / "articles.csv").read_bytes() == (out / "articles.csv").read_bytes()


def test_undecodable_file_names_in_a_folder_are_written_with_replacement_characters(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a\udcff.txt").write_text(GOOD)  # the file name's bytes are not UTF-8
    out = tmp_path / "out"
    assert run_batch([str(folder)], out, workers=1).ok == 1
    ids = pd.read_csv(out / "articles.csv", dtype=str)["article_id"].tolist()
    assert [Path(i).name for i in ids] == ["a\ufffd.txt"]


@settings(max_examples=200, derandomize=True, deadline=None)
@given(st.text(alphabet=st.characters(codec=None, min_codepoint=0, max_codepoint=0x1FFFF)))
def test_replace_surrogates_is_one_for_one(s):
    from biaslens.textsafe import replace_surrogates

    out = replace_surrogates(s)
    assert len(out) == len(s)
    out.encode("utf-8")
    for a, b in zip(s, out, strict=True):
        assert b == ("\ufffd" if 0xD800 <= ord(a) <= 0xDFFF else a)


# --------------------------------------------------------------------------- 10. over-long list lines

def test_list_lines_over_2048_characters_are_refused_not_analysed(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    prose = "The regime said so. " * 150  # 3,000 characters
    listing = tmp_path / "list.txt"
    listing.write_text(f"a.txt\n{prose}\n{'b' * 2044}.txt\n")
    jl = tmp_path / "rows.jsonl"
    jl.write_text(json.dumps({"id": "long", "path": prose}) + "\n" + json.dumps({"url": "https://x.invalid/"
                                                                                  + "u" * 2100}) + "\n")
    out = tmp_path / "out"
    summary = run_batch([str(listing), str(jl)], out, workers=1)
    assert summary.ok == 1
    articles = pd.read_csv(out / "articles.csv", dtype=str)
    assert articles["article_id"].tolist() == ["a.txt"]  # the list is a list, not an article
    errors = pd.read_csv(out / "errors.csv", dtype=str)
    assert errors["article_id"].tolist() == [f"{listing}:2", f"{'b' * 2044}.txt", "long", f"{jl}:2"]
    assert errors["message"][[0, 2, 3]].str.contains("too long for a path or URL").all()
    assert "too long for a path" not in errors["message"][1]  # 2,048 characters is still a path


# --------------------------------------------------------------------------- 7. one run per folder

def copies(tmp_path: Path, n: int) -> Path:
    d = tmp_path / "many"
    d.mkdir()
    for i in range(n):
        (d / f"{i:04d}.txt").write_text(GOOD.replace("Monday", f"day {i}"))
    return d


def _start(args: list[str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "biaslens", "batch", *args], start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ, "NO_COLOR": "1"})


def _wait_for(predicate, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


class _Gated(http.server.BaseHTTPRequestHandler):
    """Serves an article, but only once the test opens the gate: a run fetching it stays busy till then."""

    gate = threading.Event()

    def do_GET(self):  # noqa: N802
        self.gate.wait(120)
        body = f"<html><head><title>Gated</title></head><body><p>{GOOD}</p></body></html>".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def gated_list(tmp_path):
    """A list of 8 files, then a URL whose page comes only when `gate` is set."""
    _Gated.gate = threading.Event()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Gated)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    d = copies(tmp_path, 8)
    listing = tmp_path / "list.txt"
    listing.write_text("".join(f"many/{p.name}\n" for p in sorted(d.iterdir()))
                       + f"http://127.0.0.1:{server.server_address[1]}/slow.html\n")
    yield listing, _Gated.gate
    _Gated.gate.set()
    server.shutdown()
    server.server_close()


def test_a_second_run_on_the_same_folder_is_refused_while_the_first_holds_it(tmp_path, gated_list):
    listing, gate = gated_list
    out = tmp_path / "out"
    first = _start([str(listing), "--out", str(out), "--workers", "1", "--allow-private", "--delay", "0"])
    try:
        _wait_for(lambda: (out / "batch.journal").exists() or first.poll() is not None)
        assert first.poll() is None, first.stderr.read().decode()
        second = run_cli("batch", str(listing), "--out", str(out), "--force", "--workers", "1")
        assert second.returncode == 1
        line = second.stderr.decode()
        assert f"another biaslens batch (pid {first.pid})" in line and line.count("\n") == 1
        assert "internal error" not in line
        gate.set()
        assert first.wait(timeout=120) == 0, first.stderr.read().decode()
    finally:
        if first.poll() is None:
            os.killpg(first.pid, signal.SIGKILL)
            first.wait()
    manifest = check_tables(out)
    assert manifest["counts"]["articles"] == 9 and not (out / LOCK_NAME).exists()


def test_a_stale_lock_of_a_dead_run_is_taken_over(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    out = tmp_path / "out"
    out.mkdir()
    (out / LOCK_NAME).write_text(f"{dead.pid}\n")
    (tmp_path / "a.txt").write_text(GOOD)
    assert run_batch([str(tmp_path / "a.txt")], out, workers=1).ok == 1
    assert not (out / LOCK_NAME).exists()


def test_the_lock_refuses_a_second_holder_in_the_library(tmp_path):
    from biaslens.outlock import LockedError, OutputLock

    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "out").mkdir()
    with OutputLock(tmp_path / "out"):
        assert (tmp_path / "out" / LOCK_NAME).read_text() == f"{os.getpid()}\n"
        with pytest.raises(LockedError, match=f"pid {os.getpid()}"):
            run_batch([str(tmp_path / "a.txt")], tmp_path / "out", workers=1)
        assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [LOCK_NAME]


def test_without_flock_the_pid_alone_decides(tmp_path, monkeypatch):
    import biaslens.outlock as outlock

    def no_flock(fd, op):
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(outlock.fcntl, "flock", no_flock)
    with outlock.OutputLock(tmp_path):
        assert (tmp_path / LOCK_NAME).read_text() == f"{os.getpid()}\n"
        with pytest.raises(outlock.LockedError, match=f"pid {os.getpid()}"):
            outlock.OutputLock(tmp_path).acquire()
    assert not (tmp_path / LOCK_NAME).exists()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (tmp_path / LOCK_NAME).write_text(f"{dead.pid}\n")
    with outlock.OutputLock(tmp_path) as lock:
        assert lock.stale_pid == dead.pid
    assert sorted(p.name for p in tmp_path.iterdir()) == []


# --------------------------------------------------------------------------- 8. orphaned workers

def _children(pid: int) -> list[int]:
    kids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                kids.append(int(entry))
    return kids


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_workers_exit_soon_after_their_parent_is_killed(tmp_path, gated_list):
    listing, gate = gated_list
    out = tmp_path / "out"
    parent = _start([str(listing), "--out", str(out), "--workers", "2", "--allow-private", "--delay", "0",
                     "--checkpoint-seconds", "0.05"])
    workers: list[int] = []
    try:  # the 8 files are analysed, then the run waits for the page: its workers sit idle
        _wait_for(lambda: len(_children(parent.pid)) >= 2 and (out / "batch.journal").exists()
                  or parent.poll() is not None)
        assert parent.poll() is None, parent.stderr.read().decode()
        workers = _children(parent.pid)
        _kill_and_expect_the_workers_gone(parent, workers)
    finally:
        _clean_up(parent, workers)
    gate.set()
    resumed = run_cli("batch", str(listing), "--out", str(out), "--resume", "--workers", "2",
                      "--allow-private", "--delay", "0")  # the dead run's lock is stale: taken over
    assert resumed.returncode == 0, resumed.stderr.decode()
    assert json.loads((out / "manifest.json").read_text())["counts"]["articles"] == 9


_LATE_WORKERS = r"""
import os, time
import biaslens.batch.worker as worker
from biaslens.batch import LocalEngine, Task, WorkerConfig

parent = os.getpid()
real = worker.close_inherited


def late():  # a worker the scheduler leaves waiting until its parent is gone
    while os.getppid() == parent:
        time.sleep(0.01)
    real()


worker.close_inherited = late
engine = LocalEngine(2, start_method="fork")  # the workers inherit the patch
next(engine.run(iter([Task(0, "t0", "error", "x")]), WorkerConfig()))  # waits till killed
"""


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_a_worker_whose_parent_died_before_it_got_going_exits_too():
    """The race behind a worker that outlived its killed parent: the worker asked who its
    parent was only once it ran, after the parent had died, and so watched init instead."""
    parent = subprocess.Popen([sys.executable, "-c", _LATE_WORKERS], start_new_session=True,
                              stderr=subprocess.DEVNULL)
    workers: list[int] = []
    try:
        _wait_for(lambda: len(_children(parent.pid)) >= 2 or parent.poll() is not None)
        assert parent.poll() is None
        workers = _children(parent.pid)
        _kill_and_expect_the_workers_gone(parent, workers)
    finally:
        _clean_up(parent, workers)


def _kill_and_expect_the_workers_gone(parent: subprocess.Popen, workers: list[int]) -> None:
    """SIGKILL the parent; its workers must go too. They watch their parent every 0.5 s; the wide
    margin is for a machine under heavy load (a run at load average ~7 once took over 5 s), the test
    being that they go at all, not how fast."""
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait(timeout=10)
    deadline = time.monotonic() + 15
    while any(map(_running, workers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [w for w in workers if _running(w)], "workers outlived their parent"


def _clean_up(parent: subprocess.Popen, workers: list[int]) -> None:
    for w in workers:
        if _running(w):
            os.kill(w, signal.SIGKILL)
    if parent.poll() is None:
        parent.kill()
        parent.wait()


# --------------------------------------------------------------------------- 9. the user's environment

def _cli(monkeypatch, capsys, *args: str) -> tuple[int, str]:
    from biaslens import cli

    monkeypatch.setattr(sys, "argv", ["biaslens", *args])
    with pytest.raises(SystemExit) as done:
        cli.main()
    return done.value.code, capsys.readouterr().err


def _fail_under(monkeypatch, name: str, folder: Path, code: int) -> None:
    real = getattr(os, name)

    def failing(target, *a, **k):
        where = target if isinstance(target, (str, os.PathLike)) else os.readlink(f"/proc/self/fd/{target}")
        if str(where).startswith(str(folder)):
            raise OSError(code, os.strerror(code), str(where))
        return real(target, *a, **k)

    monkeypatch.setattr(os, name, failing)


def test_a_read_only_output_folder_is_a_plain_error(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.txt").write_text(GOOD)
    out = tmp_path / "out"
    out.mkdir()
    if os.geteuid() == 0:  # root writes anywhere: play the part of the file system
        _fail_under(monkeypatch, "open", out, errno.EROFS)
    else:
        out.chmod(0o555)
    code, err = _cli(monkeypatch, capsys, "batch", str(tmp_path / "a.txt"), "--out", str(out), "-w", "1", "-q")
    out.chmod(0o755)
    assert code == 1 and "internal error" not in err and err.count("\n") == 1
    assert err.startswith(f"biaslens: error: {out}") and "must be writable" in err


def test_a_full_disk_is_a_plain_error_that_suggests_resume(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.txt").write_text(GOOD)
    out = tmp_path / "out"
    out.mkdir()
    _fail_under(monkeypatch, "fsync", out, errno.ENOSPC)
    code, err = _cli(monkeypatch, capsys, "batch", str(tmp_path / "a.txt"), "--out", str(out), "-w", "1", "-q")
    assert code == 1 and "internal error" not in err and err.count("\n") == 1
    assert "No space left on device" in err and "--resume" in err
    assert not (out / LOCK_NAME).exists()


CELL_TEXT = st.text(alphabet=st.characters(codec=None, max_codepoint=0x2FFF), max_size=12)


@settings(max_examples=150, derandomize=True, deadline=None)
@given(st.lists(CELL_TEXT, min_size=2, max_size=4, unique=True), st.lists(st.lists(CELL_TEXT, min_size=4,
                                                                                      max_size=4), max_size=3))
def test_any_cells_and_headers_read_back_as_written(columns, values):
    import io

    from biaslens.render.csvout import neutralise, write_rows

    rows = [dict(zip(columns, v, strict=False)) for v in values]
    buf = io.StringIO()
    write_rows(buf, rows, columns)
    text = buf.getvalue()
    text.encode("utf-8")  # always writable
    expect = [[neutralise(replace_one(c)) for c in columns]]
    expect += [[neutralise(replace_one(r[c])) for c in columns] for r in rows]
    assert list(csv.reader(io.StringIO(text, newline=""))) == expect
    frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, header=None)
    assert frame.shape == (len(expect), len(columns))
    assert frame.values.tolist() == expect


def replace_one(s: str) -> str:
    return "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in s)
