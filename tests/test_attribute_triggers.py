"""Trigger words of the cue-less sentence rules (attribute/triggers.py): a marked rule runs
only in a sentence holding one of its words, and the words come from the rules' word lists."""

from dataclasses import replace

import pytest

from biaslens import ingest
from biaslens.attribute import SentenceView
from biaslens.attribute import triggers as trig
from biaslens.attribute.acts import official_act
from biaslens.attribute.frames import owned_estimate
from biaslens.segment import segment


@pytest.fixture()
def rules(analyzer):
    return analyzer._attribution


def view(analyzer, rules, text):
    seg = segment(ingest.read_text(text), analyzer._splitter)
    return SentenceView(rules, seg.document.text, seg.sentences[0], -1, ())


def test_every_marked_rule_has_words_from_its_lists(rules):
    assert "frames.owned_estimate" in rules.rule_triggers and "acts.official_act" in rules.rule_triggers
    for name, words in rules.rule_triggers.items():
        assert words, name
        assert words <= rules.trigger_words
    assert rules.rule_triggers["frames.owned_estimate"] == rules.estimate_nouns
    assert rules.rule_triggers["acts.official_act"] == rules.official_acts | rules.measure_verbs


def test_a_marked_rule_runs_only_where_one_of_its_words_occurs(analyzer, rules):
    ran = []

    def probe(v):
        ran.append(v.n)

    name = f"{__name__.rsplit('.', 1)[-1]}.probe"
    guarded = trig.triggered_by("estimate_nouns", frozenset({"zorvath"}))(probe)
    try:
        compiled = trig.compile_triggers(lambda field: getattr(rules, field))
        gated = replace(rules, rule_triggers=compiled, trigger_words=frozenset().union(*compiled.values()))
        assert compiled[name] == rules.estimate_nouns | {"zorvath"}
        assert guarded(view(analyzer, gated, "The ferry left the harbor on time.")) is None
        assert ran == []  # none of its words: not run
        guarded(view(analyzer, gated, "The bank raised its growth forecast again."))
        guarded(view(analyzer, gated, "Zorvath ferries left early."))
        assert len(ran) == 2
        # a rules object that does not know the rule runs it unfiltered
        guarded(view(analyzer, rules, "The ferry left the harbor on time."))
        assert len(ran) == 3
    finally:
        trig.REGISTRY.pop(name, None)


def test_the_gate_keeps_what_the_rules_find(analyzer, rules):
    v = view(analyzer, rules, "The bank raised its growth forecast again.")
    assert owned_estimate(v) is not None and owned_estimate(v).rule == "owned-estimate"
    assert owned_estimate(view(analyzer, rules, "The bank raised its rates again.")) is None
    a = official_act(view(analyzer, rules, "The council repealed the levy on Tuesday."))
    assert a is not None and a.rule == "official-act"
