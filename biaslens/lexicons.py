"""Lexicons as data: finding, loading, validating and compiling them.

A lexicon is a CSV file with a comment header::

    # name: labels
    # version: 1.0
    # provenance: written for biaslens; ...
    term,category,weight,note[,match]
    regime,labels,1.5,"pejorative name for a government"

`match` is optional: ``inflect`` (the default: "meddle" also matches
meddles/meddled/meddling, and for a multi-word term its last word is
inflected), ``inflect_first`` (phrasal verbs: "call for" matches "called
for") or ``exact``. An optional `tags` column holds space-separated flags
a stage may use (the attribution cues mark noun homographs with ``noun``).
An optional `unless` column lists neutral contexts in which the term is
literal and must not match, separated by ``;``, each a phrase with ``*``
where the term stands: ``sanctions *; tax *`` for "regime", ``* weather``
for "extreme". Context words match whole tokens (and their inflections)
right next to the term, and ``#`` matches any number ("* #" keeps "lies
about" from firing in "lies about 30 miles north"); the check is made on
the match itself, in the same pass, so it costs nothing for terms without
contexts.
Terms are matched on tokens, case-insensitively, so "so-called" and
"So-called" are one term.

The built-in lexicons live in ``lexicons/`` at the top of a source checkout
and are shipped inside the wheel as ``biaslens/lexicons``; `lexicon_dir()`
finds either.
"""

from __future__ import annotations

import csv
import hashlib
import io
import math
import re
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .errors import LexiconError
from .tokens import TOKEN_RE, norm

REQUIRED_COLUMNS = ("term", "category", "weight", "note")
# A neutral context: the keys allowed at each position before the term, and after it
# (a set of word forms, or "any number" for the context word "#").
Context = tuple[tuple[Container[str], ...], tuple[Container[str], ...]]
MATCH_MODES = ("inflect", "inflect_first", "exact")
# Weights are plain ASCII decimals: no other digits, underscores, exponents, inf or nan.
_PLAIN_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
# A lexicon file (built-in or --lexicon) is refused past this size, like any input.
MAX_LEXICON_BYTES = 20 * 1024 * 1024

# Loaded-language categories known to the metrics. A user lexicon may add
# others; they are counted under their own name.
LOADED_CATEGORIES = (
    "labels",
    "loaded",
    "scare",
    "intensifiers",
    "hedges",
    "assertives",
    "subjective",
)

def tokenize_term(term: str) -> tuple[str, ...]:
    return tuple(norm(m.group()) for m in TOKEN_RE.finditer(term))


