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
