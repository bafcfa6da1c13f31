"""Text that can always be written: lone surrogates become U+FFFD."""

from __future__ import annotations

import re

_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_surrogates(s: str) -> str:
    """Replace every surrogate code point (U+D800..U+DFFF, which no UTF
    encoding can write) with U+FFFD, one character for one, so offsets into
    the text stay valid; every other character is left unchanged."""
    return _SURROGATE.sub("\ufffd", s) if _SURROGATE.search(s) else s
