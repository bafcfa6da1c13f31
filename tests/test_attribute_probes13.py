"""Attribution from the thirteenth round's probe stories (purpose-written sentences)."""

import pytest


@pytest.mark.parametrize("text", [
    "Monroe posted a handwritten note on Instagram on Tuesday night.",
    "Younger voters are also less likely to accept the toxic brand of conservatism.",
    "Nagel struck a cautious note in a speech on Wednesday.",
])
def test_a_noun_homograph_ending_like_a_past_form_is_no_verb(analyzer, text):
    assert not analyzer.analyze(text).sentences[0].attribution.sourced


@pytest.mark.parametrize(("text", "source"), [
    ("Nagel struck a more cautious note in a speech on Wednesday, saying wage growth remained too strong.",
     "Nagel"),
    ("Berg's sponsor, the outdoor brand Nordkapp, said it would fund a documentary.",
     "Berg's sponsor, the outdoor brand Nordkapp"),
    ("The Institute for the Study of War, a Washington-based think tank, said Russian forces had made gains.",
     "The Institute for the Study of War, a Washington-based think tank"),
])
def test_the_speaker_is_not_cut_at_a_noun_read_as_a_verb(analyzer, text, source):
    assert analyzer.analyze(text).sentences[0].attribution.source == source


@pytest.mark.parametrize(("text", "source"), [
    ("Critics note the budget is late.", "Critics"),
    ("But some note that the plan is late.", "some"),
    ("The mayor wrote that the budget was late.", "The mayor"),
])
def test_present_and_past_reporting_verbs_still_attribute(analyzer, text, source):
    assert analyzer.analyze(text).sentences[0].attribution.source == source


@pytest.mark.parametrize(("text", "source"), [
    ("The ministry said its troops had captured the village, a claim Kyiv denied.", "The ministry"),
    ("Police said the man fired first, an allegation his family disputes.", "Police"),
])
def test_a_claim_a_name_then_denied_is_a_relative_clause_not_the_speaker(analyzer, text, source):
    assert analyzer.analyze(text).sentences[0].attribution.source == source


@pytest.mark.parametrize(("text", "source"), [
    ("The plan would cost jobs, a senior U.S. official said.", "a senior U.S. official"),
    ("The plan would cost jobs, a leading Democrat said.", "a leading Democrat"),
])
def test_a_closing_speaker_with_a_name_still_speaks(analyzer, text, source):
    assert analyzer.analyze(text).sentences[0].attribution.source == source


@pytest.mark.parametrize(("text", "source"), [
    ("The U.N. human rights monitoring mission in Ukraine said 164 civilians were killed.",
     "The U.N. human rights monitoring mission in Ukraine"),
    ("The Iranian delegation said the talks were useful.", "The Iranian delegation"),
])
def test_a_mission_or_delegation_speaks(analyzer, text, source):
    assert analyzer.analyze(text).sentences[0].attribution.source == source


@pytest.mark.parametrize("text", [
    'Sen. Maria Cantwell opened the hearing by calling the incidents "a warning."',
    "Ingraham began the exchange by noting that salaries have been suppressed.",
])
def test_a_gerund_after_by_with_its_object_speaks_for_the_sentence_subject(analyzer, text):
    a = analyzer.analyze(text).sentences[0].attribution
    assert a.sourced and a.source in ("Sen. Maria Cantwell", "Ingraham")


def test_a_gerund_after_by_without_an_object_is_no_speech(analyzer):
    assert not analyzer.analyze("The ferry began by calling at the port.").sentences[0].attribution.sourced


@pytest.mark.parametrize("text", [
    "Shares fell after the software maker reported quarterly revenue that missed Wall Street estimates.",
    "Mr. Obama took no questions from reporters after delivering his five-minute remarks.",
])
def test_a_plural_noun_homograph_ending_the_sentence_without_a_comma_is_a_noun(analyzer, text):
    assert not analyzer.analyze(text).sentences[0].attribution.sourced


@pytest.mark.parametrize(("text", "source"), [
    ("Prices will rise next year, the bank estimates.", "the bank"),
    ("Prices will rise next year as the bank estimates.", "the bank"),
    ('"Prices will rise next year," the Post reports.', "the Post"),
    ("At least that's what the Clinton campaign now hopes.", "the Clinton campaign"),
])
def test_a_closing_verb_after_a_comma_quote_as_or_what_still_attributes(analyzer, text, source):
    assert analyzer.analyze(text).sentences[0].attribution.source == source


def test_a_team_closing_a_sentence_with_a_data_verb_is_its_source(analyzer):
    a = analyzer.analyze("The drug cut deaths by a third, the team found.").sentences[0].attribution
    assert a.sourced and a.source == "the team"


@pytest.mark.parametrize("text", ["The team rallied for a late win.", "The team found the ball."])
def test_a_team_elsewhere_is_no_source(analyzer, text):
    assert not analyzer.analyze(text).sentences[0].attribution.sourced


@pytest.mark.parametrize(("text", "source"), [
    ("Revenue was short of the $2.25 billion analysts polled by LSEG had expected.", "analysts polled by LSEG"),
    ("Earnings of 92 cents a share beat the 85 cents analysts expected.", "analysts"),
    ("The 12 council members said the plan was late.", "The 12 council members"),
])
def test_an_amount_before_a_source_noun_is_not_part_of_the_source(analyzer, text, source):
    assert analyzer.analyze(text).sentences[0].attribution.source == source


@pytest.mark.parametrize(("text", "source"), [
    ("Smith in a statement said the plan failed.", "Smith"),
    ("The mayor in an interview on Tuesday said the plan failed.", "The mayor"),
    ("Last week the skipper in an interview said the boat was safe.", "the skipper"),
    ("Ana Ruiz said in a statement that the plan failed.", "Ana Ruiz"),
])
def test_a_frame_between_the_subject_and_its_cue_is_not_part_of_the_source(analyzer, text, source):
    assert analyzer.analyze(text).sentences[0].attribution.source == source
