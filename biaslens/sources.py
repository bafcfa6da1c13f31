"""The sources of an article (part of stage 5, aggregate): each distinct source a sentence
credits, with its type, mentions, variants, sentences and roles."""

from __future__ import annotations

import re
from bisect import insort
from collections.abc import Sequence
from functools import lru_cache
from itertools import combinations

from .report import SentenceResult, SourceSummary

_TITLES = re.compile(r"^(?:the|mr|mrs|ms|dr|president|prime minister|minister|gen|general|sen|senator|rep|gov|"
                     r"governor|secretary|chancellor|ayatollah|supreme leader|king|queen|prince|sheikh)\.?\s+",
                     re.I)
_STOP = {"the", "of", "a", "an", "and", "'s", "’s", "s"}
_WORDS = re.compile(r"\w+").findall  # compiled once, not looked up in re's cache a name


# the first word of each of `_TITLES`: a lower-case ASCII name whose first word (less one ".") is
# none of these has no title to drop, and `_TITLES.match` need not run
_TITLE_FIRST = frozenset({"the", "mr", "mrs", "ms", "dr", "president", "prime", "minister", "gen", "general",
                          "sen", "senator", "rep", "gov", "governor", "secretary", "chancellor", "ayatollah",
                          "supreme", "king", "queen", "prince", "sheikh"})


def _untitled(low: str) -> str:
    """`_TITLES.sub("", low)` (anchored: only a title at the start goes); outside ASCII, case
    folding ("ſ" matches "s") leaves it to the pattern."""
    if low.isascii():
        first = low.split(None, 1)
        if not first or first[0].removesuffix(".") not in _TITLE_FIRST:
            return low
    title = _TITLES.match(low)
    return low[title.end():] if title else low


def _word_list(text: str) -> list[str]:
    """`_WORDS(text)`: the white-space split when every other character is a letter (letters are
    word characters, white space is not), else the pattern."""
    parts = text.split()
    return parts if "".join(parts).isalpha() else _WORDS(text)


@lru_cache(maxsize=4096)
def _key_words(name: str) -> frozenset[str]:
    """The words that identify a source name (titles, articles and possessives
    dropped). Memoised across articles: the same names ("Reuters", "officials",
    "he") recur, and the function is pure; a new name costs two string splits
    where it can (tests/test_aggregate_fastpaths.py)."""
    return frozenset(_word_list(_untitled(name.lower().replace("’", "'")))).difference(_STOP)


def _key_words_plain(name: str) -> frozenset[str]:
    """`_key_words` as the patterns give it (the reference for the test)."""
    words = _WORDS(_TITLES.sub("", name.lower().replace("’", "'")))
    return frozenset(w for w in words if w not in _STOP)


_TYPE_ORDER = {"media": 0, "official": 1, "data": 2, "institution": 3, "place": 4, "person": 5, "group": 6,
               "anonymous": 7}


def _source_items(s: SentenceResult, types: dict[str, str]):
    """(name, type, role) of each source a sentence credits: its speakers (the entities the
    entities stage resolved), else the source as written; and the outlet relaying it."""
    a = s.attribution
    role = "headline" if s.role == "headline" else "speaker"
    names = a.speakers or ((a.speaker,) if a.speaker else ())
    if names:
        for n in names:  # a statistics office speaking through its figures stays a data source
            data = a.source_type == "data" and a.coref == "name"
            yield n, "data" if data else types.get(n, a.source_type), role
    elif a.source:
        yield a.source_name or a.source, a.source_type, role
    if a.via:
        yield a.via, types.get(a.via, "media"), "relay"
    elif names and a.source_type == "media" and (a.kind == "according_to" or a.rule == "trailing-cue") \
            and (a.source_name or a.source) not in names:
        yield a.source_name or a.source, "media", "relay"  # "X said ..., according to Reuters" (or "Reuters reported")


# a source name is merged by a scan of the groups while there are at most this many; then through
# `_WordIndex` (thousands of distinct speakers, each scanning all the others, took quadratic time)
SCAN_GROUPS_MAX = 64
# the most key words of a name whose subsets `_WordIndex` looks up (a longer name scans the groups)
SUBSET_WORDS_MAX = 8


