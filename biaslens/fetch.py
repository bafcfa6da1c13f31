"""Fetching articles over HTTP(S): a first, careful version.

Only http and https; a timeout; a size limit checked while reading; a
User-Agent naming biaslens; addresses that resolve to loopback, private,
link-local or reserved networks refused unless allowed (server-side request
forgery protection for newsroom services). The page goes to
`ingest.read_html` for main-text extraction.
"""

from __future__ import annotations

import ipaddress
import socket
import urllib.error
import urllib.parse
import urllib.request

from ._version import __version__
from .errors import FetchError
from .ingest import read_html
from .types import Document

USER_AGENT = f"biaslens/{__version__} (+https://pypi.org/project/biaslens/)"
HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def check_url(url: str, *, allow_private: bool) -> urllib.parse.SplitResult:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(f"{url}: only http and https URLs are supported, not {parts.scheme or 'no'} scheme",
                         url=url)
    if not parts.hostname:
        raise FetchError(f"{url}: the URL has no host name", url=url)
    if not allow_private:
        try:
            infos = socket.getaddrinfo(parts.hostname, parts.port or 80, proto=socket.IPPROTO_TCP)
        except socket.gaierror as exc:
            raise FetchError(f"{url}: could not resolve host {parts.hostname} ({exc.strerror})", url=url) from None
        for info in infos:
            ip = ipaddress.ip_address(info[4][0])
            if not ip.is_global:
                raise FetchError(f"{url}: refused: {parts.hostname} resolves to the non-public address {ip} "
                                 "(use --allow-private to fetch from private networks)", url=url)
    return parts


def fetch_document(url: str, *, max_bytes: int, timeout: float, allow_private: bool) -> Document:
    check_url(url, allow_private=allow_private)
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            ctype = resp.headers.get_content_type()
            if ctype not in HTML_TYPES:
                raise FetchError(f"{url}: not an HTML page (content type {ctype})", url=url)
            data = resp.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise FetchError(f"{url}: the page is over the size limit of {max_bytes:,} bytes", url=url)
            charset = resp.headers.get_content_charset()
            final = resp.geturl()
    except urllib.error.HTTPError as exc:
        raise FetchError(f"{url}: HTTP {exc.code} {exc.reason}", url=url, status=exc.code) from None
    except urllib.error.URLError as exc:
        raise FetchError(f"{url}: could not connect ({exc.reason})", url=url) from None
    except TimeoutError:
        raise FetchError(f"{url}: timed out after {timeout:g} s", url=url) from None
    from .ingest import decode

    text, enc = decode(data, name=url, declared=charset)
    return read_html(text, url=final, name=url, encoding=enc)
