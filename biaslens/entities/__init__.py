"""Stage 3b, entities: who the article names, who speaks, and (with `framing`) how each is described.

    attribute -> entities -> score -> aggregate

- `mentions`: names in each sentence, with titles and roles kept apart from
  the name and loaded words kept out of it; pronouns and role nouns.
- `coref`: names linked into entities (surname <-> full name), pronouns and
  role nouns pointed back to them.
- `speakers`: every attribution gains `speaker` (the entity's name, or None),
  `speakers` (all entities of a coordinated source) and `coref` (how);
  `authors`: who stands behind a document or a relaying record.
- `framing` (run after scoring): each writer-voice hit's `target`, and per
  entity its quotes, descriptors, the terms aimed at it and a tone.

Rules and word lists only (lexicons/entities/); no model, nothing downloaded.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import fields
from operator import attrgetter

from ..attribute.carryover import source_gender
from ..types import ANALYSED_ROLES, ROLE_HEADLINE, Attributed, Attribution, Segmented
from .appositions import apposed
from .bodies import media_classes, named_by_kind
from .coref import Group, entity_id, link, name_of, type_of
from .headlines import named_in_body, title_case
from .lexicon import EntityRules
from .locatives import located
from .mentions import Candidate, Pointer, sentence_names, sentence_pointers
from .openers import common_plural_opener, modifier_opener, without_listings
from .pointing import resolve_pointer
from .records import COREF_PRONOUN, COREF_ROLE, Entities, Entity, EntitySummary, Mention
from .retype import source_type
from .sourcenames import source_heads
from .spans import SpeechSpans
from .speakers import SpeakerResolver

_SPAN = attrgetter("start", "end")  # a mention's span
_INDEFINITE = ("a ", "A ", "an ", "An ")
_ATT_FIELDS = [f.name for f in fields(Attribution)]
assert _ATT_FIELDS[-3:] == ["speaker", "speakers", "coref"], _ATT_FIELDS  # the stage's own fields come last
_ALL = attrgetter(*_ATT_FIELDS)
_SOURCE, _SOURCE_NAME, _RESOLVED = (_ATT_FIELDS.index(f) for f in ("source", "source_name", "resolved_from"))
_KEPT = attrgetter(*_ATT_FIELDS[:-3])  # an attribution's fields before the speaker fields
# The records' own constructors (`fast_init`'s generated `__new__`), called directly: the same records
# without the type call's dispatch (a look-up of `__new__`, then `object.__init__`), which is about a
# quarter of what building one costs. (`Mention(...)` and `_new_mention(Mention, ...)` are equal.)
_new_mention, _new_entity, _new_attribution = Mention.__new__, Entity.__new__, Attribution.__new__
_new_attributed, _new_entities = Attributed.__new__, Entities.__new__
_START = attrgetter("start")

__all__ = ["EntityRules", "Entities", "Entity", "EntitySummary", "Mention", "resolve_entities", "entity_id"]


def resolve_entities(attributed: Attributed, rules: EntityRules) -> Entities:
    """Find the entities of an article and resolve every attribution's speaker."""
    seg = attributed.segmented
    text, sentences = seg.document.text, seg.sentences
    speech = SpeechSpans(attributed)
    cands, pointers = _names_and_pointers(seg, rules, speech)
    atts = attributed.attributions
    groups, linked = link(cands, source_heads(atts, cands, text, rules), rules.minor_places,
                          rules.demonyms, rules.loaded, text)
    media_classes(groups, rules)
    located(groups, text, rules.place_leads)  # "in rural Nebraska": a place
    order = _writer_order(linked, speech)
    resolver = SpeakerResolver(rules, text, list(map(_START, sentences)), groups, linked, order, pointers,
                               lambda: _writer_order(linked, SpeechSpans(attributed, reported=False)))
    resolved: list[tuple[int, list[int], str]] = []  # (attribution, speakers, how): those a source names
    relaying: list[int] = []
    for si, att in enumerate(atts):
        if not att.sourced and not att.via:
            continue  # no one speaks: nothing to resolve, the record stays as it is
        gis, how = resolver.resolve(si, att)
        if how is not None:
            resolved.append((si, gis, how))
        if att.via or si in resolver.relayed:  # (`relay` answers None for any other)
            r = resolver.relay(si, att)
            if r is not None:
                relaying.append(r)
    pointed = _resolved_pointers(pointers, text, groups, order, resolver.by_sentence)
    entities, index = _entities(groups, _first_starts(groups, resolver.sources, pointed))
    new_atts = list(atts)
    for si, gis, how in resolved:
        new_atts[si] = _with_speakers(atts[si], gis, how, entities, index, rules)
    mentions = _mentions(linked, resolver.sources, pointed, index)
    relays = tuple(sorted({index[r] for r in relaying}))
    descriptors = tuple([(span, index[gi]) for c, gi in linked if c.descriptors for span in c.descriptors])
    out = _new_attributed(Attributed, seg, tuple(new_atts), attributed.quotes)
    return _new_entities(Entities, out, entities, mentions, descriptors, relays, speech)


