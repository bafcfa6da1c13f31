"""Entities and speakers from the fourteenth round's probe stories (purpose-written texts): an organisation
named after a person ("the Edwin Marsh Institute") is no "he" and answers to "the institute"."""

import pytest


def entity(r, name):
    return next((e for e in r.entities if e.name == name), None)


@pytest.mark.parametrize("text, noun", [
    ("The Edwin Marsh Institute published new mortality figures on Monday. ", "The institute said"),
    ("Staff at the Helen Carver Hospital worked through the night. ", "The hospital said"),
])
def test_an_organisation_named_after_a_person_answers_to_its_body_noun(analyzer, text, noun):
    r = analyzer.analyze(text + noun + " most of the victims were over 75.")
    name = "Edwin Marsh Institute" if "Institute" in text else "Helen Carver Hospital"
    assert r.sentences[1].attribution.speaker == name
    assert entity(r, name).type == "institution"
