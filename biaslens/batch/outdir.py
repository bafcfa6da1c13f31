"""The output folder of a batch run: made and locked, its errors as plain lines, and
its manifest.json read and written (atomically, never through a symlink)."""

from __future__ import annotations

import contextlib
import errno
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import OutputError
from ..outlock import OutputLock
from .writer import MANIFEST, BatchWriter, _atomic_write

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
def exclusive(out: Path) -> Iterator[OutputLock]:
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


def read_manifest(out: Path) -> dict[str, Any] | None:
    path = out / MANIFEST
    if path.is_symlink():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def write_manifest(out: Path, manifest: dict[str, Any]) -> None:
    _atomic_write(out / MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")


def check_out_dir(out: Path, *, resume: bool, force: bool) -> tuple[Any, dict[str, Any] | None]:
    """What the folder holds, refused when it cannot be used as asked: (the journal to
    resume from or None, the manifest of a run already complete there or None)."""
    foreign = out / MANIFEST
    if (foreign.is_symlink() or foreign.exists()) and "biaslens_version" not in (read_manifest(out) or {}):
        raise OutputError(f"{foreign}: exists and is not a biaslens manifest; choose another --out")
    probe = BatchWriter.probe(out)
    journal = probe.read_journal() if resume else None
    if not resume and not force and probe.existing():
        names_ = ", ".join(sorted(p.name for p in probe.existing()))
        raise OutputError(f"{out}: already holds batch output ({names_}); use --resume to continue an "
                          "interrupted run or --force to replace it")
    if resume and journal is None and (out / MANIFEST).is_file() and not probe.partial("articles").exists():
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        if manifest.get("complete"):
            return None, manifest
    return journal, None
