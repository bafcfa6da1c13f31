"""`biaslens report` without typer: the command's body (shared with the typer command in
`biaslens.cli`) and a reader of its plain arguments, which `biaslens.cli_entry` runs.

typer (with the pydantic adapters it builds for every option when a command runs) costs a
cold `report` about a fifth of its start, more than the analysis of an article.
`parse_report_args` reads the arguments of `biaslens report` when they are plain (one
INPUT, options spelt as `biaslens report --help` lists them, values that typer would
accept as they are); for anything else it answers None and the typer application runs,
with its usual messages. A test checks that `OPTIONS` lists the options of the typer
command, and that both paths print the same.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from . import settings as defaults

FORMATS = ("text", "json", "csv", "html")
LEVELS = ("sentence", "paragraph", "article", "entity", "term")

# option -> (keyword, kind): "flag" sets True, "noflag" sets False; otherwise the option takes
# a value, read by the function of `_VALUES` named by the kind.
OPTIONS: dict[str, tuple[str, str]] = {
    "--format": ("format", "format"), "-f": ("format", "format"),
    "--level": ("level", "level"),
    "--output": ("output", "path"), "-o": ("output", "path"),
    "--lexicon": ("lexicon", "paths"), "-l": ("lexicon", "paths"),
    "--force": ("force", "flag"),
    "--no-color": ("no_color", "flag"),
    "--raw-csv": ("raw_csv", "flag"),
    "--max-bytes": ("max_bytes", "count"),
    "--allow-private": ("allow_private", "flag"), "--no-allow-private": ("allow_private", "noflag"),
    "--timeout": ("timeout", "seconds"),
    "--connect-timeout": ("connect_timeout", "seconds"),
    "--max-page-bytes": ("max_page_bytes", "count"),
    "--cache": ("cache", "path"),
    "--ignore-robots": ("ignore_robots", "flag"),
}
_INT = re.compile(r"[0-9]{1,15}")
_FLOAT = re.compile(r"[0-9]{1,9}(?:\.[0-9]{1,9})?")


def _path(value: str) -> Path | None:
    if not value or (os.path.exists(value) and not os.access(value, os.R_OK)):
        return None  # typer has a message for these
    return Path(value)


def _count(value: str) -> int | None:
    return int(value) if _INT.fullmatch(value) and int(value) >= 1 else None


def _seconds(value: str) -> float | None:
    return float(value) if _FLOAT.fullmatch(value) and float(value) >= 0.1 else None


_VALUES = {
    "format": lambda v: v if v in FORMATS else None,
    "level": lambda v: v if v in LEVELS else None,
    "path": _path, "paths": _path, "count": _count, "seconds": _seconds,
}


def say_error(message: str) -> None:
    """The one line on stderr of a failed command."""
    sys.stderr.write(f"biaslens: error: {' '.join(str(message).split())}\n")
    sys.stderr.flush()


def internal_error(exc: Exception) -> SystemExit:
    """A bug, said in one line (the traceback only with BIASLENS_DEBUG set: then re-raised).
    Call it inside the `except` that caught `exc`; raise what it returns."""
    if os.environ.get("BIASLENS_DEBUG"):
        raise exc
    sys.stderr.write(f"biaslens: internal error: {type(exc).__name__}: {exc} "
                     "(set BIASLENS_DEBUG=1 for a traceback; please report it)\n")
    return SystemExit(1)


def fail(message: str, code: int = 1) -> SystemExit:
    """Print one line on stderr and return the exit to raise."""
    say_error(message)
    return SystemExit(code)


def write_output(content: str, output: Path | None, *, force: bool) -> None:
    """Write to standard output, or atomically to a file (refusing to overwrite without --force)."""
    if output is None or str(output) == "-":
        sys.stdout.write(content)
        sys.stdout.flush()
        return
    if output.exists() and not force:
        raise fail(f"{output}: already exists (use --force to overwrite)")
    if output.is_dir():
        raise fail(f"{output}: is a directory")
    tmp = output.with_name(f".{output.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(content, encoding="utf-8")
        os.replace(tmp, output)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise fail(f"{output}: could not be written ({exc.strerror or exc})") from None


def make_settings(*, max_bytes: int = defaults.DEFAULT_MAX_BYTES, allow_private: bool = False,
                  timeout: float = defaults.DEFAULT_TIMEOUT, connect_timeout: float = defaults.DEFAULT_CONNECT_TIMEOUT,
                  max_page_bytes: int = defaults.DEFAULT_MAX_PAGE_BYTES, cache: Path | None = None,
                  per_host: int = defaults.DEFAULT_PER_HOST, delay: float = defaults.DEFAULT_DELAY,
                  ignore_robots: bool = False):
    """The one `Settings` of a command, from its options (the Opt types of `biaslens.cli_options`)."""
    return defaults.Settings(max_bytes=max_bytes, allow_private_urls=allow_private, timeout=timeout,
                             connect_timeout=connect_timeout, max_page_bytes=max_page_bytes, cache=cache,
                             per_host=per_host, delay=delay, robots=not ignore_robots)


def make_analyzer(lexicons: list[Path] | None, settings):
    from .analyzer import Analyzer

    return Analyzer(lexicons or (), settings=settings)


def _started() -> None:
    """Start-up is over: what it made (modules, lexicons, the analyzer) lives as long as the
    process, so the collector stops walking it (gc.freeze), and collects from here on (the
    console entry point pauses it during start-up)."""
    import gc

    gc.freeze()
    gc.enable()


def run_report(input: str, *, format: str = "text", level: str = "sentence", output: Path | None = None,
               lexicon: list[Path] | None = None, force: bool = False, no_color: bool = False,
               raw_csv: bool = False, max_bytes: int = defaults.DEFAULT_MAX_BYTES, allow_private: bool = False,
               timeout: float = defaults.DEFAULT_TIMEOUT, connect_timeout: float = defaults.DEFAULT_CONNECT_TIMEOUT,
               max_page_bytes: int = defaults.DEFAULT_MAX_PAGE_BYTES, cache: Path | None = None,
               ignore_robots: bool = False) -> None:
    """Analyse one article and print a report (text, JSON, CSV or a self-contained HTML page)."""
    from .errors import BiaslensError

    try:
        settings = make_settings(max_bytes=max_bytes, allow_private=allow_private, timeout=timeout,
                                 connect_timeout=connect_timeout, max_page_bytes=max_page_bytes, cache=cache,
                                 ignore_robots=ignore_robots)
        analyzer = make_analyzer(lexicon, settings)
        _started()
        result = analyzer.analyze_input(input)
    except BiaslensError as exc:
        raise fail(str(exc)) from None
    if format == "json":
        write_output(result.to_json() + "\n", output, force=force)
    elif format == "csv":
        from .render.csvout import render_csv

        write_output(render_csv(result, level, raw=raw_csv), output, force=force)
    elif format == "html":
        from .render.html import render_html

        write_output(render_html(result), output, force=force)
    else:
        from .render.text import render_text

        color = False if (no_color or os.environ.get("NO_COLOR") or output is not None) else None
        if output is None:
            render_text(result, color=color)
        else:
            import io

            buf = io.StringIO()
            render_text(result, buf, color=False, width=120)
            write_output(buf.getvalue(), output, force=force)


def parse_report_args(args: list[str]) -> dict | None:
    """The keywords of `run_report` for the arguments after `report`, or None when typer
    should read them (anything but one INPUT and the options above, given at most once each
    but --lexicon, with values typer would take as they are)."""
    kwargs: dict = {}
    inputs: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        i += 1
        if arg == "-" or not arg.startswith("-"):
            inputs.append(arg)
            continue
        name, eq, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if name not in OPTIONS:
            return None
        key, kind = OPTIONS[name]
        if key in kwargs and kind != "paths":
            return None
        if kind in ("flag", "noflag"):
            if eq:
                return None
            kwargs[key] = kind == "flag"
            continue
        if not eq:
            if i >= len(args):
                return None
            value = args[i]
            i += 1
        parsed = _VALUES[kind](value)
        if parsed is None:
            return None
        if kind == "paths":
            kwargs.setdefault(key, []).append(parsed)
        else:
            kwargs[key] = parsed
    if len(inputs) != 1:
        return None
    return {"input": inputs[0], **kwargs}
