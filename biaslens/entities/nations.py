"""Terms aimed at a nation by its demonym ("allegations of Russian interference": Russia), for `framing`."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .complements import frame_words
from .records import RULE_DEMONYM, Entity

if TYPE_CHECKING:
    from ..types import Hit, Sentence


def demonym_target(hit: Hit, sent: Sentence, text: str, entities: Sequence[Entity]):
    """(entity, rule) when a capitalised demonym stands right before the term ("Russian interference", "Iranian
    aggression"): the nation it names, the entity whose one-word name shares its stem ("Russia", "Iran"), or
    no entity when none does; None when no demonym stands there."""
    i = bisect_left(sent.starts, hit.start)
    if i == 0 or sent.keys[i - 1] not in frame_words().demonyms or not text[sent.starts[i - 1]].isupper():
        return None
    word = sent.keys[i - 1]
    for ei, e in enumerate(entities):
        key = e.name.lower()
        if e.type in _NATION_TYPES and " " not in key and len(key) > 3 and (
                word.startswith(key[:-1]) or key.startswith(word[:-1])):
            return ei, RULE_DEMONYM
    return None, RULE_DEMONYM


_NATION_TYPES = frozenset({"place", "official", "institution"})  # a country's name typed by what it did
