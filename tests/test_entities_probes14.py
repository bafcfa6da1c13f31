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


@pytest.mark.parametrize("text, name, noun", [
    ("The Brannock Museum returned 37 bronzes on Friday. ", "Brannock Museum", "The museum"),
    ("The Sprint Integrity Unit banned the runner on Tuesday. ", "Sprint Integrity Unit", "The unit"),
])
def test_a_museum_or_a_unit_is_an_organisation_its_body_noun_points_to(analyzer, text, name, noun):
    r = analyzer.analyze(text + noun + " said it was reviewing 1,400 other cases.")
    assert entity(r, name).type == "institution"
    assert r.sentences[1].attribution.speaker == name


def test_the_noun_before_a_parenthetical_speaker_is_no_description_of_him(analyzer):
    r = analyzer.analyze("Mr. Orwin spoke at the hearing. The bank, Mr. Orwin said, will need more capital.")
    assert "bank" not in entity(r, "Orwin").roles


def test_a_title_with_a_role_noun_after_it_names_the_person_in_apposition(analyzer):
    text = ("The growers' federation rejected the offer on Monday. "
            "Its chief negotiator, Tova Brenner, said the employers had offered nothing new.")
    assert analyzer.analyze(text).sentences[1].attribution.speaker == "Tova Brenner"


def test_the_head_of_a_public_body_is_still_a_she(analyzer):
    text = ("Ilinca Varga, head of the Flood Protection Agency, said her teams had rescued 87 people. "
            "She warned that the cold posed a serious danger.")
    r = analyzer.analyze(text)
    assert r.sentences[1].attribution.speaker == "Ilinca Varga"
    assert entity(r, "Ilinca Varga").type == "official"


@pytest.mark.parametrize("text, name, noun", [
    ("Dr Ines Carvajal, an emergency physician, said her ward was full. ", "Ines Carvajal", "the doctor"),
    ("Its chief negotiator, Tova Brenner, said the offer was generous. ", "Tova Brenner", "the negotiator"),
])
def test_a_role_noun_points_back_to_the_person_who_holds_it(analyzer, text, name, noun):
    r = analyzer.analyze(text + f'"We are not moving," {noun} said.')
    assert r.sentences[1].attribution.speaker == name
    assert entity(r, noun) is None


@pytest.mark.parametrize("text, name, role", [
    ("City Manager Theo Grunwald said the increase would cover the new spending.", "Theo Grunwald", "City Manager"),
    ("Forecaster Miguel Arbelo said humidity would stay low.", "Miguel Arbelo", "Forecaster"),
])
def test_a_title_before_a_name_is_kept_apart_from_it(analyzer, text, name, role):
    r = analyzer.analyze(text)
    assert r.sentences[0].attribution.speaker == name
    assert role in entity(r, name).roles


def test_a_he_after_a_person_described_at_a_university_finds_him_not_the_one_before(analyzer):
    text = ("Jacobus Timmer, a former trustee, said the objects were safer in Amsterdam. "
            "Abiodun Okeke, a historian at the University of Lagos who has studied the raid, rejected that view. "
            '"The idea is exactly the attitude that made the looting possible," he said.')
    r = analyzer.analyze(text)
    assert r.sentences[2].attribution.speaker == "Abiodun Okeke"
    assert entity(r, "Abiodun Okeke").type == "person"


@pytest.mark.parametrize("text, name", [
    ("The Harbour Workers' Union said 6,200 members had joined the strike.", "Harbour Workers' Union"),
    ("The Terminal Employers' Association rejected the accusation.", "Terminal Employers' Association"),
])
def test_a_members_possessive_before_an_organisation_word_is_part_of_its_name(analyzer, text, name):
    r = analyzer.analyze(text)
    assert entity(r, name) is not None and entity(r, name).type == "institution"
    assert entity(r, "Union") is None and entity(r, "Association") is None


def test_a_name_after_a_body_noun_and_known_as_is_that_organisation(analyzer):
    text = ("A hacking group known as GreyMarten claimed the attack on Monday. "
            "The group said it had stolen patient records.")
    r = analyzer.analyze(text)
    assert entity(r, "GreyMarten").type == "institution"
    assert r.sentences[1].attribution.speaker == "GreyMarten"


def test_a_title_word_before_an_organisation_word_is_part_of_the_bodys_name(analyzer):
    r = analyzer.analyze("According to the General Union of Dockers, six workers have died on the job.")
    e = entity(r, "General Union of Dockers")
    assert e is not None and "General" not in e.roles


def test_the_initialism_of_a_common_noun_is_no_organisation(analyzer):
    r = analyzer.analyze("Quellara will shift its spending into AI, and the DNA tests came back clean.")
    assert entity(r, "AI") is None and entity(r, "DNA") is None
