"""Speakers and entities from the fourteenth round's own probe stories of the lead (purpose-written texts)."""

import pytest


@pytest.mark.parametrize(("text", "speaker"), [
    ("Japan's trade ministry said it would retaliate. \"We will respond,\" the ministry said in a statement.",
     "Japan's trade ministry"),
    ("The country's central bank said inflation was too high. Later the bank said it would act.",
     "The country's central bank"),
])
def test_a_bare_body_noun_points_to_the_body_that_spoke_as_a_description(analyzer, text, speaker):
    assert analyzer.analyze(text).sentences[-1].attribution.speaker == speaker


def test_two_described_bodies_with_the_same_head_leave_the_noun_unresolved(analyzer):
    text = ("Japan's trade ministry said it would retaliate. Korea's trade ministry said it would not. "
            "Talks were due in May. The ministry said talks would resume.")
    assert analyzer.analyze(text).sentences[-1].attribution.speaker is None


def test_of_two_described_bodies_the_one_that_spoke_just_before_is_the_bare_noun(analyzer):
    text = ("Turkey's foreign ministry said the ship was in its waters. Greece's foreign ministry rejected that. "
            "In a statement, the ministry said Turkey was violating Greek rights.")
    assert analyzer.analyze(text).sentences[-1].attribution.speaker == "Greece's foreign ministry"


def entity(r, name):
    return next((e for e in r.entities if e.name == name), None)


def test_a_plural_possessive_of_its_members_stays_inside_an_organisations_name(analyzer):
    r = analyzer.analyze("The National Farmers' Union said the tax was unfair. The union has called another "
                         "protest.")
    assert entity(r, "National Farmers' Union") is not None and entity(r, "Union") is None
    assert r.sentences[1].attribution.speaker == "National Farmers' Union"


def test_a_partys_possessive_still_ends_the_name(analyzer):
    r = analyzer.analyze("The Democrats' Senate leader said no.")
    assert entity(r, "Democrats' Senate leader") is not None or entity(r, "Democrats") is not None
    assert entity(r, "Democrats' Senate") is None


def test_a_body_noun_before_an_acronym_types_it(analyzer):
    r = analyzer.analyze("The broadcaster NOS said the tax was unfair.")
    assert entity(r, "NOS").type == "media"


def test_a_body_noun_that_stood_for_an_organisation_still_does_after_another_is_named(analyzer):
    text = ("The Harbor Safety Board found that a sensor failed. The pilots lost control, the board said. "
            "Corvell Aerospace disputed the finding. Its lawyers said repairs were the airline's duty. "
            "Relatives of the victims said they would sue. The airline's owner, Bayline Air, declined to "
            "comment. The board said it would make 11 recommendations.")
    r = analyzer.analyze(text)
    assert r.sentences[1].attribution.speaker == "Harbor Safety Board"
    assert r.sentences[-1].attribution.speaker == "Harbor Safety Board"


def test_a_body_noun_after_another_board_is_named_stays_unresolved(analyzer):
    text = ("The Harbor Safety Board found that a sensor failed. The pilots lost control, the board said. "
            "Corvell Aerospace disputed the finding. Its lawyers said repairs were the airline's duty. "
            "Relatives of the victims said they would sue. The Bayline Air Board declined to comment. "
            "The board said it would make 11 recommendations.")
    assert analyzer.analyze(text).sentences[-1].attribution.speaker != "Harbor Safety Board"


@pytest.mark.parametrize("name", ["FactSet", "PayPal"])
def test_two_capitalised_words_run_together_name_a_business(analyzer, name):
    r = analyzer.analyze(f"Subscribers fell, according to {name}.")
    assert entity(r, name).type == "institution"
    assert r.sentences[0].attribution.source_type == "institution"


@pytest.mark.parametrize("name", ["MacArthur", "DeSantis", "McDonald"])
def test_a_surname_with_a_capitalised_prefix_stays_a_person(analyzer, name):
    assert analyzer.analyze(f"{name} said the plan would fail.").sentences[0].attribution.source_type == "person"


def test_a_listed_institutions_name_keeps_its_loaded_first_word(analyzer):
    r = analyzer.analyze("Amnesty International said the proposals would trap people.")
    assert entity(r, "Amnesty International") is not None
    assert not r.sentences[0].hits


def test_a_term_before_an_organisation_that_modifies_a_persons_role_aims_at_the_person(analyzer):
    r = analyzer.analyze("Conspiracy theories persisted; far-right InfoWars host Alex Jones claimed the shooting was "
                         "staged.")
    targets = {h.term: h.target for h in r.sentences[0].hits}
    assert targets["far-right"] == "Alex Jones" and targets["claimed"] == "Alex Jones"


@pytest.mark.parametrize(("text", "name"), [
    ("One man told the Millbrook Gazette that the teen never had a chance.", "Millbrook Gazette"),
    ("The stocks were listed in a report by the Harwell Herald.", "Harwell Herald"),
])
def test_a_newspapers_name_word_makes_an_outlet(analyzer, text, name):
    assert entity(analyzer.analyze(text), name).type == "media"


