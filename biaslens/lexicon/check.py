"""`biaslens lexicon check`: validate one lexicon file as an Analyzer would load it."""

from __future__ import annotations

import warnings
from collections import Counter
from pathlib import Path

from ..errors import LexiconWarning
from .categories import KINDS, kind_of
from .format import load_lexicon


def check_file(path: str | Path) -> tuple[str, list[str]]:
    """A one-line summary of a valid lexicon file and its warnings (each one line); a fault
    raises LexiconError naming the line. The categories allowed are those of its kind:
    cues or sources for the files of an ``attribution`` folder, else loaded language."""
    kind = kind_of(path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", LexiconWarning)
        lx = load_lexicon(path, allowed_categories=None if kind == "loaded" else KINDS[kind])
    cats = Counter(e.category for e in lx.entries)
    declared = f"; declares {', '.join(lx.categories)}" if lx.categories else ""
    summary = (f"{path}: ok: {kind} lexicon {lx.name!r} version {lx.version}, {len(lx.entries)} terms "
               f"({', '.join(f'{c} {n}' for c, n in sorted(cats.items()))}){declared}; sha256 {lx.sha256}")
    return summary, [" ".join(str(w.message).split()) for w in caught if issubclass(w.category, LexiconWarning)]
