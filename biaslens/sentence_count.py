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
character, which the first three chunks nearly always settle. `count` finds the
pieces and tells the long ones in one regex pass (`_PIECES`); `plain_count` is the
same count piece by piece, kept as the reference a test compares it with.

`checked` returns `count` when it agrees with textstat on probe passages (see
`biaslens.readability.prepare`), else textstat's own function.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

_PIECE = re.compile(r"\b[^.!?]+[.!?]*")  # textstat's pattern (re.UNICODE is the default for str)
_WORD_CHAR = re.compile(r"\w").search
# textstat's pieces, each a one-character group when it holds three words (`_three_words`) and
# an empty one when not, so that one pass in C counts them: the same pieces as _PIECE (possessive
# quantifiers: [^.!?] and [.!?] never give back), with a lookahead at each piece's start for three
# whitespace chunks that hold a word character, any chunks without one skipped between them (a
# chunk is either kind, so the lookahead never backtracks either). Only the piece's own characters
# can make up its chunks: whitespace is never [.!?], and the piece ends at its first [.!?] run.
_NOT_WORD = r"[^\s\w.!?]"  # a character of a piece that is neither a word character nor whitespace
_SKIP = rf"(?:{_NOT_WORD}++\s++)*+"  # chunks with no word character, each with the space after it
_WORD = rf"{_NOT_WORD}*+\w[^\s.!?]*+"  # a chunk with a word character
_LONG = rf"\s*+{_SKIP}{_WORD}\s++{_SKIP}{_WORD}\s++{_SKIP}{_NOT_WORD}*+\w"
_PIECES = re.compile(rf"\b(?:(?={_LONG})([^.!?])[^.!?]*+|[^.!?]++)[.!?]*+")


def _three_words(piece: str) -> bool:
    """Whether textstat's count_words(piece) is more than two (the plain form of the lookahead in `_PIECES`)."""
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
    pieces = _PIECES.findall(text)  # "" for a piece of at most two words (the shared empty string)
    return max(1, len(pieces) - pieces.count(""))


def plain_count(text: str) -> int:
    """`count` in its plain form: _PIECE's pieces, each asked `_three_words` (a test checks the two agree)."""
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
