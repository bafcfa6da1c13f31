"""Issue 19: the batch progress bar knows its total before the first article, shows a
sane rate in articles/s and labels elapsed and remaining. No timing: a fake clock."""

from __future__ import annotations

import io
from types import SimpleNamespace

from conftest import SAMPLES

from biaslens.batch import Progress, run_batch
from biaslens.cli_progress import BatchProgress, articles_rate, count_text, elapsed_text, rate_text, remaining_text


def fake_task(completed, total, elapsed, base=0, since=0.0):
    return SimpleNamespace(completed=completed, total=total, elapsed=elapsed, finished=False,
                           finished_time=None, fields={"base": base, "since": since, "errors": 0})


def test_columns_render_labelled_figures():
    t = fake_task(120, 400, 41.0, since=5.7)
    assert count_text(t) == "120/400"
    assert rate_text(articles_rate(t)) == "3.4 articles/s"
    assert elapsed_text(t) == "elapsed 0:00:41"
    assert remaining_text(t) == "remaining 0:01:22"  # 280 left at 120/35.3 s


def test_no_rate_spike_at_the_start_nor_after_a_resume():
    starting = fake_task(0, None, 0.2, base=None, since=None)
    assert count_text(starting) == "starting"
    assert rate_text(articles_rate(starting)) == "- articles/s"
    assert remaining_text(starting) == "remaining -:--:--"
    burst = fake_task(8, 400, 3.2, since=3.0)  # 8 articles in 0.2 s: not a rate yet
    assert articles_rate(burst) is None and remaining_text(burst) == "remaining -:--:--"
    resumed = fake_task(110, 200, 12.0, base=100, since=2.0)  # 100 skipped, 10 analysed in 10 s
    assert rate_text(articles_rate(resumed)) == "1.0 articles/s"
    assert remaining_text(resumed) == "remaining 0:01:30"
    fast = fake_task(38000, 100000, 2.0, since=1.0)
    assert rate_text(articles_rate(fast)) == "38000 articles/s"  # no tenths where they mean nothing


def test_the_real_bar_with_a_fake_clock():
    from rich.console import Console

    now = [0.0]
    buf = io.StringIO()
    bar = BatchProgress(console=Console(file=buf, width=160, force_terminal=False), get_time=lambda: now[0])
    with bar:
        now[0] = 2.0
        bar.update(Progress(0, 50, 0))  # the inputs counted: the total is known, the rate's clock starts
        now[0] = 12.0
        bar.update(Progress(20, 50, 1))
        task = bar.progress.tasks[0]
        line = " ".join(str(c.render(task)) for c in bar.progress.columns[2:])
    assert line == "20/50 2.0 articles/s 1 errors elapsed 0:00:12 remaining 0:00:15"


def test_run_batch_reports_the_total_before_the_first_article(tmp_path):
    files = sorted(SAMPLES.glob("*.txt"))[:2]
    seen: list[Progress] = []
    run_batch([str(f) for f in files], tmp_path / "out", workers=1, progress=seen.append)
    assert seen[0] == Progress(0, len(files), 0)
    assert [p.done for p in seen] == list(range(len(files) + 1))
