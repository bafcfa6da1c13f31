"""Tokens: the one tokenizer every stage and every lexicon shares.

A token is a number ("1,700", "95%"), a word with inner hyphens or
apostrophes ("so-called", "Iran's"), or a single punctuation mark. Its
*key* is the lower-cased form with curly apostrophes straightened; lexicon
terms are tokenized the same way, so matching is a lookup on keys.
"""

from __future__ import annotations

import re
from typing import NamedTuple

TOKEN_RE = re.compile(r"\d+(?:[.,:]\d+)*%?|\w+(?:[-'’]\w+)*|[^\w\s]")
WORD_RE = re.compile(r"\d+(?:[.,:]\d+)*%?|\w+(?:[-'’]\w+)*")


class Token(NamedTuple):
    """A token with its character offsets. `norm` is its key."""

    text: str
    start: int
    end: int
    norm: str


def norm(word: str) -> str:
    """The matching key of a token: lower case, curly apostrophe straightened."""
    return word.lower().replace("’", "'")


def keys(text: str) -> tuple[str, ...]:
    """The keys of all tokens of `text`, in order (one C-level regex pass)."""
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two ("İ"): tokenize the original
        return tuple(norm(t) for t in TOKEN_RE.findall(text))
    return tuple(TOKEN_RE.findall(low.replace("’", "'")))


def tokenize(text: str, offset: int = 0) -> tuple[Token, ...]:
    """Tokens of `text` with offsets shifted by `offset`."""
    return tuple(Token(m.group(), m.start() + offset, m.end() + offset, norm(m.group()))
                 for m in TOKEN_RE.finditer(text))


def locate(text: str, words: list[str], offset: int = 0) -> list[int]:
    """Start offsets of `words` (the tokens of `text`, in order), shifted by
    `offset`. Only whitespace lies between two tokens, so each is the first
    occurrence after the previous one."""
    out, pos = [], 0
    find = text.find
    for w in words:
        i = find(w, pos)
        out.append(offset + i)
        pos = i + len(w)
    return out


def count_words(text: str) -> int:
    """Word and number tokens in `text` (punctuation excluded)."""
    return len(WORD_RE.findall(text))