def test_a_persons_full_name_and_an_organisation_are_two_names(analyzer):
    r = analyzer.analyze("The exchange between communications director Amanda Carpenter and Boston Herald columnist "
                         "Adriana Cohen was surreal.")
    assert entity(r, "Amanda Carpenter") is not None and entity(r, "Boston Herald").type == "media"


@pytest.mark.parametrize(("text", "speaker"), [
    ("The Food and Drink Federation said processed foods could be part of a balanced diet. A spokeswoman said "
     "the industry had cut salt.", "Food and Drink Federation"),
    ("Ana Ruiz said the plan was late. A spokeswoman said the industry had cut salt.", "A spokeswoman"),
    ("The Food and Drink Federation said processed foods were fine. A police spokesman said the ferry sank.",
     "A police spokesman"),
])
def test_a_bare_spokeswoman_right_after_an_organisation_spoke_speaks_for_it(analyzer, text, speaker):
    assert analyzer.analyze(text).sentences[-1].attribution.speaker == speaker


def test_the_last_word_of_a_two_word_organisation_named_before_is_that_organisation(analyzer):
    r = analyzer.analyze("Riverside Rovers moved to the top on Saturday. Rovers manager Steve Holt praised the side. "
                         "Northfield Athletic lost at home. Athletic said it would appeal.")
    assert entity(r, "Rovers") is None and len(entity(r, "Riverside Rovers").mentions) == 2
    assert r.sentences[-1].attribution.speaker == "Northfield Athletic"


def test_a_body_noun_after_of_names_its_organisation(analyzer):
    r = analyzer.analyze("Shares of chipmaker Velotek fell 7 percent after the company cut its revenue forecast.")
    assert entity(r, "Velotek").type == "institution"
    assert r.sentences[0].attribution.speaker == "Velotek"


def test_a_clause_set_in_capitals_is_no_name(analyzer):
    r = analyzer.analyze("CONGRESS HAS INVESTIGATED HIM — Oz's dubious advice earned him the attention of Congress.")
    assert entity(r, "CONGRESS HAS INVESTIGATED HIM") is None


@pytest.mark.parametrize(("text", "name"), [
    ("BANK OF AMERICA said profits rose.", "BANK OF AMERICA"),
    ("A U.S. drone strike killed the general.", "U.S."),
])
def test_a_name_in_capitals_stays_a_name(analyzer, text, name):
    assert entity(analyzer.analyze(text), name) is not None


def test_boss_is_a_persons_role(analyzer):
    r = analyzer.analyze("Athletic boss Carla Reyes was furious about the winner, claiming Okafor had been offside.")
    assert entity(r, "Carla Reyes").roles == ("boss",)
    assert {h.term: h.target for h in r.sentences[0].hits}["furious"] == "Carla Reyes"


@pytest.mark.parametrize(("text", "speaker", "relay"), [
    ("Tom Hale, the energy minister, met Ana Ruiz. He said the group would act, Reuters reported.", "Tom Hale",
     "Reuters"),
    ("Leigh Corfman spoke to the paper. She said the two never met, according to the Post.", "Leigh Corfman",
     "Post"),
    ("Senator Mitch McConnell warned Trump in private that the plan would fail, according to The Washington Post.",
     "Mitch McConnell", "Washington Post"),
])
def test_an_outlet_closing_a_sentence_relays_its_speaker(analyzer, text, speaker, relay):
    r = analyzer.analyze(text)
    att = r.sentences[-1].attribution
    assert att.speaker == speaker and att.source_type == "media"
    assert {s.name: s.roles for s in r.sources}.get(relay) == ("relay",)


def test_an_outlets_own_report_is_its_own(analyzer):
    att = analyzer.analyze("The ruling was expected soon, Reuters reported.").sentences[0].attribution
    assert att.speaker == "Reuters"


@pytest.mark.parametrize(("text", "speaker"), [
    ("The state's attorney general, Brian Cole, said he would appeal. His office argued in court that the law "
     "was a modest safeguard.", "Brian Cole"),
    ("Senator Ana Ruiz announced her bid. Her campaign said it raised $2 million.", "Ana Ruiz"),
    ("House Majority Whip Steve Scalise was shot on Wednesday. Before the surgery, Scalise was “in good spirits,” "
     "his office said.", "Steve Scalise"),
])
def test_his_office_or_her_campaign_speaks_for_its_holder(analyzer, text, speaker):
    assert analyzer.analyze(text).sentences[-1].attribution.speaker == speaker


def test_a_whip_is_a_title(analyzer):
    r = analyzer.analyze("House Majority Whip Steve Scalise said the vote would pass.")
    assert entity(r, "Steve Scalise").roles == ("House Majority Whip",)


def test_the_description_after_a_persons_home_state_is_the_persons(analyzer):
    r = analyzer.analyze("Representative Nancy Pelosi of California, the Democratic leader, played down any split. "
                         "“It’s not against the president,” she said.")
    assert "Democratic leader" in entity(r, "Nancy Pelosi").roles and entity(r, "California") is None
    assert r.sentences[-1].attribution.speaker == "Nancy Pelosi"
