"""Fetching articles over HTTP(S), carefully, for `biaslens report URL` and batch URL lists.

What a page fetch guarantees (`fetch`):

- only ``http`` and ``https``; any other scheme is refused;
- every address a host name resolves to is checked, and unless private
  addresses are allowed, loopback, private, link-local (cloud metadata at
  169.254.169.254), shared, reserved and multicast addresses are refused
  (server-side request forgery), IPv6 forms carrying such an IPv4 address
  (mapped, NAT64, 6to4, compatible) too (`biaslens.netcheck`); a
  ``user:password@`` in the URL never reaches a report, the cache's metadata
  or an error message. The connection goes to the very address
  that was checked (no second DNS lookup, so DNS rebinding cannot swap it);
- at most 5 redirects, each re-checked the same way; a loop is reported;
- separate connect and read timeouts plus an overall deadline on the whole
  fetch (by default the read timeout: `--timeout T` ends any fetch, however
  slowly the server drips its bytes, after about T seconds);
- the body is read in chunks and refused as soon as it passes the size limit
  (after decompression: gzip and deflate are handled, so a compression bomb
  stops at the limit too);
- a User-Agent naming biaslens and its version;
- HTTP 429 and 503 tried again, at most twice, after ``Retry-After`` or a
  backoff, within the same deadline (`biaslens.retry`);
- proxies from ``HTTP_PROXY``/``HTTPS_PROXY``/``NO_PROXY``, the target still
  checked (`biaslens.proxy`); one request in `biaslens.request`, its
  connection in `biaslens.transport`;
- only HTML (and plain text) content types; PDF, images, JSON and the like
  get a clear error; the charset comes from the header, else the page's meta
  tag, else detection (`ingest.decode`).

Every failure raises `FetchError` with one line naming the URL and the
reason (and `status` for HTTP errors), which the CLI prints and batch runs
write to ``errors.csv``.

`Fetcher` adds what batch
runs need: an optional cache directory (a page is fetched once and replayed
from disk, for reproducibility and resumed runs), polite parallel fetching
(`fetch_many`: a per-host concurrency limit and a minimum delay between
requests to one host, parallel across hosts, results in input order), and
robots.txt (`biaslens.robots`).
"""

from __future__ import annotations

import http.client
import os
import re
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace

from .errors import ExtractionError, FetchError, InputError
from .ingest import strip_credentials
from .netcheck import resolve  # in __all__ (`biaslens.fetch.resolve`); requests look it up in `request`
from .pages import (
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_MAX_PAGE_BYTES,
    DEFAULT_READ_TIMEOUT,
    HTML_TYPES,
    MAX_REDIRECTS,
    TEXT_TYPES,
    USER_AGENT,
    FetchSettings,
    Page,
    PageCache,
)
from .request import one_request
from .responses import charset, deadline_error, http_error, network_error, read_body
from .retry import decide
from .robots import ROBOTS_MAX_BYTES, Robots
from .transport import Watchdog
from .types import Document

__all__ = ["DEFAULT_CONNECT_TIMEOUT", "DEFAULT_MAX_PAGE_BYTES", "DEFAULT_READ_TIMEOUT", "HTML_TYPES", "MAX_REDIRECTS",
           "TEXT_TYPES", "USER_AGENT", "FetchSettings", "Fetcher", "Page", "PageCache", "check_url", "fetch",
           "fetch_robots", "fetch_settings_for", "fetcher_for", "page_document", "resolve"]
_REDIRECTS = frozenset({301, 302, 303, 307, 308})



# --------------------------------------------------------------------------- URL form

_URL_SPACE = re.compile(r"[\s\x00-\x1f\x7f]")


def check_url(url: str) -> urllib.parse.SplitResult:
    """Parse and check a URL's form (scheme, host). Raises FetchError."""
    if not isinstance(url, str) or not url.strip():
        raise FetchError("empty URL", url=str(url))
    if _URL_SPACE.search(url.strip()):
        raise FetchError(f"{url}: the URL holds a space or a control character (percent-encode it)", url=url)
    try:
        parts = urllib.parse.urlsplit(url.strip())
    except ValueError as exc:  # "http://[::1": an unclosed IPv6 address
        raise FetchError(f"{url}: not a valid URL ({exc})", url=url) from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(f"{url}: only http and https URLs can be fetched, not {scheme or 'a URL without'}"
                         f"{':' if scheme else ' scheme'}", url=url)
    if not parts.hostname:
        raise FetchError(f"{url}: the URL has no host name", url=url)
    try:
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        raise FetchError(f"{url}: invalid port", url=url) from None
    return parts


def fetch(url: str, settings: FetchSettings | None = None) -> Page:
    """Fetch one page with every check in the module docstring. Raises FetchError.
    The whole fetch, redirects and retries included, ends within `settings.total` seconds."""
    return _guarded(url, settings or FetchSettings(), robots=False)


def fetch_robots(url: str, settings: FetchSettings | None = None) -> Page:
    """Fetch a robots.txt the same careful way: any content type, the body cut at
    `biaslens.robots.ROBOTS_MAX_BYTES` (or the page limit when lower) instead of refused."""
    settings = settings or FetchSettings()
    return _guarded(url, replace(settings, max_bytes=min(settings.max_bytes, ROBOTS_MAX_BYTES)), robots=True)


