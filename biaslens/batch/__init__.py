"""Batch runs: many articles in, tidy tables out.

    INPUT...  ──► iter_tasks ──► pace_urls, fetch_urls ──► Engine.run ──► in_order ──► BatchWriter
    (files,       (Tasks, lazily,  (per-host politeness:   (analyse:       (input      (articles.csv, paragraphs.csv,
     folders,      in a stable      URLs fetched in the     local process   order)      sentences.csv, errors.csv,
     list files)   order)           parent's threads)       pool; Dask...)              manifest.json)

The modules, in the order of the run:

- `records`: `Task` in, `Outcome` out, the `WorkerConfig` every worker gets once
  (it carries the run's `biaslens.settings.Settings`);
- `inputs`: INPUT arguments expanded into Tasks (`iter_tasks`, `survey`);
- `politeness`: URL fetching and pacing, the same for every engine;
- `worker`: one task analysed and formatted as CSV bytes, in whatever process runs it;
- `engines`: `LocalEngine` (a process pool), `DaskEngine` (a Dask cluster), chosen
  by name (`ENGINES`, `make_engine`); outcomes put back in input order (`in_order`);
- `writer` (and `parquet`): the tables on disk in input order, with a journal for
  ``--resume``; `outdir`: the folder's lock, checks and manifest.json;
- `run`: `run_batch`, the run as a few steps.

Output is byte-identical whatever the number of workers or the engine: rows are
written in input order, and no timestamps go into the tables (they go to manifest.json).
"""

from __future__ import annotations

from ..errors import OutputError
from .engines import ENGINES, Engine, in_order, make_engine
from .engines.local import LocalEngine, _context
from .inputs import (
    ARTICLE_SUFFIXES,
    LIST_SUFFIXES,
    MAX_LIST_LINE,
    RESERVED_KEYS,
    InputSurvey,
    input_kind,
    iter_tasks,
    meta_column,
    survey,
)
from .outdir import environment_error, prepare_out_dir
from .parquet import csv_to_parquet
from .politeness import HostPacer, Pacer, fetch_urls, pace_urls
from .records import LEVEL_OF, TABLES, Outcome, Task, WorkerConfig
from .run import BatchSummary, Progress, run_batch
from .worker import error_outcome, exit_with_parent, init_worker, run_chunk, run_task, warm_up
from .writer import JOURNAL, JOURNAL_VERSION, MANIFEST, BatchWriter, Checkpoint

__all__ = [
    "ARTICLE_SUFFIXES", "ENGINES", "JOURNAL", "JOURNAL_VERSION", "LEVEL_OF", "LIST_SUFFIXES", "MANIFEST",
    "MAX_LIST_LINE", "RESERVED_KEYS", "TABLES", "BatchSummary", "BatchWriter", "Checkpoint", "Engine",
    "HostPacer", "InputSurvey", "LocalEngine", "Outcome", "OutputError", "Pacer", "Progress", "Task",
    "WorkerConfig", "csv_to_parquet", "environment_error", "error_outcome", "exit_with_parent", "fetch_urls",
    "in_order", "init_worker", "input_kind", "iter_tasks", "make_engine", "meta_column", "pace_urls",
    "prepare_out_dir", "run_batch", "run_chunk", "run_task", "survey", "warm_up", "_context",
]