def _names_and_pointers(seg: Segmented, rules: EntityRules,
                        speech: SpeechSpans) -> tuple[list[Candidate], list[Pointer]]:
    """The name candidates of the analysed sentences (those of a title-case headline only if the body names
    them) and their pronouns and role nouns, in text order. A sentence's keys are intersected once with
    `rules.sentence_cues`, and the tests of role heads, body nouns and pointer words read that small set."""
    cands: list[Candidate] = []
    pointers: list[Pointer] = []
    title_cased: list[tuple[int, int]] = []  # where in `cands` names of title-case headlines stand
    sentences, role_heads, body_keys, sentence_cues = seg.sentences, rules.role_heads, rules.body_nouns.keys(), \
        rules.sentence_cues
    pointer_words, work_verbs = rules.pointer_words, rules.work_verbs
    for para in seg.paragraphs:
        if para.role not in ANALYSED_ROLES:
            continue
        headline, dateline = para.role == ROLE_HEADLINE, para.dateline
        for si in para.sentences:
            sent = sentences[si]
            cues = sentence_cues.intersection(sent.keys)  # (one pass over the keys, in C, for the three tests)
            names = sentence_names(sent, rules, headline)
            if names:
                if not role_heads.isdisjoint(cues) or not work_verbs.isdisjoint(cues):  # (a person's role; "worked at")
                    names = apposed(names, sent, rules)
                if not body_keys.isdisjoint(cues):  # "the utility PowerNorth"
                    names = named_by_kind(names, sent, rules)
                if "(" in sent.text:
                    names = without_listings(names, sent)  # "Veltrix Systems (NASDAQ: VLTX)": no "VLTX"
                if dateline:  # "WASHINGTON —" says where the story was filed, not who is in it
                    names = [c for c in names if not dateline[0] <= c.start < dateline[1]]
                if names and names[0].initial and len(names[0].keys) == 1 and (  # (both ask one word)
                        modifier_opener(names[0], sent, rules) or common_plural_opener(names[0], rules)):
                    names = names[1:]  # "Union leaders accused ...": no union named; "Nurses at ...": no name
                if headline and names and title_case(sent):
                    title_cased.append((len(cands), len(cands) + len(names)))
                cands += names
            if not pointer_words.isdisjoint(cues):  # (`sentence_pointers` finds none in any other)
                pointers += sentence_pointers(sent, rules, speech, cues)
    return named_in_body(cands, title_cased, sentences), pointers


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


def _resolved_pointers(pointers: list[Pointer], text: str, groups: list[Group], order, by_sentence) -> list:
    """(pointer, group) of the pointers that resolve, in text order (a "he" that resolves to a person of
    unknown gender gives the person that gender, which later pointers see)."""
    out = []
    for p in pointers:
        if p.kind == "role" and _indefinite(text, p.start):
            continue  # "a spokesman", "an aide": a new one, not a mention of someone named before
        gi = resolve_pointer(p, groups, order, by_sentence)
        if gi is not None:
            out.append((p, gi))
    return out


def _indefinite(text: str, at: int) -> bool:
    """`text.startswith(_INDEFINITE, at)` for an offset that is not negative, read as slices (`startswith`
    with an offset parses its arguments as a tuple, a few times dearer)."""
    return text[at:at + 2] in _INDEFINITE or text[at:at + 3] in _INDEFINITE


def _first_starts(groups: list[Group], sources: list[tuple], pointed: list[tuple[Pointer, int]]) -> dict[int, int]:
    """Group -> the start of its first mention: its first name (`starts` is sorted), or an earlier
    description or pointer that is one of its mentions."""
    first = {gi: g.starts[0] for gi, g in enumerate(groups) if g.starts}
    for start, _, _, gi, _ in sources:
        if first.get(gi, start) >= start:
            first[gi] = start
    for p, gi in pointed:
        if first.get(gi, p.start) >= p.start:
            first[gi] = p.start
    return first


