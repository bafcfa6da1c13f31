"""Titles written with "of" before a name ("Secretary of State John Kerry", "Chief of Staff Reince
Priebus") and role nouns capitalised as a sentence's first word ("Negotiator Peter Lund"): the name is
the person's, the title its role. Purpose-written sentences, one per rule."""

import pytest


def _entity(analyzer, text, name):
    r = analyzer.analyze(text)
    return next((e for e in r.entities if e.name == name), None), r


def test_a_title_with_of_and_a_listed_given_name(analyzer):
    e, r = _entity(analyzer, "Secretary of State Mira Halvorsen said the talks would resume.", "Mira Halvorsen")
    assert e is not None and e.roles == ("Secretary of State",) and e.type == "official"
    assert r.sentences[0].attribution.speaker == "Mira Halvorsen"


def test_a_title_with_of_and_a_listed_portfolio_before_an_unlisted_given_name(analyzer):
    e, _ = _entity(analyzer, "White House Chief of Staff Reince Priebus said the president was pleased.",
                   "Reince Priebus")
    assert e is not None and e.roles == ("White House Chief of Staff",)


def test_a_portfolio_before_a_surname_that_is_also_a_given_name(analyzer):
    # ("Emanuel" is a listed given name: the portfolio, not the given name, says where the name begins)
    e, _ = _entity(analyzer, "He acted at the behest of White House Chief of Staff Rahm Emanuel, who was there.",
                   "Rahm Emanuel")
    assert e is not None and e.roles == ("White House Chief of Staff",)


def test_a_portfolio_with_an_article_keeps_it_in_the_role(analyzer):
    e, _ = _entity(analyzer, "Secretary of the Navy Torvald Lindqvist said the ships were ready.", "Torvald Lindqvist")
    assert e is not None and e.roles == ("Secretary of the Navy",)


def test_a_title_with_of_and_no_name_after_it_names_no_one(analyzer):
    r = analyzer.analyze("The Secretary of State said the talks would resume.")
    assert [e.name for e in r.entities] == ["Secretary of State"]  # the source's description, no "State"


def test_a_role_noun_as_the_first_word_is_the_role_not_the_name(analyzer):
    e, r = _entity(analyzer, "Negotiator Peter Lund said the pier was safe.", "Peter Lund")
    assert e is not None and e.roles == ("Negotiator",)
    assert r.sentences[0].attribution.speaker == "Peter Lund"


def test_a_person_of_an_organisation_is_two_entities_and_the_person_speaks(analyzer):
    r = analyzer.analyze("Roger Pilon of the Cato Institute said the ruling was sound.")
    names = {e.name: e.type for e in r.entities}
    assert names.get("Roger Pilon") == "person" and "Cato Institute" in names
    assert r.sentences[0].attribution.speaker == "Roger Pilon"


def test_a_plural_title_is_each_names_role_and_both_names_speak(analyzer):
    r = analyzer.analyze("Senators Maren Holt of Vermont and Richard J. Okafor of Illinois said the rule was unfair.")
    a = r.sentences[0].attribution
    assert a.speakers == ("Maren Holt", "Richard J. Okafor")
    holt = next(e for e in r.entities if e.name == "Maren Holt")
    assert holt.type == "official" and holt.roles == ("Senator",)


@pytest.mark.parametrize("text, speakers", [
    ("Senators Maren Holt and Lindsey Varga said the rule was unfair.", ("Maren Holt", "Lindsey Varga")),
    ("Justices Kennedy and Alito dissented, saying the law was void.", ("Kennedy", "Alito")),
])
def test_a_plural_title_makes_each_coordinated_name_an_official(analyzer, text, speakers):
    """The second name needs no listed given name: the plural title before the first is its role too."""
    r = analyzer.analyze(text)
    assert r.sentences[0].attribution.speakers == speakers
    types = {e.name: (e.type, e.roles) for e in r.entities}
    assert types[speakers[1]] == ("official", types[speakers[0]][1])


def test_a_plural_title_before_a_surname_alone_is_its_role(analyzer):
    r = analyzer.analyze("Senators Smith said the bill would pass.")
    assert [(e.name, e.roles) for e in r.entities] == [("Smith", ("Senator",))]


def test_a_body_named_with_a_plural_title_word_keeps_its_name(analyzer):
    r = analyzer.analyze("The House of Representatives voted on Tuesday, and the House of Representatives said so.")
    assert "House of Representatives" in [e.name for e in r.entities]


def test_a_roles_full_stops_are_kept_as_written(analyzer):
    r = analyzer.analyze("U.S. Attorney Helen Osei declined to comment. Sen. Ada Morel said the case was weak.")
    roles = {e.name: e.roles for e in r.entities}
    assert roles["Helen Osei"] == ("U.S. Attorney",) and roles["Ada Morel"] == ("Sen.",)


def test_a_titled_person_of_an_organisation_is_two_entities(analyzer):
    r = analyzer.analyze('"The evidence keeps piling up," said lead author Dr. Ingrid Solberg of the Norwegian '
                         "Institute of Public Health. Solberg cautioned that the study showed an association.")
    assert [s.attribution.speaker for s in r.sentences] == ["Ingrid Solberg", "Ingrid Solberg"]
    assert "Norwegian Institute of Public Health" in [e.name for e in r.entities]


