"""Inputs of a batch run: INPUT arguments (files, folders, list files, URLs) expanded
into numbered `Task`s, lazily (nothing holds the list of all articles), in an
order that depends only on the arguments and the files: folders are walked sorted."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..columns import names
from ..textsafe import replace_surrogates
from .records import Task

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".xhtml"})
LIST_SUFFIXES = frozenset({".csv", ".jsonl"})
# Keys of a list row (CSV column or JSONL field) that say what to analyse; the rest is metadata.
RESERVED_KEYS = ("id", "path", "url", "text", "title")
# Fields of a list row that give its article_id when no --id-field is named, the first non-empty one wins.
DEFAULT_ID_FIELDS = ("id", "doc_id")
# A list line, or a list row's path or url, longer than this is neither a path nor a URL: refused.
MAX_LIST_LINE = 2048

_URL = re.compile(r"^https?://", re.I)
_LIST_LINE = re.compile(r"^(?:https?://\S.*|\S.*\.(?:txt|md|markdown|html?|xhtml))$", re.I)


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


def _id_fields(id_field: str | None) -> tuple[str, ...]:
    """The fields a row's article_id is read from: the one named, else `id` then `doc_id`."""
    return (id_field.strip().lower(),) if id_field and id_field.strip() else DEFAULT_ID_FIELDS


def _given_id(get: dict[str, Any], id_fields: tuple[str, ...]) -> str:
    """The row's own id: the first non-empty id field; empty when it has none (the id then
    falls back to the url, the path or the list-file line)."""
    for name in id_fields:
        value = _meta_value(get.get(name)).strip()
        if value:
            return value
    return ""


def _row_task(row: dict[str, Any], where: str, base: Path, id_fields: tuple[str, ...] = DEFAULT_ID_FIELDS) -> _Raw:
    """A list row (CSV or JSONL) → a task: `text`, else `url`, else `path`; the id and metadata kept."""
    get = {k.strip().lower(): v for k, v in row.items() if isinstance(k, str)}
    text = get.get("text")
    url = _meta_value(get.get("url")).strip()
    path = _meta_value(get.get("path")).strip()
    given_id = _given_id(get, id_fields)
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


def _csv_rows(f, arg: str, base: Path, id_fields: tuple[str, ...]) -> Iterator[_Raw]:
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
            yield _row_task(row, f"{arg}:{reader.line_num}", base, id_fields)
    except csv.Error as exc:
        yield _Raw(f"{arg}:{reader.line_num}", "error", f"{arg}:{reader.line_num}",
                   error=("input", f"{arg}:{reader.line_num}: malformed CSV ({exc})"))


def _jsonl_rows(f, arg: str, base: Path, id_fields: tuple[str, ...]) -> Iterator[_Raw]:
    for n, line in enumerate(f, 1):
        if not line.strip():
            continue
        where = f"{arg}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _Raw(where, "error", where, error=("input", f"{where}: not valid JSON ({exc.msg})"))
            continue
        except RecursionError:  # '[[[[...': deeper than the parser goes
            yield _Raw(where, "error", where, error=("input", f"{where}: not valid JSON (nested too deeply)"))
            continue
        if not isinstance(obj, dict):
            yield _Raw(where, "error", where, error=("input", f"{where}: a line must be a JSON object"))
            continue
        yield _row_task(obj, where, base, id_fields)


def _txt_rows(f, arg: str, base: Path, id_fields: tuple[str, ...] = ()) -> Iterator[_Raw]:
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


_LIST_READERS = {".csv": _csv_rows, ".jsonl": _jsonl_rows}


def _read_list(arg: str, id_fields: tuple[str, ...] = DEFAULT_ID_FIELDS) -> Iterator[_Raw]:
    """Rows of a .csv, .jsonl or .txt list file, one task a row, streamed."""
    p = Path(arg)
    try:
        f = open(p, encoding="utf-8-sig", errors="replace", newline="")
    except OSError as exc:
        yield _Raw(arg, "error", arg, error=("input", f"{arg}: could not be read ({exc.strerror or exc})"))
        return
    with f:
        yield from _LIST_READERS.get(p.suffix.lower(), _txt_rows)(f, arg, p.parent, id_fields)


def _expand(inputs: Iterable[str], out_dir: Path | None, id_field: str | None = None) -> Iterator[_Raw]:
    id_fields = _id_fields(id_field)
    for arg in inputs:
        kind = input_kind(arg)
        if kind == "url":
            yield _Raw(arg, "url", arg)
        elif kind == "dir":
            yield from _walk(arg, out_dir)
        elif kind == "list":
            yield from _read_list(arg, id_fields)
        elif kind == "file":
            yield _file_task(arg, arg)
        else:
            yield _Raw(arg, "error", arg, error=("input", f"{arg}: no such file or directory"))


def _id_digest(article_id: str) -> int:
    return int.from_bytes(hashlib.blake2b(article_id.encode("utf-8", "surrogatepass"), digest_size=8).digest())


def iter_tasks(inputs: Iterable[str], *, out_dir: Path | None = None, id_field: str | None = None) -> Iterator[Task]:
    """Expand INPUT arguments into numbered Tasks, lazily, in a stable order.

    `id_field`: the list-file field (CSV column or JSONL key, any case) holding a row's
    article_id; by default `id`, then `doc_id`. A row without it keeps the usual id
    (its url, path, or the list-file line such as ``list.jsonl:3``).

    A repeated article_id becomes an error task (rows are joined on article_id,
    so ids must be unique). Only 8-byte digests of the ids are remembered.
    """
    seen: set[int] = set()
    for seq, raw in enumerate(_expand(inputs, out_dir, id_field)):
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


def survey(inputs: Iterable[str], *, out_dir: Path | None = None, id_field: str | None = None) -> InputSurvey:
    """A first pass over the inputs: how many tasks (for the progress bar) and the
    metadata columns of articles.csv (in first-seen order). Streams; holds no text."""
    total = 0
    meta: dict[str, None] = {}
    for raw in _expand(inputs, out_dir, id_field):
        total += 1
        for k, _ in raw.meta:
            meta.setdefault(k, None)
    return InputSurvey(total, tuple(meta))

