"""Attributions without a cue verb: a signature, a perspective or data frame ("In his view,",
"In the latest poll,"), a stance role, a passive judgment, an owned estimate ("Name: ..." is
in `labels`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .acts import OWNER_POSSESSIVES, possessive_antecedent
from .clauses import find_passive, relative_antecedent
from .grammar import (
    AUXILIARIES,
    BOUNDARY,
    CONTRACTED,
    DETERMINERS,
    LINKING_VERBS,
    MONTHS,
    NAME_GLUE,
    NOT_JUDGED,
    PERSONAL,
    POSSESSIVE_OF,
    POSSESSIVES,
    PREPOSITIONS,
    TIME_WORDS,
)
from .npwalk import walk_np_back
from .objects import as_complement
from .opening_subject import sentence_subject
from .phrases import names_someone, np_after, np_before
from .records import RULE_ENTRY, Cue, make
from .triggers import triggered_by
from .view import content_after, content_before, skip_aux_back, title_case

if TYPE_CHECKING:
    from ..types import Attribution
    from .view import SentenceView

SIGNATURE_MAX_WORDS = 5  # words of the name after a signature dash ("― Eva Lind.")
FRAME_MAX = 12  # tokens after "In"/"By" within which the frame's comma comes ("In the mayor's own view,")
OWNER_MAX = 5  # words of the owner of a perspective ("By the harbor master's own account,")
LINKING_WINDOW = 4  # tokens before "in his eyes" searched for a linking verb ("is safe in his eyes")
STANCE_MODIFIERS_MAX = 3  # words between "a" and a stance noun ("a longtime and tireless critic of")
ESTIMATE_OWNER_WINDOW = 5  # tokens before an estimate noun searched for its owner (three modifiers between)


def signature(v: SentenceView) -> Attribution | None:
    """'― Eva Lind.': a dash and a name alone sign the quotation before them."""
    keys = v.keys
    if v.n < 2 or keys[0] not in {"—", "―", "–", "-"}:
        return None
    end = v.n - 1 if keys[-1] == "." else v.n
    if not 1 <= end - 1 <= SIGNATURE_MAX_WORDS or not all(v.cap(i) or keys[i] in NAME_GLUE for i in range(1, end)):
        return None
    return make(v, "direct", "signature", None, (1, end), None, [])


def opening_frame(v: SentenceView) -> Attribution | None:
    """A frame that opens the sentence and says whose view or which data it gives: 'In his
    view, ...', 'By the mayor's own account, ...', 'In the eyes of critics, ...' (a
    perspective), 'By all accounts, ...' (vague), 'In the latest poll, ...' (data)."""
    keys = v.keys
    i = v.first
    if keys[i] not in {"in", "by"}:
        return None
    comma = next((x for x in range(i + 2, min(v.n, i + FRAME_MAX)) if keys[x] == ","), None)
    if comma is None or any(v.in_quote[i:comma]):
        return None
    j = i + 1
    perspectives = v.rules.perspectives
    if keys[comma - 1] in perspectives:
        noun = comma - 1
        owner_end = noun - 1 if keys[noun - 1] == "own" else noun
        if owner_end == j + 1 and keys[j] in POSSESSIVE_OF:  # "In his view,"
            return make(v, "according_to", "perspective-frame", None, (j, j + 1), None,
                             content_after(v, comma))
        if owner_end > j and keys[owner_end - 1].endswith("'s") and owner_end - j <= OWNER_MAX and \
                all(keys[x][0].isalnum() and (keys[x] not in BOUNDARY and keys[x] not in PREPOSITIONS
                                              or keys[x] == "of") for x in range(j, owner_end)):
            # "In the mayor's view,", "By the harbor master's own account,"
            return make(v, "according_to", "perspective-frame", None, (j, owner_end), None,
                             content_after(v, comma))
        if keys[i] == "by" and owner_end == j + 1 and keys[j] in ("all", "most", "many", "some"):
            return make(v, "vague", "perspective-frame", None, None, None, content_after(v, comma),
                             source_type="anonymous")  # "By all accounts,"
        return None
    if keys[j] == "the" and keys[j + 1] in perspectives and keys[j + 2] == "of" and j + 3 < comma:
        src, appo = np_after(v, j + 3, appositive=False)  # "In the eyes of critics,"
        if src is None or src[1] > comma:
            return None
        return make(v, "according_to", "perspective-frame", None, src, appo, content_after(v, comma))
    if keys[i] == "in" and (keys[j] in DETERMINERS or keys[j] in ("last", "latest", "new", "recent")):
        for x in range(comma - 1, j, -1):  # "In the latest poll,", "In a survey of 900 farmers,"
            e = v.rules.sources.single(keys[x])
            if e is not None and e.category == "data" and keys[x] not in ("percent", "respondents") \
                    and ("strong" in e.tags or not v.cap(x)) and \
                    (x + 1 == comma or keys[x + 1] in PREPOSITIONS or keys[x + 1].endswith("ed")):
                # the data word heads the phrase: not "In the report section,"
                return make(v, "data", "data-frame", None, (j, comma), None, content_after(v, comma),
                                 source_type="data")
    return None


@triggered_by("perspectives")
def closing_frame(v: SentenceView) -> Attribution | None:
    """A perspective frame that ends a clause: "The levy is unfair, in her view.", "Only
    the pier is "safe" in his eyes." (not "with tears in her eyes": "eyes" and "mind" need a
    comma before "in" or a linking verb shortly before it)."""
    keys, n = v.keys, v.n
    perspectives = v.rules.perspectives
    for i in range(2, n - 2):
        if keys[i] != "in" or v.in_quote[i]:
            continue
        owner = i + 2 if keys[i + 1] in POSSESSIVE_OF else named_possessor_end(v, i + 1)
        if owner is None or owner >= n:
            continue
        own = 1 if keys[owner] == "own" else 0
        noun = owner + own
        if noun >= n or keys[noun] not in perspectives \
                or (noun + 1 < n and keys[noun + 1] not in (".", ",", ";", "!", "?", "”", '"')):
            continue
        if keys[noun] in ("eyes", "mind") and keys[i - 1] != "," and \
                not any(k in LINKING_VERBS for k in keys[max(0, i - LINKING_WINDOW):i]):
            continue
        return make(v, "according_to", "perspective-frame", None, (i + 1, owner), None,
                         content_before(v, i))
    return None


NAMED_POSSESSOR_MAX = 3  # words of a name that owns a closing frame ("in Ana Ruiz's words")


def named_possessor_end(v: SentenceView, j: int) -> int | None:
    """The token after a capitalised name in the possessive that starts at token j ("Ruiz's",
    "Ana Ruiz's"), else None."""
    for x in range(j, min(v.n, j + NAMED_POSSESSOR_MAX)):
        if not v.cap(x):
            return None
        if v.keys[x].endswith("'s"):
            return x + 1
    return None


@triggered_by("stance_holders")
def stance_role(v: SentenceView) -> Attribution | None:
    """A subject described by the stance it holds: "Lund is a tireless critic of harbor fees",
    "..., who has long been a dogged opponent of canal plans" (the subject holds the view)."""
    keys = v.keys
    stance_holders = v.rules.stance_holders
    for i in range(2, v.n - 1):
        if keys[i] not in stance_holders or keys[i + 1] != "of" or v.in_quote[i]:
            continue
        j = i - 1
        while j > 0 and keys[j].isalpha() and keys[j] not in ("a", "an") and keys[j] not in BOUNDARY \
                and i - j <= STANCE_MODIFIERS_MAX:
            j -= 1  # "a dogged", "a longtime and tireless"
        if keys[j] not in ("a", "an", "the") or j < 1 or keys[j - 1] not in LINKING_VERBS:
            continue
        link = j - 1
        r = skip_aux_back(v, link - 1)
        if r >= 1 and keys[r] == "who" and (head := relative_antecedent(v, r)) is not None:
            src, appo = np_before(v, head + 1)  # "Kovac, who is a critic of"
        elif r >= 1 and keys[r] == "who" and keys[r - 1] == ",":
            src, appo = np_before(v, r - 1)
        else:
            src, appo = np_before(v, link)
        if src is None or not (names_someone(v, *src) or any(keys[x] in PERSONAL for x in range(*src))):
            continue  # not "the levy is a critic of ..."
        return make(v, "indirect", "stance-role", Cue(i, i + 1, RULE_ENTRY), src, appo, [])
    return None


@triggered_by("judgment_participles")
def passive_judgment(v: SentenceView) -> Attribution | None:
    """A judgment in the passive: "the pier is widely seen as a symbol", "the claims were
    rated as false", "the pier was deemed unsafe": someone unnamed judged (`vague`), or the
    agent ("was seen by critics as a waste")."""
    keys = v.keys
    judgment_participles = v.rules.judgment_participles
    for i in range(1, v.n - 1):
        k = keys[i]
        if k not in judgment_participles or v.in_quote[i]:
            continue
        nxt = keys[i + 1]
        if nxt == "as":
            if keys[i + 2] in v.rules.not_as_complement if i + 2 < v.n else True:
                continue  # "seen as soon as", "as well as"
        elif nxt != "by" and not (k in v.rules.judgment_without_as and nxt.isalpha() and nxt not in TIME_WORDS
                                  and nxt not in AUXILIARIES and nxt not in NOT_JUDGED
                                  and (nxt == "to" or nxt not in PREPOSITIONS and nxt not in BOUNDARY)):
            continue  # "the bill will be considered next week", "was seen in the harbor"
        elif nxt == "by" and k not in v.rules.judgment_without_as and not as_complement(v, i + 1):
            continue  # "was seen by thousands at the fair": perception, not judgment
        pas = find_passive(v, i, i + 1)
        if pas is None:
            continue
        by, src, appo = pas
        cue = Cue(i, i + 1, RULE_ENTRY)
        if src is not None:
            return make(v, "indirect", "passive-agent", cue, src, appo, [])
        if by >= 0:
            continue  # "was seen by millions": an agent that names no source
        return make(v, "vague", "passive-judgment", cue, None, None, [], source_type="anonymous")
    return None


_ESTIMATE_OWNERS = OWNER_POSSESSIVES | {"its"}  # "The bank raised its forecast": the bank's
# words of comparison that may stand before an owner's possessive without being part of its name
_NO_OWNER_WORDS = frozenset({"below", "above", "beyond", "near", "than", "like", "unlike", "versus", "vs"})


def _time_owner(v: SentenceView, word: str) -> bool:
    """A possessor that is a time, not an owner: a month, weekday or time noun ("September's forecasts",
    "Tuesday's estimate", "last year's forecast", "today's projections")."""
    return word in MONTHS or word in TIME_WORDS or word in v.rules.time_nouns


@triggered_by("estimate_nouns")
def owned_estimate(v: SentenceView) -> Attribution | None:
    """A forecast or estimate with its owner ("the bank raised its growth forecast", "that
    kept the agency's estimate at 3 percent"): the figure is the owner's claim (`data`)."""
    keys = v.keys
    estimate_nouns = v.rules.estimate_nouns
    for i, k in enumerate(keys):
        if k not in estimate_nouns or v.in_quote[i]:
            continue
        for j in range(i - 1, max(-1, i - ESTIMATE_OWNER_WINDOW), -1):  # the possessor, before up to three modifiers
            w = keys[j]
            if w in POSSESSIVES and w not in ("my", "our"):
                src, appo = possessive_antecedent(v, (j, j + 1), _ESTIMATE_OWNERS)  # "The bank raised its": the bank
                return make(v, "data", "owned-estimate", None, src, appo, [], source_type="data")
            if w.endswith("'s") and w[:-2] not in CONTRACTED:
                if _time_owner(v, w[:-2]):
                    break  # "slightly below September's forecasts", "last year's estimate": no one's
                start = walk_np_back(v, j)
                while start is not None and start < j and (keys[start] in _NO_OWNER_WORDS
                                                           or keys[start].endswith("ly")):
                    start += 1  # "slightly below the IMF's forecasts": the owner is "the IMF's"
                if start is not None and start <= j and names_someone(v, start, j + 1):
                    return make(v, "data", "owned-estimate", None, (start, j + 1), None, [])
                break
            if not w.isalnum() and "-" not in w or w in BOUNDARY or w in DETERMINERS or w in PREPOSITIONS:
                break
    return None


HEADLINE_QUOTE_MIN_WORDS = 2  # words of a quotation in a headline that are its subject's words


def spoken(v: SentenceView, q) -> bool:
    """A quotation that reads as words said, not a title or a name ('Harbor Lights', 'Perfect
    Ten'): it holds a pronoun or a function word ('Save Our School') or ends a sentence
    inside its marks ('A ‘Disgusting Fraud.’')."""
    inner = v.text[q.start + 1:q.end - 1].strip()
    words = {w.lower().strip(".,!?'’") for w in inner.split()}
    return inner[-1:] in ".!?" or not words.isdisjoint(SPOKEN_WORDS)


# words that show a quotation is speech: pronouns, possessives, auxiliaries, negation
SPOKEN_WORDS = PERSONAL | POSSESSIVES | AUXILIARIES | frozenset({"not", "no", "never", "our", "us", "me", "you"})
HEADLINE_SUBJECT_MAX = 3  # words of a headline's subject before its verb ("Frustrated Island Parents")


def headline_subject(v: SentenceView, subj: tuple[int, int]) -> tuple[int, int]:
    """A title-case subject cut before its verb, which capitals do not mark: the longest of
    its first words that ends in a source word or a plural ("Dock Workers" of "Dock Workers
    Rip Harbor Board As A"), else its first word."""
    a, b = subj
    for end in range(min(b, a + HEADLINE_SUBJECT_MAX), a, -1):
        last = v.keys[end - 1]
        if last in v.rules.source_words or (last.endswith("s") and not last.endswith(("ss", "'s"))):
            return a, end
    return a, a + 1


def headline_quote(v: SentenceView) -> Attribution | None:
    """A title-case headline whose subject acts on a quotation ("Lawmakers Rip the Mayor As A
    ‘Disgusting Fraud’", "Parents Rally To ‘Reclaim Our Schools’"): headlines quote the
    subject's own words even in a short quotation, which the body would read as the
    writer's scare quote. The subject must name someone and stand before the quotation."""
    if not title_case(v):
        return None  # (asked first: cached, and most sentences are not headlines)
    quotes = [q for q in (*v.speech, *v.fragments) if q.n_words >= HEADLINE_QUOTE_MIN_WORDS and spoken(v, q)]
    if not quotes:
        return None
    subj, appo = sentence_subject(v)
    if subj is None or v.offsets(*subj)[1] > quotes[0].start or not names_someone(v, *subj):
        return None
    subj, appo = headline_subject(v, subj), None
    spans = [(max(q.start, v.sent.start), min(q.end, v.sent.end)) for q in quotes]
    return make(v, "direct", "headline-quote", None, subj, appo, spans)


# verbs after a proposal noun that give its content ("the union's proposal calls for")
_PROPOSAL_VERBS = frozenset({"calls", "called", "includes", "included", "seeks", "sought", "aims", "proposes",
                             "envisions", "promises", "requires", "says", "said"})


@triggered_by("intention_nouns")
def owned_proposal(v: SentenceView) -> Attribution | None:
    """A plan or proposal with a named owner, then a verb or auxiliary that gives its content
    ("Mrs. Ruiz's plan would also cap fees", "the union's proposal calls for a strike
    fund"): what it holds is the owner's (`indirect`, the owner as source); not "my plan",
    an ownerless "the plan", nor "Mrs. Berg's plans for the weekend"."""
    keys = v.keys
    for i in range(1, v.n):
        if keys[i] not in v.rules.intention_nouns or v.in_quote[i] or i + 1 >= v.n or \
                not (keys[i + 1] in AUXILIARIES or keys[i + 1] in _PROPOSAL_VERBS):
            continue  # "Mrs. Berg's plans for the weekend": no content follows
        j = i - 1
        if keys[j] in POSSESSIVES and keys[j] not in ("my", "our", "your", "its"):
            continue  # "her plan": a pronoun owner is left to the cues
        if not keys[j].endswith("'s") or keys[j][:-2] in CONTRACTED:
            continue
        start = walk_np_back(v, j)
        if start is not None and start <= j and names_someone(v, start, j + 1):
            return make(v, "indirect", "owned-proposal", None, (start, j + 1), None, content_after(v, i + 1))
    return None


POLL_NOUNS = frozenset({"polls", "surveys"})  # closed: not "figures" ("one of the leading figures")
POLL_PHRASE_MODIFIERS = 4  # words between "in"/"of" and a poll noun ("in online and snap polls")


@triggered_by(POLL_NOUNS)
def poll_phrase(v: SentenceView) -> Attribution | None:
    """A standing told by polls inside the sentence ("she leads in national polls", "was at
    the top of battleground polls"): the polls are the source (`data`). Only "polls" and
    "surveys", after "in" or "of" and one to four modifiers (not "works in polls")."""
    keys = v.keys
    for i in range(2, v.n):
        k = keys[i]
        if k not in POLL_NOUNS or v.in_quote[i] or keys[i - 1] == "the":
            continue  # "turnout in the polls": the polling places
        for j in range(i - 1, max(0, i - POLL_PHRASE_MODIFIERS - 1) - 1, -1):
            if keys[j] in ("in", "of") and j < i - 1:  # a modifier between: not "works in polls"
                return make(v, "data", "poll-phrase", None, (j + 1, i + 1), None, content_before(v, j),
                            source_type="data")
            if not (keys[j].isalpha() or "-" in keys[j]) or keys[j] in PREPOSITIONS or keys[j] in POLL_NOUNS \
                    or keys[j] in BOUNDARY and keys[j] != "and":
                break  # "in line at the polls": another preposition between
    return None
