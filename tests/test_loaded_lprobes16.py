"""Loaded-language lexicon entries from the sixteenth round's probe (purpose-written sentences;
the tune half's misses and the round's own stories showed the word families)."""

import pytest


def writer_entries(analyzer, text):
    return [h.entry for s in analyzer.analyze(text).sentences for h in s.hits if h.voice == "writer"]


@pytest.mark.parametrize("text,entry,present", [
    # subjective 1.16: evaluative adjectives and a noun the list lacked
    ("The budget rests on rosy forecasts of growth.", "rosy", True),
    ("Aides tried to paint a rosier picture of the recovery.", "rosier", True),
    ("The mayor issued an intemperate statement about the council.", "intemperate", True),
    ("It is a batshit plan to sell the harbor.", "batshit", True),
    ("The senator grew testy with reporters.", "testy", True),
    ("The vote was a humiliation for the governor.", "humiliation", True),
    # intensifiers 1.6
    ("The board approved a drastic cut to library hours.", "drastic", True),
    ("The union made a last-ditch bid to stop the sale.", "last-ditch", True),
    # loaded 1.20: verbs of enticement, frivolity, failure and weakness
    ("The state offered grants to lure the factory away from Ohio.", "lure", True),
    ("The governor has flirted with a run for president.", "flirt with", True),
    ("Renters are being screwed by the new fees.", "screwed", True),
    ("Senate leaders tanked the housing bill.", "tanked", True),
    ("He spent the week whimpering about unfair coverage.", "whimper", True),
    # literal senses stay silent
    ("Anglers on the lake used a lure made of feathers.", "lure", False),
    ("The bracket was screwed into the wall.", "screwed", False),
    ("Four tanks crossed the bridge on Friday.", "tanked", False),
])
def test_loaded_entries_and_their_literal_senses_lprobes16(analyzer, text, entry, present):
    assert (entry in writer_entries(analyzer, text)) is present


@pytest.mark.parametrize("text,entry,present", [
    # subjective 1.17, labels 1.11: kin of listed entries (pomp, empty promises, abortion lobby)
    ("The summit was all pomp and pageantry.", "pageantry", True),
    ("The rally did little but feed his ego.", "ego", True),
    ("The apology was an empty gesture.", "empty gesture", True),
    ("Her pledges were empty words.", "empty words", True),
    ("The ruling was a win for the LGBT lobby.", "lgbt lobby", True),
    ("The novelist wrote under an alter ego for a decade.", "ego", False),
])
def test_kin_of_listed_entries_lprobes16(analyzer, text, entry, present):
    assert (entry in writer_entries(analyzer, text)) is present


@pytest.mark.parametrize("text,entry,present", [
    # labels 1.12: the descriptive names news agencies use for a movement or party are wire style
    ("A group of white nationalists rallied outside the courthouse on Saturday.", "nationalist", False),
    ("Modi's Hindu nationalist party lost the state election.", "nationalist", False),
    ("The Scottish nationalist party called for a new referendum.", "nationalist", False),
    # the label still classifies where the writer chooses it
    ("His Christian nationalist rhetoric alarmed the bishops.", "nationalist", True),
])
def test_nationalist_as_wire_style_and_as_label_lprobes16(analyzer, text, entry, present):
    assert (entry in writer_entries(analyzer, text)) is present


@pytest.mark.parametrize("text,entry,present", [
    # loaded 1.21, labels 1.13, subjective 1.18
    ("The plan got fucked by the council.", "fuck", True),
    ("The governor muscled in on the port deal.", "muscle in", True),
    ("Activists daydream about abolishing the border.", "daydream", True),
    ("It is an anti-human ideology.", "anti-human", True),
    ("The half-literate mayor signed it anyway.", "half-literate", True),
    ("It is a crisis of his own making.", "own making", True),
])
def test_entries_of_the_second_batch_lprobes16(analyzer, text, entry, present):
    assert (entry in writer_entries(analyzer, text)) is present


