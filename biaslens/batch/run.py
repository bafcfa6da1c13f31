"""`run_batch`: one batch run, as a few steps.

    check the request -> build the Analyzer -> lock and check the folder -> survey the inputs
    -> open the writer (fresh or resumed) -> manifest -> stream tasks through the engine
    -> finish the tables -> final manifest
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import platform
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._version import __version__
from ..errors import InputError
from ..settings import Settings
from ..textsafe import replace_surrogates
from .engines import Engine, LocalEngine, in_order
from .inputs import iter_tasks, survey
from .outdir import check_out_dir, exclusive, prepare_out_dir, read_manifest, write_manifest
from .politeness import Pacer, fetch_urls, pace_urls
from .records import TABLES, WorkerConfig
from .worker import adopt
from .writer import JOURNAL, BatchWriter, _now


@dataclass
class Progress:
    done: int
    total: int | None
    errors: int


@dataclass
class BatchSummary:
    out_dir: Path
    total: int
    ok: int
    errors: int
    skipped: int
    seconds: float
    files: dict[str, dict[str, Any]]
    manifest: dict[str, Any]
    already_complete: bool = False


@dataclass(frozen=True)
class _Request:
    """What run_batch was asked, checked."""

    inputs: list[str]
    out: Path
    lexicons: tuple[str, ...]
    settings: Settings
    fmt: str
    raw_csv: bool
    resume: bool
    force: bool
    checkpoint_seconds: float
    id_field: str | None = None


def run_batch(inputs: list[str], out_dir: str | os.PathLike, *, lexicons: Iterable[str | os.PathLike] = (),
              workers: int | None = None, resume: bool = False, force: bool = False, raw_csv: bool = False,
              fmt: str = "csv", max_bytes: int | None = None, allow_private_urls: bool | None = None,
              timeout: float | None = None, engine: Engine | None = None, pacer: Pacer | None = None,
              progress: Callable[[Progress], None] | None = None,
              checkpoint_seconds: float = 1.0, cache: str | os.PathLike | None = None,
              per_host: int | None = None, delay: float | None = None, fetch_threads: int | None = None,
              settings: Settings | None = None, robots: bool | None = None,
              id_field: str | None = None) -> BatchSummary:
    """Analyse every input and write the tables to `out_dir` (see the package docstring).

    `settings`: how to read and fetch (`biaslens.settings.Settings`); the keywords
    max_bytes, allow_private_urls, timeout, cache, per_host, delay, fetch_threads and
    robots, when given, override it. `id_field`: the list-file field holding each row's
    article_id (default: `id`, then `doc_id`; a row without it keeps its url, path or
    list-file line as id). Raises `OutputError` when the directory cannot be used
    as asked, and `LexiconError` for a bad lexicon; a bad article only adds a row to errors.csv.
    """
    from ..analyzer import Analyzer
    from ..fetch import fetcher_for

    settings = (settings or Settings()).replace(
        max_bytes=max_bytes, allow_private_urls=allow_private_urls, timeout=timeout, cache=cache,
        per_host=per_host, delay=delay, fetch_threads=fetch_threads, robots=robots)
    request = _Request(list(inputs), Path(out_dir), tuple(os.path.abspath(p) for p in lexicons), settings,
                       fmt, _raw_csv_for(fmt, raw_csv), resume, force, checkpoint_seconds, id_field or None)
    # loads and checks the lexicons here, before any worker starts
    analyzer = Analyzer(request.lexicons, settings=settings)
    fetcher = fetcher_for(settings)
    engine = engine or LocalEngine(workers)
    started = time.monotonic()
    prepare_out_dir(request.out)
    with exclusive(request.out):
        journal, complete = check_out_dir(request.out, resume=resume, force=force)
        if complete is not None:
            return _already_complete(request.out, complete)
        config, total = _worker_config(request, journal)
        adopt(config, analyzer)  # an in-process engine reuses this Analyzer instead of building another
        writer, resumed_from = _open_writer(request, config, analyzer, journal, total)
        manifest = _first_manifest(request, config, analyzer, engine, writer.header, resumed=journal is not None)
        try:
            if not writer.state.finished:
                tasks = _tasks_after(request, writer, resumed_from)
                paced = fetch_urls(pace_urls(tasks, pacer), fetcher, threads=settings.fetch_threads)
                if progress is not None:  # the total, known before the first article (and a resume's start)
                    progress(Progress(writer.state.done, total, writer.state.errors))
                for outcome in in_order(engine.run(paced, config), resumed_from):
                    writer.write(outcome)
                    if progress is not None:
                        progress(Progress(writer.state.done, total, writer.state.errors))
            files = writer.finish()
        except BaseException:
            writer.abandon()
            raise
        return _finish(request, writer, manifest, files, resumed_from, started)


def _raw_csv_for(fmt: str, raw_csv: bool) -> bool:
    if fmt not in ("csv", "parquet"):
        raise InputError(f"unknown format {fmt!r} (csv or parquet)")
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise InputError("--format parquet needs pyarrow: pip install 'biaslens[parquet]'") from None
        return True  # Parquet cells are typed; nothing is run as a formula
    return raw_csv


def _already_complete(out: Path, manifest: dict[str, Any]) -> BatchSummary:
    c = manifest.get("counts", {})
    return BatchSummary(out, c.get("inputs", 0), c.get("articles", 0), c.get("errors", 0), c.get("inputs", 0),
                        0.0, manifest.get("files", {}), manifest, already_complete=True)


def _worker_config(request: _Request, journal: Any) -> tuple[WorkerConfig, int]:
    """The config every worker gets, and the number of inputs: from the interrupted run's
    journal, or from a first pass over the inputs (the metadata columns, the count)."""
    if journal is not None:
        meta_columns, total = tuple(journal[0]["meta_columns"]), journal[0]["total"]
    else:
        s = survey(request.inputs, out_dir=request.out, id_field=request.id_field)
        meta_columns, total = s.meta_columns, s.total
    return WorkerConfig(request.lexicons, request.raw_csv, meta_columns, request.settings), total


def settings_key(config: WorkerConfig, analyzer_settings: dict, lexicons: tuple[dict, ...], fmt: str) -> str:
    """What a resumed run must share with the interrupted one."""
    blob = json.dumps({"biaslens": __version__, "settings": analyzer_settings,
                       "lexicons": [lx["sha256"] for lx in lexicons], "format": fmt,
                       "raw_csv": config.raw_csv, "columns": {t: config.columns(t) for t in TABLES},
                       "allow_private_urls": config.allow_private_urls}, sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()


def _open_writer(request: _Request, config: WorkerConfig, analyzer: Any, journal: Any,
                 total: int) -> tuple[BatchWriter, int]:
    """The writer, started afresh or resumed from the journal; and how many inputs are already written."""
    key = settings_key(config, analyzer.settings, analyzer.lexicon_info, request.fmt)
    writer = BatchWriter(request.out, config, settings_key=key, fmt=request.fmt,
                         checkpoint_seconds=request.checkpoint_seconds)
    if journal is not None:
        return writer, writer.resume(journal).done
    writer.start_fresh({"settings_key": key, "biaslens_version": __version__,
                        "meta_columns": list(config.meta_columns), "total": total,
                        "inputs": list(request.inputs), "started": _now(), "format": request.fmt})
    return writer, 0


def _first_manifest(request: _Request, config: WorkerConfig, analyzer: Any, engine: Engine,
                    header: dict[str, Any], *, resumed: bool) -> dict[str, Any]:
    """manifest.json as the run starts (complete: false), written now."""
    settings = {**analyzer.settings, "raw_csv": request.raw_csv, "format": request.fmt,
                "workers": getattr(engine, "workers", None),
                "engine": getattr(engine, "name", type(engine).__name__),
                "allow_private_urls": request.settings.allow_private_urls, "timeout": request.settings.timeout,
                "robots": request.settings.robots, "id_field": request.id_field,
                "lexicon_files": list(request.lexicons), "meta_columns": list(config.meta_columns)}
    manifest: dict[str, Any] = {
        "biaslens_version": __version__, "python": platform.python_version(), "complete": False,
        "inputs": [replace_surrogates(i) for i in request.inputs],
        "lexicons": [dict(lx) for lx in analyzer.lexicon_info], "settings": settings,
        "started": header["started"], "resumed": [_now()] if resumed else [],
        "files": {}, "counts": {},
    }
    previous = read_manifest(request.out) if resumed else None
    if previous:
        manifest["resumed"] = previous.get("resumed", []) + manifest["resumed"]
    write_manifest(request.out, manifest)
    return manifest


def _tasks_after(request: _Request, writer: BatchWriter, resumed_from: int) -> Iterable:
    """The tasks from the resume point on, the writer told to accept their rows.

    Inputs before the resume point are expanded again (no analysis) and their keys
    hashed: a resumed run must continue the very same input sequence."""
    tasks = iter_tasks(request.inputs, out_dir=request.out, id_field=request.id_field)
    keys = hashlib.sha256()
    for task in itertools.islice(tasks, resumed_from):
        keys.update(task.key.encode("utf-8", "surrogatepass") + b"\n")
    writer.go_live(keys)
    return tasks


def _finish(request: _Request, writer: BatchWriter, manifest: dict[str, Any], files: dict[str, Any],
            resumed_from: int, started: float) -> BatchSummary:
    """The final manifest (complete: true, counts, files); the journal goes."""
    state = writer.state
    manifest.update(complete=True, finished=_now(), files=files,
                    counts={"inputs": state.done, "articles": state.ok, "errors": state.errors,
                            "paragraphs": state.rows.get("paragraphs", 0),
                            "sentences": state.rows.get("sentences", 0)})
    manifest["resumed_at"] = resumed_from
    manifest["seconds_this_session"] = round(time.monotonic() - started, 3)
    write_manifest(request.out, manifest)
    (request.out / JOURNAL).unlink(missing_ok=True)
    from ..render.summary import write_summary

    write_summary(request.out)  # summary.html: the corpus charts (biaslens summary DIR rebuilds it)
    return BatchSummary(request.out, state.done, state.ok, state.errors, resumed_from,
                        time.monotonic() - started, files, manifest)
