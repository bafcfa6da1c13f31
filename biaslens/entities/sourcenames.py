"""Source names: which name heads an attribution's source ("Sen. Marta Kowal of Vermont",
"a spokesperson for Brightwater"), used by `speakers` and to decide which names speak."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from operator import attrgetter

from .lexicon import EntityRules
from .mentions import Candidate

# words that cannot stand in a noun phrase before its head name: it is not the name's own phrase
_NOT_PREMODIFIERS = frozenset({"of", "for", "by", "from", "with", "at", "in", "on", "to", "about", "said", "says",
                               "and", "or", "who", "which", "that", "gathered", "released", "published"})
# what may follow a name in its own source: nothing, an apposition, or where the person is from
# ("Sen. Marta Kowal of Vermont", "Ivo Brandt of Arvand, the chairman", "Peter Lund of the Baker Institute in
# Melbourne", "Ada Lund of the Center for Strategic and International Studies")
_NAME_END = re.compile(r"^\s*(?:$|[,(]|(?:him|her|it)self\b|themselves\b|"
                       r"of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.'’-]*)*"
                       r"(?:\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?\s*(?:$|[,(]))")
# where a person works, after the person's name ("Cameron Easley for Morning Consult", "Dan McLaughlin at the
# National Review"); after an organisation's first word it is the rest of its name ("Democracy for America")
_AFFILIATION = re.compile(r"^\s*(?:for|at)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s*(?:$|[,(])")
# the same, matched from a position (`pattern.match(text, pos, end)`, pos < end: "^" holds only at the text's
# start; an empty stretch matches `_NAME_END`)
# role words between an organisation and a person ("the Harbor Guild organizer Ada Morel"); after an owner's
# apostrophe, capitalised or not ("Russia's Foreign Minister Sergei Lavrov")
_ROLE_GAP = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,3}")
_OWNED_ROLE = re.compile(r"s?\s+(?:[\w-]+\s+){1,3}")
_NAME_END_AT = re.compile(_NAME_END.pattern[1:])
# where a person is from when a body noun leads the body's name ("Ella Jakobsen of the campaign group EDRi",
# "of the think tank Bruegel"): lower-case words, the last a body noun (`of_body`)
_OF_BODY = re.compile(r"\s*of\s+the\s+((?:[a-z][\w-]*\s+){1,2})[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s*(?:$|[,(])")
_FOR = re.compile(r"\b(?:for|of|at|from|with)\s+(?:the\s+)?$", re.I)
_FOR_BODY = re.compile(r"\bfor\s+(?:the\s+)?$", re.I)
# a party-and-state tag after a name ("Sen. Ada Morel, D-Vt.", "(R-Utah)"): the name's affiliation
_PARTY_TAG = re.compile(r"[RDI]-[A-Z][\w.]*$")
_PARTY_TAG_AT = re.compile(r"[RDI]-[A-Z][\w.]*(?=[\s,)]|$)")
# a relative clause about the name ("X, who heads the union"): a body it names is the person's, not the name's type
_WHO_AFTER = re.compile(r",\s+who(?:se)?\b")
_BODY_KINDS = frozenset({"institution", "media"})
_NAMED_TYPES = frozenset({"official", "person", "media", "institution"})
POSSESSIVE_ENDS = frozenset({"'s", "’s", "'", "’"})  # a possessive that ends a name or a source after it
_NP_START = attrgetter("np_start")  # a Candidate's np_start
_SOURCE_TYPE_OF = {"official": "official", "person": "person", "media": "media", "institution": "institution",
                   "data": "data", "anonymous": "anonymous"}


def head_gap(gap: str, rules: EntityRules) -> bool:
    """Whether the words before a name in a source are only its articles, titles, capitalised
    modifiers and the writer's loaded words ("Khomeinist regime Propagandist Minister")."""
    words = gap.split()
    return len(words) <= 8 and "," not in gap and _NOT_PREMODIFIERS.isdisjoint(map(str.lower, words))


def role_between(gap: str, rules: EntityRules) -> bool:
    """Whether the words between a name and a person's are the person's role: lower-case role words ("the
    Harbor Guild organizer Ada Morel") or an owner's possessive and role words ("Russia's Foreign Minister
    Sergei Lavrov", "Brazil's foreign minister Mauro Vieira"; no preposition among them), the last a role's."""
    if _ROLE_GAP.fullmatch(gap):
        return gap.split()[-1] in rules.role_heads
    owner, _, role = gap.partition("’" if "’" in gap else "'")
    return not owner and bool(_OWNED_ROLE.fullmatch(role)) and head_gap(role, rules) \
        and role.split()[-1].lower() in rules.role_heads


