"""Entities and speakers from the fifteenth round's own probe stories of the lead (purpose-written sentences)."""

import pytest


def _first(analyzer, text):
    return analyzer.analyze(text).sentences[0].attribution


@pytest.mark.parametrize(("text", "speaker", "role"), [
    ("TikTok influencer Maya Lund said she had been paid for the posts.", "Maya Lund", "influencer"),
    ("NASA astronaut Kate Rubins said the station was ready.", "Kate Rubins", "astronaut"),
    ("Reuters photographer Ana Lima said she was held for six hours.", "Ana Lima", "photographer"),
])
def test_an_organisation_and_a_persons_role_before_a_name_leave_the_person_speaking(analyzer, text, speaker, role):
    report = analyzer.analyze(text)
    assert report.sentences[0].attribution.speaker == speaker
    person = next(e for e in report.entities if e.name == speaker)
    assert role in person.roles


@pytest.mark.parametrize(("text", "speaker"), [
    ("One mother, who gave only her first name, Jessica, said the school had failed her son.", "Jessica"),
    ("A resident who gave only his first name, Tom, said the water had been brown for a week.", "Tom"),
])
def test_a_clause_that_gives_only_a_first_name_leaves_the_named_person_speaking(analyzer, text, speaker):
    att = _first(analyzer, text)
    assert att.sourced and att.rule == "subject-cue"
    assert att.speaker == speaker and att.source_type == "person"


@pytest.mark.parametrize("text", [
    "One mother, Jessica, said the school had failed her son.",
    "One of the plaintiffs, Ana Ruiz, said the ruling was overdue.",
])
def test_an_unnamed_sounding_source_named_in_its_apposition_is_a_person(analyzer, text):
    assert _first(analyzer, text).source_type == "person"


def test_a_name_inside_a_clause_of_an_unnamed_source_leaves_it_unnamed(analyzer):
    att = _first(analyzer, "Two officials, one of whom works for Senator Ada Morel, said the bill was dead.")
    assert att.source_type != "person"
