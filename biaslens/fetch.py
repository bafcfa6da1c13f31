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
- only HTML (and plain text) content types; PDF, images, JSON and the like
  get a clear error; the charset comes from the header, else the page's meta
  tag, else detection (`ingest.decode`).

Every failure raises `FetchError` with one line naming the URL and the
reason (and `status` for HTTP errors), which the CLI prints and batch runs
write to ``errors.csv``.

`Fetcher` adds what batch runs need: an optional cache directory (a page is
fetched once and replayed from disk, for reproducibility and resumed runs),
and polite parallel fetching (`fetch_many`): a per-host concurrency limit and
a minimum delay between requests to one host, parallel across hosts, results
in input order.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import json
import os
import socket
import ssl
import threading
import time
import urllib.parse
import zlib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ._version import __version__
from .errors import ExtractionError, FetchError, InputError
from .ingest import strip_credentials
from .netcheck import resolve  # looked up here at each request (tests patch it)
from .settings import DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_PAGE_BYTES, DEFAULT_TIMEOUT
from .types import Document

USER_AGENT = f"biaslens/{__version__} (news analysis; +https://pypi.org/project/biaslens/)"
DEFAULT_READ_TIMEOUT = DEFAULT_TIMEOUT
MAX_REDIRECTS = 5
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "application/xml", "text/xml"})
TEXT_TYPES = frozenset({"text/plain", "text/markdown"})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True)
class FetchSettings:
    """How pages are fetched. The defaults suit an interactive report."""

    allow_private: bool = False
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT
    read_timeout: float = DEFAULT_READ_TIMEOUT
    # The whole fetch (connect, headers, body, redirects); None: the read timeout, so the
    # one --timeout bounds it all and a server dripping a byte a second cannot outlast it.
    deadline: float | None = None

    @property
    def total(self) -> float:
        """Seconds the whole fetch may take."""
        return self.read_timeout if self.deadline is None else self.deadline
    max_bytes: int = DEFAULT_MAX_PAGE_BYTES
    max_redirects: int = MAX_REDIRECTS
    user_agent: str = USER_AGENT


@dataclass(frozen=True)
class Page:
    """A fetched page: the final URL after redirects, the body and its declared type."""

    url: str
    final_url: str
    status: int
    content_type: str
    charset: str | None
    body: bytes
    redirects: tuple[str, ...] = field(default=())


# --------------------------------------------------------------------------- URL form

def check_url(url: str) -> urllib.parse.SplitResult:
    """Parse and check a URL's form (scheme, host). Raises FetchError."""
    if not isinstance(url, str) or not url.strip():
        raise FetchError("empty URL", url=str(url))
    parts = urllib.parse.urlsplit(url.strip())
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


# --------------------------------------------------------------------------- one request

