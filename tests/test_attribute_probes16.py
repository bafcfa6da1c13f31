"""Attribution from the sixteenth round's probe stories (purpose-written sentences)."""

import pytest


@pytest.mark.parametrize("text", [
    "Inez Marlow won the appeal. Lawyers said the ruling was fair. She said she was relieved.",
    'Inez Marlow runs the lab. Colleagues describe her as tireless. She says she never tires of it.',
])
def test_a_sentence_opening_plural_source_is_no_he_or_she(analyzer, text):
    last = analyzer.analyze(text).sentences[-1].attribution
    assert last.sourced and last.source.lower() == "she" and last.speaker in (None, "Inez Marlow")


@pytest.mark.parametrize(("text", "source", "speaker"), [
    ("The Commission's executive vice-president for tech sovereignty, Henna Larsi, told lawmakers that the "
     "act gave Brussels the power to fine companies.",
     "The Commission's executive vice-president for tech sovereignty, Henna Larsi", "Henna Larsi"),
    ("The club's co-founder of the youth academy, Tom Arkwright, told reporters that the plan was sound.",
     "The club's co-founder of the youth academy, Tom Arkwright", "Tom Arkwright"),
])
def test_a_hyphened_title_before_its_preposition_opens_the_subject(analyzer, text, source, speaker):
    a = analyzer.analyze(text).sentences[0].attribution
    assert a.sourced and a.source == source and a.speaker == speaker


@pytest.mark.parametrize(("text", "source"), [
    ("Congo blamed the rebels, whom it accuses Rwanda of backing. Kigali denies the charge.", "Kigali"),
    ("Libya's rival government said talks had stalled. Tripoli rejected the claim.", "Tripoli"),
])
def test_a_capital_that_speaks_stands_for_its_government(analyzer, text, source):
    a = analyzer.analyze(text).sentences[-1].attribution
    assert a.sourced and a.source == source and a.source_type == "official"


@pytest.mark.parametrize(("text", "source"), [
    ("Under the terms announced by Norvik Logistics, shareholders will own 55 percent of the company.",
     "Norvik Logistics"),
    ("Under the plan proposed by the mayor, bus fares will rise next year.", "the mayor"),
])
def test_a_participle_after_a_prepositions_object_with_by_is_a_passive_whose_agent_speaks(analyzer, text, source):
    a = analyzer.analyze(text).sentences[0].attribution
    assert a.sourced and a.source == source


def test_a_participle_with_by_after_a_subject_stays_active(analyzer):
    a = analyzer.analyze("The mayor announced by phone that fares would rise.").sentences[0].attribution
    assert a.sourced and a.source == "The mayor"


@pytest.mark.parametrize("text", [
    "Her co-author, Professor Ravi Kanan of the University of Toronto, cautioned that the trial was small.",
    "His colleague, Dr Ines Varga of Leeds University, said the signal was faint.",
])
def test_a_titled_name_in_apposition_before_its_workplace_is_a_person(analyzer, text):
    a = analyzer.analyze(text).sentences[0].attribution
    assert a.sourced and a.source_type == "person"


@pytest.mark.parametrize("text", [
    "The Interior Ministry said the border was closed. He said the talks would go on.",
    "The White House said the talks had failed. She added that more were planned.",
])
def test_he_or_she_is_never_a_body_that_spoke_before(analyzer, text):
    a = analyzer.analyze(text).sentences[-1].attribution
    assert a.sourced and a.source.lower() in ("he", "she")


@pytest.mark.parametrize(("text", "kind"), [
    ("Nasa said the finding showed the value of the telescope.", "official"),
    ("Médecins Sans Frontières said its teams had treated 300 people.", "institution"),
    ("Wage growth slowed to 4.6 percent, the ONS said.", "data"),
])
def test_a_listed_agency_charity_or_statistics_office_gets_its_type(analyzer, text, kind):
    a = analyzer.analyze(text).sentences[0].attribution
    assert a.sourced and a.source_type == kind


@pytest.mark.parametrize(("text", "source"), [
    ("Organisers put the turnout at 150,000.", "Organisers"),
    ("The health ministry puts the death toll at more than 300.", "The health ministry"),
])
def test_a_figure_put_at_a_number_is_the_subjects_estimate(analyzer, text, source):
    a = analyzer.analyze(text).sentences[0].attribution
    assert a.sourced and a.source == source and a.rule == "figure-put-at"


@pytest.mark.parametrize("text", ["She put the book on the table.", "The rise puts the total at 40."])
def test_put_without_a_figure_or_a_speaker_is_no_estimate(analyzer, text):
    assert not analyzer.analyze(text).sentences[0].attribution.sourced


def test_meps_are_officials(analyzer):
    text = "At a hearing in Brussels, MEPs accused the firms of moving too slowly."
    a = analyzer.analyze(text).sentences[0].attribution
    assert a.sourced and a.source == "MEPs" and a.source_type == "official"
