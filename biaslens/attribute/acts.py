"""Attributions of acts rather than words, tried when a sentence has no usable cue: an
official act of a named actor ("the council repealed the levy", "judges appointed by two
governors": `official_act`) and a stance or choice with a named owner ("the governor's
decision to", "his attacks on the board": `owned_act`). Acts told by their object ("declined
the offer", "released his tax returns") are in `object_acts`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clauses import find_passive
from .grammar import (
    AUXILIARIES,
    BOUNDARY,
    CONTRACTED,
    DETERMINERS,
    FINITE,
    LINKING_VERBS,
    NAME_GLUE,
    PERSONAL,
    POSSESSIVE_OF,
    PREPOSITIONS,
)
from .npwalk import walk_np_back
from .opening_subject import sentence_subject
from .phrases import names_someone, np_after, np_before
from .records import RULE_ENTRY, Cue, make
from .triggers import triggered_by
from .view import content_after

if TYPE_CHECKING:
    from ..types import Attribution
    from .view import SentenceView

MEASURE_OBJECT_WINDOW = 4  # tokens after a measure verb within which its noun comes ("lifted a midnight curfew")
_REDUCED_RELATIVE = frozenset({"by", "to", "as"})  # after a participle with no auxiliary: a passive
_ACT_PREPOSITIONS = frozenset({"of", "on", "against", "to", "for"})
OWNER_POSSESSIVES = frozenset({"his", "her", "their"})  # not "my", "our" (the writer) nor "its"


def names_actor(v: SentenceView, span: tuple[int, int]) -> bool:
    """The phrase names someone, or is a lone personal pronoun ("he", "they"): who can act."""
    return names_someone(v, *span) or span[1] - span[0] == 1 and v.keys[span[0]] in PERSONAL


@triggered_by("official_acts", "measure_verbs")
def official_act(v: SentenceView) -> Attribution | None:
    """An official act (official_acts.txt; a measure verb with a measure as its object,
    measure_verbs.txt and measure_nouns.txt) whose subject names someone, or in the passive
    whose agent does: "the council repealed the levy", "the city lifted its curfew",
    "judges appointed by two governors" (`indirect`, the actor as source)."""
    keys, rules = v.keys, v.rules
    for i in range(v.first + 1, v.n):
        k = keys[i]
        if v.in_quote[i] or not (k in rules.official_acts or
                                 k in rules.measure_verbs and _measure_object(v, i + 1)):
            continue
        if keys[i - 1] in DETERMINERS or keys[i - 1].endswith("'s"):
            continue  # "the newly appointed envoy", "the mayor's signed order"
        passive = find_passive(v, i, i + 1)
        if passive is not None:
            _, src, appo = passive
        elif k.endswith("ed") and i + 1 < v.n and keys[i + 1] in _REDUCED_RELATIVE:
            # "a penalty imposed by the board": the agent; "anyone appointed to the seat": none
            src, appo = _agent(v, i + 2) if keys[i + 1] == "by" else (None, None)
        else:
            src, appo = np_before(v, i)
            if src is not None and src[1] < i and keys[src[1]] in BOUNDARY:
                src = None  # a subject across a conjunction or "to": not this verb's
        if src is None or not names_actor(v, src):
            continue
        return make(v, "indirect", "official-act", Cue(i, i + 1, RULE_ENTRY), src, appo, [])
    return None


VOTE_TO_WINDOW = 8  # tokens between "voted" and the "to" of what the vote decided ("voted 19-15 along party lines, to")
_VOTED = frozenset({"voted", "votes"})


@triggered_by(_VOTED)
def voted_to(v: SentenceView) -> Attribution | None:
    """A vote that decides an act, with a subject that names someone: "The council voted 5-2
    on Tuesday to close the shelter", "House panel votes to hold aide in contempt" (`indirect`,
    `official-act`, the voters as source); not a vote for someone ("would you vote for her"),
    nor "the Senate's 80-19 vote for"."""
    keys = v.keys
    for i in range(v.first + 1, v.n - 2):
        if keys[i] not in _VOTED or v.in_quote[i] or keys[i - 1] in DETERMINERS or keys[i - 1].endswith("'s"):
            continue
        to = next((x for x in range(i + 1, min(v.n - 1, i + VOTE_TO_WINDOW + 1)) if keys[x] == "to"), None)
        if to is None or not keys[to + 1].isalpha() or keys[to + 1] in DETERMINERS or v.cap(to + 1) \
                or any(keys[x] in BOUNDARY or keys[x] in ("for", "against") for x in range(i + 1, to)):
            continue
        src, appo = np_before(v, i)
        if src is not None and names_actor(v, src):
            return make(v, "indirect", "official-act", Cue(i, i + 1, RULE_ENTRY), src, appo, [])  # an act:
            # what was voted stays the writer's wording
    return None


def _measure_object(v: SentenceView, j: int) -> bool:
    """A measure noun within a few words after a measure verb, before any preposition or
    clause boundary ("lifted a midnight curfew"; not "passed by the bill's sponsor")."""
    keys, nouns = v.keys, v.rules.measure_nouns
    for x in range(j, min(v.n, j + MEASURE_OBJECT_WINDOW)):
        k = keys[x]
        if k in nouns:
            return True
        if k in PREPOSITIONS or k in BOUNDARY or not k[0].isalnum():
            return False
    return False


@triggered_by("act_nouns")
def owned_act(v: SentenceView) -> Attribution | None:
    """A stance or choice (act_nouns.txt) with a named owner and the word that says what it
    is about: "the governor's decision to close the port", "his attacks on the board", "a
    decision by the court to" (`indirect`, the owner as source); not an ownerless "the
    decision to", nor "my decision" (the writer's)."""
    keys, nouns = v.keys, v.rules.act_nouns
    for i in range(1, v.n - 1):
        if keys[i] not in nouns or v.in_quote[i]:
            continue
        nxt = keys[i + 1]
        if nxt == "by":  # "a decision by the court to ..."
            src, appo = np_after(v, i + 2)
            if src is not None and names_someone(v, *src) and src[1] < v.n and keys[src[1]] in _ACT_PREPOSITIONS:
                return make(v, "indirect", "owned-act", Cue(i, i + 1, RULE_ENTRY), src, appo,
                            content_after(v, src[1] + 1))
            continue
        if nxt not in _ACT_PREPOSITIONS:
            continue
        src = _owner(v, i)
        if src is not None:
            src, appo = possessive_antecedent(v, src)
            return make(v, "indirect", "owned-act", Cue(i, i + 1, RULE_ENTRY), src, appo, content_after(v, i + 2))
    return None


