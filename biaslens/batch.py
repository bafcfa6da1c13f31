"""Batch runs: many articles in, tidy tables out.

    INPUT...  ──► iter_tasks ──► pace_urls ──► Engine.run ──► reorder ──► BatchWriter
    (files,       (Tasks, lazily,  (per-host     (analyse:       (input     (articles.csv, paragraphs.csv,
     folders,      in a stable      politeness   local process    order)     sentences.csv, errors.csv,
     list files)   order)           seam)        pool; Dask...)              manifest.json)

Three replaceable parts:

- **inputs** (`iter_tasks`): expands the INPUT arguments into `Task`s lazily
  (nothing holds the list of all articles), in an order that depends only
  on the arguments and the files: directories are walked sorted.
- **engine** (`Engine`): maps Tasks to `Outcome`s. An outcome already holds
  its CSV rows, encoded, so the parent process only appends bytes.
  `LocalEngine` runs a bounded number of tasks at a time in a process pool
  (or in-process with one worker). Another engine (Dask...) only has to
  implement ``run(tasks, config) -> Iterator[Outcome]`` with bounded
  in-flight work; outcomes may come in any order.
- **writer** (`BatchWriter`): appends each outcome's rows in input order.
  While the run lasts, each table is written as ``NAME.csv.partial`` and a
  journal (``batch.journal``) records, after an fsync, how many inputs are
  fully on disk and the byte length of every table at that point. Only a
  finished run renames the partial files to their final names, so a killed
  run never leaves a CSV that looks complete. ``--resume`` truncates the
  partial files to the last journal checkpoint and goes on from there; the
  result is byte for byte the file an uninterrupted run writes.

Output is byte-identical whatever the number of workers: rows are written
in input order, and no timestamps go into the tables (they go to
manifest.json).
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import errno
import hashlib
import heapq
import io
import itertools
import json
import os
import platform
import re
import stat
import sys
import time
import urllib.parse
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from ._version import __version__
from .columns import ERRORS, names
from .errors import BiaslensError, InputError, OutputError
from .outlock import OutputLock, close_inherited
from .textsafe import replace_surrogates

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".xhtml"})
LIST_SUFFIXES = frozenset({".csv", ".jsonl"})
TABLES = ("articles", "paragraphs", "sentences", "entities", "terms", "errors")
LEVEL_OF = {"articles": "article", "paragraphs": "paragraph", "sentences": "sentence", "entities": "entity",
            "terms": "term"}
JOURNAL = "batch.journal"
MANIFEST = "manifest.json"
JOURNAL_VERSION = 1
# Keys of a list row (CSV column or JSONL field) that say what to analyse; the rest is metadata.
RESERVED_KEYS = ("id", "path", "url", "text", "title")
# A list line, or a list row's path or url, longer than this is neither a path nor a URL: refused.
MAX_LIST_LINE = 2048

_URL = re.compile(r"^https?://", re.I)
_LIST_LINE = re.compile(r"^(?:https?://\S+|\S.*\.(?:txt|md|markdown|html?|xhtml))$", re.I)


# --------------------------------------------------------------------------- data between the parts

@dataclass(frozen=True, slots=True)
class Task:
    """One input to analyse, numbered in input order (`seq`).

    kind: ``file`` (read `ref`), ``url`` (fetch `ref`), ``text`` (analyse
    `text`; `ref` says where it came from, e.g. ``list.jsonl:3``) or
    ``error`` (the input failed before analysis: `error` is (type, message)).
    meta: extra columns carried through to articles.csv, as (column, value).
    """

    seq: int
    article_id: str
    kind: str
    ref: str
    text: str | None = None
    title: str | None = None
    meta: tuple[tuple[str, str], ...] = ()
    error: tuple[str, str] | None = None
    document: Any = None  # a URL's page, fetched by the parent (see fetch_urls)
    status: int | None = None  # the HTTP status of a failed fetch

    @property
    def key(self) -> str:
        """What identifies this input for --resume (the text itself is not hashed)."""
        return f"{self.article_id}\x1f{self.kind}\x1f{self.ref}"


@dataclass(frozen=True, slots=True)
class Outcome:
    """The analysed result of one Task: its CSV rows per table, UTF-8 encoded, no header."""

    seq: int
    article_id: str
    key: str
    ok: bool
    chunks: dict[str, bytes]
    rows: dict[str, int]


@dataclass(frozen=True)
class WorkerConfig:
    """Everything a worker needs to build its Analyzer and format rows: small and picklable."""

    lexicons: tuple[str, ...] = ()
    max_bytes: int = 20 * 1024 * 1024
    allow_private_urls: bool = False
    timeout: float = 20.0
    raw_csv: bool = False
    meta_columns: tuple[str, ...] = ()

    def columns(self, table: str) -> list[str]:
        if table == "errors":
            return [c.name for c in ERRORS]
        cols = names(LEVEL_OF[table])
        return cols + list(self.meta_columns) if table == "articles" else cols


# --------------------------------------------------------------------------- inputs

def meta_column(key: str) -> str:
    """The articles.csv column for a metadata key: prefixed with ``meta_`` when it clashes."""
    key = replace_surrogates(key.strip())
    return f"meta_{key}" if key in names("article") or key in RESERVED_KEYS else key


def _meta_value(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, str):
        return replace_surrogates(v)
    return replace_surrogates(json.dumps(v, ensure_ascii=False, sort_keys=True))


def _is_list_txt(path: Path) -> bool:
    """A .txt named on the command line is a list when its lines are all paths or URLs."""
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            head = f.read(65536)
    except OSError:
        return False
    lines = [ln.strip() for ln in head.splitlines()]
    lines = [ln for ln in lines if ln and not ln.startswith("#") and len(ln) <= MAX_LIST_LINE][:100]
    # over-long lines do not decide: read as a list, they become error rows (see _read_list)
    return bool(lines) and all(_LIST_LINE.match(ln) for ln in lines)


def input_kind(arg: str) -> str:
    """What an INPUT argument is: url, dir, list, file or missing."""
    if _URL.match(arg):
        return "url"
    p = Path(arg)
    if p.is_dir():
        return "dir"
    if not p.exists():
        return "missing"
    if not p.is_file():
        return "file"  # a FIFO, a device...: never opened, refused by _file_task
    suffix = p.suffix.lower()
    if suffix in LIST_SUFFIXES or (suffix == ".txt" and _is_list_txt(p)):
        return "list"
    return "file"


@dataclass
class _Raw:
    """A task before numbering (seq is given by iter_tasks)."""

    article_id: str
    kind: str
    ref: str
    text: str | None = None
    title: str | None = None
    meta: tuple[tuple[str, str], ...] = ()
    error: tuple[str, str] | None = None


_SPECIAL_KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                  (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def _file_task(article_id: str, path: str, meta: tuple[tuple[str, str], ...] = ()) -> _Raw:
    """A file input, or an error row when it is not a regular file (a FIFO nobody
    writes to would hang the run, a device never ends): those are never opened."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return _Raw(article_id, "file", path, meta=meta)  # reading it reports the problem
    if stat.S_ISREG(mode):
        return _Raw(article_id, "file", path, meta=meta)
    what = next((name for test, name in _SPECIAL_KINDS if test(mode)), "not a regular file")
    return _Raw(article_id, "error", path, meta=meta,
                error=("input", f"{path}: {what}, not a regular file; skipped"))


