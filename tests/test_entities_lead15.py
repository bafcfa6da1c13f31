"""Entities and speakers from the fifteenth round's own probe stories of the lead (purpose-written sentences)."""

import pytest


def _first(analyzer, text):
    return analyzer.analyze(text).sentences[0].attribution


@pytest.mark.parametrize(("text", "speaker", "role"), [
    ("TikTok influencer Maya Lund said she had been paid for the posts.", "Maya Lund", "influencer"),
    ("NASA astronaut Kate Rubins said the station was ready.", "Kate Rubins", "astronaut"),
    ("Reuters photographer Ana Lima said she was held for six hours.", "Ana Lima", "photographer"),
])
def test_an_organisation_and_a_persons_role_before_a_name_leave_the_person_speaking(analyzer, text, speaker, role):
    report = analyzer.analyze(text)
    assert report.sentences[0].attribution.speaker == speaker
    person = next(e for e in report.entities if e.name == speaker)
    assert role in person.roles


@pytest.mark.parametrize(("text", "speaker"), [
    ("One mother, who gave only her first name, Jessica, said the school had failed her son.", "Jessica"),
    ("A resident who gave only his first name, Tom, said the water had been brown for a week.", "Tom"),
])
def test_a_clause_that_gives_only_a_first_name_leaves_the_named_person_speaking(analyzer, text, speaker):
    att = _first(analyzer, text)
    assert att.sourced and att.rule == "subject-cue"
    assert att.speaker == speaker and att.source_type == "person"


@pytest.mark.parametrize("text", [
    "One mother, Jessica, said the school had failed her son.",
    "One of the plaintiffs, Ana Ruiz, said the ruling was overdue.",
])
def test_an_unnamed_sounding_source_named_in_its_apposition_is_a_person(analyzer, text):
    assert _first(analyzer, text).source_type == "person"


def test_a_name_inside_a_clause_of_an_unnamed_source_leaves_it_unnamed(analyzer):
    att = _first(analyzer, "Two officials, one of whom works for Senator Ada Morel, said the bill was dead.")
    assert att.source_type != "person"


def test_the_company_points_to_a_name_of_unknown_kind_that_opens_the_sentence_before(analyzer):
    report = analyzer.analyze("Shares of Vantora rose after analysts praised Vantora. Vantora added 9 million "
                              "subscribers in the quarter. The company said demand was strong. Its rivals lost "
                              "customers. The company also said prices would rise in March.")
    said = [s.attribution for s in report.sentences if s.attribution.source == "The company"]
    assert [a.speaker for a in said] == ["Vantora", "Vantora"]
    vantora = next(e for e in report.entities if e.name == "Vantora")
    assert vantora.type == "institution" and "company" in vantora.roles


def test_the_company_never_points_to_a_persons_surname(analyzer):
    report = analyzer.analyze("Ana Nair joined the board in May. Nair said she was pleased. The company said in "
                              "a filing that Nair would be paid more.")
    assert report.sentences[2].attribution.speaker != "Ana Nair"


@pytest.mark.parametrize(("text", "name"), [
    ("The Liberal Democrats said the plan was dead.", "Liberal Democrats"),
    ("Young Republicans said the plan was dead.", "Young Republicans"),
    ("Councillors said the plan was dead.", "Councillors"),
    ("Campaigners said the fields were home to barn owls.", "Campaigners"),
])
def test_party_members_and_plural_roles_are_groups(analyzer, text, name):
    report = analyzer.analyze(text)
    assert report.sentences[0].attribution.source_type == "group"
    assert next(e for e in report.entities if e.name == name).type == "group"


def test_the_force_points_back_to_the_police_force_named_before(analyzer):
    report = analyzer.analyze("British Transport Police said extra patrols would be on duty this week. The force "
                              "urged anyone with footage of the attack to come forward.")
    att = report.sentences[1].attribution
    assert att.speaker == "British Transport Police" and att.source_type == "official"


@pytest.mark.parametrize(("text", "name"), [
    ("Daniel Okoro is due to appear before Leeds Magistrates' Court on Monday, Daniel Okoro's lawyer said.",
     "Leeds Magistrates' Court"),
    ("The Teachers' Union of Ireland said it would strike in May.", "Teachers' Union of Ireland"),
])
def test_a_plural_possessive_before_an_organisation_word_stays_in_the_name(analyzer, text, name):
    assert name in [e.name for e in analyzer.analyze(text).entities]


