"""Batch runs: complete tables, errors.csv, crash safety, --resume, determinism, list files."""

from __future__ import annotations

import csv
import http.server
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import SAMPLES, run_cli

from biaslens.batch import (
    JOURNAL,
    TABLES,
    HostPacer,
    LocalEngine,
    Outcome,
    OutputError,
    Task,
    WorkerConfig,
    error_outcome,
    in_order,
    iter_tasks,
    run_batch,
    survey,
)
from biaslens.columns import ERRORS, names

CSV_NAMES = [f"{t}.csv" for t in TABLES]

GOOD = ("Harbor Talks Stall\n\nThe port authority said on Monday that talks had stalled, according to "
        "Reuters. The so-called reform is a disastrous giveaway by the regime.\n\n"
        "Officials said the fees would rise next year.\n")


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture
def mixed_folder(tmp_path: Path) -> Path:
    """Good, empty, binary and mis-encoded files, a nested folder and files batch must ignore."""
    d = tmp_path / "corpus"
    (d / "nested").mkdir(parents=True)
    (d / "a-good.txt").write_text(GOOD, encoding="utf-8")
    (d / "b-empty.txt").write_bytes(b"")
    (d / "c-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (d / "d-latin1.txt").write_bytes("The minister said the \u201ccaf\u00e9\u201d deal was dead.\n".encode("cp1252"))
    (d / "nested" / "e-page.html").write_bytes((SAMPLES / "harbor-dispute-attributed.html").read_bytes())
    (d / "nested" / "f-notes.md").write_text((SAMPLES / "council-opinion-unsourced.md").read_text())
    (d / "image.png").write_bytes(b"\x89PNG")  # not an article suffix: ignored
    (d / ".hidden.txt").write_text("Hidden words said nothing.")  # hidden: ignored
    return d


def test_folder_of_good_empty_binary_and_misencoded_files(mixed_folder, tmp_path):
    out = tmp_path / "out"
    summary = run_batch([str(mixed_folder)], out, workers=1)
    assert sorted(p.name for p in out.iterdir()) == sorted(CSV_NAMES + ["manifest.json", "summary.html"])
    errors = read_csv(out / "errors.csv")
    assert [(Path(e["input"]).name, e["error_type"]) for e in errors] == [("b-empty.txt", "input"),
                                                                          ("c-binary.txt", "input")]
    assert "empty" in errors[0]["message"] and "binary" in errors[1]["message"]
    articles = read_csv(out / "articles.csv")
    assert [Path(a["article_id"]).name for a in articles] == ["a-good.txt", "d-latin1.txt", "e-page.html",
                                                               "f-notes.md"]
    assert articles[0]["article_id"] == os.path.join(str(mixed_folder), "a-good.txt")  # the path as walked
    sentences = read_csv(out / "sentences.csv")
    assert any("café" in s["text"] for s in sentences)  # cp1252 decoded, not an error
    ids = {a["article_id"] for a in articles}
    assert {s["article_id"] for s in sentences} == ids
    assert {p["article_id"] for p in read_csv(out / "paragraphs.csv")} == ids
    for t, level in (("articles", "article"), ("paragraphs", "paragraph"), ("sentences", "sentence")):
        with open(out / f"{t}.csv", encoding="utf-8") as f:
            assert next(csv.reader(f)) == names(level)
    with open(out / "errors.csv", encoding="utf-8") as f:
        assert next(csv.reader(f)) == [c.name for c in ERRORS]
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["complete"] is True
    assert manifest["counts"] == {"inputs": 6, "articles": 4, "errors": 2, "paragraphs": len(read_csv(
        out / "paragraphs.csv")), "sentences": len(sentences)}
    assert all(len(lx["sha256"]) == 64 and lx["version"] for lx in manifest["lexicons"])
    assert manifest["started"] <= manifest["finished"]
    assert manifest["files"]["articles.csv"]["rows"] == 4
    assert (summary.ok, summary.errors) == (4, 2)


def test_one_bad_article_never_stops_the_run_and_bugs_are_recorded(tmp_path, monkeypatch):
    from biaslens.analyzer import Analyzer

    real = Analyzer.analyze_file

    def flaky(self, path):
        if str(path).endswith("boom.txt"):
            raise ZeroDivisionError("simulated bug")
        return real(self, path)

    monkeypatch.setattr(Analyzer, "analyze_file", flaky)
    d = tmp_path / "in"
    d.mkdir()
    (d / "boom.txt").write_text(GOOD)
    (d / "ok.txt").write_text(GOOD)
    run_batch([str(d)], tmp_path / "out", workers=1)
    errs = read_csv(tmp_path / "out" / "errors.csv")
    assert [(e["error_type"], e["message"]) for e in errs] == [("internal", "ZeroDivisionError: simulated bug")]
    assert len(read_csv(tmp_path / "out" / "articles.csv")) == 1


def copies(tmp_path: Path, n: int) -> Path:
    d = tmp_path / "many"
    d.mkdir()
    srcs = sorted(p for p in SAMPLES.iterdir() if p.is_file())
    for i in range(n):
        src = srcs[i % len(srcs)]
        (d / f"{i:04d}-{src.name}").write_bytes(src.read_bytes())
    (d / "0003-zz-empty.txt").write_bytes(b"")
    return d


def tables(out: Path) -> dict[str, bytes]:
    return {n: (out / n).read_bytes() for n in CSV_NAMES}


def test_output_is_byte_identical_whatever_the_number_of_workers(tmp_path):
    d = copies(tmp_path, 24)
    one, two = tmp_path / "w1", tmp_path / "w2"
    assert run_cli("batch", str(d), "--out", str(one), "--workers", "1").returncode == 0
    proc = run_cli("batch", str(d), "--out", str(two), "--workers", "2")
    assert proc.returncode == 0, proc.stderr.decode()
    assert tables(one) == tables(two)
    assert json.loads((two / "manifest.json").read_text())["settings"]["workers"] == 2


def test_spawned_workers_write_what_forked_ones_do(tmp_path):
    """The pool spawns its workers when forking is unsafe (another thread runs, as a progress
    bar's does): they build their own Analyzer, know their parent, and write the same bytes."""
    d = copies(tmp_path, 6)
    forked, spawned = tmp_path / "fork", tmp_path / "spawn"
    run_batch([str(d)], forked, engine=LocalEngine(2, start_method="fork"))
    summary = run_batch([str(d)], spawned, engine=LocalEngine(2, start_method="spawn"))
    assert summary.ok == 6 and tables(forked) == tables(spawned)


def test_killed_run_leaves_no_complete_looking_csv_and_resume_gives_the_same_bytes(tmp_path):
    d = copies(tmp_path, 240)
    ref = tmp_path / "ref"
    assert run_cli("batch", str(d), "--out", str(ref), "--workers", "1", "-q").returncode == 0

    out = tmp_path / "killed"
    env = {**os.environ, "NO_COLOR": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "biaslens", "batch", str(d), "--out", str(out), "--workers", "2",
                             "--checkpoint-seconds", "0.05"], env=env, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    journal = out / JOURNAL
    deadline = time.monotonic() + 60
    try:  # kill once a few checkpoints (after the header one) are on disk
        while time.monotonic() < deadline:
            if journal.exists() and journal.read_bytes().count(b"\n") >= 4:
                break
            assert proc.poll() is None, "the run finished before it could be killed"
            time.sleep(0.01)
        else:
            pytest.fail("no checkpoint written within 60 s")
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    assert not any((out / n).exists() for n in CSV_NAMES)  # nothing that looks complete
    assert (out / "articles.csv.partial").exists()
    assert json.loads((out / "manifest.json").read_text())["complete"] is False
    refused = run_cli("batch", str(d), "--out", str(out))
    assert refused.returncode == 1 and b"--resume" in refused.stderr

    resumed = run_cli("batch", str(d), "--out", str(out), "--workers", "2", "--resume")
    assert resumed.returncode == 0, resumed.stderr.decode()
    assert b"resumed after" in resumed.stderr
    assert tables(out) == tables(ref)
    assert not (out / JOURNAL).exists() and not (out / "articles.csv.partial").exists()
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["complete"] and manifest["resumed"] and manifest["resumed_at"] > 0


class StopAfter:
    """An engine that dies (like a crash) after `n` outcomes."""

    name = "stop"

    def __init__(self, n: int) -> None:
        self.n = n
        self.inner = LocalEngine(1)

    def run(self, tasks, config):
        for i, o in enumerate(self.inner.run(tasks, config)):
            if i == self.n:
                raise SystemExit("simulated crash")
            yield o


def test_resume_drops_rows_written_after_the_last_checkpoint(tmp_path):
    d = copies(tmp_path, 12)
    ref, out = tmp_path / "ref", tmp_path / "out"
    run_batch([str(d)], ref, workers=1)
    with pytest.raises(SystemExit):
        run_batch([str(d)], out, engine=StopAfter(5), checkpoint_seconds=3600)
    # torn writes after the checkpoint: half a row in every table and half a journal line
    for t in TABLES:
        with open(out / f"{t}.csv.partial", "ab") as f:
            f.write(b"torn,row,with no end")
    with open(out / JOURNAL, "ab") as f:
        f.write(b'{"done": 99, "offs')
    summary = run_batch([str(d)], out, workers=1, resume=True)
    assert summary.skipped == 5
    assert tables(out) == tables(ref)


def test_resume_refuses_other_inputs_or_settings(tmp_path):
    d = copies(tmp_path, 8)
    out = tmp_path / "out"
    with pytest.raises(SystemExit):
        run_batch([str(d)], out, engine=StopAfter(4), checkpoint_seconds=0)
    first = sorted(d.iterdir())[0]
    first.rename(d / "0000-renamed.md")
    with pytest.raises(OutputError, match="inputs differ"):
        run_batch([str(d)], out, workers=1, resume=True)
    (d / "0000-renamed.md").rename(first)
    with pytest.raises(OutputError, match="other settings"):
        run_batch([str(d)], out, workers=1, resume=True, raw_csv=True)
    assert run_batch([str(d)], out, workers=1, resume=True).skipped == 4


def test_existing_output_is_kept_unless_forced_and_resume_of_a_finished_run_is_a_no_op(tmp_path):
    d = copies(tmp_path, 3)
    out = tmp_path / "out"
    assert run_cli("batch", str(d), "--out", str(out), "-w", "1").returncode == 0
    before = tables(out)
    proc = run_cli("batch", str(d), "--out", str(out), "-w", "1")
    assert proc.returncode == 1 and b"already holds batch output" in proc.stderr and b"Traceback" not in proc.stderr
    assert tables(out) == before
    proc = run_cli("batch", str(d), "--out", str(out), "-w", "1", "--resume")
    assert proc.returncode == 0 and b"nothing to do" in proc.stderr
    assert run_cli("batch", str(d), "--out", str(out), "-w", "1", "--force").returncode == 0
    assert tables(out) == before
    both = run_cli("batch", str(d), "--out", str(out), "--resume", "--force")
    assert both.returncode == 2


def test_output_files_are_never_written_through_symlinks(tmp_path):
    d = copies(tmp_path, 2)
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    (out / "articles.csv").symlink_to(victim)
    (out / "sentences.csv.partial").symlink_to(victim)
    with pytest.raises(OutputError, match="already holds"):
        run_batch([str(d)], out, workers=1)
    run_batch([str(d)], out, workers=1, force=True)
    assert victim.read_text() == "precious"
    assert not (out / "articles.csv").is_symlink() and read_csv(out / "articles.csv")


def test_output_dir_that_is_a_file_is_refused(tmp_path, cli):
    f = tmp_path / "file"
    f.write_text("x")
    proc = cli("batch", str(SAMPLES), "--out", str(f))
    assert proc.returncode == 1 and b"not a directory" in proc.stderr


def test_list_files_csv_jsonl_and_txt_carry_ids_and_metadata(tmp_path):
    arts = tmp_path / "arts"
    arts.mkdir()
    (arts / "one.txt").write_text(GOOD)
    (arts / "two.md").write_text((SAMPLES / "council-opinion-unsourced.md").read_text())
    lst = tmp_path / "list.csv"
    lst.write_text("id,path,outlet,title,input\nA1,arts/one.txt,Daily Planet,My title,x\n"
                   ",arts/two.md,Gazette,,y\nA3,arts/missing.txt,Gazette,,z\n", encoding="utf-8")
    jl = tmp_path / "more.jsonl"
    jl.write_text("\n".join([
        json.dumps({"id": "J1", "text": "The regime said nothing, officials said.", "title": "Short",
                    "year": 2024, "tags": ["a", "b"]}),
        "{not json",
        json.dumps({"path": "arts/one.txt", "id": "J3"}),
        json.dumps({"outlet": "none"}),
        json.dumps(["not", "an", "object"]),
    ]) + "\n")
    txt = tmp_path / "paths.txt"
    txt.write_text("# my articles\narts/two.md\n\nhttps://news.invalid/story.html\n")
    out = tmp_path / "out"
    s = survey([str(lst), str(jl), str(txt)])
    assert s.total == 10
    assert s.meta_columns == ("outlet", "meta_input", "meta_title", "year", "tags")
    run_batch([str(lst), str(jl), str(txt)], out, workers=1)
    arts_rows = {a["article_id"]: a for a in read_csv(out / "articles.csv")}
    assert list(arts_rows) == ["A1", "arts/two.md", "J1", "J3"]
    assert arts_rows["A1"]["outlet"] == "Daily Planet" and arts_rows["A1"]["meta_title"] == "My title"
    assert arts_rows["A1"]["meta_input"] == "x"
    assert arts_rows["A1"]["input"] == str(arts / "one.txt")  # resolved next to the list file
    assert arts_rows["J1"]["title"] == "Short" and arts_rows["J1"]["year"] == "2024"
    assert arts_rows["J1"]["tags"] == '["a", "b"]'
    errs = [(e["article_id"], e["error_type"]) for e in read_csv(out / "errors.csv")]
    assert errs == [("A3", "input"), (f"{jl}:2", "input"), (f"{jl}:4", "input"), (f"{jl}:5", "input"),
                    ("arts/two.md", "duplicate"), ("https://news.invalid/story.html", "fetch")]


def test_a_txt_of_prose_is_an_article_not_a_list(tmp_path):
    from biaslens.batch import input_kind

    prose = tmp_path / "story.txt"
    prose.write_text(GOOD)
    paths = tmp_path / "paths.txt"
    paths.write_text("a.txt\nhttps://example.org/x.html\n")
    assert input_kind(str(prose)) == "file" and input_kind(str(paths)) == "list"


def test_formula_cells_are_neutralised_in_batch_csv_unless_raw(tmp_path):
    lst = tmp_path / "hostile.jsonl"
    lst.write_text(json.dumps({"id": "=cmd|' /C calc'!A0", "text": '=HYPERLINK("http://evil.invalid","click") '
                                                                  "the regime said, officials said.",
                               "note": "@SUM(1+1)", "score": "-3.5"}) + "\n")
    safe, raw = tmp_path / "safe", tmp_path / "raw"
    run_batch([str(lst)], safe, workers=1)
    run_batch([str(lst)], raw, workers=1, raw_csv=True)
    s = read_csv(safe / "sentences.csv")[0]
    a = read_csv(safe / "articles.csv")[0]
    assert s["text"].startswith("'=HYPERLINK(") and s["article_id"].startswith("'=cmd")
    assert a["note"] == "'@SUM(1+1)" and a["score"] == "-3.5"  # a genuine number stays a number
    assert read_csv(raw / "sentences.csv")[0]["text"].startswith("=HYPERLINK(")
    assert read_csv(raw / "articles.csv")[0]["note"] == "@SUM(1+1)"


class _Page(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        if self.path == "/story.html":
            body = (SAMPLES / "harbor-dispute-attributed.html").read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
        else:
            body = b"gone"
            self.send_response(404)
            self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def local_site():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_url_inputs_are_fetched_and_refusals_recorded(tmp_path, local_site):
    lst = tmp_path / "urls.txt"
    lst.write_text(f"{local_site}/story.html\n{local_site}/missing.html\n")
    run_batch([str(lst)], tmp_path / "ok", workers=1, allow_private_urls=True)
    arts = read_csv(tmp_path / "ok" / "articles.csv")
    assert [a["article_id"] for a in arts] == [f"{local_site}/story.html"]
    errs = read_csv(tmp_path / "ok" / "errors.csv")
    assert [(e["error_type"], "404" in e["message"]) for e in errs] == [("fetch", True)]
    run_batch([str(lst)], tmp_path / "refused", workers=1)  # loopback refused by default (SSRF)
    assert {e["error_type"] for e in read_csv(tmp_path / "refused" / "errors.csv")} == {"fetch"}


def test_host_pacer_spaces_requests_to_one_host():
    now = [0.0]
    slept: list[float] = []

    def sleep(s):
        slept.append(round(s, 3))
        now[0] += s

    pacer = HostPacer(2.0, clock=lambda: now[0], sleep=sleep)
    for ref in ("https://a.example/1", "https://b.example/1", "https://a.example/2", "file.txt"):
        pacer.wait(Task(0, ref, "url" if ref.startswith("http") else "file", ref))
    assert slept == [2.0]


# ----------------------------------------------------------------- the engine seam

def _square(config, task):
    return Outcome(task.seq, task.article_id, task.key, True, {"articles": f"{task.seq}\n".encode()},
                   {"articles": 1})


def _crash_on_three(config, task):
    if task.seq == 3:
        os._exit(1)
    return _square(config, task)


def _noop_init(config):
    pass


def _tasks(n, pulled=None):
    for i in range(n):
        if pulled is not None:
            pulled.append(i)
        yield Task(i, f"t{i}", "file", f"t{i}")


def test_local_engine_pulls_inputs_lazily_with_bounded_work_in_flight():
    pulled: list[int] = []
    engine = LocalEngine(2, window=3, task_fn=_square, initializer=_noop_init)
    gen = engine.run(_tasks(1000, pulled), WorkerConfig())
    first = next(gen)
    assert first.seq == 0 and len(pulled) <= (2 * 3 + 1) * engine.chunk  # chunks of tasks in flight
    rest = list(gen)
    assert [o.seq for o in rest] == list(range(1, 1000))


def test_a_worker_that_dies_costs_only_its_own_article():
    engine = LocalEngine(2, window=2, task_fn=_crash_on_three, initializer=_noop_init)
    outcomes = list(engine.run(_tasks(8), WorkerConfig()))
    assert [o.seq for o in outcomes] == list(range(8))
    assert [o.seq for o in outcomes if not o.ok] == [3]
    assert b"worker_crash" in outcomes[3].chunks["errors"]


def test_reorder_buffer_writes_in_input_order():
    cfg = WorkerConfig()
    outs = [error_outcome(Task(i, f"t{i}", "error", "x"), "input", "m", cfg) for i in (2, 0, 3, 1, 4)]
    assert [o.seq for o in in_order(outs)] == [0, 1, 2, 3, 4]


def test_duplicate_article_ids_become_errors(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(GOOD)
    tasks = list(iter_tasks([str(p), str(p)]))
    assert [t.kind for t in tasks] == ["file", "error"] and tasks[1].error[0] == "duplicate"


def test_parquet_output_has_the_dictionary_types(tmp_path):
    pytest.importorskip("pyarrow")
    import pandas as pd

    d = copies(tmp_path, 4)
    run_batch([str(d)], tmp_path / "pq", workers=1, fmt="parquet")
    arts = pd.read_parquet(tmp_path / "pq" / "articles.parquet")
    sents = pd.read_parquet(tmp_path / "pq" / "sentences.parquet")
    assert list(arts.columns) == names("article") and len(arts) == 4
    assert str(sents["sourced"].dtype) == "bool" and str(sents["paragraph"].dtype) == "int64"
    assert str(arts["bias_score"].dtype) == "float64"
    assert len(pd.read_parquet(tmp_path / "pq" / "errors.parquet")) == 1
    assert not list((tmp_path / "pq").glob("*.partial"))


def test_progress_is_reported_and_cli_is_quiet_off_a_terminal(tmp_path, cli):
    d = copies(tmp_path, 3)
    seen = []
    run_batch([str(d)], tmp_path / "o1", workers=1, progress=lambda p: seen.append((p.done, p.total, p.errors)))
    assert seen[0] == (0, 4, 0)  # the total, before the first article
    assert seen[-1] == (4, 4, 1) and len(seen) == 5
    proc = cli("batch", str(d), "--out", str(tmp_path / "o2"), "-w", "1")
    err = proc.stderr.decode()
    assert proc.returncode == 0 and err.count("\n") == 1 and "4 inputs, 3 analysed, 1 errors" in err
    assert "\r" not in err and "\x1b" not in err  # no progress bar when stderr is not a terminal
    assert cli("batch", str(d), "--out", str(tmp_path / "o3"), "-w", "1", "-q").stderr == b""


def test_batch_with_nothing_to_analyse_fails_clearly(tmp_path, cli):
    empty = tmp_path / "empty"
    empty.mkdir()
    proc = cli("batch", str(empty), "--out", str(tmp_path / "o"))
    assert proc.returncode == 1 and b"no articles found" in proc.stderr


def test_user_lexicon_reaches_the_workers(tmp_path):
    lx = tmp_path / "extra.csv"
    lx.write_text("# name: extra\n# version: 1\nterm,category,weight,note\nzorbleflax,labels,2,made-up slur\n")
    d = tmp_path / "in"
    d.mkdir()
    for i in range(3):
        (d / f"{i}.txt").write_text("The zorbleflax council met again on Monday.")
    proc = run_cli("batch", str(d), "--out", str(tmp_path / "o"), "-w", "2", "--lexicon", str(lx))
    assert proc.returncode == 0, proc.stderr.decode()
    rows = read_csv(tmp_path / "o" / "sentences.csv")
    assert len(rows) == 3 and all("zorbleflax[labels]" in r["loaded_terms"] for r in rows)
    manifest = json.loads((tmp_path / "o" / "manifest.json").read_text())
    assert "extra" in [lx["name"] for lx in manifest["lexicons"]]


def test_a_foreign_manifest_is_never_replaced(tmp_path):
    out = tmp_path / "project"
    out.mkdir()
    (out / "manifest.json").write_text('{"name": "someone else\'s"}')
    for force in (False, True):
        with pytest.raises(OutputError, match="not a biaslens manifest"):
            run_batch([str(SAMPLES)], out, workers=1, force=force)
    assert (out / "manifest.json").read_text() == '{"name": "someone else\'s"}'


def test_a_url_in_the_path_column_is_fetched_not_opened(tmp_path):
    lst = tmp_path / "l.csv"
    lst.write_text("path\nhttps://news.invalid/a.html\n")
    (t,) = iter_tasks([str(lst)])
    assert (t.kind, t.ref) == ("url", "https://news.invalid/a.html")


def test_engines_are_chosen_by_name_and_the_dictionary_lists_errors_csv(cli):
    from biaslens.batch import make_engine

    assert make_engine("local", workers=3).workers == 3
    with pytest.raises(Exception, match="unknown engine"):
        make_engine("cluster")
    out = cli("columns").stdout.decode()
    assert "errors.csv" in out and "error_type" in out and "meta_NAME" in out


def test_pool_forks_a_warm_parent_only_when_no_other_thread_runs():
    import sys
    import threading

    from biaslens.batch import _context

    if not sys.platform.startswith("linux"):
        pytest.skip("fork is used on Linux only")
    assert _context(None).get_start_method() == "fork"
    stop = threading.Event()
    t = threading.Thread(target=stop.wait)
    t.start()
    try:
        assert _context(None).get_start_method() in ("forkserver", "spawn")
    finally:
        stop.set()
        t.join()
    assert _context("spawn").get_start_method() == "spawn"


def _freeze_count_after_init(queue) -> None:
    import gc

    from biaslens.batch.worker import init_worker

    before = gc.get_freeze_count()
    init_worker(WorkerConfig())
    queue.put((before, gc.get_freeze_count()))


def test_a_pool_worker_freezes_what_it_keeps_for_life_out_of_the_collector():
    """After the initializer, the worker's modules and Analyzer are out of the garbage
    collector's full passes (only in the worker process: the caller's process is untouched)."""
    import gc
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_freeze_count_after_init, args=(queue,))
    proc.start()
    before, after = queue.get(timeout=120)
    proc.join(30)
    assert before == 0 and after > 10_000, (before, after)
    assert gc.get_freeze_count() == 0  # the test process itself froze nothing