def _too_long(article_id: str, where: str, value: str, meta: tuple[tuple[str, str], ...] = ()) -> _Raw:
    return _Raw(article_id, "error", where, meta=meta, error=(
        "input", f"{where}: {len(value):,} characters is too long for a path or URL "
                 f"(at most {MAX_LIST_LINE:,}); refused"))


def _walk(root: str, skip: Path | None) -> Iterator[_Raw]:
    """Article files under a directory, sorted, hidden entries and the output folder skipped."""
    skip_real = skip.resolve() if skip is not None else None
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")
                             and (skip_real is None or Path(dirpath, d).resolve() != skip_real))
        for name in sorted(filenames):
            if name.startswith(".") or Path(name).suffix.lower() not in ARTICLE_SUFFIXES:
                continue
            path = os.path.join(dirpath, name)
            yield _file_task(path, path)


def _resolve(ref: str, base: Path) -> str:
    """A path from a list file, relative to the list file's folder; URLs unchanged."""
    if _URL.match(ref) or os.path.isabs(ref):
        return ref
    return os.path.join(base, ref) if str(base) not in ("", ".") else ref


def _row_task(row: dict[str, Any], where: str, base: Path) -> _Raw:
    """A list row (CSV or JSONL) → a task: `text`, else `url`, else `path`; `id` and metadata kept."""
    get = {k.strip().lower(): v for k, v in row.items() if isinstance(k, str)}
    text = get.get("text")
    url = _meta_value(get.get("url")).strip()
    path = _meta_value(get.get("path")).strip()
    given_id = _meta_value(get.get("id")).strip()
    title = get.get("title")
    meta = tuple((meta_column(k), _meta_value(v)) for k, v in row.items()
                 if isinstance(k, str) and k.strip() and k.strip().lower() not in RESERVED_KEYS)
    if title not in (None, "") and not (isinstance(text, str) and text.strip()):
        meta += (("meta_title", _meta_value(title)),)
    if isinstance(text, str) and text.strip():
        return _Raw(given_id or where, "text", where, text=replace_surrogates(text), meta=meta,
                    title=_meta_value(title) or None)
    if text not in (None, "") and not isinstance(text, str):
        return _Raw(given_id or where, "error", where, meta=meta,
                    error=("input", f"{where}: 'text' must be a string, not {type(text).__name__}"))
    if len(url or path) > MAX_LIST_LINE:
        return _too_long(given_id or where, where, url or path, meta)
    if url or _URL.match(path):
        return _Raw(given_id or url or path, "url", url or path, meta=meta)
    if path:
        return _file_task(given_id or path, _resolve(path, base), meta)
    return _Raw(given_id or where, "error", where, meta=meta,
                error=("input", f"{where}: the row has no 'text', 'url' or 'path'"))


