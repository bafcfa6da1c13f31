"""`BatchWriter`: the tables on disk, in input order, with a journal for --resume.

While the run lasts, each table is written as ``NAME.csv.partial`` and a
journal (``batch.journal``) records, after an fsync, how many inputs are
fully on disk and the byte length of every table at that point. Only a
finished run renames the partial files to their final names (or converts
them to Parquet), so a killed run never leaves a CSV that looks complete.
``--resume`` truncates the partial files to the last journal checkpoint and
goes on from there; the result is byte for byte the file an uninterrupted
run writes. The tables are `TABLES` (records.py): one more table is one more
name there."""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import OutputError
from .parquet import csv_to_parquet
from .records import TABLES, Outcome, WorkerConfig

JOURNAL = "batch.journal"
MANIFEST = "manifest.json"
JOURNAL_VERSION = 1


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

    @classmethod
    def probe(cls, out_dir: Path) -> BatchWriter:
        """A writer that only looks at what `out_dir` holds (names, the journal): it writes nothing."""
        return cls(out_dir, WorkerConfig(), settings_key="")

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

    def go_live(self, keys: Any) -> None:
        """Accept rows from here on. `keys`: the sha256 of the keys of the inputs before the resume
        point, expanded again; they must be those of the interrupted run."""
        if keys.hexdigest() != self.state.keys:
            raise OutputError(f"{self.dir}: the inputs differ from those of the interrupted run; "
                              "start afresh with --force")
        self._keys = keys
        self.live = True

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

    def abandon(self) -> None:
        """The run stops early (Ctrl-C, a crash): keep what is written, then close."""
        try:
            if self.live and self.journal is not None:
                self.checkpoint()
        except OSError:
            pass  # a full disk: the journal keeps the last checkpoint that made it to disk
        finally:
            self.close()

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
    from ..render.csvout import header_line

    return header_line(columns, raw=raw).encode("utf-8")


def _file_facts(path: Path) -> dict[str, Any]:
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
            size += len(chunk)
    return {"bytes": size, "sha256": h.hexdigest()}