def test_an_acronym_is_the_body_it_spells(analyzer):
    r = analyzer.analyze("The Israel Defense Forces (IDF) said it struck a command center. "
                         'The IDF said the strike was "precise and necessary."')
    assert [s.attribution.speaker for s in r.sentences] == ["Israel Defense Forces"] * 2
    assert "IDF" not in [e.name for e in r.entities]


def test_a_persons_initials_are_no_acronym(analyzer):
    r = analyzer.analyze("Nora Dale Cruz runs the chain, Cruz said. The NDC said nothing about it.")
    assert r.sentences[1].attribution.speaker != "Nora Dale Cruz"


def test_a_secretary_general_is_a_title(analyzer):
    r = analyzer.analyze("U.N. Secretary-General Antonio Guterres said the strike was unacceptable.")
    assert r.sentences[0].attribution.speaker == "Antonio Guterres"


@pytest.mark.parametrize("text, speaker", [
    ("Bashar al-Assad said the plan was sound.", "Bashar al-Assad"),
    ("A ministry spokesman, Ashraf al-Qudra, called the strike a massacre.", "Ashraf al-Qudra"),
    ("President Abdel Fattah el-Sisi said the plan was sound.", "Abdel Fattah el-Sisi"),
])
def test_a_surname_opened_by_a_particle_and_a_hyphen_is_part_of_the_name(analyzer, text, speaker):
    assert analyzer.analyze(text).sentences[0].attribution.speaker == speaker


def test_a_hyphenated_office_in_apposition_describes_the_name_after_it(analyzer):
    r = analyzer.analyze("The United Nations Relief and Works Agency (UNRWA) said a school was damaged. "
                         "UNRWA's commissioner-general, Philippe Lazzarini, said the staff were safe.")
    assert r.sentences[1].attribution.speaker == "Philippe Lazzarini"


def test_an_initialism_with_stops_keeps_its_last_stop_and_is_an_organisation(analyzer):
    r = analyzer.analyze("The U.S. said no. The F.B.I. agreed on Monday, and the F.B.I. said so again.")
    names = {e.name: e.type for e in r.entities}
    assert "U.S." in names and names.get("F.B.I.") == "institution"
    assert r.sentences[0].attribution.speaker == "U.S."


@pytest.mark.parametrize("text, name, role", [
    ("At the debate, Democrat Hillary Clinton mentioned the remarks.", "Hillary Clinton", "Democrat"),
    ("Rival Hillary Clinton had mocked the complaint.", "Hillary Clinton", "Rival"),
])
def test_a_party_member_or_rival_capitalised_before_a_name_is_its_role(analyzer, text, name, role):
    e, _ = _entity(analyzer, text, name)
    assert e is not None and role in e.roles


def test_a_jr_name_in_apposition_speaks_and_a_told_outlet_ends_before_the_content(analyzer):
    r = analyzer.analyze("The president's son, Donald Trump Jr., said the inquiry was a hoax. "
                         "Former Vice President Mike Pence told Fox News the ruling was correct.")
    a, b = (s.attribution for s in r.sentences)
    assert a.speaker == "Donald Trump Jr." and b.via == "Fox News"


@pytest.mark.parametrize("text, speaker", [
    pytest.param("Helena Whitcombe at the National Review agreed with the verdict, and said so.", "Helena Whitcombe",
                 id="a person at an outlet speaks for herself"),
    pytest.param('"It was a stunning display of cowardice," said Democracy for America, a political group.',
                 "Democracy for America", id="an organisation named with 'for' keeps its whole name"),
    pytest.param("Philippine President Ferdinand Marcos Jr. vowed not to be intimidated by the threats.",
                 "Ferdinand Marcos Jr.", id="a name ending in Jr. keeps its stop and speaks"),
    pytest.param("Another critic, Laurence H. Tribe, likened the rules to burning the Constitution.",
                 "Laurence H. Tribe", id="a name with a middle initial is a person"),
])
def test_the_speaker_of_one_sentence(analyzer, text, speaker):
    assert analyzer.analyze(text).sentences[0].attribution.speaker == speaker


def test_a_corporate_officer_title_of_three_words_is_the_role(analyzer):
    e, r = _entity(analyzer, "Chief Financial Officer Raj Malhotra told analysts that margins would dip.",
                   "Raj Malhotra")
    assert e is not None and e.roles == ("Chief Financial Officer",) and e.type == "person"
    assert r.sentences[0].attribution.speaker == "Raj Malhotra"


def test_a_compound_title_in_apposition_names_the_person_not_an_earlier_chief(analyzer):
    r = analyzer.analyze("Chief Executive Laura Chen said sales rose. "
                         "The company's chief financial officer, Ana Ruiz, said costs rose too.")
    assert r.sentences[1].attribution.speaker == "Ana Ruiz"
    assert next(e for e in r.entities if e.name == "Ana Ruiz").type == "person"


@pytest.mark.parametrize("text,speaker", [
    ("President Ana Holm visited Leeds on Monday. The President said the talks would resume.", "Ana Holm"),
    ("Prime Minister Ana Holm visited Leeds. 'Nobody wins from this,' the PM told reporters.", "Ana Holm"),
])
def test_a_capitalised_title_after_the_stands_for_its_holder(analyzer, text, speaker):
    r = analyzer.analyze(text)
    assert r.sentences[-1].attribution.speaker == speaker


def test_a_capitalised_title_before_an_of_phrase_is_no_role_noun(analyzer):
    r = analyzer.analyze("Tokyo will host the Paralympics. A vaccine is not required, the CEO of the Tokyo Games said.")
    assert r.sentences[-1].attribution.speaker != "Paralympics"
