"""Cues whose source is not their subject: "according to X", a statement frame ("In a
statement, X ..."), a relay ("AP quoted officials", "X was quoted by Y as saying") and
criticism with its critics after "from".
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from .clauses import find_passive
from .grammar import BOUNDARY, DETERMINERS, OBJECT_PRONOUNS, POSSESSIVES, PREPOSITIONS, PRONOUNS, WEEKDAYS, WHO_PRONOUNS
from .opening_subject import sentence_subject, subject_before_verb
from .phrases import names_someone, np_after, np_before
from .records import make, replace
from .sources import types_in
from .view import after_phrase, content_after, content_before, skip_clause, skip_comma

if TYPE_CHECKING:
    from ..types import Attribution
    from .records import Cue
    from .view import SentenceView


def criticism_from(v: SentenceView, cue: Cue) -> Attribution | None:
    """A vague phrase of criticism or questions whose critics are named after "from" ("drew
    sharp criticism from opposition lawmakers", "came under fire from the union"): they are
    the source (`reaction-from`, as "backing from the council"); else None."""
    b = cue.b
    if b + 1 >= v.n or v.keys[b] != "from" or v.keys[b - 1] not in v.rules.criticism_nouns:
        return None
    src, appo = np_after(v, b + 1)
    if src is None or not names_someone(v, *src):
        return None
    return make(v, "indirect", "reaction-from", cue, src, appo, [])


_RELATIVES = WHO_PRONOUNS | {"which"}


def from_according_to(v: SentenceView, cue: Cue, speech: list[tuple[int, int]]) -> Attribution | None:
    """"according to X": the phrase after it; "according to reports" is vague."""
    keys, a = v.keys, cue.a
    src, appo = np_after(v, cue.b, appositive=a > v.first)
    if src is None and cue.b < v.n and keys[cue.b] in OBJECT_PRONOUNS:
        src = (cue.b, cue.b + 1)  # "according to her": the pronoun, which coreference resolves
    if src is None or _standard(v, src):
        return None  # "went according to plan", "priced according to demand": no source
    if appo is None and a == v.first:
        appo = _opening_apposition(v, src)  # "According to her son, Thomas Ellison, she kept writing"
    if appo is not None and _summative(v, appo):
        appo = None  # "according to three officials, a move that would mark ...": about the clause, not them
    if appo is None:
        src = _with_agent(v, src)  # "according to an audit released on Thursday by the Dutch Court of Audit"
    content = content_before(v, a) if a > v.first else \
        content_after(v, after_phrase(v, src[1], appo))
    end = appo[1] if appo else src[1]
    if a > v.first and keys[a - 1] == "," and end < v.n - 1 and keys[end] == "," and keys[end + 1][0].isalnum() \
            and keys[end + 1] not in _RELATIVES:  # (", who blasted it as ...": about the source, not its words)
        content = content + content_after(v, end + 1)  # "The plan, according to two people briefed on it, would cut"
    if keys[src[0]] in v.rules.report_nouns and not v.cap(src[0]):
        return make(v, "vague", "according-to-reports", cue, src, appo, content, source_type="anonymous")
    if appo is None and (x := _obtained_by(v, src)) is not None:  # "a memo obtained by The New York Times"
        return make(v, "according_to", "according-to", cue, (src[0], x), None, speech or content,
                    via=v.span_text(x + 2 + (keys[x + 2] == "the"), src[1]))
    return make(v, "according_to", "according-to", cue, src, appo, speech or content)


def _obtained_by(v: SentenceView, src: tuple[int, int]) -> int | None:
    """The participle of a document's phrase that an outlet got hold of ("a memo obtained by The New York
    Times", "documents seen by Reuters"): relay_participles.txt, then "by" and a capitalised name that ends the
    phrase; the outlet relays the document, whose author is the source. None when there is none."""
    keys = v.keys
    for x in range(src[0] + 1, src[1] - 2):
        if keys[x] in v.rules.relay_participles and keys[x + 1] == "by":
            by = x + 2 + (keys[x + 2] == "the")
            return x if by < src[1] and v.cap(by) and v.cap(src[1] - 1) else None
    return None


NAME_APPOSITION_MAX = 5  # tokens of a name in apposition after an opening "according to" phrase


def _opening_apposition(v: SentenceView, src: tuple[int, int]) -> tuple[int, int] | None:
    """The name set off by commas after an opening "According to" phrase that describes one person by a
    possessive or an article and a singular noun ("According to her son, Thomas Ellison, she ..."); None
    when no such name stands there, or an age follows it ("According to police, Ana Ruiz, 45, was ...": the
    clause's subject)."""
    keys, n = v.keys, v.n
    a, b = src
    if b - a < 2 or keys[a] not in DETERMINERS or keys[b - 1].endswith("s") or b + 1 >= n or keys[b] != ",":
        return None
    j = b + 1
    while j < n and j - b <= NAME_APPOSITION_MAX and (v.cap(j) or keys[j] == "." and v.cap(j - 1)):
        j += 1
    if j == b + 1 or j + 1 >= n or keys[j] != "," or keys[j + 1][0].isdigit():
        return None
    return b + 1, j


def _summative(v: SentenceView, appo: tuple[int, int]) -> bool:
    """An apposition that sums up the clause before it, not the source: "a move that", "a step which" (an
    article, one noun and a relative "that" or "which"; a person's apposition takes "who")."""
    a, b = appo
    keys = v.keys
    return b - a > 3 and keys[a] in ("a", "an") and keys[a + 2] in ("that", "which") and not v.cap(a + 1)


def _standard(v: SentenceView, src: tuple[int, int]) -> bool:
    """Whether the phrase after "according to" is a standard one goes by ("plan", "his wishes"): it ends in
    a noun of `standard_nouns`, unless that noun stands in a phrase after a preposition that modifies a
    source ("according to two people familiar with the plans": the people)."""
    keys, a = v.keys, src[0]
    if keys[src[1] - 1] not in v.rules.standard_nouns:
        return False
    prep = next((x for x in range(a + 1, src[1] - 1) if keys[x] in PREPOSITIONS), None)
    return prep is None or not (names_someone(v, a, prep) or types_in(v, a, prep))


AGENT_REACH = 6  # tokens after a source's participle where its "by" may stand


def _with_agent(v: SentenceView, src: tuple[int, int]) -> tuple[int, int]:
    """A data source cut at its participle ("an audit released") with the agent that issued it: up to
    the end of the capitalised phrase after "by" within the same clause; else without the participle."""
    keys, a, b = v.keys, src[0], src[1]
    last = keys[b - 1]
    if not (last.endswith("ed") and not v.cap(b - 1) and any(
            (e := v.rules.sources.single(keys[x])) is not None and e.category == "data" for x in range(a, b))):
        return src
    for k in range(b, min(v.n, b + AGENT_REACH)):
        if keys[k] in BOUNDARY or not keys[k][0].isalnum():
            break
        if keys[k] == "by":
            agent, _ = np_after(v, k + 1, appositive=False)
            if agent is not None and v.cap(agent[0] + (keys[agent[0]] == "the")):
                return a, agent[1]
            break
    return (a, b - 1) if b - 1 > a else src  # "a YouGov survey published on Sunday": the survey, not "published"


def from_frame(v: SentenceView, cue: Cue, speech: list[tuple[int, int]]) -> Attribution | None:
    """"In a statement, X ...": the phrase after the frame, if it names a source."""
    keys, a, b = v.keys, cue.a, cue.b
    if a > v.first and keys[a - 1] not in (",", "—", "(", ";"):
        subj, appo = np_before(v, a)  # "Last week the skipper in a televised interview appeared to ..."
        if subj is not None and subj[1] == a and subj[0] <= v.first + 2 and frame_subject(v, subj):
            return make(v, "indirect", "statement-frame", cue, subj, appo, speech or content_after(v, b))
        if b < v.n and keys[b] == ":":  # "Their spokesman, Henrik Aas, summed it up in a statement: ..."
            subj, appo = sentence_subject(v)
            if subj is not None and subj[1] <= a and names_someone(v, *subj):
                return make(v, "colon", "cue-colon", cue, subj, appo, speech or content_after(v, b + 1))
    start = skip_clause(v, b) if a == v.first else skip_comma(v, b)
    src, appo = np_after(v, start, appositive=False)
    if src is not None and v.keys[src[1] - 1] in WEEKDAYS:  # "In a speech in Fort Pierce, Florida Friday, Clinton
        # laid out ...", "in a speech Friday in Port St. Lucie": the frame's place and day, not its speaker
        if a != v.first or src[1] >= v.n or keys[src[1]] != ",":
            subj, appo = sentence_subject(v)  # "She'll present her proposals in a speech Friday in ...": she
            if subj is None or subj[1] > a or not (names_someone(v, *subj) or keys[subj[0]] in PRONOUNS):
                return None
            return make(v, "indirect", "statement-frame", cue, subj, appo, speech or content_after(v, b))
        src, appo = subject_before_verb(v, *np_after(v, src[1] + 1, appositive=False))
    if src is None or not any(v.cap(i) or keys[i] in PRONOUNS or keys[i] in v.rules.source_firsts for i in range(*src)):
        return None
    return make(v, "indirect", "statement-frame", cue, src, appo,
                speech or content_after(v, after_phrase(v, src[1], appo)))


FRAME_SUBJECT_MAX = 4  # words of a subject right before a frame ("the harbor skipper in an interview")


def frame_subject(v: SentenceView, subj: tuple[int, int]) -> bool:
    """A short subject that can speak right before a mid-sentence frame: a name, a lone
    pronoun, or a determiner and a noun ("the skipper in an interview"); not a verb's object
    (`after_past_verb`)."""
    keys, (a, b) = v.keys, subj
    if after_past_verb(v, a):
        return False
    if b - a == 1 and keys[a] in PRONOUNS:
        return True
    if b - a > FRAME_SUBJECT_MAX or any(keys[x] in POSSESSIVES or "'" in keys[x] for x in range(a + 1, b)):
        return False
    return names_someone(v, a, b) or keys[a] in DETERMINERS


def after_past_verb(v: SentenceView, a: int) -> bool:
    """The phrase at token a follows a past verb, so it is that verb's object, not a subject:
    "Nagel struck a cautious note in a speech", "Ruiz posted a long message in an interview"."""
    k = v.keys[a - 1] if a > v.first else ""
    return not v.cap(a - 1) and (k in v.rules.past_verbs or len(k) > 4 and k.endswith("ed")) if k else False


def from_chain(v: SentenceView, cue: Cue, speech: list[tuple[int, int]]) -> Attribution | None:
    """"AP quoted officials": the source is the officials, `via` AP; "..., citing reports" is vague."""
    keys, a, b = v.keys, cue.a, cue.b
    if (relayed := passive_relay(v, cue, speech)) is not None:
        return relayed
    via_span, _ = np_before(v, a)
    src, appo = np_after(v, b)
    if src is not None and (not (v.cap(src[0]) or keys[src[0]] in v.rules.source_firsts
                                 or any(keys[i] in v.rules.source_firsts for i in range(*src)) or _as_saying(v, src[1]))
                            or owned_thing(v, src)):
        src = None  # "Okafor cited rude remarks", "cited Lund's past remarks": the subject speaks (but "quoted
        # negotiator Liu Zhenmin as saying": whoever is quoted as saying speaks)
    if src is None and via_span is not None:
        return make(v, "direct" if speech else "indirect", "subject-cue", cue, via_span, None,
                    speech or content_after(v, b))
    if src and (keys[src[0]] in v.rules.report_nouns or keys[src[0]] == "sources") and not v.cap(src[0]):
        return make(v, "vague", "citing-reports", cue, src, appo, content_before(v, a) if a else [],
                    source_type="anonymous")
    if src is None:
        return None
    via = v.span_text(*via_span) if via_span else None  # none for "..., citing X"
    return make(v, "direct" if speech else "indirect", "chain", cue, src, appo,
                speech or content_before(v, a), via=via)


_SAYING = frozenset({"saying", "telling", "writing", "stating", "warning", "adding"})


def _as_saying(v: SentenceView, end: int) -> bool:
    """"as saying" (or "telling", "writing", ...) right after the phrase ending before token `end`."""
    return end + 1 < v.n and v.keys[end] == "as" and v.keys[end + 1] in _SAYING


def passive_relay(v: SentenceView, cue: Cue, speech: list[tuple[int, int]]) -> Attribution | None:
    """"X was quoted by Y as saying ...": X speaks, `via` Y (the relay is the agent of the
    passive, named or not: "by state television"); None when the cue is not such a passive."""
    keys, a, b = v.keys, cue.a, cue.b
    if b >= v.n - 2 or keys[b] != "by" or (pas := find_passive(v, a, b)) is None or pas[0] != b:
        return None
    relay, _ = np_after(v, b + 1, appositive=False)
    src, appo = np_before(v, a)
    if relay is None or src is None or relay[1] >= v.n or keys[relay[1]] != "as":
        return None
    start = relay[1] + 1
    if start < v.n and keys[start].endswith("ing"):
        start += 1  # "as saying": the words start after it
    return make(v, "direct" if speech else "indirect", "chain", cue, src, appo,
                speech or content_after(v, start), via=v.span_text(*relay))


def owned_thing(v: SentenceView, span: tuple[int, int]) -> bool:
    """A phrase that opens with a possessor and whose head (its last word before any
    preposition) is a lower-case word that names no one: "Lund's past remarks", "his own
    endorsements from 88 skippers and pilots Tuesday" (what a speaker cites, not a relayed
    source; but "the ministry's spokesman")."""
    keys, (a, b) = v.keys, span
    owned = keys[a] in POSSESSIVES or any(keys[x].endswith("'s") for x in range(a, min(b, a + 3)))
    h = next((x - 1 for x in range(a + 1, b) if keys[x] in PREPOSITIONS), b - 1)  # "endorsements from ..."
    return owned and keys[h].isalpha() and not v.cap(h) and keys[h] not in v.rules.source_words


def interview_outlet(v: SentenceView, att: Attribution) -> Attribution:
    """A sourced attribution with no `via`, in a sentence where an outlet's name follows a relay phrase
    (relay_phrases.txt: "said in an interview with CNN", "remarks carried by the official IRNA news agency"):
    the outlet relays the words, as after "told"; else the attribution as it is."""
    if not att.sourced or att.via is not None:
        return att
    firsts = _relay_firsts(v.rules.relay_phrases)
    if firsts.isdisjoint(v.keys):
        return att
    keys = v.keys
    for i in range(v.n - 2):
        if keys[i] in firsts and f"{keys[i]} {keys[i + 1]}" in v.rules.relay_phrases and not v.in_quote[i]:
            outlet = _outlet_after(v, i + 2)
            if outlet is not None:
                return replace(att, via=outlet)
    return att


@cache
def _relay_firsts(phrases: frozenset[str]) -> frozenset[str]:
    """The first words of the relay phrases ("interview", "remarks", "carried"): a sentence with none skips the scan."""
    return frozenset(p.split(None, 1)[0] for p in phrases)


def _outlet_after(v: SentenceView, b: int) -> str | None:
    """The outlet named from token b on ("the official IRNA news agency", "The Washington Post last week": the
    capitalised name and the words of its kind), or None when that phrase names no outlet."""
    span, _ = np_after(v, b)
    if span is None or "media" not in types_in(v, *span):
        return None
    a, end = span
    while a < end:  # each capitalised run of the phrase, the first an outlet's ("Russia's propagandistic network RT")
        while a < end and not v.cap(a):
            a += 1  # "the official IRNA news agency": the name from its first capital
        e = a
        while e < end and (v.cap(e) or v.keys[e] in ("&", "of") and e + 1 < end and v.cap(e + 1)):
            e += 1
        if e > a and types_in(v, a, e) == {"media"}:
            return v.span_text(a, e)
        a = e + 1
    return None
