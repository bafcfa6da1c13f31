"""The word lists the entities stage reads (lexicons/entities/ and a few of attribution's).

Built once per Analyzer (`EntityRules.load`) and read-only afterwards.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..lexicons import Entry, Lexicon, inflections, lexicon_dir, read_list
from ..tokens import keys as token_keys

# personal pronouns and the gender they carry (m, f, or p for plural and organisations): a closed class
PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f",
            "herself": "f", "they": "p", "them": "p", "their": "p", "themselves": "p", "its": "p"}


@dataclass(frozen=True, slots=True)
class Title:
    """A title or role noun ("gov", "president", "the ministry")."""

    word: str
    roles: tuple[str, ...]
    type: str
    gender: str | None
    body: bool


# conjunctions that may open a sentence before a name ("But Roger Pilon of the Cato Institute said"): a closed class
OPENING_CONJUNCTIONS = frozenset({"but", "and", "yet", "so", "or", "nor"})

# suffixes that keep a title's office ("president-elect", "secretary-general", "minister-designate")
OFFICE_SUFFIXES = ("-elect", "-general", "-designate")
OUTLET = "outlet"  # the role class every outlet gets and an outlet's noun ("the newspaper") looks for


def _office_forms(titles: dict) -> frozenset[str]:
    """A person's title with each suffix that keeps its office: "the president-elect said" points back as
    "the president said" does (`pointers` reads the title through `titlewords._title_key`)."""
    return frozenset(w + s for w, t in titles.items() if t.roles and not t.body and " " not in w
                     for s in OFFICE_SUFFIXES)


def _csv_rows(relative: str) -> list[dict[str, str]]:
    text = (lexicon_dir() / relative).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines))))


def _pairs(relative: str) -> dict[str, str]:
    out = {}
    for line in read_list(relative):
        word, _, value = line.rpartition(" ")
        out[word.strip().lower()] = value.strip()
    return out


@dataclass(frozen=True, slots=True)
class EntityRules:
    """Titles, given names, gendered nouns, group and organisation words, places, outlets,
    and the one-word loaded terms that may never be part of a name."""

    titles: dict[str, Title]
    given_names: dict[str, str]
    gendered: dict[str, str]
    group_nouns: frozenset[str]
    party_nouns: frozenset[str]  # the capitalised group nouns: a mention wherever they stand ("Democrats")
    org_words: dict[str, str]
    places: frozenset[tuple[str, ...]]
    media: frozenset[tuple[str, ...]]
    loaded: frozenset[str]
    function_words: frozenset[str]
    not_names: frozenset[str] = frozenset()
    person_titles: frozenset[str] = frozenset()  # titles that stand before a person's name
    pointer_words: frozenset[str] = frozenset()  # pronouns and role nouns: what `sentence_pointers` looks at
    body_roles: frozenset[str] = frozenset()  # role classes of bodies ("ministry"): never a person's
    documents: frozenset[str] = frozenset()  # "the statement": speaks for its author
    speech_verbs: frozenset[str] = frozenset()  # one-word speech cues that are not also nouns ("said", "told")
    skip_words: frozenset[str] = frozenset()  # function words and words that are never a name alone
    voice_channels: frozenset[str] = frozenset()  # "Trump's account": speaks for its owner
    person_roles: frozenset[str] = frozenset()  # "head", "economist": a description of a person (`appositions`)
    title_modifiers: frozenset[str] = frozenset()  # "council" of "Council member X": part of a compound title
    # person titles, person roles and gendered nouns, and their plurals: a sentence with none has no apposition
    role_heads: frozenset[str] = frozenset()
    # cities, regions and other places that speak for no government (places.txt): the type of a name that
    # recurs with no other evidence ("Lisbon"), never evidence that a name is an entity
    minor_places: frozenset[tuple[str, ...]] = frozenset()
    kinship: frozenset[str] = frozenset()  # "daughter": before a name, no role that makes the name a person
    demonyms: frozenset[tuple[str, ...]] = frozenset()  # "Iranian": recurring, still no entity
    # nouns that describe an organisation ("the growers' association", "the contractor") -> the type a name
    # in apposition to one gets, and whether a person may be one too (`bodies`); each is also a body's role
    # noun ("the bank said")
    body_nouns: dict[str, tuple[str, bool]] = field(default_factory=dict)
    # what completes a title written with "of" ("Secretary of State", "Chief of Staff"): part of the role
    portfolios: frozenset[tuple[str, ...]] = frozenset()
    # adverbs that open a sentence with no comma ("Meanwhile Mayor Ruiz said"): never a name's first word
    opening_adverbs: frozenset[str] = frozenset()
    # nouns of a part or of people that open a sentence before "of" and a name ("Shares of Acme Corp",
    # "Critics of Radical Brewing Company"): part_nouns.txt and the lower-case group nouns
    part_heads: frozenset[str] = frozenset()
    # words that end a business's name of two words or more and type nothing alone ("Crane Ridge Capital")
    name_ends: frozenset[str] = frozenset()
    # the words of a listed place or outlet, as a run may write them ("the Kremlin", "New York Times") -> "place" or
    # "media": `shapes._whole_kind`'s tests of the lists, made once (`_listed`)
    listed: dict[tuple[str, ...], str] = field(default_factory=dict, compare=False, repr=False)
    # the news agencies of sources_media.csv (tag "agency"), as their words: "the agency" may point back to one
    agencies: frozenset[tuple[str, ...]] = frozenset()
    # verbs of working or studying somewhere (work_verbs.txt): "who has worked at Boeing", no one works at a person
    work_verbs: frozenset[str] = frozenset()
    # words right before a place's name (place_leads.txt): "in rural Nebraska", a place (`locatives`)
    place_leads: frozenset[str] = frozenset()
    # body nouns that fit any public body whatever its name (body_nouns.csv tag "generic": "agency", "regulator"):
    # "the agency said" right after the Centers for Disease Control and Prevention spoke is that body
    generic_bodies: frozenset[str] = frozenset()
    # what a run of capitalised words says, by its text (`mentions._templates`): names recur within and across articles
    cache: dict = field(default_factory=dict, compare=False, repr=False)
    words: dict = field(default_factory=dict, compare=False, repr=False)  # token key -> what it says (`shapes._word`)
    # every key the stage's per-sentence tests look for (pointer words, role heads, body nouns): a sentence's keys are
    # intersected with it once, and each test reads the small intersection (`resolve_entities`)
    sentence_cues: frozenset[str] = field(default=frozenset(), init=False, compare=False, repr=False)
    # the words a sentence's first run may open with before its name (`mentions._opening_skip`): adverbs,
    # conjunctions, part and group nouns; a first run opening with none is a name from its first word
    opening_skips: frozenset[str] = field(default=frozenset(), init=False, compare=False, repr=False)
    # the speech verbs in their regular finite forms ("warned", "asserts"; not "asking Moore", a participle):
    # what `authors` reads a name's verb against
    speech_forms: frozenset[str] = field(default=frozenset(), init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "sentence_cues", self.pointer_words | self.role_heads | frozenset(self.body_nouns)
                           | self.work_verbs)
        object.__setattr__(self, "opening_skips", self.opening_adverbs | OPENING_CONJUNCTIONS | self.part_heads)
        forms = frozenset().union(self.speech_verbs, *map(inflections, self.speech_verbs))
        object.__setattr__(self, "speech_forms", frozenset(f for f in forms if not f.endswith("ing")))

    @classmethod
    def load(cls, loaded: Iterable[Lexicon] = (), attribution: Iterable[Lexicon] = ()) -> EntityRules:
        titles = {}
        for row in _csv_rows("entities/titles.csv"):
            roles = tuple(r for r in (row.get("roles") or "").split("|") if r)
            titles[row["term"].strip()] = Title(row["term"].strip(), roles, row["category"].strip(),
                                                (row.get("gender") or "").strip() or None,
                                                (row.get("body") or "0").strip() == "1")
        _hyphenated_compounds(titles)
        orgs = {row["term"].strip(): row["category"].strip() for row in _csv_rows("entities/organisation_words.csv")}
        body_rows = [(row["term"].strip(), row["category"].strip(), (row.get("tags") or "").split("|"))
                     for row in _csv_rows("entities/body_nouns.csv")]
        bodies = {term: (kind, "person" in tags) for term, kind, tags in body_rows}
        for word, (kind, _) in bodies.items():  # "the insurer": a body's role noun, as the body rows of titles.csv
            # (an outlet's noun, "the newspaper", looks for any outlet: `bodies.media_classes`)
            titles.setdefault(word, Title(word, (OUTLET, word) if kind == "media" else (word,), kind, None, True))
        places = frozenset(_key_tuple(n) for n in read_list("attribution/states.txt"))
        media: set[tuple[str, ...]] = set()
        agencies: set[tuple[str, ...]] = set()
        institutions: set[tuple[str, ...]] = set()
        for lx in attribution:
            if lx.name == "sources_media":
                media.update(e.tokens for e in lx.entries)
                agencies.update(e.tokens for e in lx.entries if "agency" in e.tags)
            elif lx.name == "sources_institution":  # "Amnesty International": a name, its words no descriptors
                institutions.update(e.tokens for e in lx.entries if len(e.tokens) > 1)
        person = frozenset(w for w, t in titles.items() if not t.body)
        speech = frozenset(e.tokens[0] for lx in attribution if lx.name == "cues" for e in lx.entries
                           if e.category == "speech" and len(e.tokens) == 1 and "noun" not in e.tags)
        person_roles = frozenset(read_list("entities/person_roles.txt"))
        pointers = frozenset(PRONOUNS) | frozenset(w for w, t in titles.items() if t.roles) | {"year-old"} \
            | _office_forms(titles) | person_roles  # ("the singer": `pointers.described_role`)
        groups = read_list("entities/group_nouns.txt")
        function_words = frozenset(read_list("function_words.txt"))
        not_names = frozenset(read_list("entities/not_names.txt"))
        gendered = _pairs("entities/gendered_nouns.txt")
        media = frozenset(media)
        return cls(titles, _pairs("attribution/given_names.txt"), gendered,
                   frozenset(w.lower() for w in groups), frozenset(w.lower() for w in groups if w[:1].isupper()),
                   orgs, places,
                   media, frozenset(_one_word_terms(e for lx in loaded for e in lx.entries)),
                   function_words, not_names,
                   person, pointers, frozenset(t.roles[0] for t in titles.values() if t.body and t.roles),
                   frozenset(read_list("entities/authored_documents.txt")), speech,
                   function_words | not_names, frozenset(read_list("entities/voice_channels.txt")),
                   person_roles, frozenset(read_list("entities/title_modifiers.txt")),
                   _with_plurals(person | person_roles | frozenset(gendered)) | frozenset(bodies),
                   frozenset(_key_tuple(n) for n in read_list("entities/places.txt")),
                   frozenset(read_list("entities/kinship_nouns.txt")),
                   frozenset(_key_tuple(n) for n in read_list("attribution/demonyms.txt")), bodies,
                   frozenset(_key_tuple(n) for n in read_list("entities/office_portfolios.txt")),
                   frozenset(w for w in read_list("attribution/opening_adverbs.txt") if " " not in w),
                   frozenset(read_list("entities/part_nouns.txt")) | frozenset(w for w in groups if w.islower()),
                   frozenset(read_list("entities/business_name_ends.txt")),
                   listed=_listed(places, media, institutions), agencies=frozenset(agencies),
                   work_verbs=frozenset(read_list("entities/work_verbs.txt")),
                   place_leads=frozenset(read_list("entities/place_leads.txt")),
                   generic_bodies=frozenset(term for term, _, tags in body_rows if "generic" in tags))


def _hyphenated_compounds(titles: dict) -> None:
    """A compound title of two words written with a hyphen is the same title ("attorney-general",
    "secretary-general"): its hyphenated key, unless listed on its own."""
    for term, title in list(titles.items()):
        words = term.split()
        if len(words) == 2 and not title.body:
            titles.setdefault("-".join(words), title)


def _listed(places: frozenset[tuple[str, ...]], media: frozenset[tuple[str, ...]],
            institutions: Iterable[tuple[str, ...]] = ()) -> dict[tuple[str, ...], str]:
    """What `shapes._whole_kind` finds for a run's words, in the order it looks: a listed place, a listed
    outlet (with or without its "the"), and after a "the" a listed place or outlet; then a listed institution's
    name of two words or more (sources_institution.csv: "Amnesty International")."""
    out: dict[tuple[str, ...], str] = {}
    for words, kind in [*((p, "place") for p in places), *((m, "media") for m in media),
                        *((m[1:], "media") for m in media if m[:1] == ("the",)),
                        *((("the", *p), "place") for p in places if p), *((("the", *m), "media") for m in media if m)]:
        out.setdefault(words, kind)
    for words in institutions:
        out.setdefault(words, "institution")
    return out


def _with_plurals(words: frozenset[str]) -> frozenset[str]:
    """The words and their plurals in "s" ("economists"): a sentence's keys are tested against both at once."""
    return words | frozenset(w + "s" for w in words if " " not in w)


def _key_tuple(name: str) -> tuple[str, ...]:
    return tuple(k for k in token_keys(name) if k != ".")


def _one_word_terms(entries: Iterable[Entry]) -> set[str]:
    """Loaded terms of one word (any category but hedges and assertives, which are not descriptions)."""
    return {e.tokens[0] for e in entries
            if len(e.tokens) == 1 and e.category not in ("hedges", "assertives", "intensifiers")}
