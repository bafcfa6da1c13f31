"""Validating a cue: `valid_cue` runs an ordered table of small named checks (`CUE_CHECKS`),
one for every cue (`verb_in_place`) and one or more per cue tag or category, each run only
for the cues it is for (the `noun` checks are in `noun_checks`); `CUE_TAGS`, the tags
cues.csv may use, is read off the table.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from .anonymity import in_anonymity_clause
from .clauses import bare_clause, find_passive, next_to_content, relative_antecedent, relative_speaker
from .data_phrases import data_subject
from .grammar import (
    AUXILIARIES,
    CONTRACTED,
    DETERMINERS,
    OBJECT_TAGS,
    PREPOSITIONAL_FORMS,
    PREPOSITIONS,
    TIME_WORDS,
)
from .noun_checks import noun_after_comma, noun_as_verb, noun_in_phrase, noun_with_subject
from .objects import as_complement, label_complement, object_sense, speech_noun_after, speech_noun_at, to_after_object
from .parenthetical import interrupting_participle
from .phrases import names_someone
from .records import forms
from .subjects import (
    human_subject,
    linking_verb,
    named_apposition_before,
    subject_like,
    thing_subject,
)
from .view import skip_aux_back, that_clause, title_case

if TYPE_CHECKING:
    from ..lexicons import Entry
    from .view import SentenceView


def valid_cue(v: SentenceView, a: int, b: int, e: Entry) -> bool:
    """Whether the match a..b is a cue here (`find_cues` has already tried `is_nominal` and
    `is_bare_nominal`, either of which makes it one): the first check in `CUE_CHECKS` for the
    cue's category and tags that decides, else a cue."""
    tests = _PLANS.get((e.category, e.tags))
    if tests is None:
        tests = _PLANS[(e.category, e.tags)] = checks_for(e.category, e.tags)
    for test in tests:
        verdict = test(v, a, b, e)
        if verdict is not None:
            return verdict
    return True


def checks_for(category: str, tags: frozenset[str]) -> tuple[CueTest, ...]:
    """The tests of `CUE_CHECKS` that apply to a cue of this category and tags, in order."""
    return tuple(c.test for c in CUE_CHECKS if (c.categories is None or category in c.categories)
                 and (c.tags is None or not c.tags.isdisjoint(tags)))


def after_relative_that(v: SentenceView, a: int) -> bool:
    """"a letter from her lawyer that says ...": "that" before the cue is a relative pronoun,
    not a determiner (the cue's own checks still apply: "the company that made the vaccine")."""
    return a >= 2 and v.keys[a - 1] == "that" and relative_antecedent(v, a - 1) is not None


# the window after a light verb's object in which a that-clause or colon gives the words
# ("made the point that"): past it, "made the comments at a dinner" tells only when or where
LIGHT_CONTENT_WINDOW = 6


def nominal_category(v: SentenceView, a: int, b: int, e: Entry) -> bool | None:
    """A nominal entry ("claim", "warning") is a cue only as `is_nominal` or `is_bare_nominal` found it."""
    return False


def expletive_vague(v: SentenceView, a: int, b: int, e: Entry) -> bool | None:
    """"it was reported that ...", not "it was reported missing"."""
    if e.tokens[0] == "it" and b < v.n:
        nxt = v.keys[b]
        return nxt in ("that", ",", ":") or nxt in PREPOSITIONS or nxt in TIME_WORDS or v.cap(b)
    return None


def unambiguous_category(v: SentenceView, a: int, b: int, e: Entry) -> bool | None:
    """"according to", a statement frame ("in a statement") and a vague marker need no evidence."""
    return True