def _read_list(arg: str) -> Iterator[_Raw]:
    """Rows of a .csv, .jsonl or .txt list file, one task a row, streamed."""
    p = Path(arg)
    base = p.parent
    suffix = p.suffix.lower()
    try:
        f = open(p, encoding="utf-8-sig", errors="replace", newline="")
    except OSError as exc:
        yield _Raw(arg, "error", arg, error=("input", f"{arg}: could not be read ({exc.strerror or exc})"))
        return
    with f:
        if suffix == ".csv":
            reader = csv.DictReader(f)
            fields = [k.strip().lower() for k in (reader.fieldnames or [])]
            if not {"path", "url", "text"} & set(fields):
                yield _Raw(arg, "error", arg, error=(
                    "input", f"{arg}: a list CSV needs a 'path', 'url' or 'text' column (has: {', '.join(fields)})"))
                return
            try:
                for row in reader:
                    if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
                        continue
                    row.pop(None, None)  # cells beyond the header
                    yield _row_task(row, f"{arg}:{reader.line_num}", base)
            except csv.Error as exc:
                yield _Raw(f"{arg}:{reader.line_num}", "error", f"{arg}:{reader.line_num}",
                           error=("input", f"{arg}:{reader.line_num}: malformed CSV ({exc})"))
        elif suffix == ".jsonl":
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                where = f"{arg}:{n}"
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield _Raw(where, "error", where, error=("input", f"{where}: not valid JSON ({exc.msg})"))
                    continue
                if not isinstance(obj, dict):
                    yield _Raw(where, "error", where, error=("input", f"{where}: a line must be a JSON object"))
                    continue
                yield _row_task(obj, where, base)
        else:
            for n, line in enumerate(f, 1):
                ref = line.strip()
                if not ref or ref.startswith("#"):
                    continue
                if len(ref) > MAX_LIST_LINE:
                    yield _too_long(f"{arg}:{n}", f"{arg}:{n}", ref)
                elif _URL.match(ref):
                    yield _Raw(ref, "url", ref)
                else:
                    yield _file_task(ref, _resolve(ref, base))


def _expand(inputs: Iterable[str], out_dir: Path | None) -> Iterator[_Raw]:
    for arg in inputs:
        kind = input_kind(arg)
        if kind == "url":
            yield _Raw(arg, "url", arg)
        elif kind == "dir":
            yield from _walk(arg, out_dir)
        elif kind == "list":
            yield from _read_list(arg)
        elif kind == "file":
            yield _file_task(arg, arg)
        else:
            yield _Raw(arg, "error", arg, error=("input", f"{arg}: no such file or directory"))


def _id_digest(article_id: str) -> int:
    return int.from_bytes(hashlib.blake2b(article_id.encode("utf-8", "surrogatepass"), digest_size=8).digest())


def iter_tasks(inputs: Iterable[str], *, out_dir: Path | None = None) -> Iterator[Task]:
    """Expand INPUT arguments into numbered Tasks, lazily, in a stable order.

    A repeated article_id becomes an error task (rows are joined on article_id,
    so ids must be unique). Only 8-byte digests of the ids are remembered.
    """
    seen: set[int] = set()
    for seq, raw in enumerate(_expand(inputs, out_dir)):
        raw.article_id = replace_surrogates(raw.article_id)  # one for one: an id stays as long
        if raw.kind != "error":
            digest = _id_digest(raw.article_id)
            if digest in seen:
                raw = _Raw(raw.article_id, "error", raw.ref, meta=raw.meta,
                           error=("duplicate", f"{raw.article_id}: the same article_id was given earlier; "
                                               "give each article a unique 'id'"))
            else:
                seen.add(digest)
        yield Task(seq, raw.article_id, raw.kind, raw.ref, raw.text, raw.title, raw.meta, raw.error)


@dataclass(frozen=True)
class InputSurvey:
    total: int
    meta_columns: tuple[str, ...]


def survey(inputs: Iterable[str], *, out_dir: Path | None = None) -> InputSurvey:
    """A first pass over the inputs: how many tasks (for the progress bar) and the
    metadata columns of articles.csv (in first-seen order). Streams; holds no text."""
    total = 0
    meta: dict[str, None] = {}
    for raw in _expand(inputs, out_dir):
        total += 1
        for k, _ in raw.meta:
            meta.setdefault(k, None)
    return InputSurvey(total, tuple(meta))


# --------------------------------------------------------------------------- politeness seam

def fetch_urls(tasks: Iterable[Task], fetcher: Any, *, threads: int = 8, lookahead: int = 32) -> Iterator[Task]:
    """Tasks in input order, URL tasks with their page already fetched.

    Fetching happens here, in the parent's threads, through one
    `biaslens.fetch.Fetcher`: at most `per_host` requests to one host at a
    time, a delay between two requests to one host, many hosts in parallel,
    and an optional cache directory. So the politeness holds whatever the
    engine or the number of worker processes, and the workers only analyse.
    At most `lookahead` URLs are in flight.
    """
    from concurrent.futures import ThreadPoolExecutor

    from .errors import FetchError

    pending: deque = deque()
    it = iter(tasks)
    with ThreadPoolExecutor(max_workers=max(1, threads), thread_name_prefix="biaslens-fetch") as pool:
        while True:
            while len(pending) < lookahead:
                task = next(it, None)
                if task is None:
                    break
                fut = pool.submit(fetcher.document, task.ref) if task.kind == "url" and task.error is None \
                    else None
                pending.append((task, fut))
            if not pending:
                return
            task, fut = pending.popleft()
            if fut is None:
                yield task
                continue
            try:
                yield dataclasses.replace(task, document=fut.result())
            except BiaslensError as exc:
                status = exc.status if isinstance(exc, FetchError) else None
                yield dataclasses.replace(task, error=(exc.kind, str(exc)), status=status)
            except Exception as exc:  # a bug in extraction: recorded, never fatal
                yield dataclasses.replace(task, error=("internal", f"{type(exc).__name__}: {exc}"))


class Pacer(Protocol):
    def wait(self, task: Task) -> None:
        """Block until `task` may be dispatched."""


