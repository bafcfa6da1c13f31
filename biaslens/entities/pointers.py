"""Pointers: the pronouns and role nouns ("he", "the governor") of a sentence, outside quoted speech;
`coref` points each back to an entity."""

from __future__ import annotations

from bisect import bisect_right
from itertools import compress
from typing import NamedTuple

from ..types import Sentence
from .lexicon import PRONOUNS as _PRONOUNS
from .lexicon import EntityRules
from .titlewords import _title_key

_RELATIVES = frozenset({"who", "whom"})
_ROLE_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})
_new_pointer = tuple.__new__  # a Pointer from all its fields, in order (no keyword handling)


class Pointer(NamedTuple):
    """A pronoun or a role noun ("the governor") that points back to an entity."""

    sentence: int
    start: int
    end: int
    kind: str  # "pronoun" | "role"
    key: str  # the pronoun, or the role class looked for
    gender: str | None
    relative: bool = False  # right after ", who": "X, who he said ...": the pronoun is not X


def sentence_pointers(sent: Sentence, rules: EntityRules, speech, cues=None) -> list[Pointer]:
    """Pronouns and role nouns ("the governor", "the Texas governor") outside quoted speech. (`cues`: the
    sentence's keys among `rules.sentence_cues`, when the caller has them: the same answer from a smaller set.)"""
    keys = sent.keys
    found = rules.pointer_words.intersection(keys if cues is None else cues)
    if not found:
        return []
    in_starts, in_ends = speech.starts, speech.ends  # `start in speech`, inlined
    q = bisect_right(in_starts, sent.start) - 1
    if q >= 0 and in_ends[q] >= sent.end:
        return []  # the whole sentence is quoted speech (merged spans: no later one starts inside it)
    # does some span of speech overlap the sentence (the one begun before it, or the next)?
    quoted = q >= 0 and in_ends[q] > sent.start or q + 1 < len(in_starts) and in_starts[q + 1] < sent.end
    words, starts, index = sent.words, sent.starts, sent.index
    out: list[Pointer] = []
    # where the found words stand, in order: C-level (no loop over every token, no search ending in an exception)
    for k in compress(range(len(keys)), map(found.__contains__, keys)):
        start = starts[k]
        if quoted:
            p = bisect_right(in_starts, start) - 1
            if p >= 0 and start < in_ends[p]:
                continue
        key = keys[k]
        if key in _PRONOUNS:
            relative = k > 2 and keys[k - 1] in _RELATIVES and words[k - 2] == "," and words[k - 3][:1].isupper()
            out.append(_new_pointer(Pointer, (index, start, start + len(words[k]), "pronoun", key,
                                                _PRONOUNS[key], relative)))
        elif key == AGE_WORD:
            if (age := _age_pointer(sent, k, rules)) is not None:
                out.append(age)
        elif (role := _role_pointer(sent, k, rules)) is not None:
            out.append(role)
    return out


AGE_WORD = "year-old"  # (the key of "58-year-old"'s last token: "The 58-year-old said" describes a person)
AGE_ROLE = "age"  # the role class an age pointer looks for: none holds it, so the last speaker answers


def _age_pointer(sent: Sentence, k: int, rules: EntityRules) -> Pointer | None:
    """"The 58-year-old" standing alone for a person named before (not "the 58-year-old executive",
    whose noun is a role noun of its own, nor "a 58-year-old", someone new)."""
    keys = sent.keys
    if k < 3 or keys[k - 3] != "the" or keys[k - 1] != "-" or not keys[k - 2].isdigit():
        return None
    if k + 1 < len(keys) and keys[k + 1] in rules.role_heads:
        return None
    return _new_pointer(Pointer, (sent.index, sent.starts[k - 3], sent.starts[k] + len(sent.words[k]), "role",
                                  AGE_ROLE, None, False))