class _WordIndex:
    """The source groups by word, to find the first group (in order) whose words hold a name's or lie
    within them, without a scan: `holding` (word -> the groups holding it, ascending) gives the first,
    `within` (a group's words, then or since -> the groups) the second, through the name's word subsets."""

    __slots__ = ("holding", "within")

    def __init__(self, groups) -> None:
        self.holding: dict[str, list[int]] = {}
        self.within: dict[frozenset[str], list[int]] = {}
        for i, g in enumerate(groups):
            self.note(i, g[0], g[0])

    def note(self, i: int, added, words: set[str]) -> None:
        """Group i has taken the words `added`; its words are now `words`."""
        if added:
            for w in added:
                insort(self.holding.setdefault(w, []), i)
            self.within.setdefault(frozenset(words), []).append(i)

    def first(self, words: frozenset[str], groups) -> int | None:
        if len(words) > SUBSET_WORDS_MAX:
            return _scan(words, groups)
        best = None
        lists = [self.holding.get(w) for w in words]
        if all(lists):
            best = next((i for i in min(lists, key=len) if words <= groups[i][0]), None)
        for r in range(1, len(words) + 1):
            for sub in combinations(words, r):
                for i in self.within.get(frozenset(sub), ()):
                    if (best is None or i < best) and groups[i][0] <= words:
                        best = i
        return best


def _scan(words: frozenset[str], groups) -> int | None:
    """The first group whose words hold a name's words or lie within them (a plain loop: a
    generator left at its first answer costs more to close than the scan)."""
    for i, g in enumerate(groups):
        if words <= g[0] or g[0] <= words:
            return i
    return None


def summarise_sources(sentences: Sequence[SentenceResult],
                      entity_types: dict[str, str] | None = None) -> tuple[SourceSummary, ...]:
    """Distinct sources with their type, mentions and roles. Variants merge when one
    name's words are contained in the other's ("Rouhani" in "Hassan Rouhani")."""
    # each group: [words, {variant: mentions}, {type: mentions}, [sentence indices], {role}]
    groups: list[tuple[set[str], dict[str, int], dict[str | None, int], list[int], set[str]]] = []
    types = entity_types or {}
    index: _WordIndex | None = None  # (made when there are many groups)
    for s in sentences:
        a = s.attribution
        if not a.sourced:
            continue
        for name, stype, role in _source_items(s, types):
            words = _key_words(name)
            if not words:
                continue
            if index is None:
                gi = _scan(words, groups)
            else:
                gi = index.first(words, groups)
            if gi is None:
                gi = len(groups)
                groups.append((set(words), {name: 1}, {stype: 1}, [s.index], {role}))
                added = words
            else:
                g = groups[gi]
                added = words - g[0]
                g[0].update(added)
                variants, kinds = g[1], g[2]
                variants[name] = variants.get(name, 0) + 1
                kinds[stype] = kinds.get(stype, 0) + 1
                g[3].append(s.index)
                g[4].add(role)
            if index is not None:
                index.note(gi, added, groups[gi][0])
            elif len(groups) > SCAN_GROUPS_MAX:
                index = _WordIndex(groups)
    out = []
    for _, variants, kinds, indices, roles in groups:
        if len(variants) == 1:  # most sources are named one way only
            (name,) = names = tuple(variants)
            mentions = variants[name]
        else:
            name = max(variants, key=lambda v: (len(v), variants[v]))
            mentions = sum(variants.values())
            names = tuple(sorted(variants))
        # the most specific type any mention established ("Foreign Minister Lena Vasko" makes a
        # later bare "Vasko" an official too)
        if len(kinds) == 1:
            (stype,) = kinds
        else:
            stype = min(kinds, key=lambda t: (_TYPE_ORDER.get(t, 9), -kinds[t]))
        out.append(SourceSummary(name, stype, mentions, names, tuple(indices),
                                 tuple(sorted(roles)) if len(roles) > 1 else tuple(roles)))
    out.sort(key=lambda x: (-x.mentions, x.name.lower()))
    return tuple(out)