class HostPacer:
    """Per-host politeness for URL inputs: at least `min_interval` seconds
    between dispatching two URLs of one host.

    This is the place for URL-list politeness (per-host delays, robots.txt,
    concurrency caps per host): it sits between the inputs and the engine, so
    it paces every engine alike. With the default of 0 it does nothing.
    """

    def __init__(self, min_interval: float = 0.0, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.min_interval = float(min_interval)
        self._last: dict[str, float] = {}
        self._clock = clock
        self._sleep = sleep

    def wait(self, task: Task) -> None:
        if task.kind != "url" or self.min_interval <= 0:
            return
        host = (urllib.parse.urlsplit(task.ref).hostname or "").lower()
        last = self._last.get(host)
        now = self._clock()
        if last is not None and now - last < self.min_interval:
            self._sleep(self.min_interval - (now - last))
            now = self._clock()
        self._last[host] = now


def pace_urls(tasks: Iterable[Task], pacer: Pacer | None) -> Iterator[Task]:
    """Tasks as they come, each released when the pacer allows (engines pull lazily)."""
    for task in tasks:
        if pacer is not None:
            pacer.wait(task)
        yield task


# --------------------------------------------------------------------------- the work of one task

_STATE: tuple[WorkerConfig, Any] | None = None


def _analyzer_for(config: WorkerConfig):
    """This process's Analyzer for `config`, built once (lexicons load once per worker)."""
    global _STATE
    if _STATE is None or _STATE[0] != config:
        from .analyzer import Analyzer

        _STATE = (config, Analyzer(config.lexicons, max_bytes=config.max_bytes,
                                   allow_private_urls=config.allow_private_urls, timeout=config.timeout))
    return _STATE[1]


def exit_with_parent(interval: float = 0.5) -> None:
    """In a worker: exit as soon as the process that started it is gone (even after
    ``kill -9``, which gives the parent no chance to stop its pool). A thread checks
    every `interval` seconds whether this process has been handed to another parent."""
    import threading

    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(interval)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="biaslens-parent-watch", daemon=True).start()


def init_worker(config: WorkerConfig) -> None:
    """Process-pool initializer: ignore Ctrl-C (the parent handles it), let go of the
    parent's folder lock, exit with the parent, and build the Analyzer."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    close_inherited()
    exit_with_parent()
    _analyzer_for(config)


def _csv_bytes(rows: Iterable[dict[str, Any]], columns: list[str], raw: bool) -> tuple[bytes, int]:
    from .render.csvout import write_rows

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
            from .ingest import file_document

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


# --------------------------------------------------------------------------- engines

class Engine(Protocol):
    """Maps tasks to outcomes. Must pull `tasks` lazily and keep in-flight work
    bounded (memory stays flat); outcomes may come in any order, each task once."""

    name: str

    def run(self, tasks: Iterable[Task], config: WorkerConfig) -> Iterator[Outcome]: ...


def _context(start_method: str | None):
    """The multiprocessing context for the worker pool.

    By default, on Linux with no other thread running in this process, workers
    are forked from it after it has built a warm Analyzer (`warm_up`): they
    start in milliseconds with the lexicons, the CMU syllable table and VADER
    already loaded, instead of spending about 0.8 s each importing and
    building them. Forking a process that runs other threads is unsafe, so
    with a live progress bar, a fetch thread or on other systems the pool
    uses a fork server (or spawn), and each worker builds its own Analyzer."""
    import multiprocessing as mp
    import threading

    if start_method is None:
        methods = mp.get_all_start_methods()
        if sys.platform.startswith("linux") and "fork" in methods and threading.active_count() == 1:
            start_method = "fork"
        else:
            start_method = "forkserver" if "forkserver" in methods else "spawn"
    return mp.get_context(start_method)


def run_chunk(task_fn: Callable[[WorkerConfig, Task], Outcome], config: WorkerConfig,
              tasks: list[Task]) -> list[Outcome]:
    """A worker's job: several tasks analysed in turn (each one never raises)."""
    return [task_fn(config, t) for t in tasks]


def warm_up(config: WorkerConfig) -> None:
    """Build this process's Analyzer and load everything it loads lazily (the CMU
    syllable table, pyphen's dictionary) with a throwaway analysis."""
    _analyzer_for(config).analyze("Warm-up text. The zyxqv committee said so, reportedly.")


