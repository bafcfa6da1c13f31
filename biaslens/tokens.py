"""Tokens: the one tokenizer every stage and every lexicon shares.

A token is a number ("1,700", "95%"), a word with inner hyphens or
apostrophes ("so-called", "Iran's", also typed with an opening mark: "Iran‘s"),
or a single punctuation mark. Its *key* is the lower-cased form with curly
apostrophes straightened; lexicon
terms are tokenized the same way, so matching is a lookup on keys.
"""

from __future__ import annotations

import re
from itertools import accumulate, chain
from operator import itemgetter
from typing import NamedTuple

# Possessive quantifiers (``++``, ``*+``): a token never needs to give back what its greedy
# parts took (everything after the first part is optional), so the engine keeps no
# backtracking points; the tokens are the same as with plain quantifiers.
TOKEN_RE = re.compile(r"\d++(?:[.,:]\d++)*+%?|\w++(?:[-'’‘]\w++)*+|[^\w\s]")
WORD_RE = re.compile(r"\d+(?:[.,:]\d+)*%?|\w+(?:[-'’‘]\w+)*")
# TOKEN_RE as one group: split() returns [gap, token, gap, token, ..., gap], so a
# single C-level pass gives the tokens and, from the lengths, their offsets.
PLAIN_SPLIT_RE = re.compile(f"({TOKEN_RE.pattern})")
# The same split, written to start with one non-space character: a pattern that opens with a
# character class lets the regex engine skip whitespace in C before it tries a token (TOKEN_RE
# opens with a choice, so every position is tried), and a word, the commonest token, is then
# matched without first failing as a number. The lookbehind picks the branch TOKEN_RE takes
# for that first character: a word character that is not a digit, a word; a digit, a number;
# anything else, the character alone. About a fifth fewer instructions than PLAIN_SPLIT_RE,
# and the same parts (tests/test_types.py compares the two).
_SPLIT_RE = re.compile(r"(\S(?:(?<=[^\W\d])\w*+(?:[-'’‘]\w++)*+|(?<=\d)\d*+(?:[.,:]\d++)*+%?|))")
_NON_WORD = re.compile(r"\W")
_first_char = itemgetter(0)


class Token(NamedTuple):
    """A token with its character offsets. `norm` is its key."""

    text: str
    start: int
    end: int
    norm: str


def norm(word: str) -> str:
    """The matching key of a token: lower case, curly apostrophe straightened."""
    return word.lower().replace("’", "'").replace("‘", "'")


def keys(text: str) -> tuple[str, ...]:
    """The keys of all tokens of `text`, in order."""
    return keys_of(TOKEN_RE.findall(text))


def keys_of(words: list[str]) -> tuple[str, ...]:
    """The keys of tokens (`norm` of each) without a Python loop: tokens never
    contain a space, and lower-casing never makes one."""
    if not words:
        return ()
    joined = " ".join(words).lower().replace("’", "'")
    if "‘" in joined:  # "the president‘s": an opening mark typed as the apostrophe
        joined = joined.replace("‘", "'")
    return tuple(joined.split(" "))


def split_tokens(text: str) -> list[str]:
    """`text` cut into [gap, token, gap, ..., token, gap]: the tokens are
    ``parts[1::2]``; see `starts_of` for their offsets."""
    return _SPLIT_RE.split(text)


def starts_of(parts: list[str], offset: int = 0) -> list[int]:
    """Start offsets of the tokens of `split_tokens` parts, shifted by `offset`."""
    return list(accumulate(map(len, parts), initial=offset))[1:-1:2]


def count_word_tokens(words: list[str]) -> int:
    """How many of `words` (tokens) are word or number tokens: those that begin
    with a word character (`count_words` of their text, without a second regex pass)."""
    return len(words) - len(_NON_WORD.findall("".join(map(_first_char, words))))


