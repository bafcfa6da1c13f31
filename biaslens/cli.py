"""The command line: a thin shell over the library.

Exit status: 0 done; 1 the input could not be analysed (one line on
stderr, no traceback); 2 usage error. Heavy modules load inside commands so
that ``biaslens --help`` starts fast.
"""

from __future__ import annotations

import contextlib
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from . import settings as defaults  # the default limits: defaults.DEFAULT_...
from ._version import __version__
from .cli_options import (
    AllowPrivateOpt,
    CacheOpt,
    ConnectTimeoutOpt,
    DelayOpt,
    IgnoreRobotsOpt,
    LexiconOpt,
    MaxBytesOpt,
    MaxPageBytesOpt,
    PerHostOpt,
    TimeoutOpt,
    make_analyzer,
    make_settings,
)
from .cli_report import internal_error, run_report, say_error, write_output

app = typer.Typer(
    name="biaslens",
    help="Who is quoted in a news story, and which words carry the writer's own slant.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
lexicon_app = typer.Typer(help="Work with lexicon files.", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(lexicon_app, name="lexicon")


class Format(StrEnum):
    text = "text"
    json = "json"
    csv = "csv"
    html = "html"


class Level(StrEnum):
    sentence = "sentence"
    paragraph = "paragraph"
    article = "article"
    entity = "entity"
    term = "term"


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one line on stderr and return the Exit to raise."""
    say_error(message)
    return typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"biaslens {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="Print the version and exit.")] = False) -> None:
    """Who is quoted in a news story, and which words carry the writer's own slant."""


@app.command()
def report(
    input: Annotated[str, typer.Argument(help="A file (.txt, .md, .html), '-' for standard input, or an http(s) URL.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.text,
    level: Annotated[Level, typer.Option("--level", help="Row level for --format csv.")] = Level.sentence,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")] = None,
    lexicon: LexiconOpt = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing output file.")] = False,
    no_color: Annotated[bool, typer.Option("--no-color", help="No colours in the terminal report.")] = False,
    raw_csv: Annotated[bool, typer.Option("--raw-csv", help="Do not neutralise spreadsheet formulas in CSV.")] = False,
    max_bytes: MaxBytesOpt = defaults.DEFAULT_MAX_BYTES,
    allow_private: AllowPrivateOpt = False,
    timeout: TimeoutOpt = defaults.DEFAULT_TIMEOUT,
    connect_timeout: ConnectTimeoutOpt = defaults.DEFAULT_CONNECT_TIMEOUT,
    max_page_bytes: MaxPageBytesOpt = defaults.DEFAULT_MAX_PAGE_BYTES,
    cache: CacheOpt = None,
    ignore_robots: IgnoreRobotsOpt = False,
) -> None:
    """Analyse one article and print a report (text, JSON, CSV or a self-contained HTML page)."""
    run_report(input, format=format.value, level=level.value, output=output, lexicon=lexicon, force=force,
               no_color=no_color, raw_csv=raw_csv, max_bytes=max_bytes, allow_private=allow_private,
               timeout=timeout, connect_timeout=connect_timeout, max_page_bytes=max_page_bytes, cache=cache,
               ignore_robots=ignore_robots)


@lexicon_app.command("check")
def lexicon_check(path: Annotated[Path, typer.Argument(help="The lexicon CSV file to validate.")]) -> None:
    """Validate a lexicon file; name the first bad line. A weight is a plain decimal above 0 and at most 10
    (ASCII digits and an optional point: 1.5, 0.25); a category is a known one or one the header declares
    ('# categories: slurs', counted in slurs_count). A missing '# name:' or '# version:' line is a warning."""
    from .errors import LexiconError
    from .lexicon.check import check_file

    try:
        summary, warnings = check_file(path)
    except LexiconError as exc:
        raise fail(str(exc)) from None
    for message in warnings:
        sys.stderr.write(f"biaslens: warning: {message}\n")
    typer.echo(summary)


@app.command()
def columns(
    level: Annotated[Level | None, typer.Option("--level", help="Only this level.")] = None,
    markdown: Annotated[bool, typer.Option("--markdown", help="As Markdown tables.")] = False,
) -> None:
    """Describe every CSV column: its type and how it is computed (the data dictionary)."""
    from .columns import dictionary_lines

    for line in dictionary_lines(level.value if level is not None else None, markdown=markdown):
        typer.echo(line)


class BatchFormat(StrEnum):
    csv = "csv"
    parquet = "parquet"


class EngineName(StrEnum):
    local = "local"
    dask = "dask"


@app.command()
def batch(
    inputs: Annotated[list[str], typer.Argument(
        help="Files (.txt, .md, .html), directories (searched recursively), list files (.csv with a path, url "
             "or text column; .jsonl; .txt with one path or URL a line) or URLs.", show_default=False)],
    out: Annotated[Path, typer.Option("--out", "-o", help="Directory for the tables and manifest.json.",
                                      show_default=False)],
    workers: Annotated[int | None, typer.Option("--workers", "-w", min=1,
                                                help="Parallel worker processes (default: the CPU count).")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Continue an interrupted run in --out, "
                                                          "skipping the articles already written.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Replace earlier batch output in --out.")] = False,
    format: Annotated[BatchFormat, typer.Option("--format", "-f",
                                                help="csv, or parquet (needs pyarrow).")] = BatchFormat.csv,
    engine: Annotated[EngineName, typer.Option("--engine", help="Where analyses run: local processes, or a "
                                                                "Dask cluster (needs biaslens[dask]).")
                      ] = EngineName.local,
    scheduler: Annotated[str | None, typer.Option(
        "--scheduler", help="Dask scheduler address (tcp://host:8786) for --engine dask; "
                            "without it a local Dask cluster of --workers processes is started.")] = None,
    lexicon: LexiconOpt = None,
    raw_csv: Annotated[bool, typer.Option("--raw-csv", help="Do not neutralise spreadsheet formulas in CSV.")] = False,
    id_field: Annotated[str | None, typer.Option(
        "--id-field", help="The list-file column or JSONL field holding each row's article_id (default: id, "
                           "then doc_id); a row without it is named by its url, path or list line.",
        show_default=False)] = None,
    max_bytes: MaxBytesOpt = defaults.DEFAULT_MAX_BYTES,
    allow_private: AllowPrivateOpt = False,
    timeout: TimeoutOpt = defaults.DEFAULT_TIMEOUT,
    connect_timeout: ConnectTimeoutOpt = defaults.DEFAULT_CONNECT_TIMEOUT,
    max_page_bytes: MaxPageBytesOpt = defaults.DEFAULT_MAX_PAGE_BYTES,
    cache: CacheOpt = None,
    per_host: PerHostOpt = defaults.DEFAULT_PER_HOST,
    delay: DelayOpt = defaults.DEFAULT_DELAY,
    ignore_robots: IgnoreRobotsOpt = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary line.")] = False,
    checkpoint_seconds: Annotated[float, typer.Option("--checkpoint-seconds", min=0.0, hidden=True)] = 1.0,
) -> None:
    """Analyse many articles into articles.csv, paragraphs.csv, sentences.csv, entities.csv, terms.csv,
    errors.csv, manifest.json and summary.html (the corpus charts)."""
    from .batch import make_engine, run_batch
    from .errors import BiaslensError

    if resume and force:
        sys.stderr.write("biaslens: error: --resume and --force contradict each other: choose one\n")
        raise typer.Exit(2)
    from .cli_progress import BatchProgress

    bar = BatchProgress() if sys.stderr.isatty() else None
    try:
        if scheduler and engine is not EngineName.dask:
            raise fail("--scheduler only applies to --engine dask", 2)
        settings = make_settings(max_bytes=max_bytes, allow_private=allow_private, timeout=timeout,
                                 connect_timeout=connect_timeout, max_page_bytes=max_page_bytes, cache=cache,
                                 per_host=per_host, delay=delay, ignore_robots=ignore_robots)
        options = {"scheduler": scheduler} if engine is EngineName.dask else {}
        runner = make_engine(engine.value, workers=workers, **options)
        with bar if bar is not None else contextlib.nullcontext():
            summary = run_batch(inputs, out, lexicons=lexicon or (), engine=runner, resume=resume, force=force,
                                raw_csv=raw_csv, fmt=format.value, settings=settings,
                                progress=bar.update if bar is not None else None,
                                checkpoint_seconds=checkpoint_seconds, id_field=id_field)
    except BiaslensError as exc:
        raise fail(str(exc)) from None
    except KeyboardInterrupt:
        raise fail(f"interrupted; the rows written so far are kept: rerun with --resume --out {out} to "
                   "continue", 130) from None
    _batch_summary(summary, out, quiet)


def _batch_summary(summary, out: Path, quiet: bool) -> None:
    """The one-line summary on stderr; exit 1 when nothing was found or nothing analysed."""
    if summary.already_complete:
        if not quiet:
            sys.stderr.write(f"biaslens: batch: {out} already holds a complete run "
                             f"({summary.ok} articles, {summary.errors} errors); nothing to do\n")
        return
    if not quiet:
        resumed = f", resumed after {summary.skipped}" if summary.skipped else ""
        sys.stderr.write(f"biaslens: batch: {summary.total} inputs, {summary.ok} analysed, {summary.errors} "
                         f"errors{resumed}, {summary.seconds:.1f} s -> {out}\n")
    if summary.total == 0:
        raise fail("no articles found in the inputs (looked for .txt, .md and .html files, list files and URLs)")
    if summary.ok == 0:
        raise fail(f"no article could be analysed; see {out / 'errors.csv'}")


@app.command()
def summary(
    directory: Annotated[Path, typer.Argument(help="A batch output folder (holding articles.csv or .parquet).",
                                              show_default=False)],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of "
                                                                       "DIRECTORY/summary.html.")] = None,
) -> None:
    """(Re)build summary.html, the corpus charts of a batch run, from the tables in DIRECTORY."""
    from .render.summary import write_summary

    if not directory.is_dir():
        raise fail(f"{directory}: is not a directory")
    if not any((directory / f"articles.{ext}").is_file() for ext in ("csv", "parquet")):
        raise fail(f"{directory}: holds no articles.csv or articles.parquet (is it a batch output folder?)")
    try:
        path = write_summary(directory, output)
    except (OSError, ValueError) as exc:
        raise fail(f"{output or directory}: the summary could not be written ({exc})") from None
    typer.echo(str(path))


class CompareFormat(StrEnum):
    text = "text"
    json = "json"


@app.command()
def compare(
    a: Annotated[str, typer.Argument(help="The first article: a file or an http(s) URL.", show_default=False)],
    b: Annotated[str, typer.Argument(help="The second article: a file or an http(s) URL.", show_default=False)],
    format: Annotated[CompareFormat, typer.Option("--format", "-f", help="Output format.")] = CompareFormat.text,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing output file.")] = False,
    lexicon: LexiconOpt = None,
    no_color: Annotated[bool, typer.Option("--no-color", help="No colours.")] = False,
    max_bytes: MaxBytesOpt = defaults.DEFAULT_MAX_BYTES,
    allow_private: AllowPrivateOpt = False,
    timeout: TimeoutOpt = defaults.DEFAULT_TIMEOUT,
    connect_timeout: ConnectTimeoutOpt = defaults.DEFAULT_CONNECT_TIMEOUT,
    max_page_bytes: MaxPageBytesOpt = defaults.DEFAULT_MAX_PAGE_BYTES,
    cache: CacheOpt = None,
) -> None:
    """Two articles side by side: metrics, and the loaded terms and sources each uses that the other does not."""
    import json

    from .compare import compare as compare_reports
    from .errors import BiaslensError

    try:
        settings = make_settings(max_bytes=max_bytes, allow_private=allow_private, timeout=timeout,
                                 connect_timeout=connect_timeout, max_page_bytes=max_page_bytes, cache=cache)
        analyzer = make_analyzer(lexicon, settings)
        ra = analyzer.analyze_input(a)
        rb = analyzer.analyze_input(b)
    except BiaslensError as exc:
        raise fail(str(exc)) from None
    result = compare_reports(ra, rb)
    if format is CompareFormat.json:
        write_output(json.dumps(result.to_dict(), indent=2, ensure_ascii=False) + "\n", output, force=force)
        return
    from .render.comparison import render_comparison

    if output is None:
        render_comparison(result, color=False if (no_color or os.environ.get("NO_COLOR")) else None)
    else:
        import io

        buf = io.StringIO()
        render_comparison(result, buf, color=False, width=120)
        write_output(buf.getvalue(), output, force=force)


def main() -> None:
    """Console-script entry point: never a traceback for expected failures."""
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("biaslens: interrupted\n")
        sys.exit(130)
    except Exception as exc:  # a bug: say so in one line, keep the traceback for debugging
        raise internal_error(exc) from None


class SchemaName(StrEnum):
    report = "report"
    comparison = "comparison"


@app.command()
def schema(
    name: Annotated[SchemaName, typer.Argument(help="report (report --format json) or comparison "
                                                    "(compare --format json).")] = SchemaName.report,
    path: Annotated[bool, typer.Option("--path", help="Print where the schema file is instead.")] = False,
) -> None:
    """Print the JSON Schema (draft 2020-12) of the JSON output, as shipped in the package."""
    from ._schema import schema_path

    file = schema_path(name.value)
    typer.echo(str(file) if path else file.read_text(encoding="utf-8").rstrip("\n"))


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on; any address but loopback "
                                                     "needs a token.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="TCP port.")] = 8000,
    token: Annotated[str | None, typer.Option(
        "--token", envvar="BIASLENS_TOKEN", show_default=False,
        help="Require 'Authorization: Bearer TOKEN' on /v1/analyze (at least 16 characters; prefer the "
             "environment variable, which other users cannot see in the process list).")] = None,
    allow_private: AllowPrivateOpt = False,
    max_body_bytes: Annotated[int, typer.Option("--max-body-bytes", min=1,
                                                help="Refuse request bodies larger than this (413).")
                              ] = 2 * 1024 * 1024,
    max_concurrent: Annotated[int, typer.Option("--max-concurrent", min=1,
                                                help="Analyses at once; more get 503 at once.")] = 4,
    time_limit: Annotated[float, typer.Option("--time-limit", min=0.001,
                                              help="Seconds an analysis may take before the request gets 504.")
                          ] = 60.0,
    lexicon: LexiconOpt = None,
    timeout: TimeoutOpt = defaults.DEFAULT_TIMEOUT,
    connect_timeout: ConnectTimeoutOpt = defaults.DEFAULT_CONNECT_TIMEOUT,
    max_page_bytes: MaxPageBytesOpt = defaults.DEFAULT_MAX_PAGE_BYTES,
    allow_host: Annotated[list[str] | None, typer.Option(
        "--allow-host", help="On loopback, also accept this name in the Host header (a reverse proxy's "
                             "public name); repeatable.")] = None,
    log_level: Annotated[str, typer.Option("--log-level", help="uvicorn's log level.")] = "info",
) -> None:
    """Serve the analyzer over HTTP: POST /v1/analyze, GET /v1/health, a form at /, /openapi.json."""
    from .errors import BiaslensError
    from .service import ServiceLimits, check_binding, require_extra
    from .service import serve as run_server

    try:
        require_extra()
        check_binding(host, token)
        settings = make_settings(allow_private=allow_private, timeout=timeout, connect_timeout=connect_timeout,
                                 max_page_bytes=max_page_bytes)
        analyzer = make_analyzer(lexicon, settings)
    except BiaslensError as exc:
        raise fail(str(exc), 2 if exc.kind == "usage" else 1) from None
    limits = ServiceLimits(max_body_bytes=max_body_bytes, max_concurrent=max_concurrent, time_limit=time_limit)
    run_server(analyzer, host=host, port=port, token=token, limits=limits, log_level=log_level,
               extra_hosts=tuple(allow_host or ()))


if __name__ == "__main__":  # pragma: no cover
    main()