def verb_in_place(v: SentenceView, a: int, b: int, e: Entry) -> bool | None:
    """Every other cue must stand where a verb can: not a preposition ("questions regarding the
    budget"), a name ("United States", "the Post"), a noun after a determiner or possessor ("the
    said agreement", "Vasko's claim", "so-called"), an act not done ("declined to comment", "hard
    to say"), or "call"/"appeal" in another sense ("called off the strike", "appealed the ruling",
    in the passive "the officer was called to the scene")."""
    keys = v.keys
    prev = keys[a - 1] if a > 0 else ""
    if keys[a] in PREPOSITIONAL_FORMS and (a == 0 or prev not in AUXILIARIES):
        return False
    word = v.words[a]
    if a != v.first and not (c := word[:1]).islower() and (c.isupper() or c.isdigit() and len(word) > 1) \
            and not word.isupper() and not title_case(v) \
            and not closing_headline_cue(v, a, b, e):  # (v.cap(a) inline, after one test of most cues)
        return False
    if (prev in DETERMINERS
            or "'" in prev and prev.endswith("'s") and prev[:-2] not in CONTRACTED  # a possessive, not "she's said"
            or prev == "so-called"
            or prev == "-" and not (a >= 2 and keys[a - 2] == "-")) \
            and not after_relative_that(v, a):  # (the last: a hyphen, not a dash typed as '--')
        return False
    if prev == "to" and a >= 2 and keys[a - 2] in v.rules.refusals:
        return False
    tokens = e.tokens
    if tokens[0] not in _CALL_OR_APPEAL and tokens[-1] not in _CALL_OR_APPEAL:
        return None  # (most cues: neither word is the base form below)
    base = tokens[-1] if e.match == "inflect" else tokens[0]
    if base == "call" or base == "appeal":
        nxt = keys[b] if b < v.n else ""
        if nxt in ("in", "off", "up", "back") or base == "appeal" and (nxt in DETERMINERS or nxt == "it"):
            return False
        if (base == "appeal" or nxt in ("to", "away", "before")) and forms(v, a, b, e)[2] \
                and find_passive(v, a, b) is not None:
            return False
    return None


_CALL_OR_APPEAL = frozenset({"call", "appeal"})


def closing_headline_cue(v: SentenceView, a: int, b: int, e: Entry) -> bool:
    """A capitalised speech verb that ends a short headline after a quotation and a
    capitalised subject ("'We Were Left to Die,' Survivors Say"), too short for `title_case`
    to tell; not a noun homograph ("..., the Post")."""
    closing = b == v.n or b == v.n - 1 and v.keys[b] in (".", "!", "?")
    return closing and e.category == "speech" and "noun" not in e.tags and a >= 2 and v.cap(a - 1) \
        and v.in_quote[0] and not v.in_quote[a - 1]


def content_next(v: SentenceView, a: int, b: int, e: Entry) -> bool | None:
    """`content`: "added that ...", "added: ...", '"...," he added' (not "added salt")."""
    return False if not next_to_content(v, a, b) else None


def stance_adjective(v: SentenceView, a: int, b: int, e: Entry) -> bool | None:
    """`that`: "dockworkers were frustrated that ...", "the mayor was adamant: no new taxes";
    not "make sure that", "it is certain that"."""
    return (that_clause(v, b) or bare_clause(v, b) or (b < v.n and v.keys[b] == ":")) \
        and linking_verb(v, a) is not None


def light_verb(v: SentenceView, a: int, b: int, e: Entry) -> bool | None:
    """`light`: a speech noun as the object ("made a sharp criticism", "released a statement")
    with a subject, or as the subject in the passive ("the statement was issued by the Harbor
    Authority"). "made the comments at a dinner": the words are given elsewhere."""
    keys = v.keys
    _, base, inflected = forms(v, a, b, e)
    if inflected and (pas := find_passive(v, a, b)) is not None and pas[1] is not None \
            and speech_noun_at(v, skip_aux_back(v, a - 1)):  # (the passive first: the cheaper test to fail)
        return True
    if b < v.n and keys[b] == "of":
        return False  # "one of the few voices of reason": a noun before "of", never a verb and its object
    stance = base in {"express", "voice", "share"}  # "expressed doubts", "shared their fears": a stance noun will do
    if b < v.n and keys[b] in {"the", "this", "these", "those"} and not any(
            k in ("that", ":") for k in keys[b:b + LIGHT_CONTENT_WINDOW]) and not any(v.in_quote[b:]):
        return False
    return speech_noun_after(v, b, stance) and (after_relative_that(v, a) or subject_like(v, a)
                                                or named_apposition_before(v, a))


def data_cue(v: SentenceView, a: int, b: int, e: Entry) -> bool | None:
    """A data verb ("found", "shows") needs a data word as subject, a that-clause or a clause
    after a subject ("a panel found the city was in breach")."""
    keys = v.keys
    prev = keys[a - 1] if a > 0 else ""
    word, base, _ = forms(v, a, b, e)
    if word == base and a >= 2 and keys[a - 2] in ("a", "an") and prev[0].isalpha():
        return False  # "a weekly show that aired": after "a", a singular subject would take "shows"
    rel = a - 2 if prev == "which" and a >= 3 and keys[a - 2] == "," else a - 1
    # a document or data word before "which"/"that"; not "the letter, which shows a postmark"
    if prev in ("which", "that") and rel >= 1 and (
            keys[rel - 1] in v.rules.documents and not keys[a].startswith("show")
            or (d := v.rules.sources.single(keys[rel - 1])) is not None and d.category == "data"):
        return True  # "The report, which found widespread fraud, ...": the antecedent is the source
    return data_subject(v, a) or that_clause(v, b) or (bare_clause(v, b) and subject_like(v, a)) \
        or (closes_after_comma(v, a, b) and (human_subject(v, a, b) or v.keys[a - 1] in v.rules.finding_teams))


