"""Sources that open with a role noun ("the governor said", "A spokeswoman for the insurer, Priya Raman,
said", "The 58-year-old said"): the part of `speakers.SpeakerResolver` that finds whom the role noun stands
for (a mixin: it reads the resolver's state and calls its `_done` and `pronounsources.PronounSources._last_speaker`);
and sources whose first name is followed by role words, whose owner or named holder speaks ("the Harbor Guild
organizer Ada Morel", "A Microsoft spokesperson", "Trump's account").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .appositions import role_of
from .bodies import demonym_name, is_body, still_the_body
from .coref import name_of, type_of
from .lexicon import PRONOUNS
from .mentions import Candidate, Pointer
from .pointers import AGE_ROLE
from .pointing import ANY_BODY, ANY_BUSINESS, business_named_before, resolve_pointer
from .records import COREF_NAME, COREF_PRONOUN, COREF_ROLE, COREF_UNRESOLVED
from .sourcenames import _NAME_END, _head_noun, head_gap, role_between

SPEAKER_GAP = 3  # sentences
_FOR_ONLY = re.compile(r"\s*(?:for|of)\s+(?:the\s+)?$", re.I)
# what stands between a role noun and a name in apposition to it: the comma alone ("the legislator,
# Representative Ada Morel"), or a phrase of whom the role is held first ("A spokeswoman for the insurer, Priya Raman")
# ("a spokesman for the special counsel, Robert S. Mueller III" names the counsel: see `_named_after_role`)
_APPOSED_GAP = re.compile(r"(?:\s+(?:for|of|at|with)\s+([^,;:\"“”]{1,60})"
                          r"|\s+(?:he|she|they|we|I)\s+[a-z]+(?:\s+(?:for|with|to|at|in))?)?\s*,\s*(?:the\s+)?$", re.I)
# (or a relative clause without "that" of a pronoun and its verb: "The charity she worked for, Hope Kitchen")
_INDEFINITE = re.compile(r"an?\s", re.I)
_DEFINITE = re.compile(r"the\s", re.I)
# a description's first word that makes it someone not named before: "A neighbour", "his lawyer"
_POSSESSIVES = frozenset({"his", "her", "their", "its"})  # "his office": its owner's, described
_HIS_HER = frozenset({"his", "her"})  # a holder's possessive (its gender: `lexicon.PRONOUNS`)
_SPEAKING_FOR_OWNER = frozenset({"office", "campaign"})  # bodies that speak for the one person who holds them
_COUNTED = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}  # "the three leaders": as many people
_NEW_PERSON = frozenset({"a", "an", "my", "his", "her", "their", "our"})
_OWNED = re.compile(r"['’]s\s+((?:[A-Za-z]+\s+)?[A-Za-z]+)\s*$")  # "’s account", "'s Twitter account"
_ARTICLE = re.compile(r"^(?:the|an?)\s+", re.I)
_BODIES = frozenset({"official", "institution", "media"})  # the types of a description that is a body
_SPOKES = "spokesperson"  # the role class of those who speak for a body ("A Microsoft spokesperson")
_BODY_TAIL = re.compile(r"\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*")  # " news agency" after an outlet
_FOR_BODY = re.compile(r"\s+(?:for|of|at)\s+")  # "A spokesperson for " the body
_POSSESSIVE_GAP = re.compile(r"['’]s?\s+")  # "China's " before "Commerce Ministry"
_ROLE_WORD = re.compile(r"\s+([a-z][\w-]*)")  # a role noun after a title ("chief negotiator")
_ROLE_AFTER = re.compile(r"\s+([a-z][\w-]*)\s*$")  # one role word after a name ends the source


def _plural_role(word: str, role_heads: frozenset[str]) -> bool:
    """Whether a word is a person's role noun or gendered noun in the plural: "leaders", "ministers"; or in
    "-men" for "-man" ("the two men", "both women", "the congressmen")."""
    if word.endswith("men"):
        return word[:-3] + "man" in role_heads
    return word.endswith("s") and word in role_heads


class RoleSources:
    """Whom a source's opening role noun stands for (`SpeakerResolver`'s methods)."""

    def _role_source(self, si: int, role: Pointer, names, end: int) -> tuple[list[int], str] | None:
        """A source that opens with a role noun ("the governor said"), or None when a name heads it
        after all ("the legislator, Representative Ada Morel"; "the company's officer Joe Lund"; "a
        spokesperson for Google", which `_head` credits to the organisation)."""
        if role.key == AGE_ROLE and self.text[role.end:end].strip():
            return None  # "The 10-year-old lawsuit": an age that describes a thing, not who speaks
        if _INDEFINITE.match(self.text, role.start) and not (names and names[0][0].np_start > role.end):
            body = self._spoken_for(role, end) if not names else None
            if body is None and not names and role.end == end and len(self.text[role.start:end].split()) == 2:
                body = self._body_just_spoke(si, role)
            if body is not None:
                return self._done(si, [body], COREF_ROLE, named=False)
            return None  # "a group of senators", "a senior official": a new one, described, not pointed back to
        if names and self._named_after_role(role, names[0]):
            return self._done(si, [names[0][1]], COREF_NAME)  # "the legislator, Representative Ada Morel"
        if names and (names[0][0].np_start <= role.end or _FOR_ONLY.match(self.text, role.end, names[0][0].np_start)
                      or head_gap(self.text[role.start:names[0][0].np_start], self.rules)
                      and _NAME_END.match(self.text[names[0][0].end:end])):
            return None
        gi = resolve_pointer(role, self.groups, self.order, self.by_sentence)
        if gi is None and self._described(role):
            return None  # "the singer" no one named before was: a description (`pointers.described_role`)
        if gi is None and role.key in (ANY_BUSINESS, ANY_BODY):
            gi = business_named_before(role, self.linked, self.groups, self.text)
        person = role.key not in self.rules.body_roles
        written = self.text[role.start:role.end].split()
        if gi is None and not person and len(written) == 2:
            gi = self._described_body(si, role.key)  # "Japan's trade ministry said ... the ministry said"
            if gi is None and (earlier := self.bodies.get(role.key)) is not None \
                    and still_the_body(role, earlier, self.groups, self.order):
                gi = earlier  # "the board said" twice, another company named between
            if gi is None and written[0].lower() == "the":
                gi = self._public_body_just_spoke(si, role, written[-1].lower())  # "..., the CDC said. ..., the
                # agency said"
        if gi is not None and not person and len(written) == 2:
            self.bodies[role.key] = gi
        if gi is None and not person and len(written) == 2 and written[0].lower() in _HIS_HER \
                and role.key in _SPEAKING_FOR_OWNER:
            owner = self._owner(role, written[0])  # "His office argued ...": the office speaks for its holder
            if owner is not None:
                return self._done(si, [owner], COREF_PRONOUN, named=False)
        if gi is None and not person and (len(written) > 2 or written[0].lower() in _POSSESSIVES):
            return None  # "the Saudi government", "the teachers' union", "his office": a body described
        if gi is None and person and _DEFINITE.match(self.text, role.start):
            # "A spokesperson for Google said ... the spokesperson said": the same source
            gi = self._same_role(si, self.text[role.start:role.end].split()[-1].lower())
        if gi is None and person:
            # "..., the governor continues" right after that person spoke, no one else named
            gi = self._last_speaker(si, role._replace(gender=role.gender or "any"))
            if gi is not None and self._role_seen_before(role, gi):
                gi = None  # "an aide to the governor ... Hale pleaded ... The governor has said": someone else
        # a body ("the court", "the committee") is no "he said" a later sentence may point back to
        return self._done(si, [gi] if gi is not None else [], COREF_ROLE if gi is not None else COREF_UNRESOLVED,
                          named=person)

    def _public_body_just_spoke(self, si: int, role: Pointer, noun: str) -> int | None:
        """"The agency said" (a noun that fits any public body) right after an organisation spoke, its sentence or
        the one before, with no other organisation named since: that organisation ("Centers for Disease Control
        and Prevention ... the agency said"), whose name need not hold the noun."""
        sent, gi = self.last_source
        if noun not in self.rules.generic_bodies or gi is None or not si - 1 <= sent <= si:
            return None
        g = self.groups[gi]
        if g.human or type_of(g) not in ("official", "institution"):
            return None
        others = {o for s in range(sent, si + 1) for start, o in self.order.get(s, ())
                  if start < role.start and o != gi and is_body(self.groups[o]) and type_of(self.groups[o]) != "place"}
        return None if others else gi

    def _role_seen_before(self, role: Pointer, gi: int) -> bool:
        """Whether the role noun was written as someone's before the entity was first named ("an aide to the
        governor", "the governor's office"): a person of that role not yet named, not the last speaker."""
        first = self.groups[gi].starts[0] if self.groups[gi].starts else role.start
        noun = self.text[role.start:role.end].split()[-1].lower()
        before = self.text[:first]
        return noun in before.lower() and re.search(
            rf"\b(?:to|for|of|with|by)\s+the\s+{re.escape(noun)}\b|\bthe\s+{re.escape(noun)}['’]s\b", before,
            re.I) is not None

    def _owner(self, role: Pointer, pronoun: str) -> int | None:
        """The person a "his"/"her" before a body's role noun points to, names of reported speech included
        ("Before the surgery, Scalise was ..., his office said": Scalise), or None."""
        p = Pointer(role.sentence, role.start, role.start + len(pronoun), "pronoun", pronoun.lower(),
                    PRONOUNS[pronoun.lower()])
        if self.wide is None and self.outside_quotes is not None:
            self.wide = self.outside_quotes()
        gi = resolve_pointer(p, self.groups, self.wide or self.order, self.by_sentence)
        return gi if gi is not None and self.groups[gi].human else None

    def _described_body(self, si: int, key: str) -> int | None:
        """A body that spoke as a description headed by the role noun ("Japan's trade ministry", "the
        country's central bank") in the last `SPEAKER_GAP` sentences: the bare "the ministry" after it is
        that body, if no other organisation that fits was described there, or if it spoke in the sentence
        before and the other did not."""
        found = {(sent, gi) for _, _, sent, gi, _ in self.sources if si - SPEAKER_GAP <= sent <= si
                 and _head_noun(self.groups[gi].names[0].split()) == key and self.groups[gi].type in _BODIES}
        bodies = {gi for _, gi in found}
        if len(bodies) > 1:  # "Turkey's ministry said ... Greece's foreign ministry rejected that. The
            bodies = {gi for sent, gi in found if sent == si - 1}  # ministry said": the one that just spoke
        return bodies.pop() if len(bodies) == 1 else None

    def _body_just_spoke(self, si: int, role: Pointer) -> int | None:
        """A bare "A spokeswoman said" (not "A police spokesman") right after an organisation spoke (its
        sentence or the one before, no other source between): she speaks for it ("The Food and Drink
        Federation ... said ... A spokeswoman said the industry had cut salt")."""
        title = self.rules.titles.get(self.text[role.start:role.end].rsplit(None, 1)[-1].lower())
        if title is None or _SPOKES not in title.roles:
            return None
        sent, gi = self.last_source
        return gi if gi is not None and si - 1 <= sent < si and self.groups[gi].body else None

    def _spoken_for(self, role: Pointer, end: int) -> int | None:
        """"A spokesperson for the ministry": the organisation a body's role noun after "for" points back to
        speaks through its spokesperson, as a named one does ("A spokesperson for the Ministry of Commerce")."""
        title = self.rules.titles.get(self.text[role.start:role.end].rsplit(None, 1)[-1].lower())
        if title is None or _SPOKES not in title.roles:
            return None
        m = _FOR_BODY.match(self.text, role.end, end)
        body = self.pointers.get((m.end(), "role")) if m else None
        if body is None or body.gender != "o" or body.end != end:
            return None
        gi = resolve_pointer(body, self.groups, self.order, self.by_sentence)
        if gi is None and body.key in (ANY_BUSINESS, ANY_BODY):
            gi = business_named_before(body, self.linked, self.groups, self.text)
        return gi

    def _counted(self, si: int, a: int, written: str) -> list[int] | None:
        """"The three leaders said" after "Chancellor Friedrich Merz, President Emmanuel Macron and Prime
        Minister Donald Tusk met ...": a counted plural role noun ("the two leaders", "both ministers") stands
        for the people named in its sentence before it, or else in the nearest sentence before that names
        people (three back at most), when they are as many."""
        words = written.split()
        if len(words) == 3 and words[0] == "the":
            words = words[1:]
        n = _COUNTED.get(words[0]) if len(words) == 2 else None
        if n is None or not _plural_role(words[1], self.rules.role_heads):
            return None
        for s in range(si, max(-1, si - SPEAKER_GAP), -1):  # the nearest sentence that names people
            people = []
            for start, gi in self.order.get(s, ()):
                if (s < si or start < a) and self.groups[gi].human and gi not in people:
                    people.append(gi)
            if people:
                return people if len(people) == n else None
        return None

    def _named_after_role(self, role: Pointer, name: tuple[Candidate, int]) -> bool:
        """Whether a name set off by a comma after a role noun (and the phrase of whom it is held) is the
        one the role noun describes, or the one a spokesperson speaks for: not when that phrase is itself a
        person's role ("an aide to the special counsel, X": X is the counsel, the aide speaks)."""
        start, end = self._role_words_end(role.end), name[0].np_start
        lead, comma, tail = self.text[start:end].rpartition(",")
        if comma and self._body_lead(tail):
            end = start + len(lead) + 1  # "The manufacturer, French planemaker ATR": the body noun leads the name
        m = _APPOSED_GAP.fullmatch(self.text, start, end)
        if m is None or not self._answers(role, name[1]):
            return False
        held = self.pointers.get((m.start(1), "role")) if m.group(1) else None
        return held is None or held.key in self.rules.body_roles or self._speaks_for(role)
        # ("A spokesperson for the mayor, Michael Ludwig": she speaks for him, as "a spokesperson for Google")

    def _speaks_for(self, role: Pointer) -> bool:
        """Whether a role noun is a spokesperson's ("A spokeswoman", "a spokesman")."""
        title = self.rules.titles.get(self.text[role.start:role.end].rsplit(None, 1)[-1].lower())
        return title is not None and _SPOKES in title.roles

    def _body_lead(self, tail: str) -> bool:
        """What opens an organisation's name in apposition after its comma: a body noun after at most a
        demonym and one more word ("The manufacturer, French planemaker ATR", "Irish airline Ryanair")."""
        words = tail.split()
        return 1 <= len(words) <= 3 and words[-1] in self.rules.body_nouns and all(
            w.islower() or demonym_name((w.lower(),), self.rules.demonyms) for w in words[:-1])

    def _role_words_end(self, end: int) -> int:
        """The end of a title with the lower-case role nouns after it ("chief negotiator", "senior
        analyst"): "Its chief negotiator, Priya Lund" names its negotiator as "the chief, X" would."""
        for _ in range(2):
            m = _ROLE_WORD.match(self.text, end)
            if m is None or m.group(1) not in self.rules.role_heads:
                break
            end = m.end()
        return end

    def _answers(self, role: Pointer, gi: int) -> bool:
        """Whether a name in apposition to a role noun is whom it describes: a person; or, for a body's
        role noun, an organisation too ("The contractor, Brixcode, said")."""
        g = self.groups[gi]
        return g.human or role.gender == "o" and is_body(g)

    def _same_role(self, si: int, word: str) -> int | None:
        """The speaker of the latest source (three sentences back at most) written with the same role
        noun: "A Microsoft spokesperson said ... 'We ...,' the spokesperson said"."""
        for prev, written, gi in reversed(self.recent):
            if si - prev > SPEAKER_GAP:
                break
            if word in _before_preposition(written.lower().split()):
                return gi  # (not "An aide to the governor ... the governor said": the aide's phrase names him)
        return None

    def _last_described_person(self, si: int, p: Pointer) -> int | None:
        """"A neighbour who asked not to be named said ... 'It was terrifying,' she said": a "he" or "she"
        right after an unnamed person spoke (a description headed by one person's role noun, whose gender,
        if it has one, fits), the sentence before or its own, when no name stands between them."""
        prev, gi = self.last_source
        if gi is None or si - prev > 1 or p.gender not in ("m", "f"):
            return None
        g = self.groups[gi]
        if g.starts:
            return None  # a name: `_last_speaker`'s
        words = name_of(g).split()
        if not words or not (words[0].lower() in _NEW_PERSON or words[0].endswith(("'s", "’s"))):
            return None  # "the Republican nominee", "Fox News host": may stand for someone named before
        found = role_of(_head_noun(words), self.rules)
        if found is None or found[2] not in (None, p.gender):
            return None
        named = any(start < p.start for s in range(prev + 1, si + 1) for start, _ in self.order.get(s, ()))
        return None if named else gi

    def _modified(self, names: Sequence[tuple[Candidate, int]], rest: str, data: bool) -> list[int]:
        """The speakers of a source whose first name words follow (`rest`, up to the source's end): a person
        named after the name and role words (`_member`), an outlet named before its kind (`_outlet`), a name
        after an owner's possessive (`_owned_name`), the owner of an account, of a spokesperson or of data;
        else none ("Nagorno-Karabakh military officials": the name only modifies the head)."""
        gi = names[0][1]
        member = self._member(names)
        owned = self._outlet(names) if member is None else None
        if owned is None and member is None:
            owned = self._owned_name(names)
        if owned is not None:
            return [owned]
        if self._channel(rest):
            return [gi]  # "Trump's account tweeted": the account's owner speaks
        role = _ROLE_AFTER.match(rest)
        title = self.rules.titles.get(role.group(1)) if role else None
        if member is None and title and _SPOKES in title.roles and not self.groups[gi].human:
            return [gi]  # "A Microsoft spokesperson": the organisation speaks through its spokesperson
        if member is None and data and role and not self.groups[gi].human:
            return [gi]  # "a Reuters poll", "the CBO report": the data's owner speaks through it
        return [member] if member is not None else []

    def _outlet(self, names: Sequence[tuple[Candidate, int]]) -> int | None:
        """"the official Xinhua news agency", "Iran's semi-official Tasnim news agency": the source's last name,
        an outlet's, and lower-case words up to the source's end that a body's noun heads; the outlet speaks,
        and the words join its roles ("the agency said" then points back to it)."""
        c, gi = names[-1]
        g = self.groups[gi]
        tail = _BODY_TAIL.fullmatch(self.text, c.end, self.span_end)
        if tail is None or g.human or g.type != "media":
            return None
        words = tail.group(1)
        noun = words.rsplit(None, 1)[-1]
        title = self.rules.titles.get(noun)
        if noun not in self.rules.body_nouns and not (title and title.body):
            return None
        if words not in g.roles:
            g.roles.append(words)
        return gi

    def _owned_name(self, names: Sequence[tuple[Candidate, int]]) -> int | None:
        """"China's Commerce Ministry said", "Congress's Office of Compliance released", "Fox News's Sean
        Hannity said": an owner's possessive, then the name of an organisation (not a lone body noun) or of a
        person that ends the source; the organisation or person speaks."""
        if len(names) < 2:
            return None
        first, (second, gj) = names[0][0], names[1]
        g = self.groups[gj]
        if not _POSSESSIVE_GAP.fullmatch(self.text, first.end, second.np_start) or not (g.human or is_body(g)) \
                or not _NAME_END.match(self.text[second.end:self.span_end]):
            return None
        if len(second.keys) == 1 and second.keys[0] in self.rules.org_words:
            return None  # "the White House Counsel's Office": the possessive is inside one organisation's name
        return gj

    def _member(self, names: Sequence[tuple[Candidate, int]]) -> int | None:
        """"the Harbor Guild organizer Ada Morel": an organisation, role words and a person's name that ends
        the source; the person speaks, the organisation and role are kept among the person's roles."""
        if len(names) < 2:
            return None
        first, (second, gj) = names[0][0], names[1]
        between = self.text[first.end:second.start]
        g = self.groups[gj]
        if not role_between(between, self.rules) \
                or not (g.human or g.type in ("person", "official")) \
                or not _NAME_END.match(self.text[second.end:self.span_end]):
            return None
        role = _ARTICLE.sub("", self.text[first.start:second.start].strip())  # the owner, not its own titles
        if role not in g.roles:
            g.roles.append(role)
        return gj

    def _channel(self, rest: str) -> bool:
        m = _OWNED.match(rest)
        return bool(m) and " ".join(m.group(1).lower().split()) in self.rules.voice_channels


_PHRASE_PREPOSITIONS = frozenset({"to", "for", "of", "with", "at", "from", "by", "in", "on"})


def _before_preposition(words: list[str]) -> list[str]:
    """A description's words before its first preposition: its own head, not the phrase after it."""
    for k, w in enumerate(words):
        if w in _PHRASE_PREPOSITIONS:
            return words[:k]
    return words
