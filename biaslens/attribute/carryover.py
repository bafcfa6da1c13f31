"""Carry-over: a pronoun or "the official" as source resolves to the nearest earlier named
source whose gender fits.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .grammar import POSSESSIVE_OF, PRONOUNS
from .records import replace
from .rules import gender_words

if TYPE_CHECKING:
    from ..types import Attribution, Segmented
    from .rules import AttributionRules

_PRONOUN_GENDER = {"he": "m", "she": "f"}
_NAME_WORD = re.compile(r"[\w'’.-]+")

CARRY_PARAGRAPHS = 3  # paragraphs a named source stays a candidate for a pronoun
CARRY_SOURCES = 8  # named sources kept as candidates
_UNKNOWN = ""  # a candidate's gender not yet asked (`source_gender` gives "f", "m" or None)


def source_gender(source: str, given_names: dict[str, str], words_of_gender: dict[str, str] | None = None) \
        -> str | None:
    """"f", "m" or None (unknown) for a source as written: an honorific or gendered noun
    ("Ms. Ortiz", "the spokeswoman"; `AttributionRules.gender_words`, read from
    gendered_words.txt when not given) decides, else the first listed given name that is
    not a possessor ("Mayor Anna Berg's spokesman Tom Lund" is Tom's) nor the last of two
    or more capitalised words ("Amira Hassan": Hassan is her surname)."""
    if words_of_gender is None:
        words_of_gender = gender_words()
    words = _NAME_WORD.findall(source)
    low = [w.lower().replace("’", "'").rstrip(".") for w in words]
    for w in low:
        if w in words_of_gender:
            return words_of_gender[w]
    for i, w in enumerate(words):
        g = given_names.get(low[i])
        if not g or not w[0].isupper() or i + 1 < len(low) and low[i + 1].endswith("'s"):
            continue
        if i + 1 < len(low) and words[i + 1][0].isupper() or i == 0 or not words[i - 1][0].isupper():
            return g  # not the last of two or more name words: "Amira Hassan" is no Hassan's
    return None


def carry_over(seg: Segmented, result: list[Attribution], rules: AttributionRules) -> None:
    """Resolve 'he', 'she', 'they', 'the official' to the nearest earlier named source
    (within three paragraphs). 'He' and 'she' pass over a person whose gender is known to
    differ ("Ms. Ortiz", "Elena Sarkis" for 'he') to the nearest one that fits, but not
    over an outlet or a body; with none that fits, the pronoun is kept. 'I' and 'we' as a
    source come from the writer's own text (cues inside quotations do not count): the
    writer, kept as they are."""
    given_names, words_of_gender, role_nouns = rules.given_names, rules.gender_words, rules.role_nouns
    recent: list[tuple[Attribution, int, str | None]] = []  # named sources, latest last, with their genders
    genders: dict[str, str | None] = {}  # source_gender by source (`_gender_of`)
    surnames: dict[str, str] = {}  # the last word of a named source's name -> that source as written
    unnamed: tuple[Attribution, int] | None = None  # the latest source if anonymous, with its paragraph
    for i, att in enumerate(result):
        if not att.sourced or not att.source:
            continue
        words = att.source.lower().replace("’", "'").split()
        if len(words) == 1 and "'" in words[0] and words[0][:words[0].index("'")] in PRONOUNS:
            words = [words[0][:words[0].index("'")]]  # "she's sure that": the pronoun
        para = seg.sentences[i].paragraph
        while recent and para - recent[0][1] > CARRY_PARAGRAPHS:
            recent.pop(0)
        if len(words) == 1 and (words[0] in PRONOUNS or words[0] in POSSESSIVE_OF):
            pronoun = POSSESSIVE_OF.get(words[0], words[0])
            found = None
            if pronoun in _PRONOUN_GENDER:
                want = _PRONOUN_GENDER[pronoun]
                for k in range(len(recent) - 1, -1, -1):
                    cand, _, gender = recent[k]
                    if cand.source_type not in ("person", "official", None):
                        break  # an outlet or a body in between: not clear any more
                    if plural_source(cand) or plural_opener(cand, rules.source_words) \
                            or names_body(cand, rules.body_heads):
                        break  # "Local officials say ...": no "he" or "she", and past them not clear
                    if gender == _UNKNOWN:  # asked only now: most sources are never looked back to
                        gender = _gender_of(full_name(cand, surnames), genders, given_names, words_of_gender)
                        recent[k] = (cand, recent[k][1], gender)
                    if gender in (None, want):
                        found = cand
                        recent[k] = (cand, recent[k][1], want)  # "Alex Ward ... she said": Alex is a she
                        break
            elif pronoun == "they" and recent:  # "I", "we" outside quotes: the writer, not a source
                found = recent[-1][0]
            if found is not None and not _other_name_before_clause(seg, i, att, found) and not (
                    pronoun in _PRONOUN_GENDER and _named_between(seg, result, i, found, _PRONOUN_GENDER[pronoun],
                                                                  given_names)):
                result[i] = replace(att, source=found.source, source_name=found.source_name,
                                    source_type=found.source_type, resolved_from=att.source)
            continue
        if len(words) == 2 and words[0] == "the" and (found := _same_unnamed(unnamed, words[1], para)) is not None:
            result[i] = replace(att, source=found.source, source_name=found.source_name,
                                source_type=found.source_type, resolved_from=att.source)
            continue
        unnamed = (att, para) if att.source_type == "anonymous" else None
        last_named = recent[-1][0] if recent else None
        if len(words) == 2 and words[0] == "the" and words[1] in role_nouns and last_named is not None \
                and last_named.source_type == "official" and holds_role(last_named.source, words[1]):
            result[i] = replace(att, source=last_named.source, source_name=last_named.source_name,
                                source_type=last_named.source_type, resolved_from=att.source)
            continue
        if att.source_type not in ("anonymous",):
            recent.append((att, para, _UNKNOWN))
            if att.source_name and " " in att.source_name:
                surnames[att.source_name.rsplit(" ", 1)[1]] = att.source
            if len(recent) > CARRY_SOURCES:
                recent.pop(0)


def _other_name_before_clause(seg: Segmented, i: int, att: Attribution, found: Attribution) -> bool:
    """A pronoun that opens a clause after "who" or "that" with a capitalised word (past the first)
    before it in its own sentence, none of them the carried source's name ("Coach Rafael Ortiz was
    furious with the referee, who he said ..." after Okafor spoke): the pronoun is kept, for the
    entities stage to find the name in its own sentence."""
    sent = seg.sentences[i]
    before = sent.text[:max(0, att.source_span[0] - sent.start)]
    if not _CLAUSE_OPENER.search(before) or _LATER_CAPITAL.search(before) is None or _NAME_WHO.search(before):
        return False  # ("Harry Reid, who he said": Reid is whom the clause is about, not "he")
    name = (found.source_name or found.source).split()
    return not name or name[-1] not in before


def _named_between(seg: Segmented, result: list[Attribution], i: int, found: Attribution, want: str,
                   given_names: dict[str, str]) -> bool:
    """Whether a sentence with no source between the carried source's and the pronoun's names a person of
    the pronoun's gender by a listed given name ("One of the plaintiffs, retired bus driver Harold Pinsent,
    wept as the verdict was read. He told reporters ..."), before one that names the carried source again:
    the pronoun is kept, for the entities stage to find that person."""
    surname = (found.source_name or found.source).rsplit(None, 1)[-1]
    for j in range(i - 1, -1, -1):
        if result[j] is found:
            return False
        if result[j].sourced:
            continue
        words = _NAME_WORD.findall(seg.sentences[j].text)
        if surname in words:
            return False  # "Mr. Obama immersed himself in ...": the carried source is named nearer
        if any(given_names.get(words[k].lower()) == want and words[k + 1][:1].isupper() for k in range(len(words) - 1)):
            return True
    return False


_CLAUSE_OPENER = re.compile(r"\b(?:who|whom|that)\s+$", re.I)
_NAME_WHO = re.compile(r"[A-Z][\w.’'-]*,\s*(?:who|whom)\s+$")
_LATER_CAPITAL = re.compile(r"(?<=\s)[A-Z][a-z]")


def _same_unnamed(unnamed: tuple[Attribution, int] | None, role: str, para: int) -> Attribution | None:
    """The anonymous source right before that "the <role>" names again ("A senior official who spoke
    on condition of anonymity said ... According to the official, ..."): its own words hold the role."""
    if unnamed is None or para - unnamed[1] > CARRY_PARAGRAPHS:
        return None
    att = unnamed[0]
    return att if role in (att.source_name or att.source or "").lower().split() else None


def plural_source(att: Attribution) -> bool:
    """A source named by a plural noun ("Local officials", "the growers"), which no "he" or
    "she" stands for: its name's last word in lower case ends in -s (not -ss)."""
    last = (att.source_name or att.source or "").rsplit(None, 1)[-1]
    return last.islower() and last.endswith("s") and not last.endswith("ss")


def plural_opener(att: Attribution, source_words: frozenset[str]) -> bool:
    """A one-word plural source capitalised only because it opens its sentence ("Colleagues describe her
    as relentless.", "Lawyers said ..."): a listed source noun ending in -s (not -ss), which no "he" or
    "she" stands for, like `plural_source`'s; not a surname ("Jones said"), which no list holds."""
    word = att.source or ""
    return word[:1].isupper() and " " not in word and word.endswith("s") and not word.endswith("ss") \
        and word.lower() in source_words


def names_body(att: Attribution, heads: frozenset[str]) -> bool:
    """An official source whose last word names a body ("The Interior Ministry", "the White House",
    "Buckingham Palace"; `AttributionRules.body_heads`), which no "he" or "she" stands for."""
    last = (att.source_name or att.source or "").rsplit(None, 1)[-1].lower()
    return att.source_type == "official" and last in heads


def full_name(att: Attribution, surnames: dict[str, str]) -> str:
    """The source as its gender is read: a lone surname as the full name it stood in before
    ("Hassan" after "Amira Hassan, a nurse": Amira's, not the given name Hassan's); else
    the source as written."""
    name = att.source_name or ""
    return surnames.get(name, att.source) if name and " " not in name else att.source


def _gender_of(source: str, genders: dict[str, str | None], given_names: dict[str, str],
               words_of_gender: dict[str, str]) -> str | None:
    """`source_gender`, kept in `genders` by source: a speaker is usually named again."""
    gender = genders.get(source, _UNKNOWN)
    if gender == _UNKNOWN:
        gender = genders[source] = source_gender(source, given_names, words_of_gender)
    return gender


# role nouns that any official may be called ("the official", "the spokesman"); another role
# noun ("the senator") stands only for a source that holds that office
GENERIC_ROLES = frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "source"})
ROLE_ABBREVIATION_MIN = 3  # letters of an abbreviated title ("Sen.", "Gov.") matched against the noun


def holds_role(source: str, role: str) -> bool:
    """Whether "the <role>" can stand for `source`: the role is generic, or the source is
    titled with it, spelt out or abbreviated ("the senator" for "Sen. Ana Ruiz", not for
    "Mayor Tom Hale")."""
    if role in GENERIC_ROLES:
        return True
    for w in _NAME_WORD.findall(source.lower()):
        w = w.rstrip(".")
        if w == role or (len(w) >= ROLE_ABBREVIATION_MIN and role.startswith(w)):
            return True
    return False
