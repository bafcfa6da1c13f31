"""`Settings`: how articles are read and pages fetched, in one frozen object.

Built once (by the CLI from its options, or by a library user) and handed
to `Analyzer`, to `run_batch` and through the batch's `WorkerConfig` to
every worker, local or on a Dask cluster. It is small and picklable.

The default limits live here and only here: `DEFAULT_MAX_BYTES` (inputs),
`DEFAULT_TIMEOUT` (fetching a URL), `DEFAULT_CONNECT_TIMEOUT` and
`DEFAULT_MAX_PAGE_BYTES` (web pages). This module imports nothing heavy, so
the CLI can read the defaults without slowing ``biaslens --help``.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from typing import Any

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# a quoted phrase of at most this many words, unattributed, is a scare quote (types re-exports it)
SHORT_QUOTE_MAX_WORDS = 4
DEFAULT_TIMEOUT = 20.0
DEFAULT_CONNECT_TIMEOUT = 10.0
DEFAULT_MAX_PAGE_BYTES = 10 * 1024 * 1024
DEFAULT_PER_HOST = 2
DEFAULT_DELAY = 1.0
DEFAULT_FETCH_THREADS = 8


@dataclass(frozen=True)
class Settings:
    """Analysis and fetching settings.

    max_bytes: refuse inputs larger than this (files, standard input, pages' text).
    allow_private_urls: allow URLs that resolve to loopback, private or
        link-local addresses (off by default: SSRF protection).
    timeout: time limit for fetching a URL, in seconds (connect, headers,
        body and redirects unless `deadline` says otherwise).
    connect_timeout: connect timeout for URLs (never above `timeout`).
    deadline: seconds the whole fetch may take; None: `timeout`.
    max_page_bytes: refuse web pages larger than this.
    cache: a directory where fetched pages are kept and replayed from.
    per_host, delay: at most `per_host` requests to one host at a time,
        `delay` seconds between two requests to one host.
    fetch_threads: pages fetched in parallel by a batch run.
    scare_quote_max_words: a quoted phrase of at most this many words,
        unattributed, counts as scare quotes.
    robots: obey each site's robots.txt when fetching URLs (docs/fetching.md).
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    allow_private_urls: bool = False
    timeout: float = DEFAULT_TIMEOUT
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT
    deadline: float | None = None
    max_page_bytes: int = DEFAULT_MAX_PAGE_BYTES
    cache: str | None = None
    per_host: int = DEFAULT_PER_HOST
    delay: float = DEFAULT_DELAY
    fetch_threads: int = DEFAULT_FETCH_THREADS
    scare_quote_max_words: int = SHORT_QUOTE_MAX_WORDS
    robots: bool = True

    def __post_init__(self) -> None:
        set_ = object.__setattr__  # normalise types once: equal settings compare (and pickle) equal
        set_(self, "max_bytes", int(self.max_bytes))
        set_(self, "allow_private_urls", bool(self.allow_private_urls))
        set_(self, "robots", bool(self.robots))
        set_(self, "timeout", float(self.timeout))
        set_(self, "connect_timeout", float(self.connect_timeout))
        set_(self, "max_page_bytes", int(self.max_page_bytes))
        set_(self, "cache", os.fspath(self.cache) if self.cache is not None else None)

    def replace(self, **changes: Any) -> Settings:
        """A copy with `changes`; a change of None keeps the current value."""
        given = {k: v for k, v in changes.items() if v is not None}
        return dataclasses.replace(self, **given) if given else self
