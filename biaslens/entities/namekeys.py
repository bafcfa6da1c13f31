"""The keys a name is linked by (`coref`): its words, a particle's surname without the particle, words
without their accents; and the keys of a name as written."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from ..tokens import NAME_PARTICLES
from ..tokens import keys as token_keys


@lru_cache(maxsize=8192)
def name_keys(keys: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words, and the surname of each opened by a particle and a hyphen without it ("al-sharaa":
    also "sharaa"), so that "Sharaa said" links to "Ahmed al-Sharaa" as "Al-Sharaa said" does; and each
    word with accents, also without them ("sánchez": "sanchez", as the same name is often written). Memoised by the
    keys tuple: linking asks for each candidate and group, and a name recurs."""
    joined = "".join(keys)
    if joined.isascii() and "-" not in joined:
        return keys  # (the common case, in C: no word to add)
    extra = [k.partition("-")[2] for k in keys if "-" in k and k.partition("-")[0] in NAME_PARTICLES]
    extra += [f for f in map(unaccented, keys) if f]
    return (*keys, *filter(None, extra)) if extra else keys


def unaccented(key: str) -> str:
    """A word's letters without their accents, when it has any ("sánchez": "sanchez"), else ""."""
    if key.isascii():
        return ""
    flat = unicodedata.normalize("NFKD", key).encode("ascii", "ignore").decode()
    return flat if flat and flat != key and flat.isalpha() else ""


@lru_cache(maxsize=4096)
def name_tokens(name: str) -> tuple[str, ...]:
    return tuple(k for k in token_keys(name) if k != ".")
