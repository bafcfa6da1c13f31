"""Sources that are pronouns ("he said", "she added", a quotation's own "I"): the part of
`speakers.SpeakerResolver` that finds whom the pronoun stands for, in order: the previous speaker,
a group that just spoke, an unnamed person who just spoke, attribution's own carry-over, the nearest
entity that fits, a person named in the reported speech just before (a mixin: it reads the resolver's
state and calls its `_done`).
"""

from __future__ import annotations

from bisect import bisect_left

from .bodies import is_body
from .coref import _PEOPLE, entity_id, type_of
from .mentions import Pointer
from .pointing import _fits, resolve_pointer
from .records import COREF_NAME, COREF_PRONOUN, COREF_ROLE, COREF_UNRESOLVED
from .rolesources import SPEAKER_GAP as _SPEAKER_GAP
from .sourcenames import POSSESSIVE_ENDS

_CUE_REACH = 40  # characters before a cue where its subject may stand, when no quotation ends there


class PronounSources:
    """Resolving a pronoun source (mixed into `speakers.SpeakerResolver`)."""

    def _pronoun(self, si: int, att, p: Pointer) -> tuple[list[int], str]:
        gi = self._last_speaker(si, p)
        if gi is None and p.gender == "p":
            gi = self._last_group(si, p)
        if gi is None and p.gender == "o":
            gi = self._last_body(si, p)
        if gi is None:
            gi = self._last_described_person(si, p)
        if gi is None:
            gi = self._carried(att, p)
            if gi is not None and p.gender in ("m", "f"):
                gi = self._gendered_near(p, gi) if self.groups[gi].gender is None else self._new_subject(p, gi)
        if gi is None:
            gi = resolve_pointer(p, self.groups, self.order, self.by_sentence, self.opened)
            if p.gender in ("m", "f") and (gi is None or not self._named_near(gi, p.sentence)):
                near = self._in_reported_speech(p)  # (nearer than a person named two sentences back or more)
                gi = gi if near is None else near
        return self._done(si, [gi] if gi is not None else [], COREF_PRONOUN if gi is not None else COREF_UNRESOLVED)

    def _gendered_near(self, p: Pointer, carried: int) -> int:
        """The person the nearest-fit search finds in the pointer's sentence or the one before, when that
        person's gender is known and fits, over the carried source whose gender is unknown ("Owner
        Lindqvist said ... Frank Dubois, 83, has eaten there every day. '...,' he asked."); else `carried`."""
        near = resolve_pointer(p, self.groups, self.order, self.by_sentence)
        if near is not None and near != carried and self.groups[near].gender == p.gender \
                and self._named_near(near, p.sentence):
            return near
        return carried

    def _new_subject(self, p: Pointer, carried: int) -> int:
        """The person who opens the sentence before the pointer's (its first name) when that person is another
        of the pronoun's gender and the carried source is not named there ("'...,' Marco said. Paolo, 59, opened
        a rival bakery. He says ..."): Paolo; else `carried`."""
        named = self.order.get(p.sentence - 1)
        if not named or p.relative:
            return carried
        gi = named[0][1]
        if gi == carried or self.groups[gi].gender != p.gender or any(g == carried for _, g in named):
            return carried
        return gi

    def _named_near(self, gi: int, si: int) -> bool:
        """Whether the writer named entity `gi` in sentence `si` or the one before, or it spoke there."""
        return self.by_sentence.get(si - 1) == gi or any(
            g == gi for s in (si - 1, si) for _, g in self.order.get(s, ()))

    def _in_reported_speech(self, p: Pointer) -> int | None:
        """A "he" or "she" whose person the writer named only inside the sentence before, in reported
        speech ("Hannah Brewer will take charge of the team, the club said. She told reporters ..."): the
        first person named there outside quotations and not as a possessive ("Mr. Obama's views"), when
        that person's gender is known and fits; not when that sentence opens with a pronoun of the same
        gender ("She is survived by a daughter, Ruth."): its names are others."""
        if self.outside_quotes is None or self.opened.get(p.sentence - 1) == p.gender:
            return None
        if self.wide is None:
            self.wide = self.outside_quotes()
        named = self.wide.get(p.sentence - 1)
        if not named:
            return None
        # (the names of that sentence, found by bisection: a text of many pronouns reads each sentence once)
        starts = self.linked_starts
        lo = bisect_left(starts, self.sentence_starts[p.sentence - 1])
        hi = bisect_left(starts, self.sentence_starts[p.sentence])
        ends = {c.start: c.end for c, _ in self.linked[lo:hi]}
        text = self.text
        for start, gi in named:
            g = self.groups[gi]
            end = ends.get(start, start)
            if (g.human or type_of(g) in _PEOPLE) and text[end:end + 2] not in POSSESSIVE_ENDS:
                return gi if g.gender == p.gender else None
        return None

    def _cue_subject(self, si: int, att) -> tuple[list[int], str]:
        """A source that is the quotation's own "I" or "we" ('"I think ...," he went on to say'): the
        pronoun or name just before the cue, outside the quotation, speaks; else it stays unresolved."""
        cue = att.cue_span[0] if att.cue_span else None
        if cue is None:
            return self._done(si, [], COREF_UNRESOLVED)
        sent = self.sentence_of(cue)
        outside = [c for c in self.order.get(sent, ()) if c[0] < cue]
        pointer = max((p for (start, kind), p in self.pointers.items()
                       if kind == "pronoun" and p.sentence == sent and start < cue),
                      key=lambda p: p.start, default=None)
        name = outside[-1] if outside else None
        floor = max((d for _, d in att.content if d <= cue), default=cue - _CUE_REACH)
        if pointer is not None and pointer.start >= floor and (name is None or pointer.start > name[0]):
            return self._pronoun(si, att, pointer)
        if name is not None and name[0] >= floor:
            return self._done(si, [name[1]], COREF_NAME)
        return self._done(si, [], COREF_UNRESOLVED)

    def _subject(self, si: int, a: int) -> tuple[int, str] | None:
        """The leftmost name, pronoun or role noun of the sentence before `a`, resolved."""
        name = next(((start, gi) for start, gi in self.order.get(si, ()) if start < a), None)
        pointer = next((p for (start, _), p in sorted(self.pointers.items()) if p.sentence == si and start < a),
                       None)
        if pointer is not None and (name is None or pointer.start < name[0]):
            gi = resolve_pointer(pointer, self.groups, self.order, self.by_sentence)
            return (gi, COREF_PRONOUN if pointer.kind == "pronoun" else COREF_ROLE) if gi is not None else None
        return (name[1], COREF_NAME) if name else None

    def _carried(self, att, p: Pointer) -> int | None:
        """The named entity attribution's own carry-over chose for a pronoun (the nearest earlier
        named source), when it is a person whose gender fits."""
        if not att.resolved_from:
            return None
        key = entity_id(att.source_name or att.source)
        for gi, g in enumerate(self.groups):
            # (`starts`: a group linking made, named in the text, not a description or an outlet)
            if g.starts and _fits(g, p.gender) and any(entity_id(n) == key for n in g.names):
                return gi
        return None

    def _last_speaker(self, si: int, p: Pointer) -> int | None:
        """A "he said" right after the same person spoke: the previous speaker, when the gender fits,
        no other person was named in between (outside quotations) and no other source spoke."""
        prev = next(reversed(self.by_sentence), None)  # (resolved in text order: the last key is the latest)
        if prev is not None and prev >= si:
            prev = max((s for s in self.by_sentence if s < si), default=None)
        if prev is None or si - prev > _SPEAKER_GAP:
            return None
        gi = self.by_sentence[prev]
        if self.last_source[0] > prev and self.last_source[1] != gi:
            return None  # someone else (named or not: "the harbor master said") spoke in between
        named = {g for s in range(prev + 1, si + 1) for start, g in self.order.get(s, ()) if start < p.start}
        g = self.groups[gi]
        fits = _fits(g, p.gender) if p.gender != "any" else g.human
        if named - {gi} or not fits:
            return None
        return gi

    def _last_group(self, si: int, p: Pointer) -> int | None:
        """"The lawmakers slammed ... They repeated ...": a "they" right after a group that has no name
        spoke (the sentence before or its own), when no name stands between them."""
        prev, gi = self.last_source
        if gi is None or si - prev > 1:
            return None
        g = self.groups[gi]
        if g.type != "group" and not (g.type == "anonymous" and g.name.endswith("s")):
            return None  # (an unnamed "the harbor pilots" is anonymous, but plural all the same)
        named = any(start < p.start for s in range(prev + 1, si + 1) for start, _ in self.order.get(s, ()))
        return None if named else gi

    def _last_body(self, si: int, p: Pointer) -> int | None:
        """"..., the French foreign ministry said. The ministry named the pair ... It said both were well": an
        "it" after an organisation the writer described, not named, spoke (no name of its own for `resolve_pointer`
        to find) within `SPEAKER_GAP` sentences, when no organisation was named since."""
        prev, gi = self.last_source
        if gi is None or si - prev > _SPEAKER_GAP:
            return None
        g = self.groups[gi]
        if g.starts or g.human or g.type not in _BODY_TYPES:
            return None
        named = any(is_body(self.groups[x]) for s in range(prev + 1, si + 1) for start, x in self.order.get(s, ())
                    if start < p.start)
        return None if named else gi


_BODY_TYPES = frozenset({"official", "institution", "media"})  # what a described body that "it" stands for is
