"""Framing: whom each writer-voice loaded term describes or is aimed at (run after scoring, on the
hits it found); `summaries` then says per entity how the article treats it.

A term's `target`, where the sentence shows one, in this order:

1. inside a name's noun phrase: "Propagandist Minister ... Zarif";
2. the name in apposition to the noun it modifies ("its beleaguered manager,
   Ron Tate,"), or the name right after it in the same noun phrase: "so-called
   moderate Hassan Rouhani", "'Mullah the Great' Ali Khamenei" (at most a few
   words between, none of them a clause word or a comma);
3. the nearest name before it in the sentence: the subject of the clause
   ("Iran is meddling in ...") or the object ("accused Iran of meddling"), or
   a name the term stands in apposition to; never a place after "in"; in a clause
   opened by "after", "while" ... and an -ing verb ("left after getting testy with
   reporters"), which has no subject of its own, the subject of the clause it hangs on;
4. else the first name after it in the sentence, unless a "who" stands between
   (the name is inside the relative clause of the people the term describes);
   for a label ("thugs", "the radical left"), only a name a word or two after it
   ("the regime of Bashar al-Assad"): a label names its own referent.
In rules 2 to 4 an organisation's name that only modifies the role noun of a
person named next gives way to the person ("far-right InfoWars host Alex
Jones": Alex Jones; `_np_head`).

Names inside quotations and reported speech are the speaker's, not the
writer's, and are not targets. Pronouns resolved by `coref` count as names.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from operator import attrgetter

from ..tokens import TOKEN_RE, keys
from ..types import ANALYSED_ROLES, VOICE_WRITER, Hit, Scored, Sentence, SentenceScore
from .complements import (
    CLAUSE_WORDS,
    CONJUNCTIONS,
    NOT_PREDICATES,
    SUBJECT_BEFORE,
    Found,
    apposed_name,
    frame_words,
    gerund_opening,
    locative,
    object_pronouns,
    passive_agent,
)
from .complements import RULES as COMPLEMENT_RULES
from .nations import demonym_target
from .records import (
    RULE_APPOSITION,
    RULE_DESCRIPTOR,
    RULE_NOUN_PHRASE,
    RULE_POSSESSOR,
    Entities,
    Entity,
    EntitySummary,
    Mention,
)
from .spans import SpeechSpans
from .summaries import summarise

_NP_GAP_MAX = 4
_QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’", "''", "``"})
_WHO = frozenset({"who", "whom", "whose"})
_NP_STOP = frozenset({",", ";", ":", "(", ")", "—", "–", "and", "or", "but", "of", "in", "on", "to", "for", "by",
                      "with", "from", "that", "which", "who", "is", "are", "was", "were", "has", "have", "had",
                      "at", "as", "a", "an", "his", "her", "its", "their", "this", "these", "those"})
_PREPOSITIONS = frozenset({"of", "in", "on", "for", "with", "to", "by", "from", "about", "at", "into", "over",
                           "under", "against", "among", "between", "through", "without", "within", "upon", "like",
                           "than", "despite", "amid", "toward", "towards"})
_SENTENCE = attrgetter("sentence")
_POSSESSIVES = frozenset({"his", "her", "its", "their"})
_HE_SHE = re.compile(r"\s*(he|she)\b", re.I)
# lexicon categories of actions and events ("slammed", "took a swipe at", "scheme"): their target is
# the actor, never the name that follows (the one acted on)
_ACTION_CATEGORIES = frozenset({"loaded"})
# a label (a name for a group or kind of person: "thugs", "the radical left") names its own referent: it
# falls forward only to a name a word or two after it ("the regime of Bashar al-Assad", "an oligarch named
# Bloomberg"), never past a verb to whomever the sentence goes on to name ("Thugs attacked the office of Mayor X")
_LABEL_GAP_MAX = 2
# a clause boundary: one of ; : — – or a whole word, in any case: when, while, because, although, though, but,
# after, before, since, if, whereas, unless, until, that. Written with a case-sensitive first character (every
# character `re.I` folds the words' first letters from, İ ı ſ included), so that the engine skips to the
# next candidate in C instead of trying fourteen case-folded words at every character; the same matches as
# r"[;:—–]|\b(?:when|...|that)\b" with re.I (tests/test_entities_fastpaths.py)
_FIRST = "WwBbAaTtSsIiUuİıſ"
_BOUNDARY = re.compile(rf"[;:—–{_FIRST}](?<!\w[{_FIRST}])(?:(?<=[;:—–])|(?i:(?<=w)(?:hen|hile|hereas)|"
                       r"(?<=b)(?:ecause|ut|efore)|(?<=a)(?:lthough|fter)|(?<=t)(?:hough|hat)|(?<=s)ince|(?<=i)f|"
                       r"(?<=u)(?:nless|ntil))\b)")
_CLAUSE_WORDS = CLAUSE_WORDS  # `_BOUNDARY`'s words
_CLAUSE_MARKS = frozenset(";:—–")
_CLAUSE_KEYS = _CLAUSE_WORDS | _CLAUSE_MARKS
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
# the rules whose term describes the entity


def _prepositional_text(text: str, start: int, floor: int) -> bool:
    """Whether the name at `start` is the object of a preposition ("by Nebraska's attorney
    general", "of the House Budget Committee"): not a clause's subject."""
    words = TOKEN_RE.findall(text[max(floor, start - 60):start])
    for w in reversed(words):
        if w[:1].isupper() or w.lower() == "the":
            continue
        return w.lower() in _PREPOSITIONS
    return False


def _prepositional(sent: Sentence, start: int, text: str) -> bool:
    """`_prepositional_text(text, start, sent.start)` read from the sentence's own tokens (text between
    them is white space) where neither `start` nor the window's start cuts one
    (tests/test_framing_fastpaths.py)."""
    lo = max(sent.start, start - 60)
    starts, words = sent.starts, sent.words
    k = bisect_left(starts, start) - 1
    if k >= 0 and starts[k] + len(words[k]) > start:
        return _prepositional_text(text, start, sent.start)
    while k >= 0 and starts[k] >= lo:
        w = words[k]
        if w[:1].isupper() or w.lower() == "the":
            k -= 1
            continue
        return w.lower() in _PREPOSITIONS
    if k >= 0 and starts[k] + len(words[k]) > lo:  # the window begins inside a token
        return _prepositional_text(text, start, sent.start)
    return False


def _gap_keys(sent: Sentence, lo: int, hi: int, text: str) -> tuple[str, ...]:
    """`keys(text[lo:hi])` for a stretch of the sentence: its own keys where neither end cuts a token
    (a token's text is the same wherever the scan began; tests/test_framing_fastpaths.py)."""
    starts, words = sent.starts, sent.words
    i = bisect_left(starts, lo)
    j = bisect_left(starts, hi, i)
    if (i and starts[i - 1] + len(words[i - 1]) > lo) or (j and starts[j - 1] + len(words[j - 1]) > hi):
        return keys(text[lo:hi])
    return sent.keys[i:j]


def _clause_start_text(text: str, floor: int, pos: int) -> int:
    """Where the clause holding `pos` begins: after the last clause boundary before it."""
    best = floor
    for m in _BOUNDARY.finditer(text, floor, pos):
        best = m.end()
    return best


def _clause_start(sent: Sentence, pos: int, text: str) -> int:
    """`_clause_start_text(text, sent.start, pos)`, walking the sentence's tokens back from `pos`: the
    last boundary is in the nearest token that holds one. A boundary never spans two tokens; a token
    of ASCII letters holds one only as a whole word, a one-character token only as a mark; any other
    token (joined words, numbers, other letters, which case folding may match) asks the pattern over
    its own stretch, which sees the text before it as the whole scan does
    (tests/test_framing_fastpaths.py)."""
    starts, words, keys_ = sent.starts, sent.words, sent.keys
    k = bisect_left(starts, pos) - 1
    if k >= 0 and starts[k] + len(words[k]) > pos:
        return _clause_start_text(text, sent.start, pos)
    while k >= 0:
        w = words[k]
        if keys_[k] in _CLAUSE_KEYS or not (len(w) == 1 or (w.isalpha() and w.isascii())):
            if w in _CLAUSE_MARKS:
                return starts[k] + 1
            end = _clause_start_text(text, starts[k], starts[k] + len(w))
            if end != starts[k]:  # (a boundary is never empty; "10that" has none: no word boundary)
                return end
        k -= 1
    return sent.start


def _lower_scare_quote(hit: Hit) -> bool:
    """A scare-quoted lower-case word ("respects", "improved"): the writer doubts what the subject
    says or does, not the name after it (a capitalised epithet, 'Mullah the Great', names it)."""
    if hit.rule != "scare-quote":
        return False
    first = next((ch for ch in hit.text if ch.isalpha()), "")
    return first.islower()


def target_of(hit: Hit, text: str, mentions: Sequence[Mention], sent: Sentence,
              descriptors: Sequence[tuple[tuple[int, int], int]],
              genders: Sequence[str | None] = (),
              entities: Sequence[Entity] = ()) -> tuple[int | None, str | None]:
    """The entity a writer-voice hit describes or aims at (index), and the rule that found it.
    `sent`: the hit's sentence; `genders`: each entity's gender ("x" for no person); `entities`:
    the article's entities (what an object pronoun may stand for)."""
    for (a, b), ei in descriptors:
        if a <= hit.start < b or (hit.start <= a and b <= hit.end):
            return ei, RULE_DESCRIPTOR
    start, end = hit.start, hit.end
    for m in mentions:
        if m.start < start and end <= m.end and m.kind == "role":
            return m.entity, RULE_NOUN_PHRASE  # "The far-left mayor": a role noun's phrase that coreference resolved
    before = [m for m in mentions if m.end <= start]
    after = [m for m in mentions if m.start >= end]
    fw = frame_words()
    if after and hit.category not in _ACTION_CATEGORIES and apposed_name(sent, end, after[0], fw):
        return after[0].entity, RULE_APPOSITION  # "its beleaguered manager, Ron Tate,"
    if before:
        m = before[-1]
        # (the possessive first: the gap is tokenised only after a possessor)
        if _possessor(m, text) and \
                len(gap := _gap_keys(sent, m.end, start, text)) <= 2 and _NP_STOP.isdisjoint(gap):
            return m.entity, RULE_POSSESSOR  # "its 'description'", "Iran's intervention"
    if after and hit.category not in _ACTION_CATEGORIES and not _lower_scare_quote(hit):
        gap = _gap_keys(sent, end, after[0].start, text)
        if len(gap) <= _NP_GAP_MAX and _NP_STOP.isdisjoint(gap):
            return _np_head(after, sent, text, genders), RULE_NOUN_PHRASE
    if not (after and text.startswith(" of ", end) and after[0].start <= end + 9):  # ("the Syrian regime of Assad")
        nation = demonym_target(hit, sent, text, entities)
        if nation is not None:
            return nation  # "allegations of Russian interference": Russia (or no entity), not a name near it
    keys = sent.keys
    ti = bisect_left(sent.starts, start)
    # the cheap test first: a trigger word of some rule a few words before the term (most terms have none)
    if ti < len(keys) and (not fw.triggers.isdisjoint(keys[ti - 13 if ti > 13 else 0:ti]) or (
            hit.category not in NOT_PREDICATES and not CONJUNCTIONS.isdisjoint(keys[ti - 5 if ti > 5 else 0:ti]))):
        for rule in COMPLEMENT_RULES:
            found = rule(sent, ti, hit.category, mentions, fw)
            if found is not None:
                return _complement_target(found, sent, text, before, genders, entities)
    if before:
        clause = _clause_start(sent, start, text)
        for k, m in enumerate(before):
            if m.start >= clause and not _prepositional(sent, m.start, text):
                return _np_head(before[k:], sent, text, genders), "subject"
        fit = _pronoun_subject(text, clause, start, before, genders)
        if fit is not None:
            return fit, "pronoun subject"
        opener = gerund_opening(sent, clause)
        if opener is not None:  # "..., granted interviews after getting testy": the main clause's subject
            fit, _ = _clause_subject(sent, text, [m for m in before if m.end <= opener], opener, genders)
            if fit is not None:
                return fit, "gerund subject"
        near = next((m for m in reversed(before) if not passive_agent(sent, m.start, fw)
                     and not locative(sent, m.start)), None)
        return (near.entity, "clause") if near is not None else (None, None)
    if after and not passive_agent(sent, after[0].start, fw) and \
            not (text[after[0].start].isupper() and locative(sent, after[0].start)) and \
            _WHO.isdisjoint(gap := _gap_keys(sent, end, after[0].start, text)) and \
            (hit.category != "labels" or len(gap) <= _LABEL_GAP_MAX):
        # (not the agent of a passive: "was slammed by unions"; not a name inside the relative clause of
        # the people the term describes: "punish the far-right zealots who have turned America into ...";
        # not a place after "in": "the so-called experts in Washington shrug")
        return _np_head(after, sent, text, genders), "sentence"
    return None, None


def _np_head(after: Sequence[Mention], sent: Sentence, text: str, genders: Sequence[str | None]) -> int:
    """The entity a noun phrase is about: its first name, or a person named after it when that name (no
    person's) only modifies a role noun before the person, one or two plain words between ("far-right
    InfoWars host Alex Jones", "the NeverTrump “conservative” Bill Kristol": the host, the conservative)."""
    m = after[0]
    if len(after) > 1 and _owner_of_role(m, after[1], sent, text, genders):
        return after[1].entity  # "His budget director, Erin Walsh, insists": the director, not "his"
    if len(after) > 1 and m.entity < len(genders) and genders[m.entity] == "x" \
            and after[1].entity < len(genders) and genders[after[1].entity] != "x":
        gap = _gap_keys(sent, m.end, after[1].start, text)
        words = [k for k in gap if k not in _QUOTE_MARKS]
        if 0 < len(words) <= 2 and _NP_STOP.isdisjoint(gap) and all(k[:1].isalpha() for k in words):
            return after[1].entity
    return m.entity


def _possessor(m: Mention, text: str) -> bool:
    """Whether a mention is a possessive pronoun ("its", "his") or a name with a possessive "'s"."""
    return text[m.start:m.end].lower() in _POSSESSIVES or text[m.end:m.end + 2] in ("'s", "’s")


def _owner_of_role(m: Mention, nxt: Mention, sent: Sentence, text: str, genders: Sequence[str | None]) -> bool:
    """Whether mention `m` is a possessive ("his", "Hale's") before one to three plain words of a role and
    then the person who holds it, in apposition or not ("His budget director, Erin Walsh,", "Hale's aide Ana
    Ruiz"): the phrase is about the person."""
    if not _possessor(m, text) or nxt.entity >= len(genders) or genders[nxt.entity] == "x":
        return False
    gap = list(_gap_keys(sent, m.end, nxt.start, text))
    if gap[:2] in (["'", "s"], ["’", "s"]):
        del gap[:2]  # (the possessive's tokens)
    elif gap[:1] in (["'s"], ["’s"]):
        del gap[:1]
    if gap and gap[-1] == ",":
        gap.pop()
    return 0 < len(gap) <= 3 and _NP_STOP.isdisjoint(gap) and all(k.isalpha() for k in gap)


def _complement_target(found, sent: Sentence, text: str, before: Sequence[Mention],
                       genders: Sequence[str | None],
                       entities: Sequence[Entity]) -> tuple[int | None, str | None]:
    """What a rule of `complements` found: an entity (or none), the subject of a passive verb, or
    the referent of an object pronoun coreference left unresolved."""
    if isinstance(found, Found):
        return found.entity, found.rule
    kind, value = found
    if kind == SUBJECT_BEFORE:  # "was dismissed as ...": the subject of the verb at `value`, or no one
        fit, how = _clause_subject(sent, text, [m for m in before if m.end <= value], value, genders)
        return fit, how if fit is not None else "passive"
    pronoun, pos, rule = value  # "calling it a 'mistake'": a name before the verb that fits, not its subject
    prior = [m for m in before if m.end <= pos]
    k = bisect_left(sent.starts, pos) - 1
    if k >= 0 and sent.keys[k] in _RELATIVE_PRONOUNS:  # "Republicans who accused it": the relative's antecedent
        subject = next((m.entity for m in reversed(prior) if m.end <= sent.starts[k]), None)
    else:
        subject, _ = _clause_subject(sent, text, prior, pos, genders)
    for m in reversed(prior):
        if m.entity != subject and entities and pronoun in object_pronouns(entities[m.entity]):
            return m.entity, rule
    return None, rule


def _clause_subject(sent: Sentence, text: str, before: Sequence[Mention], pos: int,
                    genders: Sequence[str | None]) -> tuple[int | None, str | None]:
    """The subject of the clause holding `pos` among the names before it: the first that is no
    preposition's object, else a "he"/"she" that opens the clause and fits a name by gender."""
    if not before:
        return None, None
    clause = _clause_start(sent, pos, text)
    for m in before:
        if m.start >= clause and not _prepositional(sent, m.start, text):
            return m.entity, "subject"
    fit = _pronoun_subject(text, clause, pos, before, genders)
    return (fit, "pronoun subject") if fit is not None else (None, None)


def _pronoun_subject(text: str, clause: int, pos: int, before: Sequence[Mention],
                     genders: Sequence[str | None]) -> int | None:
    """"X told Ms. Y that he had 'real doubts'": a clause whose subject is "he" or "she" aims at the
    nearest name before it that the pronoun fits (by gender), not simply the nearest name."""
    m = _HE_SHE.match(text, clause, pos)
    if m is None or not genders:
        return None
    want = "m" if m.group(1).lower() == "he" else "f"
    return next((b.entity for b in reversed(before) if genders[b.entity] in (None, want)), None)


class _MentionsBySentence:
    """The mentions of one sentence, looked up when a sentence has a writer-voice hit (most have
    none): all of them (descriptions that speak left out, groups kept) and the writer's own (those
    outside quoted speech), in text order."""

    __slots__ = ("mentions", "sentences", "types", "speech", "done")

    def __init__(self, ents: Entities, speech: SpeechSpans) -> None:
        mentions = ents.mentions
        sentences = [m.sentence for m in mentions]
        if sentences != sorted(sentences):  # not in sentence order (never from `resolve_entities`): a stable sort
            mentions = sorted(mentions, key=_SENTENCE)
            sentences = [m.sentence for m in mentions]
        self.mentions, self.sentences, self.speech = mentions, sentences, speech
        self.types = [e.type for e in ents.entities]
        self.done: dict[int, tuple[list[Mention], list[Mention]]] = {}

    def get(self, si: int) -> tuple[list[Mention], list[Mention]]:
        found = self.done.get(si)
        if found is None:
            lo, hi = bisect_left(self.sentences, si), bisect_right(self.sentences, si)
            types = self.types
            # "the report", "calling for transparency": a description that speaks is no target
            every = [m for m in self.mentions[lo:hi] if m.kind != "source" or types[m.entity] == "group"]
            starts, ends = self.speech.starts, self.speech.ends  # `speech.__contains__`, inlined
            own = [m for m in every if (k := bisect_right(starts, m.start) - 1) < 0 or m.start >= ends[k]]
            self.done[si] = found = (every, own)
        return found


def frame(scored: Scored, ents: Entities, valence: dict[str, float]) -> tuple[Scored, tuple[EntitySummary, ...]]:
    """Set `target` on every writer-voice hit that has one; summarise each entity."""
    seg = scored.attributed.segmented
    text = seg.document.text
    speech = ents.speech or SpeechSpans(scored.attributed)
    starts, ends = speech.starts, speech.ends
    by_sentence = _MentionsBySentence(ents, speech)
    descriptors_by = defaultdict(list)
    for span, ei in ents.descriptors:
        descriptors_by[span[0]].append((span, ei))
    aimed: dict[int, list[tuple[Hit, str]]] = defaultdict(list)
    genders = [e.gender if e.type in ("person", "official") else "x" for e in ents.entities]
    scores = list(scored.sentences)
    for para in seg.paragraphs:
        if para.role not in ANALYSED_ROLES:
            continue
        for si in para.sentences:
            sc = scores[si]
            if not sc.hits:
                continue
            sent = seg.sentences[si]
            desc = None  # the descriptors inside the sentence, once a writer-voice hit asks
            hits = []
            changed = False
            for h in sc.hits:
                if h.voice == VOICE_WRITER:
                    if desc is None:
                        desc = [d for start, ds in descriptors_by.items() if sent.start <= start < sent.end
                                for d in ds] if descriptors_by else []
                    # a writer-voice term inside reported speech (a scare quote) aims at what that speech names
                    every, own = by_sentence.get(si)
                    k = bisect_right(starts, h.start) - 1  # `h.start in speech`, inlined
                    mentions = every if k >= 0 and h.start < ends[k] else own
                    ei, rule = target_of(h, text, mentions, sent, desc, genders, ents.entities)
                    if ei is not None:
                        h = Hit(h.term, h.category, h.weight, h.start, h.end, h.voice, h.text, h.lexicon, h.note,
                                h.rule, h.entry, ents.entities[ei].name)
                        aimed[ei].append((h, rule))
                        changed = True
                hits.append(h)
            if changed:  # a sentence whose hits aim at no one keeps its record
                scores[si] = SentenceScore(tuple(hits), sc.sentiment, sc.hedges)
    framed = Scored(scored.attributed, tuple(scores), scored.paragraphs, scored.article)
    return framed, summarise(ents, framed, aimed, valence)