@pytest.mark.parametrize(("text", "name"), [
    ("The Republicans' Senate majority said it would block the bill.", "Republicans"),
    ("The Court of Appeals' Board on Professional Responsibility said it would review the complaint.",
     "Court of Appeals"),
])
def test_a_partys_or_a_named_bodys_possessive_still_ends_the_name(analyzer, text, name):
    assert name in [e.name for e in analyzer.analyze(text).entities]


def test_the_journal_points_back_to_the_journal_named_before(analyzer):
    report = analyzer.analyze("Coffee drinkers had less liver disease, according to a study published on Wednesday "
                              "in the journal Hepatology Reports. Two of the authors have received fees from a "
                              "coffee group, the journal said.")
    att = report.sentences[1].attribution
    assert att.speaker == "Hepatology Reports"
    assert "journal" in next(e for e in report.entities if e.name == "Hepatology Reports").roles


@pytest.mark.parametrize(("text", "name"), [
    ("The British Liver Trust said the study was encouraging.", "British Liver Trust"),
    ("Coffee consumption has doubled since 2000, the trade body Coffee UK said.", "Coffee UK"),
])
def test_a_trust_and_a_trade_body_are_institutions(analyzer, text, name):
    report = analyzer.analyze(text)
    assert report.sentences[0].attribution.source_type == "institution"
    assert next(e for e in report.entities if e.name == name).type == "institution"


def test_a_demonym_may_open_a_body_nouns_phrase(analyzer):
    report = analyzer.analyze("According to Estonian public broadcaster ERR, the employee had worked in Tallinn for "
                              "six years.")
    err = next(e for e in report.entities if e.name == "ERR")
    assert err.type == "media" and "broadcaster" in err.roles
    assert report.sentences[0].attribution.source_type == "media"


def test_a_relaying_outlet_described_before_its_name_is_the_named_outlet(analyzer):
    report = analyzer.analyze('State news agency RIA quoted Foreign Ministry spokeswoman Maria Zakharova as saying '
                              'Estonia had "chosen the path of confrontation."')
    names = [e.name for e in report.entities]
    assert "RIA" in names and "State news agency RIA" not in names
    assert "relay" in next(e for e in report.entities if e.name == "RIA").source_roles


@pytest.mark.parametrize(("text", "term", "target"), [
    ("Governor Marcus Hale signed the budget. His budget director, Erin Walsh, insists the numbers add up.",
     "insists", "Erin Walsh"),
    ("Governor Marcus Hale signed the budget. Hale's spokeswoman Ana Ruiz shamelessly defended it.",
     "shamelessly", "Ana Ruiz"),
])
def test_a_term_aimed_at_a_role_holder_named_after_an_owner_goes_to_the_holder(analyzer, text, term, target):
    report = analyzer.analyze(text)
    hit = next(h for s in report.sentences for h in s.hits if h.text == term)
    assert hit.target == target


@pytest.mark.parametrize(("text", "speakers"), [
    ("The European Commission and Washington agreed last year on a new framework, officials said.",
     ["European Commission", "Washington"]),
    ("Harvard University and MIT said they would sue.", ["Harvard University", "MIT"]),
])
def test_an_organisations_name_then_and_then_another_name_is_two_entities(analyzer, text, speakers):
    report = analyzer.analyze(text)
    names = [e.name for e in report.entities]
    assert all(s in names for s in speakers)
    if not text.endswith("officials said."):
        assert report.sentences[0].attribution.speakers == tuple(speakers)


@pytest.mark.parametrize("name", ["Food and Drug Administration", "Department of Health and Human Services",
                                  "Bill and Melinda Gates Foundation"])
def test_an_organisations_name_with_and_inside_stays_one(analyzer, name):
    assert name in [e.name for e in analyzer.analyze(f"The {name} said it would act.").entities]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Sports daily Marca said the player had agreed terms.", "Marca"),
    ("Italian outlet Gazzetta dello Sport reported that the clubs were still negotiating.", "Gazzetta dello Sport"),
])
def test_an_outlets_noun_before_its_name_types_it_media(analyzer, text, speaker):
    report = analyzer.analyze(text)
    att = report.sentences[0].attribution
    assert att.speaker == speaker and att.source_type == "media"


