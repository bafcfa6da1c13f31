"""The anonymity formula of wire copy: the clause that says why a source is unnamed is part of
the source (its verbs are no cue), and the source is anonymous (biaslens/attribute/anonymity.py)."""

import pytest


def first(analyzer, text):
    return analyzer.analyze("Update.\n\n" + text).sentences[1].attribution


@pytest.mark.parametrize("text,source", [
    ("A senior official who spoke on condition of anonymity said the system was never tested.", "A senior official"),
    ("A senior official, who spoke on condition of anonymity, said the system was never tested.",
     "A senior official"),
    ("Two officials who asked not to be named said the talks had stalled.", "Two officials"),
    ("An aide who declined to be identified said the minister would resign.", "An aide"),
    ("Two officials who were not authorized to speak publicly said the talks had stalled.", "Two officials"),
    ("An official who requested anonymity said the talks had stalled.", "An official"),
    ("A source who was granted anonymity to discuss the talks said they had stalled.", "A source"),
    ("A diplomat who spoke on condition of anonymity because he was not authorized to discuss the "
     "negotiations publicly said the deal was close.", "A diplomat"),
    ("Officials, speaking on condition of anonymity, said the deal was close.", "Officials"),
])
def test_anonymity_clause_is_part_of_an_anonymous_source(analyzer, text, source):
    a = first(analyzer, text)
    assert a.sourced and a.source == source and a.cue == "said" and a.source_type == "anonymous"
    assert text[a.content[0][0] - len("Update.\n\n"):].startswith(("the ", "they "))  # the claim, not the clause


def test_a_named_source_keeps_its_name_and_type(analyzer):
    a = first(analyzer, "Maria Lopez, who asked not to be named in full, said she was afraid.")
    assert a.source == "Maria Lopez" and a.source_type == "person" and a.cue == "said"


@pytest.mark.parametrize("text", [
    "A senior official who was in the room said the man named in the report had left.",  # "named" after the verb
    "The official, who was named chairman in May, said the plan would work.",  # named, not unnamed
])
def test_a_clause_without_the_formula_changes_nothing(analyzer, text):
    a = first(analyzer, text)
    assert a.cue == "said" and a.source_type == "official"


def test_the_role_noun_after_an_anonymous_source_names_that_source_again(analyzer):
    text = ('"We will not back down," said Tomasz Wrona, a member of parliament.\n\n'
            "A senior official who spoke on condition of anonymity said the system was never tested. "
            "According to the official, the contractor missed three deadlines.")
    a = analyzer.analyze(text).sentences[2].attribution
    assert a.source == "A senior official" and a.source_type == "anonymous" and a.resolved_from == "the official"