class LocalEngine:
    """Analyses in this machine's processes: in-process with one worker, else a
    process pool fed a sliding window of ``workers x window`` chunks of ``chunk`` tasks.

    A worker that dies (a crash in a C extension, the OOM killer) breaks the
    pool; the tasks in flight are then rerun one at a time in a fresh
    single-process pool, so only the article that kills its worker is
    recorded as an error (``worker_crash``), and the run goes on.
    """

    name = "local"

    def __init__(self, workers: int | None = None, *, window: int = 4, chunk: int = 4,
                 start_method: str | None = None,
                 task_fn: Callable[[WorkerConfig, Task], Outcome] = run_task,
                 initializer: Callable[[WorkerConfig], None] = init_worker) -> None:
        self.workers = max(1, workers or os.cpu_count() or 1)
        self.window = max(1, window)
        self.chunk = max(1, chunk)
        self.start_method = start_method
        self.task_fn = task_fn
        self.initializer = initializer

    def run(self, tasks: Iterable[Task], config: WorkerConfig) -> Iterator[Outcome]:
        if self.workers == 1:
            for task in tasks:
                yield self.task_fn(config, task)
            return
        yield from self._pool_run(iter(tasks), config)

    def _pool(self, n: int, config: WorkerConfig):
        from concurrent.futures import ProcessPoolExecutor

        context = _context(self.start_method)
        if context.get_start_method() == "fork" and self.initializer is init_worker:
            warm_up(config)  # the forked workers inherit it
        return ProcessPoolExecutor(n, mp_context=context, initializer=self.initializer, initargs=(config,))

    def _pool_run(self, tasks: Iterator[Task], config: WorkerConfig) -> Iterator[Outcome]:
        """Tasks go to the workers in chunks of `chunk` (one message and one wake-up
        per chunk, not per article: on a machine whose cores all run workers, the
        parent's own work comes out of theirs), at most `workers x window` chunks
        in flight; outcomes come back in submission order."""
        from concurrent.futures.process import BrokenProcessPool

        pool = self._pool(self.workers, config)
        pending: deque = deque()  # (chunk of tasks, future)
        limit = self.workers * self.window
        try:
            while True:
                broken: list[Task] | None = None
                while len(pending) < limit:
                    chunk = list(itertools.islice(tasks, self.chunk))
                    if not chunk:
                        break
                    try:
                        pending.append((chunk, pool.submit(run_chunk, self.task_fn, config, chunk)))
                    except BrokenProcessPool:  # a worker died while we were still submitting
                        broken = chunk
                        break
                if broken is not None:
                    redo = [t for c, _ in pending for t in c] + broken
                    pending.clear()
                    pool.shutdown(wait=False, cancel_futures=True)
                    yield from self._isolated(redo, config)
                    pool = self._pool(self.workers, config)
                    continue
                if not pending:
                    return
                chunk, fut = pending.popleft()
                try:
                    outcomes = fut.result()
                except BrokenProcessPool:
                    redo = chunk + [t for c, _ in pending for t in c]
                    pending.clear()
                    pool.shutdown(wait=False, cancel_futures=True)
                    yield from self._isolated(redo, config)
                    pool = self._pool(self.workers, config)
                    continue
                yield from outcomes
        finally:
            for _, fut in pending:
                fut.cancel()
            pool.shutdown(wait=True, cancel_futures=True)

    def _isolated(self, tasks: list[Task], config: WorkerConfig) -> Iterator[Outcome]:
        from concurrent.futures.process import BrokenProcessPool

        pool = None
        try:
            for task in tasks:
                if pool is None:
                    pool = self._pool(1, config)
                try:
                    yield pool.submit(self.task_fn, config, task).result()
                except BrokenProcessPool:
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = None
                    yield error_outcome(task, "worker_crash",
                                        f"{task.ref}: the worker process analysing it died", config)
        finally:
            if pool is not None:
                pool.shutdown(wait=True)


def _dask_engine(**options: Any) -> Engine:
    from .dask_engine import DaskEngine  # imported only when asked for: Dask is an optional extra

    return DaskEngine(**options)


ENGINES: dict[str, Callable[..., Engine]] = {"local": LocalEngine, "dask": _dask_engine}


def make_engine(name: str = "local", *, workers: int | None = None, **options: Any) -> Engine:
    """The engine called `name` (``--engine``). Register another in `ENGINES`: a callable
    taking ``workers=`` and its own options (a Dask engine's scheduler address...)."""
    try:
        factory = ENGINES[name]
    except KeyError:
        raise InputError(f"unknown engine {name!r} (known: {', '.join(sorted(ENGINES))})") from None
    return factory(workers=workers, **options)


def in_order(outcomes: Iterable[Outcome], start: int = 0) -> Iterator[Outcome]:
    """Reorder buffer: yield outcomes by consecutive seq from `start`, whatever order they come in."""
    heap: list[tuple[int, int, Outcome]] = []
    nxt = start
    tie = 0
    for o in outcomes:
        if o.seq == nxt:
            yield o
            nxt += 1
            while heap and heap[0][0] == nxt:
                yield heapq.heappop(heap)[2]
                nxt += 1
        else:
            heapq.heappush(heap, (o.seq, tie, o))
            tie += 1
    while heap:  # an engine that skipped a seq: write the rest in order rather than lose it
        yield heapq.heappop(heap)[2]


# --------------------------------------------------------------------------- the writer

def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _open_nofollow(path: Path, flags: int) -> int:
    return os.open(path, flags | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0), 0o644)


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = _open_nofollow(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


@dataclass
class Checkpoint:
    """How far the run is on disk: `done` inputs, table byte lengths, counts, the input-key hash."""

    done: int = 0
    offsets: dict[str, int] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))
    ok: int = 0
    errors: int = 0
    keys: str = ""
    finished: bool = False

    def to_json(self) -> str:
        return json.dumps({"done": self.done, "offsets": self.offsets, "rows": self.rows, "ok": self.ok,
                           "errors": self.errors, "keys": self.keys, "finished": self.finished},
                          sort_keys=True)


