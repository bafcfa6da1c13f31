"""Attribution from the fifteenth round's own probe stories of the lead (purpose-written sentences)."""

import pytest


@pytest.mark.parametrize("text", [
    "The people of this state deserve a governor who tells them the truth.",
    "We need someone who says no to the lobbyists.",
    "The city needs a leader who says what she means.",
])
def test_a_relative_clause_on_a_wished_for_person_is_no_ones_speech(analyzer, text):
    assert not analyzer.analyze(text).sentences[0].attribution.sourced


def test_a_relative_clause_on_someone_met_still_speaks(analyzer):
    att = analyzer.analyze("She met a woman who said she had lost her home.").sentences[0].attribution
    assert att.sourced and att.source == "a woman"


@pytest.mark.parametrize("text", [
    "Atalanta has not commented publicly.",
    "The club did not comment.",
    "The mayor did not immediately respond.",
])
def test_a_negated_speech_verb_that_ends_the_sentence_reports_no_words(analyzer, text):
    assert not analyzer.analyze(text).sentences[0].attribution.sourced


def test_a_negated_speech_verb_before_its_content_still_attributes(analyzer):
    att = analyzer.analyze("The mayor did not say the plan was dead, aides said.").sentences[0].attribution
    assert att.sourced


@pytest.mark.parametrize(("text", "source", "via"), [
    ("The closures will save money, according to a memo obtained by The New York Times.", "a memo",
     "New York Times"),
    ("According to documents seen by Reuters, the company paid the fines.", "documents", "Reuters"),
])
def test_a_document_an_outlet_obtained_is_the_source_and_the_outlet_relays_it(analyzer, text, source, via):
    att = analyzer.analyze(text).sentences[0].attribution
    assert att.source == source and att.via == via


def test_whoever_an_outlet_quotes_as_saying_speaks_through_it(analyzer):
    att = analyzer.analyze("Chinese state media quoted negotiator Liu Zhenmin as saying that Beijing would do its "
                           "part.").sentences[0].attribution
    assert att.rule == "chain" and att.speaker == "Liu Zhenmin" and att.via == "Chinese state media"


def test_citing_a_things_words_leaves_the_subject_speaking(analyzer):
    att = analyzer.analyze("Okafor cited rude remarks by Lund.").sentences[0].attribution
    assert att.source == "Okafor"


def test_according_to_a_pronoun_credits_whom_it_points_to(analyzer):
    report = analyzer.analyze("Ana Lima chairs the panel. The budget will pass, according to her.")
    att = report.sentences[1].attribution
    assert att.sourced and att.rule == "according-to" and att.speaker == "Ana Lima"


@pytest.mark.parametrize(("text", "source"), [
    ("That was the view of Tom Hale, a farmer in Iowa, who said prices had collapsed.", "Tom Hale, a farmer in Iowa"),
    ("Sen. Ada Morel, D-Vt., speaking on the Senate floor before the vote, said the bill would fail.",
     "Sen. Ada Morel, D-Vt., speaking on the Senate floor before the vote"),
])
def test_a_relative_clause_after_a_name_and_its_apposition_credits_the_name(analyzer, text, source):
    att = analyzer.analyze(text).sentences[0].attribution
    assert att.source == source


@pytest.mark.parametrize(("text", "content"), [
    ("Ana Lima, who backed a rival in the primary, said the claims were false.", "the claims were false."),
    ("Ana Owens, who said in her remarks that she is a Democrat who supports the president, said the party's "
     "policies had failed.", "the party's policies had failed."),
])
def test_the_main_verb_after_a_relative_clause_set_off_by_commas_is_the_sentences_cue(analyzer, text, content):
    s = analyzer.analyze(text).sentences[0]
    att = s.attribution
    assert att.cue == "said" and att.rule == "subject-cue"
    assert [s.text[a - s.start:b - s.start] for a, b in att.content] == [content]


def test_a_relative_clause_with_no_main_cue_after_it_still_speaks(analyzer):
    att = analyzer.analyze("The key vote could belong to Justice Ana Kemp, who said she was troubled by the "
                           "claim.").sentences[0].attribution
    assert att.rule == "relative-cue" and att.speaker == "Ana Kemp"


def test_both_and_joins_a_coordinated_subject(analyzer):
    att = analyzer.analyze("Both the mayor and the police chief said they supported the plan.").sentences[0].attribution
    assert att.source == "Both the mayor and the police chief"


def test_both_inside_the_first_conjunct_joins_nothing(analyzer):
    att = analyzer.analyze("While a Republican, he has taken on leaders of both parties and, with no career of his "
                           "own, made clear that he was an outsider.").sentences[0].attribution
    assert "parties" not in (att.source or "")


def test_neither_nor_before_a_response_verb_reports_no_words(analyzer):
    att = analyzer.analyze("Neither Lima nor Hale responded to requests for comment.").sentences[0].attribution
    assert not att.sourced


@pytest.mark.parametrize("text", [
    "A Treasury source said the leak was deeply unhelpful.",
    "A Democratic source said the letter had come too late.",
])
def test_an_unnamed_source_a_name_only_places_is_anonymous(analyzer, text):
    assert analyzer.analyze(text).sentences[0].attribution.source_type == "anonymous"
