"""Sources that are written: a document that speaks for its author ("the statement said") and a record
or outlet that only passes on someone's words ("Cruz said ..., according to The Hill"). The part of
`speakers.SpeakerResolver` that finds who stands behind them (a mixin: it reads the resolver's state).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .coref import name_of
from .lexicon import PRONOUNS
from .mentions import Candidate, Pointer
from .pointing import resolve_pointer

# a name a document is sent or addressed to: "sent Ryan a letter", "a letter to Sen. Ada Morel"
_RECIPIENT = re.compile(r"\b(?:sent|sends|send|sending|to|addressed|handed|delivered)\s+(?:[A-Z][\w.’']*\s+)*$")
# "according to" sources that only pass on someone's words: an outlet, or an unnamed record of them
# ("a video of his remarks", "the prepared text"), typed anonymous or data by attribution
_RECORD_TYPES = frozenset({"media", "anonymous", "data"})
_HE_SHE = ("He", "She")  # a sentence's opening pronoun that points to a person (its gender: `lexicon.PRONOUNS`)
_TRAILING = "trailing-cue"  # "..., Reuters reported": an outlet's cue closing the sentence
NO_ISSUER = -1  # a document issued by a body named by its kind only ("a hospital statement"): no author
_DOC_DETERMINERS = frozenset({"the", "a", "his", "her", "its", "their", "joint", "this", "that"})


class WrittenSources:
    """Who wrote a document, or spoke words a record or outlet passes on (`SpeakerResolver`'s methods)."""

    def _is_document(self, written: str) -> bool:
        words = written.lower().split()
        return 1 < len(words) <= 4 and words[0] in _DOC_DETERMINERS and words[-1] in self.rules.documents

    def _issuer(self, a: int, written: str) -> int | None:
        """The body a document's one modifier names ("a police statement", "the company statement"),
        `NO_ISSUER` when no entity of that one word was named before; None when the modifier names no
        body ("a joint statement", "the final report"): its author is found as any document's."""
        words = written.lower().split()
        if len(words) != 3 or words[1] not in self.rules.org_words:
            return None
        for gi, g in enumerate(self.groups):  # a name, or a description a source gave before ("police said")
            if g.keys == {words[1]} and g.last_before(a) >= 0 or not g.keys and name_of(g).lower() == words[1]:
                return gi
        return NO_ISSUER

    def _author(self, si: int, a: int, noun: str) -> int | None:
        """Who issued "the statement": a name earlier in its own sentence; else, in the three sentences
        before it, the one that brought the document in ("Ada Morel released a statement"): the name
        nearest before the noun, else that sentence's speaker; else the last named speaker or subject.
        A recipient ("sent Ryan a letter", "a letter to the mayor") is never the author."""
        own = [gi for start, gi in self.order.get(si, ()) if start < a]
        if own:
            authors = [gi for start, gi in self.order[si] if start < a and not self._recipient(start)
                       and self.groups[gi].type != "place"]
            return authors[-1] if authors else None
        back = range(si - 1, max(-1, si - 4), -1)
        noun_re = re.compile(rf"\b{re.escape(noun)}\b", re.I)
        for sent in back:
            end = self.sentence_starts[sent + 1] if sent + 1 < len(self.sentence_starts) else len(self.text)
            m = noun_re.search(self.text, self.sentence_starts[sent], end)
            if m is not None:  # the sentence that brought the document in
                lo = bisect_right(self.linked_starts, self.sentence_starts[sent] - 1)
                hi = bisect_right(self.linked_starts, m.start())
                before = [gi for c, gi in self.linked[lo:hi] if c.end <= m.start()  # reported speech too
                          and not self._recipient(c.np_start) and self.groups[gi].type != "place"]
                return before[-1] if before else self.by_sentence.get(sent)
        for sent in back:
            if sent in self.by_sentence:
                return self.by_sentence[sent]
            here = [gi for _, gi in self.order.get(sent, ()) if self.groups[gi].type != "place"]
            if here:
                return here[0]
        return None

    def _recipient(self, start: int) -> bool:
        return bool(_RECIPIENT.search(self.text, max(0, start - 40), start))

    def _inner_speaker(self, si: int, att) -> int | None:
        """"Cruz said ..., according to The Hill" (or "said Cruz ..., according to a video of his
        remarks", "The minister said ..., Reuters reported", "She said ..., according to the Post"): the
        named speaker, or the person a "he"/"she" opening the sentence points to; an outlet only relays
        the words, a record only holds them."""
        if att.source_type not in _RECORD_TYPES or att.kind != "according_to" and not (
                att.rule == _TRAILING and att.source_type == "media"):
            return None
        a = att.source_span[0]
        where = self.sentence_of(a)  # a quotation's later sentences share its first one's attribution
        found = next((gi for c, gi in self.linked if c.sentence == where and c.end < a
                      and self.groups[gi].human and self._speaks(c)), None)
        if found is None:
            found = self._pronoun_speaking(where)
        if found is not None and att.source_type == "media":
            self.relayed[si] = att.source_name or att.source
        return found

    def _pronoun_speaking(self, sent: int) -> int | None:
        """The person a "he" or "she" that opens sentence `sent` before a speech verb points to ("She said
        the two did not ..., according to the Post"), or None."""
        start = self.sentence_starts[sent]
        words = self.text[start:start + 24].split(None, 2)
        if len(words) < 2 or words[0] not in _HE_SHE or not self._speech_verb(words[1]):
            return None
        key = words[0].lower()
        p = Pointer(sent, start, start + len(words[0]), "pronoun", key, PRONOUNS[key])
        return resolve_pointer(p, self.groups, self.order, self.by_sentence, self.opened)

    def _speaks(self, c: Candidate) -> bool:
        """A speech verb right after the name ("Cruz said") or right before it ("said Cruz")."""
        nxt = self.text[c.end:c.end + 20].split()
        before = self.text[max(0, c.np_start - 20):c.np_start].split()
        return bool(nxt and self._speech_verb(nxt[0].strip(",.")) or before and self._speech_verb(before[-1]))

    def _speech_verb(self, word: str) -> bool:
        """A one-word speech cue in any of its regular forms ("said", "warned", "asserts", "warn")."""
        return word.lower() in self.rules.speech_forms
