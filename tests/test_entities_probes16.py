"""Entities from the sixteenth round's probe stories (purpose-written sentences)."""

import pytest


@pytest.mark.parametrize(("text", "name", "role"), [
    ('Det Insp Mara Quill, of Fenwick Police, said: "We are not looking for anyone else."', "Mara Quill",
     "Det Insp"),
    ("Det Sgt Owain Pryce said the sentence sent a clear message.", "Owain Pryce", "Det Sgt"),
    ("Supt Lena Varga said extra patrols would run all weekend.", "Lena Varga", "Supt"),
])
def test_a_british_police_rank_is_a_role_not_part_of_the_name(analyzer, text, name, role):
    report = analyzer.analyze(text)
    people = {e.name: e for e in report.entities}
    assert name in people and role in people[name].roles
    assert report.sentences[0].attribution.speaker == name


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("The Harbour Food Programme said it would halve rations.", "Harbour Food Programme", "institution"),
    ("Marlowe Palace said the king was in good spirits.", "Marlowe Palace", "official"),
    ("The Vestland Coast Guard said two boats were missing.", "Vestland Coast Guard", "official"),
    ("She was taken to Hollin General Infirmary, police said.", "Hollin General Infirmary", "institution"),
])
def test_a_programme_palace_guard_or_infirmary_names_a_body(analyzer, text, name, kind):
    found = {e.name: e.type for e in analyzer.analyze(text).entities}
    assert found.get(name) == kind


def test_a_full_name_then_its_surname_alone_is_a_person_whose_pronouns_resolve(analyzer):
    text = ("Ikenna Obiora does not look like a man who has spent 30 years at sea.\n\n"
            "He says the ocean still frightens him.\n\n"
            "Obiora grew up in Enugu and came to Britain at 19.")
    report = analyzer.analyze(text)
    people = {e.name: e for e in report.entities}
    assert "Ikenna Obiora" in people and people["Ikenna Obiora"].type == "person"
    assert report.sentences[1].attribution.speaker == "Ikenna Obiora"


def test_a_pair_whose_words_the_text_writes_in_lower_case_is_no_person(analyzer):
    text = ("Like most Rising Tide pamphlets, it says little.\n\n"
            "The tide was rising. Tide said nothing.")
    assert "Rising Tide" not in {e.name for e in analyzer.analyze(text).entities}


@pytest.mark.parametrize(("text", "name"), [
    ("Its housing spokesman, Tomás de los Ríos, said the rent cap had failed.", "Tomás de los Ríos"),
    ("Inés de las Heras said the march would go ahead.", "Inés de las Heras"),
])
def test_spanish_los_and_las_are_the_glue_of_a_name(analyzer, text, name):
    report = analyzer.analyze(text)
    assert name in {e.name for e in report.entities}
    assert report.sentences[0].attribution.speaker == name


@pytest.mark.parametrize(("text", "speaker"), [
    ("Harwick Gas and Electric said it had cut power to 30,000 customers. The utility declined to say more.",
     "Harwick Gas and Electric"),
    ("Relief Bridge International said its teams had treated 300 people. The charity called for a ceasefire.",
     "Relief Bridge International"),
])
def test_the_utility_or_the_charity_is_the_body_that_just_spoke(analyzer, text, speaker):
    report = analyzer.analyze(text)
    assert report.sentences[1].attribution.speaker == speaker
    assert {e.name: e.type for e in report.entities}[speaker] == "institution"
