"""Names, roles and businesses from the eleventh round's probe stories (purpose-written texts, one per
rule): a description before a name's comma is the noun phrase nearest the name, not the clause that
holds it; a place after a locative word is no description; business names end in a trade word and
end at "and"."""

import pytest


def entity(r, name):
    return next(e for e in r.entities if e.name == name)


@pytest.mark.parametrize(("text", "role"), [
    ("The club said its manager, Erik Holt, would stay on for another season.", "manager"),
    ("Officials said the mayor, Erik Holt, would stay on for another season.", "mayor"),
    ("The ministry named its new spokesman, Erik Holt, on Monday.", "new spokesman"),
])
def test_a_description_before_the_comma_is_the_noun_phrase_next_to_the_name(analyzer, text, role):
    e = entity(analyzer.analyze(text), "Erik Holt")
    assert list(e.roles) == [role]


def test_coordinated_roles_stay_one_description(analyzer):
    r = analyzer.analyze("The veteran lawyer and the husband of the senator, Erik Holt, said nothing.")
    assert list(entity(r, "Erik Holt").roles) == ["veteran lawyer and the husband of the senator"]


def test_a_place_after_a_locative_word_is_not_described_by_the_words_before_it(analyzer):
    r = analyzer.analyze("Last month a shop owner in Clifton, N.J., posted a sign in his window.")
    assert all(e.type != "person" or e.name != "N.J." for e in r.entities)
    assert all("shop owner" not in role for e in r.entities for role in e.roles if e.name == "N.J.")


@pytest.mark.parametrize("name", ["Northfield Electric", "Harbor Robotics", "Lakeview Realty", "Harbour City FC"])
def test_a_name_ending_in_a_trade_word_is_a_business(analyzer, name):
    r = analyzer.analyze(f"{name} said on Monday it would cut 200 jobs. The company blamed weak demand.")
    assert entity(r, name).type == "institution"
    assert r.sentences[1].attribution.speaker == name  # "the company" points back to it


def test_a_business_name_ends_at_and_and_keeps_its_first_word(analyzer):
    r = analyzer.analyze("General Electric and Harbor Robotics said they would invest in the plant.")
    names = {e.name: e for e in r.entities}
    assert "General Electric" in names and names["General Electric"].type == "institution"
    assert not names["General Electric"].roles  # "General" is part of the name, not a military title
    assert "Harbor Robotics" in names
    assert list(r.sentences[0].attribution.speakers) == ["General Electric", "Harbor Robotics"]
