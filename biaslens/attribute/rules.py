"""The compiled attribution lexicons (`AttributionRules`): built once per Analyzer, read-only.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache
from typing import TYPE_CHECKING

from ..errors import LexiconError
from ..lexicons import TermMatcher, read_list
from ..tokens import keys as token_keys
from .cue_checks import CUE_TAGS
from .decide import attribution  # noqa: F401  (imports every sentence rule: each has registered its triggers)
from .estimates import PUT_VERBS
from .frames import POLL_NOUNS
from .grammar import AUXILIARIES, DETERMINERS, NOT_AS_FUNCTION_WORDS, PREPOSITIONS, PRONOUNS, QUANTITY_WORDS
from .hearings import HEARING_VERBS
from .sources import state_key
from .triggers import compile_triggers

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..lexicons import Entry, Lexicon


@dataclass(frozen=True, slots=True)
class AttributionRules:
    """The compiled attribution lexicons. Built once per Analyzer; read-only."""

    cues: TermMatcher
    sources: TermMatcher
    cue_keys: frozenset[str]
    # every key that starts a cue, a source term (`k in cues` / `k in sources` as a set: the
    # rules ask it of many tokens, and a set answers without a Python call)
    cue_firsts: frozenset[str] = frozenset()
    source_firsts: frozenset[str] = frozenset()
    labels: frozenset[str] = frozenset()  # run-in labels that are not speakers ("The Latest:")
    documents: frozenset[str] = frozenset()  # texts that speak for their authors ("a letter that says")
    # one-word source terms and their forms ("police", "officials"), not the first words of
    # longer ones ("armed" of "armed forces"), which name no source alone
    source_words: frozenset[str] = frozenset()
    states: frozenset[str] = frozenset()  # names of states and capitals, as `state_key`s ("iran", "u . s .")
    given_names: dict[str, str] = field(default_factory=dict)  # "elena" -> "f": pronoun carry-over only
    perspectives: frozenset[str] = frozenset()  # "In his view, ...": nouns of a perspective frame
    # the open-class word lists of `WORD_LISTS`, one data file each (what each holds is said in
    # the file's header), and the two built from a file and a closed class in code
    relative_head_nouns: frozenset[str] = frozenset()
    judgment_participles: frozenset[str] = frozenset()
    judgment_without_as: frozenset[str] = frozenset()
    stance_holders: frozenset[str] = frozenset()
    physical_objects: frozenset[str] = frozenset()
    contest_nouns: frozenset[str] = frozenset()
    writing_surfaces: frozenset[str] = frozenset()
    noun_subject_verbs: frozenset[str] = frozenset()
    opening_adverbs: frozenset[str] = frozenset()  # "Now", "Last week": a sentence's opening, never a name
    estimate_nouns: frozenset[str] = frozenset()
    criticism_nouns: frozenset[str] = frozenset()
    np_modifiers: frozenset[str] = frozenset()
    linking_adjectives: frozenset[str] = frozenset()
    unnaming: frozenset[str] = frozenset()
    anonymity: frozenset[str] = frozenset()  # words of the anonymity formula (`anonymity`)
    party_members: frozenset[str] = frozenset()
    time_nouns: frozenset[str] = frozenset()
    irregular_participles: frozenset[str] = frozenset()
    spend_verbs: frozenset[str] = frozenset()
    come_away_verbs: frozenset[str] = frozenset()
    refusals: frozenset[str] = frozenset()
    role_nouns: frozenset[str] = frozenset()
    body_heads: frozenset[str] = frozenset()  # carryover.py: "the Interior Ministry said ... He said": no "he"
    report_nouns: frozenset[str] = frozenset()
    press_nouns: frozenset[str] = frozenset()
    section_labels: frozenset[str] = frozenset()
    intention_nouns: frozenset[str] = frozenset()
    official_acts: frozenset[str] = frozenset()  # acts.py: "repealed", and "lifted" with a measure
    measure_verbs: frozenset[str] = frozenset()
    measure_nouns: frozenset[str] = frozenset()
    object_gap_verbs: frozenset[str] = frozenset()  # decide.py: "The tax cut that Ruiz promised was a sham"
    act_nouns: frozenset[str] = frozenset()  # acts.py: "the governor's decision to"
    standard_nouns: frozenset[str] = frozenset()  # "according to plan": no source
    emotion_verbs: frozenset[str] = frozenset()  # acts.py: "the ruling angered the growers"
    reaction_nouns: frozenset[str] = frozenset()  # acts.py: "support from island leaders"
    spoken_nouns: frozenset[str] = frozenset()  # acts.py: "claims made by two senators"
    utterance_participles: frozenset[str] = frozenset()  # acts.py: "made", "issued" in "claims made by"
    talk_nouns: frozenset[str] = frozenset()  # acts.py: "there has been speculation as to whether"
    refusal_verbs: frozenset[str] = frozenset()  # acts.py: "declined" in "she declined the offer"
    offer_nouns: frozenset[str] = frozenset()  # acts.py: "offer" in "she declined the offer"
    disclosure_verbs: frozenset[str] = frozenset()  # acts.py: "released" in "he released his tax returns"
    record_nouns: frozenset[str] = frozenset()  # acts.py: "returns" in "he released his tax returns"
    commitment_verbs: frozenset[str] = frozenset()  # acts.py: "devoted" in "she devoted her attention to"
    effort_nouns: frozenset[str] = frozenset()  # acts.py: "attention" in "she devoted her attention to"
    finding_teams: frozenset[str] = frozenset()  # cue_checks.data_cue: "..., the team found."
    amount_units: frozenset[str] = frozenset()  # decide._after_amount: "the $2 billion analysts expected"
    hearing_nouns: frozenset[str] = frozenset()  # hearings.py: "..., the court heard."
    provoking_verbs: frozenset[str] = frozenset()  # noun_checks.py: "Budget plan triggers protests"
    past_verbs: frozenset[str] = frozenset()  # opening_subject.py: "Ruiz went to ...": the subject ends before it
    appointee_nouns: frozenset[str] = frozenset()  # objects.py: "confirm two justices": no speech
    poll_participles: frozenset[str] = frozenset()  # sources.py: "polled" in "Economists polled by Reuters"
    wish_verbs: frozenset[str] = frozenset()  # relatives.py: "deserve a governor who tells them the truth"
    relay_participles: frozenset[str] = frozenset()  # relays.py: "a memo obtained by The New York Times"
    to_role_nouns: frozenset[str] = frozenset()  # npwalk.py: "an aide to the governor" is one noun phrase
    relay_phrases: frozenset[str] = frozenset()  # relays.py: "said in an interview with CNN": CNN relays
    quantifiers: frozenset[str] = QUANTITY_WORDS  # with collective_nouns.txt
    not_as_complement: frozenset[str] = NOT_AS_FUNCTION_WORDS  # with life_roles.txt
    gender_words: dict[str, str] = field(default_factory=dict)  # "spokeswoman" -> "f": pronoun carry-over only
    # the frames of cues.csv by their last word ("interview" -> "in an interview"), for frames
    # with modifiers ("in a televised interview")
    frames_by_noun: dict[str, tuple[Entry, ...]] = field(default_factory=dict)
    # demonyms.txt and the states, as key tuples by their first key ("western", "u . s ."): no name
    # before a source noun ("a Western diplomat", "a U.S. official")
    demonyms: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # the trigger words of each rule marked `@triggered_by` (triggers.py), and all of them
    rule_triggers: dict[str, frozenset[str]] = field(default_factory=dict)
    trigger_words: frozenset[str] = frozenset()
    # every word a sentence's rules test the whole sentence for with a set (cue words, the nouns of
    # modified vague phrases and frames, trigger words, anonymity words, the colon): a sentence's `hits`, its keys
    # among these, are found by one C-level intersection and those tests asked of them (derived
    # from the fields above, also in a `replace`d copy)
    scan_words: frozenset[str] = field(init=False, default=frozenset())
    # the names of the rules each trigger word triggers (`first_fired`)
    rules_by_word: dict[str, frozenset[str]] = field(init=False, default_factory=dict)
    # the nouns of modified vague phrases and of frames: a sentence with none skips both searches
    modified_nouns: frozenset[str] = field(init=False, default=frozenset())
    # the last key of every name in `states` (a span whose last key is none of these names no state)
    state_ends: frozenset[str] = field(init=False, default=frozenset())

    def __post_init__(self) -> None:
        object.__setattr__(self, "scan_words", self.cue_keys | self.criticism_nouns | frozenset(self.frames_by_noun)
                           | self.trigger_words | self.anonymity | {":"})
        by_word: dict[str, set[str]] = {}
        for name, words in self.rule_triggers.items():
            for w in words:
                by_word.setdefault(w, set()).add(name)
        object.__setattr__(self, "rules_by_word", {w: frozenset(names) for w, names in by_word.items()})
        object.__setattr__(self, "modified_nouns", self.criticism_nouns | frozenset(self.frames_by_noun))
        # (a span of the one key "the" is keyed "": its end is "the")
        object.__setattr__(self, "state_ends", frozenset(s.rsplit(" ", 1)[-1] if s else "the" for s in self.states))

    @classmethod
    def from_lexicons(cls, lexicons: Sequence[Lexicon]) -> AttributionRules:
        for lx in lexicons:
            if lx.name != "cues":
                continue
            for e in lx.entries:  # a misspelt or misplaced tag would silently change nothing
                if unknown := e.tags - CUE_TAGS:
                    raise LexiconError(f"unknown tag(s) {', '.join(sorted(unknown))} of {e.term!r} "
                                       f"(one of: {', '.join(sorted(CUE_TAGS))})", path=lx.path, line=e.line)
        cues = [e for lx in lexicons if lx.name == "cues" for e in lx.entries]
        sources = [e for lx in lexicons if lx.name != "cues" for e in lx.entries]
        matcher = TermMatcher(cues)
        function_words = DETERMINERS | PREPOSITIONS | AUXILIARIES | PRONOUNS | {"it", "a", "an", "the"}
        labels = frozenset(read_list("attribution/run_in_labels.txt"))
        documents = frozenset(read_list("attribution/documents.txt"))
        states = frozenset(state_key(token_keys(line)) for line in read_list("attribution/states.txt"))
        given = dict(line.lower().rsplit(None, 1) for line in read_list("attribution/given_names.txt"))
        perspectives = frozenset(read_list("attribution/perspectives.txt"))
        source_matcher = TermMatcher(sources)
        lists = {name: frozenset(read_list(f"attribution/{name}.txt") if path is None else read_list(path))
                 for name, path in WORD_LISTS.items()}
        cue_keys = matcher.content_keys(function_words) | lists["judgment_participles"] | lists["stance_holders"] \
            | lists["intention_nouns"] | POLL_NOUNS | lists["official_acts"] | lists["measure_verbs"] \
            | lists["act_nouns"] | lists["reaction_nouns"] | lists["emotion_verbs"] \
            | lists["spoken_nouns"] | lists["talk_nouns"] | lists["refusal_verbs"] \
            | lists["disclosure_verbs"] | lists["commitment_verbs"] | HEARING_VERBS | PUT_VERBS
        built = cls(matcher, source_matcher, cue_keys, matcher.first_keys(), source_matcher.first_keys(), labels,
                    documents,
                    source_matcher.single_keys(), states, given, perspectives, **lists,
                    quantifiers=QUANTITY_WORDS | frozenset(read_list("attribution/collective_nouns.txt")),
                    not_as_complement=NOT_AS_FUNCTION_WORDS | frozenset(read_list("attribution/life_roles.txt")),
                    gender_words=gender_words(), frames_by_noun=_frames_by_noun(cues),
                    demonyms=_demonyms(states))
        triggers = compile_triggers(lambda name: getattr(built, name))
        return replace(built, rule_triggers=triggers, trigger_words=frozenset().union(*triggers.values()))


# AttributionRules fields read from one word list each: the file is attribution/<field>.txt
# unless a path is given
WORD_LISTS: dict[str, str | None] = {
    "relative_head_nouns": None, "judgment_participles": None, "judgment_without_as": None, "stance_holders": None,
    "physical_objects": None, "contest_nouns": None, "writing_surfaces": None, "noun_subject_verbs": None,
    "estimate_nouns": None, "criticism_nouns": None, "np_modifiers": None, "linking_adjectives": None,
    "unnaming": "attribution/unnaming_words.txt", "anonymity": "attribution/anonymity_words.txt",
    "party_members": None, "time_nouns": None,
    "irregular_participles": None, "spend_verbs": None, "come_away_verbs": None,
    "refusals": "attribution/refusal_words.txt", "role_nouns": None, "report_nouns": None, "press_nouns": None,
    "section_labels": None, "intention_nouns": None,
    "official_acts": None, "measure_verbs": None, "measure_nouns": None, "act_nouns": None,
    "reaction_nouns": None, "standard_nouns": None, "emotion_verbs": None, "past_verbs": None,
    "appointee_nouns": None, "spoken_nouns": None, "utterance_participles": None,
    "talk_nouns": None, "refusal_verbs": None, "offer_nouns": None,
    "disclosure_verbs": None, "record_nouns": None, "commitment_verbs": None, "effort_nouns": None,
    "poll_participles": None, "opening_adverbs": None, "object_gap_verbs": None, "finding_teams": None,
    "amount_units": None, "hearing_nouns": None, "provoking_verbs": None, "wish_verbs": None,
    "relay_participles": None, "to_role_nouns": None, "relay_phrases": None, "body_heads": None,
}


def _frames_by_noun(cues: Sequence[Entry]) -> dict[str, tuple[Entry, ...]]:
    out: dict[str, list[Entry]] = {}
    for e in cues:
        if e.category == "frame" and len(e.tokens) > 1:
            out.setdefault(e.tokens[-1], []).append(e)
    return {k: tuple(v) for k, v in out.items()}


def _demonyms(states: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The terms of demonyms.txt and the names of states as key tuples, by their first key."""
    terms = {tuple(token_keys(line)) for line in read_list("attribution/demonyms.txt")}
    terms |= {tuple(s.split(" ")) for s in states if s}
    out: dict[str, list[tuple[str, ...]]] = {}
    for t in terms:
        out.setdefault(t[0], []).append(t)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


@cache
def gender_words() -> dict[str, str]:
    """Honorifics and gendered nouns and the gender each tells ("ms" -> "f"), read once."""
    return dict(line.rsplit(None, 1) for line in read_list("attribution/gendered_words.txt"))
