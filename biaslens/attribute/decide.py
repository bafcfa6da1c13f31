"""The decision for one sentence: the best cue that yields a source, who speaks (the
subject the cue governs) and which kind of attribution it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import UNSOURCED
from .acts import (
    emotion_object,
    gerund_subject,
    official_act,
    owned_act,
    possessive_antecedent,
    reaction_from,
    there_is_talk,
    voted_to,
    words_by,
)
from .clauses import find_passive, reduced_by_agent, relative_antecedent
from .contents import clause_after, coordinated_speech, lead_in
from .cues import find_cues
from .data_phrases import data_phrase
from .estimates import figure_put_at
from .frames import (
    closing_frame,
    headline_quote,
    opening_frame,
    owned_estimate,
    owned_proposal,
    passive_judgment,
    poll_phrase,
    signature,
    stance_role,
)
from .grammar import DETERMINERS, FINITE, NAME_GLUE, POSSESSIVES, PREPOSITIONS, PRONOUNS
from .hearings import court_heard
from .labels import SPEAKER_LABEL_MAX_WORDS, colon_source
from .object_acts import devoted_effort, refused_offer, released_records
from .opening_subject import coordinated_subject, sentence_subject, subject_before_verb
from .parenthetical import after_intro, both_sides, parenthetical
from .phrases import names_someone, np_after, np_before, stranded_relative
from .quotes import is_fragment
from .ranking import ranked
from .records import make, replace
from .relatives import wished_for
from .relays import criticism_from, from_according_to, from_chain, from_frame, interview_outlet
from .sources import types_in
from .subject_trims import after_amount, before_frame, dummy_it, list_head, located_subject, noun_then_relative
from .subjects import infinitive_subject_head, inverted_ok, linking_verb, subject_of_participle
from .triggers import first_fired, names_of
from .view import (
    AUX_OR_FLOATING,
    SHORT_LY_WORD,
    content_after,
    content_before,
    near_end,
    next_is_colon,
    skip_aux_back,
    skip_clause,
)

if TYPE_CHECKING:
    from ..types import Attribution
    from .records import Cue
    from .view import SentenceView

# a quotation with no cue is speech whose speaker is named nearby when it has this many words
# or covers this share of its sentence; a shorter one may be the writer's
SPEECH_MIN_WORDS = 5
SPEECH_MIN_SHARE = 0.5


def attribution(v: SentenceView) -> Attribution | None:
    """The sentence's attribution, UNSOURCED, or None for 'quotation whose speaker is elsewhere'."""
    if not v.n:
        return UNSOURCED
    cues = find_cues(v)
    if v.quotes:
        cue_ends = {c.b - 1 for c in cues}
        for q in v.quotes:
            (v.fragments if is_fragment(q, v, cue_ends) else v.speech).append(q)
    speech_spans = [(max(q.start, v.sent.start), min(q.end, v.sent.end)) for q in v.speech] \
        if v.speech else []
    colon_at = v.keys.index(":") if ":" in v.hits else -1  # (a colon token is among the sentence's hits)
    colon = colon_source(v) if colon_at >= 0 else None
    if colon is not None and colon.source and \
            (colon.source.isupper() or len(colon.source.split()) <= SPEAKER_LABEL_MAX_WORDS) \
            and all(c.a > colon_at for c in cues):
        # "Floods: Local leaders blast ...": a topic label before a clause with its own speaker
        # (not "Poll: ...", whose finding the clause is)
        if not colon.source.isupper() and colon.kind != "data":
            after = named_after_label(v, colon_at, cues, speech_spans)
            if after is not None:
                return after
        return colon  # "SMITH: We never agreed ...": the speaker's label, not the cues in the speech
    for cue in ranked(v, cues) if len(cues) > 1 else cues:  # the best cue that yields a source
        att = from_cue(v, cue, cues, speech_spans)
        if att is not None:
            return interview_outlet(v, att)  # "said in an interview with CNN": CNN relays
    # no usable cue
    if colon is not None:
        return colon
    if v.quotes and (quoted := headline_quote(v)) is not None:
        return quoted
    if speech_spans:
        covered = sum(b - a for a, b in speech_spans)
        words = sum(q.n_words for q in v.speech)
        if words >= SPEECH_MIN_WORDS or covered >= SPEECH_MIN_SHARE * (v.sent.end - v.sent.start):
            return None  # speech whose speaker is named in a neighbouring sentence
    return signature(v) or opening_frame(v) or closing_frame(v) or court_heard(v) or v.passive_fallback \
        or first_fired(v, LAST_RULES, _LAST_NAMES) or UNSOURCED  # ("the jury was told": the jury, not someone)


