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
  checked (`biaslens.proxy`); connections in `biaslens.transport`;
- only HTML (and plain text) content types; PDF, images, JSON and the like
  get a clear error; the charset comes from the header, else the page's meta
  tag, else detection (`ingest.decode`).

Every failure raises `FetchError` with one line naming the URL and the
reason (and `status` for HTTP errors), which the CLI prints and batch runs
write to ``errors.csv``.

`Fetcher` (in `biaslens.fetcher`, importable from here too) adds what batch
runs need: an optional cache directory (a page is fetched once and replayed
from disk, for reproducibility and resumed runs), polite parallel fetching
(`fetch_many`: a per-host concurrency limit and a minimum delay between
requests to one host, parallel across hosts, results in input order), and
robots.txt (`biaslens.robots`).
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import urllib.parse
import zlib
from dataclasses import dataclass, field, replace

from ._version import __version__
from .errors import FetchError
from .ingest import strip_credentials
from .netcheck import resolve  # looked up here at each request (tests patch it)
from .proxy import Proxy, proxy_addresses, proxy_for
from .retry import DEFAULT_BACKOFF, DEFAULT_MAX_WAIT, DEFAULT_RETRIES, decide
from .transport import PinnedHTTPConnection, PinnedHTTPSConnection, TunnelError, Watchdog, ssl_context

USER_AGENT = f"biaslens/{__version__} (news analysis; +https://pypi.org/project/biaslens/)"
DEFAULT_MAX_PAGE_BYTES = 10 * 1024 * 1024
DEFAULT_CONNECT_TIMEOUT = 10.0
DEFAULT_READ_TIMEOUT = 20.0
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
    # 429 and 503 are tried again (biaslens.retry): at most `retries` times, waiting Retry-After
    # or a backoff of 1 s, 2 s...; never longer than `max_retry_wait` nor past the deadline.
    retries: int = DEFAULT_RETRIES
    retry_backoff: float = DEFAULT_BACKOFF
    max_retry_wait: float = DEFAULT_MAX_WAIT
    # HTTP_PROXY / HTTPS_PROXY / NO_PROXY from the environment (biaslens.proxy); False: always direct.
    trust_env: bool = True


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

def _request_headers(host: str, parts: urllib.parse.SplitResult, settings: FetchSettings) -> dict[str, str]:
    host_header = host if parts.port is None else f"{host}:{parts.port}"
    if ":" in host and not host.startswith("["):
        host_header = f"[{host}]" if parts.port is None else f"[{host}]:{parts.port}"
    return {"Host": host_header, "User-Agent": settings.user_agent,
            "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5,*/*;q=0.1",
            "Accept-Encoding": "gzip, deflate", "Connection": "close"}


def _one_request(url: str, parts: urllib.parse.SplitResult, settings: FetchSettings, deadline: float,
                 dog: Watchdog):
    host = parts.hostname or ""
    https = parts.scheme.lower() == "https"
    port = parts.port or (443 if https else 80)
    proxy = proxy_for(parts, url, trust_env=settings.trust_env)
    # The target is checked whether or not a proxy carries the request (see biaslens.proxy);
    # only a proxied fetch with private addresses allowed needs no local lookup at all.
    if proxy is not None and settings.allow_private:
        addresses: list[str] = []  # the proxy resolves the name, and there is nothing to check
    else:
        addresses = _target_addresses(url, host, port, settings, proxy)
    target = urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))
    headers = _request_headers(host, parts, settings)
    tunnel = None
    if proxy is not None:
        addresses = proxy_addresses(proxy, url)
        auth = {"Proxy-Authorization": proxy.authorization} if proxy.authorization else {}
        if https:
            tunnel = (host, port, {"User-Agent": settings.user_agent, **auth})
        else:  # absolute form, without any user:password of the URL
            target = urllib.parse.urlunsplit(("http", headers["Host"], parts.path or "/", parts.query, ""))
            headers.update(auth)
    last_exc: Exception | None = None
    for address in addresses[:3]:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        timeouts = (min(settings.connect_timeout, remaining), settings.read_timeout)
        conn = _connection(https, host, port, address, timeouts, dog, proxy, tunnel)
        try:
            conn.connect()
        except TunnelError as exc:
            conn.close()
            raise FetchError(f"{url}: the proxy {proxy.shown} refused the tunnel ({exc})", url=url,
                             status=exc.status) from None
        except (ConnectionRefusedError, TimeoutError, OSError) as exc:
            conn.close()
            last_exc = exc
            continue
        try:
            conn.putrequest("GET", target, skip_host=True, skip_accept_encoding=True)
            for name, value in headers.items():
                conn.putheader(name, value)
            conn.endheaders()
            return conn, conn.getresponse()
        except Exception:
            conn.close()
            raise
    if proxy is not None and last_exc is not None:
        why = str(_network_error(url, last_exc, settings)).removeprefix(f"{url}: ")
        raise FetchError(f"{url}: could not reach the proxy {proxy.shown}: {why}", url=url)
    raise _network_error(url, last_exc, settings) if last_exc else FetchError(f"{url}: timed out", url=url)


