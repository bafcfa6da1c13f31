"""Loaded language from the fifteenth round's own probe stories of the lead (purpose-written sentences)."""

import pytest


def _writer_terms(analyzer, text):
    return [h.text for s in analyzer.analyze(text).sentences for h in s.hits if h.voice == "writer"]


@pytest.mark.parametrize("text", [
    "Incumbent concedes as challenger wins governor's race",
    "Gov. Tom Aldridge conceded late on Tuesday.",
    "Aldridge conceded to Benning after midnight.",
    "Aldridge conceded.",
])
def test_conceding_an_election_is_no_factive_verb(analyzer, text):
    assert not any(t.lower().startswith("conce") for t in _writer_terms(analyzer, text))


def test_conceding_a_point_still_presupposes_it(analyzer):
    assert "conceded" in _writer_terms(analyzer, "The minister conceded that the plan had failed.")