# the rules tried last, in order, for a sentence no cue or quotation decided: each fires only
# on a word of its own lists (`@triggered_by`), so a sentence without any of them skips them all
LAST_RULES = (owned_estimate, figure_put_at, owned_proposal, passive_judgment, stance_role, poll_phrase, official_act,
              voted_to, owned_act, reaction_from, words_by, emotion_object, there_is_talk, refused_offer,
              released_records, devoted_effort)
_LAST_NAMES = names_of(LAST_RULES)


def named_after_label(v: SentenceView, colon_at: int, cues: list[Cue],
                      speech: list[tuple[int, int]]) -> Attribution | None:
    """The attribution of the first cue after a run-in label (its colon is token `colon_at`)
    whose source is named after the colon, not a pronoun ("Floods: Local leaders blast ...";
    but "Lindqvist: We never agreed")."""
    colon_end = v.end_of(colon_at)
    for cue in ranked(v, cues):
        att = from_cue(v, cue, cues, speech)
        if att is None:
            continue
        span = att.source_span
        if span is None or span[0] < colon_end or att.source.lower() in PRONOUNS:
            return None
        return att
    return None


def from_cue(v: SentenceView, cue: Cue, cues: list[Cue], speech: list[tuple[int, int]]) -> Attribution | None:
    """The attribution one cue yields, or None when it names no source."""
    cat = cue.category
    if cue.nominal:
        return _from_nominal(v, cue, speech)
    if cue.bare_nominal:
        return _from_bare_nominal(v, cue, speech)
    if cat == "according_to":
        return from_according_to(v, cue, speech)
    if cat == "vague":
        return criticism_from(v, cue) or make(v, "vague", "vague-cue", cue, None, None, [],
                                              source_type="anonymous")
    if cat == "frame":
        return from_frame(v, cue, speech)
    if cat == "chain":
        return from_chain(v, cue, speech)
    # speech, cognitive, data
    if cat == "cognitive" or "act" in cue.entry.tags:
        # beliefs and stances are attributed, but what follows is the writer's wording
        att = from_speech_cue(v, cue, speech)
        return None if att is None else replace(att, content=tuple(speech or coordinated_speech(v, cue, cues)))
    return from_speech_cue(v, cue, speech)


def _from_nominal(v: SentenceView, cue: Cue, speech: list[tuple[int, int]]) -> Attribution:
    """"Vasko's claim that ...", "her warning that ...": the possessor is the source."""
    keys, a = v.keys, cue.a
    start = a - 1
    if keys[start] not in POSSESSIVES:  # "the mayor's", "Ana Ruiz's", "the Labor Ministry's"
        while start > 0 and (v.cap(start - 1) or keys[start - 1] in NAME_GLUE) \
                and keys[start - 1] not in (",", "."):
            start -= 1
        if start > 0 and keys[start - 1] in DETERMINERS:
            start -= 1
    src, appo = possessive_antecedent(v, (start, a))  # "Ruiz stood by her claim that": Ruiz
    return make(v, "indirect", "nominal-cue", cue, src, appo, speech or content_after(v, cue.b))


def _from_bare_nominal(v: SentenceView, cue: Cue, speech: list[tuple[int, int]]) -> Attribution:
    """"despite repeated warnings that ...": someone unnamed, unless the sentence's subject
    names someone ("Growers pressed arguments that ...")."""
    subj, appo = sentence_subject(v)
    content = speech or content_after(v, cue.b)
    if subj is not None and subj[1] <= cue.a and names_someone(v, *subj):
        return make(v, "indirect", "bare-nominal-cue", cue, subj, appo, content)
    return make(v, "vague", "bare-nominal-cue", cue, None, None, content, source_type="anonymous")


