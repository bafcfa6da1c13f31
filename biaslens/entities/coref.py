"""Linking names into entities.

- A full name and its later surname ("Michael Steele" ... "Mr. Steele") are one
  entity: a name whose words are all in a longer name of a person is that person
  (the nearest one mentioned before, when two share a surname).

Pointing pronouns and role nouns back to the entities: `pointing`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Sequence
from functools import lru_cache

from .acronyms import spelled_out as _spelled_out
from .lexicon import EntityRules
from .lonesurnames import lone_words, surname_alone
from .mentions import Candidate
from .namekeys import name_keys, unaccented
from .shortforms import after_of, short_business

_TYPE_RANK = {"media": 0, "place": 1, "official": 2, "institution": 3, "data": 4, "group": 5, "person": 6,
              "anonymous": 7}
_PEOPLE = ("person", "official")
_BODY_TYPES = frozenset({"media", "place", "institution", "group", "data", "anonymous"})  # what "they", "it" name
_PEOPLE_SET = frozenset(_PEOPLE)
_PERSON_OR_NONE = (None, *_PEOPLE)
_ID_CHARS = re.compile(r"[^a-z0-9]+")
_alloc = object.__new__
# the most groups sharing a word that a name is tested against: the latest to take the word (a list of
# thousands of "John ..." would test each against all the others, quadratic time; news has a few)
NEAR_GROUPS_MAX = 100


@lru_cache(maxsize=8192)
def entity_id(name: str) -> str:
    """The normalised name: lower case ASCII letters and digits joined by '-' (accents dropped)."""
    if name.isascii():  # (NFKD and the ASCII encoding leave ASCII text as it is)
        flat = name.lower()
    else:
        import unicodedata

        flat = unicodedata.normalize("NFKD", name.replace("’", "'")).encode("ascii", "ignore").decode().lower()
    flat = flat.replace("'s ", " ")
    words = flat.split(" ")
    if all(map(str.isalnum, words)) and flat.isascii():  # "ada morel": the regex's result, without the regex
        return "-".join(words)
    return _ID_CHARS.sub("-", flat).strip("-") or "entity"


class Group:
    """An entity being built: its names, type votes, roles, gender and where it is named."""

    __slots__ = ("keys", "names", "types", "roles", "classes", "gender", "human", "body", "starts")

    def __init__(self, cand: Candidate | None = None, *, name: str = "", kind: str | None = None) -> None:
        self.keys: set[str] = set(name_keys(cand.keys)) if cand else set()
        self.names: list[str] = [cand.name] if cand else [name]
        self.types: dict[str, int] = {}
        self.roles: list[str] = []
        self.classes: set[str] = set()
        self.gender: str | None = None
        self.human = False
        self.body = False  # an organisation, group or place: what "they" and "it" point to
        self.starts: list[int] = []  # the name mentions' starts, sorted (its mentions are kept by the stage)
        if kind:
            self.vote(kind)

    def vote(self, kind: str | None) -> None:
        if kind:
            self.types[kind] = self.types.get(kind, 0) + 1
            self.body = self.body or kind in _BODY_TYPES

    def add(self, cand: Candidate, known: bool = False) -> None:
        """A name mention of this entity (candidates come in text order: `starts` stays sorted; `known`:
        the group's words hold all of the candidate's already)."""
        start, name, keys, roles, role_classes, ctype, gender = cand.start, cand.name, cand.keys, cand.roles, \
            cand.role_classes, cand.type, cand.gender
        starts = self.starts
        if not starts or starts[-1] < start:
            starts.append(start)
        else:
            insort(starts, start)
        if name not in self.names:
            self.names.append(name)
        if not known:
            self.keys.update(name_keys(keys))
        if ctype:  # (`vote`, inlined)
            types = self.types
            types[ctype] = types.get(ctype, 0) + 1
            self.body = self.body or ctype in _BODY_TYPES
        if roles:
            own = self.roles
            for r in roles:
                if r not in own:
                    own.append(r)
        if role_classes:
            self.classes.update(role_classes)
            self.human = True
        if gender is not None:
            self.gender = self.gender or gender
            self.human = True
        elif ctype == "person":
            self.human = True

    @property
    def name(self) -> str:
        return name_of(self)

    @property
    def type(self) -> str:
        return type_of(self)

    def last_before(self, pos: int) -> int:
        k = bisect_left(self.starts, pos)
        return self.starts[k - 1] if k else -1


def name_of(g: Group) -> str:
    """A group's name: its longest name (in words), the first written of those. (`Group.name`; called
    directly where it is read for every group: a property is a call from C into Python.)"""
    names = g.names
    best = names[0]
    if len(names) > 1:  # (a loop: `max` with a key is a call into Python per name)
        most = len(best.split())
        for n in names:
            words = len(n.split())
            if words > most:
                best, most = n, words
    return best


def type_of(g: Group) -> str:
    """A group's type from its votes and evidence (`Group.type`; see `name_of`)."""
    types = g.types
    if not types:
        return "person" if g.human or g.gender else "institution"
    if len(types) == 1:
        return next(iter(types))  # (an "official" vote alone: no "person" vote to weigh it against)
    best, rank = "", (10, 0)  # the best-ranked type, then the most votes, then the first voted (`min`'s order)
    for t, votes in types.items():
        here = (_TYPE_RANK.get(t, 9), -votes)
        if here < rank:
            best, rank = t, here
    if best == "official" and "person" in types and not g.classes and not g.body:
        return "person"
    return best


