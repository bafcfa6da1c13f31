"""A cue set off by commas in the middle of a sentence: "The union demanded higher pay, it said
in a statement, and threatened to strike", "The measure, critics said, would gut protections".
The cue is the sentence's attribution (it outranks a stance verb before it) and its content
is the sentence on both sides of it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .grammar import OBJECT_PRONOUNS, PASSIVE_AUX, PREPOSITIONS, TIME_WORDS

if TYPE_CHECKING:
    from .view import SentenceView

PAREN_TAIL_MAX = 6  # tokens between the cue and the comma that closes it ("in a statement on Tuesday")
PAREN_SUBJECT_MAX = 8  # tokens of the cue's subject after the opening comma


def closing_comma(v: SentenceView, b: int) -> int | None:
    """The comma that closes a parenthetical cue ending at token b: right after it or after a
    short tail of time and frame words ("in a statement on Monday", "then", "me on Friday"),
    with a word after it; None otherwise (not an object: "attacked the USS Cole, killing")."""
    keys = v.keys
    x = b
    if x < v.n and keys[x] in OBJECT_PRONOUNS:  # "he told me on Friday,"
        x += 1
        if x < v.n and keys[x] == "to":
            return None  # "implored her to bring it back,": an object and its verb
    if x < v.n and keys[x] != "," and not _tail_opener(keys[x]):
        return None
    for i in range(x, min(v.n - 1, b + PAREN_TAIL_MAX + 1)):
        k = keys[i]
        if k == ",":
            return i if keys[i + 1][0].isalnum() and not v.in_quote[i] else None
        if k == "that" or not k[0].isalnum():
            return None
    return None


def _tail_opener(k: str) -> bool:
    """A word that opens a time or frame phrase after a cue ("in", "on", "then", "earlier", "often")."""
    return k in PREPOSITIONS or k in TIME_WORDS or k in ("then", "again") or k.endswith("ly")


def parenthetical(v: SentenceView, src: tuple[int, int], cue: tuple[int, int]) -> int | None:
    """The closing comma when the cue at tokens `cue` and its subject `src` are set off by
    commas inside the sentence (", it said," with words before and after; not a passive, "...,
    Clinton was supported by 42 percent,"), else None."""
    a, (c, b) = src[0], cue
    if a < 2 or v.keys[a - 1] != "," or a - 1 <= v.first or src[1] - a > PAREN_SUBJECT_MAX or src[1] > c \
            or v.keys[c - 1] in PASSIVE_AUX:
        return None
    return closing_comma(v, b)


def both_sides(v: SentenceView, src: tuple[int, int], close: int) -> list[tuple[int, int]]:
    """The sentence before the opening comma and after the closing one: the content."""
    return [(v.sent.start, v.end_of(src[0] - 2)), (v.start_of(close + 1), v.sent.end)]


_QUESTION_WORDS = frozenset({"whether", "if", "about", "why", "how", "what", "when", "on"})  # "Asked whether"
INTRO_MAX = 8  # tokens of an opening phrase before the comma ("In a post on Facebook on Tuesday")


def after_intro(v: SentenceView, src: tuple[int, int], b: int) -> bool:
    """The cue's subject follows an opening phrase and comma ("In a statement, the company said
    it would appeal", "On Tuesday, the mayor said ...", "Speaking to reporters, the senator
    said ...", "Asked whether he would run, the senator said ..."), and words of a claim follow
    the cue: the claim is after it, not the phrase before (which a trailing cue would take)."""
    keys, comma, first = v.keys, src[0] - 1, v.first
    opener = _tail_opener(keys[first]) or keys[first].endswith("ing") \
        or keys[first].endswith("ed") and first + 1 < v.n and keys[first + 1] in _QUESTION_WORDS  # "Asked whether"
    if not (opener and comma - first <= INTRO_MAX and "," not in keys[first:comma]):
        return False
    x = b + 1 if b < v.n and keys[b] == "that" else b
    return x < v.n - 1 and keys[x][0].isalnum() and not _tail_opener(keys[x])


INTERRUPTION_MAX = 12  # tokens of a participle phrase between a subject and its verb


def interrupting_participle(v: SentenceView, a: int, b: int, e) -> bool | None:
    """Cue check: an -ing cue set off by commas between a subject and its speech verb ("The
    senator, speaking to reporters Tuesday, said the bill would pass") is no cue of its own: the
    verb after it speaks (no say otherwise)."""
    keys = v.keys
    if a < 2 or keys[a - 1] != "," or not keys[a].endswith("ing"):
        return None
    for x in range(b, min(v.n - 1, b + INTERRUPTION_MAX)):
        k = keys[x]
        if k == ",":
            y = x + 1
            while y < v.n - 1 and keys[y].endswith("ly") and keys[y] not in v.rules.source_firsts:
                y += 1  # "..., later said"
            return False if keys[y] in v.rules.cue_firsts and not keys[y].endswith("ing") else None
        if not k[0].isalnum() and k not in ("'s", "."):
            return None
    return None
