"""The console entry point: a plain `biaslens report` runs without loading typer
(`biaslens.cli_report`); every other command line goes to the typer application (`biaslens.cli`)."""

from __future__ import annotations

import gc
import os
import sys

from .cli_report import internal_error, parse_report_args, run_report


def _plain(argv: list[str]) -> dict | None:
    """The report's keywords when `argv` is a plain `report` invocation this module can run."""
    if len(argv) < 2 or argv[0] != "report":
        return None
    if any(k.startswith("_") and k.endswith("_COMPLETE") for k in os.environ):
        return None  # a shell-completion request: typer answers it
    return parse_report_args(argv[1:])


def main() -> None:
    """Console entry point: a plain `report` runs here; everything else goes to typer (`biaslens.cli`)."""
    kwargs = _plain(sys.argv[1:])
    if kwargs is None:
        from .cli import main as typer_main  # the full command line

        return typer_main()
    # start-up (imports, Analyzer()) makes some 160,000 objects that live as long as the
    # process; the cyclic collector would walk them again and again (a sixth of a cold
    # report's CPU). run_report freezes them and turns the collector back on once the
    # analyzer is built.
    gc.disable()
    try:
        run_report(**kwargs)
    except KeyboardInterrupt:  # as typer does: exit 130, no message
        sys.exit(130)
    except EOFError:
        sys.stderr.write("\nAborted!\n")
        sys.exit(1)
    except BrokenPipeError:  # as typer does: the reader went away (| head)
        _quiet_stdio()
        sys.exit(1)
    except Exception as exc:  # a bug: one line, as biaslens.cli.main says it
        raise internal_error(exc) from None


class _Quiet:
    """Wraps a stream whose reader is gone: flushing at exit raises nothing."""

    def __init__(self, wrapped) -> None:
        self.wrapped = wrapped

    def flush(self) -> None:
        try:
            self.wrapped.flush()
        except BrokenPipeError:
            pass

    def __getattr__(self, attr: str):
        return getattr(self.wrapped, attr)


def _quiet_stdio() -> None:
    sys.stdout = _Quiet(sys.stdout)
    sys.stderr = _Quiet(sys.stderr)
