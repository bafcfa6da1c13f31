"""The built-in lexicons, compiled once and kept between runs.

Parsing the fourteen built-in lexicon files and compiling them (the attribution
rules, the loaded-language matcher, the entities stage's word lists) costs a fresh process about 0.09 s; the
compiled objects load from the user's cache folder (`biaslens.startcache`) in
about 0.04 s. The entry's key is the sha256 of every file under the lexicon
folder and of every module of the package, so an edited lexicon, data file or
module is compiled afresh, never read stale. The entry is a pickle written by
this package into the user's own cache folder (mode 0600, atomically); one that
cannot be read, or is not what was stored, is ignored.
"""

from __future__ import annotations

import gc
import hashlib
import io
import os
import pickle
import threading
from dataclasses import fields, replace
from functools import cache
from typing import NamedTuple

from . import startcache
from .attribute import AttributionRules
from .entities import EntityRules
from .lexicon import contexts
from .lexicons import Lexicon, TermMatcher, builtin_lexicon_paths, fixed_categories, lexicon_dir, load_lexicon

_LOCK = threading.Lock()


class Builtins(NamedTuple):
    loaded: tuple[Lexicon, ...]
    attribution: tuple[Lexicon, ...]
    rules: AttributionRules
    matcher: TermMatcher  # of the loaded-language lexicons alone
    entities: EntityRules  # of the built-in lexicons alone (its memo `cache` empty: see `entity_rules`)


def source_key() -> str:
    """sha256 of every lexicon and data file and every module of the package: each file's
    path under its folder, then its bytes, in the order of their paths' parts."""
    h = hashlib.sha256()
    package = os.path.dirname(os.path.realpath(__file__))
    for base, suffix in ((str(lexicon_dir()), ""), (package, ".py")):
        for parts in sorted(_files(base, suffix)):
            with open(os.path.join(base, *parts), "rb") as f:
                data = f.read()
            h.update("/".join(parts).encode() + b"\0")
            h.update(data + b"\0")
    return h.hexdigest()


def _files(base: str, suffix: str) -> list[tuple[str, ...]]:
    """The files under `base` whose names end with `suffix` (not in __pycache__), as tuples of
    path parts (os.walk and plain strings: pathlib's rglob cost a start several milliseconds)."""
    out = []
    for folder, dirs, names in os.walk(base):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        rel = os.path.relpath(folder, base)
        head = () if rel == "." else tuple(rel.split(os.sep))
        out.extend(head + (n,) for n in names if n.endswith(suffix) and os.path.isfile(os.path.join(folder, n)))
    return out


def build() -> Builtins:
    loaded = tuple(load_lexicon(p) for p in builtin_lexicon_paths("loaded"))
    attribution = tuple(load_lexicon(p, allowed_categories=fixed_categories(p))
                        for p in builtin_lexicon_paths("attribution"))
    matcher = TermMatcher([e for lx in loaded for e in lx.entries], compounds=True, possessives=True)
    return Builtins(loaded, attribution, AttributionRules.from_lexicons(attribution), matcher,
                    EntityRules.load(loaded, attribution))


def entity_rules(built: Builtins) -> EntityRules:
    """The built-in entity rules for one Analyzer: the kept ones with an empty memo of their own."""
    return replace(built.entities, cache={})


class _Pickler(pickle.Pickler):
    """Pickles the module-level singletons of `biaslens.lexicon.contexts` (the context words ``#``
    and ``'s``) by name, so that the loaded objects hold the very same ones."""

    def reducer_override(self, obj):
        if obj is contexts._NUMBER:
            return "_NUMBER"  # a global of obj's module
        if obj is contexts._POSSESSIVE:
            return "_POSSESSIVE"
        return NotImplemented


def _encode(built: Builtins) -> bytes:
    out = io.BytesIO()
    _Pickler(out, protocol=pickle.HIGHEST_PROTOCOL).dump(tuple(built))
    return out.getvalue()


def _decode(data: bytes) -> Builtins | None:
    value = _loads(data)
    if (isinstance(value, tuple) and len(value) == 5 and isinstance(value[2], AttributionRules)
            and isinstance(value[3], TermMatcher) and isinstance(value[4], EntityRules)
            and _complete(value[2]) and _complete(value[4]) and not value[4].cache
            and all(isinstance(lx, Lexicon) for lx in value[0] + value[1])):
        return Builtins(*value)
    return None


def _complete(rules) -> bool:
    """Whether a loaded rules record has every field of its class: an entry written by another
    layout of the class (a file replaced while a process that wrote the entry was importing) is
    compiled again, never used with a field missing."""
    return all(hasattr(rules, f.name) for f in fields(rules))


def _loads(data: bytes):
    """pickle.loads with the cyclic garbage collector paused: the entry is some 80,000 objects,
    none of them garbage, which the collector would otherwise walk again and again while they
    are made (about an eighth of the load, by counted instructions)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(data)
    finally:
        if enabled:
            gc.enable()


@cache
def compiled_builtins() -> Builtins:
    """The built-in lexicons and their compiled forms, from the cache when it holds them.
    The same objects for every Analyzer of the process: they are read-only."""
    with _LOCK:
        try:
            key = source_key()
        except OSError:  # pragma: no cover - an unreadable installation: compile, keep nothing
            return build()
        cached = startcache.load("lexicons", key, _decode, suffix="pickle")
        if cached is not None:
            return cached
        built = build()
        startcache.store("lexicons", key, _encode(built), suffix="pickle")
        return built
