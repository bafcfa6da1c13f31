"""Frozen records of the entities stage (see `biaslens.entities`).

All offsets are character offsets into `Document.text`, like every other stage's.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..types import Attributed, Span, fast_init

# How a speaker was found (Attribution.coref): the source named it, a pronoun, a role noun or an
# authored document pointed back to it, or nothing fitted and it was left unresolved.
COREF_NAME = "name"
COREF_PRONOUN = "pronoun"
COREF_ROLE = "role noun"
COREF_DOCUMENT = "document"  # "the statement said": credited to the entity that issued it
COREF_UNRESOLVED = "unresolved"
# how a loaded term's target was found (`framing`); the first four say the term describes the entity
RULE_DESCRIPTOR = "descriptor"
RULE_POSSESSOR = "possessor"
RULE_NOUN_PHRASE = "noun phrase"
RULE_APPOSITION = "apposition"
RULE_DEMONYM = "demonym"

ENTITY_TYPES = ("person", "official", "media", "institution", "data", "anonymous", "group", "place")


@fast_init
@dataclass(frozen=True, slots=True)
class Mention:
    """One place an entity is named or pointed to. `entity` indexes `Entities.entities`;
    `kind` is ``name``, ``pronoun``, ``role`` (the governor) or ``source`` (a description
    that is a source: "Shiite clerics in Qom")."""

    start: int
    end: int
    sentence: int
    entity: int
    kind: str = "name"


@fast_init
@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation, group or place of one article.

    `id` is the normalised name (lower case, ASCII letters and digits joined by ``-``),
    the same in every article that names it the same way. `roles` are titles and role
    nouns seen beside the name ("Russian President"), never part of it; `role_classes`
    the classes a later "the governor" looks for."""

    id: str
    name: str
    type: str
    roles: tuple[str, ...] = ()
    role_classes: frozenset[str] = frozenset()
    gender: str | None = None
    variants: tuple[str, ...] = ()


@fast_init
@dataclass(frozen=True, slots=True)
class Entities:
    """What the entities stage adds to attribution: the entities, their mentions (text
    order) and the attributions with `speaker`, `speakers` and `coref` filled in."""

    attributed: Attributed  # the same record with speaker fields set on each Attribution
    entities: tuple[Entity, ...]
    mentions: tuple[Mention, ...]
    descriptors: tuple[tuple[Span, int], ...] = ()  # loaded words inside a name's noun phrase -> entity
    relays: tuple[int, ...] = ()  # entities that relay an attribution (`via`)
    speech: object = None  # the article's quoted speech (`spans.SpeechSpans`), for framing

    @property
    def surnames(self) -> frozenset[str]:
        """The words a capitalised lexicon word may be a name in, as written: the last words of the people
        named in full ("Lynch" of Loretta Lynch) and the words of a business's name of two words or
        more ("Stonewall" of the Stonewall Inn). Scoring reads a capitalised lexicon word that is one
        of them as the name."""
        people = [e.name.rsplit(None, 1)[-1] for e in self.entities
                  if e.type in ("person", "official") and _full_name(e.name)]
        return frozenset(people).union(*[e.name.split() for e in self.entities
                                         if e.type == "institution" and " " in e.name])


_NAME_WORDS_MAX = 3  # "Loretta Lynch", "Marcia L. Fudge": a person's full name
_NOT_IN_NAMES = frozenset({"Is", "Are", "Was", "Were", "The", "Of", "And", "But", "To", "In", "On", "For", "A"})


def _full_name(name: str) -> bool:
    """A person's full name as written: two or three capitalised words, none a function word (not
    "a demented Stalinist", not a headline's "Bernie Sanders Is Crazy")."""
    words = name.split()
    return 2 <= len(words) <= _NAME_WORDS_MAX and all(w[:1].isupper() and w not in _NOT_IN_NAMES for w in words)


@fast_init
@dataclass(frozen=True, slots=True)
class EntitySummary:
    """One entity with what the article does with it (the `entities` list of the JSON)."""

    id: str
    name: str
    type: str
    roles: tuple[str, ...]
    mentions: tuple[Span, ...]
    quoted_sentences: tuple[int, ...]
    quoted_words: int
    descriptors: tuple[str, ...]
    targeted_by: tuple[str, ...]
    tone: int
    source_roles: tuple[str, ...] = ()  # "speaker", "relay"

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "type": self.type, "roles": list(self.roles),
                "mentions": [list(m) for m in self.mentions], "quoted_sentences": list(self.quoted_sentences),
                "quoted_words": self.quoted_words, "descriptors": list(self.descriptors),
                "targeted_by": list(self.targeted_by), "tone": self.tone, "source_roles": list(self.source_roles)}
