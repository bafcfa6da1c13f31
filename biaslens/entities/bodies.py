"""Bodies: organisations described rather than named, and the role nouns that point back to them.

    "The growers' association, Valemont, said ..."     Valemont: institution, role "growers' association"
    "Brixcode, the city's software contractor, said"  Brixcode: institution, role "city's software contractor"
    "Norvale Bank raised rates. The bank said ..."     the bank: Norvale Bank

A description headed by a noun of `body_nouns.csv` set off by commas beside a name says the name is an
organisation (unless the name shows a person: a title, a listed given name). "The bank", "the union",
"the ministry" point back to an organisation only when one alone fits: named before with the noun in
its name, or described by it; two that fit (or none) leave it unresolved. An organisation typed
"official" by its name ("Harbor Authority", "Ministry of Water") is a body as much as an institution:
an "it said" may point to it, never a "he said".
"""

from __future__ import annotations

from collections.abc import Sequence

from ..tokens import keys as _name_words
from .lexicon import OUTLET, EntityRules

_RECENT = 3  # sentences before a role noun where an organisation counts as recent
_OFFICIAL = "official"
_INSTITUTION = "institution"
_OF_FROM = frozenset({"of", "from"})
_ORGANISATIONS = frozenset({"institution", "official", "media"})


def body_role(head: str, rules: EntityRules, name_words: int = 0) -> tuple[str, frozenset[str], None] | None:
    """(type, role classes, gender) of a description's head noun that names an organisation, else None.
    A noun a person may be too ("contractor", "publisher") says so only of a one-word name ("Brixcode");
    "Ivo Brandt, a property developer" is left to the person's evidence."""
    found = rules.body_nouns.get(head)
    if found is None or found[1] and name_words != 1:
        return None
    return found[0], frozenset(), None


_OPENING_PREPOSITIONS = frozenset({"to", "by", "from", "of", "with", "for", "at", "on", "in", "and"})


def demonym_name(keys: tuple[str, ...], demonyms: frozenset[tuple[str, ...]]) -> bool:
    """A name that is only a demonym, plain or compound ("Irish", "Franco-Italian")."""
    if keys in demonyms:
        return True
    return len(keys) == 1 and "-" in keys[0] and compound_demonym(keys[0], lambda k: (k,) in demonyms)


def compound_demonym(key: str, is_demonym) -> bool:
    """Whether a hyphenated word is a compound demonym ("franco-italian", "anglo-dutch", "sino-american",
    "dutch-belgian"): a demonym last, each part before it a demonym or a combining form in -o."""
    parts = key.split("-")
    if len(parts) < 2 or not parts[-1] or not is_demonym(parts[-1]):
        return False
    return all(len(p) >= 4 and p.endswith("o") and p.isalpha() or is_demonym(p) for p in parts[:-1])


def _kind_opened(before: list[str], at_start: bool, demonyms: frozenset[tuple[str, ...]] = frozenset()) -> bool:
    """Whether the words before a body noun (`before[-1]`) open its noun phrase: "the", up to three
    lower-case modifiers after "the" ("the advocacy group X"), or one capitalised modifier opening the
    sentence ("Environmental group X said"), or "of" or "from" right before the noun ("Shares of chipmaker
    Velotek"), or a demonym opening the phrase after a preposition or at the start ("according to Estonian
    public broadcaster ERR"); not a verb or another preposition ("he joined group X", "in group B")."""
    n = len(before)
    if n >= 2 and before[-2] in _OF_FROM:
        return True  # "Shares of chipmaker Velotek fell", "a statement from retailer Ostmark"
    for k in range(n - 2, max(-1, n - 5), -1):
        word = before[k]
        if word.lower() == "the":
            return True
        if k == 0 and k == n - 2 and at_start and word[1:].islower() and word[:1].isupper():
            return True
        if word[:1].isupper() and (word.lower(),) in demonyms:
            return k == 0 and at_start or k > 0 and before[k - 1].lower() in _OPENING_PREPOSITIONS
        if not (word.islower() and word.replace("-", "").isalpha()):
            return False
    return False


def named_by_kind(names: list, sent, rules: EntityRules) -> list:
    """The sentence's candidates, each untyped name right after "the" and a body noun in lower case
    ("according to the utility PowerNorth", "the insurer Brightwater said") typed that organisation
    (a noun a person may be too, "the developer Ivo Brandt", only for a one-word name), with the noun as
    its role; a name of that type already gets the role too. Called only for a sentence with a body noun."""
    text, base = sent.text, sent.start
    out = names
    for k, c in enumerate(names):
        typed = c.type is not None and not (c.type == _INSTITUTION and c.name.isupper())
        # (an acronym's type is a guess: "the broadcaster NOS" is an outlet)
        start = (c.start if typed else c.np_start) - base  # (a typed name's phrase may hold the noun already)
        if typed and text[text.rfind(" ", 0, start - 1) + 1:start - 1] not in rules.body_nouns:
            continue  # (the common case for a typed name, tested on one slice: no body noun right before it)
        words = text[max(0, start - 50):start].split()
        before = _without_naming(words)
        if len(before) < 2 or not before[-1].islower() or not (
                _kind_opened(before, start <= 50, rules.demonyms)
                or before is not words and _ARTICLES.intersection(before[-4:-1])):
            continue
        found = body_role(before[-1], rules, len(c.keys))
        if found is None or typed and (found[0] != c.type or before[-1] in c.roles):
            continue
        if out is names:
            out = list(names)
        # the noun is the name's role ("the journal Hepatology Reports": "the journal said" later points back to
        # it, `sole_body`); a typed name keeps its type
        roles = c.roles + (before[-1],)
        out[k] = c._replace(roles=roles) if typed else c._replace(type=found[0], strong=True, roles=roles)
    return out


