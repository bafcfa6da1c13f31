"""Entities and speakers from the sixteenth round's own probe stories of the lead (purpose-written sentences)."""

import pytest


@pytest.mark.parametrize(("text", "speaker", "body"), [
    ('"The rules are a test case," said Ella Jakobsen of the campaign group Netfair.', "Ella Jakobsen", "Netfair"),
    ("Tom Reilly of the think tank Bruegel said the plan would fail.", "Tom Reilly", "Bruegel"),
])
def test_a_person_of_a_body_led_by_its_body_noun_speaks_as_the_person(analyzer, text, speaker, body):
    report = analyzer.analyze(text)
    assert report.sentences[0].attribution.speaker == speaker
    names = {e.name: e.type for e in report.entities}
    assert names[speaker] == "person" and names[body] == "institution"


def test_what_follows_a_name_without_a_body_noun_is_no_body_of_the_person():
    from biaslens.entities.sourcenames import of_body

    class Rules:
        body_nouns = {"group": ("institution", False)}

    assert of_body(" of the campaign group EDRi", Rules())
    assert not of_body(" of the meeting Trump", Rules())


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Regulators opened proceedings against the social media platform Chirpa.", "Chirpa", "platform"),
    ("Industry lobby Techwise warned that the rules would stifle investment.", "Techwise", "lobby"),
])
def test_a_platform_or_a_lobby_before_a_name_makes_it_an_institution(analyzer, text, name, role):
    entity = next(e for e in analyzer.analyze(text).entities if e.name == name)
    assert entity.type == "institution" and role in entity.roles


def test_the_platform_points_back_to_the_platform_named_before(analyzer):
    report = analyzer.analyze("Regulators opened proceedings against the social media platform Chirpa. "
                              "The platform said it would appeal.")
    assert report.sentences[1].attribution.speaker == "Chirpa"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Trump Jr.’s attorney, Alan Futerfas, said the documents raised no concerns.", "Alan Futerfas"),
    ("Vantex Inc.’s lawyer, Ana Ruiz, said the documents raised no concerns.", "Ana Ruiz"),
])
def test_a_possessive_after_an_abbreviation_ends_the_owners_name(analyzer, text, speaker):
    report = analyzer.analyze(text)
    assert report.sentences[0].attribution.speaker == speaker
    assert not any(e.name.startswith("s ") for e in report.entities)


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Det Insp Mark Jones, of Westshire Police, said the inquiry went on.", "Mark Jones", "Det Insp"),
    ("Det Supt Ann Lee said two men were held.", "Ann Lee", "Det Supt"),
    ("DCI Rob Hale said the van had been found.", "Rob Hale", "DCI"),
])
def test_british_police_ranks_written_short_are_titles_not_names(analyzer, text, name, role):
    report = analyzer.analyze(text)
    assert report.sentences[0].attribution.speaker == name
    entity = next(e for e in report.entities if e.name == name)
    assert entity.type == "official" and role in entity.roles


def test_the_college_points_back_to_the_college_named_before(analyzer):
    report = analyzer.analyze("The Royal College of Dental Surgery painted a bleaker picture. "
                              "The college estimates that waits have doubled.")
    assert report.sentences[1].attribution.speaker == "Royal College of Dental Surgery"


@pytest.mark.parametrize("text", [
    "Hospital waiting lists in England fell for a third month.",
    "University fees will rise next year, the report said.",
])
def test_an_organisation_word_capitalised_only_as_the_sentences_first_word_is_no_entity(analyzer, text):
    assert [e.name for e in analyzer.analyze(text).entities if len(e.name.split()) == 1] == []


def test_an_acronym_first_in_its_sentence_stays_an_entity(analyzer):
    assert "NBA" in [e.name for e in analyzer.analyze("NBA owners voted to expand the league.").entities]


@pytest.mark.parametrize(("text", "name", "role"), [
    ("A spokesperson for the mayor, Karl Brenner, rejected the criticism.", "Karl Brenner", "mayor"),
    ("A spokesman for the special counsel, Ruth Adeyemi, said the report was wrong.", "Ruth Adeyemi",
     "special counsel"),
])
def test_a_spokesperson_for_a_named_office_holder_speaks_for_that_person(analyzer, text, name, role):
    report = analyzer.analyze(text)
    assert report.sentences[0].attribution.speaker == name
    entity = next(e for e in report.entities if e.name == name)
    assert list(entity.roles) == [role] and entity.type == "official"


