"""Places and appositions beside quotations (fresh-article defects, issue 17): a city named twice is
a place, not an organisation; a description right after a quotation's closing mark is the speaker's
role; a title before another name describes no one."""


def _entities(analyzer, text):
    return {e.name: e for e in analyzer.analyze(text).entities}


def _second(analyzer, text):
    """The attribution of the text's second sentence."""
    return analyzer.analyze(text).sentences[1].attribution


def test_a_recurring_city_is_a_place_not_an_institution(analyzer):
    ents = _entities(analyzer, "Flights resumed at Porto airport on Monday.\n\n"
                               "Shares of the carrier rose in Porto trading.")
    assert ents["Porto"].type == "place"
    assert len(ents["Porto"].mentions) == 2


def test_a_recurring_name_the_places_list_lacks_keeps_the_default_type(analyzer):
    ents = _entities(analyzer, "Flights resumed at Velmora airport on Monday.\n\n"
                               "Shares of the carrier rose in Velmora trading.")
    assert ents["Velmora"].type == "institution"  # no evidence either way: the default stays


def test_a_listed_city_named_once_is_no_entity(analyzer):
    assert "Porto" not in _entities(analyzer, "Flights resumed at Porto airport on Monday.")


def test_a_state_within_a_country_is_not_typed_a_place(analyzer):
    # states and provinces sue and speak as governments: the places list leaves them out (a state named only
    # after a word of place, "filed in Nebraska", is a place by where it is named: test_entities_probes15)
    ents = _entities(analyzer, "Nebraska sued the agency on Monday.\n\nOfficials in Nebraska said "
                               "they would appeal.")
    assert "Nebraska" not in ents or ents["Nebraska"].type != "place"


def test_a_description_after_a_quotations_closing_mark_is_the_speakers_role(analyzer):
    r = analyzer.analyze('"We will leave no stone unturned," its president, Helena Sousa, told reporters.')
    e = _entities(analyzer, r.document.text)["Helena Sousa"]
    assert e.roles == ("president",)
    assert r.sentences[0].attribution.speaker == "Helena Sousa"


def test_a_title_before_another_name_describes_no_one(analyzer):
    r = analyzer.analyze('"The teams would be mixed," suggested Representative Ted Deutch, Democrat of Florida.')
    ents = {e.name: e for e in r.entities}
    assert ents["Ted Deutch"].type == "official"
    assert all("suggested" not in role for e in r.entities for role in e.roles)
    assert "Democrat" not in ents or ents["Democrat"].type != "official"


def test_a_he_said_carried_over_gives_the_person_a_gender_a_later_she_respects(analyzer):
    r = analyzer.analyze("The chief executive, Zoltavi Brennik, dismissed the probe.\n\n"
                         '"This is theater," he said.\n\n'
                         '"They were warned," said Quessa Lorne, who heads the pilots\' union.\n\n'
                         "She added that members had filed reports.")
    speakers = [s.attribution.speaker for s in r.sentences]
    assert speakers[:2] == ["Zoltavi Brennik"] * 2
    assert speakers[3] != "Zoltavi Brennik"


def test_a_body_in_a_relative_clause_after_a_name_is_not_the_names_type(analyzer):
    ents = _entities(analyzer, '"We will strike," said Amadou Keita, who leads the dockworkers union.')
    assert ents["Amadou Keita"].type == "person"
    ents = _entities(analyzer, "Reuters, which first reported the deal, said the talks had stalled.")
    assert ents["Reuters"].type == "media"  # "which" is about the outlet: its own type stays


# headlines in title case (fresh-article defect, issue 17)

def test_a_title_case_headline_run_is_no_entity_unless_the_body_names_it(analyzer):
    r = analyzer.analyze("Senate Hardliners Torpedo Farm Bill\n\n"
                         "A band of senators blocked the farm bill, a defeat for Majority Leader Carla Benton.\n\n"
                         "Farm groups were livid.")
    names = {e.name for e in r.entities}
    assert names == {"Carla Benton"}
    assert all(h.target is None for h in r.sentences[0].hits)


def test_a_title_case_headline_run_is_cut_to_the_name_the_body_holds(analyzer):
    r = analyzer.analyze("Talks Stall As Zarif Warns West\n\nForeign Minister Javad Zarif said the deal would hold.")
    assert [e.name for e in r.entities] == ["Javad Zarif"]
    assert len(r.entities[0].mentions) == 2
    assert r.sentences[0].attribution.speaker == "Javad Zarif"


def test_a_sentence_case_headline_keeps_its_names(analyzer):
    r = analyzer.analyze("Tellwick Corp fined over spill\n\nRegulators fined the company on Monday.")
    assert "Tellwick Corp" in {e.name for e in r.entities}


# a person role in lower case before a name (fresh-article defect, issue 17)

