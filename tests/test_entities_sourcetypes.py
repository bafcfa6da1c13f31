"""Source types the speaker shows: a type attribution could only guess becomes the type of the entity the
source resolved to ("Gov. Ana Lima said": official; "Brixcode, the city's software contractor, said":
institution; "It said" after "The Harbor Authority ...": official). Purpose-written texts, one per rule."""

import pytest


def attributions(analyzer, text):
    return [s.attribution for s in analyzer.analyze(text).sentences]


@pytest.mark.parametrize("text", [
    "The contractor, Brixcode, said the new system would be ready by June.",
    "Brixcode, the city's software contractor, said no patient data was lost.",
])
def test_a_business_in_apposition_is_an_institution_source(analyzer, text):
    a = attributions(analyzer, text)[0]
    assert a.speaker == "Brixcode" and a.source_type == "institution"


def test_it_said_after_an_office_is_an_official_source(analyzer):
    atts = attributions(analyzer, "The Harbor Authority reviewed the contract last month. "
                                  "It said the bids were too high.")
    assert atts[-1].speaker == "Harbor Authority" and atts[-1].source_type == "official"


def test_a_named_movement_is_an_institution(analyzer):
    r = analyzer.analyze("Fighting resumed near the border overnight. Hamas said it had fired rockets at two towns.")
    assert r.sentences[-1].attribution.source_type == "institution"
    assert next(e for e in r.entities if e.name == "Hamas").type == "institution"


def test_a_titled_office_holder_is_an_official_source(analyzer):
    atts = attributions(analyzer, "Gov. Ana Lima said the state would appeal the ruling. "
                                  "She said the court had erred.")
    assert atts[0].speaker == "Ana Lima" and atts[0].source_type == "official"
    assert atts[1].speaker == "Ana Lima" and atts[1].source_type == "official"


def test_a_record_keeps_its_own_source_type(analyzer):
    a = attributions(analyzer, "“The plan will fail before the winter,” Governor Ada Morel said, according to a "
                               "recording of the meeting that was shared by her opponents.")[0]
    assert a.speaker == "Ada Morel" and a.source_type != "official"


def test_counsel_is_a_title_not_part_of_the_name(analyzer):
    a = attributions(analyzer, "Special Counsel Edda Lind said the inquiry would end in March.")[0]
    assert a.speaker == "Edda Lind" and a.source_type == "official"


@pytest.mark.parametrize("text", ["Workers said the plant was unsafe.", "Developers have warned of delays.",
                                  "Democrats said the bill was dead."])
def test_a_group_noun_as_the_first_word_is_a_group_source_not_a_named_one(analyzer, text):
    assert attributions(analyzer, text)[0].source_type == "group"


def test_a_capitalised_name_that_is_no_group_noun_keeps_its_type(analyzer):
    assert attributions(analyzer, "Williams said the plant was unsafe.")[0].source_type == "person"


def test_an_outlets_poll_is_data_not_the_outlets_reporting(analyzer):
    a, b = attributions(analyzer, "Economists polled by Reuters expect losses to top $2 billion. "
                                  "Reuters reported the figures on Monday, citing the poll.")
    assert a.source_type == "data" and b.source_type == "media"


@pytest.mark.parametrize("text, stype", [
    ('"We have been in the dark for two days," said Carlos Mena, 62, of Riverton.', "person"),
    ("Former Mexican President Vicente Fox said the invitation was a mistake.", "official"),
    ('"We have been in the dark for two days," said Carlos R. Mena, 62, of Riverton.', "person"),
])
def test_an_outlets_name_as_a_surname_after_a_given_name_is_no_outlet(analyzer, text, stype):
    assert attributions(analyzer, text)[0].source_type == stype