_NAMING = frozenset({"known", "called", "named", "calling"})  # "a hacking group known as NightFerret"
_ARTICLES = frozenset({"a", "an", "A", "An"})  # what may open a body noun before a naming phrase


def _without_naming(before: list[str]) -> list[str]:
    """The words before a name without a naming phrase that ends them ("a group known as", "a militia
    calling itself"), so that the body noun before the phrase types the name as one right before it would
    (opened by "a" too); the same list when there is none."""
    if len(before) > 2 and before[-1] == "as" and before[-2] in _NAMING:
        return before[:-2]
    if len(before) > 2 and before[-1] == "itself" and before[-2] in _NAMING:
        return before[:-2]
    return before


def said_after(text: str, cut: int, rules: EntityRules) -> bool:
    """Whether a speech verb follows the comma that closes an apposition ("Brixcode, the city's contractor,
    said"): a lone first word so described is the sentence's speaker, not an adverb ("Meanwhile, the ...")."""
    if cut < 0:
        return False
    after = text[cut + 1:cut + 24].split(None, 1)
    return bool(after) and after[0].lower() in rules.speech_verbs


def is_body(g) -> bool:
    """An organisation, group, outlet or place; or a name (written in the text, not a description) typed
    "official" with no sign of a person (its name an office's: "Harbor Authority")."""
    return g.body or (_OFFICIAL in g.types and bool(g.starts) and not g.human and g.gender is None
                      and g.type == _OFFICIAL)


AGENCY = "agency"  # the role class of "the agency": a public body's
NEWS_AGENCY = "news agency"  # the role class `media_classes` gives a listed news agency


def sole_body(p, groups: Sequence, order: dict[int, list[tuple[int, int]]]) -> int | None:
    """The organisation a body's role noun ("the bank", "the ministry") points to: the one that fits among
    those named in its sentence (before it) or the three before; else the one that fits in the article so
    far, when no other organisation was named after it. None when none fits or it is not clear which."""
    bare = p.end - p.start <= len(p.key) + 4  # "the ministry", not "the appeals court"
    key, at = p.key, p.start
    # (a person is never one: `_fits_role`'s first test, made here without the call)
    fits = [gi for gi, g in enumerate(groups) if not g.human and _fits_role(g, key, bare) and g.last_before(at) >= 0]
    if not fits and key == AGENCY:  # "AFP reported ... The agency said": a news agency, when no public body fits
        fits = [gi for gi, g in enumerate(groups) if NEWS_AGENCY in g.classes and g.last_before(at) >= 0]
    if not fits:
        return None
    recent = set()
    for sent in range(p.sentence, max(p.sentence - _RECENT - 1, -1), -1):
        recent.update(gi for start, gi in order.get(sent, ()) if gi in fits and start < p.start)
    if recent:
        return recent.pop() if len(recent) == 1 else None
    if len(fits) > 1:
        return None
    last = groups[fits[0]].last_before(p.start)
    later = any(g.last_before(p.start) > last and _organisation(g) for g in groups)
    return None if later else fits[0]  # "RT ... The network said": not the Dish Network named long before




def still_the_body(p, gi: int, groups: Sequence, order: dict[int, list[tuple[int, int]]]) -> bool:
    """Whether a body's role noun ("the board") may still stand for the organisation `gi` an earlier one stood
    for: no other organisation that fits was named in its sentence (before it) or the three before."""
    bare = p.end - p.start <= len(p.key) + 4
    for sent in range(p.sentence, max(p.sentence - _RECENT - 1, -1), -1):
        for start, gj in order.get(sent, ()):
            if gj != gi and start < p.start and _fits_role(groups[gj], p.key, bare):
                return False
    return True


def media_classes(groups: Sequence, rules: EntityRules) -> None:
    """Gives each outlet the role class "outlet", so that "the newspaper", "the tabloid" or "the website" (the
    media nouns of body_nouns.csv look for it) points back to the one named before (`sole_body`); and each that
    sources_media.csv lists as a news agency ("Reuters", "The Associated Press", "AFP") the role class "news
    agency", so that "the agency said" after "AFP reported" points back to it when no public body fits."""
    for g in groups:
        if "media" in g.types:
            g.classes.add(OUTLET)
            if rules.agencies and any(_name_words(n) in rules.agencies for n in g.names):
                g.classes.add(NEWS_AGENCY)


def _organisation(g) -> bool:
    """A named organisation (not a place or an unnamed group), what "the <noun>" may stand for."""
    return not g.human and is_body(g) and g.type in _ORGANISATIONS


def _fits_role(g, key: str, bare: bool) -> bool:
    """Whether an organisation answers to a body's role noun: the noun is among its role classes or
    heads one of its roles ("growers' association"), or (a bare "the <noun>") is a word of its name."""
    if g.human:
        return False
    if key in g.classes or (bare and key in g.keys) or g.roles and any(role_head(r) == key for r in g.roles):
        return is_body(g)
    return False


# the words that end a role's noun phrase before what qualifies it ("company that built the lander")
_ROLE_QUALIFIERS = frozenset({"that", "which", "who", "whose", "with", "of", "for", "at", "in", "based"})


def role_head(role: str) -> str:
    """A role's head noun: its last word before a relative clause or a phrase that qualifies it ("Houston
    company that built the lander": "company"; "maker of Silverado trucks": "maker"), else its last word."""
    words = role.lower().split()
    cut = next((i for i, w in enumerate(words) if w in _ROLE_QUALIFIERS and i), len(words))
    return words[cut - 1]


__all__ = ["body_role", "is_body", "media_classes", "role_head", "said_after", "sole_body", "still_the_body"]
