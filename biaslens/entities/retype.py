"""Source types the speaker shows: an attribution's `source_type` from the entity its source resolved to.

Attribution types a source from its own words; the entities stage knows more. "Gov. Ana Lima said" is an
office holder's (official: her title), "Brixcode, the city's software contractor, said" an organisation's
(the description's head is a body noun), "It said" after "The Harbor Authority ..." the authority's, and
"he said" an official's when "he" is one. Only a type the words could not decide is replaced (a person or
an anonymous source, attribution's guesses for a name or description it does not know), and only where
the source as written is the pronoun or role noun, or holds the speaker's name ("Workers said" is a
group's: attribution reads a first word's capital as a name's): a record ("a video of his
remarks") or a quotation's later sentence keeps the type of what it is.
"""

from __future__ import annotations

import re

from ..tokens import NAME_PARTICLES
from .lexicon import PRONOUNS, EntityRules
from .namekeys import unaccented
from .records import COREF_NAME, COREF_PRONOUN, COREF_ROLE

_GUESSED = frozenset({"person", "anonymous"})  # what attribution gives a name or description it cannot type
_PEOPLE = frozenset({"person", "official"})
_BODIES = frozenset({"institution", "official", "media", "place"})
_FOUND = frozenset({COREF_NAME, COREF_PRONOUN, COREF_ROLE})
_ROLE_OPENERS = ("the ", "both ")  # a role noun as written: "the governor", "both leaders"
_WORD = re.compile(r"[\w'’-]+")
_PERSONAL = frozenset(p for p, g in PRONOUNS.items() if g in ("m", "f"))  # "he", "her": a person's


def source_type(att, how: str, name: str, entity_type: str, rules: EntityRules) -> str | None:
    """The attribution's source type once its speaker (the entity `name`, of `entity_type`) is known."""
    stype = att.source_type
    if how == COREF_ROLE and stype == "official" and entity_type == "media":
        return entity_type  # "the agency said" after "the Xinhua news agency": an outlet, not a public body
    if stype not in _GUESSED or entity_type == stype or entity_type in ("anonymous", "data"):
        return stype
    written = (att.source or "").lower().replace("’", "'")  # as the record shows it (carried over or not)
    word = written.partition("'")[0]
    if how == COREF_PRONOUN and (word in PRONOUNS or word == "it") or \
            how == COREF_ROLE and word.startswith(_ROLE_OPENERS):
        return stype if word in _PERSONAL and entity_type not in _PEOPLE else entity_type
    if how not in _FOUND or not _holds_name(written, name):
        return stype  # a record, or a quotation's later sentence carried over from another source
    if entity_type == "official":
        return entity_type  # "Gov. Ana Lima": a titled office holder
    if entity_type == "group" and stype == "person" and written.split()[-1] in rules.group_nouns:
        return entity_type  # "Workers said", "Democrats said": a capitalised first word is no name
    if entity_type in _BODIES and (_says_body(written, rules) or _short_form(written, name)
                                   or " " in name and written.removeprefix("the ") == name.lower()):
        return entity_type  # "Brixcode, the city's software contractor"; "The Dockworkers Federation";
        # "Hartfield" of "Hartfield Foods"; "The United Auto Workers": the whole name, typed by its own words
    return stype


def _short_form(written: str, name: str) -> bool:
    """A source written as a shorter part of its organisation's name: every word of it ("Hartfield" of
    "Hartfield Foods", "the Confederation" of "Confederation of British Industry"), "the" aside, is a word
    of the longer name."""
    words = name.lower().split()
    own = [w for w in written.split() if w != "the"]
    return bool(own) and len(own) < len(words) and all(w in words for w in own)


def _holds_name(written: str, name: str) -> bool:
    """Whether a source as written holds the speaker's name: its last word, or any capitalised word of it ("Xi"
    of "Xi Jinping", "Lee" of "Lee Jae-myung": a family name written first; "Sharaa" of "Ahmed al-Sharaa": a
    surname without its particle; "Prince Mohammed" of "Mohammed bin Salman"; "Mr. Clapper" of "James R.
    Clapper Jr.")."""
    if name.split()[-1].lower() in written:
        return True
    own = {_bare(w).lower() for w in _WORD.findall(written)}
    return any(w[:1].isupper() and w.lower() in own for w in map(_bare, _WORD.findall(name)))


def _bare(word: str) -> str:
    """A word without a possessive's ending ("trump's"), its accents, nor the particle and hyphen that open a
    surname ("al-Sharaa": "Sharaa")."""
    word = word.replace("’", "'").removesuffix("'s")
    word = unaccented(word) or word  # "Sanchez" of "Pedro Sánchez"
    particle, dash, rest = word.partition("-")
    return rest if dash and rest and particle.lower() in NAME_PARTICLES else word


def _says_body(written: str, rules: EntityRules) -> bool:
    """Whether a source's words name or describe an organisation (a word of `organisation_words.csv` or
    `body_nouns.csv`): a name the entity is typed by, not a person's that an organisation shares."""
    words = written.replace(",", " ").split()
    return not (rules.body_nouns.keys().isdisjoint(words) and rules.org_words.keys().isdisjoint(words))


__all__ = ["source_type"]
