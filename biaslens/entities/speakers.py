"""Speakers: the entity (or entities) each attribution's source resolves to.

- A named source is the entity its head name belongs to; titles, roles and the
  writer's loaded words around the name are not part of it. "X and his
  counterpart Y" credits both (`speakers`).
- A pronoun or role noun as source ("he said", "the governor said") points back
  (see `coref`); when nothing fits it stays unresolved (`coref` says so).
- A description without a name is a group ("Shiite clerics in Qom"), an
  anonymous source stays anonymous, and a relaying outlet (`via`) is an entity
  too, listed among the sources with the role ``relay``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from operator import itemgetter

from .appositions import is_description
from .authors import NO_ISSUER, WrittenSources
from .bodies import demonym_name, is_body
from .coref import Group, entity_id, new_group
from .lexicon import EntityRules
from .mentions import _PRONOUNS, Candidate, Pointer
from .pointers import described_key
from .pointing import gendered
from .pronounsources import PronounSources
from .records import COREF_DOCUMENT, COREF_NAME, COREF_ROLE, COREF_UNRESOLVED
from .rolesources import RoleSources
from .sourcenames import (
    _AFFILIATION,
    _FOR,
    _NAME_END,
    _NP_START,
    _PARTY_TAG,
    _PARTY_TAG_AT,
    POSSESSIVE_ENDS,
    _head_noun,
    head_gap,
    of_body,
)

_AND = re.compile(r"\s*(?:and|&)\s")
_LIST_COMMA = re.compile(r"\s*,\s*")
# a name's place, then another name coordinated with it ("Sen. Sheldon Whitehouse of Rhode Island and ...")
_PLACE_AND = re.compile(r"\s*of\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s*,?\s+(?:and|&)\s+")
_OF_ONLY = re.compile(r"\s+of\s+")
_COORDINATION = re.compile(r"^[\s,]*(?:and|&)\s+(?:(?:his|her|their|its)\s+)?(?:[A-Z][\w-]*\s+)*$")
_HEAD_WORDS = frozenset({"the", "a", "an", "former", "then", "acting", "deputy", "top", "senior", "his", "her",
                         "their", "its", "-", "’", "'", "‘", "“", "”", '"'})
# a source "it" ("it said") is one organisation's ("o"; see pointing._fits); as a mention elsewhere "it" is too often
# no one's ("it is clear") to be looked at
_SOURCE_PRONOUNS = {**_PRONOUNS, "it": "o"}
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})
_TURN_LABELS = frozenset({"Q", "A"})  # a Q&A's turns: the interviewer's question, the answer
_LABEL_RULES = frozenset({"name-colon", "colon-continuation"})
# "Ortiz, who he said": the name before the relative is whom the clause is about, not "he" (after "the
# referee, who he said" no name is: the nearest name before, the sentence's subject, may be "he")
_AFTER_WHO = re.compile(r"[A-Z][\w.’'-]*,\s*(?:who|whom)\s+$")
_ISSUED_BY = re.compile(r"\b[a-z]+ed(?:\s+[\w-]+){0,4}\s+by\s+(?:the\s+)?$")
_BY = re.compile(r"\b(?:by|from|of)\s+(?:the\s+)?$", re.I)
_OWN = re.compile(r"(?:its|his|her|their)\s+own")  # a source taken from "of its own": not a name

_FIRST = itemgetter(0)
_HE_SHE = frozenset({"m", "f"})
_FROM_BY_OF = frozenset({"from", "by", "of"})
# a description coordinated with a name before it: "Both the mayor and " (Ana Lima)
_DESCRIBED_AND = re.compile(r"(?:[Bb]oth\s+)?(?:[Tt]he|[Aa]n?)\s+[a-z][a-z' -]{0,40}?\s+and\s+")
_WHO_COMMA = re.compile(r",(?=\s+who\b)")  # the comma that opens a relative clause inside a description
# what may open a name in apposition after its comma: "the" and one modifier ("the Boston-based")
_APPOSED_LEAD = re.compile(r"\s+the(?:\s+(?:[a-z]+|[\w.]+-[a-z]+))?")


class SpeakerResolver(WrittenSources, RoleSources, PronounSources):
    """Resolves the attributions of one article, in text order."""

    def __init__(self, rules: EntityRules, text: str, sentence_starts: Sequence[int], groups: list[Group],
                 linked: Sequence[tuple[Candidate, int]], order: dict[int, list[tuple[int, int]]],
                 pointers: Sequence[Pointer], outside_quotes=None) -> None:
        """`outside_quotes`: makes `order` with the names of reported speech too (quotations left out)."""
        self.rules, self.text, self.sentence_starts = rules, text, sentence_starts
        self.outside_quotes, self.wide = outside_quotes, None
        self.groups, self.linked, self.order = groups, linked, order
        self.linked_starts = list(map(_NP_START, map(_FIRST, linked)))  # (C-level: no Python step a name)
        self.pointers = {(p.start, p.kind): p for p in pointers}
        # sentence -> the gender of the "he"/"she"/"his"/"her" that opens it (`pointing._nearest`)
        self.opened = {p.sentence: p.gender for p in pointers if p.kind == "pronoun" and p.gender in _HE_SHE
                       and p.start == sentence_starts[p.sentence]}
        self.by_sentence: dict[int, int] = {}
        self.by_span: dict[tuple[int, int], tuple[list[int], str, bool]] = {}  # source span -> what it resolved to
        self.descriptions: dict[str, int] = {}
        self.span_end = 0
        self.relayed: dict[int, str] = {}  # sentence -> the outlet an inner speaker's words came through
        self.last_source: tuple[int, int | None] = (-1, None)  # the latest source resolved: sentence, speaker
        self.named: dict[str, int] = {}  # a source as written -> the speaker its name gave
        self.recent: list[tuple[int, str, int]] = []  # sources resolved by name: sentence, as written, speaker
        self.sources: list[tuple[int, int, int, int, str]] = []  # descriptions' mentions: start, end, sentence, group
        self.first_turn: int | None = None  # the sentence of a Q&A's first "Q:" or "A:"
        self.bodies: dict[str, int] = {}  # a body's role noun ("board") -> the organisation it last stood for

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect_right(self.sentence_starts, pos) - 1)

    def resolve(self, si: int, att) -> tuple[list[int], str | None]:
        """Entity indices (speakers) and how they were found. A quotation's later sentences share
        its first sentence's source (the same span): they get the speaker found there."""
        if not att.sourced or not att.source or att.source_span is None:
            return [], None
        earlier = self.by_span.get(att.source_span)
        if earlier is not None:
            return self._done(si, list(earlier[0]), earlier[1], named=earlier[2])
        gis, how = self._resolve(si, att)
        self.by_span[att.source_span] = (gis, how, self.by_sentence.get(si) == (gis[0] if gis else None))
        self.last_source = (si, gis[0] if gis else None)
        if how == COREF_NAME and gis:
            self.recent.append((si, att.source, gis[0]))
            if not att.resolved_from:
                self.named[att.source] = gis[0]
        return gis, how

    def _resolve(self, si: int, att) -> tuple[list[int], str | None]:
        a, b = att.source_span
        written = (att.resolved_from or att.source).strip()
        key = written.lower().replace("’", "'")
        pronoun = key.partition("'")[0]
        if pronoun in _SOURCE_PRONOUNS:
            p = Pointer(self.sentence_of(a), a, b, "pronoun", pronoun, _SOURCE_PRONOUNS[pronoun],
                        bool(_AFTER_WHO.search(self.text, max(0, a - 40), a)))
            return gendered(self.groups, self._pronoun(si, att, p), p.gender)
        if key in _FIRST_PERSON and any(c <= a < d for c, d in att.content):
            return self._cue_subject(si, att)
        if written in _TURN_LABELS and att.rule in _LABEL_RULES:
            return self._interview_turn(si, written)
        role = self.pointers.get((a, "role"))
        if (role is None or self._described(role)) and att.resolved_from and att.source in self.named:
            return self._done(si, [self.named[att.source]], COREF_ROLE)  # "The official added": carried over
        names = self._names_within(a, b)
        if len(names) > 1 and demonym_name(names[0][0].keys, self.rules.demonyms):
            names = names[1:]  # "The carrier, Irish airline Ryanair": the demonym describes the name after it
        if role is not None:
            found = self._role_source(si, role, names, b)
            if found is not None:
                return found
        self.span_end = b
        if _OWN.fullmatch(key):  # "drafted a resolution of its own condemning ...": its = the subject's
            found = self._subject(si, a)
            return self._done(si, [found[0]], found[1]) if found else self._done(si, [], COREF_UNRESOLVED)
        first = written.split(None, 1)[0]
        if first.endswith("ing") and first.islower() and not (
                att.rule == "subject-cue" and written.rsplit(None, 1)[-1].lower() in self.rules.group_nouns):
            found = self._subject(si, a)  # "..., calling her tenure ...": the sentence's subject speaks
            # (not a group with a modifier as subject: "after developing countries rejected a draft")
            if found is not None:
                return self._done(si, [found[0]], found[1])
        if not names and self._is_document(written):
            gi = self._issuer(a, written)  # "according to a police statement": the police
            if gi is None:
                gi = self._author(si, a, written.lower().split()[-1])
            if gi is not None and gi != NO_ISSUER:
                return self._done(si, [gi], COREF_DOCUMENT, named=False)
        inner = self._inner_speaker(si, att)
        if inner is not None:
            return self._done(si, [inner], COREF_NAME)
        head = self._head(a, names, data=att.source_type == "data")
        if head:
            return self._done(si, head, COREF_NAME)
        counted = self._counted(si, a, key) if not names else None
        if counted:
            return self._done(si, counted, COREF_ROLE, named=False)
        return self._done(si, [self._description(si, att)], COREF_NAME, named=False)

    def _described(self, role: Pointer) -> bool:
        """A role pointer of a person's described role ("the singer": `pointers.described_role`), no title."""
        return described_key(role.key, self.rules)

    def _interview_turn(self, si: int, label: str) -> tuple[list[int], str | None]:
        """A Q&A's turn labels: "Q:" is the interviewer (the writer, no one quoted); "A:" the person
        the introduction named last before the first turn ("We spoke with Dr. Alan Reyes ... Q: ... A:
        ..."), unresolved when it named no one."""
        if self.first_turn is None:
            self.first_turn = si
        if label == "Q":
            return self._done(si, [], COREF_UNRESOLVED)
        people = [gi for s in range(self.first_turn - 1, max(-1, self.first_turn - 4), -1)
                  for _, gi in reversed(self.order.get(s, ())) if self.groups[gi].human]
        return self._done(si, people[:1], COREF_NAME if people else COREF_UNRESOLVED)

    def _names_within(self, a: int, b: int) -> list[tuple[Candidate, int]]:
        """The linked names whose noun phrase starts in [a, b) and that end by b."""
        linked = self.linked
        names = []
        for k in range(bisect_right(self.linked_starts, a - 1), len(linked)):
            c = linked[k][0]
            if c.np_start >= b:
                break
            if c.end <= b:
                names.append(linked[k])
        return names

    def _done(self, si: int, gis: list[int], how: str, named: bool = True) -> tuple[list[int], str]:
        if gis and named and not self.groups[gis[0]].body:
            self.by_sentence[si] = gis[0]  # a named speaker: what a later "he said" may point back to
        return gis, how

    def _head(self, a: int, names: Sequence[tuple[Candidate, int]], data: bool = False) -> list[int]:
        """The names that head the source: the first name (after articles and roles, or after
        "a spokesman for"), and every name coordinated with it."""
        if _PARTY_TAG_AT.match(self.text, a):  # a source that starts at "R-Utah, whose views ...": the name before
            names = self._before_tag(a) + [n for n in names if not _PARTY_TAG.match(n[0].name)]
        if not names:
            return []
        if len(names) > 1 and self.groups[names[1][1]].human and self._apposed(a, names):
            names = names[1:]  # "Another top Republican, Sen. Ada Morel": the person in apposition
        first, gi = names[0]
        gap = self.text[a:first.np_start] if first.np_start > a else ""
        if not (head_gap(gap, self.rules) or (_FOR.search(gap) and self._role_words(gap))
                or _DESCRIBED_AND.fullmatch(gap)  # "Both the mayor and Ana Lima said": the one named speaks
                or ((self.groups[gi].human or is_body(self.groups[gi])) and self._apposition(gap))
                or (data and _BY.search(gap) and len(gap.split()) <= 5)  # "figures compiled by X": X's
                or _ISSUED_BY.search(gap) and len(gap.split()) <= 9  # "an audit released on Thursday by X"
                or self._document_from(gap)):  # "a statement from the Easton Police Department"
            return []
        rest = self.text[first.end:self.span_end]
        rest = "" if rest in POSSESSIVE_ENDS else rest  # "below the IMF's forecasts": the estimate's owner
        if not (_NAME_END.match(rest) or _AND.match(rest) or self.groups[gi].human and (
                _AFFILIATION.match(rest) or of_body(rest, self.rules))
                or _PLACE_AND.match(rest)):
            return self._modified(names, rest, data)
        out = [gi]
        prev = first
        listed: list[int] = []  # names after a list's commas, kept once an "and" ends the list
        for c, gj in names[1:]:
            gap = self.text[prev.end:c.np_start]
            if (_COORDINATION.match(gap) or _PLACE_AND.fullmatch(gap)) and gj not in out:
                out += [*listed, gj]  # "Ana Ruiz, Tom Hale and Li Wei": every name of the list
                listed, prev = [], c
            elif _LIST_COMMA.fullmatch(gap) and gj not in out:
                listed.append(gj)
                prev = c
            elif _OF_ONLY.fullmatch(gap):
                prev = c  # "Sheldon Whitehouse of Rhode Island and ...": where the name before is from
            elif c.np_start > prev.end:
                break
        return out

    def _document_from(self, gap: str) -> bool:
        """Whether the words before a source's first name are a document and "from", "by" or "of" ("a
        statement from the", "the department's letter by"): the name is its issuer."""
        words = gap.lower().split()
        if words and words[-1] == "the":
            words.pop()
        return 2 <= len(words) <= 5 and words[-1] in _FROM_BY_OF and words[-2] in self.rules.documents

    def _before_tag(self, a: int) -> list[tuple[Candidate, int]]:
        """The name a party tag at `a` follows ("Sen. Ada Morel, D-Vt."), when only a comma or a bracket
        stands between them."""
        k = bisect_right(self.linked_starts, a - 1) - 1
        if k < 0:
            return []
        c, gi = self.linked[k]
        return [(c, gi)] if c.end <= a and self.text[c.end:a].strip() in (",", "(") else []

    def _apposed(self, a: int, names: Sequence[tuple[Candidate, int]]) -> bool:
        """Whether the second name is in apposition to what stands before it: a name that is no person
        ("Another top Republican, Sen. Ada Morel"), or a description of a person that holds the first
        name ("Brazil's foreign minister, Mauro Vieira")."""
        gap = self.text[a:names[1][0].np_start]
        if not self.groups[names[0][1]].human and self.text[names[0][0].end:names[1][0].np_start].strip() == ",":
            return self._apposition(gap)
        return gap.rstrip().endswith(",") and gap.count(",") == 1 and is_description(gap, self.rules)

    def _apposition(self, gap: str) -> bool:
        """"Another top Republican, Sen. Ada Morel": a short description, then the person's name (after
        "the" and one modifier of its own: "The owners, the Boston-based Meridian Sports Group")."""
        gap = _WHO_COMMA.sub(" ", gap.rstrip())  # "One mother, who gave only her first name, Jessica"
        head, comma, tail = gap.rpartition(",")
        if comma and tail and (_APPOSED_LEAD.fullmatch(tail) or self._body_lead(tail)):
            gap = head + comma
        return gap.endswith(",") and gap.count(",") == 1 and (
            len(gap.split()) <= 5 and head_gap(gap[:-1], self.rules) or is_description(gap, self.rules))

    def _role_words(self, gap: str) -> bool:
        return any(w.lower().strip(".,") in self.rules.titles for w in gap.split())

    def _description(self, si: int, att) -> int:
        """A source without a name of its own: a group, data or an anonymous source."""
        written = att.source_name or att.source
        words = self._unloaded(written.split())
        name = " ".join(words)
        stype = att.source_type or "person"
        head = _head_noun(words)
        plural = head in self.rules.group_nouns or (head.endswith("s") and not head.endswith("ss"))
        if stype in ("official", "person", "institution") and plural and head not in self.rules.org_words:
            stype = "group"  # "Shiite clerics in Qom"; "the activist", "the ministry" keep their type
        key = entity_id(name)
        if key not in self.descriptions:
            g = new_group((), name, stype)
            self.groups.append(g)
            self.descriptions[key] = len(self.groups) - 1
        gi = self.descriptions[key]
        a, b = att.source_span
        self.sources.append((a, b, self.sentence_of(a), gi, "source"))
        return gi

    def _unloaded(self, words: list[str]) -> list[str]:
        """A description's words without the writer's loaded words before its head noun ("regime officials",
        "Gelashvili's notoriously thin-skinned administration": an adverb in "-ly" goes with the word it
        modifies), never the head itself nor a word before a function word ("the so-called")."""
        loaded = self.rules.loaded
        head = _head_noun(words)
        end = next((i for i, w in enumerate(words) if w.lower().strip(".,'’") == head), 0)
        drop = set()
        for i in range(end - 1, -1, -1):
            k = words[i].lower().strip(".,'’")
            if k in loaded and words[i + 1].lower() not in self.rules.function_words:
                drop.add(i)
            elif k.endswith("ly") and i + 1 in drop:
                drop.add(i)
        return [w for i, w in enumerate(words) if i not in drop] if drop else words

    def relay(self, si: int, att) -> int | None:
        """The entity of a relaying outlet (`via`, or the outlet of "X said, according to Y"): a name
        found in the article (the whole of `via`, or its end after a description), else a new one."""
        via = att.via or self.relayed.get(si)
        if not via:
            return None
        key = entity_id(via)
        keys = {key, key[4:] if key.startswith("the-") else key}  # "The Associated Press" is "Associated Press"
        for gi, g in enumerate(self.groups):
            if not keys.isdisjoint({entity_id(n) for n in g.names}):
                return gi
        ending = [(len(n), gi) for gi, g in enumerate(self.groups) for n in g.names if via.endswith(" " + n)]
        if ending:
            return max(ending)[1]  # "State news agency RIA": the outlet named at its end
        g = new_group((), via, "media")
        self.groups.append(g)
        return len(self.groups) - 1
