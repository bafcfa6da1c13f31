"""Surnames that stand alone: a two-word name of unknown kind ("Amara Okafor", no listed given name, no title) whose
last word the text also uses by itself ("Okafor grew up in Lagos") is a person's, named in full and then by
surname, the way news writes people (`coref.link` asks, for the names no other evidence types)."""

from __future__ import annotations

import re
from collections.abc import Sequence


def lone_words(cands: Sequence) -> dict[str, int]:
    """The keys of the one-word name candidates (any position in a sentence), each with its first start."""
    out: dict[str, int] = {}
    for c in cands:
        if len(c.keys) == 1 and c.keys[0] not in out:
            out[c.keys[0]] = c.start
    return out


def surname_alone(c, lone: dict[str, int], taken, places: frozenset[tuple[str, ...]],
                  demonyms: frozenset[tuple[str, ...]], text: str) -> bool:
    """Whether the two-word name of candidate `c` ends in a word the text uses alone as a name, only after it
    (news names a person in full first), when neither word is another entity's yet (`taken`: "WikiLeaks
    Twitter"), in capitals ("Beck CPAC": two names run together), a demonym or a place ("Greater Manchester
    ... Manchester"), or written in lower case anywhere in the text: a name's words are not ("Never Trump"
    beside "never", "South Florida" beside "south"). With no text to read, no name is."""
    ck = c.keys
    if not text or len(ck) != 2 or lone.get(ck[-1], -1) <= c.start or ck[-1] in taken or ck[0] in taken:
        return False
    if ck in places or (ck[-1],) in places or (ck[0],) in demonyms or (ck[-1],) in demonyms:
        return False
    return not any(w.isupper() for w in c.name.split()) and not any(
        re.search(rf"(?<![\w'’-]){re.escape(k)}(?![\w'’-])", text) for k in ck)