_POSSESSIVE_GENDER = {"his": "m", "her": "f"}
_SUBORDINATE = frozenset({"that", "which", "who", "whom", "whose", "because", "while", "when", "if", "after",
                          "before", "since", "although", "though", ";", ":", "—", "–"})


def possessive_antecedent(v: SentenceView, own: tuple[int, int], pronouns: frozenset[str] = OWNER_POSSESSIVES,
                          ) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """The owner a possessive pronoun stands for: the sentence's subject when it names someone
    (or is itself a pronoun, resolved later like any pronoun subject), comes before the
    pronoun in the same clause and fits it in number and gender ("Senator Ana Ruiz renewed
    her attacks on", "The growers renewed their criticism of"); else the span as given
    ("his", kept for carry-over; "the mayor's"). `pronouns`: the possessives read so ("its" too for
    a forecast: "The company raised its forecast")."""
    keys = v.keys
    pronoun = keys[own[0]] if own[1] - own[0] == 1 else ""
    if pronoun not in pronouns:
        return own, None
    subj, appo = sentence_subject(v)
    if subj is None or (appo[1] if appo else subj[1]) > own[0] or any(v.in_quote[subj[0]:own[0]]):
        return own, None
    between = keys[appo[1] if appo else subj[1]:own[0]]
    if not _SUBORDINATE.isdisjoint(between):
        return own, None  # "The mayor said that the board renewed its ...": another clause
    if subj[1] - subj[0] == 1 and keys[subj[0]] in PERSONAL:
        fits = POSSESSIVE_OF.get(pronoun) == keys[subj[0]] and subj[0] != own[0]
    else:
        head = keys[subj[1] - 1]
        plural = head.endswith("s") and not head.endswith(("ss", "'s")) and not v.cap(subj[1] - 1)
        named_head = v.cap(subj[1] - 1) or head in v.rules.source_words or plural  # not "The mayor left early"
        fits = named_head and names_someone(v, *subj) and plural == (pronoun == "their") and \
            _gender_of(v, subj) in (None, _POSSESSIVE_GENDER.get(pronoun))
    return (subj, appo) if fits else (own, None)


def _gender_of(v: SentenceView, span: tuple[int, int]) -> str | None:
    """The gender a span's first gendered word or capitalised given name tells ("Ms.",
    "spokeswoman", "Ana"), else None."""
    rules = v.rules
    for x in range(*span):
        k = v.keys[x].rstrip(".")
        g = rules.gender_words.get(k) or (rules.given_names.get(k) if v.cap(x) else None)
        if g:
            return g
    return None


