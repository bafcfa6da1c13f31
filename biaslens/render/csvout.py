"""CSV rendering: the columns of biaslens.columns, safe to open in a spreadsheet.

Two rules, applied to every cell and every header name alike:

- **Quoting.** A field is quoted when it holds a comma, a double quote or
  any control or line-breaking character (``\\r``, ``\\n``, tab, the other C0
  and C1 controls, U+2028, U+2029). Readers that end a row at a bare
  carriage return (spreadsheets, pandas) therefore never split a cell, so
  no part of a cell can start a row of its own. Other fields are written
  as they are (the bytes of ordinary rows do not change).
- **Neutralising.** A cell that begins with ``=``, ``+``, ``-``, ``@``, a
  tab or a carriage return, or with one of ``=+-@`` after leading
  whitespace or control characters, would be run as a formula by
  spreadsheet programs (CSV injection). Unless `raw` is set, such a cell
  gets a leading apostrophe, except genuine numbers ("-3.5" stays a number).

Lone surrogates (which no UTF encoding can write) become U+FFFD, one for one.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Iterable
from typing import Any, TextIO

from ..textsafe import replace_surrogates

_NUMBER = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$")
_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# whitespace and control characters a spreadsheet may skip before reading a formula
_LEADING_BLANKS = re.compile(r"^[\s\x00-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff]+")
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_NEEDS_QUOTES = re.compile(r'[",\x00-\x1f\x7f-\x9f\u2028\u2029]')


def _formula_like(s: str) -> bool:
    if s.startswith(_TRIGGERS):
        return True
    if s[:1].isalnum():
        return False
    blanks = _LEADING_BLANKS.match(s)
    return blanks is not None and s.startswith(_TRIGGERS[:4], blanks.end())


def neutralise(s: str) -> str:
    """`s` with an apostrophe in front when a spreadsheet would run it as a formula."""
    return "'" + s if s and _formula_like(s) and not _NUMBER.match(s) else s


def cell(value: Any, *, raw: bool = False) -> str:
    """One CSV cell: booleans as true/false, None as empty, floats without noise, text neutralised."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return ""
        return repr(round(value, 6))
    if isinstance(value, int):
        return str(value)
    s = str(value)
    if not s.isascii():
        s = replace_surrogates(s)
    return s if raw else neutralise(s)


def _field(s: str) -> str:
    return '"' + s.replace('"', '""') + '"' if _NEEDS_QUOTES.search(s) else s


def format_row(cells: list[str]) -> str:
    """One CSV line (``\\n``-terminated) of already formatted cells, quoted as the module docstring says."""
    if len(cells) == 1 and cells[0] == "":
        return '""\n'  # a row of one empty field must not read back as no row at all
    return ",".join(map(_field, cells)) + "\n"


def header_line(columns: list[str], *, raw: bool = False) -> str:
    """The header row: column names go through the same rules as cells."""
    return format_row([cell(c, raw=raw) for c in columns])


def write_rows(out: TextIO, rows: Iterable[dict[str, Any]], columns: list[str], *, header: bool = True,
               raw: bool = False) -> int:
    if header:
        out.write(header_line(columns, raw=raw))
    fast = csv.writer(out, lineterminator="\n")  # the same bytes as format_row when no cell holds a control
    n = 0
    for row in rows:
        cells = [cell(row.get(c), raw=raw) for c in columns]
        if _CONTROLS.search("".join(cells)):
            out.write(format_row(cells))
        else:
            fast.writerow(cells)
        n += 1
    return n


def render_csv(report, level: str = "sentence", *, raw: bool = False, article_id: str | None = None) -> str:
    buf = io.StringIO()
    write_rows(buf, report.rows(level, article_id=article_id), report.columns(level), raw=raw)
    return buf.getvalue()