def test_the_head_of_a_body_in_apposition_keeps_the_whole_description(analyzer):
    report = analyzer.analyze("The head of the union, Ana Ruiz, said the strike would go on.")
    assert next(e for e in report.entities if e.name == "Ana Ruiz").roles == ("head of the union",)


def test_a_role_written_as_someone_elses_before_the_last_speaker_was_named_is_not_that_speaker(analyzer):
    report = analyzer.analyze(
        "A former aide to the governor testified that she was told to delete emails. "
        "Prosecutors allege that Tom Varga paid bribes. Varga has pleaded not guilty. "
        "The governor, who has not been charged, has said he knew nothing about the payments.")
    assert report.sentences[3].attribution.speaker is None


def test_a_role_noun_right_after_its_holder_spoke_is_still_that_holder(analyzer):
    report = analyzer.analyze("Tom Varga said the plant would close. The plant will lose money, the governor added.")
    assert report.sentences[1].attribution.speaker == "Tom Varga"


def _targets(analyzer, text):
    return [(h.text, h.target) for s in analyzer.analyze(text).sentences for h in s.hits if h.voice == "writer"]


def test_a_demonym_before_a_loaded_term_aims_it_at_that_nation(analyzer):
    text = ("Senator Ann Lowe opened the hearing into Russian meddling in the vote. Russia denied any role.")
    assert ("meddling", "Russia") in _targets(analyzer, text)


def test_a_demonym_before_a_loaded_term_aims_it_at_no_one_when_the_nation_is_not_named(analyzer):
    assert ("meddling", None) in _targets(analyzer, "Senator Ann Lowe opened the hearing into Russian meddling.")


def test_a_demonym_before_a_term_and_a_name_leaves_the_term_to_the_name(analyzer):
    text = "The plan was drafted under Venezuelan dictator Hugo Varga."
    assert ("dictator", "Hugo Varga") in _targets(analyzer, text)


def test_a_place_is_not_linked_to_an_organisation_named_for_it(analyzer):
    report = analyzer.analyze("The mangoes were sold at stores in Ohio, Michigan and Indiana. "
                              "The company said it was sorry. "
                              "Dr. Priya Nair, a specialist at the University of Michigan, said most people recover.")
    assert report.sentences[1].attribution.speaker is None
    university = next(e for e in report.entities if e.name == "University of Michigan")
    assert len(university.mentions) == 1


RECALL = """Health officials are investigating an outbreak of salmonella linked to frozen mangoes, the Centers for \
Disease Control and Prevention said Friday.

One death has been reported in Ohio, the agency said.

The mangoes were sold under the brand name Sunny Harvest at grocery stores in Ohio, Michigan and Indiana. The \
company, based in Fresno, California, announced a voluntary recall on Thursday.

"We are deeply sorry," the company said in a statement.

Ohio's health department urged anyone with symptoms to contact a doctor."""


def test_the_company_is_no_place_named_after_in(analyzer):
    report = analyzer.analyze(RECALL)
    said = next(s for s in report.sentences if "the company said" in s.text)
    assert said.attribution.speaker is None


def test_the_agency_right_after_a_public_body_spoke_is_that_body(analyzer):
    report = analyzer.analyze("Cases rose in Ohio, the Centers for Disease Control and Prevention said. "
                              "One death was reported in Ohio, the agency said.")
    assert report.sentences[1].attribution.speaker == "Centers for Disease Control and Prevention"


def test_a_specific_body_noun_does_not_take_another_kind_of_body(analyzer):
    report = analyzer.analyze("The statement was issued by the Harbor Authority on Monday. "
                              "The report was released by the ministry on Tuesday.")
    assert report.sentences[1].attribution.speaker is None


def test_an_initial_organisation_word_before_an_untyped_name_is_analysed(analyzer):
    # (the initial-capital rule and the lone-surname rule share coref.link's lazily built word counts)
    report = analyzer.analyze("Hospital waiting lists fell in May. Kerrow Dalby visited the ward. Dalby smiled.")
    assert "Hospital" not in [e.name for e in report.entities]
    assert next(e for e in report.entities if e.name == "Kerrow Dalby").type == "person"
