"""Reading a path the user named, bounded in size and in time.

`read_bounded` is the one way biaslens reads a named file (articles, lexicons;
batch runs use it too). A regular file is size-checked before it is read.
Anything else (a character device such as /dev/zero, a FIFO, a process
substitution /dev/fd/N) is read through the same byte cap as standard input
and must reach its end within a deadline, so an endless device stops at the
cap and a FIFO nobody writes to fails in seconds instead of hanging.
"""

from __future__ import annotations

import os
import select
import stat
import time

from .errors import InputError
from .settings import DEFAULT_MAX_BYTES  # noqa: F401  (re-exported: the default lives in settings)

# A device, FIFO or pipe named as a path must be read to its end within this many seconds.
DEFAULT_READ_DEADLINE = 5.0


def read_bounded(path: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES,
                 deadline: float = DEFAULT_READ_DEADLINE, *, what: str = "the size limit") -> bytes:
    """A named file's bytes, never reading more than `max_bytes` + 1 of them.

    A regular file over `max_bytes` is refused before it is read; a device,
    FIFO or pipe is read through the cap and must end within `deadline`
    seconds. Every failure (missing, directory, permission, over the cap,
    deadline) raises InputError with one line naming the path. `what` names
    the limit in the message."""
    name = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory, not a file (use 'biaslens batch' for folders)") from None
    except OSError as exc:
        raise InputError(f"{name}: could not be read ({exc.strerror or exc})") from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise InputError(f"{name}: is a directory, not a file (use 'biaslens batch' for folders)")
        if stat.S_ISREG(mode):
            size = os.fstat(fd).st_size
            if size > max_bytes:
                raise _too_big(name, f"{size:,} bytes is", max_bytes, what)
            data = _read_capped(fd, max_bytes, None, first=size + 1)
        else:
            data = _read_capped(fd, max_bytes, time.monotonic() + deadline)
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory, not a file") from None
    except OSError as exc:
        raise InputError(f"{name}: could not be read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)
    if data is None:
        raise InputError(f"{name}: no end of input within {deadline:g} s (a FIFO or device nobody writes "
                         "to? pipe a slow producer to standard input, '-', instead)")
    if sum(map(len, data)) > max_bytes:
        raise _too_big(name, "the input is", max_bytes, what)
    return b"".join(data)


def _too_big(name: str, size: str, max_bytes: int, what: str) -> InputError:
    hint = " (raise it with --max-bytes)" if what == "the size limit" else ""
    return InputError(f"{name}: {size} over {what} of {max_bytes:,} bytes{hint}")


def _read_capped(fd: int, max_bytes: int, deadline: float | None, *, first: int = 1 << 20) -> list[bytes] | None:
    """Chunks of up to max_bytes + 1 bytes from fd (a regular file in one read of
    `first` bytes, its size + 1); None if the deadline passes first."""
    chunks: list[bytes] = []
    got = 0
    poller = None
    if deadline is not None and hasattr(select, "poll"):
        poller = select.poll()
        poller.register(fd, select.POLLIN)
    while got <= max_bytes:
        if poller is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not poller.poll(remaining * 1000):
                return None
        try:
            chunk = os.read(fd, min(max(first, 1), 1 << 24, max_bytes + 1 - got))
        except BlockingIOError:
            continue
        if not chunk:
            break
        chunks.append(chunk)
        got += len(chunk)
        first = 1 << 20
    return chunks
