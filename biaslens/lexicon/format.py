"""The lexicon file format: finding, reading and validating lexicon files.

A lexicon is a CSV file with a comment header::

    # name: labels
    # version: 1.0
    # provenance: written for biaslens; ...
    term,category,weight,note[,match]
    regime,labels,1.5,"pejorative name for a government"

`match` is optional: ``inflect`` (the default: "meddle" also matches
meddles/meddled/meddling, and for a multi-word term its last word is
inflected; a hyphenated word inflects its last part: "rubber-stamp" also
matches rubber-stamped), ``inflect_first`` (phrasal verbs: "call for" matches "called
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
finds either. Matching is `biaslens.lexicon.matcher`, inflection
`biaslens.lexicon.inflect`; `biaslens.lexicons` re-exports the public names.
"""

from __future__ import annotations

import csv
import hashlib
import io
import math
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..errors import LexiconError, LexiconWarning
from .categories import LOADED_CATEGORIES, declared_categories, unknown_category
from .contexts import Context, parse_contexts, tokenize_term

REQUIRED_COLUMNS = ("term", "category", "weight", "note")
MATCH_MODES = ("inflect", "inflect_first", "exact")
# Weights are plain ASCII decimals: no other digits, underscores, exponents, inf or nan
# (a sign is read, so that "-0.5" is refused for its value, not its spelling).
_PLAIN_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
# A lexicon file (built-in or --lexicon) is refused past this size, like any input.
MAX_LEXICON_BYTES = 20 * 1024 * 1024

# A weight is a plain decimal in (0, MAX_WEIGHT]: how strong a signal the term is.
MAX_WEIGHT = 10.0
WEIGHT_RULE = f"a plain decimal above 0 and at most {MAX_WEIGHT:g} (ASCII digits and an optional point: 1.5, 0.25)"

@cache
def lexicon_dir() -> Path:
    """The built-in lexicon folder: inside the installed package, or at the
    top of a source checkout."""
    here = Path(__file__).resolve().parent.parent  # biaslens/
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
    categories: tuple[str, ...] = ()  # the new categories its header declares ("# categories: slurs")
    warnings: tuple[str, ...] = ()  # what is allowed but should be fixed (a missing name or version)

    def info(self) -> dict[str, str | int]:
        """Name, version and checksum: what a researcher cites."""
        return {"name": self.name, "version": self.version, "sha256": self.sha256,
                "entries": len(self.entries), "path": self.path}


def load_lexicon(path: str | Path, *, allowed_categories: Iterable[str] | None = None,
                 deadline: float | None = None) -> Lexicon:
    """Read and validate a lexicon file; any fault raises LexiconError naming the line.
    The file is read as `ingest.read_bounded` reads inputs: at most MAX_LEXICON_BYTES,
    and a FIFO or device within `deadline` seconds (default: ingest's). What is allowed but
    should be fixed (a missing name or version header) is issued as a `LexiconWarning`.
    `allowed_categories`: the fixed categories of an attribution lexicon; by default, the
    loaded-language categories and those the header declares."""
    from ..bounded import DEFAULT_READ_DEADLINE, read_bounded
    from ..errors import InputError

    p = Path(path)
    try:
        data = read_bounded(p, MAX_LEXICON_BYTES, DEFAULT_READ_DEADLINE if deadline is None else deadline,
                            what="the lexicon size limit")
    except InputError as exc:
        if "is a directory" in str(exc):
            raise LexiconError("is a directory, not a lexicon file", path=str(path)) from None
        raise LexiconError(str(exc)) from None
    lexicon = parse_lexicon(data, path=str(path), default_name=p.stem, allowed_categories=allowed_categories)
    for message in lexicon.warnings:
        warnings.warn(message, LexiconWarning, stacklevel=2)
    return lexicon


def parse_lexicon(data: bytes, *, path: str = "<lexicon>", default_name: str = "lexicon",
                  allowed_categories: Iterable[str] | None = None) -> Lexicon:
    """Validate a lexicon file's bytes; any fault raises LexiconError naming the line.
    `allowed_categories` as for `load_lexicon`; warnings are kept in `Lexicon.warnings`."""
    sha = hashlib.sha256(data).hexdigest()
    lines = _decode(data, path).splitlines()
    header, first = _read_header(lines)
    if first >= len(lines):
        raise LexiconError("no header row (expected: term,category,weight,note)", path=path, line=first or 1)
    known, declared = _categories(header, lines[:first], path, allowed_categories)
    reader = csv.reader(io.StringIO("\n".join(lines[first:])))
    columns = _read_columns(reader, path, first + 1)
    rows = _RowReader(columns, path, header.get("name") or default_name, known, allowed_categories is None)
    entries: list[Entry] = []
    try:
        for row in reader:
            entry = rows.entry(row, first + reader.line_num)
            if entry is not None:
                entries.append(entry)
    except csv.Error as exc:
        raise LexiconError(f"malformed CSV ({exc})", path=path, line=first + reader.line_num) from None
    if not entries:
        raise LexiconError("has no entries", path=path)
    return Lexicon(name=rows.name, version=header.get("version", "unversioned"),
                   provenance=header.get("provenance", ""), path=path, sha256=sha,
                   entries=tuple(entries), header=tuple(header.items()), categories=declared,
                   warnings=_header_warnings(header, path, rows.name))