class _Watchdog:
    """Shuts the current connection's socket down when the fetch's deadline passes.

    Socket timeouts bound each read, not the sum of them: a server sending one
    byte a second never trips them. The shutdown wakes whatever read is blocked
    (status line, headers, body, TLS handshake), and `fired` turns the error
    that follows into a timeout."""

    def __init__(self, seconds: float) -> None:
        self.fired = False
        self._sock: socket.socket | None = None
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(0.0, seconds), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def watch(self, sock: socket.socket) -> None:
        """Watch this socket (http.client drops its own reference before the body is read)."""
        with self._lock:
            self._sock = sock
            fired = self.fired
        if fired:
            self._shutdown(sock)

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            sock = self._sock
        if sock is not None:
            self._shutdown(sock)

    @staticmethod
    def _shutdown(sock: socket.socket) -> None:
        with contextlib.suppress(OSError):
            socket.socket.shutdown(sock, socket.SHUT_RDWR)  # the plain socket's, also under TLS

    def cancel(self) -> None:
        self._timer.cancel()


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to an address already checked, not to whatever DNS says later."""

    def __init__(self, host: str, port: int, address: str, connect_timeout: float, read_timeout: float,
                 dog: _Watchdog | None = None):
        super().__init__(host, port, timeout=connect_timeout)
        self._address = address
        self._read_timeout = read_timeout
        self._dog = dog

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), timeout=self.timeout)
        self.sock.settimeout(self._read_timeout)
        self._watch()

    def _watch(self) -> None:
        if self._dog is not None:
            self._dog.watch(self.sock)


class _PinnedHTTPSConnection(_PinnedHTTPConnection):
    def __init__(self, *args, context: ssl.SSLContext, **kw):
        super().__init__(*args, **kw)
        self._context = context

    def connect(self) -> None:
        super().connect()
        self.sock = self._context.wrap_socket(self.sock, server_hostname=self.host)
        self._watch()


_SSL_CONTEXT: ssl.SSLContext | None = None


def _ssl_context() -> ssl.SSLContext:
    global _SSL_CONTEXT
    if _SSL_CONTEXT is None:
        _SSL_CONTEXT = ssl.create_default_context()
    return _SSL_CONTEXT


def _one_request(url: str, parts: urllib.parse.SplitResult, settings: FetchSettings, deadline: float,
                 dog: _Watchdog):
    host = parts.hostname or ""
    https = parts.scheme.lower() == "https"
    port = parts.port or (443 if https else 80)
    addresses = resolve(url, host, port, allow_private=settings.allow_private)
    path = urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))
    last_exc: Exception | None = None
    for address in addresses[:3]:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        connect_timeout = min(settings.connect_timeout, remaining)
        if https:
            conn: http.client.HTTPConnection = _PinnedHTTPSConnection(
                host, port, address, connect_timeout, settings.read_timeout, dog, context=_ssl_context())
        else:
            conn = _PinnedHTTPConnection(host, port, address, connect_timeout, settings.read_timeout, dog)
        try:
            conn.connect()
        except (ConnectionRefusedError, TimeoutError, OSError) as exc:
            conn.close()
            last_exc = exc
            continue
        host_header = host if parts.port is None else f"{host}:{parts.port}"
        if ":" in host and not host.startswith("["):
            host_header = f"[{host}]" if parts.port is None else f"[{host}]:{parts.port}"
        try:
            conn.putrequest("GET", path, skip_host=True, skip_accept_encoding=True)
            conn.putheader("Host", host_header)
            conn.putheader("User-Agent", settings.user_agent)
            conn.putheader("Accept", "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5,*/*;q=0.1")
            conn.putheader("Accept-Encoding", "gzip, deflate")
            conn.putheader("Connection", "close")
            conn.endheaders()
            return conn, conn.getresponse()
        except Exception:
            conn.close()
            raise
    raise _network_error(url, last_exc, settings) if last_exc else FetchError(f"{url}: timed out", url=url)


def _network_error(url: str, exc: BaseException | None, settings: FetchSettings) -> FetchError:
    if isinstance(exc, ConnectionRefusedError):
        return FetchError(f"{url}: could not connect (connection refused)", url=url)
    if isinstance(exc, ConnectionResetError):
        return FetchError(f"{url}: the connection was reset by the server", url=url)
    if isinstance(exc, TimeoutError | socket.timeout):
        return FetchError(f"{url}: timed out (connect {settings.connect_timeout:g} s, "
                          f"read {settings.read_timeout:g} s)", url=url)
    if isinstance(exc, ssl.SSLError):
        return FetchError(f"{url}: TLS error ({exc.reason or exc})", url=url)
    if isinstance(exc, http.client.HTTPException):
        return FetchError(f"{url}: bad HTTP response ({type(exc).__name__})", url=url)
    if isinstance(exc, OSError):
        return FetchError(f"{url}: network error ({exc.strerror or exc})", url=url)
    return FetchError(f"{url}: could not be fetched ({type(exc).__name__})", url=url)


def _deadline_error(url: str, settings: FetchSettings) -> FetchError:
    return FetchError(f"{url}: timed out (the whole fetch took over {settings.total:g} s)", url=url)


def _read_body(url: str, resp: http.client.HTTPResponse, settings: FetchSettings, deadline: float) -> bytes:
    """Read, decompress and size-check the body in chunks."""
    encoding = (resp.getheader("Content-Encoding") or "").strip().lower()
    if encoding in ("gzip", "x-gzip"):
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        inflater = zlib.decompressobj()
    elif encoding in ("", "identity"):
        inflater = None
    else:
        raise FetchError(f"{url}: unsupported content encoding {encoding!r}", url=url)
    limit = settings.max_bytes
    declared = resp.getheader("Content-Length")
    if inflater is None and declared and declared.isdigit() and int(declared) > limit:
        raise FetchError(f"{url}: the page is {int(declared):,} bytes, over the limit of {limit:,}", url=url)
    chunks: list[bytes] = []
    size = 0
    first_deflate = True
    while True:
        if time.monotonic() > deadline:
            raise _deadline_error(url, settings)
        chunk = resp.read(65536)
        if not chunk:
            break
        if inflater is not None:
            try:
                chunk = inflater.decompress(chunk, limit + 1 - size)
            except zlib.error:
                if encoding == "deflate" and first_deflate:  # raw deflate without zlib header
                    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                    chunk = inflater.decompress(chunk, limit + 1 - size)
                else:
                    raise FetchError(f"{url}: the compressed body is corrupt", url=url) from None
            first_deflate = False
        size += len(chunk)
        if size > limit:
            raise FetchError(f"{url}: the page is over the size limit of {limit:,} bytes", url=url)
        chunks.append(chunk)
    return b"".join(chunks)


def fetch(url: str, settings: FetchSettings | None = None) -> Page:
    """Fetch one page with every check in the module docstring. Raises FetchError.
    The whole fetch, redirects included, ends within `settings.total` seconds."""
    settings = settings or FetchSettings()
    deadline = time.monotonic() + settings.total
    dog = _Watchdog(settings.total)
    shown = strip_credentials(url.strip()) or url  # errors never repeat a password
    try:
        return _fetch(url, shown, settings, deadline, dog)
    except FetchError:
        if dog.fired:
            raise _deadline_error(shown, settings) from None
        raise
    except Exception as exc:
        raise (_deadline_error(shown, settings) if dog.fired else _network_error(shown, exc, settings)) from None
    finally:
        dog.cancel()


def _fetch(url: str, shown: str, settings: FetchSettings, deadline: float, dog: _Watchdog) -> Page:
    current = url.strip()
    seen = [current]
    for _ in range(settings.max_redirects + 1):
        parts = check_url(current)
        conn, resp = _one_request(shown, parts, settings, deadline, dog)
        try:
            status = resp.status
            if status in _REDIRECTS:
                location = resp.getheader("Location")
                if not location:
                    raise FetchError(f"{shown}: HTTP {status} redirect without a Location", url=shown, status=status)
                nxt = urllib.parse.urljoin(current, location.strip())
                if nxt in seen:
                    chain = " -> ".join(strip_credentials(u) or u for u in seen + [nxt])
                    raise FetchError(f"{shown}: redirect loop ({chain})", url=shown, status=status)
                seen.append(nxt)
                current = nxt
                continue
            if status >= 400:
                raise _http_error(shown, resp)
            ctype = (resp.getheader("Content-Type") or "").split(";")[0].strip().lower()
            if ctype and ctype not in HTML_TYPES and ctype not in TEXT_TYPES:
                raise FetchError(f"{shown}: not a web page (content type {ctype})", url=shown, status=status)
            charset = _charset(resp.getheader("Content-Type") or "")
            body = _read_body(shown, resp, settings, deadline)
            if dog.fired:  # the shutdown ended the body early: it is cut, not complete
                raise _deadline_error(shown, settings)
            return Page(url, current, status, ctype or "text/html", charset, body, tuple(seen[1:]))
        finally:
            conn.close()
    raise FetchError(f"{shown}: too many redirects (more than {settings.max_redirects})", url=shown)


def _charset(content_type: str) -> str | None:
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _http_error(url: str, resp: http.client.HTTPResponse) -> FetchError:
    status, reason = resp.status, (resp.reason or "").strip()
    extra = ""
    if status in (429, 503):
        retry = (resp.getheader("Retry-After") or "").strip()
        if retry.isdigit():
            extra = f" (retry after {int(retry)} s)"
        elif retry:
            extra = f" (retry after {retry})"
    return FetchError(f"{url}: HTTP {status} {reason}{extra}".rstrip(), url=url, status=status)


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


# --------------------------------------------------------------------------- cache and politeness

class Fetcher:
    """Fetches pages with an optional on-disk cache and per-host politeness.

    cache: a directory; a page fetched once is stored there (body and
        metadata, written atomically) and replayed afterwards without network.
    per_host: at most this many requests in flight to one host.
    delay: at least this many seconds between the starts of two requests to
        one host.
    Thread-safe: one Fetcher serves all threads of a batch run.
    """

    def __init__(self, settings: FetchSettings | None = None, *, cache: str | os.PathLike | None = None,
                 per_host: int = 2, delay: float = 1.0) -> None:
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

    def _wait_turn(self, host: str) -> None:
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next_start.get(host, now))
            self._next_start[host] = start + self.delay
        if start > now:
            time.sleep(start - now)

    # ------------------------------------------------------------------ API
    def page(self, url: str) -> Page:
        """One page, from the cache when it holds it, else fetched politely."""
        cached = self._cached(url)
        if cached is not None:
            return cached
        host = (urllib.parse.urlsplit(url).hostname or "").lower()
        slot = self._host_slot(host)
        with slot:
            self._wait_turn(host)
            page = fetch(url, self.settings)
        self._store(page)
        return page

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