# A sentence's tokens through its space-separated pieces ("said," -> "said", ","): a token never
# holds whitespace, and where a token starts and ends depends only on the characters from its
# start to its end (the split pattern's lookbehinds look at its own first character), so the
# tokens of `" ".join(pieces)` are each piece's tokens in turn. Each distinct piece is cut once
# and kept (news reuses its words: after the first articles nearly every piece is known), and
# a sentence is then put together in C: one dictionary lookup a piece for its tokens (joined by
# spaces), their lengths and its word count, one join, one split. `sentence_tokens` is the plain
# `split_tokens` form, exactly (tests/test_types.py compares the two on fuzzed text).
PIECE_MEMO_LIMIT = 100_000  # distinct pieces kept (some 25 MB at most); past it the tables start afresh
_PIECE_MAX = 100  # a longer piece is not kept (its sentence takes the plain form)
# piece -> its tokens joined by single spaces; piece -> each token's length, the last one's plus
# the space after the piece; piece -> how many of its tokens are word or number tokens. A piece
# enters the last table last, and tables that are full are replaced, never emptied, so a thread
# that found its pieces there reads them whatever another thread does meanwhile.
_PIECES: tuple[dict[str, str], dict[str, tuple[int, ...]], dict[str, int]] = ({}, {}, {})
_SHAPES: dict[tuple[int, ...], tuple[int, ...]] = {}  # the distinct length tuples (a few thousand)


def sentence_tokens(text: str, offset: int = 0) -> tuple[list[str], tuple[str, ...], list[int], int]:
    """(words, keys, starts, word count) of `text`: `split_tokens`'s tokens, `keys_of` them,
    `starts_of` them shifted by `offset`, `count_word_tokens` of them."""
    pieces = text.split(" ")
    spaced, advance, count = _PIECES
    try:
        n_words = sum(map(count.__getitem__, pieces))  # (and the test that every piece is known)
    except KeyError:
        tables = _learn(pieces)
        if tables is None:  # a piece is empty (a double space, a space at an end), holds other whitespace or is long
            parts = split_tokens(text)
            words = parts[1::2]
            return words, keys_of(words), starts_of(parts, offset), count_word_tokens(words)
        spaced, advance, count = tables
        n_words = sum(map(count.__getitem__, pieces))
    joined = " ".join(map(spaced.__getitem__, pieces))
    low = joined.lower().replace("’", "'")
    if "‘" in low:
        low = low.replace("‘", "'")
    starts = list(accumulate(chain.from_iterable(map(advance.__getitem__, pieces)), initial=offset))
    starts.pop()  # (the offset past the last piece)
    return joined.split(" "), tuple(low.split(" ")), starts, n_words


def _learn(pieces: list[str]):
    """Cut and keep the pieces not met before, and return the tables that hold them all; None
    when one of them is not kept (empty, holding whitespace other than the space, too long)."""
    global _PIECES
    tables = _PIECES
    spaced, advance, count = tables
    cut: list[tuple[str, list[str]]] = []
    for piece in dict.fromkeys(pieces):
        if piece not in count:
            parts = split_tokens(piece)
            if not piece or len(piece) > _PIECE_MAX or any(parts[::2]):
                return None
            cut.append((piece, parts[1::2]))
    if len(count) + len(cut) > PIECE_MEMO_LIMIT:
        if len(cut) >= PIECE_MEMO_LIMIT:
            return None
        tables = _PIECES = ({}, {}, {})  # full: start afresh (readers keep the old tables)
        return _learn(pieces)
    for piece, words in cut:
        spaced[piece] = piece if len(words) == 1 else " ".join(words)
        lengths = list(map(len, words))
        lengths[-1] += 1
        lengths = tuple(lengths)
        advance[piece] = _SHAPES.setdefault(lengths, lengths)  # shared: most pieces are one short word
        count[piece] = count_word_tokens(words)
    return tables


def tokenize(text: str, offset: int = 0) -> tuple[Token, ...]:
    """Tokens of `text` with offsets shifted by `offset`."""
    return tuple(Token(m.group(), m.start() + offset, m.end() + offset, norm(m.group()))
                 for m in TOKEN_RE.finditer(text))


def count_words(text: str) -> int:
    """Word and number tokens in `text` (punctuation excluded)."""
    return len(WORD_RE.findall(text))