def from_speech_cue(v: SentenceView, cue: Cue, speech: list[tuple[int, int]]) -> Attribution | None:
    """A speech, belief or data verb: who speaks (`speaker`), then which kind (`speech_kind`)."""
    a, b = cue.a, cue.b
    if b < v.n and v.keys[b] in FINITE and not speech and (v.keys[a] in v.rules.object_gap_verbs
                                                         or "act" in cue.entry.tags):
        return None  # "The tax cut that Ruiz promised was a sham": a relative clause's verb with its object
        # before it; the sentence's own verb and claim are the writer's (object_gap_verbs.txt)
    # ("were frustrated that": an adjective; find_passive's test of the word before the cue, inline)
    passive = None if "that" in cue.entry.tags or not a or (k := v.keys[a - 1]) not in AUX_OR_FLOATING \
        and not k.endswith("ly") else find_passive(v, a, b)
    if passive is None and _reduced_charge(v, cue):
        passive = (-1, None, None)  # "Shipping Giant Accused of Dodging Fees", "the firm, accused of fraud,"
    if passive is None and b < v.n and v.keys[b] == "by":
        passive = reduced_by_agent(v, a, b)  # "Under the terms announced by Norvik, ...": Norvik's terms
    if passive is not None:  # "had first been reported by The Coast Ledger"
        return _from_passive(v, cue, passive, speech)
    subj, appo, rule = speaker(v, cue)
    if subj is not None and _final_object_gap(v, cue, subj, speech):
        return None
    if subj is not None:
        return speech_kind(v, cue, subj, appo, rule, True, speech)
    if "charge" in cue.entry.tags:
        return None  # "..., accused Moscow of ...": the phrase after it is whom it accuses, never the speaker
    after, after_appo = np_after(v, b)  # "..., said X" / "..., said X, the head of Y"
    if after is None or not inverted_ok(v, a, after):
        return None
    return speech_kind(v, cue, after, after_appo, rule, False, speech)


_GAP_BOUNDARIES = frozenset({",", ";", ":", "and", "but", "that", "because", "as", "while", "when", "if",
                              "so", "—", "–", '"', "“", "”", "(", "'", "‘", "’"})


def _final_object_gap(v: SentenceView, cue: Cue, subj: tuple[int, int], speech) -> bool:
    """A verb that takes a thing as its object (`object_gap_verbs.txt`) ending the sentence, its subject
    right after a noun or a preposition, not a clause's start: a relative clause whose gap is its object
    ("less than the 8 percent Mayor Ruiz had requested.", "with the cuts Smith proposed."): the sentence
    is the writer's."""
    a, start = cue.a, subj[0]
    if speech or v.keys[a] not in v.rules.object_gap_verbs or start <= v.first:
        return False
    if any(v.keys[x][0].isalnum() for x in range(cue.b, v.n)):
        return False  # words after it: its object or its clause
    return v.keys[start - 1] not in _GAP_BOUNDARIES


def _reduced_charge(v: SentenceView, cue: Cue) -> bool:
    """A verb of charging ("accuse": tag `charge`) in its "-ed" form right before "of": no object between,
    so a passive without its auxiliary (a headline's "Giant Accused of Dodging Fees")."""
    keys, a = v.keys, cue.a
    return ("charge" in cue.entry.tags and cue.b < v.n and keys[cue.b] == "of" and keys[a].endswith("ed")
            and not (a and keys[a - 1] in AUX_OR_FLOATING)
            and _RELATIVES.isdisjoint(keys[max(0, a - 5):a]))  # (not "whom Beck accused of launching")


_RELATIVES = frozenset({"whom", "who", "which", "that"})


def _from_passive(v: SentenceView, cue: Cue, passive: tuple[int, tuple[int, int] | None, tuple[int, int] | None],
                  speech: list[tuple[int, int]]) -> Attribution | None:
    """The agent of a passive cue speaks; with no agent, someone unnamed did ("he was accused
    of ..."), kept as the sentence's fallback in case no other cue names them."""
    b = cue.b
    by, src, sappo = passive
    if src is None:
        if "passive" in cue.entry.tags and v.passive_fallback is None and by < 0 and not (
                "order" in cue.entry.tags and b < v.n and v.keys[b] == "to"):  # "the crew was told
            # to stay aboard": an instruction, no claim of anyone's
            v.passive_fallback = make(v, "vague", "passive-no-agent", cue, None, None,
                                      content_after(v, b), source_type="anonymous")
        return None  # "the feast day is observed as ...": the subject is not the source
    content = [(v.start_of(b), v.end_of(by - 1))] if by > b else []
    return make(v, "direct" if speech else "indirect", "passive-agent", cue, src, sappo, speech or content)


