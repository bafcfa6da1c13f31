"""One batch run at a time per output folder: ``DIR/batch.lock``.

The lock file holds the owner's process id. While a run holds it (an
exclusive `flock` on the file, which the kernel drops when the process
ends, however it ends), a second run on the same folder is refused with a
one-line message naming that pid. A lock file left behind by a run that
died (kill -9, a power cut) is stale: nothing holds it, its pid is dead,
and the next run takes it over. A finished run removes the file.

Where `flock` is not available, the pid alone decides: a lock file whose
pid is alive is held, one whose pid is dead is stale.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from .errors import OutputError

try:
    import fcntl
except ImportError:  # pragma: no cover - not on POSIX
    fcntl = None  # type: ignore[assignment]

LOCK_NAME = "batch.lock"
_FLAGS = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
_NO_FLOCK = {errno.ENOLCK, errno.EOPNOTSUPP, getattr(errno, "ENOTSUP", errno.EOPNOTSUPP)}
_held: set[int] = set()  # descriptors of the locks this process holds (forked workers close them)


class LockedError(OutputError):
    """Another batch run is writing to the output folder."""


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, someone else's
    return True


def _read_pid(fd: int) -> int:
    try:
        return int(os.pread(fd, 32, 0).split()[0])
    except (OSError, ValueError, IndexError):
        return 0


def _refusal(out: Path, pid: int) -> LockedError:
    if pid and not pid_alive(pid):
        return LockedError(f"{out}: the worker processes of an ended batch run (pid {pid}) still hold "
                           "this folder; try again in a few seconds")
    who = f"pid {pid}" if pid else "another process"
    return LockedError(f"{out}: another biaslens batch ({who}) is writing to this folder; wait for it "
                       "to finish or choose another --out")


class OutputLock:
    """``with OutputLock(out):`` holds DIR/batch.lock for the block, or raises `LockedError`."""

    def __init__(self, out: Path) -> None:
        self.out = Path(out)
        self.path = self.out / LOCK_NAME
        self.fd: int | None = None
        self.stale_pid = 0  # the dead owner of a stale lock this run took over, if any
        self.pid_only = fcntl is None  # no flock here: the pid alone decides

    def __enter__(self) -> OutputLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def acquire(self) -> None:
        for _ in range(20):
            fd = self._create_pid_only() if self.pid_only else self._open_locked()
            if fd is None:
                continue  # the file changed under us: try again
            try:
                previous = _read_pid(fd)
                if previous != os.getpid():
                    self.stale_pid = previous
                os.ftruncate(fd, 0)
                os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
            except BaseException:
                os.close(fd)
                raise
            self.fd = fd
            _held.add(fd)
            return
        raise LockedError(f"{self.path}: could not be locked (it keeps changing); try again")

    def _open_locked(self) -> int | None:
        fd = os.open(self.path, _FLAGS, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid = _read_pid(fd)
            os.close(fd)
            raise _refusal(self.out, pid) from None
        except OSError as exc:
            os.close(fd)
            if exc.errno not in _NO_FLOCK:
                raise
            self.pid_only = True  # a file system without flock (some network mounts)
            return None
        if not self._still_named(fd):  # its owner finished and removed it meanwhile
            os.close(fd)
            return None
        return fd

    def _create_pid_only(self) -> int | None:
        """Without flock: the lock file appears with its pid already in it (a hard link of a
        file written first), and one whose pid is dead is removed as stale."""
        tmp = self.path.with_name(f".{LOCK_NAME}.{os.getpid()}.tmp")
        tmp.write_text(f"{os.getpid()}\n")
        try:
            os.link(tmp, self.path)
        except FileExistsError:
            fd = os.open(self.path, _FLAGS)
            pid = _read_pid(fd)
            os.close(fd)
            if pid_alive(pid):
                raise _refusal(self.out, pid) from None
            self.stale_pid = pid
            self.path.unlink(missing_ok=True)
            return None
        finally:
            tmp.unlink(missing_ok=True)
        return os.open(self.path, _FLAGS)

    def _still_named(self, fd: int) -> bool:
        try:
            st = os.stat(self.path, follow_symlinks=False)
        except FileNotFoundError:
            return False
        mine = os.fstat(fd)
        return (st.st_dev, st.st_ino) == (mine.st_dev, mine.st_ino)

    def release(self) -> None:
        if self.fd is None:
            return
        try:
            if self._still_named(self.fd):
                self.path.unlink()
        finally:
            _held.discard(self.fd)
            os.close(self.fd)
            self.fd = None


def close_inherited() -> None:
    """In a forked worker: drop the parent's lock descriptors, so that a worker
    outliving its parent never keeps the folder locked."""
    for fd in list(_held):
        try:
            os.close(fd)
        except OSError:
            pass
        _held.discard(fd)
