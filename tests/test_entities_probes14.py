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


def entity(r, name):
    return next((e for e in r.entities if e.name == name), None)


def test_a_plural_possessive_of_its_members_stays_inside_an_organisations_name(analyzer):
    r = analyzer.analyze("The National Farmers' Union said the tax was unfair. The union has called another "
                         "protest.")
    assert entity(r, "National Farmers' Union") is not None and entity(r, "Union") is None
    assert r.sentences[1].attribution.speaker == "National Farmers' Union"


def test_a_partys_possessive_still_ends_the_name(analyzer):
    r = analyzer.analyze("The Democrats' Senate leader said no.")
    assert entity(r, "Democrats' Senate leader") is not None or entity(r, "Democrats") is not None
    assert entity(r, "Democrats' Senate") is None


def test_a_body_noun_before_an_acronym_types_it(analyzer):
    r = analyzer.analyze("The broadcaster NOS said the tax was unfair.")
    assert entity(r, "NOS").type == "media"


def test_a_body_noun_that_stood_for_an_organisation_still_does_after_another_is_named(analyzer):
    text = ("The Harbor Safety Board found that a sensor failed. The pilots lost control, the board said. "
            "Corvell Aerospace disputed the finding. Its lawyers said repairs were the airline's duty. "
            "Relatives of the victims said they would sue. The airline's owner, Bayline Air, declined to "
            "comment. The board said it would make 11 recommendations.")
    r = analyzer.analyze(text)
    assert r.sentences[1].attribution.speaker == "Harbor Safety Board"
    assert r.sentences[-1].attribution.speaker == "Harbor Safety Board"


def test_a_body_noun_after_another_board_is_named_stays_unresolved(analyzer):
    text = ("The Harbor Safety Board found that a sensor failed. The pilots lost control, the board said. "
            "Corvell Aerospace disputed the finding. Its lawyers said repairs were the airline's duty. "
            "Relatives of the victims said they would sue. The Bayline Air Board declined to comment. "
            "The board said it would make 11 recommendations.")
    assert analyzer.analyze(text).sentences[-1].attribution.speaker != "Harbor Safety Board"