def _role_pointer(sent: Sentence, k: int, rules: EntityRules) -> Pointer | None:
    """The role noun at token k with its determiner ("the governor", "the Texas governor"), or None: a
    title before a name, or no determiner within three words (none across a comma, ";" or ":")."""
    words, keys = sent.words, sent.keys
    if words[k][:1].isupper() and k and not _capitalised_role(keys, k) \
            or k + 1 < len(words) and words[k + 1][:1].isupper():
        return None  # a title before a name, not a role noun standing for one ("the President said" is one)
    for det in range(k - 1, max(-1, k - 4), -1):
        if keys[det] in _ROLE_DETERMINERS:
            break
    else:
        return None
    for m in range(det, k):
        if words[m] in (",", ";", ":"):
            return None
    if described_key(keys[k], rules):
        return described_role(sent, det, k, rules)
    if _inside_compound(sent, det, k, rules):
        return None  # "officer" of "the chief financial officer": the compound's pointer, made at "chief"
    k, title = _compound_head(sent, k, rules)
    if title.body and k + 1 < len(keys) and _people_after(keys[k + 1], rules):
        return None  # "the council members", "the bank executives": the body's people, not the body
    start = sent.starts[k]
    # (a body's role noun, "the bank", points to one organisation: the gender of "it"; "the president-elect"
    # looks for the holder of that office, not any president: `pointing.holds_office`)
    role = title.roles[0] if keys[k] in rules.titles else keys[k]
    return _new_pointer(Pointer, (sent.index, sent.starts[det], start + len(words[k]), "role", role,
                                    "o" if title.body else title.gender, False))


def described_key(key: str, rules: EntityRules) -> bool:
    """A person's role noun (person_roles.txt) that is no title: "the singer" points only to whoever was given
    that role (`described_role`)."""
    return key not in rules.titles and key in rules.person_roles


def described_role(sent: Sentence, det: int, k: int, rules: EntityRules) -> Pointer | None:
    """"The singer", "the biologist": a person's role noun (person_roles.txt) that is no title, after
    "the", pointing back to the one who was given that role ("Pop singer Jenna Vale ... The singer, 29,
    said"); nothing else is looked for (`RoleSources._role_source` leaves an unheld one a description)."""
    keys = sent.keys
    if keys[det] != "the" or k + 1 < len(keys) and (keys[k + 1] in rules.role_heads or keys[k + 1] == "'s") \
            or det and keys[det - 1] == ",":
        return None  # ("a singer", "the singer's lawyer", "the coach driver"; "Tom Hale, the head of ...": the
        # name's apposition, no pointer back)
    return _new_pointer(Pointer, (sent.index, sent.starts[det], sent.starts[k] + len(sent.words[k]), "role",
                                  keys[k], None, False))


def _inside_compound(sent: Sentence, det: int, k: int, rules: EntityRules) -> bool:
    """Whether the role noun at token k ends a compound title that a title one or two words before it
    (after the determiner at `det`) opens. (A loop, not `any` over a generator: no generator, and no
    cells for the caller's locals.)"""
    keys, titles = sent.keys, rules.titles
    for j in range(max(det, k - 2), k):
        if keys[j] in titles and _compound_head(sent, j, rules)[0] == k:
            return True
    return False


def _capitalised_role(keys, k: int) -> bool:
    """A capitalised title after "the" that ends its noun phrase ("the President said", "the PM told
    reporters"), not one that a name or an "of" phrase follows ("the CEO of the Tokyo Games", "the
    State of the Union")."""
    return keys[k - 1] == "the" and not (k + 1 < len(keys) and keys[k + 1] in ("of", "for"))


def _compound_head(sent: Sentence, k: int, rules: EntityRules):
    """(the last token, the title) of the compound title that token k opens ("the chief financial
    officer": "officer", the row "financial officer"), a title one or two lower-case words on; else
    token k and its own title. The role noun is the whole compound."""
    words, keys, titles = sent.words, sent.keys, rules.titles
    for h in (k + 1, k + 2):
        if h >= len(words) or not words[h][:1].islower():
            break
        compound = titles.get(f"{keys[h - 1]} {keys[h]}") if keys[h] in titles else None
        if compound is not None:
            return h, compound
    return k, titles.get(keys[k]) or titles[_title_key(keys[k])]


def _people_after(key: str, rules: EntityRules) -> bool:
    """A plural noun of people ("members", "executives") after a body's noun, which then only modifies it."""
    return key.endswith("s") and (key in rules.group_nouns or key in rules.role_heads)
