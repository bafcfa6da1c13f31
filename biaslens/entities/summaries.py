"""Per entity, how the article treats it: where it is mentioned, the sentences where it is quoted and
how many words it is quoted saying, the writer's loaded words that describe it or aim at it, and their
tone (the sign of their summed VADER valence). Run by `framing.frame` once targets are set."""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence

from ..tokens import count_word_tokens, count_words
from ..types import ANALYSED_ROLES, Attribution, Hit, Scored, Segmented, Sentence
from .records import RULE_APPOSITION, RULE_DESCRIPTOR, RULE_NOUN_PHRASE, RULE_POSSESSOR, Entities, EntitySummary

_DESCRIBING = (RULE_DESCRIPTOR, RULE_NOUN_PHRASE, RULE_POSSESSOR, RULE_APPOSITION)
# the record's own constructor (`fast_init`'s generated `__new__`), called directly: the same record without the
# type call's dispatch (as `resolve_entities` builds its records)
_new_summary = EntitySummary.__new__


def _words_between(sent: Sentence, lo: int, hi: int, text: str) -> int:
    """`count_words(text[lo:hi])` for a stretch of the sentence, from the sentence's own tokens when
    neither end cuts one (a token's text and offsets are the same wherever the scan began), without
    a second regex pass over the text (tests/test_entities_fastpaths.py)."""
    starts, words = sent.starts, sent.words
    i = bisect_left(starts, lo)
    j = bisect_left(starts, hi, i)
    if (i and starts[i - 1] + len(words[i - 1]) > lo) or (j and starts[j - 1] + len(words[j - 1]) > hi):
        return count_words(text[lo:hi])
    if i >= j:
        return 0
    n = len(words)
    if 2 * (j - i) <= n:
        return count_word_tokens(words[i:j])
    # most of the sentence (reported speech beside a short "she said"): the sentence's word count, known
    # since tokenizing, less the word tokens outside the stretch, counted in one go
    if j == n:
        return sent.n_words - count_word_tokens(words[:i]) if i else sent.n_words
    return sent.n_words - count_word_tokens(words[:i] + words[j:] if i else words[j:])


def _quoted(seg: Segmented, atts: Sequence[Attribution]) -> tuple[dict[str, list[int]], dict[str, int]]:
    """Per speaker name: the analysed sentences where it is quoted, and how many words it is quoted
    saying (the words of those sentences' reported content)."""
    text = seg.document.text
    quoted: dict[str, list[int]] = defaultdict(list)
    words: dict[str, int] = defaultdict(int)
    paragraphs, sentences = seg.paragraphs, seg.sentences
    for si, att in enumerate(atts):
        if not att.sourced or (not att.speaker and not att.speakers):
            continue  # (an unsourced sentence has no speaker) no one to count the words for
        sent = sentences[si]
        if paragraphs[sent.paragraph].role not in ANALYSED_ROLES:
            continue
        n = 0
        start, end = sent.start, sent.end
        for a, b in att.content:
            n += _words_between(sent, a if a > start else start, b if b < end else end, text)
        for name in att.speakers or (att.speaker,):
            quoted[name].append(si)
            words[name] += n
    return quoted, words


def summarise(ents: Entities, scored: Scored, aimed: dict[int, list[tuple[Hit, str]]],
              valence: dict[str, float]) -> tuple[EntitySummary, ...]:
    quoted, words = _quoted(scored.attributed.segmented, ents.attributed.attributions)
    entities = ents.entities
    spans: list[list[tuple[int, int]]] = [[] for _ in entities]  # each entity's mentions, in text order
    for m in ents.mentions:
        spans[m.entity].append((m.start, m.end))
    relays = ents.relays
    out = []
    for ei, e in enumerate(entities):
        hits = aimed.get(ei)
        if hits:
            tone = sum(valence.get(k, 0.0) for h, _ in hits for k in h.term.split())
            described = tuple(h.text for h, rule in hits if rule in _DESCRIBING)
            aimed_terms = tuple(h.text for h, _ in hits)
        else:
            tone, described, aimed_terms = 0, (), ()
        name = e.name
        said = quoted.get(name)
        roles = (("speaker",) if said else ()) + (("relay",) if ei in relays else ())
        out.append(_new_summary(EntitySummary, e.id, name, e.type, e.roles, tuple(spans[ei]),
                                tuple(said) if said else (), words.get(name, 0), described, aimed_terms,
                                (tone > 0) - (tone < 0), roles))
    return tuple(out)