def speaker(v: SentenceView, cue: Cue) -> tuple[tuple[int, int] | None, tuple[int, int] | None, str]:
    """Who speaks: (subject span, its apposition, rule) of the noun phrase the cue governs
    before it, by the word before the cue (a comma, "by", "to", a relative pronoun, "and"),
    else the subject right before it; None as span when there is none (`speech_kind` then
    tries the phrase after the cue)."""
    keys, a, b = v.keys, cue.a, cue.b
    participle = keys[a].endswith("ing")
    prev = keys[a - 1] if a > 0 else ""
    r = a  # the cue, or the adverb before it after "to" or "who": "able to consistently tout"
    if a >= 2 and keys[a - 2] in ("to", "who", "which", "that") and prev.endswith("ly") and len(prev) > SHORT_LY_WORD:
        r, prev = a - 1, keys[a - 2]
    if cue.category == "data" and (phrase := data_phrase(v, a)) is not None:
        return phrase, None, "subject-cue"  # "The latest ferry survey released on Tuesday shows ..."
    if participle and prev == ",":
        return (*sentence_subject(v), "participle-cue")
    if participle and prev in ("of", "from") and (subj_appo := gerund_subject(v, a)) is not None:
        return (*subj_appo, "prep-gerund-cue")  # "The mayor stopped short of criticizing ..."
    if participle and prev == "by" and a >= 2 and keys[a - 2] not in PRONOUNS:
        return (*sentence_subject(v), "by-gerund-cue")  # "He began by saying ...", "... by telling the crews"
    if prev == "to" and stranded_relative(v, r - 1) is None:  # "took to Twitter to accuse ...": the
        # sentence's subject (but "everyone I spoke to said": the subject ends in "to")
        subj, appo = sentence_subject(v)
        if subj is not None and (h := infinitive_subject_head(v, r - 1)) is not None and \
                subj[0] <= h < subj[1] - 1:  # "Lindqvist went on to": the subject ends before its verb
            subj = (subj[0], h + 1)
        return subj, appo, "infinitive-cue"
    if prev in {"who", "which"} and r >= 2 and keys[r - 2] == ",":  # "Vasko, who says ..."
        subj, appo = np_before(v, r - 1)  # "Tom Hale, a farmer in Iowa, who said": the name and its apposition
        if subj is None or appo is None:
            subj, appo = np_before(v, r - 2)
        return (None if subj is not None and keys[subj[1] - 1] in PRONOUNS else subj), appo, "relative-cue"
    if prev in {"who", "which", "that"} and r >= 2 and (head := relative_antecedent(v, r - 1)) is not None:
        # "the Coast Guard which reported ...", "a letter from her lawyer that says ..."
        if keys[head] in _ANY_ONE or wished_for(v, head):
            return None, None, "relative-cue"  # "calls anyone who wants secure borders a racist": no one in particular
        return (*np_before(v, head + 1), "relative-cue")
    c = a - 1 if a > 0 else 0  # the key before the auxiliaries and adverbs before the cue:
    if a > 0 and (keys[c] in AUX_OR_FLOATING or keys[c].endswith("ly")):  # (the word before it unless one of them)
        c = max(0, skip_aux_back(v, a - 1))
    k = keys[c]
    if k in {"and", "but", "or"}:
        return (*coordinated_subject(v, c), "coordinated-cue")
    if participle and a == v.first:
        return (*subject_before_verb(v, *np_after(v, skip_clause(v, b))), "participle-cue")
    # the subject right before the cue (or before the linking verb of "sure that")
    link = linking_verb(v, a) if "that" in cue.entry.tags else None
    if link is not None and "'" in keys[link]:
        subj, appo = (link, link + 1), None  # "she's sure that"
    elif link is not None and keys[skip_aux_back(v, link - 1)] in ("and", "but"):
        subj, appo = sentence_subject(v)  # "... and walked away sure that"
    else:
        subj, appo = np_before(v, a if link is None else link)  # "officials seemed sure that"
    if participle and subj is not None and not subject_of_participle(v, subj, a):
        # "issued a flood warning", "released a statement saying", "sent a letter to the harbor
        # board demanding": an object or a compound; the participle belongs to the sentence's subject
        # (but "video showed Vasko saying", "a statement from the ministry saying")
        return (*sentence_subject(v), "participle-cue")
    if subj is not None and _after_title_case_preposition(v, subj[0]):
        return None, None, "subject-cue"  # "Insurer Faces Probe Over Flood Claims": "Claims" is a noun
    if subj is not None and keys[subj[0]] == "whose":
        return None, None, "subject-cue"  # "Ana Lima, whose government promised ..., said": a relative clause's
    if subj is not None and noun_then_relative(v, subj):
        return None, None, "subject-cue"
    if subj is not None and (trimmed := after_amount(v, subj)) is not None:
        return trimmed, appo, "subject-cue"
    if subj is not None and (framed := before_frame(v, subj)) is not None:
        return framed, None, "subject-cue"
    if subj is not None and not participle and (located := located_subject(v, subj)) is not None:
        return located, appo, "subject-cue"  # "Workers at the plant in Illinois said"
    return subj, appo, "subject-cue"



