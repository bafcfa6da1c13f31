"""Finding cues in one sentence and validating each: `valid_cue` runs an ordered table of
small named checks, one per cue tag; `CUE_TAGS`, the tags cues.csv may use, is read off it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clauses import bare_clause, find_passive, next_to_content, relative_antecedent, relative_clause, relative_speaker
from .grammar import (
    AUXILIARIES,
    BOUNDARY,
    CLAUSE_DETERMINERS,
    CONTRACTED,
    CRITICISM_NOUNS,
    DETERMINERS,
    NOUN_SUBJECT_VERBS,
    NP_MODIFIERS,
    OBJECT_TAGS,
    PARENTHETICAL,
    PERSONAL,
    POSSESSIVES,
    PREPOSITIONAL_FORMS,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVE_HEAD_NOUNS,
    TIME_WORDS,
)
from .objects import as_complement, label_complement, object_sense, speech_noun_after, speech_noun_at, to_after_object
from .phrases import apposition_subject, data_subject, names_someone, np_after
from .records import Cue
from .subjects import human_subject, inverted_ok, linking_verb, named_apposition_before, subject_like, thing_subject
from .view import colon_then_speech, skip_aux_back, that_clause, title_case

if TYPE_CHECKING:
    from ..lexicons import Entry
    from .view import SentenceView


def find_cues(v: SentenceView) -> list[Cue]:
    found = []
    blocked_until = -1
    matches = v.rules.cues.find(v.keys)
    if not CRITICISM_NOUNS.isdisjoint(v.keys):
        matches = sorted(matches + modified_vague_phrases(v, matches), key=lambda m: m[0])
    for a, b, e in matches:
        if a <= blocked_until or (v.quotes and any(v.in_quote[a:b])):
            continue
        if relative_clause(v, a):
            blocked_until = a + 3  # "the deal he said he wanted": the whole clause
            continue
        nominal, bare = is_nominal(v, a, b, e), is_bare_nominal(v, a, b, e)
        if nominal or bare or valid_cue(v, a, b, e):
            found.append(Cue(a, b, e, nominal, bare))
    return found


def modified_vague_phrases(v: SentenceView, matches: list[tuple[int, int, Entry]]) -> list[tuple[int, int, Entry]]:
    """Vague phrases with one or two adjectives before their noun ("came under withering
    criticism", "has faced sharp questions"): the phrase without the adjectives is in the
    lexicon ("came under criticism", "faced questions")."""
    keys, out = v.keys, []
    taken = {i for a, b, e in matches if e.category == "vague" for i in range(a, b)}
    for i, k in enumerate(keys):
        if k not in CRITICISM_NOUNS or i in taken:
            continue
        for skip in (1, 2):
            lo = i - skip
            if lo < 1 or any(not keys[x].isalpha() or keys[x] in DETERMINERS or keys[x] in PREPOSITIONS
                             or keys[x] in BOUNDARY for x in range(lo, i)):
                break
            window = list(keys[max(0, lo - 2):lo]) + [k]
            hit = next(((a, e) for a, b, e in v.rules.cues.find(window)
                        if b == len(window) and e.category == "vague"), None)
            if hit is not None:
                out.append((max(0, lo - 2) + hit[0], i + 1, hit[1]))
                break
    return out


def is_nominal(v: SentenceView, a: int, b: int, e: Entry) -> bool:
    """A speech noun after a possessor and before its that-clause: "Vasko's claim that ...",
    "her warning that ..." (the possessor is the source)."""
    if e.category not in ("speech", "cognitive", "nominal") or a < 1 or "that" in e.tags \
            or not (that_clause(v, b) or colon_then_speech(v, b)):
        return False  # "she's confident that": an adjective after a contracted 'is'
    prev = v.keys[a - 1]
    return prev in POSSESSIVES or (prev.endswith(("'s", "s'")) and len(prev) > 2 and not v.in_quote[a - 1]
                                    and prev[:-2] not in CONTRACTED) or \
        (prev in v.rules.source_words and prev not in PRONOUNS and not v.in_quote[a - 1]
         and v.keys[a].endswith("s") and a - 1 == v.first_word())  # "Government warnings that ..."


def is_bare_nominal(v: SentenceView, a: int, b: int, e: Entry) -> bool:
    """A speech noun without a possessor before its that-clause: "despite repeated warnings
    that the dam could fail" (someone unnamed warned): the clause opens with a subject."""
    if not that_clause(v, b) or b + 1 >= v.n:
        return False
    prev = v.keys[a - 1] if a > v.first_word() else "the"  # "Reports that the ferry sank ..."
    if not (e.category == "nominal" or e.category == "speech" and "noun" in e.tags and "content" not in e.tags
            and (prev in DETERMINERS or prev in NP_MODIFIERS)):  # "the claim that", not "he claimed that"
        return False
    if prev.endswith("'s") or prev in POSSESSIVES or v.keys[a] in RELATIVE_HEAD_NOUNS:
        return False  # "Lund's claim that": `nominal`; "the statement that the mayor read": a relative
    k = v.keys[b + 1]
    return (k in PERSONAL or k == "it" or k in CLAUSE_DETERMINERS or v.cap(b + 1)) and \
        bare_clause(v, b + 1)


def valid_cue(v: SentenceView, a: int, b: int, e: Entry) -> bool:
    """Whether the match a..b is a cue here (`cues` has already tried `nominal` and
    `bare_nominal`, either of which makes it one)."""
    keys = v.keys
    cat = e.category
    if cat == "nominal":
        return False
    if cat == "vague" and e.tokens[0] == "it" and b < v.n:
        nxt = keys[b]  # "it was reported that ...", not "it was reported missing"
        return nxt in ("that", ",", ":") or nxt in PREPOSITIONS or nxt in TIME_WORDS or v.cap(b)
    if cat in ("according_to", "frame", "vague"):
        return True
    if keys[a] in PREPOSITIONAL_FORMS and (a == 0 or keys[a - 1] not in AUXILIARIES):
        return False  # "questions regarding the budget": a preposition, not a verb of regard
    first = v.first_word()
    if a != first and v.cap(a) and not v.words[a].isupper() and not title_case(v):
        return False  # "United States", "the Post": a name, not a cue
    prev = keys[a - 1] if a > 0 else ""
    # "a letter from her lawyer that says ...": a relative pronoun, not a determiner; the
    # cue's own checks below still apply ("the company that made the vaccine": no speech noun)
    relative = prev == "that" and a >= 2 and relative_antecedent(v, a - 1) is not None
    possessive = prev.endswith("'s") and prev[:-2] not in CONTRACTED  # not "she's said", "he's sure"
    hyphen = prev == "-" and not (a >= 2 and keys[a - 2] == "-")  # not a dash typed as '--'
    if not relative and (prev in DETERMINERS or possessive or prev == "so-called" or hyphen):
        return False  # "the said agreement", "Vasko's claim"
    if prev == "to" and a >= 2 and keys[a - 2] in ("declined", "refused", "decline", "refuse", "refuses",
                                                    "failed", "unable", "hard", "difficult", "easy", "time",
                                                    "need", "needs", "have", "has", "had"):
        return False
    word = keys[b - 1] if e.match == "inflect" else keys[a]
    base = e.tokens[-1] if e.match == "inflect" else e.tokens[0]
    inflected = word != base or base.endswith(("ed", "id", "ld", "ote", "ew", "elt", "ought", "wn", "orn",
                                               "ore", "nd"))
    if "content" in e.tags and not next_to_content(v, a, b):
        return False
    nxt = keys[b] if b < v.n else ""
    if base in ("call", "appeal") and (nxt in ("in", "off", "up", "back") or
                                        base == "appeal" and (nxt in DETERMINERS or nxt == "it")):
        return False  # "called off the strike", "called in to a show", "appealed the ruling"
    if base in ("call", "appeal") and inflected and (base == "appeal" or nxt in ("to", "away", "before")) \
            and find_passive(v, a, b) is not None:
        return False  # "the ruling was appealed", "the officer was called to the scene": not speech
    if "that" in e.tags:  # "dockworkers were frustrated that ...", not "make sure that", "it is certain that"
        return (that_clause(v, b) or bare_clause(v, b) or (b < v.n and v.keys[b] == ":")) \
            and linking_verb(v, a) is not None  # "the mayor was adamant: no new taxes"
    if "light" in e.tags:
        if inflected and speech_noun_at(v, skip_aux_back(v, a - 1)) and \
                (pas := find_passive(v, a, b)) is not None and pas[1] is not None:
            return True  # "the statement was issued by the Harbor Authority": the noun is the subject
        stance = base in ("express", "voice")  # "expressed doubts", "voiced hope": a stance noun will do
        if nxt in ("the", "this", "these", "those") and not any(
                k in ("that", ":") for k in keys[b:b + 6]) and not any(v.in_quote[b:]):
            return False  # "made the comments at a dinner", "gave this speech in May": the words are given
            # elsewhere; the sentence tells only when or where (but "made the point that")
        return speech_noun_after(v, b, stance) and (relative or subject_like(v, a)
                                                      or named_apposition_before(v, a))
    if cat == "data":
        if word == base and a >= 2 and keys[a - 2] in ("a", "an") and prev[0].isalpha():
            return False  # "a weekly show that aired": after "a", a singular subject would take "shows"
        rel = a - 2 if prev == "which" and a >= 3 and keys[a - 2] == "," else a - 1
        # a document or data word before "which"/"that"; not "the letter, which shows a postmark"
        if prev in ("which", "that") and rel >= 1 and (
                keys[rel - 1] in v.rules.documents and not keys[a].startswith("show")
                or (d := v.rules.sources.single(keys[rel - 1])) is not None and d.category == "data"):
            return True  # "The report, which found widespread fraud, ...": the antecedent is the source
        return data_subject(v, a) or that_clause(v, b) or \
            (bare_clause(v, b) and subject_like(v, a))  # "a panel found the city was in breach"
    if "complement" in e.tags and not (that_clause(v, b) or as_complement(v, b)
                                       or label_complement(v, b)):
        return False  # "the panel judged the pier a risk", not "she judged the baking contest"
    if "to" in e.tags and not to_after_object(v, b):
        return False  # "he linked the outage to the hack", not "linked arms"
    if "as" in e.tags and not as_complement(v, b):
        return False  # "critics see the levy as a tax", not "she saw the parade"
    if not OBJECT_TAGS.isdisjoint(e.tags) and object_sense(v, a, b, e.tags):
        return False  # "ruled the region", "attacked the bridge", "opposed Arsenal in the final"
    if "human" in e.tags and not human_subject(v, a, b) and not (
            inflected and "passive" in e.tags and (pas := find_passive(v, a, b)) is not None and pas[1] is not None
            and pas[0] > b):
        return False  # but "has been called a coward by rival councillors": the agent speaks (not "the
        # meeting was called by the union", with nothing said between)
    if "agent" in e.tags and thing_subject(v, a):
        return False  # "the recipe calls for two eggs", "the plan called for 500 homes"
    if "noun" in e.tags:
        if word.endswith("s") and (nxt in AUXILIARIES or nxt == "of" or nxt in NOUN_SUBJECT_VERBS) or \
                word.endswith("ing") and nxt in ("of", "by"):
            return False  # "safety worries have ...", "claims of fraud", "a ruling by the court", "the
            # city plans include a park"
        if prev in NP_MODIFIERS or (prev[:1].isdigit() and word.endswith("s")):
            return False  # "his latest remarks", "the 9/11 attacks"
        if inflected and (pas := find_passive(v, a, b)) is not None and pas[1] is not None:
            return True  # "had first been reported by The Coast Ledger"
        if inflected and prev in ("who", "which", "that") and a >= 2 \
                and relative_antecedent(v, a - 1) is not None:
            return True  # "the Coast Guard which reported"
        if a == first:
            return False
        if cat == "cognitive" and relative_speaker(v, a):
            return True  # "growers who fear the canal will ...": after "who" a verb
        if keys[a].endswith("ing") and prev == ",":
            return True  # "..., promising to ...": a participle is a verb
        if keys[a].endswith("ing") and prev[0].isalpha() and prev not in AUXILIARIES and prev not in BOUNDARY \
                and prev not in PREPOSITIONS and prev not in PRONOUNS and not prev.endswith(("ly", "s")):
            return False  # "the High Court ruling in the case": no auxiliary, so a noun (but a plural
            # before it may start a reduced relative: "taxpayers reporting gains")
        if inflected and prev == "," and word.endswith(("s", "ed")) and b < v.n and not v.cap(b):
            subj, appo = apposition_subject(v, a - 1)  # "The mayor's deputy, Ana Ruiz, plans to ..."
            if subj is not None and (appo is not None and any(
                    v.cap(x) or keys[x] in v.rules.source_words for x in range(*subj))
                    or keys[subj[1] + 1] in ("who", "which") and names_someone(v, *subj)):
                return True  # also after a relative clause: "The guild, which has 900 members, advocates"
        if inflected and prev in (",", "”", '"', "'", "''", "’"):
            after, _ = np_after(v, b)  # '"...," reported Reuters'
            return after is not None and inverted_ok(v, a, after)
        if inflected and prev in ("and", "but"):
            return True  # "... sighted the trawler and reported its position": a second verb
        if not inflected and prev == "," and a >= 3 and keys[a - 2] in PARENTHETICAL and keys[a - 3] == ",":
            subj, _ = apposition_subject(v, a - 1)  # "Some farmers, however, question the plan"
            return subj is not None and any(keys[x].endswith("s") or keys[x] in PERSONAL
                                            for x in range(*subj))
        if not inflected and prev not in PERSONAL and prev not in ("will", "would", "could", "may", "might",
                                                                     "should", "did", "does", "do", "n't",
                                                                     "not", "also") \
                and not (prev.endswith("s") and not prev.endswith(("'s", "ss")) and prev[0].isalpha()):
            return False
        return subject_like(v, a)
    if cat == "cognitive":
        return subject_like(v, a) or that_clause(v, b) or relative_speaker(v, a) or \
            named_apposition_before(v, a)
    return True
