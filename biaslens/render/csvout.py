"""CSV rendering: the columns of biaslens.columns, safe to open in a spreadsheet.

Cells that begin with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
would be run as formulas by spreadsheet programs (CSV injection). Unless
`raw` is set, such a cell gets a leading apostrophe, except genuine numbers
("-3.5" stays a number).
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Iterable
from typing import Any, TextIO

_NUMBER = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$")
_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any, *, raw: bool = False) -> Any:
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
        return value
    s = str(value)
    if not raw and s.startswith(_TRIGGERS) and not _NUMBER.match(s):
        return "'" + s
    return s


def write_rows(out: TextIO, rows: Iterable[dict[str, Any]], columns: list[str], *, header: bool = True,
               raw: bool = False) -> int:
    w = csv.writer(out, lineterminator="\n")
    if header:
        w.writerow(columns)
    n = 0
    for row in rows:
        w.writerow([cell(row.get(c), raw=raw) for c in columns])
        n += 1
    return n


def render_csv(report, level: str = "sentence", *, raw: bool = False, article_id: str | None = None) -> str:
    from ..columns import names

    buf = io.StringIO()
    write_rows(buf, report.rows(level, article_id=article_id), names(level), raw=raw)
    return buf.getvalue()
