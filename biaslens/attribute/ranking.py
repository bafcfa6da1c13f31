"""Ranking a sentence's cues: which cue's source is tried first (`decide.attribution` takes
the first that yields one).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .grammar import PERSONAL, QUESTION_OPENERS, relative_head
from .parenthetical import closing_comma, parenthetical
from .phrases import np_before
from .relatives import labels_a_quote
from .view import near_end

if TYPE_CHECKING:
    from .records import Cue
    from .view import SentenceView


def ranked(v: SentenceView, cues: list[Cue]) -> list[Cue]:
    # "according to" first; then the earliest verb cue (a later one usually sits
    # inside the first one's content: "A poll found that residents blame ...");
    # frames ("in a statement"), light verbs ("released a letter") and vague markers last.
    # A cue that closes the sentence after its content ("..., the mayor said", "..., a poll by
    # the institute found", "..., said the mayor") is the main clause's: it outranks a cue
    # inside that content ("Most islanders oppose the levy, ...").
    def rank(c: Cue) -> tuple[int, int, int]:
        late = c.category in {"frame", "vague"} or "light" in c.entry.tags or \
            c.bare_nominal
        first = 0 if c.category == "according_to" or c.a in gapped else \
            1 if c.category in CLOSING_CATEGORIES and (closing_cue(v, c, starts) or set_off(v, c, starts)
                                                       or after_aside(v, c, starts)) \
            else 3 if c.a < asked else 2  # (its first test, inline)
        return (first, int(late), c.a)

    if len(cues) < 2:
        return cues  # nothing to order
    asked = question_intro_end(v)
    starts = {c.a for c in cues}
    gapped = {c.a for c in cues if c.a > 2 and labels_a_quote(v, c, np_before)}
    keys = v.keys  # (contact_relative's first test, inline: a personal pronoun before the cue)
    cues = [c for c in cues if c.a < 2 or keys[c.a - 1] not in PERSONAL or not contact_relative(v, c, starts)]
    return sorted(cues, key=rank)


QUESTION_INTRO_MAX = 25  # tokens of "Asked about ...," before its comma


def question_intro_end(v: SentenceView) -> int:
    """The comma that closes a question put to the speaker ("Asked about Trump's declaration that it
    was a bomb, Clinton said ..."): a cue before it is the question's, not the answer's; else -1."""
    keys, i = v.keys, v.first
    if keys[i] == "when" and i + 1 < v.n:
        i += 1
    if keys[i] not in QUESTION_OPENERS:
        return -1
    for x in range(i + 1, min(v.n, i + QUESTION_INTRO_MAX)):
        if keys[x] == ",":
            return x
    return -1


CLOSING_SUBJECT_MAX = 8  # tokens of the subject between the comma and a closing cue
CLOSING_CATEGORIES = frozenset({"speech", "data"})  # the cues that may close a sentence


def closing_cue(v: SentenceView, c: Cue, starts: set[int]) -> bool:
    """A speech or data verb that ends the sentence after a comma and its subject
    ("..., the survey found."); not a participle ("..., speaking of the levy"), nor a verb
    whose subject holds another cue ("..., said the mayor's letter didn't clarify")."""
    if c.category not in CLOSING_CATEGORIES or c.nominal or c.bare_nominal or not near_end(v, c.b) \
            or v.keys[c.b - 1].endswith("ing"):
        return False
    keys = v.keys
    subj, _ = np_before(v, c.a)
    return subj is not None and subj[0] > 0 and keys[subj[0] - 1] == "," and \
        subj[1] - subj[0] <= CLOSING_SUBJECT_MAX and not _holds_a_cue(subj, starts)


def set_off(v: SentenceView, c: Cue, starts: set[int]) -> bool:
    """A speech verb set off by commas inside the sentence with its short subject ("The union
    demanded higher pay, it said in a statement, and ..."): the main clause's cue, as a closing one."""
    if c.category != "speech" or c.nominal or c.bare_nominal or v.keys[c.b - 1].endswith("ing") \
            or closing_comma(v, c.b) is None:  # (`parenthetical`'s last test, before the subject is found)
        return False
    subj, _ = np_before(v, c.a)
    return subj is not None and not _holds_a_cue(subj, starts) \
        and parenthetical(v, subj, (c.a, c.b)) is not None


def _holds_a_cue(span: tuple[int, int], starts: set[int]) -> bool:
    """Whether a cue starts inside a span of tokens: the span's tokens looked up when it is the shorter
    (a sentence of thousands of cues tested each against all)."""
    a, b = span
    if b - a < len(starts):
        return any(x in starts for x in range(a, b))
    return any(a <= x < b for x in starts)


def contact_relative(v: SentenceView, c: Cue, starts: set[int]) -> bool:
    """A cue inside a relative clause without "who"/"that" that ends the subject of
    the next cue: "Everyone I spoke to said ...", "The nurses we interviewed said ...".
    The speaker is the noun before the pronoun, not the pronoun."""
    keys, a = v.keys, c.a
    if a < 2 or keys[a - 1] not in PERSONAL:
        return False
    if not relative_head(keys[a - 2]) or keys[a - 2] in v.rules.cue_firsts:
        return False
    j = c.b
    while j < v.n and keys[j] in ("to", "with", "about", "by", "for"):
        j += 1
    return j in starts


_ASIDE_RELATIVES = frozenset({"who", "which"})
ASIDE_MAX = 40  # tokens of a relative clause set off by commas before the main verb


def after_aside(v: SentenceView, c: Cue, starts: set[int]) -> bool:
    """The main verb after a relative clause set off by commas that holds a cue of its own: "Ana Lima, who backed
    a rival in the primary, said the claims were false" ("said" right after the clause's closing comma, the
    clause opened by ", who"/", which" and a cue): the main clause's cue is tried before the clause's."""
    keys, a = v.keys, c.a
    if a < 4 or keys[a - 1] != "," or v.in_quote[a - 1] or "act" in c.entry.tags:
        return False  # (an act carries no words: "The growers, who fear ..., rallied outside")
    for x in range(a - 2, max(0, a - ASIDE_MAX), -1):
        if keys[x] in _ASIDE_RELATIVES and keys[x - 1] == ",":
            return any(x < s < a for s in starts)
        if keys[x] in (";", ":", ".") and not v.in_quote[x]:
            return False
    return False
