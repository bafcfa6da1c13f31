"""Engines map `Task`s to `Outcome`s: `LocalEngine` (this machine's processes) and
`DaskEngine` (a Dask cluster), chosen by name through `ENGINES` / `make_engine`.

Another engine only has to implement ``run(tasks, config) -> Iterator[Outcome]``
with bounded in-flight work; outcomes may come in any order (`in_order` puts
them back in input order)."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol

from ...errors import InputError
from ..records import Outcome, Task, WorkerConfig
from .local import LocalEngine


class Engine(Protocol):
    """Maps tasks to outcomes. Must pull `tasks` lazily and keep in-flight work
    bounded (memory stays flat); outcomes may come in any order, each task once."""

    name: str

    def run(self, tasks: Iterable[Task], config: WorkerConfig) -> Iterator[Outcome]: ...


def _dask_engine(**options: Any) -> Engine:
    from .dask import DaskEngine  # imported only when asked for: Dask is an optional extra

    return DaskEngine(**options)


ENGINES: dict[str, Callable[..., Engine]] = {"local": LocalEngine, "dask": _dask_engine}


def make_engine(name: str = "local", *, workers: int | None = None, **options: Any) -> Engine:
    """The engine called `name` (``--engine``). Register another in `ENGINES`: a callable
    taking ``workers=`` and its own options (a Dask engine's scheduler address...)."""
    try:
        factory = ENGINES[name]
    except KeyError:
        raise InputError(f"unknown engine {name!r} (known: {', '.join(sorted(ENGINES))})") from None
    return factory(workers=workers, **options)


def in_order(outcomes: Iterable[Outcome], start: int = 0) -> Iterator[Outcome]:
    """Reorder buffer: yield outcomes by consecutive seq from `start`, whatever order they come in."""
    heap: list[tuple[int, int, Outcome]] = []
    nxt = start
    tie = 0
    for o in outcomes:
        if o.seq == nxt:
            yield o
            nxt += 1
            while heap and heap[0][0] == nxt:
                yield heapq.heappop(heap)[2]
                nxt += 1
        else:
            heapq.heappush(heap, (o.seq, tie, o))
            tie += 1
    while heap:  # an engine that skipped a seq: write the rest in order rather than lose it
        yield heapq.heappop(heap)[2]

