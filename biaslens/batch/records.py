"""The records passed between the parts of a batch run: `Task` in, `Outcome` out,
and the `WorkerConfig` every worker gets once."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..columns import ERRORS, names
from ..settings import Settings

TABLES = ("articles", "paragraphs", "sentences", "entities", "terms", "errors")
LEVEL_OF = {"articles": "article", "paragraphs": "paragraph", "sentences": "sentence", "entities": "entity",
            "terms": "term"}


@dataclass(frozen=True, slots=True)
class Task:
    """One input to analyse, numbered in input order (`seq`).

    kind: ``file`` (read `ref`), ``url`` (fetch `ref`), ``text`` (analyse
    `text`; `ref` says where it came from, e.g. ``list.jsonl:3``) or
    ``error`` (the input failed before analysis: `error` is (type, message)).
    meta: extra columns carried through to articles.csv, as (column, value).
    """

    seq: int
    article_id: str
    kind: str
    ref: str
    text: str | None = None
    title: str | None = None
    meta: tuple[tuple[str, str], ...] = ()
    error: tuple[str, str] | None = None
    document: Any = None  # a URL's page, fetched by the parent (see fetch_urls)
    status: int | None = None  # the HTTP status of a failed fetch

    @property
    def key(self) -> str:
        """What identifies this input for --resume (the text itself is not hashed)."""
        return f"{self.article_id}\x1f{self.kind}\x1f{self.ref}"


@dataclass(frozen=True, slots=True)
class Outcome:
    """The analysed result of one Task: its CSV rows per table, UTF-8 encoded, no header."""

    seq: int
    article_id: str
    key: str
    ok: bool
    chunks: dict[str, bytes]
    rows: dict[str, int]


@dataclass(frozen=True)
class WorkerConfig:
    """Everything a worker needs to build its Analyzer and format rows: small and picklable."""

    lexicons: tuple[Any, ...] = ()  # paths, or loaded `Lexicon`s (shipped to workers that share no disk)
    raw_csv: bool = False
    meta_columns: tuple[str, ...] = ()
    settings: Settings = field(default_factory=Settings)

    @property
    def max_bytes(self) -> int:
        return self.settings.max_bytes

    @property
    def allow_private_urls(self) -> bool:
        return self.settings.allow_private_urls

    @property
    def timeout(self) -> float:
        return self.settings.timeout

    def columns(self, table: str) -> list[str]:
        if table == "errors":
            return [c.name for c in ERRORS]
        cols = names(LEVEL_OF[table])
        return cols + list(self.meta_columns) if table == "articles" else cols

