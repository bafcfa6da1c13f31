"""Reading and judging an HTTP response for `biaslens.fetch`: the bounded body, the error lines.

The body is read in chunks, decompressed (gzip, deflate) with bounded
``zlib`` calls and refused as soon as it passes the size limit, so a
compression bomb stops at the limit too; the deadline is checked between
chunks. Every failure is a `FetchError` with one line naming the URL.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import zlib

from .errors import FetchError
from .pages import FetchSettings


def network_error(url: str, exc: BaseException | None, settings: FetchSettings) -> FetchError:
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


def deadline_error(url: str, settings: FetchSettings) -> FetchError:
    return FetchError(f"{url}: timed out (the whole fetch took over {settings.total:g} s)", url=url)


def _inflater(url: str, encoding: str):
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return zlib.decompressobj()
    if encoding in ("", "identity"):
        return None
    raise FetchError(f"{url}: unsupported content encoding {encoding!r}", url=url)


def read_body(url: str, resp: http.client.HTTPResponse, settings: FetchSettings, deadline: float,
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
            raise deadline_error(url, settings)
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
    if not truncate:
        _check_whole(url, resp, declared, inflater, chunks)
    return b"".join(chunks)


def _check_whole(url: str, resp: http.client.HTTPResponse, declared: str | None, inflater, chunks) -> None:
    """Refuse a body the server cut short: fewer bytes than its Content-Length (http.client's `read(n)`
    returns b"" when the connection closes early, as at the end), or a compressed stream without its end.
    Analysing the part that came would silently lose the rest of the article."""
    left = getattr(resp, "length", None)
    if left and declared and declared.isdigit():
        got = int(declared) - left
        raise FetchError(f"{url}: the connection closed before the whole page arrived ({got:,} of "
                         f"{int(declared):,} bytes)", url=url, status=resp.status)
    if inflater is not None and chunks and not inflater.eof:
        raise FetchError(f"{url}: the compressed body is cut short (the connection closed early)", url=url,
                         status=resp.status)


def charset(content_type: str) -> str | None:
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def http_error(url: str, resp: http.client.HTTPResponse, note: str = "") -> FetchError:
    status, reason = resp.status, (resp.reason or "").strip()
    extra = ""
    if status in (429, 503):
        retry = (resp.getheader("Retry-After") or "").strip()
        if retry.isdigit():
            extra = f" (retry after {int(retry)} s)"
        elif retry:
            extra = f" (retry after {retry})"
    return FetchError(f"{url}: HTTP {status} {reason}".rstrip() + extra + note, url=url, status=status)
