"""Loaded-language voice, lexicon entries and literal senses from the fifteenth round's probe
(purpose-written sentences; tune-half misses and false hits showed the patterns)."""

import pytest


def voiced(analyzer, text):
    return [(h.entry, h.voice) for s in analyzer.analyze(text).sentences for h in s.hits]


@pytest.mark.parametrize("text,entry", [
    ("Crime soared under the disastrous policy, according to police figures.", "disastrous"),
    ("The reckless cuts hurt rural schools, according to data from the state auditor.", "reckless"),
    ("According to a new poll, voters blame the radical plan for higher rents.", "radical"),
])
def test_according_to_data_leaves_the_clause_in_the_writers_voice(analyzer, text, entry):
    # as 'figures from the state show' does: evidence is reported, nobody's words
    assert (entry, "writer") in voiced(analyzer, text)


def test_according_to_a_person_still_gives_the_clause_to_the_speaker(analyzer):
    text = "The reckless cuts hurt rural schools, according to Mayor Ines Duarte."
    assert ("reckless", "quoted") in voiced(analyzer, text)
