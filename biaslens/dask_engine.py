"""A batch engine that runs the analyses on a Dask cluster (``--engine dask``).

The client (the ``biaslens batch`` process) keeps everything that must stay
in one place: it walks the inputs, reads each file's bytes, paces URLs per
host, and writes the tables in input order, exactly as the local engine's
writer does. Workers receive a small, picklable `WorkerConfig` once and
then one task at a time (with the file's bytes, so a remote worker needs no
access to the client's disk), build their own Analyzer once, and send back
the rows already formatted as CSV bytes. At most ``workers x window`` tasks
are in flight, so memory stays flat on both sides however long the input.

Without ``--scheduler`` a `LocalCluster` of ``--workers`` single-threaded
processes is started for the run (useful to try the engine, and what the
tests use); with ``--scheduler tcp://host:8786`` the run goes to an existing
cluster whose workers have biaslens installed (``pip install biaslens[dask]``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import replace

from .batch import Outcome, Task, WorkerConfig, error_outcome, run_task
from .errors import InputError


class DaskEngine:
    """Analyses on a Dask cluster; see the module docstring."""

    name = "dask"

    def __init__(self, workers: int | None = None, *, scheduler: str | None = None, window: int = 4,
                 timeout: float = 20.0) -> None:
        try:
            import distributed  # noqa: F401
        except ImportError:
            raise InputError("the dask engine needs Dask: pip install 'biaslens[dask]'") from None
        self.workers = max(1, workers or os.cpu_count() or 1)
        self.scheduler = scheduler
        self.window = max(1, window)
        self.timeout = float(timeout)

    def _client(self):
        from distributed import Client, LocalCluster

        if self.scheduler:
            try:
                return Client(self.scheduler, timeout=f"{self.timeout:g}s"), None
            except (OSError, TimeoutError) as exc:
                raise InputError(f"could not reach the Dask scheduler at {self.scheduler} ({exc})") from None
        cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        return Client(cluster), cluster

    def run(self, tasks: Iterable[Task], config: WorkerConfig) -> Iterator[Outcome]:
        from distributed import as_completed

        from .ingest import load_file

        # Lexicon files are read by each worker: ship their contents, not client paths.
        config = _portable(config)
        client, cluster = self._client()
        try:
            n_workers = max(1, len(client.scheduler_info().get("workers", {})) or self.workers)
            limit = n_workers * self.window
            cfg = client.scatter(config, broadcast=True)
            queue = as_completed()
            in_flight = 0
            it = iter(tasks)
            exhausted = False
            while True:
                while not exhausted and in_flight < limit:
                    task = next(it, None)
                    if task is None:
                        exhausted = True
                        break
                    if task.kind == "file":
                        try:
                            data = load_file(task.ref, max_bytes=config.max_bytes)
                        except InputError as exc:
                            yield error_outcome(task, exc.kind, str(exc), config)
                            continue
                        fut = client.submit(run_task, cfg, task, data, pure=False)
                    else:
                        fut = client.submit(run_task, cfg, task, pure=False)
                    queue.add(fut)
                    in_flight += 1
                if in_flight == 0:
                    return
                fut = next(queue)
                in_flight -= 1
                yield fut.result()
                fut.release()
        finally:
            client.close()
            if cluster is not None:
                cluster.close()


def _portable(config: WorkerConfig) -> WorkerConfig:
    """The config with user lexicons loaded here and shipped as data (workers may not share the disk)."""
    from .lexicons import Lexicon, load_lexicon

    loaded = tuple(lx if isinstance(lx, Lexicon) else load_lexicon(lx) for lx in config.lexicons)
    return replace(config, lexicons=loaded)
