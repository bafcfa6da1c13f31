"""textstat's sentence count of a passage (the one the Flesch formulas divide by), counted here.

textstat (``counts.count_sentences``) cuts a passage with the pattern
``\\b[^.!?]+[.!?]*`` and leaves out every piece of at most two words, each
piece's words counted by ``count_words`` (punctuation removed, then a split at
whitespace). Every piece costs textstat three cached calls and two regex
substitutions; the answer only needs to know whether the piece has three words.

Removing punctuation never removes whitespace, so each whitespace chunk of a piece
gives at most one word, and it gives one exactly when it holds a word character
(``\\w``): the characters removed are those that are neither word characters nor
whitespace, and apostrophes not followed by a contraction's letters (which are
word characters). So a piece has three words when three of its chunks hold a word
character, which the first three chunks nearly always settle.

`checked` returns `count` when it agrees with textstat on probe passages (see
`biaslens.readability.prepare`), else textstat's own function.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

_PIECE = re.compile(r"\b[^.!?]+[.!?]*")  # textstat's pattern (re.UNICODE is the default for str)
_WORD_CHAR = re.compile(r"\w").search


def _three_words(piece: str) -> bool:
    """Whether textstat's count_words(piece) is more than two."""
    first = piece.split(None, 3)  # the first three are whole chunks; a fourth item is the rest
    if len(first) < 3:
        return False
    if _WORD_CHAR(first[0]) and _WORD_CHAR(first[1]) and _WORD_CHAR(first[2]):
        return True
    return sum(1 for chunk in piece.split() if _WORD_CHAR(chunk)) > 2


def count(text: str) -> int:
    """textstat.sentence_count(text): the pieces of `text`, less those of at most two words, at least 1."""
    if not text:
        return 0
    pieces = _PIECE.findall(text)
    return max(1, len(pieces) - sum(1 for p in pieces if not _three_words(p)))


def checked(probes: Iterable[str]) -> Callable[[str], int]:
    """`count` when it gives textstat's answer on every probe (and every piece of them), else textstat's."""
    import textstat

    for probe in probes:
        for text in (probe, *_PIECE.findall(probe), *probe.split(". ")):
            if count(text) != textstat.sentence_count(text):
                return textstat.sentence_count  # pragma: no cover - a textstat that counts differently
    return count
