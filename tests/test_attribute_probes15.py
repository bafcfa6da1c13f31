"""Attribution from the fifteenth round's probe stories (purpose-written sentences)."""

import pytest


@pytest.mark.parametrize(("text", "source", "speaker"), [
    ('"He never missed a deadline," said her longtime editor, Tom Hale.', "her longtime editor, Tom Hale",
     "Tom Hale"),
    ('"We trained every morning at five," said his former coach.', "his former coach", "his former coach"),
])
def test_an_inverted_cue_before_a_possessive_phrase_names_its_speaker(analyzer, text, source, speaker):
    a = analyzer.analyze(text).sentences[0].attribution
    assert a.sourced and a.source == source and a.speaker == speaker


def test_a_possessive_object_running_into_the_clause_is_no_inverted_speaker(analyzer):
    assert not analyzer.analyze("He smiled, said his goodbyes and left.").sentences[0].attribution.sourced


@pytest.mark.parametrize(("text", "source"), [
    ("Consumer advocates said the recall came too late.", "Consumer advocates"),
    ("Tenant advocates warn the rule will raise rents.", "Tenant advocates"),
])
def test_a_cue_homograph_before_a_speech_verb_is_the_subjects_noun(analyzer, text, source):
    a = analyzer.analyze(text).sentences[0].attribution
    assert a.sourced and a.source == source


@pytest.mark.parametrize(("text", "source"), [
    ("Workers at the Belvidere assembly plant in Illinois said job security mattered more than pay.",
     "Workers at the Belvidere assembly plant in Illinois"),
    ("Medics at a field hospital near the front said they treated dozens of soldiers a day.",
     "Medics at a field hospital near the front"),
    ("On Monday, staff at the depot in Ohio said the line had stopped.", "staff at the depot in Ohio"),
    ("Our correspondent in Cardiff, Sian Lloyd, reports that the streets are empty.",
     "Our correspondent in Cardiff, Sian Lloyd"),
])
def test_a_place_chain_after_a_plural_or_source_noun_belongs_to_the_subject(analyzer, text, source):
    a = analyzer.analyze(text).sentences[0].attribution
    assert a.sourced and a.source == source


def test_a_clause_opening_with_a_preposition_keeps_its_own_subject(analyzer):
    a = analyzer.analyze("In Illinois, workers said pay mattered.").sentences[0].attribution
    assert a.source == "workers"


@pytest.mark.parametrize(("text", "source"), [
    ("GM said it was aware of 14 crashes.", "GM"),
    ("The rocket lifted off at dawn, SpaceX said.", "SpaceX"),
    ("OpenAI said it would appeal the ruling.", "OpenAI"),
])
def test_an_acronym_or_a_run_together_brand_speaks_for_an_organisation(analyzer, text, source):
    a = analyzer.analyze(text).sentences[0].attribution
    assert a.source == source and a.source_type == "institution"


@pytest.mark.parametrize("text", ["HALE: We never agreed to that.", "HALE SAID THE PIER WAS SAFE."])
def test_a_name_in_capitals_in_a_label_or_a_shouted_line_stays_a_person(analyzer, text):
    assert analyzer.analyze(text).sentences[0].attribution.source_type == "person"


@pytest.mark.parametrize(("text", "source"), [
    ("The European Central Bank left interest rates unchanged on Thursday, saying inflation was easing.",
     "The European Central Bank"),
    ("The bank left rates unchanged, saying inflation was easing.", "The bank"),
    ("Norvale Motors cut 400 jobs on Monday, saying demand had collapsed.", "Norvale Motors"),
])
def test_a_past_form_that_is_also_a_noun_ends_the_subject_before_a_participle_cue(analyzer, text, source):
    assert analyzer.analyze(text).sentences[0].attribution.source == source


def test_a_noun_left_before_a_speech_verb_stays_in_the_subject(analyzer):
    assert analyzer.analyze("The Labour left said the budget was a betrayal.").sentences[0].attribution.source \
        == "The Labour left"


@pytest.mark.parametrize(("text", "source", "speaker"), [
    ("According to her son, Thomas Ellison, she kept writing until last spring.", "her son, Thomas Ellison",
     "Thomas Ellison"),
    ("According to his lawyer, Tom Hale, the deal was legal.", "his lawyer, Tom Hale", "Tom Hale"),
])
def test_a_name_in_apposition_after_an_opening_according_to_names_the_source(analyzer, text, source, speaker):
    a = analyzer.analyze(text).sentences[0].attribution
    assert a.source == source and a.speaker == speaker


@pytest.mark.parametrize("text", [
    "According to his lawyer, Tom Hale was innocent.",
    "According to the police report, Ana Ruiz, 45, was arrested.",
])
def test_a_name_that_is_the_clauses_subject_stays_out_of_the_source(analyzer, text):
    assert "," not in analyzer.analyze(text).sentences[0].attribution.source


@pytest.mark.parametrize(("text", "via"), [
    ('"They are not counting their losses," Melnyk told The Associated Press by phone.', "The Associated Press"),
    ("Hale told Reuters over the phone that the deal was off.", "Reuters"),
])
def test_the_outlet_told_ends_before_the_channel(analyzer, text, via):
    assert analyzer.analyze(text).sentences[0].attribution.via == via


@pytest.mark.parametrize(("text", "speaker"), [
    ("Harley Shaiken, a labor professor at the University of California, Berkeley, said strike votes pass.",
     "Harley Shaiken"),
    ("Ana Ruiz, a historian at the University of Texas, Austin, said the law was new.", "Ana Ruiz"),
])
def test_a_campus_after_the_workplace_of_a_description_goes_on_with_it(analyzer, text, speaker):
    r = analyzer.analyze(text)
    a = r.sentences[0].attribution
    assert a.speaker == speaker and a.source.startswith(speaker)
    assert all(e.type != "person" or e.name == speaker for e in r.entities)


@pytest.mark.parametrize(("text", "source"), [
    ("In a speech in Fort Pierce, Florida Friday, Ana Ruiz laid out her plans for the port.", "Ana Ruiz"),
    ("She will present her plans in a speech Friday in Port St. Lucie, Florida.", "She"),
])
def test_a_weekday_after_a_speech_frame_is_when_not_who(analyzer, text, source):
    a = analyzer.analyze(text).sentences[0].attribution
    assert a.sourced and a.source == source


@pytest.mark.parametrize("text", [
    "Polling experts cautioned against reading too much into one result.",
    "Poll analysts said the lead was small.",
])
def test_people_a_data_word_only_modifies_are_no_data_source(analyzer, text):
    assert analyzer.analyze(text).sentences[0].attribution.source_type != "data"


def test_figures_a_data_word_heads_stay_data(analyzer):
    assert analyzer.analyze("Census figures show the city grew.").sentences[0].attribution.source_type == "data"
