"""Pointing pronouns and role nouns back to the entities `coref` linked.

- "he"/"she" go to the nearest person before them whose gender fits (titles,
  listed given names, gendered nouns, earlier pronouns), looking first at the
  pointer's own sentence (the nearest name first) and then back sentence by
  sentence (that sentence's speaker, then its subject, the leftmost name,
  first); "they" and "its" go to an organisation, group or place.
- A role noun ("the governor", "the four-term congressman") goes to the
  latest entity that held that role; a body's ("the ministry", "the bank") to
  the one organisation that fits (`bodies.sole_body`: "the committee", the
  Harbor Tariff Committee), else "the group", "the organization" to the
  organisation or group named in its sentence or the one before, and "the
  company", "the firm" to the institution named there.
Where nothing fits, the pointer stays unresolved.
"""

from __future__ import annotations

from collections.abc import Sequence

from .bodies import is_body, role_head, sole_body
from .coref import _PEOPLE, Group, type_of
from .locatives import after_locative
from .mentions import Pointer

_LOOKBACK_SENTENCES = 8
ANY_BODY = "group"  # the role class of "the group", "the organization": any organisation named before
ANY_BUSINESS = "company"  # the role class of "the company", "the firm": any institution named just before


def resolve_pointer(p: Pointer, groups: Sequence[Group], order: dict[int, list[tuple[int, int]]],
                    speakers_by_sentence: dict[int, int], opened: dict[int, str] | None = None) -> int | None:
    """The entity a pronoun or role noun points to, or None when nothing fits.

    `order`: sentence -> (start, group) of every name mention outside quotations, text order;
    `opened`: sentence -> the gender of the "he"/"she"/"his"/"her" that opens it (`_nearest`)."""
    if p.kind == "role" and p.gender == "o":  # "the bank", "the ministry": the one organisation that fits
        best = sole_body(p, groups, order)
        if best is None and p.key in (ANY_BODY, ANY_BUSINESS):  # its sentence or the one before
            return _nearest(p, "b" if p.key == ANY_BODY else "c", groups, order, speakers_by_sentence, reach=2)
        return best
    if p.kind == "role":
        best, best_pos = None, -1
        key, start = p.key, p.start  # (read once, not once a group)
        bare = p.end - start <= len(key) + 4
        office = "-" in key
        for gi, g in enumerate(groups):
            # "the committee": the Ways Committee (a bare "the <noun>"; "the appeals court" is no Supreme Court)
            if key in g.classes or (bare and not g.human and key in g.keys) or office and holds_office(g, key) \
                    or g.human and g.roles and any(role_head(r) == key for r in g.roles):  # "Pop singer": "the singer"
                pos = g.last_before(start)
                if pos > best_pos:
                    best, best_pos = gi, pos
        if best is None and key == ANY_BODY:
            return _nearest(p, "b", groups, order, speakers_by_sentence, reach=2)  # its sentence or the one before
        return best
    return _nearest(p, p.gender, groups, order, speakers_by_sentence, opened=opened)


def holds_office(g: Group, key: str) -> bool:
    """Whether a person holds the office a suffixed title names ("the president-elect": a role "President-elect",
    "Prime Minister-designate" of "the minister-designate"), not the office without it."""
    return any(r.lower().endswith(key) for r in g.roles)


def _nearest(p: Pointer, want: str | None, groups: Sequence[Group], order: dict[int, list[tuple[int, int]]],
             speakers_by_sentence: dict[int, int], reach: int = _LOOKBACK_SENTENCES,
             opened: dict[int, str] | None = None) -> int | None:
    """The nearest entity before a pointer that fits `want`: its own sentence nearest first, then back
    sentence by sentence (that sentence's speaker, then its names left to right; not the names of a
    sentence that opens with a pronoun of the same gender, `opened`: "She is survived by a daughter,
    Ruth. ... she said": that sentence is about the one the pronoun is, its names are others)."""
    own = [gi for start, gi in order.get(p.sentence, ()) if start < p.start]
    # own sentence: nearest first; "X, who he said ...": X is whom the clause is about, not "he"
    skip = own[-1] if own and p.relative else None
    for gi in reversed(own):
        if gi != skip and _fits(groups[gi], want):
            return _taken(groups[gi], gi, want)
    for sent in range(p.sentence - 1, max(p.sentence - reach, -1), -1):
        gi = speakers_by_sentence.get(sent)
        if gi is not None and _fits(groups[gi], want):
            return _taken(groups[gi], gi, want)
        if opened and opened.get(sent) == want:
            continue
        for _, gi in order.get(sent, ()):
            if _fits(groups[gi], want):
                return _taken(groups[gi], gi, want)
    return None


