"""Finding cues in one sentence: one lexicon pass, vague phrases with adjectives, speech
nouns after a possessor (`is_nominal`) or before a clause (`is_bare_nominal`); each other
match must pass `valid_cue` (cue_checks.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clauses import STRANDED, bare_clause, contact_clause_cue, relative_clause
from .cue_checks import valid_cue
from .grammar import (
    AUXILIARIES,
    BOUNDARY,
    CLAUSE_DETERMINERS,
    CONTRACTED,
    DETERMINERS,
    PERSONAL,
    POSSESSIVES,
    PREPOSITIONS,
    PRONOUNS,
    TIME_WORDS,
)
from .records import Cue
from .view import colon_then_speech, positions, that_clause

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..lexicons import Entry
    from .view import SentenceView

RELATIVE_CLAUSE_BLOCK = 3  # tokens after a cue in a relative clause that hold no cue ("the deal he said he wanted")
MAX_ADJECTIVES = 2  # adjectives before the noun of a vague phrase ("came under withering public criticism")
VAGUE_VERB_WORDS = 2  # words of a vague phrase before its adjectives ("came under")


def find_cues(v: SentenceView) -> list[Cue]:
    found = []
    blocked_until = -1
    keys, n, quoted, in_quote = v.keys, v.n, bool(v.quotes), v.in_quote
    matches = v.rules.cues.find(keys)
    if not v.rules.modified_nouns.isdisjoint(v.hits):  # (most sentences hold none: one test)
        matches = with_modified(v, matches)
    for a, b, e in matches:
        if a <= blocked_until or (quoted and any(in_quote[a:b])):
            continue
        if a >= 2 and keys[a - 1] in PRONOUNS and relative_clause(v, a):  # (its first test, inline)
            blocked_until = a + RELATIVE_CLAUSE_BLOCK  # "the deal he said he wanted": the whole clause
            continue
        if b < n and (keys[b] == "that" or keys[b] == ":"):  # both need one of these right after
            nominal, bare = is_nominal(v, a, b, e), is_bare_nominal(v, a, b, e)
        else:
            nominal = bare = False
        # (contact_clause_cue's first test, inline) "the mail they asked for": no claim
        if (nominal or bare or valid_cue(v, a, b, e)) and not (
                b < n and keys[b] in STRANDED and contact_clause_cue(v, a, b)):
            found.append(Cue(a, b, e, nominal, bare))
    return found


def with_modified(v: SentenceView, matches: list[tuple[int, int, Entry]]) -> list[tuple[int, int, Entry]]:
    """The matches with the vague phrases and frames whose nouns have modifiers."""
    if not v.rules.criticism_nouns.isdisjoint(v.hits):
        matches = sorted(matches + modified_vague_phrases(v, matches), key=lambda m: m[0])
    if not v.rules.frames_by_noun.keys().isdisjoint(v.hits) and (framed := modified_frames(v, matches)):
        inside = {i for a, b, _ in framed for i in range(a, b)}  # "in his televised remarks": not the verb
        matches = sorted([m for m in matches if m[0] not in inside] + framed, key=lambda m: m[0])
    return matches


def modified_frames(v: SentenceView, matches: list[tuple[int, int, Entry]]) -> list[tuple[int, int, Entry]]:
    """Frames with one or two modifiers before their noun ("in a televised interview", "in a
    late-night tweet", "in her lengthy remarks"): the frame without them is in the lexicon
    ("in an interview"; "a" and "an" are one)."""
    keys, out = v.keys, []
    taken = {i for a, b, e in matches if e.category == "frame" for i in range(a, b)}
    frames_by_noun = v.rules.frames_by_noun
    for i in positions(keys, frames_by_noun.keys() & v.hits):
        entries = frames_by_noun[keys[i]]
        if i in taken or compound_noun_after(v, i + 1):
            continue
        for skip in range(1, MAX_ADJECTIVES + 1):
            lo = i - skip
            if lo < 2 or not _modifier(keys[lo]):
                break
            hit = next((e for e in entries if _same_words(keys[lo - len(e.tokens) + 1:lo], e.tokens[:-1])), None)
            if hit is not None:
                out.append((lo - len(hit.tokens) + 1, i + 1, hit))
                break
    return out


def compound_noun_after(v: SentenceView, j: int) -> bool:
    """A lower-case word after a frame's noun that makes it part of a compound ("in a sealed
    letter box", "in a new post office"): not a preposition, conjunction, auxiliary, time
    word or "that", and no verb form in -ed or -s."""
    if j >= v.n:
        return False
    k = v.keys[j]
    return k.isalpha() and not v.cap(j) and k not in PREPOSITIONS and k not in BOUNDARY and k != "that" \
        and k not in AUXILIARIES and k not in TIME_WORDS and not k.endswith(("ed", "s"))


def _modifier(key: str) -> bool:
    """A word that may modify a frame's noun: a word (hyphens allowed), not a function word."""
    return key.replace("-", "").isalpha() and key not in DETERMINERS and key not in PREPOSITIONS \
        and key not in BOUNDARY and key not in POSSESSIVES


def _same_words(got: Sequence[str], want: Sequence[str]) -> bool:
    return len(got) == len(want) and all(g == w or {g, w} == {"a", "an"} for g, w in zip(got, want, strict=True))


def modified_vague_phrases(v: SentenceView, matches: list[tuple[int, int, Entry]]) -> list[tuple[int, int, Entry]]:
    """Vague phrases with one or two adjectives before their noun ("came under withering
    criticism", "has faced sharp questions"): the phrase without the adjectives is in the
    lexicon ("came under criticism", "faced questions")."""
    keys, out = v.keys, []
    taken = {i for a, b, e in matches if e.category == "vague" for i in range(a, b)}
    for i in positions(keys, v.rules.criticism_nouns.intersection(v.hits)):
        k = keys[i]
        if i in taken:
            continue
        for skip in range(1, MAX_ADJECTIVES + 1):
            lo = i - skip
            if lo < 1 or any(not keys[x].isalpha() or keys[x] in DETERMINERS or keys[x] in PREPOSITIONS
                             or keys[x] in BOUNDARY for x in range(lo, i)):
                break
            window = list(keys[max(0, lo - VAGUE_VERB_WORDS):lo]) + [k]
            hit = next(((a, e) for a, b, e in v.rules.cues.find(window)
                        if b == len(window) and e.category == "vague"), None)
            if hit is not None:
                out.append((max(0, lo - VAGUE_VERB_WORDS) + hit[0], i + 1, hit[1]))
                break
    return out


def is_nominal(v: SentenceView, a: int, b: int, e: Entry) -> bool:
    """A speech noun after a possessor and before its that-clause: "Vasko's claim that ...",
    "her warning that ..." (the possessor is the source)."""
    if e.category not in {"speech", "cognitive", "nominal"} or a < 1 or "that" in e.tags \
            or not (that_clause(v, b) or colon_then_speech(v, b)):
        return False  # "she's confident that": an adjective after a contracted 'is'
    prev = v.keys[a - 1]
    return prev in POSSESSIVES or (prev.endswith(("'s", "s'")) and len(prev) > 2 and not v.in_quote[a - 1]
                                    and prev[:-2] not in CONTRACTED) or \
        (prev in v.rules.source_words and prev not in PRONOUNS and not v.in_quote[a - 1]
         and v.keys[a].endswith("s") and a - 1 == v.first)  # "Government warnings that ..."


def is_bare_nominal(v: SentenceView, a: int, b: int, e: Entry) -> bool:
    """A speech noun without a possessor before its that-clause: "despite repeated warnings
    that the dam could fail" (someone unnamed warned): the clause opens with a subject."""
    if not that_clause(v, b) or b + 1 >= v.n:
        return False
    prev = v.keys[a - 1] if a > v.first else "the"  # "Reports that the ferry sank ..."
    if not (e.category == "nominal" or e.category == "speech" and "noun" in e.tags and "content" not in e.tags
            and (prev in DETERMINERS or prev in v.rules.np_modifiers)):  # "the claim that", not "he claimed that"
        return False
    if prev.endswith("'s") or prev in POSSESSIVES or v.keys[a] in v.rules.relative_head_nouns:
        return False  # "Lund's claim that": `nominal`; "the statement that the mayor read": a relative
    k = v.keys[b + 1]
    return (k in PERSONAL or k == "it" or k in CLAUSE_DETERMINERS or v.cap(b + 1)) and \
        bare_clause(v, b + 1)
