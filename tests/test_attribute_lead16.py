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
