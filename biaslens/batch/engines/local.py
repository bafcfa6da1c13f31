"""`LocalEngine`: analyses in this machine's processes (a process pool, or in-process
with one worker)."""

from __future__ import annotations

import functools
import itertools
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator

from ..records import Outcome, Task, WorkerConfig
from ..worker import error_outcome, init_worker, run_chunk, run_task, warm_up


def _context(start_method: str | None):
    """The multiprocessing context for the worker pool.

    By default, on Linux with no other thread running in this process, workers
    are forked from it after it has built a warm Analyzer (`warm_up`): they
    start in milliseconds with the lexicons, the CMU syllable table and VADER
    already loaded, instead of spending about 0.8 s each importing and
    building them. Forking a process that runs other threads is unsafe, so
    with a live progress bar (rich refreshes it from a thread), a fetch thread
    or on other systems the pool spawns its workers, and each builds its own
    Analyzer. Not a fork server: its workers would be the server's children,
    and a worker's parent must be this process, whose pid it is given before
    it starts (`init_worker`'s `parent`), to exit with it without a race."""
    import multiprocessing as mp
    import threading

    if start_method is None:
        methods = mp.get_all_start_methods()
        if sys.platform.startswith("linux") and "fork" in methods and threading.active_count() == 1:
            start_method = "fork"
        else:
            start_method = "spawn"
    return mp.get_context(start_method)



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
        initializer = self.initializer
        if initializer is init_worker:
            if context.get_start_method() == "fork":
                warm_up(config)  # the forked workers inherit it
            if context.get_start_method() in ("fork", "spawn"):  # the workers' parent is this process
                initializer = functools.partial(init_worker, parent=os.getpid())
        return ProcessPoolExecutor(n, mp_context=context, initializer=initializer, initargs=(config,))

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

