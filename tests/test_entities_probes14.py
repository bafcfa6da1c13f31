"""Speakers from the fourteenth round's probe stories (purpose-written texts)."""

import pytest


@pytest.mark.parametrize(("text", "speaker"), [
    ("Japan's trade ministry said it would retaliate. \"We will respond,\" the ministry said in a statement.",
     "Japan's trade ministry"),
    ("The country's central bank said inflation was too high. Later the bank said it would act.",
     "The country's central bank"),
])
def test_a_bare_body_noun_points_to_the_body_that_spoke_as_a_description(analyzer, text, speaker):
    assert analyzer.analyze(text).sentences[-1].attribution.speaker == speaker


def test_two_described_bodies_with_the_same_head_leave_the_noun_unresolved(analyzer):
    text = ("Japan's trade ministry said it would retaliate. Korea's trade ministry said it would not. "
            "The ministry said talks would resume.")
    assert analyzer.analyze(text).sentences[-1].attribution.speaker is None
