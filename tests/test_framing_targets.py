"""Framing: whom a writer-voice term is aimed at, one purpose-written sentence per construction
(passives and their agents, "X as Y", naming verbs, "accused X of", a clause with its own subject,
object pronouns)."""

from biaslens.entities import complements


def targets(analyzer, text):
    """{term text (lower case): target} of the writer-voice hits."""
    r = analyzer.analyze(text)
    return {h.text.lower(): h.target for s in r.sentences for h in s.hits if h.voice == "writer"}


# ---------------------------------------------------------------- passives
def test_the_agent_of_a_passive_is_not_the_target(analyzer):
    t = targets(analyzer, "The so-called tax reform, pushed through by the governor's aides, has been slammed "
                          "by farming unions.")
    assert t["so-called"] is None and t["slammed"] is None


def test_a_passive_aims_at_its_subject(analyzer):
    t = targets(analyzer, "Senator Ines Duarte has been slammed by farming unions.")
    assert t["slammed"] == "Ines Duarte"


def test_coordinated_agents_are_agents_too(analyzer):
    t = targets(analyzer, "The fishing quota was ridiculed by the Harbour Guild and by Senator Ines Duarte.")
    assert t["ridiculed"] is None


# ---------------------------------------------------------------- "X as Y"
def test_a_description_after_as_describes_the_object_not_the_subject(analyzer):
    t = targets(analyzer, "Critics, including the opposition Green Party, dismissed the budget as empty rhetoric.")
    assert t["empty rhetoric"] is None
    t = targets(analyzer, "The Kremlin blasted NATO as a warmongering alliance.")
    assert t["warmongering"] == "NATO"


def test_a_description_after_as_names_the_object_named(analyzer):
    t = targets(analyzer, "Opposition lawmakers dismissed Prime Minister Olaf Brandt as a puppet.")
    assert t["puppet"] == "Olaf Brandt"


def test_a_name_that_only_modifies_the_object_is_not_its_target(analyzer):
    t = targets(analyzer, "Senator Ines Duarte dismissed the Lisbon treaty as empty rhetoric.")
    assert t["empty rhetoric"] is None


# ---------------------------------------------------------------- naming verbs
def test_a_name_given_by_a_naming_verb_describes_its_object(analyzer):
    assert targets(analyzer, "Minister Chen Wei lashed out at dockers, calling them rioters.")["rioters"] is None
    t = targets(analyzer, "Mr. Lund lashed out at Senator Tomas Berg, calling him a coward.")
    assert t["coward"] == "Tomas Berg"
    t = targets(analyzer, "Ms. Adler opposes the new deal, calling Venezuela's government tyrannical.")
    assert t["tyrannical"] == "Venezuela"


# ---------------------------------------------------------------- "accused X of"
def test_a_charge_after_its_preposition_aims_at_the_object(analyzer):
    t = targets(analyzer, "Senator Ana Ruiz attacked Spain for meddling in the fishing vote.")
    assert t["meddling"] == "Spain"


def test_a_charge_in_the_passive_aims_at_the_subject(analyzer):
    t = targets(analyzer, "Governor Tariq Osman was attacked by rivals for meddling in the vote.")
    assert t["meddling"] == "Tariq Osman"


# ---------------------------------------------------------------- a clause of its own
def test_a_term_takes_no_target_from_another_clause(analyzer):
    r = analyzer.analyze("Hull Town Council votes to shut library as critics cry foul\n\n"
                         "The Hull Town Council voted on Tuesday to close the library by June.")
    assert [h.target for s in r.sentences for h in s.hits if h.text == "cry foul"] == [None]


def test_a_clause_after_a_conjunction_or_semicolon_with_a_group_subject_takes_no_target(analyzer):
    assert targets(analyzer, "Lisbon City Council shuts shelter; critics cry foul")["cry foul"] is None
    assert targets(analyzer, "Ankara backs the deal while Greek officials slam it.")["slam"] is None