@pytest.mark.parametrize("text,entry,present", [
    # subjective 1.19, intensifiers 1.7: promotional praise in the writer's voice (a business puff piece)
    ("The startup unveiled a groundbreaking battery on Monday.", "groundbreaking", True),
    ("Its trailblazing founder spoke first.", "trailblazing", True),
    ("The firm sells cutting-edge sensors.", "cutting-edge", True),
    ("The club built world-class facilities.", "world-class", True),
    ("The cell will revolutionize electric cars.", "revolutionize", True),
    ("The mayor attended a groundbreaking ceremony for the hospital.", "groundbreaking", False),
    ("Officials held the groundbreaking for the bridge in May.", "groundbreaking", False),
])
def test_promotional_praise_lprobes16(analyzer, text, entry, present):
    assert (entry in writer_entries(analyzer, text)) is present


@pytest.mark.parametrize("text,entry,present", [
    # labels 1.14, subjective 1.20, loaded 1.22: tabloid crime vocabulary (the tabloid probe story)
    ("The sex fiend was jailed yesterday.", "fiend", True),
    ("Police hunt the sicko who attacked a pensioner.", "sicko", True),
    ("Yobs wrecked the bus shelter.", "yobs", True),
    ("The drug-crazed driver fled the scene.", "drug-crazed", True),
    ("The attacker was caged for life yesterday.", "caged for", True),
])
def test_tabloid_crime_vocabulary_lprobes16(analyzer, text, entry, present):
    assert (entry in writer_entries(analyzer, text)) is present


@pytest.mark.parametrize("text,entry,present", [
    # intensifiers 1.8, labels 1.15, loaded 1.23: wire style the neutral probe stories showed firing
    ("Oil prices fell sharply on Friday.", "sharply", False),
    ("A sharply divided court upheld the law.", "sharply", False),
    ("He has been sharply critical of the plan.", "sharply", True),
    ("The man was convicted over a series of home invasions.", "invasion", False),
    ("Shares in mining companies slipped on Monday.", "slipped", False),
    ("The governor slipped a tax break into the bill.", "slipped", True),
])
def test_wire_style_stays_silent_lprobes16(analyzer, text, entry, present):
    assert (entry in writer_entries(analyzer, text)) is present


@pytest.mark.parametrize("text,entry,present", [
    # loaded 1.24: smuggling as a crime is wire copy; smuggling a provision into a bill is loaded
    ("Police arrested three men suspected of smuggling migrants across the Channel.", "smuggle", False),
    ("The gang smuggled cocaine into Spain in banana crates.", "smuggle", False),
    ("Drug smuggling along the border has risen this year.", "smuggle", False),
    ("Republicans smuggled a tax cut into the spending bill.", "smuggle", True),
])
def test_smuggling_as_crime_and_as_insinuation_lprobes16(analyzer, text, entry, present):
    assert (entry in writer_entries(analyzer, text)) is present


@pytest.mark.parametrize("text,entry,present", [
    # subjective 1.21, loaded 1.25, labels 1.16: neutral wire phrases the probe battery showed firing
    ("Lawmakers voted 52-48 after a contentious hearing.", "contentious", False),
    ("The senator's office denied wrongdoing on Friday.", "wrongdoing", False),
    ("The earthquake devastated the region on Monday.", "devastate", False),
    ("The war has devastated the economy.", "devastate", True),
    ("Historians say the regime change of 1979 ended the monarchy.", "regime", False),
    ("His regime crushed dissent.", "regime", True),
])
def test_neutral_wire_phrases_lprobes16(analyzer, text, entry, present):
    hits = [h.entry for s in analyzer.analyze(text).sentences for h in s.hits]  # either voice
    assert (entry in hits) is present


@pytest.mark.parametrize("text,entry,present", [
    # labels 1.17, intensifiers 1.9: the second wire battery
    ("The militant group claimed responsibility for the bombing.", "militant", False),
    ("Hospitals were overwhelmed as cases surged in January.", "overwhelmed", False),
    ("Republicans overwhelmed the Democrats at the polls.", "overwhelmed", True),
])
def test_second_wire_battery_lprobes16(analyzer, text, entry, present):
    hits = [h.entry for s in analyzer.analyze(text).sentences for h in s.hits]  # either voice
    assert (entry in hits) is present
