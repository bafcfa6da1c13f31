"""The progress bar of `biaslens batch` (stderr, on a terminal):

    batch ━━━━━━━━━━━━━━━━━━━  120/400  3.4 articles/s  0 errors  elapsed 0:00:41  remaining 0:01:22

The total is known once the inputs are counted (before the first article); the rate
counts only the articles analysed in this session (not those a resumed run skips),
from the moment the count was known, so that it does not spike at the start.
"""

from __future__ import annotations

from typing import Any

# Below this many seconds of measuring, or before the first article, the rate is not shown.
MIN_RATE_SECONDS = 1.0


def clock(seconds: float | None) -> str:
    """0:00:05 for five seconds; '-:--:--' when unknown."""
    if seconds is None or seconds < 0 or seconds != seconds:
        return "-:--:--"
    s = int(seconds + 0.5)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"


def articles_rate(task: Any) -> float | None:
    """Articles a second since the total became known, or None while that means nothing."""
    base, since, elapsed = task.fields.get("base"), task.fields.get("since"), task.elapsed
    if base is None or since is None or elapsed is None:
        return None
    done, seconds = task.completed - base, elapsed - since
    if done <= 0 or seconds < MIN_RATE_SECONDS:
        return None
    return done / seconds


def rate_text(rate: float | None) -> str:
    """'3.4 articles/s'; whole numbers from 10 a second up (a tenth means nothing there)."""
    if rate is None:
        return "- articles/s"
    return f"{rate:.1f} articles/s" if rate < 10 else f"{rate:.0f} articles/s"


def count_text(task: Any) -> str:
    """'120/400'; 'starting' before the inputs are counted."""
    done = int(task.completed)
    if task.total is None:
        return f"{done}/?" if done else "starting"
    return f"{done}/{int(task.total)}"


def elapsed_text(task: Any) -> str:
    seconds = task.finished_time if task.finished else task.elapsed
    return f"elapsed {clock(seconds)}"


def remaining_text(task: Any) -> str:
    if task.total is not None and task.completed >= task.total:
        return f"remaining {clock(0)}"
    rate = articles_rate(task)
    if task.total is None or rate is None:
        return f"remaining {clock(None)}"
    return f"remaining {clock((task.total - task.completed) / rate)}"


class BatchProgress:
    """A rich progress bar on stderr: done/total, articles/s, errors, elapsed, remaining."""

    def __init__(self, console: Any = None, get_time: Any = None) -> None:
        self._console, self._get_time = console, get_time  # tests give their own

    def __enter__(self):
        from rich.console import Console
        from rich.progress import BarColumn, Progress, ProgressColumn, TextColumn
        from rich.text import Text

        def column(render, style: str):
            class _Column(ProgressColumn):
                def render(self, task):
                    return Text(render(task), style=style)
            return _Column()

        self.progress = Progress(TextColumn("batch"), BarColumn(), column(count_text, "progress.download"),
                                 column(lambda t: rate_text(articles_rate(t)), "progress.data.speed"),
                                 TextColumn("{task.fields[errors]} errors"),
                                 column(elapsed_text, "progress.elapsed"),
                                 column(remaining_text, "progress.remaining"),
                                 console=self._console or Console(stderr=True), transient=False,
                                 get_time=self._get_time)
        self.progress.__enter__()
        self.task = self.progress.add_task("batch", total=None, errors=0, base=None, since=None)
        return self

    def update(self, p) -> None:
        """`p`: a `biaslens.batch.Progress`. The first one (sent once the inputs are counted)
        starts the rate's clock, from the articles already done (a resumed run's)."""
        task = next(t for t in self.progress.tasks if t.id == self.task)
        if task.fields.get("base") is None:
            self.progress.update(self.task, base=p.done, since=task.elapsed or 0.0)
        self.progress.update(self.task, completed=p.done, total=p.total, errors=p.errors)

    def __exit__(self, *exc):
        return self.progress.__exit__(*exc)
