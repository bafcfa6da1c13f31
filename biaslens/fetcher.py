"""`Fetcher`: what batch runs add to a page fetch (`biaslens.fetch`).

- an optional cache directory: a page is fetched once, stored with its
  metadata (written atomically) and replayed afterwards without network;
- politeness per host: at most `per_host` requests in flight, at least
  `delay` seconds between the starts of two requests (raised to the site's
  ``Crawl-delay``, capped at 30 s), parallel across hosts;
- robots.txt (`biaslens.robots`), read once per site for the Fetcher's life
  and obeyed unless `robots=False` (``--ignore-robots``); cached pages are
  replayed without asking it (they were fetched under the rules of their day).
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from . import fetch as _fetch
from ._version import __version__
from .errors import ExtractionError, FetchError, InputError
from .fetch import TEXT_TYPES, FetchSettings, Page
from .ingest import strip_credentials
from .robots import Robots
from .types import Document


def page_document(page: Page, *, max_bytes: int | None = None) -> Document:
    """Decode a fetched page and extract the article (trafilatura for HTML)."""
    from .ingest import read_bytes

    fmt = "text" if page.content_type in TEXT_TYPES else "html"
    limit = max_bytes if max_bytes is not None else max(len(page.body), 1)
    shown, final = strip_credentials(page.url), strip_credentials(page.final_url)
    try:
        doc = read_bytes(page.body, name=shown, url=final, format=fmt,
                         declared_charset=page.charset, max_bytes=max(limit, len(page.body)))
    except (FetchError, ExtractionError):
        raise
    except InputError as exc:
        raise FetchError(str(exc), url=shown, status=page.status) from None
    if doc.url != final and fmt == "html":
        from dataclasses import replace

        doc = replace(doc, url=final)
    return doc


class Fetcher:
    """Fetches pages with an optional on-disk cache and per-host politeness.

    cache: a directory; a page fetched once is stored there (body and
        metadata, written atomically) and replayed afterwards without network.
    per_host: at most this many requests in flight to one host.
    delay: at least this many seconds between the starts of two requests to
        one host.
    robots: obey robots.txt (True by default); a URL it disallows raises
        `biaslens.robots.RobotsError`, a FetchError of kind "robots".
    Thread-safe: one Fetcher serves all threads of a batch run.
    """

    def __init__(self, settings: FetchSettings | None = None, *, cache: str | os.PathLike | None = None,
                 per_host: int = 2, delay: float = 1.0, robots: bool = True) -> None:
        self.settings = settings or FetchSettings()
        self.cache = Path(cache) if cache else None
        if self.cache is not None:
            try:
                self.cache.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise InputError(f"{self.cache}: cache directory could not be created ({exc.strerror})") from None
        self.per_host = max(1, int(per_host))
        self.delay = max(0.0, float(delay))
        self._lock = threading.Lock()
        self._slots: dict[str, threading.Semaphore] = {}
        self._next_start: dict[str, float] = {}
        self.robots = Robots(self._robots_body) if robots else None

    # ------------------------------------------------------------------ cache
    def _cache_paths(self, url: str) -> tuple[Path, Path] | None:
        if self.cache is None:
            return None
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        return self.cache / f"{key}.body", self.cache / f"{key}.json"

    def _cached(self, url: str) -> Page | None:
        paths = self._cache_paths(url)
        if paths is None or not paths[1].exists():
            return None
        try:
            meta = json.loads(paths[1].read_text(encoding="utf-8"))
            body = paths[0].read_bytes()
        except (OSError, ValueError):
            return None
        if hashlib.sha256(body).hexdigest() != meta.get("sha256"):
            return None
        return Page(url, meta["final_url"], meta["status"], meta["content_type"], meta.get("charset"), body,
                    tuple(meta.get("redirects", ())))

    def _store(self, page: Page) -> None:
        paths = self._cache_paths(page.url)
        if paths is None:
            return
        body_path, meta_path = paths
        meta = {"url": strip_credentials(page.url), "final_url": strip_credentials(page.final_url),
                "status": page.status, "content_type": page.content_type, "charset": page.charset,
                "redirects": [strip_credentials(u) for u in page.redirects],
                "sha256": hashlib.sha256(page.body).hexdigest(), "fetched_at": time.strftime(
                    "%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "biaslens_version": __version__}
        for path, data in ((body_path, page.body), (meta_path, json.dumps(meta, indent=1).encode("utf-8"))):
            tmp = path.with_name(path.name + f".{os.getpid()}.{threading.get_ident()}.tmp")
            tmp.write_bytes(data)
            os.replace(tmp, path)

    # ------------------------------------------------------------------ politeness
    def _host_slot(self, host: str) -> threading.Semaphore:
        with self._lock:
            slot = self._slots.get(host)
            if slot is None:
                slot = self._slots[host] = threading.Semaphore(self.per_host)
            return slot

    def _wait_turn(self, host: str, delay: float) -> None:
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next_start.get(host, now))
            self._next_start[host] = start + delay
        if start > now:
            time.sleep(start - now)

    # ------------------------------------------------------------------ API
    def page(self, url: str) -> Page:
        """One page, from the cache when it holds it, else fetched politely."""
        cached = self._cached(url)
        if cached is not None:
            return cached
        delay = self.delay
        if self.robots is not None:
            _fetch.check_url(url)  # a bad URL gets its own error, not one about its robots.txt
            rules = self.robots.check(url, strip_credentials(url.strip()) or url)
            delay = max(delay, rules.crawl_delay)
        page = self._polite(url, delay, lambda: _fetch.fetch(url, self.settings))
        self._store(page)
        return page

    def _polite(self, url: str, delay: float, get: Callable[[], Page]) -> Page:
        host = (urllib.parse.urlsplit(url).hostname or "").lower()
        with self._host_slot(host):
            self._wait_turn(host, delay)
            return get()

    def _robots_body(self, robots_url: str) -> bytes:
        """A robots.txt, fetched politely (it counts as a request to its host)."""
        return self._polite(robots_url, self.delay, lambda: _fetch.fetch_robots(robots_url, self.settings)).body

    def document(self, url: str) -> Document:
        """Fetch a page and extract its article."""
        return page_document(self.page(url), max_bytes=self.settings.max_bytes)

    def fetch_many(self, urls: Iterable[str], *, threads: int = 8,
                   convert: Callable[[Page], object] | None = None,
                   lookahead: int = 64) -> Iterator[tuple[str, object | BaseException]]:
        """Fetch URLs in parallel across hosts, politely per host, yielding
        (url, result or the exception) in input order. `convert` turns a Page
        into the result (default: the Document). At most `lookahead` URLs are
        in flight, so memory stays bounded for long lists."""
        convert = convert or (lambda page: page_document(page, max_bytes=self.settings.max_bytes))

        def job(u: str):
            return convert(self.page(u))

        pending: list[tuple[str, Future]] = []
        with ThreadPoolExecutor(max_workers=max(1, threads), thread_name_prefix="biaslens-fetch") as pool:
            it = iter(urls)
            exhausted = False
            while True:
                while not exhausted and len(pending) < lookahead:
                    try:
                        u = next(it)
                    except StopIteration:
                        exhausted = True
                        break
                    pending.append((u, pool.submit(job, u)))
                if not pending:
                    return
                u, fut = pending.pop(0)
                try:
                    yield u, fut.result()
                except BaseException as exc:  # reported per URL, never fatal to the run
                    yield u, exc
