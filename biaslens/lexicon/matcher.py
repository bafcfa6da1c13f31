"""`TermMatcher`: finds lexicon terms in a sentence's token keys, a dict lookup a token."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache

from .contexts import in_context
from .format import Entry, read_list
from .inflect import inflections

_Anchored = tuple[int, int, tuple[str, ...], "Entry"]  # (anchor's place in the term, term length, keys, entry)


@cache
def _function_words() -> frozenset[str]:
    return frozenset(read_list("function_words.txt"))


def _leftmost_longest(match: tuple[int, int, Entry]) -> tuple[int, int]:
    return match[0], -match[1]


def _add_compounds(table: dict[tuple[str, ...], Entry]) -> None:
    """Each term of several plain words (and each of its inflected forms) also as one hyphenated
    word, unless that word is a term of its own."""
    for key, e in list(table.items()):
        if len(key) > 1 and all(k.isalpha() for k in key):
            table.setdefault(("-".join(key),), e)


def _add_possessives(table: dict[tuple[str, ...], Entry], common: frozenset[str]) -> None:
    """Each term (and each of its forms) also with a possessive 's on its last word ("the
    regime's forces", "the strongman's men"): the tokenizer keeps "regime's" one token, so
    without it a label used as a possessor is never found. Function words ("may", "could")
    take no possessive, so a name such as "May's" is not read as the modal."""
    for key, e in list(table.items()):
        last = key[-1]
        if last not in common and last.replace("-", "").isalpha() and not last.endswith("'s"):
            table.setdefault(key[:-1] + (last + "'s",), e)


def _index(single: dict, after: dict, before: dict) -> dict[str, tuple]:
    """key -> (single.get(key), after.get(key), before.get(key)) for every key of the three. The forms
    of a one-word term that anchors no longer one share one tuple ("said", "says", "saying": the
    same (entry, None, None)), so the table holds a few thousand objects the cyclic collector
    walks, not one a form."""
    alone: dict[int, tuple] = {}
    out = {}
    for k in frozenset(single) | frozenset(after) | frozenset(before):
        e, a, b = single.get(k), after.get(k), before.get(k)
        if a is None and b is None:
            out[k] = alone.get(id(e)) or alone.setdefault(id(e), (e, None, None))
        else:
            out[k] = (e, a, b)
    return out


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
    terms are found, never which. `compounds`: a term of several words is also
    found written as one hyphenated word ("soft on crime" in "a soft-on-crime
    mayor", "power grab" in "power-grab"), as the loaded-language lexicons want. `possessives`:
    a term is also found with a possessive 's on its last word ("the regime's forces")."""

    __slots__ = ("_terms", "_single", "_first", "_index", "_plain", "_triggers", "entries")

    def __init__(self, entries: Iterable[Entry], function_words: Iterable[str] | None = None,
                 compounds: bool = False, possessives: bool = False) -> None:
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
        if compounds:
            _add_compounds(table)
        common = _function_words() if function_words is None else frozenset(function_words)
        if possessives:
            _add_possessives(table, common)
        single: dict[str, Entry] = {}
        terms: list[tuple[str, ...]] = []  # the keys of the terms of several words
        # anchor key -> (terms by the key after the anchor, terms ending at the anchor by the key
        # before it): a term is compared only when the anchor's neighbour fits, as a dict lookup
        after: dict[str, dict[str, list[_Anchored]]] = {}
        before: dict[str, dict[str, list[_Anchored]]] = {}
        for key, e in table.items():
            if len(key) == 1:
                single[key[0]] = e
                continue
            terms.append(key)
            at = next((i for i, k in enumerate(key) if k not in common), None)
            if at is None:  # only function words (rare): the longest of them
                at = max(range(len(key)), key=lambda i: len(key[i]))
            if at + 1 < len(key):
                after.setdefault(key[at], {}).setdefault(key[at + 1], []).append((at, len(key), key, e))
            else:
                before.setdefault(key[at], {}).setdefault(key[at - 1], []).append((at, len(key), key, e))
        self._single = single
        self._terms = tuple(terms)  # (one tuple of string tuples: no object a term for the collector to walk)
        self._first = frozenset(single) | frozenset(key[0] for key in terms)  # every key that starts a term
        # key -> (its one-word entry, its terms by next key, its terms by previous key), each or None:
        # one dict lookup a candidate position
        self._index = _index(single, after, before)
        self._triggers = frozenset(self._index)
        # the keys of one-word terms with no `unless` contexts that anchor no longer term: a match
        # as it stands, without the lookups below
        self._plain = {k: e for k, (e, a, b) in self._index.items()
                       if e is not None and not e.unless and a is None and b is None}
        self.entries = tuple(exact.values())

    def find(self, keys: Sequence[str]) -> list[tuple[int, int, Entry]]:
        """Non-overlapping (first, last+1, entry) matches over token keys, longest first."""
        triggers = self._triggers
        if triggers.isdisjoint(keys):
            return []  # decided in C
        index, plain = self._index, self._plain
        n = len(keys)
        found: list[tuple[int, int, Entry]] = []  # (first, last+1, entry) of every match
        longer_found = False
        # a plain loop with `in`: cheaper than compress(count(), map(triggers.__contains__, keys)),
        # whose every call of the bound __contains__ builds an argument tuple
        for i, k in enumerate(keys):
            if k not in triggers:
                continue
            if k in plain:  # most trigger keys: a one-word term, no context, no longer term at it
                found.append((i, i + 1, plain[k]))
                continue
            entry, after, before = index[k]
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
        for key in self._terms:
            out.add(next((w for w in key if w not in skip), key[0]))
        return frozenset(out)

    def single(self, key: str) -> Entry | None:
        """The one-word term whose (inflected) form is `key`, if any: one dict lookup."""
        return self._single.get(key)

    def single_keys(self) -> frozenset[str]:
        """The keys of the one-word terms and their forms (not the first words of longer terms)."""
        return frozenset(self._single)

    def first_keys(self) -> frozenset[str]:
        """Every key that starts a term (`key in matcher` as one set, for a test in C)."""
        return self._first

    def __contains__(self, key: str) -> bool:
        return key in self._first

    def __len__(self) -> int:
        return len(self.entries)
