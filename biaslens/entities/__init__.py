"""Stage 3b, entities: who the article names, who speaks, and (with `framing`) how each is described.

    attribute -> entities -> score -> aggregate

- `mentions`: names in each sentence, with titles and roles kept apart from
  the name and loaded words kept out of it; pronouns and role nouns.
- `coref`: names linked into entities (surname <-> full name), pronouns and
  role nouns pointed back to them.
- `speakers`: every attribution gains `speaker` (the entity's name, or None),
  `speakers` (all entities of a coordinated source) and `coref` (how).
- `framing` (run after scoring): each writer-voice hit's `target`, and per
  entity its quotes, descriptors, the terms aimed at it and a tone.

Rules and word lists only (lexicons/entities/); no model, nothing downloaded.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import fields
from operator import attrgetter, itemgetter

from ..types import ANALYSED_ROLES, ROLE_HEADLINE, Attributed, Attribution
from .coref import Group, entity_id, link, resolve_pointer
from .lexicon import EntityRules
from .mentions import Candidate, sentence_names, sentence_pointers
from .records import Entities, Entity, EntitySummary, Mention
from .sourcenames import source_heads
from .spans import SpeechSpans
from .speakers import SpeakerResolver

_SPAN = itemgetter(0, 1)  # a mention's (start, end)
_ATT_FIELDS = [f.name for f in fields(Attribution)]
assert _ATT_FIELDS[-3:] == ["speaker", "speakers", "coref"], _ATT_FIELDS  # the stage's own fields come last
_KEPT = attrgetter(*_ATT_FIELDS[:-3])  # an attribution's fields before the speaker fields

__all__ = ["EntityRules", "Entities", "Entity", "EntitySummary", "Mention", "resolve_entities", "entity_id"]


def resolve_entities(attributed: Attributed, rules: EntityRules) -> Entities:
    """Find the entities of an article and resolve every attribution's speaker."""
    seg = attributed.segmented
    text = seg.document.text
    speech = SpeechSpans(attributed)
    cands, pointers = [], []
    sentences = seg.sentences
    for para in seg.paragraphs:
        if para.role not in ANALYSED_ROLES:
            continue
        headline = para.role == ROLE_HEADLINE
        for si in para.sentences:
            sent = sentences[si]
            names = sentence_names(sent, rules, headline)
            if para.dateline:  # "WASHINGTON —" says where the story was filed, not who is in it
                names = [c for c in names if not para.dateline[0] <= c.start < para.dateline[1]]
            cands.extend(names)
            pointers.extend(sentence_pointers(sent, rules, speech))
    atts = attributed.attributions
    groups, linked = link(cands, source_heads(atts, cands, text, rules))
    order = _writer_order(linked, speech)
    resolver = SpeakerResolver(rules, text, [s.start for s in seg.sentences], groups, linked, order, pointers)
    resolved: list[tuple[int, list[int], str]] = []  # (attribution, speakers, how): those a source names
    relaying: list[int] = []
    for si, att in enumerate(atts):
        if not att.sourced and not att.via:
            continue  # no one speaks: nothing to resolve, the record stays as it is
        gis, how = resolver.resolve(si, att)
        if how is not None:
            resolved.append((si, gis, how))
        r = resolver.relay(si, att)
        if r is not None:
            relaying.append(r)
    # (start, end, sentence, group, kind): records are built once, at the end
    found_at = [(c.start, c.end, c.sentence, gi, "name") for c, gi in linked]
    found_at.extend(resolver.sources)
    for p in pointers:
        if p.kind == "role" and text.startswith(("a ", "A ", "an ", "An "), p.start):
            continue  # "a spokesman", "an aide": a new one, not a mention of someone named before
        gi = resolve_pointer(p, groups, order, resolver.by_sentence)
        if gi is not None:
            found_at.append((p.start, p.end, p.sentence, gi, p.kind))
    found_at.sort(key=_SPAN)
    entities, index = _entities(groups, found_at)
    new_atts = list(atts)
    for si, gis, how in resolved:
        new_atts[si] = _with_speakers(atts[si], gis, how, entities, index)
    mentions = tuple([Mention(a, b, si, index[gi], kind) for a, b, si, gi, kind in found_at])
    relays = tuple(sorted({index[r] for r in relaying}))
    descriptors = tuple([(span, index[gi]) for c, gi in linked if c.descriptors for span in c.descriptors])
    out = Attributed(seg, tuple(new_atts), attributed.quotes)
    return Entities(out, entities, mentions, descriptors, relays, speech)


def _writer_order(linked: list[tuple[Candidate, int]], speech: SpeechSpans) -> dict[int, list[tuple[int, int]]]:
    """Sentence -> (start, group) of the writer's name mentions (those outside quoted speech), text order."""
    order: dict[int, list[tuple[int, int]]] = {}
    starts, ends = speech.starts, speech.ends  # `speech.__contains__`, inlined: one per name
    for c, gi in linked:
        start = c.start
        k = bisect_right(starts, start) - 1
        if k < 0 or start >= ends[k]:
            here = order.get(c.sentence)
            if here is None:
                order[c.sentence] = [(start, gi)]
            else:
                here.append((start, gi))
    return order


def _entities(groups: list[Group], found_at: list[tuple]) -> tuple[tuple[Entity, ...], dict[int, int]]:
    """Entity records for the groups, in order of first mention (`found_at`: every group mention,
    sorted by offsets), then the groups never mentioned (relaying outlets); two groups with the
    same id are one entity."""
    first = {gi: start for start, _, _, gi, _ in reversed(found_at)}  # each group's first start
    ranked = [gi for _, gi in sorted([(start, gi) for gi, start in first.items()])]
    if len(ranked) < len(groups):
        ranked.extend(gi for gi in range(len(groups)) if gi not in first)
    index: dict[int, int] = {}
    by_id: dict[str, int] = {}
    out: list[Entity] = []
    for gi in ranked:
        g = groups[gi]
        name = g.name
        eid = entity_id(name)
        if eid in by_id:
            index[gi] = by_id[eid]
            continue
        by_id[eid] = index[gi] = len(out)
        out.append(Entity(eid, name, g.type, tuple(g.roles), frozenset(g.classes), g.gender, tuple(g.names)))
    return tuple(out), index


def _with_speakers(att: Attribution, gis: list[int], how: str, entities, index) -> Attribution:
    """The attribution with `speaker`, `speakers` and `coref` set (built positionally)."""
    if len(gis) == 1:
        return Attribution(*_KEPT(att), entities[index[gis[0]]].name, (), how)
    names = []
    for gi in gis:
        name = entities[index[gi]].name
        if name not in names:
            names.append(name)
    if not names:
        return Attribution(*_KEPT(att), None, (), how)
    return Attribution(*_KEPT(att), names[0], tuple(names) if len(names) > 1 else (), how)
