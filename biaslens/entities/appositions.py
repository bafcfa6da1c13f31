"""Appositions: a name beside a description of a person is a person, and the description is a role.

    "The group's spokesman, Marta Siqueira, said ..."      Marta Siqueira: official (spokesman)
    "Marta Siqueira, head of the association, said ..."    Marta Siqueira: person, role "head of the association"

A capitalised run with no other evidence (no title, listed given name or organisation word) is no
entity by itself; a description headed by a title (titles.csv) or a person role (person_roles.txt)
set off by commas beside it says it is a person. And a name after "<role>s at/for/from"
("economists at Itau Unibanco", "a spokesman for Brightwater") is the organisation they work for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..attribute.grammar import PREPOSITIONS
from ..types import Sentence
from .bodies import body_role, demonym_name, said_after
from .lexicon import EntityRules
from .locatives import LOCATIVES, after_locative
from .mentions import Candidate
from .sourcenames import _head_noun
from .titlewords import _title_key, listed_title_key

_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "another", "one"})
_MAX_WORDS = 10  # "the head of the national coffee growers' association"
# a conjunction that opens the clause is no part of the description ("But the head of the union, X, said")
_OPENERS = frozenset({"but", "and", "yet", "so", "or"})
# a relative word that opens the stretch makes it a clause about the name, not a description of it
_RELATIVES = frozenset({"who", "whom", "whose", "which", "where", "when", "that", "while"})
_COORDINATORS = frozenset({"and", "or"})
_ORG_PLURAL_MIN = 4  # "economists", not "is"


def apposed(names: list[Candidate], sent: Sentence, rules: EntityRules) -> list[Candidate]:
    """The sentence's candidates, each untyped (or plain person) name that stands in apposition to
    a person's description given that type and the description as a role; each untyped name after
    "<role>s at" typed an organisation. Called only for a sentence with a word of a person's role
    (`rules.role_heads`); a name is looked at when a comma ends it or stands before it, or "at" does."""
    text, base = sent.text, sent.start
    found = None
    for k, c in enumerate(names):
        kind = c.type
        if kind is not None and kind != "person":
            continue
        e, s = c.end - base, c.np_start - base
        if text[e:e + 1] == " " and text[e + 1:e + 2].islower() and demonym_name(c.keys, rules.demonyms):
            continue  # "The carrier, Irish airline Ryanair": the demonym describes the noun after it
        # (what stands around the name, read from slices: `startswith` with an offset parses its arguments as a
        # tuple, a few times dearer; near the sentence's start an offset may be negative: left to `startswith`)
        role = None
        if text[e:e + 1] == "," and _place_of_name(names, k, text, base, s):
            role = _after(c, text, base, e, rules)  # "Rep. Steny Hoyer of Maryland, the Democratic whip,": the
            if role is not None:  # description is the person's, not the place's
                found = found or list(names)
                found[k - 1] = _typed(found[k - 1], *role)
            continue
        if text[e:e + 1] == ",":
            role = _after(c, text, base, e, rules)
        if role is None and (text[s - 2:s - 1] == "," if s > 1 else text.startswith(",", s - 2)) and _eligible(c) \
                and not _says_aside(text, e, rules):
            role = _before(_clause_before(text, s), rules, len(c.keys))
        if role is None and kind is None and (text[s - 3:s] == "at " or text[s - 7:s] == "at the " if s > 6 else
                                              text.startswith("at ", s - 3) or text.startswith("at the ", s - 7)):
            role = _works_at(text, s, rules)
        np_start = c.np_start
        if role is None and text[s - 2:s - 1].islower():
            role = _role_before(text, s, rules) if len(c.keys) > 1 else _relative_before(text, s, rules)
            if role is not None:
                np_start = base + text.rfind(role[1], 0, s)  # the role word heads the noun phrase
        if role is not None:
            if found is None:
                found = list(names)
            found[k] = _typed(c, *role)._replace(np_start=np_start)
    return names if found is None else found


def _place_of_name(names: list[Candidate], k: int, text: str, base: int, s: int) -> bool:
    """Whether candidate k is where the name right before it is from ("Rep. Steny Hoyer of Maryland, the
    Democratic whip,"): the description after its comma is that person's, not the place's."""
    return k > 0 and text[s - 4:s] in (" of ", "rom ") and names[k - 1].end - base >= s - 9 \
        and text[names[k - 1].end - base:s].strip() in ("of", "from")


def _after(c: Candidate, text: str, base: int, comma: int, rules: EntityRules):
    """The description after a name's comma, up to the next comma or the sentence's end, when the
    name may be a person's and no locative word stands before it."""
    if after_locative(text, c.np_start - base):
        return None
    cut = text.find(",", comma + 1)
    if cut > 0 and _next_in_list(text, c.np_start - base, cut):
        return None
    found = _described(text[comma + 1:cut if cut > 0 else len(text)], rules, True, len(c.keys))
    if found is not None and not _eligible(c) and not said_after(text, cut, rules):
        return None  # a lone first word ("However, the ...") unless the description is the sentence's speaker
    return found


def _next_in_list(text: str, s: int, cut: int) -> bool:
    """A name set off by commas on both sides whose description after it is followed by a comma
    and another name: a list of pairs ("a son, Daniel, a daughter, Ruth, and ..."), where each
    description goes with the name after it, not the one before."""
    if not (s > 1 and text[s - 2:s - 1] == "," and text[cut + 1:cut + 2] == " " and text[cut + 2:cut + 3].isupper()
            and _LISTED_NAME.match(text, cut + 2) is not None):
        return False
    tail = text[:cut].split()[-2:]  # not "a student in Bellingham, Wash.": a place and its state
    return not (len(tail) == 2 and tail[1][:1].isupper() and tail[0].lower() in LOCATIVES)


# a name that is itself a member of a list: capitalised words, then a comma, "and" or the
# sentence's end ("Ruth, and", "and his father, Rafael.")
_LISTED_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*(?:,| and |\.?$)")


def _says_aside(text: str, e: int, rules: EntityRules) -> bool:
    """Whether the name is the speaker of a parenthetical "X said," (a speech verb right after it, then a
    comma or the sentence's end): "The museum, Mr. Bush said, will ...": the noun before the comma is the
    sentence's subject, not a description of the name ("The negotiator, Ana Lund said the offer ..." is one)."""
    words = text[e:e + 30].split(None, 2)
    if not words or words[0].strip(",.").lower() not in rules.speech_verbs:
        return False
    return words[0].endswith((",", ".")) or len(words) == 1


def _before(stretch: str, rules: EntityRules, name_words: int):
    """The description before a name's comma, unless it ends in a place after a locative word
    ("a business owner in Clifton, N.J.": the name goes on the place, it describes no one)."""
    tail = stretch.split()[-2:]
    if len(tail) == 2 and tail[1][:1].isupper() and tail[0].lower() in LOCATIVES:
        return None
    if name_words == 1 and _workplace_goes_on(stretch):
        return None  # "a professor at the University of California, Berkeley,": the campus, no one described
    stretch = _CONTACT_CLAUSE.sub("", stretch)
    held = _HELD_FOR.search(stretch)
    if held is not None:  # "A spokesperson for the mayor, Michael Ludwig": the name is the mayor's
        title = rules.titles.get(_head_noun(held.group(1).split()[1:]))
        if title is not None and not title.body:
            return _described(held.group(1), rules, False, name_words)
    return _described(stretch, rules, False, name_words)


def _workplace_goes_on(stretch: str) -> bool:
    """Whether an indefinite description ends in a capitalised place after "at" or "in" ("a labor professor at the
    University of California"): a one-word name after its comma goes on with that place ("Berkeley"), it names
    no one."""
    words = stretch.split()
    if len(words) < 3 or words[0] not in ("a", "an") or not words[-1][:1].isupper():
        return False  # (an indefinite one describes someone named before it: "Harley Shaiken, a labor professor")
    return any(w in ("at", "in") for w in words[:-1])


# a relative clause without "that" of a pronoun, its verb and a stranded preposition that ends a description
# ("The aid group they worked for, Médecins du Désert, said": the description is "the aid group")
_CONTACT_CLAUSE = re.compile(r"\s+(?:he|she|they|we|I)\s+[a-z]+(?:\s+(?:for|with|to|at|in))?\s*$")


# a person's role held for another person's ("a spokesperson for the mayor", "an aide to the governor"): the
# phrase of the second role, which a name right after it names (`_before`)
_HELD_FOR = re.compile(r"\b(?:for|to)\s+(the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*$")


def _eligible(c: Candidate) -> bool:
    """An untyped name or a plain person, not a lone capitalised first word ("However")."""
    return (c.type is None or c.type == "person") and not (c.initial and len(c.keys) == 1)


def _typed(c: Candidate, kind: str, role: str, classes: frozenset[str], gender: str | None) -> Candidate:
    if kind == "institution" and not role:  # "economists at X"
        return c._replace(type=kind, strong=True)
    new_type = kind if c.type is None or kind == "official" else c.type
    roles = c.roles if not role or role in c.roles else c.roles + (role,)
    return c._replace(type=new_type, roles=roles, role_classes=c.role_classes | classes,
                      gender=c.gender or gender, strong=True)


_NAME_ENDS = (" name", " names")  # a relative clause that gives part of a name ("who gave only her first name")


def _clause_before(text: str, s: int) -> str:
    """The words between the clause's start (a comma, semicolon, colon, dash, a quotation's closing
    mark or the sentence's start) and the comma right before the name."""
    head = text[:s].rstrip()[:-1]
    cut = max(head.rfind(","), head.rfind(";"), head.rfind(":"), head.rfind("("), head.rfind("—"),
              head.rfind('"'), head.rfind("”"))
    clause = head[cut + 1:]
    if cut > 0 and head[cut] == "," and clause.endswith(_NAME_ENDS) and clause.lstrip().startswith("who "):
        return _clause_before(text, cut + 1)  # "One mother, who gave only her first name, Jessica": the mother
    return clause


def _described(stretch: str, rules: EntityRules, after: bool, name_words: int = 0):
    """(type, role, role classes, gender) when `stretch` is a short description of a person ("the
    group's spokesman", "head of the association", "a teacher") or, opening with its article or a
    possessive, of an organisation ("the growers' association"; `bodies.body_role` for a name of
    `name_words` words), else None."""
    words = stretch.strip().rstrip(".").split()
    if words and words[0].lower() in _OPENERS:
        words = words[1:]
    if not words or len(words) > _MAX_WORDS or rules.role_heads.isdisjoint(map(str.lower, words)) and (
            "-" not in stretch or rules.role_heads.isdisjoint([_title_key(w.lower()) for w in words if "-" in w])):
        return None  # (no role word at all, "commissioner-general" as "commissioner": the common case in C)
    head = listed_title_key(_head_noun(words), rules.titles)
    if not after:
        words = _own_phrase(words, head)  # (after the name the description starts at its comma)
    first = words[0]
    low = first.lower()
    if low in _RELATIVES:
        return None  # "Moore & Van Allen, where the client directed questions to a male colleague": a clause
    if after and low in rules.speech_verbs:
        return None  # "Hanna de Vries, said the company had ...": the sentence goes on, no description
    if not (low in _DETERMINERS or first.islower() or _possessive_opening(words)):
        return None  # "Paris, Lyon": a list of names ("Brazil's finance minister": a description)
    found = role_of(_compound_title(words, head, rules), rules)
    if found is None and (low in _DETERMINERS or first.endswith(("'s", "’s"))):
        found = body_role(head, rules, name_words)
    if found is None or _titles_a_name(words, head):
        return None
    lead = next((k for k, w in enumerate(words[:3]) if w.lower() in _DETERMINERS), 0)
    if lead and head not in map(str.lower, words[:lead]):
        words = words[lead:]  # "now a consultant on ports": the description from its article
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    kind = found[0]
    if kind == "person" and any(rules.org_words.get(w.lower().strip(".,")) == "official" for w in words):
        # "head of the port authority": the head of a public body holds an office, and is a person still
        # (the role noun is its class: a name typed "official" with no class, title or gender is an office's)
        return "official", " ".join(words), found[1] | {head}, found[2]
    return (kind, " ".join(words), *found[1:])


def _own_phrase(words: list[str], head: str) -> list[str]:
    """The description from the last article, possessive pronoun or capitalised possessive before its
    head noun, when a word other than a preposition or a coordinator stands before that one ("The club
    said its manager, X": "its manager"; "Officials said the mayor, X": "the mayor"; "said ClearSky's
    director, X"); else the words as given ("the head of the union", "lawyer and the husband of ...")."""
    low = [w.lower().strip(".,'’") for w in words]
    if head not in low:
        return words
    for k in range(low.index(head) - 1, 0, -1):
        if low[k] not in _DETERMINERS:
            if not _possessive_name(words[k]):
                continue
            k = _name_start(words, low, k)  # "said Mr. Emanuel's deputy, X": "Mr. Emanuel's deputy"
            if k == 0:
                return words
            if low[k - 1] in _DETERMINERS:
                continue  # "accused the North's leader, X": from the article before it
        if low[k - 1] in _COORDINATORS and k >= 2 and low[k - 2].endswith("s") and not low[k - 2].endswith("ss"):
            return words[k:]  # "two granddaughters and a sister, Ruth Palmer": others listed before her
        return words if low[k - 1] in PREPOSITIONS or low[k - 1] in _COORDINATORS else words[k:]
    return words


def _possessive_name(word: str) -> bool:
    """A capitalised possessive, which opens a noun phrase as an article does ("said Brazil's finance
    minister, X": "Brazil's finance minister")."""
    return word[:1].isupper() and word.endswith(("'s", "’s", "s'", "s’"))  # ("Rovers' chief executive")


def _possessive_opening(words: list[str]) -> bool:
    """Whether the words open with a capitalised name in the possessive ("Brazil's", "Trump Jr.'s")."""
    for w in words:
        if not w[:1].isupper():
            return False
        if _possessive_name(w):
            return True
    return False


def _name_start(words: list[str], low: list[str], k: int) -> int:
    """Where the capitalised name that ends in the possessive `words[k]` starts."""
    while k > 0 and words[k - 1][:1].isupper() and low[k - 1] not in _DETERMINERS:
        k -= 1
    return k


def _compound_title(words: list[str], head: str, rules: EntityRules) -> str:
    """The compound title a description's head noun ends ("chief financial officer": "financial
    officer", whose own row gives the type), when titles.csv lists it; else the head noun."""
    low = [w.lower().strip(".,'’") for w in words]
    k = len(low) - 1 - low[::-1].index(head) if head in low else 0
    pair = f"{low[k - 1]} {head}" if k else head
    return pair if pair in rules.titles else head


def _titles_a_name(words: list[str], head: str) -> bool:
    """Whether the head noun is a title before a name ("suggested Representative Ted Deutch"): the
    stretch names someone else, it describes no one."""
    for k, w in enumerate(words[:-1]):
        if w.lower().strip(".,'’") == head:
            return words[k + 1][:1].isupper()
    return False


def role_of(head: str, rules: EntityRules) -> tuple[str, frozenset[str], str | None] | None:
    """(type, role classes, gender) of a description's head noun that names a person, else None."""
    title = rules.titles.get(head)
    if title is not None:
        return None if title.body else (title.type, frozenset(title.roles), title.gender)
    if head in rules.person_roles:
        return "person", frozenset(), rules.gendered.get(head)
    gender = rules.gendered.get(head)
    return ("person", frozenset(), gender) if gender else None


def is_description(gap: str, rules: EntityRules) -> bool:
    """Whether the words before a name's comma describe a person ("The head of the association,")."""
    return _described(gap.rstrip().rstrip(","), rules, False) is not None


def _role_before(text: str, s: int, rules: EntityRules):
    """("person", role, ...) for a name of two words or more right after a person role in lower
    case ("economist Judit Szabo", "led by activist Tamsin Orrell"), else None."""
    before = text[max(0, s - 30):s].split()
    if not before or not before[-1].isalpha():
        return None
    word = before[-1]
    if word not in rules.person_roles or word in rules.kinship:
        return None  # ("his daughter Ivanka Trump": relatives share a surname)
    return ("person", word, frozenset(), rules.gendered.get(word))


def _relative_before(text: str, s: int, rules: EntityRules):
    """("person", kinship noun, ...) for a one-word name right after a family noun in lower case ("his younger
    brother Paolo", "her son Luca"): a first name, a person of the noun's gender; else None."""
    before = text[max(0, s - 20):s].split()
    if not before or before[-1] not in rules.kinship:
        return None
    return ("person", before[-1], frozenset(), rules.gendered.get(before[-1]))


def _works_at(text: str, s: int, rules: EntityRules):
    """("institution", ...) for a name right after "<person role> at (the)" ("economists at Itau
    Unibanco", "a professor at Harvard") or after "worked at", else None. ("for" and "from" are left
    alone: "a lawyer for Ada Morel", "a farmer from Goias".)"""
    before = text[max(0, s - 40):s].split()
    if before and before[-1].lower() == "the":
        before.pop()
    if len(before) < 2 or before[-1].lower() != "at":
        return None
    noun = before[-2].lower()
    if noun in rules.work_verbs:
        return ("institution", "", frozenset(), None)  # "who has worked at Boeing": no one works at a person
    if len(noun) > _ORG_PLURAL_MIN and noun.endswith("s") and role_of(noun[:-1], rules) is not None:
        noun = noun[:-1]
    return ("institution", "", frozenset(), None) if role_of(noun, rules) is not None else None



__all__: Sequence[str] = ("apposed", "role_of", "is_description")