def new_group(keys, name: str, kind: str | None = None) -> Group:
    """`Group(cand)` (`keys` and `name` the candidate's) or `Group(name=name, kind=kind)` (`keys` empty), built
    without the class call's dispatch to `__init__` (about a third of a group's cost; the states are equal)."""
    g = _alloc(Group)
    g.keys, g.names, g.types, g.roles, g.classes = set(keys), [name], {}, [], set()  # (`keys`: `name_keys`'s)
    g.gender, g.human, g.body, g.starts = None, False, False, []
    if kind:
        g.vote(kind)
    return g


def link(cands: Sequence[Candidate], source_heads: dict[int, str], places: frozenset[tuple[str, ...]] = frozenset(),
         demonyms: frozenset[tuple[str, ...]] = frozenset(), loaded: frozenset[str] = frozenset(), text: str = ""
         ) -> tuple[list[Group], list[tuple[Candidate, int]]]:
    """Group the candidates into entities. `source_heads` maps a candidate start offset that
    heads an attribution's source to its source type (a name that speaks is an entity). A
    one-word name with no other evidence is an entity of unknown type when it recurs
    capitalised inside sentences ("... said Trump ... met Trump"), a place if `places` lists it,
    none if `demonyms` does ("Iranian officials ... Iranian negotiators"). A one-word name that is a `loaded`
    word is a name only as the surname of a person named in full ("Lynch" after "Mick Lynch"). A two-word
    name with no other evidence is a person's when the `text` uses its last word alone (`surname_alone`)."""
    index: dict[str, list[int]] = {}  # name word -> the groups whose names hold it (each once)
    ones: list[tuple[str, ...]] = []  # one-word names away from a sentence's first word (for `_recurring`)
    groups = _seeds(cands, index, ones)  # full names first: every later surname can find its person
    recurring = None
    linked: list[tuple[Candidate, int]] = []
    indexed = index.keys()  # (a live view: the words indexed so far)
    for c in cands:
        ck = c.keys
        nk = name_keys(ck)
        gi = None if indexed.isdisjoint(nk) else _find(groups, c, index, nk)  # no group shares a word: new
        if gi is None and not c.strong and len(ck) > 1 and source_heads.get(c.start) in _PEOPLE:
            gi = _spoken(groups, c, index, nk, source_heads)
        if gi is None and len(ck) == 1 and c.name.isupper():
            gi = _spelled_out(groups, ck[0])  # "IDF" after "the Israel Defense Forces (IDF)"
            if gi is not None:
                c = c._replace(type=None)  # (an acronym's type is a guess: the name's stands)
        if gi is None:
            if len(ck) == 1 and ck[0] in loaded:
                continue  # "a demented Stalinist", "Islamist": the writer's word, no one's name
            kind = c.type or source_heads.get(c.start)
            if kind == "institution" and c.initial and len(ck) == 1 and c.start not in source_heads \
                    and not c.name.isupper():  # (an acronym is a name wherever it stands: "NBA")
                if recurring is None:
                    recurring, lone = _repeated(ones), lone_words(cands)
                if ck not in recurring:
                    continue  # "Hospital waiting lists fell", "Watch the video": grammar's capital on a common noun
            if kind is None:
                if recurring is None:
                    recurring, lone = _repeated(ones), lone_words(cands)
                if surname_alone(c, lone, index, places, demonyms, text):
                    c = c._replace(type="person")  # "Amara Okafor ... Okafor grew up": named, then by surname
                elif ck not in recurring or ck in demonyms:
                    continue
                if ck in places:
                    c = c._replace(type="place")  # "Lisbon": a city, not an organisation
            elif c.type is None:
                c = c._replace(type=kind)
            groups.append(new_group(nk, c.name))
            gi = len(groups) - 1
            known, fresh = False, nk
        else:
            known = groups[gi].keys.issuperset(ck)  # every word of a group's names is indexed to it
            fresh = () if known else [k for k in nk if k not in groups[gi].keys]
            if c.type is None and not groups[gi].types and (kind := source_heads.get(c.start)) is not None:
                c = c._replace(type=kind)  # "a Hamas command center ... Hamas called": what the source's type says
        g = groups[gi]
        if g.human and len(ck) == 1 and c.type not in _PERSON_OR_NONE:
            c = c._replace(type=None)  # a person's surname, whatever else the word names
        g.add(c, known)
        if fresh:
            _index(index, fresh, gi)
        linked.append((c, gi))
    return groups, linked