def _after_title_case_preposition(v: SentenceView, start: int) -> bool:
    """Whether a subject found before a cue follows a capitalised preposition inside the sentence: a
    headline in title case, where the preposition's object and a plural noun ("Flood Claims") read as a
    subject and its verb."""
    i = start - 1
    return (i - 1 > v.first and v.keys[i] in PREPOSITIONS and v.keys[i] not in _CLAUSE_OPENERS and v.cap(i)
            and v.keys[start] not in PRONOUNS and v.keys[i - 1][:1].isalnum())  # (not "...: As he welcomed")


_CHANNEL_LINKS = frozenset({"by", "via", "over"})  # what ends an outlet told before the channel ("told AP by phone")
_ANY_ONE = frozenset({"anyone", "anybody", "whoever"})  # who a relative clause describes, not someone it names
_CLAUSE_OPENERS = frozenset({"as", "after", "before", "since", "until", "till", "while", "than", "like"})


def speech_kind(v: SentenceView, cue: Cue, src: tuple[int, int], sappo: tuple[int, int] | None, rule: str,
                before: bool, speech: list[tuple[int, int]]) -> Attribution | None:
    """Which kind: a colon after the cue, a quotation, data, an inverted or trailing cue, else
    indirect speech by `rule`. `before`: the source is the subject before the cue, not the
    phrase after it."""
    keys, a, b = v.keys, cue.a, cue.b
    if src[1] - src[0] == 1 and (keys[src[0]] == "you" or keys[src[0]] == "i" and keys[-1] == "?"):
        return None  # "what did you expect?", "how would I know?": the reader addressed, not a source
    if rule == "infinitive-cue" and dummy_it(v, src):
        return None  # "It's no exaggeration to say that ...": no one's speech, the writer's own claim
    via = None
    if keys[a] in {"told", "tell", "tells", "telling"} and b < v.n:
        told, _ = np_after(v, b)
        if told is not None:  # "told Fox News the ruling was correct": the outlet ends before "the"
            told = (told[0], next((k for k in range(told[0] + 1, told[1]) if keys[k] in DETERMINERS
                                   or keys[k] in _CHANNEL_LINKS or keys[k] in PRONOUNS), told[1]))
            # (nor "by phone", "over the phone"; "told ESPN he was happy": the outlet ends before "he")
        if told is not None and types_in(v, *told) == {"media"}:
            via = v.span_text(*told)
    colon = next_is_colon(v, b) if ":" in v.hits else None  # (its first test, inline)
    if colon is not None:
        return make(v, "colon", "cue-colon", cue, src, sappo, speech or [(v.end_of(colon), v.sent.end)], via=via)
    if speech:
        return make(v, "direct", "quote-cue", cue, src, sappo, lead_in(v, b, speech)
                    if before and cue.category == "speech" else speech, via=via)  # (a finding is the writer's words)
    if cue.category == "data" or "finding" in cue.entry.tags and "data" in types_in(v, *src):
        return make(v, "data", "data-cue", cue, src, sappo, content_after(v, b), via=via,
                    source_type="data" if "data" in types_in(v, *src) else None)
    if not before:  # "..., said X" / "..., said X, the head of Y"
        return make(v, "indirect", "inverted-cue", cue, src, sappo, content_before(v, a), via=via)
    if cue.category == "speech" and (close := parenthetical(v, src, (a, b))) is not None:  # "The measure,
        # critics said, would gut ...": the words on both sides are theirs
        return make(v, "indirect", "parenthetical-cue", cue, src, sappo, both_sides(v, src, close), via=via)
    if src[0] > 0 and keys[src[0] - 1] == "," and (head := list_head(v, src)) is not None:
        return make(v, "indirect", rule, cue, (head, src[1]), sappo, content_after(v, b), via=via)  # "Turkey,
        # Greece and Cyprus said": the list is the subject, not "Greece and Cyprus" after what "Turkey" said
    if src[0] > 0 and keys[src[0] - 1] in {",", "—", "–"} and src[0] - 1 > v.first and near_end(v, b) \
            and rule != "relative-cue" and not after_intro(v, src, b):
        return make(v, "indirect", "trailing-cue", cue, src, sappo, content_before(v, src[0]), via=via)
    if src[0] > 0 and keys[src[0] - 1] == "with":  # "With the mayor signaling that ..., it is clear ..."
        return make(v, "indirect", rule, cue, src, sappo, clause_after(v, b), via=via)
    return make(v, "indirect", rule, cue, src, sappo, content_after(v, b), via=via)
