"""Cue vocabulary from the general classes of reporting, judgment and attitude words
(docs/attribution.md, "The cue vocabulary was checked class by class"): each sentence
was written for biaslens; the guard sentences are the same words in other senses."""

from __future__ import annotations

import pytest


def body_attribution(analyzer, text):
    report = analyzer.analyze("Update.\n\n" + text)
    return [s.attribution for s in report.sentences if s.role == "body"][-1]


@pytest.mark.parametrize("text,source", [
    ("The treasurer confided that the fund was nearly empty.", "The treasurer"),
    ("A clerk divulged that the ballots had been moved twice.", "A clerk"),
    ("The opposition leader castigated the ferry board for the delays.", "The opposition leader"),
    ("Several councillors disparaged the new tram line.", "Several councillors"),
    ("The bishop repudiated the remarks of his deputy.", "The bishop"),
    ("Growers lobbied for a lower water tariff.", "Growers"),
    ("The minister waved off the auditors' warnings.", "The minister"),
    ("Her rivals vilified the harbor plan for months.", "Her rivals"),
    ("The port authority is mulling a second ferry route.", "The port authority"),
    ("Local officials detest the new quota.", "Local officials"),
    ("Senator Ruiz balked at the cost of the roof.", "Senator Ruiz"),
    ("Voters disapprove of the merger.", "Voters"),
    ("Local officials were relieved that the storm had passed to the north.", "Local officials"),
    ("The senator is doubtful that the levy will pass.", "The senator"),
    ("The union is hostile to the merger.", "The union"),
    ("Economists are skeptical of the forecast.", "Economists"),
    ("The governor's assessment that the dam was safe proved wrong.", "The governor's"),
    ("The senator's suspicion that the count was wrong kept growing.", "The senator's"),
    ("The council requested that the port stay open through winter.", "The council"),
    ("Aides dissuaded the governor from running again.", "Aides"),
    ("\"Not a chance,\" the skipper laughed.", "the skipper"),
    ("The union is reluctant to sign the new contract.", "The union"),
    ("Several senators are eager to question the minister.", "Several senators"),
    ("The council is in favor of the levy.", "The council"),
    ("The mayor is at odds with the council over the budget.", "The mayor"),
    ("Most economists are of the view that rates will fall.", "Most economists"),
])
def test_reporting_and_judgment_verbs(analyzer, text, source):
    a = body_attribution(analyzer, text)
    assert a.sourced and a.source == source


@pytest.mark.parametrize("text", [
    "She brushed off the crumbs before the guests arrived.",
    "He shrugged off his wet coat at the door.",
    "The children waved off the ferry from the pier.",
    "The printer justified the text on both margins.",
    "The hotel renovated its lobby for the summer season.",
    "The innkeeper mulled the cider with cloves.",
    "The old sailor contemplated the sea from the deck.",
    "Owls perceive movement in near darkness.",
    "The horse balked at the last fence.",
    "The forecast was so uncertain that the regatta was moved to Sunday.",
    "The test came back positive that morning.",
    "The ground was so disturbed that the builders stopped digging.",
    "The salty soil is hostile to most crops.",
    "The sensor is receptive to infrared light.",
    "The airport's concession that sells coffee closed early.",
    "The printer's impression that was made in 1820 is rare.",
    "The kettle began to hiss on the stove.",
    "The stray dog snarled at the passing bicycles.",
    "Only invited guests may enter the hall.",
    "The old engine is reluctant to start in the cold.",
    "Prices seem determined to rise again this winter.",
    "The two gauge readings are at odds with each other.",
    "The final vote went in favor of the growers.",
])
def test_physical_senses_are_not_cues(analyzer, text):
    assert not body_attribution(analyzer, text).sourced


@pytest.mark.parametrize("text", [
    "The wreck was believed to lie off the northern cape.",
    "The minister is rumored to be leaving the cabinet.",
    "Rumor has it the mill will close.",
    "The old keeper reputedly never left the island.",
])
def test_unnamed_source_phrases_are_vague(analyzer, text):
    a = body_attribution(analyzer, text)
    assert a.sourced and a.kind == "vague"