def _spoken(groups: Sequence[Group], c: Candidate, index: dict[str, list[int]], nk,
            source_heads: dict[int, str]) -> int | None:
    """When `_find` finds no group for a full name that is not strong and that a person's source names: the
    group it joins, as a strong person's name, that holds its surname and a person's role ("McGuinness, a
    former MEP, said ... Mairead McGuinness said"; of the latest to take the surname, the one mentioned
    last), or None."""
    gi = None
    strong, keys = c._replace(type=source_heads[c.start], strong=True), set(nk)
    best_pos = -2
    for gj in sorted((index.get(c.keys[-1]) or ())[-NEAR_GROUPS_MAX:]):
        g = groups[gj]
        if g.classes and g.keys < keys and _same(g, strong, keys, False) and g.last_before(c.start) > best_pos:
            gi, best_pos = gj, g.last_before(c.start)
    return gi


def _seeds(cands: Sequence[Candidate], index: dict[str, list[int]], ones: list[tuple[str, ...]]) -> list[Group]:
    """A group for every strong full name that neither repeats an earlier one's words nor (for a
    person or an untyped name) is a part of one. (`_find` on groups that have no mentions, votes
    or evidence yet: only those two of its tests can hold, and any fitting group answers.) The same
    pass gathers into `ones` what `_recurring` counts (the one-word names not first in a sentence)."""
    groups: list[Group] = []
    seen: set[frozenset[str]] = set()
    for c in cands:
        ck = c.keys
        if len(ck) < 2:
            if ck and not c.initial:
                ones.append(ck)
            continue
        if not c.strong:
            continue
        nk = name_keys(ck)
        keys = frozenset(nk)
        if keys in seen or (c.type in _PERSON_OR_NONE and _inside(keys, groups, _holding_all(index, ck))):
            continue
        seen.add(keys)
        groups.append(new_group(nk, c.name))
        _index(index, nk, len(groups) - 1)
    return groups


def _inside(keys: frozenset[str], groups: Sequence[Group], near: list[int] | None) -> bool:
    """Whether a group's names hold all of `keys` and more (`near`: the groups holding one of them)."""
    if near:
        for gi in near:
            if keys < groups[gi].keys:
                return True
    return False


def _holding_all(index: dict[str, list[int]], ck: Sequence[str]) -> list[int] | None:
    """The groups holding a name's first word; when many do, the shortest list of any of its words (a group
    holding them all is in each)."""
    near = index.get(ck[0])
    if near is None or len(near) <= NEAR_GROUPS_MAX:
        return near
    for k in ck[1:]:
        where = index.get(k)
        if where is None:
            return None
        if len(where) < len(near):
            near = where
    return near


def _recurring(cands: Sequence[Candidate]) -> set[tuple[str, ...]]:
    """One-word names seen at least twice away from a sentence's first word."""
    return _repeated([c.keys for c in cands if len(c.keys) == 1 and not c.initial])


