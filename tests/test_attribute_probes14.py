"""Attribution from the fourteenth round's probe stories (purpose-written sentences)."""

import pytest


@pytest.mark.parametrize("text", [
    "The watchdog is expected to decide by June whether the health service will pay for the pill.",
    "The panel is expected to rule by March 3 whether the merger can go ahead.",
])
def test_a_month_after_by_is_a_deadline_not_an_agent(analyzer, text):
    assert not analyzer.analyze(text).sentences[0].attribution.sourced


@pytest.mark.parametrize(("text", "source"), [
    ("The cuts will fall mostly on sales teams, according to two people familiar with the plans.",
     "two people familiar with the plans"),
    ("According to people familiar with the schedule, the vote will slip to May.",
     "people familiar with the schedule"),
])
def test_a_standard_noun_in_a_phrase_after_a_source_does_not_unsource_it(analyzer, text, source):
    a = analyzer.analyze(text).sentences[0].attribution
    assert a.sourced and a.source == source and a.source_type == "anonymous"


@pytest.mark.parametrize("text", [
    "The launch went according to plan.",
    "The money was spent according to the terms of the plan.",
])
def test_a_standard_phrase_after_according_to_is_still_no_source(analyzer, text):
    assert not analyzer.analyze(text).sentences[0].attribution.sourced


@pytest.mark.parametrize(("text", "source"), [
    ("A senior official in Vardo's party, who spoke on condition of anonymity, said the president would concede.",
     "A senior official in Vardo's party"),
    ("People familiar with Grady's thinking said he would veto the bill.", "People familiar with Grady's thinking"),
    ("Officials close to Prime Minister Vell said the talks had stalled.", "Officials close to Prime Minister Vell"),
])
def test_a_name_after_an_unnamed_sources_preposition_does_not_name_it(analyzer, text, source):
    a = analyzer.analyze(text).sentences[0].attribution
    assert a.source == source and a.source_type == "anonymous"


@pytest.mark.parametrize("text", [
    "Abiodun Okeke, a historian at the University of Lagos who has studied the raid, rejected that view.",
    "His campaign manager, Enzo Pirelli, said the remaining ballots came from rural areas.",
])
def test_a_person_in_apposition_to_a_description_naming_an_organisation_is_a_person(analyzer, text):
    assert analyzer.analyze(text).sentences[0].attribution.source_type == "person"


def test_a_business_described_by_its_trade_stays_an_institution(analyzer):
    a = analyzer.analyze("Brixcode, a software company in Ohio, said it was hacked.").sentences[0].attribution
    assert a.source_type == "institution"


@pytest.mark.parametrize("text", [
    "It raises police funding by 3 percent, less than the 8 percent Mayor Dana Ruiz had requested.",
    "The budget passed with the cuts Councillor Smith proposed.",
    "Mr. King joined the march for a new sentencing law, which Senator Vale championed.",
])
def test_an_object_gap_verb_ending_a_relative_clause_is_no_cue(analyzer, text):
    assert not analyzer.analyze(text).sentences[0].attribution.sourced


@pytest.mark.parametrize("text", [
    "The budget is far too large, Councillor Smith said.",
    "The budget should be cut by a tenth, Councillor Smith proposed.",
])
def test_a_trailing_cue_after_a_comma_is_still_a_cue(analyzer, text):
    a = analyzer.analyze(text).sentences[0].attribution
    assert a.sourced and a.speaker == "Smith"


def test_a_compound_noun_before_a_participle_is_not_its_subject_for_a_word_that_opens_a_source(analyzer):
    # "red" opens "Red Cross" but names no one in lower case: "a red flag warning" is the service's
    r = analyzer.analyze("The Harbor Weather Service issued a red flag warning through Monday.")
    assert r.sentences[0].attribution.source != "a red flag"


def test_a_he_after_a_sentence_naming_another_man_is_not_carried_to_the_earlier_source(analyzer):
    text = ("Dale Urban, a spokesman for the company, said it would appeal. "
            "One of the plaintiffs, retired bus driver Harold Penn, wept as the verdict was read. "
            "He told reporters that his wife had died of cancer.")
    a = analyzer.analyze(text).sentences[2].attribution
    assert a.source == "He" and a.speaker == "Harold Penn"


def test_a_he_is_still_carried_when_the_sentence_between_names_the_source_again(analyzer):
    text = ("Senator Tom Brandt said the plan was sound. "
            "John Kerry visited the site on Monday. Brandt read the report twice. "
            "He said the numbers were clear.")
    assert analyzer.analyze(text).sentences[3].attribution.speaker == "Tom Brandt"
