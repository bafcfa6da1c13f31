"""An acronym written after the name it shortens ("IDF" after "the Israel Defense Forces"): the group it
spells out, for `coref.link`."""

from __future__ import annotations

from collections.abc import Sequence

# a name -> the first letters of its capitalised words, lower case ("Israel Defense Forces" -> "idf"): every
# name of every body is tested against each acronym of an article, and names recur (bounded, as the name memos)
_INITIALS: dict[str, str] = {}
_INITIALS_MAX = 50_000


def spelled_out(groups: Sequence, acronym: str) -> int | None:
    """The one group whose name's capitalised words begin with the acronym's letters, in order ("IDF":
    Israel Defense Forces; "UNRWA": United Nations Relief and Works Agency), or None."""
    if not 3 <= len(acronym) <= 7 or not acronym.isalpha():
        return None
    found = None
    initials_of = _INITIALS.get
    for gi, g in enumerate(groups):
        if g.human:
            continue  # a person's initials are no acronym ("DC" is not Dan Cathy)
        for name in g.names:
            if (initials_of(name) or _initials(name)) == acronym:
                if found is not None and found != gi:
                    return None  # two bodies with the same letters: neither
                found = gi
    return found


def _initials(name: str) -> str:
    """The first letters of the name's capitalised words, lower case (kept in `_INITIALS`)."""
    if len(_INITIALS) > _INITIALS_MAX:
        _INITIALS.clear()
    _INITIALS[name] = out = "".join([w[0] for w in name.split() if w[:1].isupper()]).lower()
    return out
