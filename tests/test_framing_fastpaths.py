"""Framing's fast paths (read from the sentence's own tokens) give exactly what the plain forms give."""

from __future__ import annotations

import random

from biaslens import ingest
from biaslens.entities import framing
from biaslens.segment import segment
from biaslens.tokens import keys

TEXTS = [
    "Russian President Vladimir Putin met Sen. Ada Morel of Vermont and the Harbor Guild on Tuesday.",
    "'Mullah the Great' Ali Khamenei said the U.S. Department of State and al-Assad's O'Neill-Brown agreed.",
    "x-Ray, don’t-Stop Bob’s ÀB Éclair; 1,700 people (95%) said “It’s fine,” said Gov. Lund. Then: A.",
    "The report, which was written by the staff of the House Budget Committee in Washington, blamed Iran.",
    "10:30 that’s when İf ſince THE Mayor, by the Harbor Guild's own account — slammed the plan; but 5that Reuters.",
    "Because Ana left—while Bo stayed, unless-until so-that the WHILE Although 3:15; whereas İF ıf Since it’s That.",
]


def _sentences(analyzer):
    for text in TEXTS:
        seg = segment(ingest.read_text(text + " " + text), analyzer._splitter)
        for sent in seg.sentences:
            yield seg.document.text, sent


def test_gap_keys_equal_the_keys_of_the_stretch(analyzer):
    rng = random.Random(23)
    seen = 0
    for full, sent in _sentences(analyzer):
        edges = [*sent.starts, *(a + len(w) for a, w in zip(sent.starts, sent.words, strict=True)), sent.end]
        for _ in range(300):  # token edges (the fast path) and any offset (cuts: the plain form)
            a, b = sorted(rng.choice(edges) if rng.random() < 0.6 else rng.randint(sent.start, sent.end)
                          for _ in range(2))
            assert framing._gap_keys(sent, a, b, full) == keys(full[a:b]), (full[a:b], a, b)
            seen += 1
    assert seen >= 3000


def test_prepositional_from_tokens_equals_the_text_form(analyzer):
    for full, sent in _sentences(analyzer):
        ends = [a + len(w) for a, w in zip(sent.starts, sent.words, strict=True)]
        for pos in {*sent.starts, *ends, *range(sent.start, sent.end + 1)}:
            assert framing._prepositional(sent, pos, full) == framing._prepositional_text(full, pos, sent.start), \
                (full[sent.start:pos], pos)


def test_clause_start_from_tokens_equals_the_pattern_scan(analyzer):
    for full, sent in _sentences(analyzer):
        for pos in range(sent.start, sent.end + 1):
            assert framing._clause_start(sent, pos, full) == framing._clause_start_text(full, sent.start, pos), \
                (full[sent.start:pos], pos)
