"""The entities stage's speed pass (espeed6): a run's text read once from its match, the template spans and
the compound-title test of role pointers in small functions, and the hyphen pre-test of `_described` give
the same answers as the forms they replaced (purpose-written sentences)."""

from __future__ import annotations

import pytest

from biaslens import Analyzer
from biaslens.attribute import attribute
from biaslens.entities.appositions import _described
from biaslens.entities.mentions import _RUN, _moved, _token_spans, sentence_names
from biaslens.entities.pointers import _compound_head, _inside_compound, sentence_pointers
from biaslens.entities.spans import SpeechSpans
from biaslens.entities.titlewords import _title_key
from biaslens.ingest import read_text
from biaslens.segment import segment


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


def _sentences(an, text):
    return segment(read_text(text), an._splitter).sentences


def test_a_runs_closing_marks_are_stripped_as_before(analyzer):
    """The run's text is the match's, its closing apostrophes stripped (the old loop moved its end back over
    them): "Democrats'" is "Democrats", a closing mark after a quoted nickname is no part of the name."""
    rules = analyzer._entities
    text = ("The Harbour Workers' Union said the Democrats' plan failed, and ‘Captain Chaos’ Ines Duarte "
            "agreed with Mayor Ana Lund’s staff.")
    for sent in _sentences(analyzer, text):
        names = [c.name for c in sentence_names(sent, rules)]
        assert "Democrats" in names and "Democrats'" not in names
        assert "Ines Duarte" in names and "Ana Lund" in names
        for m in _RUN.finditer(sent.text):  # the old end: moved back over every closing mark
            e = m.end()
            while sent.text[e - 1] in "'’":
                e -= 1
            assert m.group().rstrip("'’") == sent.text[m.start():e]


def test_moved_and_token_spans_are_the_old_comprehensions():
    spans = ((0, 5), (7, 12))
    assert _moved(spans, 100) == tuple([(100 + x, 100 + y) for x, y in spans])
    starts, words = [10, 16, 22, 30], ["Radical", "Mayor", "Ana", "Lund"]
    desc = (0, 1)
    assert _token_spans(starts, words, 1, 16, desc) == tuple(
        [(starts[1 + k] - 16, starts[1 + k] + len(words[1 + k]) - 16) for k in desc])


def test_a_compound_titles_later_word_makes_no_pointer_of_its_own(analyzer):
    """"the chief financial officer": one role pointer for the compound (made at "chief"), none at "officer";
    `_inside_compound` answers as the `any` over a generator it replaced."""
    rules = analyzer._entities
    text = "The chief financial officer said the governor and the company president would meet."
    an = analyzer
    seg = segment(read_text(text), an._splitter)
    speech = SpeechSpans(attribute(seg, an._attribution))
    for sent in seg.sentences:
        roles = [sent.text[p.start - sent.start:p.end - sent.start]
                 for p in sentence_pointers(sent, rules, speech) if p.kind == "role"]
        assert "officer" not in roles and not any(r.endswith(" officer") and r != "The chief financial officer"
                                                  for r in roles)
        keys = sent.keys
        for k in range(len(keys)):
            for det in range(max(0, k - 3), k):
                old = any(keys[j] in rules.titles and _compound_head(sent, j, rules)[0] == k
                          for j in range(max(det, k - 2), k))
                assert _inside_compound(sent, det, k, rules) == old


@pytest.mark.parametrize("stretch", ["the group's spokesman", "now a retired farmer", "Paris, Lyon",
                                     "the secretary-general of the union", "a well-known teacher"])
def test_described_pretest_answers_as_before(analyzer, stretch):
    """The hyphenated title keys are asked for only when the stretch holds a hyphen: a stretch without one
    has no hyphenated word, and the old test over none of them answered True (no role word)."""
    rules = analyzer._entities
    words = stretch.strip().rstrip(".").split()
    old = rules.role_heads.isdisjoint([_title_key(w.lower()) for w in words if "-" in w])
    assert ("-" not in stretch or old) == old


def test_a_hyphenated_title_still_describes(analyzer):
    """"the secretary-general of the union": a role word only as its title key, found after the pre-test."""
    found = _described("the secretary-general of the union", analyzer._entities, True, 2)
    assert found is not None and "secretary-general" in found[1]
