"""A role pointer's fast path gives exactly what its plain form gives (issue 17's cost budget):
`entities._indefinite` against `startswith` at every offset."""

from __future__ import annotations

import random


def test_indefinite_article_slices_equal_startswith():
    """`entities._indefinite` (a role pointer's "a"/"an" read as slices) against `startswith` at every offset."""
    from biaslens.entities import _INDEFINITE, _indefinite

    rng = random.Random(5)
    pieces = ["a", "A", "an", "An", "n", " ", "  ", "x", "aa", "\n", "À"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        for at in range(len(text) + 2):
            assert _indefinite(text, at) == text.startswith(_INDEFINITE, at), (text, at)
