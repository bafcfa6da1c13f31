"""The lexicon matcher's fast paths give exactly what the plain forms give (issue 20's cost budget)."""

from __future__ import annotations

import random

from biaslens.lexicon.contexts import in_context, parse_contexts

SPECS = ["sanctions *; tax *; * of the; * weather", "* #; * about #; the *", "a b *; * c d; # *", "* x"]
VOCAB = ["a", "b", "c", "d", "x", "the", "of", "tax", "taxes", "sanctions", "weather", "about", "12", "3rd", "t", ","]


def _in_context_plain(keys, first, end, contexts):
    """Every context compared word by word, no shortcut: what `in_context` must answer."""
    for before, after in contexts:
        b = first - len(before)
        if b < 0 or end + len(after) > len(keys):
            continue
        if all(keys[b + k] in allowed for k, allowed in enumerate(before)) and \
                all(keys[end + k] in allowed for k, allowed in enumerate(after)):
            return True
    return False


def test_in_context_answers_as_the_plain_comparison_does():
    rnd = random.Random(11)
    specs = [parse_contexts(s, "t") for s in SPECS]
    specs.append(tuple(specs[0]) + tuple(specs[1]))  # a plain tuple of contexts (no neighbour sets)
    hits = 0
    for _ in range(4000):
        keys = [rnd.choice(VOCAB) for _ in range(rnd.randint(1, 7))]
        first = rnd.randrange(len(keys))
        end = rnd.randint(first + 1, len(keys))
        for contexts in specs:
            want = _in_context_plain(keys, first, end, contexts)
            assert in_context(keys, first, end, contexts) == want, (keys, first, end)
            hits += want
    assert hits > 200  # the fuzz reaches the contexts, not only their misses
