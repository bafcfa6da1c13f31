"""A batch engine that runs the analyses on a Dask cluster (``--engine dask``).

The client (the ``biaslens batch`` process) keeps everything that must stay
in one place: it walks the inputs, reads each file's bytes, paces URLs per
host, and writes the tables in input order, exactly as the local engine's
writer does. Workers receive a small, picklable `WorkerConfig` once (its
`Settings` included) and then chunks of tasks (with the files' bytes, so a
remote worker needs no access to the client's disk), build their own
Analyzer once, and send back each chunk's rows already formatted as CSV
bytes, as plain tuples. At most ``workers x window`` chunks are in flight,
so memory stays flat on both sides however long the input.

What costs CPU besides the analyses, and what this engine does about it:
one scheduler round trip per chunk of ``chunk`` tasks, not per article; and,
on a LocalCluster started by the run, no statistical profiler and slower
self-monitoring (`LOCAL_CLUSTER_CONFIG`). A started LocalCluster's
workers already exit when the batch process dies, even after ``kill -9``
(distributed ties each worker process to its nanny, which lives in the
batch process, by a pipe), as the local engine's do.

Without ``--scheduler`` a `LocalCluster` of ``--workers`` single-threaded
processes is started for the run (useful to try the engine, and what the
tests use); with ``--scheduler tcp://host:8786`` the run goes to an existing
cluster whose workers have biaslens installed (``pip install biaslens[dask]``).
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable, Iterator
from dataclasses import replace

from ...errors import InputError
from ..records import Outcome, Task, WorkerConfig
from ..worker import error_outcome, run_task

# Settings of a LocalCluster started by the run. Dask's defaults wake every process often to
# watch itself (the event loop every 20 ms, memory every 100 ms, the system every 500 ms, work
# stealing every 100 ms) and sample every worker thread's stack every 10 ms; idle, such a cluster
# of 2 workers burns about 75 ms of CPU per second, with these about 10 ms.
LOCAL_CLUSTER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.scheduler.work-stealing": False,
}


def run_dask_chunk(config: WorkerConfig, items: list[tuple[Task, bytes | None]]) -> list[tuple]:
    """On a worker: analyse a chunk of tasks; the outcomes go back as plain tuples."""
    return [_pack(run_task(config, task, data)) for task, data in items]


def _pack(o: Outcome) -> tuple:
    return (o.seq, o.article_id, o.key, o.ok, o.chunks, o.rows)


def _unpack(t: tuple) -> Outcome:
    return Outcome(*t)


class DaskEngine:
    """Analyses on a Dask cluster; see the module docstring."""

    name = "dask"

    def __init__(self, workers: int | None = None, *, scheduler: str | None = None, window: int = 4,
                 chunk: int = 16, timeout: float | None = None) -> None:
        try:
            import distributed  # noqa: F401
        except ImportError:
            raise InputError("the dask engine needs Dask: pip install 'biaslens[dask]'") from None
        self.workers = max(1, workers or os.cpu_count() or 1)
        self.scheduler = scheduler
        self.window = max(1, window)
        self.chunk = max(1, chunk)
        self.timeout = timeout  # connecting to --scheduler; None: the settings' timeout

    def _client(self, timeout: float):
        import dask.config
        from distributed import Client, LocalCluster

        if self.scheduler:
            try:
                return Client(self.scheduler, timeout=f"{timeout:g}s"), None
            except (OSError, TimeoutError) as exc:
                raise InputError(f"could not reach the Dask scheduler at {self.scheduler} ({exc})") from None
        with dask.config.set(LOCAL_CLUSTER_CONFIG):  # handed to the worker processes it starts
            cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=40)
        return Client(cluster), cluster

    def run(self, tasks: Iterable[Task], config: WorkerConfig) -> Iterator[Outcome]:
        # Lexicon files are read by each worker: ship their contents, not client paths.
        config = _portable(config)
        timeout = config.settings.timeout if self.timeout is None else float(self.timeout)
        client, cluster = self._client(timeout)
        try:
            yield from self._stream(client, iter(tasks), config)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

    def _stream(self, client, tasks: Iterator[Task], config: WorkerConfig) -> Iterator[Outcome]:
        from distributed import as_completed

        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or self.workers)
        limit = n_workers * self.window
        cfg = client.scatter(config, broadcast=True)
        queue = as_completed()
        in_flight = 0
        while True:
            while in_flight < limit:
                chunk = list(itertools.islice(tasks, self.chunk))
                if not chunk:
                    break
                items, failed = _with_bytes(chunk, config)
                yield from failed
                if items:
                    queue.add(client.submit(run_dask_chunk, cfg, items, pure=False))
                    in_flight += 1
            if in_flight == 0:
                return
            fut = next(queue)
            in_flight -= 1
            packed = fut.result()
            fut.release()
            yield from map(_unpack, packed)


def _with_bytes(chunk: list[Task], config: WorkerConfig) -> tuple[list[tuple[Task, bytes | None]], list[Outcome]]:
    """The chunk's tasks paired with their files' bytes (read here: workers may not share the
    disk), and the outcomes of the files that could not be read."""
    from ...ingest import load_file

    items: list[tuple[Task, bytes | None]] = []
    failed: list[Outcome] = []
    for task in chunk:
        if task.kind != "file":
            items.append((task, None))
            continue
        try:
            items.append((task, load_file(task.ref, max_bytes=config.max_bytes)))
        except InputError as exc:
            failed.append(error_outcome(task, exc.kind, str(exc), config))
    return items, failed


def _portable(config: WorkerConfig) -> WorkerConfig:
    """The config with user lexicons loaded here and shipped as data (workers may not share the disk)."""
    from ...lexicons import Lexicon, load_lexicon

    loaded = tuple(lx if isinstance(lx, Lexicon) else load_lexicon(lx) for lx in config.lexicons)
    return replace(config, lexicons=loaded)