def _repeated(ones: list[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """The names seen at least twice (a set pass: a `Counter` is a call into Python to build)."""
    seen: set[tuple[str, ...]] = set()
    twice: set[tuple[str, ...]] = set()
    for k in ones:
        if k in seen:
            twice.add(k)
        else:
            seen.add(k)
    return twice


def _index(index: dict[str, list[int]], keys, gi: int) -> None:
    """Index group gi under `keys` (of a name's `name_keys`), words it did not hold (so it is in none of their
    lists, but the last of one just given it when a word repeats: "Smith Smith"); no search of a list
    thousands long."""
    for k in keys:
        where = index.get(k)
        if where is None:
            index[k] = [gi]
        elif where[-1] != gi:
            where.append(gi)


def _find(groups: Sequence[Group], c: Candidate, index: dict[str, list[int]], nk) -> int | None:
    """The group a candidate belongs to: the same words, or (for people) a part of a longer
    name ending in the same surname; the one mentioned last before it when several fit.
    When only one group holds any of its words, that group's tests alone decide. Of the groups holding
    a word, the NEAR_GROUPS_MAX latest to take it are tried. (`nk`: its `name_keys`.)"""
    ck = c.keys
    if len(ck) == 1:
        near = index.get(ck[0]) or index.get(unaccented(ck[0]))
        if not near:
            return None
        if len(near) > NEAR_GROUPS_MAX:
            near = near[-NEAR_GROUPS_MAX:]
        if len(near) == 1:
            return near[0] if _surname_fits(groups[near[0]], c) else None
    else:
        near = set()
        for k in ck:
            where = index.get(k)
            if where:
                near.update(where if len(where) <= NEAR_GROUPS_MAX else where[-NEAR_GROUPS_MAX:])
        if len(near) == 1:
            gi = near.pop()
            g = groups[gi]
            return gi if _same(g, c, set(nk), False) or short_business(g, c) else None  # ("Crane Ridge")
        if not near:
            return None
    keys = set(nk)
    people_only = len(ck) == 1
    best, best_pos = None, -2
    for gi in sorted(near):
        g = groups[gi]
        if _same(g, c, keys, people_only):
            pos = g.last_before(c.start)
            if pos > best_pos:
                best, best_pos = gi, pos
    return best


def _same(g: Group, c: Candidate, keys: set[str], people_only: bool) -> bool:
    """Whether a candidate (its words `keys`) names the entity of a group that shares a word with it."""
    if _other_gender(g, c):
        return False  # "Mr. Trump" is not "Ivanka Trump" nor the "Mrs. Trump" before him
    if keys == g.keys:
        return True
    if keys < g.keys and c.keys[-1] in g.keys and c.type in _PERSON_OR_NONE \
            and (g.human or not g.types or _PEOPLE_SET.issuperset(g.types)):
        return not people_only or not g.body
    if people_only and keys < g.keys and g.human and g.last_before(c.start) >= 0:
        return True  # "Vicente Fox ... Fox said": the surname, though an outlet is called Fox too
    return g.keys < keys and c.strong and c.type in _PEOPLE and g.human


def _surname_fits(g: Group, c: Candidate) -> bool:
    """`_find`'s tests for a one-word name and the one group whose names hold the word."""
    if _other_gender(g, c):
        return False
    if len(g.keys) == 1:
        return True  # the same word
    if after_of(g, c.keys[0]):
        return False  # "Michigan" is not the "University of Michigan" (whose types may not be known yet)
    if c.type in _PERSON_OR_NONE and (g.human or not g.types or _PEOPLE_SET.issuperset(g.types)):
        return not g.body  # a part of a person's longer name (never a business's: not human, no person votes)
    if g.human:
        return g.last_before(c.start) >= 0
    return short_business(g, c)  # "Lumora" of "Lumora Inc."


def _other_gender(g: Group, c: Candidate) -> bool:
    """Whether a candidate's own words ("Mr.", "Ms.") give the other gender than its group's
    (from a listed given name or a title): a part of the name then names someone else."""
    return c.gender is not None and g.gender is not None and c.gender != g.gender


def gender_of_words(words: Sequence[str], rules: EntityRules) -> str | None:
    """A gender from gendered nouns among a description's words ("his wife", "the actress")."""
    for w in words:
        g = rules.gendered.get(w.lower())
        if g:
            return g
    return None
