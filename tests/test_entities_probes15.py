"""Entities and speakers from the fifteenth round's probe stories (purpose-written texts)."""

import pytest


@pytest.mark.parametrize(("text", "speaker"), [
    ("Flights at Bristol Airport have been suspended, the airport said.", "Bristol Airport"),
    ("The Catholic Church apologised on Monday. The church said it had failed the victims.", "Catholic Church"),
])
def test_an_airport_or_a_church_answers_to_its_body_noun(analyzer, text, speaker):
    r = analyzer.analyze(text)
    assert r.sentences[-1].attribution.speaker == speaker


def test_a_body_role_with_a_relative_clause_is_headed_by_its_noun(analyzer):
    r = analyzer.analyze("Orbital Forge, the Houston company that built the lander, said all systems were normal. "
                         "Engineers cheered in the control room. Dozens of spectators watched from the beach. "
                         "Fog rolled in by noon. The landing is set for Thursday, the company said.")
    assert r.sentences[-1].attribution.speaker == "Orbital Forge"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Pop singer Jenna Vale has sued her former manager. The singer, 29, said she felt betrayed.", "Jenna Vale"),
    ("Coach Tom Hale was fired on Monday. The coach told reporters he was stunned.", "Tom Hale"),
])
def test_a_persons_described_role_after_the_points_back_to_its_holder(analyzer, text, speaker):
    a = analyzer.analyze(text).sentences[1].attribution
    assert a.speaker == speaker and a.source_type == "person"


def test_a_described_role_no_one_holds_stays_a_description(analyzer):
    r = analyzer.analyze("Tom Hale said the pier was safe. The carpenter said the beams were rotten.")
    assert r.sentences[1].attribution.speaker != "Tom Hale"


@pytest.mark.parametrize(("text", "speaker"), [
    ('The aid group they worked for, Médecins du Désert, said it was "overjoyed."', "Médecins du Désert"),
    ("The charity she worked for, Harbor Kitchen, said it was relieved.", "Harbor Kitchen"),
])
def test_a_description_ending_in_a_relative_clause_without_that_names_the_organisation_after_it(
        analyzer, text, speaker):
    r = analyzer.analyze(text)
    a = r.sentences[0].attribution
    assert a.sourced and a.speaker == speaker
    assert next(e for e in r.entities if e.name == speaker).type == "institution"


def test_it_after_a_described_organisation_spoke_is_that_organisation(analyzer):
    r = analyzer.analyze("Two aid workers were freed on Friday, the Valmoran foreign ministry said. The ministry "
                         "named the pair as Claire Dubois and Ahmed Benali. It said both were in good health.")
    a = r.sentences[2].attribution
    assert a.speaker == "Valmoran foreign ministry" and a.source_type == "official"


def test_it_after_a_described_organisation_with_another_named_since_stays_open(analyzer):
    r = analyzer.analyze("Two aid workers were freed on Friday, the Valmoran foreign ministry said. Harbor Kitchen "
                         "Ltd flew them home. It said both were in good health.")
    assert r.sentences[2].attribution.speaker != "Valmoran foreign ministry"


def test_a_name_after_a_list_of_relatives_takes_only_the_last_as_its_role(analyzer):
    r = analyzer.analyze("She is survived by her son, two granddaughters and a sister, Ruth Palmer.")
    assert next(e for e in r.entities if e.name == "Ruth Palmer").roles == ("sister",)


def test_chief_before_a_lower_case_title_opening_the_sentence_is_part_of_the_role(analyzer):
    r = analyzer.analyze("Chief executive Steve Altemus called the launch flawless.")
    assert next(e for e in r.entities if e.name == "Steve Altemus").roles == ("Chief executive",)


def test_a_name_the_writer_only_places_things_in_is_a_place(analyzer):
    r = analyzer.analyze("Agents raided a meatpacking plant in rural Nebraska on Wednesday. About 25,000 "
                         "unauthorized immigrants live in Nebraska, the group said.")
    assert next(e for e in r.entities if e.name == "Nebraska").type == "place"


def test_a_name_that_also_acts_keeps_its_organisation_type(analyzer):
    r = analyzer.analyze("Workers at Belmora plants went on strike. Belmora said the strike was illegal. "
                         "Talks with Belmora resumed in Belmora's offices.")
    assert next(e for e in r.entities if e.name == "Belmora").type != "place"