_CLOSE = frozenset({".", "!", "?", '"', "”", "’", "'"})
_NOT_SUBJECT = frozenset({"which", "what", "that", "who", "whom", "where", "when", "as", "if", "than", "because"})
_CLOSING_SUBJECT_MAX = 4  # "..., the research team found."


def closes_after_comma(v: SentenceView, a: int, b: int) -> bool:
    """A cue that closes its sentence after a comma and a short subject ("..., the researchers found."):
    the clause before the comma is its content (not "..., which is what they found"). With a data
    verb, the subject must be a person or body (`human_subject`; not "..., the footage showed")."""
    keys = v.keys
    if not _CLOSE.issuperset(keys[b:]):
        return False
    for j in range(a - 1, max(-1, a - _CLOSING_SUBJECT_MAX - 2), -1):
        if keys[j] == ",":
            return j < a - 1 and j > 0
        if keys[j] in _NOT_SUBJECT or not keys[j][:1].isalpha():
            return False
    return False


def complement(v: SentenceView, a: int, b: int, e: Entry) -> bool | None:
    """`complement`: "the panel judged the pier a risk", not "she judged the baking contest"."""
    return False if not (that_clause(v, b) or as_complement(v, b) or label_complement(v, b)) else None


def to_object(v: SentenceView, a: int, b: int, e: Entry) -> bool | None:
    """`to`: "he linked the outage to the hack", not "linked arms"."""
    return False if not to_after_object(v, b) else None


def as_object(v: SentenceView, a: int, b: int, e: Entry) -> bool | None:
    """`as`: "critics see the levy as a tax", not "she saw the parade"."""
    return False if not as_complement(v, b) else None


def object_tells_sense(v: SentenceView, a: int, b: int, e: Entry) -> bool | None:
    """`physical`, `contest`, `rival`, `record`: "ruled the region", "attacked the bridge",
    "opposed Arsenal in the final", "noted the address on a scrap of paper"."""
    return False if object_sense(v, a, b, e.tags) else None


def human(v: SentenceView, a: int, b: int, e: Entry) -> bool | None:
    """`human`: a person or body as subject; but, with `passive`, "has been called a coward by
    rival councillors": the agent speaks (not "the meeting was called by the union", with
    nothing said between)."""
    if b < v.n and v.keys[b] == "by" and "act" in e.tags and find_passive(v, a, b) is None:
        return False  # "Rebels backed by a foreign navy": a participle, not a stance of the rebels
    if not human_subject(v, a, b) and not (
            "passive" in e.tags and forms(v, a, b, e)[2] and (pas := find_passive(v, a, b)) is not None
            and pas[1] is not None and pas[0] > b) and not (
            "act" in e.tags and "passive" not in e.tags and passive_named_agent(v, a, b)):
        return False
    return None


def passive_named_agent(v: SentenceView, a: int, b: int) -> bool:
    """A stance in the passive right before an agent that names a person or body: "the levy
    is backed by Senator Ana Ruiz", "was supported by the island council" (not "the roof is
    supported by steel beams": a bare plural names no one; not "backed by the family house")."""
    pas = find_passive(v, a, b)
    return pas is not None and pas[1] is not None and pas[0] == b and names_someone(v, *pas[1]) \
        and v.keys[pas[1][1] - 1] not in v.rules.physical_objects


def agent(v: SentenceView, a: int, b: int, e: Entry) -> bool | None:
    """`agent`: "the recipe calls for two eggs", "the plan called for 500 homes": a thing as subject."""
    return False if thing_subject(v, a) else None


def cognitive(v: SentenceView, a: int, b: int, e: Entry) -> bool | None:
    """A verb of belief ("fear", "believe") needs a subject, a that-clause, a relative pronoun
    with a speaker before it, or a named apposition."""
    return subject_like(v, a) or that_clause(v, b) or relative_speaker(v, a) or named_apposition_before(v, a)


def narration(v: SentenceView, a: int, b: int, e: Entry) -> bool | None:
    """`narration`: a person's choice told by the writer ("He decided to sell the boat", "she
    decided against it"): a singular personal pronoun right before the cue (an auxiliary or
    adverb between) and "to" or "against" after it is the story, not a claim; an office
    or body deciding ("the court decided to", "the FBI decided that") stays a cue."""
    j = skip_aux_back(v, a - 1)
    if j >= 0 and v.keys[j] in _NARRATED and b < v.n and v.keys[b] in ("to", "against"):
        return False
    return None


