"""Attribution from the eleventh round's probe stories (purpose-written sentences)."""

import pytest


@pytest.mark.parametrize(("text", "source"), [
    ("Those who drank coffee were less likely to die, the researchers found.", "the researchers"),
    ("Those who drank coffee were less likely to die, the research team found.", "the research team"),
    ("The money was gone from the safe, police found.", "police"),
])
def test_a_data_verb_closing_the_sentence_after_a_person_or_body_attributes(analyzer, text, source):
    a = analyzer.analyze(text).sentences[0].attribution
    assert a.sourced and a.source == source


@pytest.mark.parametrize("text", [
    "The bill failed in the end, which is what they found.",
    "The videos do not show his hands, the footage showed.",
])
def test_a_closing_data_verb_after_a_relative_or_a_thing_does_not(analyzer, text):
    assert not analyzer.analyze(text).sentences[0].attribution.sourced


def test_thoughts_and_prayers_is_no_cue(analyzer):
    text = "Once again, children are dying, and once again, Republicans offer nothing but thoughts and prayers."
    assert not analyzer.analyze(text).sentences[0].attribution.sourced


def test_shared_thoughts_still_attribute(analyzer):
    a = analyzer.analyze("Residents shared their thoughts on the new stadium at a meeting.").sentences[0].attribution
    assert a.sourced


def test_a_dateline_with_a_horizontal_bar_is_a_dateline(analyzer):
    r = analyzer.analyze("WASHINGTON ― President Ana Ruiz on Tuesday renewed her attack on the agency, "
                         "saying it had failed.")
    a = r.sentences[0].attribution
    assert a.source != "WASHINGTON" and all(e.name != "WASHINGTON" for e in r.entities)


@pytest.mark.parametrize(("text", "source"), [
    ("A memorable campaign ad in 2008 questioned whether the senator was ready.", "A memorable campaign ad in 2008"),
    ("A study in 2019 found that sleep matters.", "A study in 2019"),
])
def test_a_year_after_in_belongs_to_the_noun_before_it(analyzer, text, source):
    assert analyzer.analyze(text).sentences[0].attribution.source == source
