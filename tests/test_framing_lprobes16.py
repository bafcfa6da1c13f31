"""Framing (sixteenth round's probe): a clause opened by a subordinator and an -ing verb ("after
getting testy") has no subject of its own; a term in it is aimed at the subject of the clause it
hangs on, not at the nearest name (often a preposition's object)."""

import pytest

from biaslens.entities.complements import gerund_opening
from biaslens.types import Sentence


def targets(analyzer, text):
    r = analyzer.analyze(text)
    return {h.text.lower(): h.target for s in r.sentences for h in s.hits if h.voice == "writer"}


@pytest.mark.parametrize("text,term,target", [
    ("Senator Ana Ruiz, who sat on the Senate panel, left the building after getting testy with reporters.",
     "testy", "Ana Ruiz"),
    ("Governor Tom Hale toured the port with the Navy on Friday before lashing out at the unions.",
     "lashing out", "Tom Hale"),
    ("Mayor Ines Duarte met the Harbour Guild twice while ranting about the cuts.", "ranting", "Ines Duarte"),
])
def test_a_gerund_clause_takes_the_main_clauses_subject(analyzer, text, term, target):
    assert targets(analyzer, text)[term] == target


def test_a_clause_with_a_subject_of_its_own_keeps_it(analyzer):
    t = targets(analyzer, "Governor Tom Hale spoke for an hour after Senator Ana Ruiz lashed out at the unions.")
    assert t["lashed out"] == "Ana Ruiz"


def test_a_noun_after_the_subordinator_opens_no_gerund_clause():
    text = "The talks resumed after morning prayers, after getting nowhere."
    sent = Sentence.of(0, 0, 0, len(text), text)
    assert gerund_opening(sent, len("The talks resumed after")) is None
    assert gerund_opening(sent, text.index(" getting")) == text.index("after getting")