def _owner(v: SentenceView, i: int) -> tuple[int, int] | None:
    """The owner before the noun at token i, over up to two modifiers: "his", "their", or a
    possessive that names someone ("Trump's implicit", "the union's")."""
    keys = v.keys
    j = i - 1
    while j > i - 3 and j > 0 and keys[j].isalpha() and keys[j] not in OWNER_POSSESSIVES \
            and not keys[j].endswith("'s") and keys[j] not in DETERMINERS and not v.cap(j):
        j -= 1  # "his repeated attacks on", "Trump's implicit endorsement of"
    k = keys[j]
    if k in OWNER_POSSESSIVES:
        return j, j + 1
    if not k.endswith("'s") or k[:-2] in CONTRACTED:
        return None
    start = walk_np_back(v, j)
    if start is None or start > j:
        return None
    named = names_someone(v, start, j + 1) or k[:-2] in v.rules.source_words  # "the governor's"
    return (start, j + 1) if named else None


def _agent(v: SentenceView, x: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The agent after "by" at token x - 1, ended at a name's last word ("by the Coast
    Authority angered ...": the authority)."""
    src, appo = np_after(v, x)
    if src is None:
        return None, None
    caps = [y for y in range(*src) if v.cap(y)]
    if caps:
        end = caps[0]
        while end + 1 < src[1] and (v.cap(end + 1) or v.keys[end + 1] in NAME_GLUE):
            end += 1
        src = (src[0], end + 1)
    return src, appo


def gerund_subject(v: SentenceView, a: int) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """The speaker of a cue in -ing after "of" or "from" that hangs on the sentence's verb:
    "The mayor stopped short of criticizing the board", "The senator refrained from
    endorsing" (the subject, when it names someone and ends before that verb); not "The cost
    of announcing", "Instead of explaining", "Nobody profits from denying"."""
    if (it := pointing_it(v, a)) is not None:
        return it, None
    subj, appo = sentence_subject(v)
    if subj is None or subj[1] >= a - 1 or v.keys[subj[1]] in PREPOSITIONS or \
            not names_actor(v, subj):
        return None
    return subj, appo


def pointing_it(v: SentenceView, a: int) -> tuple[int, int] | None:
    """A lone "it" opening the sentence (after "but", "and" or "yet") as the subject of a
    verb phrase that acts ("But it is steering clear of criticizing the board": the body
    named before; carry-over leaves "it" as it stands), not the expletive before a linking
    verb ("it is a way of saying", "it is worth noting"): the span of "it"."""
    keys = v.keys
    i = v.first
    if i < a and keys[i] in ("but", "and", "yet"):
        i += 1
    if i >= a or keys[i] != "it":
        return None
    verb = i + 1
    while verb < a and keys[verb] in AUXILIARIES:
        verb += 1
    ok = verb < a and keys[verb].isalpha() and keys[verb] not in LINKING_VERBS and keys[verb] not in DETERMINERS
    return (i, i + 1) if ok else None


@triggered_by("reaction_nouns")
def reaction_from(v: SentenceView) -> Attribution | None:
    """A reaction or stance noun (reaction_nouns.txt) with "from" and a phrase that names
    someone: "the plan won critical support from island leaders", "the response from
    readers was swift" (`indirect`, the phrase after "from" as source)."""
    keys = v.keys
    for i in range(v.first, v.n - 2):
        if keys[i] not in v.rules.reaction_nouns or keys[i + 1] != "from" or v.in_quote[i]:
            continue
        src, appo = np_after(v, i + 2)
        if src is not None and names_someone(v, *src):
            return make(v, "indirect", "reaction-from", Cue(i, i + 1, RULE_ENTRY), src, appo, [])
    return None


@triggered_by("spoken_nouns")
def words_by(v: SentenceView) -> Attribution | None:
    """Words someone said (spoken_nouns.txt) with "by", or a participle that joins them
    (utterance_participles.txt) and "by", and a phrase that names someone: "similar claims
    made by two senators were rated false", "remarks by the mayor drew applause"
    (`indirect`, the phrase after "by" as source)."""
    keys, rules = v.keys, v.rules
    for i in range(v.first, v.n - 2):
        if keys[i] not in rules.spoken_nouns or v.in_quote[i] or (i > 0 and keys[i - 1].endswith("'s")):
            continue  # "Ruiz's speech by the fire": the owner is named already, "by" is a place
        j = i + 2 if keys[i + 1] in rules.utterance_participles else i + 1
        if j >= v.n - 1 or keys[j] != "by":
            continue
        src, appo = np_after(v, j + 1)
        if src is not None and names_someone(v, *src):
            return make(v, "indirect", "words-by", Cue(i, i + 1, RULE_ENTRY), src, appo, [])
    return None


TALK_MODIFIERS_MAX = 3  # words between "there is" and its talk noun ("much renewed public speculation")
TALK_TOPIC_WINDOW = 12  # tokens after the noun within which its topic opens ("speculation in recent weeks as to")
_TALK_ABOUT = frozenset({"about", "over", "of", "on", "whether", "as", "surrounding", "regarding", "concerning"})
_TALK_TOPIC_LATER = frozenset({"about", "over", "whether", "as", "surrounding", "regarding", "concerning"})
_THERE_BE = frozenset({"is", "are", "was", "were", "been", "be"})
_NO_TALK = frozenset({"no", "little", "any", "not"})  # "There is no doubt about": the writer's


@triggered_by("talk_nouns")
def there_is_talk(v: SentenceView) -> Attribution | None:
    """Talk or opinion with no named speaker (talk_nouns.txt) after "there is" and before
    what it is about: "There has been much speculation as to whether the board will resign",
    "There was talk of a strike" (`vague`); not after "no" or "little"."""
    keys, n = v.keys, v.n
    first = v.first
    if first >= n - 3 or keys[first] != "there":
        return None
    j = first + 1
    while j < n and (keys[j] in AUXILIARIES or keys[j] in _THERE_BE):
        j += 1
    if j == first + 1 or keys[j - 1] not in _THERE_BE:
        return None
    for i in range(j, min(n - 1, j + TALK_MODIFIERS_MAX + 1)):
        if keys[i] in _NO_TALK or v.in_quote[i]:
            return None
        if keys[i] in v.rules.talk_nouns and _talk_topic(v, i + 1):
            return make(v, "vague", "there-is-talk", Cue(i, i + 1, RULE_ENTRY), None, None,
                        content_after(v, i + 1), source_type="anonymous")
    return None


def _talk_topic(v: SentenceView, j: int) -> bool:
    """What the talk is about opens at token j ("talk of a strike") or, after a phrase of
    place or time, within a few tokens ("speculation in recent weeks as to whether")."""
    keys = v.keys
    if keys[j] in _TALK_ABOUT:
        return True
    for x in range(j, min(v.n, j + TALK_TOPIC_WINDOW)):
        if keys[x] in _TALK_TOPIC_LATER:
            return True
        if not any(c.isalnum() for c in keys[x]) or keys[x] in FINITE:
            return False  # a comma or a verb: the noun's phrase has ended
    return False


PURPOSE_WINDOW = 12  # tokens between a sentence's subject and the "to" of its purpose infinitive
_CLAUSE_BREAKS = frozenset({",", ";", ":", "that", "which", "who", "whom", "because", "while", "when", "if",
                            "and", "but", "or", "—", "–", "("})


def purpose_subject(v: SentenceView, to: int) -> bool:
    """A cue after "to" that says why the sentence's subject acted, the subject naming
    someone and no clause break between: "Ruiz appeared on Fox News on Sunday to discuss
    the levy", "He was called before the harbor board to talk about the fees"."""
    subj, _ = sentence_subject(v)
    if subj is None or v.keys[subj[0]].endswith("ing") or not names_actor(v, subj):
        return False  # not a clause as subject: "having a star rely on a doctor to discuss ..."
    return 0 < to - subj[1] <= PURPOSE_WINDOW and _CLAUSE_BREAKS.isdisjoint(v.keys[subj[1]:to])


_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us"})


@triggered_by("emotion_verbs")
def emotion_object(v: SentenceView) -> Attribution | None:
    """A verb that causes a feeling (emotion_verbs.txt), active, with an object that names
    someone: "the ruling angered the growers", "..., frustrating Ruiz" (`indirect`, the one
    who feels it as source); not "were surprised", "the frustrated growers"."""
    keys = v.keys
    for i in range(1, v.n - 1):
        if keys[i] not in v.rules.emotion_verbs or v.in_quote[i]:
            continue
        prev = keys[i - 1]
        if prev in DETERMINERS or prev in LINKING_VERBS or prev.endswith("'s") or keys[i + 1] in AUXILIARIES \
                or keys[i + 1] in PREPOSITIONS or find_passive(v, i, i + 1) is not None:
            continue  # "health worries have ...", "worries over the vote", "alarm from abroad": a noun
        if keys[i + 1] in _OBJECT_PRONOUNS:
            src, appo = (i + 1, i + 2), None
        else:
            src, appo = np_after(v, i + 1)
            if src is None or src[0] != i + 1 and keys[i + 1] not in DETERMINERS or not names_someone(v, *src):
                continue
        return make(v, "indirect", "emotion-object", Cue(i, i + 1, RULE_ENTRY), src, appo, [])
    return None
