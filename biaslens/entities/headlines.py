"""Headlines in title case: every word is capitalised, so a run of capitalised words there is no
evidence of a name ("Senate Hardliners Torpedo Farm Bill", "Ports Trade Accusations"). A name
found in such a headline is kept when the body names it too (all its words among the words of the
body's names), else cut to its longest stretch of such words ("Talks Stall As Zarif Warns West" ->
"Zarif", after "Mohammad Javad Zarif" in the body) or dropped. A headline in sentence case ("Senate
hardliners torpedo farm bill") keeps its names as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain
from operator import attrgetter

from ..types import Sentence
from .mentions import Candidate

_KEYS = attrgetter("keys")  # a candidate's name words
_MIN_LONG_WORDS = 3  # "Iran Warns": too short to tell title case from two names
_LONG_WORD = 4
# the words title case leaves in lower case: articles, conjunctions and prepositions (every verb,
# however short, is capitalised: "Is", "Met")
_LOWER_IN_TITLES = frozenset({"a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by",
                              "in", "of", "off", "on", "per", "to", "up", "via", "vs", "from", "with", "into",
                              "onto", "over", "than", "upon", "amid", "about", "if", "this", "that"})


def title_case(sent: Sentence) -> bool:
    """Whether a headline sentence is written in title case: every word begins with a capital but the
    articles, conjunctions and prepositions title case leaves in lower case, and three words or
    more have four letters or more ("The Harbor Tariff Committee met on Tuesday": not title case)."""
    n = 0
    words = sent.words
    for i, w in enumerate(words):
        if not w[:1].isalpha() or i and words[i - 1][-1:].isdigit():
            continue  # ("13th": the "th" of a number)
        if w[:1].islower() and w.lower() not in _LOWER_IN_TITLES:
            return False
        n += len(w) >= _LONG_WORD
    return n >= _MIN_LONG_WORDS


def named_in_body(cands: list[Candidate], heads: Sequence[tuple[int, int]], sentences: Sequence[Sentence]) \
        -> list[Candidate]:
    """The candidates, each of a title-case headline cut to its longest stretch of words the body's
    names hold ("Talks Stall As Zarif Warns West" -> "Zarif"), or left out when there is none.
    `heads`: where in `cands` the title-case headlines' candidates stand (slices, in order)."""
    if not heads:
        return cands
    edges = [0, *chain.from_iterable(heads), len(cands)]  # body, headline, body, ...: `cands`' slices in turn
    body = []
    for k in range(0, len(edges), 2):
        body += cands[edges[k]:edges[k + 1]]
    body_words = set(chain.from_iterable(map(_KEYS, body)))  # (C-level: no Python step a name)
    out = []
    for k in range(len(edges) - 1):
        if k % 2 == 0:
            out += cands[edges[k]:edges[k + 1]]
            continue
        for c in cands[edges[k]:edges[k + 1]]:
            if not body_words.issuperset(c.keys):
                c = _body_part(c, sentences[c.sentence], body_words)
                if c is None:
                    continue
            out.append(c)
    return out


def _body_part(c: Candidate, sent: Sentence, body_words: set[str]) -> Candidate | None:
    """The candidate cut to its longest run of capitalised tokens the body's names hold, untyped (the
    body's mention says what it is), or None."""
    best, run = (0, 0), None
    for t, (key, word, at) in enumerate(zip(sent.keys, sent.words, sent.starts, strict=True)):
        inside = c.start <= at and at + len(word) <= c.end and key in body_words and word[:1].isupper()
        if inside:
            run = t if run is None else run
            if t + 1 - run > best[1] - best[0]:
                best = (run, t + 1)
        else:
            run = None
    a, b = best
    if a == b:
        return None
    start, end = sent.starts[a], sent.starts[b - 1] + len(sent.words[b - 1])
    return c._replace(start=start, end=end, np_start=start, name=sent.text[start - sent.start:end - sent.start],
                      keys=sent.keys[a:b], roles=(), role_classes=frozenset(), type=None, gender=None,
                      strong=False, descriptors=(), initial=a == 0)
