"""Titles as written: a title's key without its stop or office suffix ("president-elect"), a role's text
from its tokens ("U.S. Attorney"), a plural title before names ("Sens."), and where a name begins after a
title's "of" ("Secretary of State John Kerry"). Read by `shapes`, `mentions`, `pointers` and `appositions`.
"""

from __future__ import annotations

import re

from .lexicon import OFFICE_SUFFIXES, EntityRules


def _title_key(k: str) -> str:
    """A title's key without its full stop and a suffix that keeps the office ("president-elect",
    "secretary-general", "attorney-general", "minister-designate")."""
    k = k.rstrip(".")
    if not k.endswith(OFFICE_SUFFIXES):
        return k  # (the common case: one test in C)
    for suffix in OFFICE_SUFFIXES:
        if k.endswith(suffix):
            return k[:-len(suffix)]
    return k


def listed_title_key(key: str, titles: dict) -> str:
    """`_title_key`, but a title listed as written stays whole ("attorney-general": the compound's own row,
    not "attorney")."""
    k = key.rstrip(".")  # (`_title_key`'s common case, no office suffix, without the call)
    return k if k.lower() in titles or not k.endswith(OFFICE_SUFFIXES) else _title_key(k)


_INITIALS = re.compile(r"(?:[A-Z]\.)+")  # "U.", "U.S.": letters with their stops


def role_text(words, at: list[int], end: int) -> str:
    """A role as written from its word tokens `at` (a token's full stop kept when it follows at once,
    before `end`): "Sen.", "U.S. Attorney", "Gen."; one-letter words with stops are written together."""
    out: list[str] = []
    for k in at:
        w = words[k]
        if k + 1 < end and words[k + 1] == ".":
            w += "."
        if out and _INITIALS.fullmatch(w) and _INITIALS.fullmatch(out[-1]):
            out[-1] += w  # "U." and "S." -> "U.S."
        else:
            out.append(w)
    return " ".join(out)


def _singular_role(role: str) -> str:
    """A plural title as the role of one of the names it stands before: "Presidents" -> "President",
    "Sens." -> "Sen."."""
    word = role.rstrip(".")
    if word[-1:] not in ("s", "S"):
        return role
    return word[:-1] + role[len(word):]


def plural_title(key: str, rules: EntityRules):
    """The `Title` a plural title before names is ("senators", "sens.", "justices"), or None."""
    k = key.rstrip(".")  # (`_title_key`'s common case, no office suffix, without the call)
    k = _title_key(k) if k.endswith(OFFICE_SUFFIXES) else k
    if len(k) > 3 and k[-1] == "s" and k[:-1] in rules.person_titles and k not in rules.person_titles:
        return rules.titles.get(k[:-1])
    return None


def portfolio_end(keys, at: int, rules: EntityRules) -> int | None:
    """Where the longest listed portfolio starting at keys[at] ends ("state", "the interior"), or None."""
    portfolios = rules.portfolios
    end = None
    for b in range(at + 1, min(len(keys), at + 5) + 1):
        if tuple(keys[at:b]) in portfolios:
            end = b
    return end


def office_name_start(keys, k: int, j: int, rules: EntityRules) -> int | None:
    """After a title and its "of" or "for" at keys[k], where a name begins within the run's end j: at the
    first listed given name two words on or more, or after a listed portfolio; None when no name follows
    ("Secretary of State" alone)."""
    given = rules.given_names
    q = next((q for q in range(k + 2, j) if keys[q] in given), None)
    if q is None:
        q = portfolio_end(keys, k + 1, rules)
    return q if q is not None and q < j else None
