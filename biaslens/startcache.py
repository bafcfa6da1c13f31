"""Data compiled at start-up, kept between runs in the user's cache folder.

Reading the CMU syllable table and compiling the built-in lexicons cost a
fresh process about a quarter of a second; their compiled forms load in a
fraction of that. Each is stored under a key made from the sha256 of its
source bytes (and the Python version and a format number), so an edited or
upgraded source is compiled afresh; nothing else decides whether an entry is
used.

- Folder: ``$BIASLENS_CACHE_DIR``, else ``$XDG_CACHE_HOME/biaslens``, else
  ``~/.cache/biaslens``. Setting ``BIASLENS_CACHE_DIR`` to an empty string
  turns the cache off.
- Writes are atomic (a temporary file in the same folder, then a rename), so a
  reader in another process sees a whole entry or none.
- An entry that cannot be read, or does not decode to what was stored, is
  ignored and the data is compiled from source as if there were no cache; a
  folder that cannot be written is no error either.
- The `KEEP` most recently used entries of each name are kept (a hit marks its
  entry used): installations of different versions (two virtual environments,
  a checkout) share the folder, and would otherwise each evict the other's
  entry and compile afresh on every alternation.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

FORMAT = 1
KEEP = 4  # entries of one name kept, the most recently used


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is turned off."""
    env = os.environ.get("BIASLENS_CACHE_DIR")
    if env is not None:
        return Path(env) if env.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "biaslens"


def _path(name: str, key: str, suffix: str) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    tag = f"py{sys.version_info[0]}{sys.version_info[1]}-f{FORMAT}"
    return folder / f"{name}-{tag}-{key[:40]}.{suffix}"


def load(name: str, key: str, loads, suffix: str = "marshal"):
    """The value stored under (`name`, `key`), decoded by `loads`, or None."""
    path = _path(name, key, suffix)
    if path is None:
        return None
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        value = loads(data)
    except Exception:  # a damaged or foreign entry: ignored, compiled afresh
        return None
    if value is not None:
        _mark_used(path)
    return value


def _mark_used(path: Path) -> None:
    try:
        os.utime(path)
    except OSError:
        pass  # a read-only folder: the entry may be evicted sooner, nothing worse


def store(name: str, key: str, data: bytes, suffix: str = "marshal") -> None:
    """Keep `data` under (`name`, `key`), atomically; of the other entries of `name`, those
    beyond the `KEEP` - 1 most recently used are removed."""
    path = _path(name, key, suffix)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{name}-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        others = [p for p in path.parent.glob(f"{name}-*.{suffix}") if p != path]
        others.sort(key=_used, reverse=True)
        for old in others[KEEP - 1:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only or full disk: the next run compiles again


def _used(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
