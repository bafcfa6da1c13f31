"""Speakers and roles from the twelfth round's probe stories (purpose-written texts, one per rule): a
counted "men" or "women" stands for the people just named; a hyphenated compound title is the compound;
a plural title gives each name after it the singular; a full name with no listed given name takes in the
surname named first with a role."""

import pytest


def entity(r, name):
    return next(e for e in r.entities if e.name == name)


@pytest.mark.parametrize("subject", ["The two men", "Both men", "the two congressmen"])
def test_counted_men_stand_for_the_two_people_just_named(analyzer, subject):
    text = (f"Senator Hugo Varga and Governor Teodor Blom toured the dam on Tuesday. "
            f"{subject[0].upper() + subject[1:]} said the repairs would take a year.")
    att = analyzer.analyze(text).sentences[1].attribution
    assert list(att.speakers) == ["Hugo Varga", "Teodor Blom"]
    assert att.coref == "role noun"


def test_counted_women_stand_for_the_two_people_just_named(analyzer):
    text = "Ines Duarte and Marta Siqueira opened the clinic on Monday. The two women said it would stay open."
    att = analyzer.analyze(text).sentences[1].attribution
    assert list(att.speakers) == ["Ines Duarte", "Marta Siqueira"]


def test_counted_men_need_as_many_people(analyzer):
    text = ("Senator Hugo Varga, Governor Teodor Blom and Mayor Ilse Berg toured the dam on Tuesday. "
            "The two men said the repairs would take a year.")
    assert not analyzer.analyze(text).sentences[1].attribution.speakers


@pytest.mark.parametrize("title", ["Attorney-General", "Secretary-General", "Director-General", "Solicitor-General",
                                   "Governor-General", "Inspector-General"])
def test_a_hyphenated_compound_title_is_the_compound(analyzer, title):
    r = analyzer.analyze(f"{title} Ana Ruiz said the law was clear. The {title.lower()} added that it would stand.")
    e = entity(r, "Ana Ruiz")
    assert e.type == "official" and list(e.roles) == [title]
    assert r.sentences[1].attribution.speaker == "Ana Ruiz"


def test_a_plural_title_gives_each_name_the_singular(analyzer):
    r = analyzer.analyze("Presidents Arno Vesk and Piet Lanning met in Tallinn on Tuesday, Vesk said.")
    assert list(entity(r, "Arno Vesk").roles) == ["President"]
    assert list(entity(r, "Piet Lanning").roles) == ["President"]
    r = analyzer.analyze("Sens. Arno Vesk and Piet Lanning said the bill would pass.")
    assert list(entity(r, "Piet Lanning").roles) == ["Sen."]


def test_a_surname_named_first_with_a_role_joins_the_full_name_after(analyzer):
    text = ("Quillfeather, a former MEP, said the rules were fair.\n\n"
            "Mairead Quillfeather later said she would stay in Brussels.")
    r = analyzer.analyze(text)
    e = entity(r, "Mairead Quillfeather")
    assert e.type == "official" and list(e.roles) == ["former MEP"]
    assert [s.attribution.speaker for s in r.sentences] == ["Mairead Quillfeather"] * 2
    assert not any(x.name == "Quillfeather" for x in r.entities)