def test_the_newspaper_points_back_to_the_outlet_named_before(analyzer):
    report = analyzer.analyze("The New York Times first reported the deal on Monday. The newspaper said the talks "
                              "had lasted a year.")
    assert report.sentences[1].attribution.speaker == "New York Times"


def test_the_magazine_with_no_outlet_named_stays_unresolved(analyzer):
    att = analyzer.analyze("The magazine has also detailed club spending.").sentences[0].attribution
    assert att.sourced and att.speaker is None and att.coref == "unresolved"


def test_a_time_zone_names_no_one(analyzer):
    report = analyzer.analyze("The Associated Press declared Benning the winner at 10:42 p.m. EST, when counts "
                              "showed her leading. Polls closed at 7 p.m. EST.")
    assert "EST" not in [e.name for e in report.entities]


BROTHERS = ("When Marco Bellini opened his bakery in 1987, his younger brother Paolo swept the floors. Marco, 64, "
            "says the recipe is his. \"I paid for everything,\" he said. Paolo, 59, opened a rival bakery last "
            "spring. He says his mother gave him the recipe card.")


def test_a_first_name_after_a_family_noun_is_a_person_of_its_gender(analyzer):
    paolo = next(e for e in analyzer.analyze(BROTHERS).entities if e.name == "Paolo")
    assert paolo.type == "person" and "brother" in paolo.roles


def test_he_after_another_man_opens_the_sentence_before_is_that_man(analyzer):
    report = analyzer.analyze(BROTHERS)
    assert report.sentences[-1].attribution.speaker == "Paolo"
    assert report.sentences[2].attribution.speaker == "Marco Bellini"


def test_a_description_and_a_name_coordinated_give_the_named_speaker(analyzer):
    att = analyzer.analyze("Both the mayor and Ana Lima said they supported the plan.").sentences[0].attribution
    assert att.speaker == "Ana Lima"


def test_a_term_inside_a_role_nouns_phrase_aims_at_whom_it_points_to(analyzer):
    report = analyzer.analyze("Mayor Julia Reyes took office in 2022. The far-left mayor slashed the police budget "
                              "in her first month.")
    hit = next(h for h in report.sentences[1].hits if h.text == "far-left")
    assert hit.target == "Julia Reyes"


def test_a_name_first_seen_as_a_modifier_takes_its_type_from_where_it_speaks(analyzer):
    report = analyzer.analyze("The military said it had targeted a Hamas command center. Hamas called the strike a "
                              "massacre. \"We will respond,\" the group said in a statement. Um Ali said the blast "
                              "came before dawn. Israel has accused Hamas of using schools as cover.")
    assert report.sentences[2].attribution.speaker == "Hamas"


def test_a_name_people_work_at_is_an_institution(analyzer):
    report = analyzer.analyze("Sam Salehpour, who has worked at Boeing for a decade, said he was threatened. Boeing "
                              "said the claims were inaccurate.")
    assert next(e for e in report.entities if e.name == "Boeing").type == "institution"


def test_the_planemaker_points_back_to_the_company(analyzer):
    report = analyzer.analyze("Shares of the planemaker Vantair fell on Monday. The planemaker said deliveries "
                              "would resume.")
    assert report.sentences[1].attribution.speaker == "Vantair"


def test_a_body_named_for_its_members_is_an_institution(analyzer):
    report = analyzer.analyze("General Motors will cut 1,000 jobs. The United Auto Workers said the cuts were a "
                              "betrayal.")
    uaw = next(e for e in report.entities if e.name == "United Auto Workers")
    assert uaw.type == "institution"
    assert report.sentences[1].attribution.source_type == "institution"


def test_the_treasury_is_a_public_body(analyzer):
    report = analyzer.analyze("The Treasury said the figures were wrong.")
    assert report.sentences[0].attribution.source_type == "official"
    assert next(e for e in report.entities if e.name == "Treasury").type == "official"


def test_the_company_points_to_the_first_name_of_its_sentence(analyzer):
    att = analyzer.analyze("Shares of Vantora rose in May. In 2013, Vantora was hacked, and the company said in a "
                           "statement that all accounts were affected.").sentences[1].attribution
    assert att.speaker == "Vantora"
