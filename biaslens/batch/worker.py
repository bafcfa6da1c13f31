"""The work of one task, in whatever process runs it: build the Analyzer once per
process, analyse, and format the rows as CSV bytes (an `Outcome`). Never raises
for a bad article: the error becomes a row of errors.csv."""

from __future__ import annotations

import io
import os
import time
from collections.abc import Callable, Iterable
from typing import Any

from ..errors import BiaslensError
from ..outlock import close_inherited
from .records import LEVEL_OF, Outcome, Task, WorkerConfig

_STATE: tuple[WorkerConfig, Any] | None = None  # this process's (config, Analyzer); written only here


def _analyzer_for(config: WorkerConfig):
    """This process's Analyzer for `config`, built once (lexicons load once per worker)."""
    global _STATE
    if _STATE is None or _STATE[0] != config:
        from ..analyzer import Analyzer

        _STATE = (config, Analyzer(config.lexicons, settings=config.settings))
    return _STATE[1]


def adopt(config: WorkerConfig, analyzer: Any) -> None:
    """Use `analyzer` (built by the run for `config`) in this process instead of building another:
    an in-process engine then pays for one Analyzer, not two."""
    global _STATE
    _STATE = (config, analyzer)


def exit_with_parent(interval: float = 0.5, parent: int | None = None) -> None:
    """In a worker: exit as soon as the process that started it is gone (even after
    ``kill -9``, which gives the parent no chance to stop its pool). A thread checks
    every `interval` seconds whether this process has been handed to another parent.

    `parent`: the pid of the process that started this one, as that process knew it
    before the start. Give it: a worker asking ``os.getppid()`` only now, when it gets
    going, may be asking after its parent died (a loaded machine can leave a new process
    waiting that long), and it would then take its new parent (init) for the one to
    watch and never exit. Without it, ``os.getppid()`` now is taken."""
    import threading

    if parent is None:
        parent = os.getppid()
    if os.getppid() != parent:  # already orphaned before getting here
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(interval)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="biaslens-parent-watch", daemon=True).start()


def init_worker(config: WorkerConfig, parent: int | None = None) -> None:
    """Process-pool initializer: ignore Ctrl-C (the parent handles it), let go of the
    parent's folder lock, exit with the parent (`parent`: its pid, see `exit_with_parent`),
    and build the Analyzer. What exists then (modules, lexicons, the Analyzer) lives as
    long as the worker, so it is frozen out of the garbage collector's full passes
    (`gc.freeze`), which otherwise re-walk it every few hundred articles; the worker is
    ours, so this touches no caller's objects."""
    import gc
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    close_inherited()
    exit_with_parent(parent=parent)
    _analyzer_for(config)
    gc.freeze()


def _csv_bytes(rows: Iterable[dict[str, Any]], columns: list[str], raw: bool) -> tuple[bytes, int]:
    from ..render.csvout import write_rows

    buf = io.StringIO()
    n = write_rows(buf, rows, columns, header=False, raw=raw)
    return buf.getvalue().encode("utf-8"), n


def error_outcome(task: Task, error_type: str, message: str, config: WorkerConfig) -> Outcome:
    row = {"article_id": task.article_id, "input": task.ref, "error_type": error_type,
           "message": " ".join(str(message).split()), "status": task.status}
    data, n = _csv_bytes([row], config.columns("errors"), config.raw_csv)
    return Outcome(task.seq, task.article_id, task.key, False, {"errors": data}, {"errors": n})


def run_task(config: WorkerConfig, task: Task, data: bytes | None = None) -> Outcome:
    """Analyse one task and format its rows. Never raises for a bad article.

    `data`: a file task's bytes when another process read them (the Dask
    engine's client), analysed exactly as the file itself would be."""
    if task.kind == "error" or task.error is not None:
        etype, message = task.error or ("input", "unknown error")
        return error_outcome(task, etype, message, config)
    try:
        analyzer = _analyzer_for(config)
        if task.document is not None:
            report = analyzer.analyze_document(task.document)
        elif task.kind == "url":
            report = analyzer.analyze_url(task.ref)
        elif task.kind == "text":
            report = analyzer.analyze(task.text or "", title=task.title, path=task.ref)
        elif data is not None:
            from ..ingest import file_document

            report = analyzer.analyze_document(file_document(data, task.ref, max_bytes=config.max_bytes))
        else:
            report = analyzer.analyze_file(task.ref)
        chunks: dict[str, bytes] = {}
        counts: dict[str, int] = {}
        meta = dict(task.meta)
        for table in ("articles", "paragraphs", "sentences", "entities", "terms"):
            rows = report.rows(LEVEL_OF[table], article_id=task.article_id)
            if table == "articles":
                for r in rows:
                    r.update(meta)
            chunks[table], counts[table] = _csv_bytes(rows, config.columns(table), config.raw_csv)
        return Outcome(task.seq, task.article_id, task.key, True, chunks, counts)
    except BiaslensError as exc:
        return error_outcome(task, exc.kind, str(exc), config)
    except RecursionError:
        return error_outcome(task, "internal", "RecursionError: the input is too deeply nested", config)
    except Exception as exc:  # a bug or an odd input: record it, keep going
        return error_outcome(task, "internal", f"{type(exc).__name__}: {exc}", config)



def run_chunk(task_fn: Callable[[WorkerConfig, Task], Outcome], config: WorkerConfig,
              tasks: list[Task]) -> list[Outcome]:
    """A worker's job: several tasks analysed in turn (each one never raises)."""
    return [task_fn(config, t) for t in tasks]


def warm_up(config: WorkerConfig) -> None:
    """Build this process's Analyzer and load everything it loads lazily (the CMU
    syllable table, pyphen's dictionary) with a throwaway analysis."""
    _analyzer_for(config).analyze("Warm-up text. The zyxqv committee said so, reportedly.")