def _decode(data: bytes, path: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise LexiconError("not valid UTF-8 text", path=path, line=line) from None


def _read_header(lines: list[str]) -> tuple[dict[str, str], int]:
    """The ``# key: value`` lines before the column row, and the index of that row."""
    header: dict[str, str] = {}
    first = 0
    while first < len(lines) and (not lines[first].strip() or lines[first].lstrip().startswith("#")):
        key, sep, value = lines[first].lstrip().lstrip("#").partition(":")
        if sep and key.strip() and " " not in key.strip():
            header[key.strip().lower()] = value.strip()
        first += 1
    return header, first


def _categories(header: dict[str, str], head: list[str], path: str,
                allowed: Iterable[str] | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The categories the entries may use, and the new ones the header declares."""
    line = next((i + 1 for i, s in enumerate(head) if s.lstrip().lstrip("#").strip().lower()
                 .startswith("categories")), None)
    names, fault = declared_categories(header.get("categories", ""))
    if fault:
        raise LexiconError(fault, path=path, line=line)
    if allowed is not None:
        known = tuple(allowed)
        if extra := [n for n in names if n not in known]:
            raise LexiconError(f"declared category {extra[0]!r} is not one of {', '.join(known)} "
                               "(the categories of this lexicon are fixed)", path=path, line=line)
        return known, ()
    declared = tuple(dict.fromkeys(n for n in names if n not in LOADED_CATEGORIES))
    return LOADED_CATEGORIES + declared, declared


def _header_warnings(header: dict[str, str], path: str, name: str) -> tuple[str, ...]:
    missing = [key for key in ("name", "version") if not header.get(key)]
    if not missing:
        return ()
    lines = " or ".join(f"'# {k}:'" for k in missing)
    return (f"{path}: no {lines} header line (the lexicon is cited as "
            f"{name!r}, version {header.get('version') or 'unversioned'!r}); add them so a result can name "
            "the lexicon it came from",)


def _read_columns(reader, path: str, line: int) -> list[str]:
    try:
        columns = [c.strip().lower() for c in next(reader)]
    except csv.Error as exc:
        raise LexiconError(f"malformed CSV header ({exc})", path=path, line=line) from None
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise LexiconError(f"header row lacks column(s) {', '.join(missing)} "
                           f"(expected: term,category,weight,note)", path=path, line=line)
    return columns


class _RowReader:
    """Turns the rows of one lexicon file into entries, checking each field in turn."""

    def __init__(self, columns: list[str], path: str, name: str, known: tuple[str, ...], extensible: bool) -> None:
        self.columns, self.path, self.name = columns, path, name
        self.known, self.allowed, self.extensible = known, frozenset(known), extensible
        self.idx = {c: columns.index(c) for c in columns}
        self.seen: dict[tuple[str, ...], int] = {}

    def fail(self, message: str, line: int) -> LexiconError:
        return LexiconError(message, path=self.path, line=line)

    def entry(self, row: list[str], line: int) -> Entry | None:
        """The row's entry; None for a blank or comment row."""
        if not row or not any(c.strip() for c in row) or row[0].lstrip().startswith("#"):
            return None
        if len(row) < len(REQUIRED_COLUMNS):
            raise self.fail(f"expected {len(self.columns)} fields, found {len(row)}", line)
        if len(row) > len(self.columns):
            raise self.fail(f"expected {len(self.columns)} fields, found {len(row)} "
                            "(quote a note that contains commas)", line)

        def get(c: str) -> str:
            return row[self.idx[c]].strip() if c in self.idx and self.idx[c] < len(row) else ""

        term, note = get("term"), get("note")
        tokens = self.tokens(term, line)
        category = self.category(get("category"), term, line)
        weight = self.weight(get("weight"), term, line)
        if not note:
            raise self.fail(f"term {term!r} has no note (say why it is loaded)", line)
        match = get("match").lower() or ("inflect" if tokens[-1].replace("-", "").isalpha() else "exact")
        if match not in MATCH_MODES:
            raise self.fail(f"match {match!r} of {term!r} must be one of {', '.join(MATCH_MODES)}", line)
        tags = frozenset(get("tags").replace(";", " ").split())
        unless = parse_contexts(get("unless"), term, path=self.path, line=line)
        if tokens in self.seen:
            raise self.fail(f"term {term!r} already defined on line {self.seen[tokens]}", line)
        self.seen[tokens] = line
        return Entry(term, category, weight, note, match, self.name, line, tokens, tags, unless)

    def tokens(self, term: str, line: int) -> tuple[str, ...]:
        if not term:
            raise self.fail("empty term", line)
        tokens = tokenize_term(term)
        if not tokens:
            raise self.fail(f"term {term!r} has no words", line)
        return tokens

    def category(self, category: str, term: str, line: int) -> str:
        if not category:
            raise self.fail(f"term {term!r} has no category", line)
        if category not in self.allowed:
            raise self.fail(f"term {term!r}: {unknown_category(category, self.known, extensible=self.extensible)}",
                            line)
        return category

    def weight(self, weight_s: str, term: str, line: int) -> float:
        if not _PLAIN_DECIMAL.fullmatch(weight_s):
            raise self.fail(f"weight {weight_s!r} of {term!r} is not a number: write {WEIGHT_RULE}", line)
        weight = float(weight_s)
        if not math.isfinite(weight) or not 0 < weight <= MAX_WEIGHT:
            raise self.fail(f"weight {weight_s!r} of {term!r} is out of range: write {WEIGHT_RULE}", line)
        return weight


def builtin_lexicon_paths(kind: str) -> list[Path]:
    """The built-in lexicon files of one kind (``loaded`` or ``attribution``), sorted."""
    folder = lexicon_dir() / kind
    return sorted(folder.glob("*.csv")) if folder.is_dir() else []
