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
from collections import defaultdict
from operator import itemgetter

from ..attribute import replace as replace_attribution
from ..types import ANALYSED_ROLES, ROLE_HEADLINE, Attributed, Attribution
from .coref import Group, entity_id, link, resolve_pointer
from .lexicon import EntityRules
from .mentions import sentence_names, sentence_pointers
from .records import Entities, Entity, EntitySummary, Mention
from .sourcenames import source_heads
from .spans import SpeechSpans
from .speakers import SpeakerResolver

_SPAN = itemgetter(0, 1)  # a mention's (start, end)
_START = itemgetter(1)  # a group mention's start
_UNSOURCED: tuple[list[int], None, None] = ([], None, None)  # (speakers, how, relay) of an unsourced sentence

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
    order: dict[int, list[tuple[int, int]]] = defaultdict(list)  # sentence -> (start, entity) of the writer's
    starts, ends = speech.starts, speech.ends  # name mentions (`speech.__contains__`, inlined: one per name)
    for c, gi in linked:
        k = bisect_right(starts, c.start) - 1
        if k < 0 or c.start >= ends[k]:
            order[c.sentence].append((c.start, gi))
    order = dict(order)
    resolver = SpeakerResolver(rules, text, [s.start for s in seg.sentences], groups, linked, order, pointers)
    found: list[tuple[list[int], str | None, int | None]] = []
    for si, att in enumerate(atts):
        if not att.sourced and not att.via:
            found.append(_UNSOURCED)  # what `resolve` and `relay` give a sentence no one speaks in
            continue
        gis, how = resolver.resolve(si, att)
        found.append((gis, how, resolver.relay(si, att)))
    # (start, end, sentence, group, kind): records are built once, for the groups that become entities
    found_at = [(c.start, c.end, c.sentence, gi, "name") for c, gi in linked]
    found_at.extend((m[1], m[2], m[0], gi, "source") for gi, g in enumerate(groups)
                    for m in g.mentions if m[3] == "source")
    for p in pointers:
        if p.kind == "role" and text.startswith(("a ", "A ", "an ", "An "), p.start):
            continue  # "a spokesman", "an aide": a new one, not a mention of someone named before
        gi = resolve_pointer(p, groups, order, resolver.by_sentence)
        if gi is not None:
            groups[gi].mentions.append((p.sentence, p.start, p.end, p.kind))
            found_at.append((p.start, p.end, p.sentence, gi, p.kind))
    entities, index = _entities(groups)
    new_atts = tuple([att if how is None else _with_speakers(att, gis, how, entities, index)
                      for att, (gis, how, _) in zip(atts, found, strict=True)])
    found_at.sort(key=_SPAN)
    mentions = tuple([Mention(a, b, si, index[gi], kind) for a, b, si, gi, kind in found_at if gi in index])
    relays = tuple(sorted({index[r] for _, _, r in found if r is not None and r in index}))
    descriptors = tuple([((a, b), index[gi]) for c, gi in linked if c.descriptors and gi in index
                         for a, b in c.descriptors])
    out = Attributed(seg, new_atts, attributed.quotes)
    return Entities(out, entities, mentions, descriptors, relays, speech)


def _entities(groups: list[Group]) -> tuple[tuple[Entity, ...], dict[int, int]]:
    """Entity records for the groups that were mentioned, in order of first mention; two
    groups with the same id are one entity."""
    index: dict[int, int] = {}
    by_id: dict[str, int] = {}
    out: list[Entity] = []
    first = [min(map(_START, g.mentions)) if g.mentions else 1 << 60 for g in groups]
    for gi in sorted(range(len(groups)), key=first.__getitem__):
        g = groups[gi]
        eid = entity_id(g.name)
        if eid in by_id:
            index[gi] = by_id[eid]
            continue
        by_id[eid] = index[gi] = len(out)
        out.append(Entity(eid, g.name, g.type, tuple(g.roles), frozenset(g.classes), g.gender, tuple(g.names)))
    return tuple(out), index


def _with_speakers(att: Attribution, gis: list[int], how: str | None, entities, index) -> Attribution:
    if how is None:
        return att
    names = []
    for gi in gis:
        name = entities[index[gi]].name
        if name not in names:
            names.append(name)
    if not names:
        return replace_attribution(att, speaker=None, speakers=(), coref=how)
    return replace_attribution(att, speaker=names[0], speakers=tuple(names) if len(names) > 1 else (), coref=how)