def test_a_lower_case_role_before_a_name_makes_it_a_person_with_that_role(analyzer):
    ents = _entities(analyzer, "The strike was led by activist Tamsin Orrell and lawyer Bruno Kask.")
    assert (ents["Tamsin Orrell"].type, ents["Tamsin Orrell"].roles) == ("person", ("activist",))
    assert (ents["Bruno Kask"].type, ents["Bruno Kask"].roles) == ("person", ("lawyer",))


def test_a_description_then_a_role_and_a_name_credits_the_name(analyzer):
    r = analyzer.analyze("Its author, economist Judit Szabo, warned that the trend could deepen.\n\n"
                         '"We are seeing a lost generation," she said.')
    assert [s.attribution.speaker for s in r.sentences] == ["Judit Szabo"] * 2


def test_a_family_noun_before_a_name_does_not_make_a_relative_of_the_subject(analyzer):
    ents = _entities(analyzer, "President Halvard Brisk spoke on Monday. His daughter Ottilie Brisk was there. "
                               "Brisk said the plan would pass.")
    assert "Ottilie Brisk" not in ents


def test_a_recurring_demonym_is_no_entity(analyzer):
    ents = _entities(analyzer, "The envoy met Iranian officials on Monday.\n\nThe talks with Iranian negotiators "
                               "had stalled, the envoy said.")
    assert "Iranian" not in ents


def test_a_body_described_with_a_capitalised_modifier_is_a_description_not_unresolved(analyzer):
    # (a guard: with the demonym "Saudi" no entity, the role pointer "the ... government" must not be unresolved)
    r = analyzer.analyze("Fifteen of the hijackers were Saudi citizens, but the Saudi government denies any role "
                         "in the attacks.")
    assert r.sentences[0].attribution.speaker == "Saudi government"
    assert r.sentences[0].attribution.coref == "name"


def test_a_word_of_a_companys_name_makes_it_an_institution(analyzer):
    ents = _entities(analyzer, "Veltron Semiconductor said on Wednesday it would pause the expansion.")
    assert ents["Veltron Semiconductor"].type == "institution"
    ents = _entities(analyzer, "Shares of Halden Therapeutics rose after Orvin Holdings said it would buy the firm.")
    assert ents["Orvin Holdings"].type == "institution"
    ents = _entities(analyzer, "Halvorsen Chemical said in a statement that it would appeal the ruling.")
    assert ents["Halvorsen Chemical"].type == "institution"


def test_the_company_points_to_the_institution_named_just_before(analyzer):
    att = _second(analyzer, "Veltron Semiconductor said on Wednesday it would pause the expansion.\n\n"
                            "The company said in a filing that construction would resume.")
    assert att.speaker == "Veltron Semiconductor"
    assert att.coref == "role noun"
    att = _second(analyzer, "Environmental groups sued on Monday.\n\nThe company said it would fight the suit.")
    assert att.speaker is None  # a group is no company


def test_an_organisation_word_opening_a_sentence_before_a_noun_of_people_is_no_entity(analyzer):
    ents = _entities(analyzer, "Union leaders accused management of ignoring warnings.\n\n"
                               "Administration officials said the plan would pass.\n\n"
                               "Parliament voted to approve the budget.")
    assert "Union" not in ents and "Administration" not in ents
    assert ents["Parliament"].type == "official"  # before a verb it names the body


def test_an_outlets_one_word_opening_a_sentence_before_a_noun_of_people_is_no_outlet(analyzer):
    r = analyzer.analyze("Independent economists have repeatedly debunked those claims.")
    assert "Independent" not in [e.name for e in r.entities]
    assert [h.target for s in r.sentences for h in s.hits] == ["Independent economists"]


def test_a_district_attorney_holds_an_office(analyzer):
    ents = _entities(analyzer, "District Attorney Nadia Farouk said the case was closed.")
    assert ents["Nadia Farouk"].type == "official"


def test_the_company_may_point_to_an_institution_named_in_reported_speech(analyzer):
    att = _second(analyzer, "Prosecutors said the aide steered contracts to Arcturus Defense Systems.\n\n"
                            "The company has denied wrongdoing.")
    assert att.speaker == "Arcturus Defense Systems"
    att = _second(analyzer, "Prosecutors said the aide steered contracts to Arcturus Defense Systems and Velmont "
                            "Holdings.\n\nThe company has denied wrongdoing.")
    assert att.speaker is None  # two companies: not clear which


def test_a_sentences_first_word_that_is_a_common_group_noun_is_no_name(analyzer):
    r = analyzer.analyze("Nurses at St. Luke's Medical Center walked off the job on Monday, demanding higher staffing "
                         "levels. The New York State Nurses Association said the offer ignored the core issue.")
    assert r.sentences[0].attribution.speaker != "New York State Nurses Association"