def _taken(g: Group, gi: int, want: str | None) -> int:
    """A "he" or "she" that resolved to a person of unknown gender gives the person that gender."""
    if want in ("m", "f") and g.gender is None:
        g.gender = want
    return gi


def _fits(g: Group, want: str | None) -> bool:
    if not g.types and not g.human:
        return want == "p" and g.gender is None  # a name with no evidence yet: not a "he" or "she"
    if want == "p":  # ("they" of an office's name, "the Senate", "the Army", is too often its people's)
        return g.body
    body = is_body(g)
    if want == "o":  # "it": one organisation, outlet or place, never a plural group ("Democrats")
        return body and type_of(g) != "group"
    if want == "b":  # "the group", "the organization": an organisation or group, not a place or a record
        return body and type_of(g) not in ("place", "data", "anonymous")
    if want == "c":  # "the company", "the firm": an institution (no public body, outlet or group)
        return body and type_of(g) == "institution"
    if body or not (g.human or type_of(g) in _PEOPLE):
        return False
    return g.gender in (None, want)


def gendered(groups: Sequence[Group], found: tuple[list[int], str], want: str | None) -> tuple[list[int], str]:
    """A "he" or "she" source resolved to one person of unknown gender gives the person that gender,
    however it was found (the previous speaker too): a later "she" does not go to him."""
    gis = found[0]
    if want in ("m", "f") and len(gis) == 1:
        _taken(groups[gis[0]], gis[0], want)
    return found


def business_named_before(p: Pointer, linked, groups: Sequence[Group], text: str = "") -> int | None:
    """"The company" that no writer's mention answers: the one institution named in its sentence (before
    it) or the one before, reported speech included ("Prosecutors said he steered contracts to Arcturus
    Defense Systems. The company denied wrongdoing."); "the group" likewise the one organisation or group
    ("Oil prices rose after OPEC agreed to cut output, the group said"); None when there are none or several.
    "The company" with no institution there takes the one name of unknown kind that is the first name of its
    sentence or the one before (not a place after "in": "sold at stores in Ohio"), which becomes an institution
    with the role "company"."""
    want = "c" if p.key == ANY_BUSINESS else "b"
    near = [(c, gi) for c, gi in linked if p.sentence - 1 <= c.sentence <= p.sentence and c.start < p.start]
    found = {gi for _, gi in near if _fits(groups[gi], want)}
    if not found and want == "c":
        firsts = {}
        for c, gi in near:
            firsts.setdefault(c.sentence, (c, gi))  # (`linked` is in text order: a sentence's first name)
        found = {gi for c, gi in firsts.values() if _unknown(groups[gi]) and not after_locative(text, c.np_start)}
        if len(found) == 1:  # "Streamflix added 9 million subscribers. The company said ...": the first name of
            # its sentence, nothing else known (not a surname: its person's full name was linked), is a company
            gi = found.pop()
            g = groups[gi]
            g.vote("institution")
            if p.key not in g.roles:
                g.roles.append(p.key)  # so that a later "the company" finds it (`bodies.sole_body`)
            return gi
    return found.pop() if len(found) == 1 else None


def _unknown(g: Group) -> bool:
    """A name with no evidence of what it names but attribution's guess (a one-word name that recurs or spoke:
    no type but "person", no role, gender or title): "Wal-Mart calls that evidence unreliable"."""
    return g.gender is None and not g.roles and not g.classes and len(g.names) == 1 and " " not in g.names[0] \
        and g.types.keys() <= {"person"}
