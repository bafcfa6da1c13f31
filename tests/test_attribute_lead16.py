"""Attribution from the sixteenth round's own probe stories of the lead (purpose-written sentences)."""

import pytest


@pytest.mark.parametrize(("text", "source"), [
    ("Shares in Lindqvist Group fell 9 percent after the shipping company cut its forecast and said "
     "its finance chief would leave.", "the shipping company"),
    ("Bond yields rose as the central bank held rates and warned that inflation was sticky.", "the central bank"),
    ("The crowd cheered when Okafor scored and said it was the best day of her life.", "Okafor"),
])
def test_a_cue_coordinated_inside_a_subordinate_clause_takes_that_clauses_subject(analyzer, text, source):
    att = analyzer.analyze(text).sentences[0].attribution
    assert att.sourced and att.source == source


@pytest.mark.parametrize(("text", "source"), [
    ("Police arrested the man after he fled, and said he was armed.", "Police"),
    ("The council met on Monday and said the budget was balanced.", "The council"),
])
def test_a_cue_coordinated_with_the_main_verb_keeps_the_sentences_subject(analyzer, text, source):
    att = analyzer.analyze(text).sentences[0].attribution
    assert att.sourced and att.source == source


@pytest.mark.parametrize(("text", "speaker"), [
    ("The carrier, Irish airline Ryanair, said it had grounded two jets.", "Ryanair"),
    ("The manufacturer, Franco-Italian planemaker Avelo, said it had sent a team.", "Avelo"),
    ("The lender, Dutch bank Vanstede, said the loan was repaid.", "Vanstede"),
])
def test_a_demonym_before_a_body_noun_in_apposition_only_describes_the_name(analyzer, text, speaker):
    result = analyzer.analyze(text)
    att = result.sentences[0].attribution
    assert att.speaker == speaker
    names = {e.name: e.type for e in result.entities}
    assert names[speaker] == "institution"
    assert not any(n in names for n in ("Irish", "Franco-Italian", "Dutch"))


@pytest.mark.parametrize("word", ["franco-italian", "anglo-dutch", "sino-american", "dutch-belgian"])
def test_a_compound_demonym_is_a_demonym(word):
    from biaslens.entities.bodies import compound_demonym
    assert compound_demonym(word, lambda k: k in {"italian", "dutch", "american", "belgian"})


@pytest.mark.parametrize("word", ["coca-cola", "rolls-royce", "al-qaeda", "pro-american"])
def test_a_hyphenated_name_is_no_compound_demonym(word):
    from biaslens.entities.bodies import compound_demonym
    assert not compound_demonym(word, lambda k: k in {"italian", "dutch", "american", "belgian"})


@pytest.mark.parametrize("text", [
    "Marsh showed no emotion as the sentence was passed.",
    "The defendant showed little remorse when the verdict was read.",
])
def test_a_clause_without_that_does_not_reach_past_a_subordinator(analyzer, text):
    assert not analyzer.analyze(text).sentences[0].attribution.sourced


def test_a_clause_without_that_still_follows_its_verb(analyzer):
    att = analyzer.analyze("The survey showed most voters were undecided.").sentences[0].attribution
    assert att.sourced and att.source == "The survey"


@pytest.mark.parametrize(("text", "source"), [
    ("An adviser to the president said the talks would resume.", "An adviser to the president"),
    ("A former aide to the governor testified that she was told to delete emails.", "A former aide to the governor"),
    ("Aides to Ms. Varga declined to say whether she would run.", "Aides to Ms. Varga"),
])
def test_a_role_held_to_someone_is_one_noun_phrase_with_its_to(analyzer, text, source):
    att = analyzer.analyze(text).sentences[0].attribution
    assert att.sourced and att.source == source


def test_a_to_after_another_noun_still_ends_the_source(analyzer):
    att = analyzer.analyze("He gave the money to the governor, aides said.").sentences[0].attribution
    assert att.source == "aides"


@pytest.mark.parametrize(("text", "source"), [
    ("The company, based in Fresno, California, announced a recall on Thursday.",
     "The company, based in Fresno, California"),
    ("The firm, headquartered in Austin, Texas, said it would appeal.", "The firm, headquartered in Austin, Texas"),
])
def test_a_city_and_state_after_based_in_are_where_the_subject_is_not_the_subject(analyzer, text, source):
    att = analyzer.analyze(text).sentences[0].attribution
    assert att.sourced and att.source == source and att.speaker is None


@pytest.mark.parametrize(("text", "via"), [
    ("The winger has agreed personal terms, sources close to the player told Semafor.", "Semafor"),
    ("The striker told ESPN he was happy at the club.", "ESPN"),
])
def test_sports_outlets_relay_and_the_outlet_ends_before_a_pronoun(analyzer, text, via):
    assert analyzer.analyze(text).sentences[0].attribution.via == via


@pytest.mark.parametrize(("text", "via"), [
    ('"My reaction was anger," the strategist said in an interview with CNN.', "CNN"),
    ("Ana Ruiz explained in an interview with The Washington Post last week that the plan failed.",
     "The Washington Post"),
    ('"The ball is in their court," the minister told reporters, in remarks carried by the official IRNA news agency.',
     "IRNA"),
    ("In an interview with Russia's state network RT, he blasted the American media.", "RT"),
])
def test_an_outlet_after_a_relay_phrase_relays_the_words(analyzer, text, via):
    assert analyzer.analyze(text).sentences[0].attribution.via == via


def test_an_interview_with_no_outlet_relays_nothing(analyzer):
    text = "The mayor said in an interview with Ana Ruiz that the plan was dead."
    att = analyzer.analyze(text).sentences[0].attribution
    assert att.sourced and att.via is None