class BatchWriter:
    """Streams rows to ``DIR/NAME.csv.partial`` in input order and keeps the journal.

    Only files with the names it owns are ever created, truncated or removed,
    and only inside `out_dir`; symlinks planted under those names are not
    followed.
    """

    def __init__(self, out_dir: Path, config: WorkerConfig, *, settings_key: str, fmt: str = "csv",
                 checkpoint_seconds: float = 1.0) -> None:
        self.dir = out_dir
        self.config = config
        self.settings_key = settings_key
        self.fmt = fmt
        self.checkpoint_seconds = checkpoint_seconds
        self.files: dict[str, Any] = {}
        self.journal = None
        self.state = Checkpoint()
        self._keys = hashlib.sha256()
        self._last_checkpoint = time.monotonic()
        self.header: dict[str, Any] = {}
        self.live = False  # True once rows may be appended (inputs verified)

    # names
    def partial(self, table: str) -> Path:
        return self.dir / f"{table}.csv.partial"

    def final(self, table: str) -> Path:
        return self.dir / f"{table}.{self.fmt}"

    def owned(self) -> list[Path]:
        out = [self.dir / JOURNAL, self.dir / MANIFEST]
        for t in TABLES:
            out += [self.partial(t), self.dir / f"{t}.csv", self.dir / f"{t}.parquet"]
        return out

    def existing(self) -> list[Path]:
        return [p for p in self.owned() if p.is_symlink() or p.exists()]

    # start
    def start_fresh(self, header: dict[str, Any]) -> None:
        for p in self.existing():
            p.unlink()
        self.header = header
        for t in TABLES:
            fd = _open_nofollow(self.partial(t), os.O_WRONLY | os.O_CREAT | os.O_EXCL)
            f = os.fdopen(fd, "wb")
            f.write(_header_bytes(self.config.columns(t), self.config.raw_csv))
            self.files[t] = f
        fd = _open_nofollow(self.dir / JOURNAL, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
        self.journal = os.fdopen(fd, "wb")
        self.journal.write((json.dumps({"journal": JOURNAL_VERSION, **header}, sort_keys=True) + "\n").encode())
        self.checkpoint(force=True)

    def read_journal(self) -> tuple[dict[str, Any], Checkpoint, int] | None:
        """The journal's header, its last complete checkpoint and that checkpoint's end offset."""
        path = self.dir / JOURNAL
        if path.is_symlink() or not path.is_file():
            return None
        data = path.read_bytes()
        header: dict[str, Any] | None = None
        last: Checkpoint | None = None
        end = 0
        pos = 0
        for line in data.split(b"\n")[:-1]:  # a last line without its newline never counts
            pos += len(line) + 1
            try:
                obj = json.loads(line)
            except ValueError:
                break
            if header is None:
                if obj.get("journal") != JOURNAL_VERSION:
                    raise OutputError(f"{path}: written by an incompatible biaslens version; "
                                      "start afresh with --force")
                header = obj
                continue
            last = Checkpoint(obj["done"], obj["offsets"], obj["rows"], obj["ok"], obj["errors"], obj["keys"],
                              obj.get("finished", False))
            end = pos
        if header is None or last is None:
            return None
        return header, last, end

    def resume(self, journal: tuple[dict[str, Any], Checkpoint, int]) -> Checkpoint:
        header, cp, end = journal
        if header.get("settings_key") != self.settings_key:
            raise OutputError(f"{self.dir}: the interrupted run used other settings or lexicons "
                              f"(biaslens {header.get('biaslens_version')}); rerun it with those, or start "
                              "afresh with --force")
        self.header = header
        for t in TABLES:
            p = self.partial(t)
            if p.is_symlink() or not p.is_file():
                if cp.finished and self.final(t).is_file():
                    continue
                raise OutputError(f"{p}: missing, cannot resume; start afresh with --force")
            fd = _open_nofollow(p, os.O_RDWR)
            f = os.fdopen(fd, "r+b")
            size = os.fstat(fd).st_size
            if size < cp.offsets[t]:
                raise OutputError(f"{p}: shorter than the journal says, cannot resume; start afresh with --force")
            f.truncate(cp.offsets[t])
            f.seek(cp.offsets[t])
            self.files[t] = f
        fd = _open_nofollow(self.dir / JOURNAL, os.O_RDWR)
        self.journal = os.fdopen(fd, "r+b")
        self.journal.truncate(end)
        self.journal.seek(end)
        self.state = cp
        return cp

    # writing
    def write(self, outcome: Outcome) -> None:
        """Append one outcome's rows; outcomes must come in input order."""
        if outcome.seq != self.state.done:
            raise RuntimeError(f"outcome {outcome.seq} out of order (expected {self.state.done})")
        self._keys.update(outcome.key.encode("utf-8", "surrogatepass") + b"\n")
        for t, data in outcome.chunks.items():
            if data:
                self.files[t].write(data)
            self.state.rows[t] = self.state.rows.get(t, 0) + outcome.rows.get(t, 0)
        self.state.done += 1
        if outcome.ok:
            self.state.ok += 1
        else:
            self.state.errors += 1
        if time.monotonic() - self._last_checkpoint >= self.checkpoint_seconds:
            self.checkpoint()

    def checkpoint(self, *, force: bool = False, finished: bool = False) -> None:
        """fsync the tables, then record their lengths in the journal (the order matters)."""
        for f in self.files.values():
            f.flush()
            os.fsync(f.fileno())
        self.state.offsets = {t: f.tell() for t, f in self.files.items()}
        self.state.keys = self._keys.hexdigest()
        self.state.finished = finished
        assert self.journal is not None
        self.journal.write((self.state.to_json() + "\n").encode())
        self.journal.flush()
        os.fsync(self.journal.fileno())
        self._last_checkpoint = time.monotonic()

    def close(self) -> None:
        for f in self.files.values():
            f.close()
        self.files.clear()
        if self.journal is not None:
            self.journal.close()
            self.journal = None

    def finish(self) -> dict[str, dict[str, Any]]:
        """Mark the journal finished, move each table to its final name, and describe the files."""
        if self.journal is not None and not self.state.finished:
            self.checkpoint(finished=True)
        self.close()
        files: dict[str, dict[str, Any]] = {}
        for t in TABLES:
            part, final = self.partial(t), self.final(t)
            if part.is_file() and not part.is_symlink():
                if self.fmt == "parquet":
                    csv_to_parquet(part, final, self.config.columns(t), t)
                    part.unlink()
                else:
                    os.replace(part, final)
            files[final.name] = {"rows": self.state.rows.get(t, 0), **_file_facts(final)}
        return files


def _header_bytes(columns: list[str], raw: bool) -> bytes:
    from .render.csvout import header_line

    return header_line(columns, raw=raw).encode("utf-8")


def _file_facts(path: Path) -> dict[str, Any]:
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
            size += len(chunk)
    return {"bytes": size, "sha256": h.hexdigest()}


_ARROW_TYPES = {"int": "int64", "float": "float64", "bool": "bool", "str": "string"}


def csv_to_parquet(src: Path, dst: Path, columns: list[str], table: str) -> None:
    """Stream a finished table into Parquet with the data dictionary's types (pyarrow)."""
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    from .columns import BY_LEVEL

    known = {c.name: c.type for c in (ERRORS if table == "errors" else BY_LEVEL[LEVEL_OF[table]])}
    types = {c: pa.type_for_alias(_ARROW_TYPES.get(known.get(c, "str"), "string")) for c in columns}
    reader = pacsv.open_csv(
        src, read_options=pacsv.ReadOptions(block_size=1 << 22),
        parse_options=pacsv.ParseOptions(newlines_in_values=True),
        convert_options=pacsv.ConvertOptions(column_types=types, strings_can_be_null=False,
                                             true_values=["true"], false_values=["false"]))
    tmp = dst.with_name(f".{dst.name}.{os.getpid()}.tmp")
    schema = pa.schema([(c, types[c]) for c in columns])
    with pq.ParquetWriter(tmp, schema) as writer:
        for batch in reader:
            writer.write_batch(batch)
    os.replace(tmp, dst)


# --------------------------------------------------------------------------- the run

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


def _settings_key(config: WorkerConfig, analyzer_settings: dict, lexicons: tuple[dict, ...], fmt: str) -> str:
    blob = json.dumps({"biaslens": __version__, "settings": analyzer_settings,
                       "lexicons": [lx["sha256"] for lx in lexicons], "format": fmt,
                       "raw_csv": config.raw_csv, "columns": {t: config.columns(t) for t in TABLES},
                       "allow_private_urls": config.allow_private_urls}, sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()


_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED = {errno.EACCES, errno.EPERM, errno.EROFS}


def environment_error(exc: OSError, out: Path) -> OutputError:
    """An OSError of the run (a read-only folder, a full disk...) as one plain line: the
    user's environment, not a bug in biaslens."""
    where = exc.filename or out
    reason = exc.strerror or str(exc)
    if exc.errno in _FULL:
        hint = "free some space, then rerun with --resume to go on"
    elif exc.errno in _DENIED:
        hint = f"{out} must be writable: choose another --out"
    else:
        hint = ""
    return OutputError(f"{where}: {reason}" + (f"; {hint}" if hint else ""))


@contextlib.contextmanager
def _exclusive(out: Path) -> Iterator[OutputLock]:
    """Hold the folder's lock for the run (see biaslens.outlock), and turn the OSErrors
    of the output side into `OutputError`s."""
    try:
        with OutputLock(out) as lock:
            yield lock
    except OSError as exc:
        raise environment_error(exc, out) from None


def prepare_out_dir(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"{out_dir}: exists and is not a directory")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{out_dir}: could not be created ({exc.strerror or exc})") from None


def run_batch(inputs: list[str], out_dir: str | os.PathLike, *, lexicons: Iterable[str | os.PathLike] = (),
              workers: int | None = None, resume: bool = False, force: bool = False, raw_csv: bool = False,
              fmt: str = "csv", max_bytes: int = 20 * 1024 * 1024, allow_private_urls: bool = False,
              timeout: float = 20.0, engine: Engine | None = None, pacer: Pacer | None = None,
              progress: Callable[[Progress], None] | None = None,
              checkpoint_seconds: float = 1.0, cache: str | os.PathLike | None = None,
              per_host: int = 2, delay: float = 1.0, fetch_threads: int = 8) -> BatchSummary:
    """Analyse every input and write the tables to `out_dir` (see the module docstring).

    Raises `OutputError` when the directory cannot be used as asked, and
    `LexiconError` for a bad lexicon; a bad article only adds a row to errors.csv.
    """
    from .analyzer import Analyzer

    if fmt not in ("csv", "parquet"):
        raise InputError(f"unknown format {fmt!r} (csv or parquet)")
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise InputError("--format parquet needs pyarrow: pip install 'biaslens[parquet]'") from None
        raw_csv = True  # Parquet cells are typed; nothing is run as a formula
    out = Path(out_dir)
    lexicon_paths = tuple(os.path.abspath(p) for p in lexicons)
    analyzer = Analyzer(lexicon_paths, max_bytes=max_bytes, allow_private_urls=allow_private_urls,
                        timeout=timeout)  # loads and checks the lexicons here, before any worker starts
    from .fetch import Fetcher, FetchSettings

    fetcher = Fetcher(FetchSettings(allow_private=allow_private_urls, read_timeout=timeout,
                                    connect_timeout=min(timeout, 10.0)),
                      cache=cache, per_host=per_host, delay=delay)
    engine = engine or LocalEngine(workers)
    started = time.monotonic()

    prepare_out_dir(out)
    with _exclusive(out):
        foreign = out / MANIFEST
        if (foreign.is_symlink() or foreign.exists()) and "biaslens_version" not in (_read_manifest(out) or {}):
            raise OutputError(f"{foreign}: exists and is not a biaslens manifest; choose another --out")
        probe = BatchWriter(out, WorkerConfig(), settings_key="")
        journal = probe.read_journal() if resume else None
        if not resume and not force and probe.existing():
            names_ = ", ".join(sorted(p.name for p in probe.existing()))
            raise OutputError(f"{out}: already holds batch output ({names_}); use --resume to continue an "
                              "interrupted run or --force to replace it")
        if resume and journal is None and (out / MANIFEST).is_file() and not probe.partial("articles").exists():
            manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
            if manifest.get("complete"):
                c = manifest.get("counts", {})
                return BatchSummary(out, c.get("inputs", 0), c.get("articles", 0), c.get("errors", 0),
                                    c.get("inputs", 0), 0.0, manifest.get("files", {}), manifest,
                                    already_complete=True)

        if journal is not None:
            meta_columns = tuple(journal[0]["meta_columns"])
            total = journal[0]["total"]
        else:
            s = survey(inputs, out_dir=out)
            meta_columns, total = s.meta_columns, s.total
        config = WorkerConfig(lexicon_paths, max_bytes, allow_private_urls, timeout, raw_csv, meta_columns)
        global _STATE
        _STATE = (config, analyzer)  # an in-process engine reuses this Analyzer instead of building another
        key = _settings_key(config, analyzer.settings, analyzer.lexicon_info, fmt)
        writer = BatchWriter(out, config, settings_key=key, fmt=fmt, checkpoint_seconds=checkpoint_seconds)
        header = {"settings_key": key, "biaslens_version": __version__, "meta_columns": list(meta_columns),
                  "total": total, "inputs": list(inputs), "started": _now(), "format": fmt}
        resumed_from = 0
        if journal is not None:
            cp = writer.resume(journal)
            resumed_from = cp.done
            header = writer.header
        else:
            writer.start_fresh(header)
        settings = {**analyzer.settings, "raw_csv": raw_csv, "format": fmt,
                    "workers": getattr(engine, "workers", None),
                    "engine": getattr(engine, "name", type(engine).__name__),
                    "allow_private_urls": allow_private_urls, "timeout": timeout,
                    "lexicon_files": list(lexicon_paths), "meta_columns": list(meta_columns)}
        manifest: dict[str, Any] = {
            "biaslens_version": __version__, "python": platform.python_version(), "complete": False,
            "inputs": [replace_surrogates(i) for i in inputs],
            "lexicons": [dict(lx) for lx in analyzer.lexicon_info], "settings": settings,
            "started": header["started"], "resumed": [_now()] if journal is not None else [],
            "files": {}, "counts": {},
        }
        previous = _read_manifest(out) if journal is not None else None
        if previous:
            manifest["resumed"] = previous.get("resumed", []) + manifest["resumed"]
        _atomic_write(out / MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")

        try:
            if not writer.state.finished:
                # Inputs before the resume point are expanded again (no analysis) and their
                # keys hashed: a resumed run must continue the very same input sequence.
                tasks = iter_tasks(inputs, out_dir=out)
                keys = hashlib.sha256()
                for task in itertools.islice(tasks, resumed_from):
                    keys.update(task.key.encode("utf-8", "surrogatepass") + b"\n")
                if keys.hexdigest() != writer.state.keys:
                    raise OutputError(f"{out}: the inputs differ from those of the interrupted run; "
                                      "start afresh with --force")
                writer._keys = keys
                writer.live = True
                paced = fetch_urls(pace_urls(tasks, pacer), fetcher, threads=fetch_threads)
                for outcome in in_order(engine.run(paced, config), resumed_from):
                    writer.write(outcome)
                    if progress is not None:
                        progress(Progress(writer.state.done, total, writer.state.errors))
            files = writer.finish()
        except BaseException:
            try:
                if writer.live and writer.journal is not None:  # keep what is written (Ctrl-C, a crash)
                    writer.checkpoint()
            except OSError:
                pass  # a full disk: the journal keeps the last checkpoint that made it to disk
            finally:
                writer.close()
            raise
        state = writer.state
        manifest.update(complete=True, finished=_now(), files=files,
                        counts={"inputs": state.done, "articles": state.ok, "errors": state.errors,
                                "paragraphs": state.rows.get("paragraphs", 0),
                                "sentences": state.rows.get("sentences", 0)})
        manifest["resumed_at"] = resumed_from
        manifest["seconds_this_session"] = round(time.monotonic() - started, 3)
        _atomic_write(out / MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
        (out / JOURNAL).unlink(missing_ok=True)
        from .render.summary import write_summary

        write_summary(out)  # summary.html: the corpus charts (biaslens summary DIR rebuilds it)
        return BatchSummary(out, state.done, state.ok, state.errors, resumed_from, time.monotonic() - started,
                            files, manifest)


def _read_manifest(out: Path) -> dict[str, Any] | None:
    path = out / MANIFEST
    if path.is_symlink():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None
