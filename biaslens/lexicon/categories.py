"""The categories a lexicon entry may have, and the ones a lexicon declares.

A loaded-language lexicon uses the categories the metrics know (`LOADED_CATEGORIES`)
or new ones it declares in its header (``# categories: slurs, euphemisms``); each
declared category is counted in a ``<name>_count`` column of its own. The attribution
lexicons use the fixed categories the rules read: `CUE_CATEGORIES` for ``cues.csv``,
`SOURCE_CATEGORIES` (the source types) for the ``sources_*.csv`` files; the entity
lexicons use `ENTITY_CATEGORIES` (the entity types). A category
outside these is refused, with the nearest known one suggested: a typo (``loadd``)
would otherwise count in bias_score under no column.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..columns import BY_LEVEL, category_column

# Loaded-language categories known to the metrics (each with its column; hedges are counted apart).
LOADED_CATEGORIES = (
    "labels",
    "loaded",
    "scare",
    "intensifiers",
    "hedges",
    "assertives",
    "subjective",
)
# The categories of the attribution cues (cues.csv), as the attribution rules read them.
CUE_CATEGORIES = ("speech", "cognitive", "nominal", "chain", "data", "according_to", "frame", "vague")
# The categories of the source lexicons (sources_*.csv): the source types of the report.
SOURCE_CATEGORIES = ("media", "official", "person", "institution", "data", "anonymous")
# The categories of the entity lexicons (entities/*.csv): the entity types a title or name word gives.
ENTITY_CATEGORIES = ("person", "official", "media", "institution", "data", "anonymous", "group", "place")
KINDS = {"loaded": LOADED_CATEGORIES, "cues": CUE_CATEGORIES, "sources": SOURCE_CATEGORIES,
         "entities": ENTITY_CATEGORIES}

# A declared category names a CSV column (<name>_count): lower-case letters, digits and _.
_CATEGORY_NAME = re.compile(r"[a-z][a-z0-9_]{0,39}")


def kind_of(path: str | Path) -> str:
    """Which categories a lexicon file may use, by its place: ``cues`` or ``sources`` for
    the files of an ``attribution`` folder (cues.csv, sources_*.csv), ``entities`` for those
    of an ``entities`` folder, else ``loaded``."""
    p = Path(path)
    if p.parent.name == "entities":
        return "entities"
    if p.parent.name != "attribution":
        return "loaded"
    return "cues" if p.stem == "cues" else "sources"


def fixed_categories(path: str | Path) -> tuple[str, ...] | None:
    """The categories a built-in lexicon file may use: the fixed ones of an attribution
    lexicon, None for a loaded-language one (the known categories and declared ones)."""
    kind = kind_of(path)
    return None if kind == "loaded" else KINDS[kind]


def nearest(word: str, choices: Iterable[str]) -> str | None:
    """The choice closest to a misspelt `word` ("loadd" -> "loaded"), if any is close."""
    import difflib  # only for a misspelt category: not loaded at start-up

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return close[0] if close else None


def unknown_category(category: str, known: Sequence[str], *, extensible: bool) -> str:
    """The message for a category outside `known`: the nearest one, and how to add one."""
    hint = nearest(category, known)
    said = f"unknown category {category!r}" + (f" (did you mean {hint!r}?)" if hint else "")
    if extensible:
        return (f"{said}: use one of {', '.join(known)}, or declare a new category in the header "
                f"('# categories: {category}')")
    return f"{said}: use one of {', '.join(known)}"


def declared_categories(value: str) -> tuple[list[str], str | None]:
    """The names of a ``# categories:`` header (comma- or space-separated), and the
    fault of the first bad one (None if all are fine)."""
    names = [n for n in re.split(r"[,;\s]+", value) if n]
    standard = {c.name for cols in BY_LEVEL.values() for c in cols}
    for name in names:
        if not _CATEGORY_NAME.fullmatch(name):
            return names, (f"declared category {name!r} must be a lower-case name of letters, digits and _ "
                           "(it names a CSV column, <name>_count)")
        if name not in LOADED_CATEGORIES and category_column(name) in standard:
            return names, f"declared category {name!r} would give the column {category_column(name)!r}, " \
                          "which is a standard column: choose another name"
    return names, None


def categories_of(lexicons: Iterable) -> tuple[str, ...]:
    """The loaded-language categories of a set of lexicons: the known ones, then the
    ones the lexicons declare, in order of first declaration."""
    out = list(LOADED_CATEGORIES)
    for lx in lexicons:
        out.extend(c for c in getattr(lx, "categories", ()) if c not in out)
    return tuple(out)