def source_heads(attributions, cands: Sequence[Candidate], text: str, rules: EntityRules) -> dict[int, str]:
    """Candidate start -> source type, for a name that is the whole name of an attribution's
    source ("Dukes said", "said Lund, a union organizer"): a name that speaks is an entity."""
    out: dict[int, str] = {}
    starts = None  # the candidates' noun-phrase starts, once an attribution names someone
    for att in attributions:
        if not att.sourced or att.source_type not in _NAMED_TYPES or att.source_span is None:
            continue
        a, b = att.source_span
        if starts is None:
            starts = list(map(_NP_START, cands))
        k = bisect_right(starts, a - 1)
        if k == len(cands):
            continue
        c = cands[k]
        if c.np_start >= b or (c.initial and len(c.keys) == 1 and c.keys[0] in rules.group_nouns):
            continue  # "Officials said": a sentence's first word, not a name
        if c.end < b and not _NAME_END_AT.match(text, c.end, b) and not of_body(text[c.end:b], rules):
            d = _member_after(cands, k, text, b, rules)
            if d is not None:  # "Kim Jong Un's sister Kim Yo Jong said": the sister speaks; "Irish airline
                out[d.start] = _member_kind(text[c.end:d.start], rules)  # Ryanair said": the airline does
            continue
        if _PARTY_TAG.match(c.name):
            continue  # "R-Utah": the party and state of the name before it, never a name
        gap = text[a:c.np_start]
        if head_gap(gap, rules):
            kind = _SOURCE_TYPE_OF.get(att.source_type, "person")
            if kind in _BODY_KINDS and _WHO_AFTER.match(text, c.end, b):
                kind = "person"  # "said Amadou Keita, who leads the dockworkers' union": the union is his
            out[c.start] = kind
        elif _spokes_gap(gap, rules):
            out[c.start] = "institution"
    return out


def _member_after(cands: Sequence[Candidate], k: int, text: str, b: int, rules: EntityRules) -> Candidate | None:
    """The name after the source's first name and role words that ends the source ("the Harbor Guild organizer
    Ada Morel", "Kim Jong Un's sister Kim Yo Jong"), or None."""
    for j in range(k + 1, len(cands)):  # each name after role words following the one before ("North Korean
        c, d = cands[j - 1], cands[j]     # leader Kim Jong Un's sister Kim Yo Jong")
        if d.end > b or not role_between(text[c.end:d.start], rules):
            return None
        if _NAME_END_AT.match(text, d.end, b):
            return d
    return None


def of_body(rest: str, rules: EntityRules) -> bool:
    """Whether what follows a name in its source is the body the person is from, led by its body noun ("of the
    campaign group EDRi"; not "of the meeting Trump")."""
    m = _OF_BODY.match(rest)
    return m is not None and m.group(1).split()[-1] in rules.body_nouns


def _member_kind(gap: str, rules: EntityRules) -> str:
    """The type of a name after role words: a body noun's category ("airline": institution), else a person."""
    body = rules.body_nouns.get(gap.split()[-1].lower())
    return body[0] if body is not None else "person"


def _spokes_gap(gap: str, rules: EntityRules) -> bool:
    """"A spokesperson for Google": an unnamed role speaking for the name after it (which speaks, so
    is an entity, whatever its words say)."""
    return bool(_FOR_BODY.search(gap)) and len(gap.split()) <= 4 and any(
        w.islower() and w.strip(".,") in rules.titles for w in gap.split())  # not "Secretary of State X"


_HEAD_ENDS = frozenset({"in", "at", "from", "of", "for", "with", "by", "on", "who", "that", "which", "i", "we",
                        "you", "close", "familiar"})


def _head_noun(words: Sequence[str]) -> str:
    """The head noun of a description: its last word before a preposition, a relative clause or a
    participle ("Shiite clerics in Qom", "Nurses employed by the clinic", "The dockers I talked to")."""
    head = words[0]
    for i, w in enumerate(words):
        k = w.lower().strip(".,'’")
        if k in _HEAD_ENDS or (i and k.endswith("ed") and _participle(words, i)):
            break
        head = w
    return head.lower().strip(".,'’")


_AFTER_PARTICIPLE = _HEAD_ENDS | {"to", "last", "this", "earlier", "recently"}


def _participle(words: Sequence[str], i: int) -> bool:
    """Whether the "-ed" word i is a participle after the head ("Nurses employed by the clinic", "analysts
    surveyed") rather than an adjective before it ("a notoriously thin-skinned administration")."""
    if i + 1 == len(words):
        return True
    nxt = words[i + 1].strip(".,'’")
    return nxt[:1].isupper() or nxt.lower() in _AFTER_PARTICIPLE
