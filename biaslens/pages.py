"""What a fetch is set up with (`FetchSettings`), what it returns (`Page`), and the page cache.

A leaf module: `biaslens.fetch` builds on it and re-exports its names.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from ._version import __version__
from .errors import InputError
from .ingest import strip_credentials
from .retry import DEFAULT_BACKOFF, DEFAULT_MAX_WAIT, DEFAULT_RETRIES
from .settings import DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_PAGE_BYTES, DEFAULT_TIMEOUT

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


class PageCache:
    """A folder of fetched pages: ``<sha256 of the URL>.body`` and ``.json`` (final URL,
    status, content type, charset, redirects, sha256 of the body, time), replayed exactly."""

    def __init__(self, folder: str | os.PathLike) -> None:
        self.folder = Path(folder)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"{self.folder}: cache directory could not be created ({exc.strerror})") from None

    def _paths(self, url: str) -> tuple[Path, Path]:
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        return self.folder / f"{key}.body", self.folder / f"{key}.json"

    def get(self, url: str) -> Page | None:
        """The stored page for this URL, or None (absent, unreadable, or its body changed)."""
        paths = self._paths(url)
        if not paths[1].exists():
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

    def put(self, page: Page) -> None:
        """Store a page (body and metadata), each file written atomically."""
        body_path, meta_path = self._paths(page.url)
        meta = {"url": strip_credentials(page.url), "final_url": strip_credentials(page.final_url),
                "status": page.status, "content_type": page.content_type, "charset": page.charset,
                "redirects": [strip_credentials(u) for u in page.redirects],
                "sha256": hashlib.sha256(page.body).hexdigest(), "fetched_at": time.strftime(
                    "%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "biaslens_version": __version__}
        for path, data in ((body_path, page.body), (meta_path, json.dumps(meta, indent=1).encode("utf-8"))):
            tmp = path.with_name(path.name + f".{os.getpid()}.{threading.get_ident()}.tmp")
            tmp.write_bytes(data)
            os.replace(tmp, path)