@cache
def lexicon_dir() -> Path:
    """The built-in lexicon folder: inside the installed package, or at the
    top of a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "lexicons", here.parent / "lexicons"):
        if candidate.is_dir():
            return candidate
    raise LexiconError("the built-in lexicons were not found (broken installation?)")


def read_list(relative: str) -> list[str]:
    """A one-item-a-line data file under the lexicon folder, without comments and blank lines."""
    path = lexicon_dir() / relative
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


@dataclass(frozen=True, slots=True)
class Entry:
    term: str
    category: str
    weight: float
    note: str
    match: str
    lexicon: str
    line: int
    tokens: tuple[str, ...]
    tags: frozenset[str] = frozenset()
    unless: tuple[Context, ...] = ()


@dataclass(frozen=True, slots=True)
class Lexicon:
    name: str
    version: str
    provenance: str
    path: str
    sha256: str
    entries: tuple[Entry, ...]
    header: tuple[tuple[str, str], ...] = ()

    def info(self) -> dict[str, str | int]:
        """Name, version and checksum: what a researcher cites."""
        return {"name": self.name, "version": self.version, "sha256": self.sha256,
                "entries": len(self.entries), "path": self.path}


def load_lexicon(path: str | Path, *, allowed_categories: Iterable[str] | None = None,
                 deadline: float | None = None) -> Lexicon:
    """Read and validate a lexicon file; any fault raises LexiconError naming the line.
    The file is read as `ingest.read_bounded` reads inputs: at most MAX_LEXICON_BYTES,
    and a FIFO or device within `deadline` seconds (default: ingest's)."""
    from .bounded import DEFAULT_READ_DEADLINE, read_bounded
    from .errors import InputError

    p = Path(path)
    try:
        data = read_bounded(p, MAX_LEXICON_BYTES, DEFAULT_READ_DEADLINE if deadline is None else deadline,
                            what="the lexicon size limit")
    except InputError as exc:
        if "is a directory" in str(exc):
            raise LexiconError("is a directory, not a lexicon file", path=str(path)) from None
        raise LexiconError(str(exc)) from None
    return parse_lexicon(data, path=str(path), default_name=p.stem, allowed_categories=allowed_categories)


def parse_lexicon(data: bytes, *, path: str = "<lexicon>", default_name: str = "lexicon",
                  allowed_categories: Iterable[str] | None = None) -> Lexicon:
    sha = hashlib.sha256(data).hexdigest()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise LexiconError("not valid UTF-8 text", path=path, line=line) from None
    lines = text.splitlines()
    header: dict[str, str] = {}
    first = 0
    while first < len(lines) and (not lines[first].strip() or lines[first].lstrip().startswith("#")):
        key, sep, value = lines[first].lstrip().lstrip("#").partition(":")
        if sep and key.strip() and " " not in key.strip():
            header[key.strip().lower()] = value.strip()
        first += 1
    if first >= len(lines):
        raise LexiconError("no header row (expected: term,category,weight,note)", path=path, line=first or 1)
    reader = csv.reader(io.StringIO("\n".join(lines[first:])))
    try:
        columns = [c.strip().lower() for c in next(reader)]
    except csv.Error as exc:
        raise LexiconError(f"malformed CSV header ({exc})", path=path, line=first + 1) from None
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise LexiconError(f"header row lacks column(s) {', '.join(missing)} "
                           f"(expected: term,category,weight,note)", path=path, line=first + 1)
    idx = {c: columns.index(c) for c in columns}
    allowed = set(allowed_categories) if allowed_categories is not None else None
    name = header.get("name") or default_name
    entries: list[Entry] = []
    seen: dict[tuple[str, ...], int] = {}
    try:
        for row in reader:
            lineno = first + reader.line_num
            if not row or not any(c.strip() for c in row) or row[0].lstrip().startswith("#"):
                continue
            if len(row) < len(REQUIRED_COLUMNS):
                raise LexiconError(f"expected {len(columns)} fields, found {len(row)}", path=path, line=lineno)
            if len(row) > len(columns):
                raise LexiconError(f"expected {len(columns)} fields, found {len(row)} "
                                   "(quote a note that contains commas)", path=path, line=lineno)
            def get(c: str, row: list[str] = row) -> str:
                return row[idx[c]].strip() if c in idx and idx[c] < len(row) else ""

            term, category, weight_s, note = get("term"), get("category"), get("weight"), get("note")
            if not term:
                raise LexiconError("empty term", path=path, line=lineno)
            tokens = tokenize_term(term)
            if not tokens:
                raise LexiconError(f"term {term!r} has no words", path=path, line=lineno)
            if not category:
                raise LexiconError(f"term {term!r} has no category", path=path, line=lineno)
            if allowed is not None and category not in allowed:
                raise LexiconError(f"unknown category {category!r} for {term!r} "
                                   f"(one of: {', '.join(sorted(allowed))})", path=path, line=lineno)
            if not _PLAIN_DECIMAL.fullmatch(weight_s):
                raise LexiconError(f"weight {weight_s!r} of {term!r} is not a number (write a plain decimal, "
                                   "ASCII digits with an optional sign and point: 1.5, -0.5)", path=path, line=lineno)
            weight = float(weight_s)
            if not math.isfinite(weight) or not -10 <= weight <= 10:
                raise LexiconError(f"weight {weight_s!r} of {term!r} must be a number between -10 and 10",
                                   path=path, line=lineno)
            if not note:
                raise LexiconError(f"term {term!r} has no note (say why it is loaded)", path=path, line=lineno)
            match = get("match").lower() or ("inflect" if tokens[-1].isalpha() else "exact")
            if match not in MATCH_MODES:
                raise LexiconError(f"match {match!r} of {term!r} must be one of {', '.join(MATCH_MODES)}",
                                   path=path, line=lineno)
            tags = frozenset(get("tags").replace(";", " ").split())
            unless = parse_contexts(get("unless"), term, path=path, line=lineno)
            if tokens in seen:
                raise LexiconError(f"term {term!r} already defined on line {seen[tokens]}", path=path, line=lineno)
            seen[tokens] = lineno
            entries.append(Entry(term, category, weight, note, match, name, lineno, tokens, tags, unless))
    except csv.Error as exc:
        raise LexiconError(f"malformed CSV ({exc})", path=path, line=first + reader.line_num) from None
    if not entries:
        raise LexiconError("has no entries", path=path)
    return Lexicon(name=name, version=header.get("version", "unversioned"),
                   provenance=header.get("provenance", ""), path=path, sha256=sha,
                   entries=tuple(entries), header=tuple(header.items()))


def parse_contexts(spec: str, term: str, *, path: str = "<lexicon>", line: int | None = None) -> tuple[Context, ...]:
    """The `unless` column: ``;``-separated phrases with ``*`` for the term
    ("sanctions *; * weather"). Each context word also stands for its inflections."""
    out: list[Context] = []
    for raw in spec.split(";"):
        raw = raw.strip()
        if not raw:
            continue
        if raw.count("*") != 1:
            raise LexiconError(f"unless context {raw!r} of {term!r} must mark the term's place with one *",
                               path=path, line=line)
        left, _, right = raw.partition("*")
        before, after = tokenize_term(left), tokenize_term(right)
        if not before and not after:
            raise LexiconError(f"unless context {raw!r} of {term!r} has no words besides *", path=path, line=line)
        out.append((tuple(_context_word(w) for w in before), tuple(_context_word(w) for w in after)))
    return Unless(out) if out else ()


class Unless(tuple):
    """An entry's `unless` contexts (a tuple of them), with the words that can stand right
    before the term (`left`) or right after it (`right`) in any of them. Every context has a
    word on at least one side, so a match with neither neighbour is in none of them: two set
    lookups decide most matches. None when a context has ``#`` (any number) there."""

    left: frozenset[str] | None
    right: frozenset[str] | None

    def __new__(cls, contexts: Iterable[Context]) -> Unless:
        self = super().__new__(cls, contexts)
        self.left = _neighbours(before[-1] for before, _ in self if before)
        self.right = _neighbours(after[0] for _, after in self if after)
        return self


def _neighbours(slots: Iterable[Container[str]]) -> frozenset[str] | None:
    """All the words the context slots next to a term allow, or None if one allows any number."""
    words: set[str] = set()
    for slot in slots:
        if not isinstance(slot, frozenset):
            return None
        words |= slot
    return frozenset(words)


class _AnyNumber:
    """The context word ``#``: any token that starts with a digit ("lies about 30 miles")."""

    __slots__ = ()

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key[:1].isdigit()


_NUMBER = _AnyNumber()


def _context_word(word: str) -> Container[str]:
    return _NUMBER if word == "#" else frozenset(inflections(word))


def in_context(keys: Sequence[str], first: int, end: int, contexts: Iterable[Context]) -> bool:
    """Whether the match keys[first:end] stands in one of `contexts` (its neutral uses)."""
    n = len(keys)
    if isinstance(contexts, Unless) and contexts.left is not None and contexts.right is not None and \
            (not first or keys[first - 1] not in contexts.left) and (end >= n or keys[end] not in contexts.right):
        return False  # neither neighbour can begin a context
    for before, after in contexts:
        b = first - len(before)
        if b < 0 or end + len(after) > n:
            continue
        if all(keys[b + k] in allowed for k, allowed in enumerate(before)) and \
                all(keys[end + k] in allowed for k, allowed in enumerate(after)):
            return True
    return False


def builtin_lexicon_paths(kind: str) -> list[Path]:
    """The built-in lexicon files of one kind (``loaded`` or ``attribution``), sorted."""
    folder = lexicon_dir() / kind
    return sorted(folder.glob("*.csv")) if folder.is_dir() else []


# --------------------------------------------------------------------------- inflection

_VOWELS = set("aeiou")


def inflections(word: str) -> set[str]:
    """Regular English inflections of a word (verb and noun forms): meddle ->
    meddles, meddled, meddling; slam -> slams, slammed, slamming; bully ->
    bullies, bullied, bullying. Over-generation is harmless: forms are only
    looked up, never shown."""
    forms = {word}
    if len(word) < 3 or not word.isalpha():
        return forms
    if word.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(word + "es")
    elif word.endswith("y") and word[-2] not in _VOWELS:
        forms.update({word[:-1] + "ies", word[:-1] + "ied"})
    else:
        forms.add(word + "s")
    if word.endswith("o") and word[-2] not in _VOWELS:
        forms.add(word + "es")  # echoes, vetoes
    if word.endswith("ie"):
        forms.update({word + "d", word[:-2] + "ying"})  # died, dying
    elif word.endswith(("ee", "ye", "oe")):
        forms.update({word + "d", word + "ing"})  # agreed, agreeing; dyed, dyeing
    elif word.endswith("e"):
        forms.update({word + "d", word[:-1] + "ing"})
    else:
        forms.update({word + "ed", word + "ing"})
        if word[-1] not in _VOWELS | {"w", "x", "y"} and word[-2] in _VOWELS and word[-3] not in _VOWELS:
            forms.update({word + word[-1] + "ed", word + word[-1] + "ing"})
    if word.endswith("y") and word[-2] not in _VOWELS:
        forms.add(word + "ing")
    return forms


# --------------------------------------------------------------------------- matching

_Anchored = tuple[int, int, tuple[str, ...], "Entry"]  # (anchor's place in the term, term length, keys, entry)


@cache
def _function_words() -> frozenset[str]:
    return frozenset(read_list("function_words.txt"))


def _leftmost_longest(match: tuple[int, int, Entry]) -> tuple[int, int]:
    return match[0], -match[1]


class TermMatcher:
    """Finds lexicon terms in a token sequence: a dict lookup on each token's
    key, no per-term regex. A one-word term is found at its own key. A longer
    term is found at its *anchor*, its first key that is not a function word
    ("truth" in "the truth is", "course" in "of course"), and its other keys
    are then compared in place; so "the", "in" or "of" in a sentence cost
    nothing unless the rarer word of a term is there too. Among the matches,
    the longest at the leftmost position wins and matches never overlap; a
    match in one of its entry's `unless` contexts is skipped (a shorter term
    may still match there). Built once per Analyzer; immutable afterwards, so
    safe to share between threads. `function_words`: the words never taken as
    an anchor (default: ``lexicons/function_words.txt``); they change how fast
    terms are found, never which."""

    __slots__ = ("_multi", "_single", "_first", "_index", "_triggers", "entries", "max_len")

    def __init__(self, entries: Iterable[Entry], function_words: Iterable[str] | None = None) -> None:
        exact: dict[tuple[str, ...], Entry] = {}
        for e in entries:  # later entries (user lexicons) override earlier ones
            exact[e.tokens] = e
        table: dict[tuple[str, ...], Entry] = dict(exact)
        for key, e in exact.items():
            if e.match == "inflect":
                for form in inflections(key[-1]):
                    table.setdefault(key[:-1] + (form,), e)
            elif e.match == "inflect_first":
                for form in inflections(key[0]):
                    table.setdefault((form,) + key[1:], e)
        common = _function_words() if function_words is None else frozenset(function_words)
        single: dict[str, Entry] = {}
        multi: dict[str, list[tuple[int, tuple[str, ...], Entry]]] = {}
        # anchor key -> (terms by the key after the anchor, terms ending at the anchor by the key
        # before it): a term is compared only when the anchor's neighbour fits, as a dict lookup
        after: dict[str, dict[str, list[_Anchored]]] = {}
        before: dict[str, dict[str, list[_Anchored]]] = {}
        for key, e in table.items():
            if len(key) == 1:
                single[key[0]] = e
                continue
            multi.setdefault(key[0], []).append((len(key), key, e))
            at = next((i for i, k in enumerate(key) if k not in common), None)
            if at is None:  # only function words (rare): the longest of them
                at = max(range(len(key)), key=lambda i: len(key[i]))
            if at + 1 < len(key):
                after.setdefault(key[at], {}).setdefault(key[at + 1], []).append((at, len(key), key, e))
            else:
                before.setdefault(key[at], {}).setdefault(key[at - 1], []).append((at, len(key), key, e))
        self._single = single
        self._multi = multi
        self._first = frozenset(single) | frozenset(multi)  # every key that starts a term
        # key -> (its one-word entry, its terms by next key, its terms by previous key), each or None:
        # one dict lookup a candidate position
        self._index = {k: (single.get(k), after.get(k), before.get(k))
                       for k in frozenset(single) | frozenset(after) | frozenset(before)}
        self._triggers = frozenset(self._index)
        self.entries = tuple(exact.values())
        self.max_len = max((len(k) for k in table), default=0)

    def find(self, keys: Sequence[str]) -> list[tuple[int, int, Entry]]:
        """Non-overlapping (first, last+1, entry) matches over token keys, longest first."""
        present = self._triggers.intersection(keys)
        if not present:
            return []  # the common case, decided in C
        index = self._index
        n = len(keys)
        if len(present) == 1:  # positions found by C-level list scans, not a Python loop
            (only,) = present
            positions = [keys.index(only)]
            for _ in range(keys.count(only) - 1):
                positions.append(keys.index(only, positions[-1] + 1))
        else:
            positions = [i for i, k in enumerate(keys) if k in present]
        found: list[tuple[int, int, Entry]] = []  # (first, last+1, entry) of every match
        longer_found = False
        for i in positions:
            entry, after, before = index[keys[i]]
            if after is not None and i + 1 < n and (longer := after.get(keys[i + 1])) is not None:
                longer_found |= self._check(keys, i, longer, found)
            if before is not None and i and (longer := before.get(keys[i - 1])) is not None:
                longer_found |= self._check(keys, i, longer, found)
            if entry is not None and not (entry.unless and in_context(keys, i, i + 1, entry.unless)):
                found.append((i, i + 1, entry))
        if not longer_found:
            return found  # one-word terms only: already in order and apart
        found.sort(key=_leftmost_longest)
        out = []
        taken = 0
        for match in found:
            if match[0] >= taken:
                taken = match[1]
                out.append(match)
        return out

    @staticmethod
    def _check(keys: Sequence[str], i: int, terms: list[_Anchored], found: list) -> bool:
        """Add to `found` the terms anchored at token i whose keys are all in place; whether any was."""
        n, added = len(keys), False
        for at, size, key, e in terms:
            first = i - at
            if first >= 0 and first + size <= n and (size == 2 or tuple(keys[first:first + size]) == key) \
                    and not (e.unless and in_context(keys, first, first + size, e.unless)):
                found.append((first, first + size, e))
                added = True
        return added

    def content_keys(self, function_words: Iterable[str]) -> frozenset[str]:
        """For each term, its first key that is not a function word ("statement" for
        "in a statement"): a sentence without any of these cannot match a term."""
        skip = frozenset(function_words)
        out = set()
        for k in self._single:
            out.add(k)
        for cands in self._multi.values():
            for _, key, _ in cands:
                out.add(next((w for w in key if w not in skip), key[0]))
        return frozenset(out)

    def single(self, key: str) -> Entry | None:
        """The one-word term whose (inflected) form is `key`, if any: one dict lookup."""
        return self._single.get(key)

    def single_keys(self) -> frozenset[str]:
        """The keys of the one-word terms and their forms (not the first words of longer terms)."""
        return frozenset(self._single)

    def __contains__(self, key: str) -> bool:
        return key in self._first

    def __len__(self) -> int:
        return len(self.entries)