def unanswered(v: SentenceView, a: int, b: int, e: Entry) -> bool | None:
    """A speech verb negated before "to" or "on", or before the sentence's end (an adverb between), reports no
    words: "did not respond to my messages", "has not commented on the report", "didn't immediately reply to
    questions", "The club has not commented publicly." (like "declined to comment")."""
    keys = v.keys
    while b < v.n and (keys[b].endswith("ly") or keys[b] == "yet"):
        b += 1  # "has not commented publicly", "did not respond yet"
    if b < v.n and keys[b] not in ("to", "on", "."):
        return None
    j = a - 1
    while j >= 0 and keys[j].endswith("ly"):
        j -= 1  # "did not immediately respond"
    if b < v.n and keys[b] != "." and keys[v.first] == "neither" and "nor" in keys[v.first:a]:
        return False  # "Neither Lima nor Hale responded to requests for comment."
    return False if j >= 0 and (keys[j] in ("not", "never") or keys[j].endswith("n't")) else None


def reduced_passive(v: SentenceView, a: int, b: int, e: Entry) -> bool | None:
    """A cue's "-ed" form right after a comma and before "as" is a passive without its auxiliary that
    describes the noun before it ("the driver, identified as Brandon Kells, had been speeding"), no
    speech of anyone's."""
    keys = v.keys
    return False if a > 1 and keys[a - 1] == "," and keys[a].endswith("ed") and b < v.n and keys[b] == "as" \
        and keys[a - 2][0].isalpha() else None


_NARRATED = frozenset({"he", "she", "i"})
CueTest = Callable[["SentenceView", int, int, "Entry"], "bool | None"]


class CueCheck(NamedTuple):
    test: CueTest
    tags: frozenset[str] | None = None  # the check is for cues with any of these tags; None: every cue
    categories: frozenset[str] | None = None  # ... and of one of these categories; None: any
    reads: frozenset[str] = frozenset()  # further tags the check reads


def _tag(tag: str) -> frozenset[str]:
    return frozenset({tag})


# The checks `valid_cue` runs, in order, each only for the tags and categories it is for: each
# returns True (a cue), False (not one) or None (no say, the next one decides).
CUE_CHECKS: tuple[CueCheck, ...] = (
    CueCheck(nominal_category, categories=frozenset({"nominal"})),
    CueCheck(expletive_vague, categories=frozenset({"vague"})),
    CueCheck(unambiguous_category, categories=frozenset({"according_to", "frame", "vague"})),
    CueCheck(in_anonymity_clause),
    CueCheck(interrupting_participle),
    CueCheck(verb_in_place),
    CueCheck(unanswered, categories=frozenset({"speech"})),
    CueCheck(reduced_passive),
    CueCheck(content_next, _tag("content")),
    CueCheck(stance_adjective, _tag("that")),
    CueCheck(light_verb, _tag("light")),
    CueCheck(data_cue, categories=frozenset({"data"})),
    CueCheck(complement, _tag("complement")),
    CueCheck(to_object, _tag("to")),
    CueCheck(as_object, _tag("as")),
    CueCheck(object_tells_sense, OBJECT_TAGS),
    CueCheck(human, _tag("human"), reads=frozenset({"passive"})),
    CueCheck(agent, _tag("agent")),
    CueCheck(noun_in_phrase, _tag("noun")),
    CueCheck(noun_as_verb, _tag("noun")),
    CueCheck(noun_after_comma, _tag("noun")),
    CueCheck(noun_with_subject, _tag("noun")),
    CueCheck(narration, _tag("narration")),
    CueCheck(cognitive, categories=frozenset({"cognitive"})),
)
# the applicable tests by (category, tags): a few dozen combinations in cues.csv
_PLANS: dict[tuple[str, frozenset[str]], tuple[CueTest, ...]] = {}
# tags the decision reads (`decide`), not the checks: `act` (a stance act: what follows is
# the writer's wording), `order` (an instruction in the passive, "told to stay": no claim)
DECISION_TAGS = frozenset({"act", "order"})
# `charge` (a verb whose "of" phrase follows its object, "accused X of": "accused of" is passive)
DECISION_TAGS = DECISION_TAGS | {"charge"}
# `finding` (a speech verb that, with a data source, reports a finding like "shows": "a study reveals")
DECISION_TAGS = DECISION_TAGS | {"finding"}
# the tags of cues.csv that the rules read (each is explained in the file's header)
CUE_TAGS = frozenset().union(*(c.tags or () for c in CUE_CHECKS), *(c.reads for c in CUE_CHECKS)) | DECISION_TAGS
