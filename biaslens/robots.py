"""robots.txt for fetches: read once per site (scheme, host, port) for a run, then obeyed.

The file is fetched through the same careful path as pages (`biaslens.fetch`:
SSRF checks, redirects re-checked, the ``--timeout`` deadline, proxies,
retries), any content type, at most `ROBOTS_MAX_BYTES` (longer files are
read up to that: RFC 9309 asks parsers for at least 500 KiB), and parsed by
`urllib.robotparser` for the product token ``biaslens``. What the answer
means, after RFC 9309:

- 2xx: its rules apply (``Disallow``, ``Allow``; ``Crawl-delay`` raises the
  delay between two requests to that host, capped at `CRAWL_DELAY_CAP`);
- 4xx (401 and 403 too): no rules, everything may be fetched;
- 5xx (after the retries): the site is unreachable for this run, nothing on
  it is fetched;
- a network failure (refused, reset, timed out, DNS, a refused address):
  treated as no rules; the page request that follows then fails with its own
  precise error. (RFC 9309 would assume a complete disallow here; reporting
  the page's own error is more useful and the page is not fetched anyway
  when the host is down.)

Decisions are kept for `MAX_AGE` (24 h, as the RFC advises), so a long-lived
Analyzer (the HTTP service) reads a site's robots.txt again once a day.
"""

from __future__ import annotations

import threading
import time
import urllib.parse
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass

from .errors import FetchError

ROBOTS_MAX_BYTES = 512 * 1024
CRAWL_DELAY_CAP = 30.0
MAX_AGE = 24 * 3600.0
PRODUCT_TOKEN = "biaslens"


class RobotsError(FetchError):
    """robots.txt does not let biaslens fetch this URL."""

    kind = "robots"


@dataclass(frozen=True)
class Rules:
    """What one site's robots.txt says, as read once."""

    robots_url: str
    parser: urllib.robotparser.RobotFileParser | None  # None: no rules (4xx, network failure)
    refusal: str | None = None  # set when nothing may be fetched (a 5xx answer)
    read_at: float = 0.0

    def allows(self, url: str) -> bool:
        if self.refusal is not None:
            return False
        return self.parser is None or self.parser.can_fetch(PRODUCT_TOKEN, url)

    @property
    def crawl_delay(self) -> float:
        if self.parser is None:
            return 0.0
        try:
            delay = float(self.parser.crawl_delay(PRODUCT_TOKEN) or 0)
        except (TypeError, ValueError):
            return 0.0
        return min(max(delay, 0.0), CRAWL_DELAY_CAP)


def robots_url(url: str) -> str:
    """The robots.txt URL of the site a URL is on (credentials dropped)."""
    parts = urllib.parse.urlsplit(url.strip())
    host = parts.hostname or ""
    netloc = f"[{host}]" if ":" in host else host
    if parts.port is not None:
        netloc += f":{parts.port}"
    return urllib.parse.urlunsplit((parts.scheme.lower(), netloc, "/robots.txt", "", ""))


def parse_rules(where: str, body: bytes) -> Rules:
    parser = urllib.robotparser.RobotFileParser(where)
    parser.parse(body.decode("utf-8", errors="replace").splitlines())
    parser.modified()  # can_fetch() answers False until the parser knows it has read something
    return Rules(where, parser, read_at=time.monotonic())


class Robots:
    """The robots.txt decisions of one run, per site, thread-safe.

    get: fetches a robots.txt URL and returns its body, raising FetchError
        (with `status` for HTTP errors) when it cannot.
    """

    def __init__(self, get: Callable[[str], bytes], *, max_age: float = MAX_AGE) -> None:
        self._get = get
        self._max_age = max_age
        self._lock = threading.Lock()
        self._rules: dict[str, Rules] = {}
        self._site_locks: dict[str, threading.Lock] = {}

    def rules(self, url: str) -> Rules:
        """The rules of the site `url` is on, read on first use (one thread reads, others wait)."""
        where = robots_url(url)
        with self._lock:
            lock = self._site_locks.setdefault(where, threading.Lock())
        with lock:
            known = self._rules.get(where)
            if known is not None and time.monotonic() - known.read_at < self._max_age:
                return known
            rules = self._read(where)
            self._rules[where] = rules
            return rules

    def _read(self, where: str) -> Rules:
        now = time.monotonic()
        try:
            return parse_rules(where, self._get(where))
        except FetchError as exc:
            status = exc.status or 0
            if 500 <= status <= 599:
                return Rules(where, None, refusal=f"{where} answered HTTP {status}", read_at=now)
            return Rules(where, None, read_at=now)

    def check(self, url: str, shown: str) -> Rules:
        """The site's rules; raises RobotsError when they do not allow `url`."""
        rules = self.rules(url)
        if rules.allows(url):
            return rules
        if rules.refusal is not None:
            raise RobotsError(f"{shown}: not fetched: {rules.refusal}, which means the site may not be "
                              "crawled for now (use --ignore-robots to fetch it anyway)", url=shown)
        raise RobotsError(f"{shown}: disallowed by {rules.robots_url} for {PRODUCT_TOKEN} "
                          "(use --ignore-robots to fetch it anyway)", url=shown)
