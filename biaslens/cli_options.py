"""The options that several commands share, each declared once, and the helpers that turn
them into the one `Settings` of a command (and its `Analyzer`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .settings import (
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_DELAY,
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_PAGE_BYTES,
    DEFAULT_PER_HOST,
    DEFAULT_TIMEOUT,
)

LexiconOpt = Annotated[list[Path] | None, typer.Option(
    "--lexicon", "-l", help="An extra lexicon CSV (adds or overrides terms); repeatable.")]
MaxBytesOpt = Annotated[int, typer.Option("--max-bytes", min=1, help="Refuse inputs larger than this many bytes.")]
AllowPrivateOpt = Annotated[bool, typer.Option(
    "--allow-private/--no-allow-private",
    help="Allow URLs on loopback/private networks (refused by default: SSRF protection).")]
TimeoutOpt = Annotated[float, typer.Option("--timeout", min=0.1, help="Time limit for fetching a URL (connect, "
                                                                  "headers and body), seconds.")]
ConnectTimeoutOpt = Annotated[float, typer.Option("--connect-timeout", min=0.1,
                                                  help="Connect timeout for URLs, seconds.")]
MaxPageBytesOpt = Annotated[int, typer.Option("--max-page-bytes", min=1, help="Refuse web pages larger than this.")]
CacheOpt = Annotated[Path | None, typer.Option("--cache", help="Keep fetched pages in this folder and reuse "
                                                               "them (reproducible runs, no refetching).")]
PerHostOpt = Annotated[int, typer.Option("--per-host", min=1, help="At most this many requests to one "
                                                                   "host at a time.")]
DelayOpt = Annotated[float, typer.Option("--delay", min=0.0, help="Seconds between two requests to one host.")]
IgnoreRobotsOpt = Annotated[bool, typer.Option("--ignore-robots", help="Fetch URLs even where the site's "
                                                                       "robots.txt disallows it.")]


def make_settings(*, max_bytes: int = DEFAULT_MAX_BYTES, allow_private: bool = False,
                  timeout: float = DEFAULT_TIMEOUT, connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
                  max_page_bytes: int = DEFAULT_MAX_PAGE_BYTES, cache: Path | None = None,
                  per_host: int = DEFAULT_PER_HOST, delay: float = DEFAULT_DELAY, ignore_robots: bool = False):
    """The one `Settings` of a command, from its options (the Opt types above)."""
    from .settings import Settings

    return Settings(max_bytes=max_bytes, allow_private_urls=allow_private, timeout=timeout,
                    connect_timeout=connect_timeout, max_page_bytes=max_page_bytes, cache=cache,
                    per_host=per_host, delay=delay, robots=not ignore_robots)


def make_analyzer(lexicons: list[Path] | None, settings):
    from .analyzer import Analyzer

    return Analyzer(lexicons or (), settings=settings)
