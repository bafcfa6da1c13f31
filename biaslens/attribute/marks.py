"""The quotation marks of a document, found once (`DocumentMarks`), for `quotes.find_quotes`,
which pairs them paragraph by paragraph.

`MARKS_RE` is what a mark is: every quotation mark, less the apostrophes between two letters
or digits ("Iran’s", "don't"). `find_quotes` skips such a ' ’ or ‘ in every state (with
nothing open, `_is_apostrophe`; as a closing mark, the same test; ‘ never closes), so the regex
drops them before its loop sees them. `[^\\W_]` is exactly `str.isalnum`.

The plain form searches `MARKS_RE` over each paragraph (`MARKS_RE.finditer(text, start, end)`):
a character-class test at every character of the text, and a new search for every paragraph.
`DocumentMarks` gives exactly those matches from one search of the whole text per mark
the text holds. Every branch of `MARKS_RE` opens with a different character, so at any place
at most one branch can match, and the matches of the branches searched one by one, taken
together in order, are its matches: a mark with no test of its neighbours is found by
`str.find`, the three apostrophe-like ones by their branch alone, whose one literal first
character the regex engine finds by a tight loop. What `MARKS_RE` matches at a place depends on
the characters next to it only, and a match is at most two characters long: so the matches
of one paragraph are those of the whole text inside it, except at the paragraph's last
character (where the paragraph's end hides the character after it: matched again there,
within the paragraph) and when a two-character match of the whole text straddles the
paragraph's start (then the paragraph is searched the plain way).
"""

from __future__ import annotations

import re
from bisect import bisect_left

_NOT_BETWEEN_WORDS = r"(?:(?<![^\W_].)|(?![^\W_]))"
# Every branch opens with a literal character, which lets the regex engine jump between
# candidate characters (about twice as fast as a class).
MARKS_RE = re.compile(rf"'(?:'|(?<![^\W_].)|(?![^\W_]))|‘{_NOT_BETWEEN_WORDS}|’{_NOT_BETWEEN_WORDS}"
                      r"|``|\"|“|”|«|»|„|‹|›")
# the marks that are one character, or two of a kind, with no test of their neighbours: found by
# `str.find`; the three others (an apostrophe may stand between two words) by a pattern each,
# `MARKS_RE`'s branch for them
_PLAIN = ("``", '"', "“", "”", "«", "»", "„", "‹", "›")
_ASCII_PLAIN = tuple(c for c in _PLAIN if c.isascii())
_TESTED = {c: re.compile(pattern) for c, pattern in (
    ("'", r"'(?:'|(?<![^\W_].)|(?![^\W_]))"), ("‘", "‘" + _NOT_BETWEEN_WORDS), ("’", "’" + _NOT_BETWEEN_WORDS))}
FIRST_CHARACTERS = frozenset(c[0] for c in _PLAIN) | frozenset(_TESTED)


class DocumentMarks:
    """The matches of `MARKS_RE` in a text as (offset, mark), searched once; `within` gives a
    paragraph's."""

    __slots__ = ("text", "marks", "starts")

    def __init__(self, text: str) -> None:
        self.text = text
        found: list[tuple[int, str]] = []
        ascii_only = text.isascii()
        for mark in _ASCII_PLAIN if ascii_only else _PLAIN:
            i = text.find(mark)
            while i >= 0:
                found.append((i, mark))
                i = text.find(mark, i + len(mark))  # ("```": one mark, then a lone backtick)
        for c in ("'",) if ascii_only else ("'", "‘", "’"):
            if c in text:
                found += [(m.start(), m.group()) for m in _TESTED[c].finditer(text)]
        found.sort()  # (no two marks start at one offset)
        self.marks = found
        self.starts = [i for i, _ in found]

    def within(self, start: int, end: int) -> list[tuple[int, str]]:
        """Exactly the (offset, mark) of `MARKS_RE.finditer(text, start, end)` (see the module)."""
        marks, starts, text = self.marks, self.starts, self.text
        lo = bisect_left(starts, start - 1)
        if lo < len(starts) and starts[lo] == start - 1 and len(marks[lo][1]) > 1:
            # a two-character mark across the start (rare): the paragraph's own search
            return [(m.start(), m.group()) for m in MARKS_RE.finditer(text, start, end)]
        if lo < len(starts) and starts[lo] < start:
            lo += 1
        hi = bisect_left(starts, end - 1, lo)
        found = marks[lo:hi]  # those that start before the last character: as in the whole text
        if end - 1 >= start and text[end - 1] in FIRST_CHARACTERS and not (found and found[-1][0] == end - 2
                                                                            and len(found[-1][1]) > 1):
            last = MARKS_RE.match(text, end - 1, end)  # what the paragraph's end lets match there
            if last is not None:
                found.append((end - 1, last.group()))
        return found
