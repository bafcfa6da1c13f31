"""The name candidate record of `mentions`: a slotted class with the interface of the named tuple it was.

Python 3.11 specialises the read of a slot (`c.start`: about 26 instructions) but no read of a named
tuple's field (a generic look-up of its `_tuplegetter`, about 170), and the entities stage reads its
candidates' fields about a thousand times an article. The record still unpacks, indexes, compares,
hashes and `_replace`s as the tuple did.
"""

from __future__ import annotations

from ..types import Span

_alloc = object.__new__


class Candidate:
    """A name as found in one sentence, before linking."""

    __slots__ = ("sentence", "start", "end", "np_start", "name", "keys", "roles", "role_classes", "type", "gender",
                 "strong", "descriptors", "initial")
    _fields = __slots__

    sentence: int
    start: int  # the name's offsets (titles excluded)
    end: int
    np_start: int  # where the noun phrase begins (titles and descriptors included)
    name: str
    keys: tuple[str, ...]
    roles: tuple[str, ...]
    role_classes: frozenset[str]
    type: str | None
    gender: str | None
    strong: bool
    descriptors: tuple[Span, ...]
    initial: bool  # the sentence's first word: capitalised for grammar, not as a name

    def __init__(self, sentence: int, start: int, end: int, np_start: int, name: str, keys: tuple[str, ...],
                 roles: tuple[str, ...], role_classes: frozenset[str], type: str | None,  # noqa: A002
                 gender: str | None, strong: bool, descriptors: tuple[Span, ...], initial: bool = False) -> None:
        (self.sentence, self.start, self.end, self.np_start, self.name, self.keys, self.roles, self.role_classes,
         self.type, self.gender, self.strong, self.descriptors, self.initial) = (
            sentence, start, end, np_start, name, keys, roles, role_classes, type, gender, strong, descriptors, initial)

    def _values(self) -> tuple:
        return (self.sentence, self.start, self.end, self.np_start, self.name, self.keys, self.roles,
                self.role_classes, self.type, self.gender, self.strong, self.descriptors, self.initial)

    def _replace(self, **changes) -> Candidate:
        c = new_candidate(self._values())
        for field, value in changes.items():
            setattr(c, field, value)
        return c

    def __iter__(self):
        return iter(self._values())

    def __getitem__(self, k):
        return self._values()[k]

    def __len__(self) -> int:
        return len(self.__slots__)

    def __eq__(self, other) -> bool:
        if isinstance(other, Candidate):
            return self._values() == other._values()
        return self._values() == other if isinstance(other, tuple) else NotImplemented

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return "Candidate(" + ", ".join(f"{f}={v!r}" for f, v in zip(self.__slots__, self._values(), strict=True)) + ")"

    def __reduce__(self):
        return (Candidate, self._values())


def new_candidate(values: tuple) -> Candidate:
    """A Candidate from all its fields, in order (no call of `__init__`, no keyword handling)."""
    c = _alloc(Candidate)
    (c.sentence, c.start, c.end, c.np_start, c.name, c.keys, c.roles, c.role_classes, c.type, c.gender, c.strong,
     c.descriptors, c.initial) = values
    return c
