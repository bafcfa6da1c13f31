"""URL politeness, between the inputs and the engine, so that it holds for every engine.

`fetch_urls` fetches URL tasks in the parent's threads through one
`biaslens.fetch.Fetcher` (per-host limit, delay, cache); a `Pacer` can hold
tasks back before dispatch (`HostPacer`: a minimum interval per host)."""

from __future__ import annotations

import dataclasses
import time
import urllib.parse
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol

from ..errors import BiaslensError
from .records import Task


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

    from ..errors import FetchError

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
