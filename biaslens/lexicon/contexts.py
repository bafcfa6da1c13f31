"""A lexicon entry's `unless` column: the neutral contexts in which its term is literal.

Each context is a phrase with ``*`` where the term stands (``sanctions *``,
``* weather``); its words match whole tokens right next to the term, with their
inflections, ``#`` matches any number and ``'s`` any word with a possessive 's
("the worm's *": the noun after a possessor, not the verb). `parse_contexts` reads the column,
`in_context` tests a match against it.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Sequence

from ..errors import LexiconError
from ..tokens import TOKEN_RE, norm
from .inflect import inflections

# A neutral context: the keys allowed at each position before the term, and after it
# (a set of word forms, or "any number" for the context word "#").
Context = tuple[tuple[Container[str], ...], tuple[Container[str], ...]]


def tokenize_term(term: str) -> tuple[str, ...]:
    """The token keys of a term or context phrase, as sentences are keyed."""
    return tuple(norm(m.group()) for m in TOKEN_RE.finditer(term))


def parse_contexts(spec: str, term: str, *, path: str = "<lexicon>", line: int | None = None) -> tuple[Context, ...]:
    """The `unless` column: ``;``-separated phrases with ``*`` for the term
    ("sanctions *; * weather"). Each context word also stands for its inflections."""
    out: list[Context] = []
    for raw in spec.split(";"):
        raw = raw.strip()
        if not raw:
            continue
        if raw.count("*") != 1:
            raise LexiconError(f"unless context {raw!r} of {term!r} must mark the term's place with one *",
                               path=path, line=line)
        left, _, right = raw.partition("*")
        before, after = _context_words(left), _context_words(right)
        if not before and not after:
            raise LexiconError(f"unless context {raw!r} of {term!r} has no words besides *", path=path, line=line)
        out.append((before, after))
    return Unless(out) if out else ()


class Unless(tuple):
    """An entry's `unless` contexts (a tuple of them), with the words that can stand right
    before the term (`left`) or right after it (`right`) in any of them. Every context has a
    word on at least one side, so a match with neither neighbour is in none of them: two set
    lookups decide most matches. None when a context has ``#`` (any number) there."""

    left: frozenset[str] | None
    right: frozenset[str] | None

    def __new__(cls, contexts: Iterable[Context]) -> Unless:
        self = super().__new__(cls, contexts)
        self.left = _neighbours(before[-1] for before, _ in self if before)
        self.right = _neighbours(after[0] for _, after in self if after)
        return self


def _neighbours(slots: Iterable[Container[str]]) -> frozenset[str] | None:
    """All the words the context slots next to a term allow, or None if one allows any number."""
    words: set[str] = set()
    for slot in slots:
        if not isinstance(slot, frozenset):
            return None
        words |= slot
    return frozenset(words)


class _AnyNumber:
    """The context word ``#``: any token that starts with a digit ("lies about 30 miles")."""

    __slots__ = ()

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key[:1].isdigit()


_NUMBER = _AnyNumber()


class _AnyPossessive:
    """The context word ``'s``: any token with a possessive 's ("the worm's gut", "Trump's gut")."""

    __slots__ = ()

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key.endswith("'s")


_POSSESSIVE = _AnyPossessive()


def _context_words(phrase: str) -> tuple[Container[str], ...]:
    """The slots of one side of a context: each word with its inflections, ``#`` any number,
    ``'s`` any possessive."""
    out: list[Container[str]] = []
    for chunk in phrase.split():
        if chunk == "'s":
            out.append(_POSSESSIVE)
        else:
            out.extend(_NUMBER if w == "#" else frozenset(inflections(w)) for w in tokenize_term(chunk))
    return tuple(out)


def in_context(keys: Sequence[str], first: int, end: int, contexts: Iterable[Context]) -> bool:
    """Whether the match keys[first:end] stands in one of `contexts` (its neutral uses)."""
    n = len(keys)
    if isinstance(contexts, Unless) and contexts.left is not None and contexts.right is not None and \
            (not first or keys[first - 1] not in contexts.left) and (end >= n or keys[end] not in contexts.right):
        return False  # neither neighbour can begin a context
    prev = keys[first - 1] if first else None
    nxt = keys[end] if end < n else None
    for before, after in contexts:
        # the word right next to the term first: one set lookup rules out most contexts
        # ("claim" has dozens) before the whole phrase is compared
        if before and (prev is None or prev not in before[-1]) or after and (nxt is None or nxt not in after[0]):
            continue
        b = first - len(before)
        if b < 0 or end + len(after) > n:
            continue
        if (len(before) < 2 or all(keys[b + k] in allowed for k, allowed in enumerate(before))) and \
                (len(after) < 2 or all(keys[end + k] in allowed for k, allowed in enumerate(after))):
            return True
    return False