def _target_addresses(url: str, host: str, port: int, settings: FetchSettings, proxy: Proxy | None) -> list[str]:
    try:
        return resolve(url, host, port, allow_private=settings.allow_private)
    except FetchError as exc:
        if proxy is None or "DNS lookup" not in str(exc):
            raise
        raise FetchError(f"{exc}; through a proxy too, the name must resolve here so that its address can be "
                         "checked (--allow-private skips the check and the lookup)", url=url) from None


def _connection(https: bool, host: str, port: int, address: str, timeouts: tuple[float, float], dog: Watchdog,
                proxy: Proxy | None, tunnel) -> http.client.HTTPConnection:
    """A connection pinned to `address`: the target's, or the proxy's when one is used."""
    via = {"address_port": proxy.port, "tunnel": tunnel} if proxy is not None else {}
    if https:
        return PinnedHTTPSConnection(host, port, address, *timeouts, dog, context=ssl_context(), **via)
    return PinnedHTTPConnection(host, port, address, *timeouts, dog, **via)


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


def _inflater(url: str, encoding: str):
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return zlib.decompressobj()
    if encoding in ("", "identity"):
        return None
    raise FetchError(f"{url}: unsupported content encoding {encoding!r}", url=url)


def _read_body(url: str, resp: http.client.HTTPResponse, settings: FetchSettings, deadline: float,
               truncate: bool = False) -> bytes:
    """Read, decompress and size-check the body in chunks. Over the size limit, the page is
    refused, or with `truncate` (robots.txt) cut at the limit."""
    encoding = (resp.getheader("Content-Encoding") or "").strip().lower()
    inflater = _inflater(url, encoding)
    limit = settings.max_bytes
    declared = resp.getheader("Content-Length")
    if not truncate and inflater is None and declared and declared.isdigit() and int(declared) > limit:
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
            if truncate:
                chunks.append(chunk[:len(chunk) - (size - limit)])
                break
            raise FetchError(f"{url}: the page is over the size limit of {limit:,} bytes", url=url)
        chunks.append(chunk)
    return b"".join(chunks)


def fetch(url: str, settings: FetchSettings | None = None) -> Page:
    """Fetch one page with every check in the module docstring. Raises FetchError.
    The whole fetch, redirects and retries included, ends within `settings.total` seconds."""
    return _guarded(url, settings or FetchSettings(), robots=False)


def fetch_robots(url: str, settings: FetchSettings | None = None) -> Page:
    """Fetch a robots.txt the same careful way: any content type, the body cut at
    `biaslens.robots.ROBOTS_MAX_BYTES` (or the page limit when lower) instead of refused."""
    from .robots import ROBOTS_MAX_BYTES

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
            raise _deadline_error(shown, settings) from None
        raise
    except Exception as exc:
        raise (_deadline_error(shown, settings) if dog.fired else _network_error(shown, exc, settings)) from None
    finally:
        dog.cancel()


def _fetch(url: str, shown: str, settings: FetchSettings, deadline: float, dog: Watchdog, robots: bool) -> Page:
    current = url.strip()
    seen = [current]
    retried = 0
    while len(seen) <= settings.max_redirects + 1:
        parts = check_url(current)
        conn, resp = _one_request(shown, parts, settings, deadline, dog)
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
                    raise _http_error(shown, resp, note)
                conn.close()
                time.sleep(wait)
                retried += 1
                continue
            ctype = (resp.getheader("Content-Type") or "").split(";")[0].strip().lower()
            if not robots and ctype and ctype not in HTML_TYPES and ctype not in TEXT_TYPES:
                raise FetchError(f"{shown}: not a web page (content type {ctype})", url=shown, status=status)
            charset = _charset(resp.getheader("Content-Type") or "")
            body = _read_body(shown, resp, settings, deadline, truncate=robots)
            if dog.fired:  # the shutdown ended the body early: it is cut, not complete
                raise _deadline_error(shown, settings)
            return Page(url, current, status, ctype or "text/html", charset, body, tuple(seen[1:]))
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


def _charset(content_type: str) -> str | None:
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _http_error(url: str, resp: http.client.HTTPResponse, note: str = "") -> FetchError:
    status, reason = resp.status, (resp.reason or "").strip()
    extra = ""
    if status in (429, 503):
        retry = (resp.getheader("Retry-After") or "").strip()
        if retry.isdigit():
            extra = f" (retry after {int(retry)} s)"
        elif retry:
            extra = f" (retry after {retry})"
    return FetchError(f"{url}: HTTP {status} {reason}".rstrip() + extra + note, url=url, status=status)


def __getattr__(name: str):
    """`Fetcher` and `page_document` live in `biaslens.fetcher`; importing them from here keeps working."""
    if name in ("Fetcher", "page_document"):
        from . import fetcher

        return getattr(fetcher, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
