"""The options that several commands share, each declared once, and the helpers that turn
them into the one `Settings` of a command (and its `Analyzer`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .cli_report import make_analyzer, make_settings  # noqa: F401 - the commands' helpers, kept importable here

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
