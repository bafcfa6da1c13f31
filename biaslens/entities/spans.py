"""Quoted speech as merged, sorted spans: is an offset inside it (one bisect)?"""

from __future__ import annotations

from bisect import bisect_right

from ..types import Attributed


class SpeechSpans:
    """The quotations (longer than a scare quote) and reported content of an article, merged.
    Names inside them are the speaker's words, not the writer's mentions."""

    __slots__ = ("starts", "ends")

    def __init__(self, attributed: Attributed, reported: bool = True) -> None:
        """`reported` False: the quotations alone, without the reported content of indirect speech."""
        spans = {(q.start, q.end) for q in attributed.quotes if q.n_words > 4}
        for att in attributed.attributions if reported else ():
            if att.content:
                spans.update(att.content)
        starts: list[int] = []
        ends: list[int] = []
        for a, b in sorted(spans):
            if ends and a <= ends[-1]:
                if b > ends[-1]:
                    ends[-1] = b
            else:
                starts.append(a)
                ends.append(b)
        self.starts, self.ends = starts, ends

    def __contains__(self, pos: int) -> bool:
        k = bisect_right(self.starts, pos) - 1
        return k >= 0 and pos < self.ends[k]

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans that overlap [start, end)."""
        k = max(0, bisect_right(self.starts, start) - 1)
        out = []
        while k < len(self.starts) and self.starts[k] < end:
            if self.ends[k] > start:
                out.append((self.starts[k], self.ends[k]))
            k += 1
        return out
