"""Tokens: the one tokenizer every stage and every lexicon shares.

A token is a number ("1,700", "95%"), a word with inner hyphens or
apostrophes ("so-called", "Iran's", also typed with an opening mark: "Iran‘s"),
or a single punctuation mark. Its *key* is the lower-cased form with curly
apostrophes straightened; lexicon
terms are tokenized the same way, so matching is a lookup on keys.
"""

from __future__ import annotations

import re
from itertools import accumulate
from operator import itemgetter
from typing import NamedTuple

# a name's generational suffixes, as keys (written with a stop: "Ferdinand Marcos Jr.")
NAME_SUFFIXES = frozenset({"jr", "sr"})
# lower-case particles that open a surname with a hyphen ("al-Assad", "el-Sisi"): such a word is a name's
NAME_PARTICLES = frozenset({"al", "el", "ad", "ash", "as", "az", "ibn", "bin", "abu"})


def particle_name(word: str) -> bool:
    """Whether a lower-case word is a surname opened by a particle and a hyphen ("al-Assad")."""
    p, dash, rest = word.partition("-")
    return bool(dash) and rest[:1].isupper() and p in NAME_PARTICLES


# Possessive quantifiers (``++``, ``*+``): a token never needs to give back what its greedy
# parts took (everything after the first part is optional), so the engine keeps no
# backtracking points; the tokens are the same as with plain quantifiers.
_CAMEL = re.compile(r"[A-Z][a-z]{2,}(?:[A-Z][a-z]+|[A-Z]{1,3})")
_CAMEL_SURNAMES = ("Mac", "Fitz", "Del", "Van", "Von", "Dos", "Das")  # "MacArthur", "DelBene": a surname's prefix


def camel_case(word: str) -> bool:
    """One word of two capitalised words run together, the first of three letters or more (FactSet,
    BlackRock, PayPal, YouTube): a business's name, not a person's ("McDonald", "DeSantis", "LaGuardia"
    have shorter prefixes; "MacArthur", "DelBene" and their kin are left out)."""
    return _CAMEL.fullmatch(word) is not None and not word.startswith(_CAMEL_SURNAMES)


ACRONYM_MAX = 6  # letters of an organisation's acronym ("GM", "NAACP", "UNESCO")


def acronym(word: str) -> bool:
    """A word of two to six capital letters and nothing else ("GM", "NHTSA", "UNESCO")."""
    return 2 <= len(word) <= ACRONYM_MAX and word.isupper() and word.isalpha()


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


# In tokens joined by single spaces, a punctuation token (one character that is neither a word
# character nor whitespace) is such a character right after a space, or the very first one: tokens
# hold no whitespace, and every other token begins with a word character.
_SPACED_PUNCTUATION = re.compile(r" [^\w ]")


def sentence_tokens(text: str, offset: int = 0) -> tuple[list[str], tuple[str, ...], list[int], int]:
    """A sentence's tokens, their keys, their start offsets (shifted by `offset`) and its word
    count, from one split: what `keys_of`, `starts_of` and `count_word_tokens` give, with the
    tokens joined once for both the keys and the word count (tests compare the two forms)."""
    parts = _SPLIT_RE.split(text)
    words = parts[1::2]
    if not words:
        return words, (), [], 0
    joined = " ".join(words)
    first = joined[0]  # (a word character: `\w` is exactly `isalnum()` or "_")
    n_words = len(words) - len(_SPACED_PUNCTUATION.findall(joined)) - (not (first.isalnum() or first == "_"))
    joined = joined.lower().replace("’", "'")
    if "‘" in joined:
        joined = joined.replace("‘", "'")
    return words, tuple(joined.split(" ")), list(accumulate(map(len, parts), initial=offset))[1:-1:2], n_words


def tokenize(text: str, offset: int = 0) -> tuple[Token, ...]:
    """Tokens of `text` with offsets shifted by `offset`."""
    return tuple(Token(m.group(), m.start() + offset, m.end() + offset, norm(m.group()))
                 for m in TOKEN_RE.finditer(text))


def count_words(text: str) -> int:
    """Word and number tokens in `text` (punctuation excluded)."""
    return len(WORD_RE.findall(text))