def test_a_clause_after_as_aims_at_its_own_subject(analyzer):
    t = targets(analyzer, "Russia cries foul as Ukraine slams the deal.")
    assert t["cries foul"] == "Russia" and t["slams"] == "Ukraine"


# ---------------------------------------------------------------- the rules' word lists
def test_the_verb_lists_are_inflected():
    fw = complements.frame_words()
    assert {"dismissed", "dismisses", "dismissing", "branded"} <= fw.as_verbs
    assert {"called", "calling", "dubbed"} <= fw.naming_verbs
    assert fw.charge_verbs["accused"] == {"of"} and "for" in fw.charge_verbs["blamed"]


# ---------------------------------------------------------------- object pronouns
def test_an_open_object_pronoun_goes_to_a_fitting_name_before_the_verb_not_its_subject(analyzer):
    t = targets(analyzer, "The Harbour Board had refused to discuss it, drawing fire from Republicans who "
                          "accused it of trying to bribe a councillor.")
    assert t["bribe"] == "Harbour Board"



# ---------------------------------------------------------------- object relatives and appositions
def test_a_description_after_as_in_an_object_relative_describes_its_antecedent(analyzer):
    """'that critics denounced as ...': the relative clause's subject describes; the antecedent
    is described (here a pledge, no entity; a name when one stands right before the relative)."""
    t = targets(analyzer, "Velmora Energy unveiled a climate pledge that environmental groups denounced as a "
                          "cynical stunt.")
    assert t["cynical"] is None
    t = targets(analyzer, "The Northern Liberation Front said it would fight on. The army is fighting the Northern "
                          "Liberation Front, whom supporters hail as freedom fighters.")
    assert t["freedom fighters"] == "Northern Liberation Front"



def test_a_modifier_of_a_role_in_apposition_describes_the_name_not_the_possessor(analyzer):
    t = targets(analyzer, "The Harbour Guild fired its beleaguered manager, Ron Tate, on Monday.")
    assert t["beleaguered"] == "Ron Tate"


def test_a_place_after_in_is_not_the_nearest_name_a_term_falls_back_on(analyzer):
    t = targets(analyzer, "Washington has many lobbyists. The company's army of lobbyists has spent millions "
                          "fighting methane rules in Washington, bankrolling front groups.")
    assert t["front groups"] is None


# ---------------------------------------------------------------- relative clauses
def test_a_name_inside_the_relative_clause_of_the_people_a_term_describes_is_not_its_target(analyzer):
    t = targets(analyzer, "Voters must punish the far-right zealots who have turned America into a shooting gallery.")
    assert t["far-right"] is None and t["zealots"] is None


def test_a_name_after_the_term_outside_a_relative_clause_is_still_its_target(analyzer):
    t = targets(analyzer, "Voters must punish the far-right zealots around Senator Ines Duarte.")
    assert t["zealots"] == "Ines Duarte"


def test_tv_before_a_role_is_no_name_and_no_target(analyzer):
    # not_names 1.2: "TV" is the common noun television ("TV chef", "reality TV star", "TV bosses")
    text = "The shameless TV host Ann Lee lied again. The disgraced reality TV star left."
    r = analyzer.analyze(text)
    assert all(e.name != "TV" for e in r.entities)
    assert targets(analyzer, "The shameless TV host Ann Lee lied again.")["shameless"] == "Ann Lee"


def test_a_label_names_its_own_referent_not_a_name_past_its_verb(analyzer):
    assert targets(analyzer, "Thugs attacked the office of Mayor Ann Lee.")["thugs"] is None
    assert targets(analyzer, "The radical left wants to tax Senator Ann Lee's farm.")["the radical left"] is None


def test_a_label_still_falls_forward_to_a_name_right_after_it(analyzer):
    assert targets(analyzer, "The regime of Bashar al-Assad denied it.")["regime"] == "Bashar al-Assad"
    assert targets(analyzer, "We must choose an oligarch named Bloomberg.")["oligarch"] == "Bloomberg"
