"""Short forms of organisation names: which one-word or shorter name stands for an organisation named in
full before ("Lumora" of "Lumora Inc.", "Rovers" of "Riverside Rovers"), and which word of a name never does
("Michigan" of "University of Michigan"). Used by `coref` when it links a candidate to a group."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .namekeys import name_tokens

if TYPE_CHECKING:
    from .coref import Group
    from .mentions import Candidate


def after_of(g: Group, key: str) -> bool:
    """Whether the word stands after "of" or "for" in one of the group's names ("University of Michigan")."""
    for written in g.names:
        if " of " in written or " for " in written:  # (most names have neither: no tokens read)
            name = name_tokens(written)
            if key in name and not _OF_FOR_SET.isdisjoint(name[:name.index(key)]):
                return True
    return False


_OF_FOR_SET = frozenset({"of", "for"})


def short_business(g: Group, c: Candidate) -> bool:
    """Whether a candidate is a business's name without its last words ("Lumora" of "Lumora Inc.",
    "Crane Ridge" of "Crane Ridge Capital"): the group is nothing but an institution, the candidate
    no person, and its words begin one of the group's names. Asked only when no other group shares a
    word with the candidate ("Trump" beside Donald Trump and the Trump Organization: the person's)."""
    if g.human or len(g.types) != 1 or "institution" not in g.types or c.type not in (None, "institution"):
        return False
    ck = c.keys
    return any(len(k) > len(ck) and (k[:len(ck)] == ck and k[len(ck):] != _PARTY or _club_tail(k, ck))
               for k in map(name_tokens, g.names))


def _club_tail(name: tuple[str, ...], ck: tuple[str, ...]) -> bool:
    """A one-word candidate that ends a two-word name after its place ("Rovers" of "Riverside Rovers",
    "Athletic" of "Northfield Athletic"): how a club or a body is called once named in full."""
    return len(ck) == 1 and len(name) == 2 and name[1] == ck[0]


_PARTY = ("party",)  # "Republican" is a member or an adjective, not the Republican Party
