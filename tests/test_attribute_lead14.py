"""Attribution from the fourteenth round's own probe stories of the lead (purpose-written sentences)."""

import pytest


@pytest.mark.parametrize("text", [
    'One mother, who gave only her first name, Jessica, said her son had "done nothing wrong."',
    "A neighbour, who asked not to be named, said her husband was at home.",
])
def test_a_phrase_after_the_cue_followed_by_a_finite_verb_is_the_contents_subject_not_the_speaker(analyzer, text):
    att = analyzer.analyze(text).sentences[0].attribution
    assert att.rule != "inverted-cue" and att.source not in ("her son", "her husband")


def test_an_inverted_speaker_before_a_comma_still_speaks(analyzer):
    att = analyzer.analyze("The vote was lost, said her son, a union organiser.").sentences[0].attribution
    assert att.rule == "inverted-cue" and att.source.startswith("her son")


def _voices(analyzer, text):
    return {h.term: h.voice for h in analyzer.analyze(text).sentences[0].hits}


def test_a_verb_of_saying_after_a_stance_gives_the_subjects_words(analyzer):
    text = "Tom Becker welcomed the decision and said it would end a cruel policy."
    att = analyzer.analyze(text).sentences[0].attribution
    assert att.source == "Tom Becker" and att.content
    assert _voices(analyzer, text)["cruel"] == "quoted"


def test_an_appeal_after_a_stance_leaves_its_object_the_writers(analyzer):
    att = analyzer.analyze("Green groups applauded the reversal and called for more restrictions on cruel "
                           "hunts.").sentences[0].attribution
    assert att.content == ()


@pytest.mark.parametrize(("text", "speaker"), [
    ("Cardi B, who has told police “go away,” said rioters had no choice.", "Cardi B"),
    ("The mayor, Ana Ruiz, who called the plan “a disgrace,” said she would veto it.", "Ana Ruiz"),
])
def test_a_comma_inside_a_quotations_closing_mark_closes_the_relative_clause(analyzer, text, speaker):
    att = analyzer.analyze(text).sentences[0].attribution
    assert att.speaker == speaker and att.source.endswith("”")


def test_the_clause_leading_into_a_quotation_after_the_cue_is_the_speakers(analyzer):
    text = "Smith said the cruel rioters had “no choice but to loot and burn the city.”"
    assert _voices(analyzer, text) == {"cruel": "quoted", "rioters": "quoted", "no choice": "quoted"}


def test_a_short_quotation_before_the_longer_one_stays_the_writers_choice(analyzer):
    text = ("Trump said Obama should “step down” for not using the term and Clinton should “get out of this "
            "race” at once.")
    assert _voices(analyzer, text)["step down"] == "writer"


@pytest.mark.parametrize(("text", "source"), [
    ("About 200 students occupied the library on Monday, demanding that the school sell its holdings.",
     "About 200 students"),
    ("Nearly 300 nurses walked out on Monday, saying staffing was unsafe.", "Nearly 300 nurses"),
])
def test_a_number_qualified_by_about_opens_the_subject_not_an_introductory_phrase(analyzer, text, source):
    assert analyzer.analyze(text).sentences[0].attribution.source == source


def test_a_persons_full_name_in_apposition_to_an_organisations_officer_types_a_person(analyzer):
    att = analyzer.analyze("The head of the National Farmers' Union, Petra Janssen, said the tax was "
                           "unfair.").sentences[0].attribution
    assert att.source_type == "person"


@pytest.mark.parametrize(("text", "source"), [
    ("Graham Pell spent the money on cars, Southwark Crown Court heard.", "Southwark Crown Court"),
    ("The jury was told that Pell had lied to his clients.", "The jury"),
    ("The inquest heard how she had been left alone for hours.", "The inquest"),
])
def test_what_the_court_heard_is_the_courts(analyzer, text, source):
    att = analyzer.analyze(text).sentences[0].attribution
    assert (att.rule, att.source, att.source_type) == ("court-heard", source, "official")


@pytest.mark.parametrize("text", [
    "The committee heard from three witnesses.",
    "I heard a loud noise outside the court.",
])
def test_what_a_body_did_at_a_hearing_is_no_account(analyzer, text):
    assert analyzer.analyze(text).sentences[0].attribution.rule != "court-heard"


@pytest.mark.parametrize(("text", "source"), [
    ("Graham Pell, 58, of Guildford, Surrey, said he was sorry.", "Graham Pell, 58, of Guildford, Surrey"),
    ("Ana Ruiz, of Portland, Oregon, said the plan would fail.", "Ana Ruiz, of Portland, Oregon"),
])
def test_a_town_and_its_county_after_of_are_part_of_the_persons_apposition(analyzer, text, source):
    att = analyzer.analyze(text).sentences[0].attribution
    assert att.source == source and att.source_type == "person"


@pytest.mark.parametrize("text", [
    "The radical left calls anyone who wants secure borders a racist.",
    "Anyone who believes the plan will work is dreaming.",
])
def test_a_relative_clause_about_anyone_names_no_source(analyzer, text):
    assert not analyzer.analyze(text).sentences[0].attribution.sourced


def test_an_anonymity_clause_makes_a_source_anonymous_whatever_body_it_names(analyzer):
    att = analyzer.analyze("Two Border Patrol agents, who asked not to be named, said the system was "
                           "failing.").sentences[0].attribution
    assert att.source_type == "anonymous"


@pytest.mark.parametrize("text", [
    "Police shooting of teenager sparks protests; accounts differ",
    "Budget plan triggers protests across the country",
])
def test_a_reporting_nouns_homograph_after_a_provoking_verb_is_its_object(analyzer, text):
    assert not analyzer.analyze(text).sentences[0].attribution.sourced


def test_a_plural_subject_before_the_bare_verb_still_speaks(analyzer):
    assert analyzer.analyze("Farmers protest against the tax.").sentences[0].attribution.source == "Farmers"


@pytest.mark.parametrize(("text", "source", "stype"), [
    ("Turkey, Greece and Cyprus said talks would resume.", "Turkey, Greece and Cyprus", "official"),
    ("Ana Ruiz, Tom Hale and Maria Lopez said talks would resume.", "Ana Ruiz, Tom Hale and Maria Lopez", "person"),
    ("Turkey and Greece accused each other of provoking a standoff.", "Turkey and Greece", "official"),
])
def test_a_list_of_names_opening_the_sentence_is_the_subject(analyzer, text, source, stype):
    att = analyzer.analyze(text).sentences[0].attribution
    assert (att.source, att.source_type) == (source, stype)


def test_every_name_of_a_list_speaks(analyzer):
    att = analyzer.analyze("Ana Ruiz, Tom Hale and Maria Lopez said talks would resume.").sentences[0].attribution
    assert att.speakers == ("Ana Ruiz", "Tom Hale", "Maria Lopez")


def test_what_a_list_of_names_said_after_a_comma_stays_a_trailing_cue(analyzer):
    att = analyzer.analyze("Talks would resume, Greece and Cyprus said.").sentences[0].attribution
    assert att.rule == "trailing-cue" and att.source == "Greece and Cyprus"


@pytest.mark.parametrize(("text", "source"), [
    ("The Pentagon is considering sending 3,000 troops, according to three U.S. officials, a move that would mark "
     "the largest deployment in a decade.", "three U.S. officials"),
    ("The plan is late, according to John Smith, a lawyer who represents the city.",
     "John Smith, a lawyer who represents the city"),
])
def test_an_apposition_that_sums_up_the_clause_is_no_part_of_the_source(analyzer, text, source):
    assert analyzer.analyze(text).sentences[0].attribution.source == source