def _guarded(url: str, settings: FetchSettings, *, robots: bool) -> Page:
    deadline = time.monotonic() + settings.total
    dog = Watchdog(settings.total)
    shown = strip_credentials(url.strip()) or url  # errors never repeat a password
    try:
        return _fetch(url, shown, settings, deadline, dog, robots)
    except FetchError:
        if dog.fired:
            raise deadline_error(shown, settings) from None
        raise
    except Exception as exc:
        raise (deadline_error(shown, settings) if dog.fired else network_error(shown, exc, settings)) from None
    finally:
        dog.cancel()


def _fetch(url: str, shown: str, settings: FetchSettings, deadline: float, dog: Watchdog, robots: bool) -> Page:
    current = url.strip()
    seen = [current]
    retried = 0
    while len(seen) <= settings.max_redirects + 1:
        parts = check_url(current)
        conn, resp = one_request(shown, parts, settings, deadline, dog)
        try:
            status = resp.status
            if status in _REDIRECTS:
                current = _redirect(shown, current, resp, seen)
                continue
            if status >= 400:
                wait, note = decide(status, resp.getheader("Retry-After"), retried, retries=settings.retries,
                                    backoff=settings.retry_backoff, max_wait=settings.max_retry_wait,
                                    remaining=deadline - time.monotonic())
                if wait is None:
                    raise http_error(shown, resp, note)
                conn.close()
                time.sleep(wait)
                retried += 1
                continue
            ctype = (resp.getheader("Content-Type") or "").split(";")[0].strip().lower()
            if not robots and ctype and ctype not in HTML_TYPES and ctype not in TEXT_TYPES:
                raise FetchError(f"{shown}: not a web page (content type {ctype})", url=shown, status=status)
            declared = charset(resp.getheader("Content-Type") or "")
            body = read_body(shown, resp, settings, deadline, truncate=robots)
            if dog.fired:  # the shutdown ended the body early: it is cut, not complete
                raise deadline_error(shown, settings)
            return Page(url, current, status, ctype or "text/html", declared, body, tuple(seen[1:]))
        finally:
            conn.close()
    raise FetchError(f"{shown}: too many redirects (more than {settings.max_redirects})", url=shown)


def _redirect(shown: str, current: str, resp: http.client.HTTPResponse, seen: list[str]) -> str:
    """The next URL of a redirect (added to `seen`). Raises FetchError for a loop or no Location."""
    location = resp.getheader("Location")
    if not location:
        raise FetchError(f"{shown}: HTTP {resp.status} redirect without a Location", url=shown, status=resp.status)
    nxt = urllib.parse.urljoin(current, location.strip())
    if nxt in seen:
        chain = " -> ".join(strip_credentials(u) or u for u in seen + [nxt])
        raise FetchError(f"{shown}: redirect loop ({chain})", url=shown, status=resp.status)
    seen.append(nxt)
    return nxt


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
        doc = replace(doc, url=final)
    return doc


# --------------------------------------------------------------------------- cache and politeness

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
        self._pages = PageCache(cache) if cache else None
        self.cache = self._pages.folder if self._pages is not None else None
        self.per_host = max(1, int(per_host))
        self.delay = max(0.0, float(delay))
        self._lock = threading.Lock()
        self._slots: dict[str, threading.Semaphore] = {}
        self._next_start: dict[str, float] = {}
        self.robots = Robots(self._robots_body) if robots else None

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
        cached = self._pages.get(url) if self._pages is not None else None
        if cached is not None:
            return cached
        delay = self.delay
        if self.robots is not None:
            check_url(url)  # a bad URL gets its own error, not one about its robots.txt
            rules = self.robots.check(url, strip_credentials(url.strip()) or url)
            delay = max(delay, rules.crawl_delay)
        page = self._polite(url, delay, lambda: fetch(url, self.settings))
        if self._pages is not None:
            self._pages.put(page)
        return page

    def _polite(self, url: str, delay: float, get: Callable[[], Page]) -> Page:
        host = (urllib.parse.urlsplit(url).hostname or "").lower()
        with self._host_slot(host):
            self._wait_turn(host, delay)
            return get()

    def _robots_body(self, robots_url: str) -> bytes:
        """A robots.txt, fetched politely (it counts as a request to its host)."""
        return self._polite(robots_url, self.delay, lambda: fetch_robots(robots_url, self.settings)).body

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


def fetch_settings_for(settings) -> FetchSettings:
    """The `FetchSettings` of a `biaslens.settings.Settings` (the connect timeout never above the timeout)."""
    return FetchSettings(allow_private=settings.allow_private_urls, read_timeout=settings.timeout,
                         connect_timeout=min(settings.connect_timeout, settings.timeout), deadline=settings.deadline,
                         max_bytes=settings.max_page_bytes)


def fetcher_for(settings) -> Fetcher:
    """A `Fetcher` with a `Settings`' limits, cache, per-host limit, delay and robots.txt choice."""
    return Fetcher(fetch_settings_for(settings), cache=settings.cache, per_host=settings.per_host,
                   delay=settings.delay, robots=settings.robots)