def _entities(groups: list[Group], first: dict[int, int]) -> tuple[tuple[Entity, ...], dict[int, int]]:
    """Entity records for the groups, in order of first mention (`first`: group -> its first mention's
    start; ties by group), then the groups never mentioned (relaying outlets); two groups with the same
    id are one entity."""
    ranked = sorted(sorted(first), key=first.__getitem__)  # (by start, then by group: sorted in C)
    if len(ranked) < len(groups):
        ranked.extend(gi for gi in range(len(groups)) if gi not in first)
    index: dict[int, int] = {}
    by_id: dict[str, int] = {}
    out: list[Entity] = []
    for gi in ranked:
        g = groups[gi]
        name = name_of(g)
        eid = entity_id(name)
        if eid in by_id:
            index[gi] = by_id[eid]
            continue
        by_id[eid] = index[gi] = len(out)
        out.append(_new_entity(Entity, eid, name, type_of(g), tuple(g.roles), frozenset(g.classes), g.gender,
                               tuple(g.names)))
    return tuple(out), index


def _mentions(linked: list[tuple[Candidate, int]], sources: list[tuple], pointed: list[tuple[Pointer, int]],
              index: dict[int, int]) -> tuple[Mention, ...]:
    """Every mention, in text order: names, descriptions that are sources, and pointers (a stable sort:
    at one span, in that order)."""
    # (a Candidate's and a Pointer's first fields are sentence, start, end; a Pointer's next is its kind)
    out = [_new_mention(Mention, c.start, c.end, c.sentence, index[gi], "name") for c, gi in linked]
    out.extend([_new_mention(Mention, a, b, si, index[gi], kind) for a, b, si, gi, kind in sources])
    out.extend([_new_mention(Mention, p[1], p[2], p[0], index[gi], p[3]) for p, gi in pointed])
    out.sort(key=_SPAN)
    return tuple(out)


def _carried_elsewhere(att: Attribution, name: str, given_names: dict[str, str]) -> bool:
    """A pronoun source that attribution's carry-over wrote as an earlier source ("she wrote" as
    "promoter Live Nation") while the pronoun resolved here to someone else (the singer named in the
    sentence before): the carried text names another one. Not a carried "the <role>" ("the
    senator", "The Vermont senator"), which may stand for anyone who holds it."""
    source = att.source or ""
    words = source.split()
    if len(words) <= _ROLE_WORDS and words[0].lower() == "the" and words[-1].islower() and words[-1][-1:] != "s":
        return False
    if name.lower() in source.lower() or any(len(w) > 2 and w[0].isupper() and w in source for w in name.split()):
        return False
    return source_gender(source, given_names) is None  # ("the spokeswoman, Chris Dale" for "she": the
    # carried source's own words told its gender, so carry-over had evidence)


_ROLE_WORDS = 4  # words of a carried "the <role>" ("the senator", "The Vermont senator", "the GOP candidate")


def _uncarried(att: Attribution) -> Attribution:
    """The attribution with its pronoun back as the source (its speaker says whom it stands for)."""
    values = list(_ALL(att))
    values[_SOURCE], values[_SOURCE_NAME], values[_RESOLVED] = att.resolved_from, att.resolved_from, None
    return _new_attribution(Attribution, *values)


def _with_speakers(att: Attribution, gis: list[int], how: str, entities, index, rules: EntityRules) -> Attribution:
    """The attribution with `speaker`, `speakers` and `coref` set (built positionally); a lone speaker's
    also with its `source_type` as the speaker shows it (`retype`; "Ruiz and Lund" keep theirs, "the two
    leaders" of two officials take theirs)."""
    if len(gis) == 1:
        speaker = entities[index[gis[0]]]
        if att.resolved_from is not None and how == COREF_PRONOUN and \
                _carried_elsewhere(att, speaker.name, rules.given_names):
            att = _uncarried(att)
        kept = _KEPT(att)
        stype = source_type(att, how, speaker.name, speaker.type, rules)
        if stype != kept[3]:  # (kept[3]: the source type)
            kept = (*kept[:3], stype, *kept[4:])
        return _new_attribution(Attribution, *kept, speaker.name, (), how)
    names, types = [], set()
    for gi in gis:
        e = entities[index[gi]]
        if e.name not in names:
            names.append(e.name)
            types.add(e.type)
    if not names:
        return _new_attribution(Attribution, *_KEPT(att), None, (), how)
    kept = _KEPT(att)
    if how == COREF_ROLE and len(types) == 1:  # "the three leaders" of three officials: official
        stype = source_type(att, how, names[0], types.pop(), rules)
        kept = (*kept[:3], stype, *kept[4:])
    return _new_attribution(Attribution, *kept, names[0], tuple(names) if len(names) > 1 else (), how)
