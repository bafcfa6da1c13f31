"""Errors biaslens raises on purpose: each carries one line a user can act on.

Every error that means "this input could not be analysed" derives from
`InputError`; the CLI turns it into exit status 1 and a single line on
stderr, and batch runs record it in ``errors.csv`` under `kind`.
"""

from __future__ import annotations


class BiaslensError(Exception):
    """Base class for all errors biaslens raises deliberately."""

    kind = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:  # one line, always
        return " ".join(self.message.split())


class InputError(BiaslensError):
    """The input could not be read or analysed (missing, empty, binary, too large...)."""

    kind = "input"


class EncodingError(InputError):
    """The bytes could not be decoded as text in any supported encoding."""

    kind = "encoding"


class FetchError(InputError):
    """A URL could not be fetched: network failure, HTTP error, refused address."""

    kind = "fetch"

    def __init__(self, message: str, *, url: str | None = None, status: int | None = None) -> None:
        super().__init__(message)
        self.url = url
        self.status = status


class ExtractionError(InputError):
    """An HTML page held no article text that could be extracted."""

    kind = "extraction"


class OutputError(BiaslensError):
    """The output directory cannot be used as asked (exists, not a directory, cannot resume,
    locked by another run, not writable, full)."""

    kind = "output"


class LexiconError(BiaslensError):
    """A lexicon file is malformed; the message names the file and the line."""

    kind = "lexicon"

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        where = f"{path}:{line}: " if path and line else (f"{path}: " if path else "")
        super().__init__(where + message)
        self.path = path
        self.line = line


class LexiconWarning(UserWarning):
    """A lexicon file is valid but should be fixed (it lacks a name or version header)."""
