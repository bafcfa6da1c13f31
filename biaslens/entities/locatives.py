"""Places by where they are named: a one-word name with no other evidence (no title, organisation word or
listed place) that the writer names only after a word of place ("in rural Nebraska ... live in Nebraska",
"grew up in small-town Ohio") is a place, not an organisation. States and provinces are left out of
places.txt because they speak as governments; named this way they speak for no one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .coref import Group

_LAST_WORD = re.compile(r"([\w-]+)\s*$")
_LOOK_BACK = 24  # characters before a mention read for its lead word


def located(groups: Sequence[Group], text: str, leads: frozenset[str]) -> None:
    """Votes "place" for each untyped one-word entity that every mention of which follows a lead word of
    `leads` (place_leads.txt: as written, lower case)."""
    for g in groups:
        if g.types or g.human or g.gender is not None or not g.starts or len(g.names) != 1 or " " in g.names[0]:
            continue
        if all(_place_lead(text, s, leads) for s in g.starts):
            g.vote("place")


def _place_lead(text: str, start: int, leads: frozenset[str]) -> bool:
    m = _LAST_WORD.search(text, max(0, start - _LOOK_BACK), start)
    return m is not None and m.group(1) in leads


# prepositions of place: a name right after one is where something is ("stores in Ohio", "a business owner in
# Clifton"), not who speaks or is described
LOCATIVES = frozenset({"in", "at", "near", "across", "outside", "inside", "throughout", "around", "from", "into"})


def after_locative(text: str, start: int) -> bool:
    """Whether a preposition of place stands right before the name at `start`."""
    before = text[max(0, start - 12):start].split()
    return bool(before) and before[-1].lower() in LOCATIVES
