"""Loaded language: categories, matching, voice, scare quotes, hedges, user lexicons, bias_score."""

import pytest

from biaslens import Analyzer, BiasWeights


def writer_hits(report):
    return [(h.term, h.category) for s in report.sentences for h in s.hits if h.voice == "writer"]


@pytest.mark.parametrize("text,term,category", [
    ("The regime arrested dozens of students.", "regime", "labels"),
    ("Thugs blocked the road to the ministry.", "thugs", "labels"),
    ("Iran keeps meddling in its neighbours' affairs.", "meddling", "loaded"),
    ("The council slammed the door on the plan.", "slammed", "loaded"),
    ("The so-called reform passed on Tuesday.", "so-called", "scare"),
    ("The self-styled expert spoke for an hour.", "self-styled", "scare"),
    ("Prices rose at an unprecedented pace.", "unprecedented", "intensifiers"),
    ("These are the worst ever floods in the valley.", "worst ever", "intensifiers"),
    ("Clearly, the minister misread the vote.", "clearly", "assertives"),
    ("It is a fact that the bridge was unsafe.", "it is a fact that", "assertives"),
    ("The plan was a disastrous mistake.", "disastrous", "subjective"),
    ("Firefighters made a heroic effort.", "heroic", "subjective"),
    ("The rudderless agency wrote burdensome rules.", "rudderless", "subjective"),
    ("The new rules are onerous for farmers.", "onerous", "subjective"),
    ("Gullible voters cheered the plan.", "gullible", "subjective"),
])
def test_each_category_is_found(analyzer, text, term, category):
    assert (term, category) in writer_hits(analyzer.analyze(text))


@pytest.mark.parametrize("form", ["meddle", "meddles", "meddled", "meddling"])
def test_inflections_match_one_entry(analyzer, form):
    r = analyzer.analyze(f"Foreign powers {form} in the election.")
    (hit,) = [h for s in r.sentences for h in s.hits]
    assert hit.entry == "meddle" and hit.term == form


def test_multi_word_terms_match_as_one_hit(analyzer):
    r = analyzer.analyze("This is the only way out, and it is a fact that nobody disagrees.")
    terms = [t for t, _ in writer_hits(r)]
    assert "only way" in terms and "it is a fact that" in terms
    assert "way" not in terms


def test_hedges_are_counted_apart_from_loaded_language(analyzer):
    r = analyzer.analyze("The minister reportedly resigned, and the talks could apparently resume.")
    s = r.sentences[0]
    assert {h.term for h in s.hedges} >= {"reportedly", "apparently", "could"}
    assert not [h for h in s.hits if h.category == "hedges"]
    assert r.metrics.hedge_count >= 3 and r.metrics.loaded_count == 0 and r.metrics.bias_score == 0


def test_scare_quotes_are_the_writers_device(analyzer):
    r = analyzer.analyze("The army says it has “improved” its positions, and fans of ‘Mullah the Great’ Ali "
                         "Rezaei cheered.")
    scare = [h for h in r.sentences[0].hits if h.rule == "scare-quote"]
    assert [h.text for h in scare] == ["“improved”"]
    assert any(h.term == "mullah" for h in r.sentences[0].hits)  # the epithet, counted once


def test_a_scare_quotes_term_leaves_out_the_stop_set_inside_the_marks(analyzer):
    r = analyzer.analyze('The minister said the pier was "safe." The repairs were "cosmetic," at best.')
    scare = [h for s in r.sentences for h in s.hits if h.rule == "scare-quote"]
    assert [h.term for h in scare] == ["safe", "cosmetic"]
    assert [h.text for h in scare] == ['"safe."', '"cosmetic,"']  # the span is the quotation as written


def test_quoted_titles_and_long_quotes_are_not_scare_quotes(analyzer):
    r = analyzer.analyze("She read “The Long Road Home” twice. “We will rebuild the whole harbor,” he said.")
    assert not [h for s in r.sentences for h in s.hits if h.rule == "scare-quote"]


def test_an_uncued_quotation_of_three_lower_case_words_is_a_partial_quote_not_a_scare_quote(analyzer):
    r = analyzer.analyze("The plan would bring “fake news” to an end and make the port “a disastrous mess” again.")
    hits = r.sentences[0].hits
    assert [h.text for h in hits if h.rule == "scare-quote"] == []  # "fake news" is a lexicon hit already
    assert ("fake news", "writer") in [(h.entry, h.voice) for h in hits]
    assert {(h.entry, h.voice) for h in hits if h.entry in ("disastrous", "mess")} == {
        ("disastrous", "quoted"), ("mess", "quoted")}  # someone's words, not the writer's
    r = analyzer.analyze("The army says it has “fully improved” its positions.")
    assert [h.text for h in r.sentences[0].hits if h.rule == "scare-quote"] == ["“fully improved”"]


@pytest.mark.parametrize("text,voice", [
    ("“The regime is meddling again,” the minister said.", "quoted"),
    ("The minister said that the regime was meddling again.", "quoted"),
    ("The regime is meddling again, the minister said.", "quoted"),
    ("Khomeinist regime propagandist Ali Rezaei stressed the need for talks.", "writer"),
    ("The regime is meddling again.", "writer"),
])
def test_voice(analyzer, text, voice):
    r = analyzer.analyze(text)
    voices = {h.voice for s in r.sentences for h in s.hits}
    assert voices == {voice}


def test_stances_and_beliefs_leave_the_object_in_the_writers_voice(analyzer):
    r = analyzer.analyze("Many residents oppose the disastrous giveaway to developers.")
    assert r.sentences[0].attribution.sourced
    assert ("disastrous", "subjective") in writer_hits(r)


def test_unclosed_quote_ends_at_its_sentence(analyzer):
    r = analyzer.analyze("Rouhani said we do not allow ‘states to send terrorists to our borders. "
                         "This is the regime that arms militants and proxies.")
    first, second = r.sentences
    assert {h.voice for h in first.hits} == {"quoted"}
    assert {h.voice for h in second.hits} == {"writer"}


def test_user_lexicon_adds_and_overrides(tmp_path):
    lx = tmp_path / "mine.csv"
    lx.write_text("# name: mine\n# version: 1\nterm,category,weight,note\n"
                  "zorblat,labels,2.5,made-up slur\nregime,labels,0.1,softened for this study\n", encoding="utf-8")
    a = Analyzer(lexicons=[lx])
    r = a.analyze("The zorblat regime met.")
    hits = {h.term: (h.weight, h.lexicon) for s in r.sentences for h in s.hits}
    assert hits == {"zorblat": (2.5, "mine"), "regime": (0.1, "mine")}
    assert any(info["name"] == "mine" for info in r.lexicons)


def test_bias_score_rises_with_writer_voice_and_more_when_unsourced(analyzer):
    unsourced = analyzer.analyze("The regime is meddling in the vote.").metrics.bias_score
    sourced = analyzer.analyze("The regime is meddling in the vote, the observers said.").sentences
    quoted = analyzer.analyze("“The regime is meddling in the vote,” the observers said.").metrics.bias_score
    assert quoted == 0
    assert unsourced > 0
    # in the second text the loaded words sit in reported speech: quoted, no points
    assert all(h.voice == "quoted" for s in sourced for h in s.hits)
    writer_in_sourced = analyzer.analyze("Khomeinist regime officials said the talks failed.").metrics.bias_score
    writer_unsourced = analyzer.analyze("Khomeinist regime officials ended the talks.").metrics.bias_score
    assert 0 < writer_in_sourced < writer_unsourced


def test_readme_worked_example():
    r = Analyzer().analyze("The so-called reform is a disastrous giveaway by the regime.")
    points = {c.term: c.points for c in r.contributions}
    assert points == {"so-called": 3.0, "disastrous": 2.25, "giveaway": 2.25, "regime": 3.0}
    assert r.metrics.n_words == 10
    assert r.metrics.bias_score == pytest.approx(26.25)


def test_bias_weights_are_configurable():
    text = "The so-called reform is a disastrous giveaway by the regime."
    base = Analyzer().analyze(text).metrics.bias_score
    doubled = Analyzer(weights=BiasWeights(unsourced=3.0)).analyze(text).metrics.bias_score
    no_labels = Analyzer(weights=BiasWeights(category_factors={"labels": 0.0})).analyze(text)
    assert doubled == pytest.approx(2 * base)
    assert "regime" not in {c.term for c in no_labels.contributions if c.points}


def test_paragraph_ranking_puts_loaded_paragraphs_first(analyzer):
    text = ("Exports rose to $120 million in the first nine months, figures from the statistics office show.\n\n"
            "The thuggish regime keeps meddling in its neighbours' affairs by arming militants and proxies.\n\n"
            "The valley covers about 1,700 square miles and lies 30 miles from the border.")
    r = analyzer.analyze(text)
    scores = [p.metrics.bias_score for p in r.paragraphs]
    assert scores[1] > 0 and scores[0] == 0 and scores[2] == 0
    assert r.metrics.unsourced_loaded_sentences == 1


def test_builtin_lexicons_are_large_and_documented():
    from biaslens.lexicons import builtin_lexicon_paths, load_lexicon

    lexicons = [load_lexicon(p) for p in builtin_lexicon_paths("loaded")]
    assert sum(len(lx.entries) for lx in lexicons) >= 1500
    assert {lx.name for lx in lexicons} == {"labels", "loaded", "scare", "intensifiers", "hedges", "assertives",
                                            "subjective"}
    assert all(e.note for lx in lexicons for e in lx.entries)


@pytest.mark.parametrize("text,entry,category", [
    ("The hard-left council voted again.", "hard-left", "labels"),
    ("Democrat-run cities raised taxes.", "democrat-run", "labels"),
    ("The senator railed against the bill.", "rail against", "loaded"),
    ("The mayor glossed over the deficit.", "gloss over", "loaded"),
    ("The minister took aim at the unions.", "took aim at", "loaded"),
    ("It was a petulant reply.", "petulant", "subjective"),
    ("The company paid a paltry sum.", "paltry", "subjective"),
    ("The governor claimed that the vote was rigged.", "claimed", "scare"),
])
def test_partisan_labels_phrasal_verbs_and_evaluations_are_found(analyzer, text, entry, category):
    r = analyzer.analyze(text)
    assert (entry, category) in [(h.entry, h.category) for s in r.sentences for h in s.hits if h.voice == "writer"]


@pytest.mark.parametrize("text", [
    "The virus spread to three more provinces.",
    "Doctors found a tumor and treated the cancer.",
    "The team failed to qualify, and the left winger scored.",
])
def test_literal_topic_words_are_not_loaded(analyzer, text):
    r = analyzer.analyze(text)
    assert not [h for s in r.sentences for h in s.hits if h.category in ("loaded", "labels")]


def test_scare_quote_weighs_less_than_a_lexicon_word(analyzer):
    from biaslens.score import SCARE_QUOTE_WEIGHT

    r = analyzer.analyze("The army says it has “improved” its positions.")
    (hit,) = [h for h in r.sentences[0].hits if h.rule == "scare-quote"]
    assert hit.weight == SCARE_QUOTE_WEIGHT < 1.0


@pytest.mark.parametrize("text,entry", [
    ("The sanctions regime against Tehran was tightened.", "regime"),
    ("Forecasters warned of extreme weather along the coast.", "extreme"),
    ("The army launched a ground offensive in the north.", "offensive"),
    ("She was diagnosed with an aggressive cancer.", "aggressive"),
    ("The governor conceded defeat late on Tuesday.", "conceded"),
    ("He was admitted to hospital with burns.", "admitted"),
    ("The group claimed responsibility for the bombing.", "claimed"),
    ("Police named the alleged gunman on Friday.", "alleged"),
    ("The bomb blast shattered windows across the street.", "blast"),
])
def test_a_loaded_word_in_a_fixed_neutral_collocation_is_not_a_hit(analyzer, text, entry):
    r = analyzer.analyze(text)
    assert entry not in [h.entry for s in r.sentences for h in s.hits]


@pytest.mark.parametrize("text,entry", [
    ("The regime jailed its critics.", "regime"),
    ("His extreme views alarmed the party.", "extreme"),
    ("The senator finally admitted that the figures were wrong.", "admitted"),
    ("The minister claimed the protesters were paid.", "claimed"),
])
def test_the_same_word_outside_those_collocations_is_still_a_hit(analyzer, text, entry):
    r = analyzer.analyze(text)
    assert entry in [h.entry for s in r.sentences for h in s.hits]


@pytest.mark.parametrize("text,entry", [
    ("Police cracked down on the march.", "crack down"),
    ("The senator lashed out at reporters.", "lash out"),
    ("His speech was fanning the flames of division.", "fan the flames"),
    ("Donors propped up the failing campaign.", "prop up"),
    ("Protesters ran amok downtown.", "ran amok"),
])
def test_phrasal_verbs_match_in_every_tense(analyzer, text, entry):
    r = analyzer.analyze(text)
    assert entry in [h.entry for s in r.sentences for h in s.hits]


@pytest.mark.parametrize("text,entry,present", [
    ("The governor walked back his remarks.", "walk back", True),
    ("The senator refused to condemn the attack.", "refuse to", True),
    ("The senator refused to comment.", "refuse to", False),
    ("Critics call the plan a socialist takeover of medicine.", "socialist takeover", True),
    ("Voters rejected socialism at the polls.", "socialism", True),
    ("The Communist Party met in Beijing.", "communist", False),
    ("The city cut trash collection to once a week.", "trash", False),
    ("Police found an explosive device near the station.", "explosive", False),
    ("The memo contained explosive claims.", "explosive", True),
])
def test_new_framing_entries_and_their_neutral_contexts(analyzer, text, entry, present):
    r = analyzer.analyze(text)
    assert (entry in [h.entry for s in r.sentences for h in s.hits]) is present


@pytest.mark.parametrize("text,entry,present", [
    ("The town lies on the river.", "lies about", False),
    ("The mayor is doubling down on the plan.", "double down", True),
])
def test_lies_about_and_double_down_outside_their_literal_uses(analyzer, text, entry, present):
    r = analyzer.analyze(text)
    assert (entry in [h.entry for s in r.sentences for h in s.hits]) is present


@pytest.mark.parametrize("text,entry,present", [
    ("The senator is a party hack.", "hack", True),
    ("Investigators traced the hack of the port's billing system.", "hack", False),
    ("The governor snapped at reporters.", "snapped", True),
    ("A fan snapped a photo of the mayor.", "snapped", False),
    ("Maoist rebels attacked a police post.", "maoist", False),
])
def test_speech_verbs_and_labels_that_are_also_literal(analyzer, text, entry, present):
    r = analyzer.analyze(text)
    assert (entry in [h.entry for s in r.sentences for h in s.hits]) is present


def test_span_tests_agree_with_a_plain_scan():
    import random

    from biaslens.score import _within

    rng = random.Random(7)
    for _ in range(300):
        spans = [(a, a + rng.randint(0, 12)) for a in (rng.randint(0, 60) for _ in range(rng.randint(0, 20)))]
        contains, inner = _within(spans), _within(spans, inner=True)
        for _ in range(20):
            s = rng.randint(0, 70)
            e = s + rng.randint(0, 15)
            assert contains(s, e) == any(a <= s and e <= b for a, b in spans)
            assert inner(s, e) == any(s <= a and b <= e for a, b in spans)


def test_a_sentence_of_many_scare_quotes_is_scored_like_a_short_one(analyzer):
    one = analyzer.analyze('The "reform" passed.')
    many = analyzer.analyze(" ".join(['The "reform" passed, and'] * 400) + " that was all.")
    (s,) = many.sentences
    assert [h.rule for h in one.sentences[0].hits] == ["scare-quote"]
    assert len(s.hits) == 400 and {h.rule for h in s.hits} == {"scare-quote"}
    assert all(many.text[h.start:h.end] == '"reform"' for h in s.hits)


@pytest.mark.parametrize("text", [
    "Needless to say, the vote passed.",
    "The stadium laid an astroturf pitch in May.",
    "The drug prevents opportunistic infections in patients.",
    "Water and sewer fees will rise by 3 percent.",
    "Crews replaced a sewer line on Main Street.",
])
def test_subjective_terms_in_their_literal_contexts_are_no_hits(analyzer, text):
    assert [h for h in writer_hits(analyzer.analyze(text)) if h[1] == "subjective"] == []


@pytest.mark.parametrize("text", [
    'Ruiz said: "The plan will fail."\n\nRuiz left the hall.',
    'Santorum appeared on CBS\' "Face the Nation."\n\nHe spoke for an hour.',
])
def test_a_capitalised_quotation_ending_its_sentence_is_no_epithet(analyzer, text):
    """An epithet in quotes stands before a name in its own sentence ('Mullah the Great' Ali
    Khamenei); the next sentence's first word is no name it precedes, and what a source said after
    a colon is the source's."""
    assert [h for h in writer_hits(analyzer.analyze(text)) if h[1] == "scare"] == []


@pytest.mark.parametrize("text, term", [
    ("Voters rejected the soft-on-crime mayor.", "soft-on-crime"),
    ("The bill is full of pork-barrel spending.", "pork-barrel"),
])
def test_a_term_of_several_words_is_found_written_as_one_hyphenated_word(analyzer, text, term):
    r = analyzer.analyze(text)
    hits = [h for s in r.sentences for h in s.hits]
    assert [h.term for h in hits] == [term] and hits[0].entry == term.replace("-", " ")


def test_a_hyphenated_term_keeps_its_literal_contexts(analyzer):
    assert writer_hits(analyzer.analyze("He was shot at point-blank range.")) == []


@pytest.mark.parametrize("text", [
    "Unemployment fell to 4 percent in May.",
    "Prices have risen since May, the office said.",
    "Prime Minister Theresa May met the queen.",
])
def test_the_month_and_the_name_may_are_no_hedge(analyzer, text):
    assert [h for s in analyzer.analyze(text).sentences for h in s.hedges] == []


def test_the_modal_may_is_still_a_hedge(analyzer):
    assert [h.term for s in analyzer.analyze("The plan may fail in June.").sentences for h in s.hedges] == ["may"]


@pytest.mark.parametrize("text", ["She played devil's advocate.", "The devil is in the details."])
def test_devil_idioms_name_no_one(analyzer, text):
    assert writer_hits(analyzer.analyze(text)) == []


@pytest.mark.parametrize("text,entry,present", [
    ("Shares of the chipmaker soared 18 percent.", "soar", True),
    ("Retail stocks plunged after the warning.", "plunge", True),
    ("The car plunged off a bridge into the river.", "plunge", False),
    ("The company's climate pledge is greenwashing.", "greenwash", True),
    ("Cleveland looked lifeless at the plate.", "lifeless", True),
    ("Police found a lifeless body in the park.", "lifeless", False),
    ("Supporters hail the rebels as freedom fighters.", "freedom fighter", True),
    ("Lobbyists bankrolled front groups that sow doubt about the science.", "sow doubt", True),
    ("The chief executive pocketed $23 million last year.", "pocketed", True),
    ("The struggling retailer has been bleeding cash for years.", "bleed cash", True),
    ("The airline bled money through the winter.", "bled money", True),
    ("The buses keep limping along on an old budget.", "limp along", True),
])
def test_hype_and_partisan_entries_and_their_literal_uses(analyzer, text, entry, present):
    r = analyzer.analyze(text)
    assert (entry in [h.entry for s in r.sentences for h in s.hits]) is present


@pytest.mark.parametrize("text,term", [
    ('Ruiz dismissed the criticism in a statement, calling it "fearmongering" by opponents.', "fearmongering"),
    ('The chairwoman of the advocacy group called the idea "ethnic cleansing."', "ethnic cleansing"),
])
def test_a_word_a_source_names_something_with_is_the_sources(analyzer, text, term):
    hits = [h for s in analyzer.analyze(text).sentences for h in s.hits]
    assert [(h.entry, h.voice) for h in hits if h.entry == term] == [(term, "quoted")]


@pytest.mark.parametrize("text,named", [
    ('Ruiz dismissed it, calling it "fearmongering" again.', True),
    ('Cruz called Trump a "pathological liar" on Monday.', True),
    ('Voters reject the toxic brand of "conservatism."', False),  # "brand of": a noun
    ('The governor never used the term "amnesty" in public.', False),  # "the term": a noun
    ('Ruiz said, after a pause, "fine" and left.', False),  # no naming verb
])
def test_only_a_naming_verb_gives_a_source_the_quotation(text, named):
    from biaslens.score import named_by_source
    from biaslens.types import Attribution, Quote

    start = text.index('"')
    q = Quote(start, text.index('"', start + 1) + 1, True, 1)
    assert named_by_source(q, Attribution(sourced=True), text, 0) is named
    assert named_by_source(q, Attribution(sourced=False), text, 0) is False


def test_a_lexicon_word_that_is_a_persons_surname_is_the_name(analyzer):
    r = analyzer.analyze("Attorney General Loretta Lynch said the inquiry was closed.\n\nLynch declined to comment, "
                         "and Lynch's office said a mob had threatened to lynch a witness.")
    hits = [(h.text, h.voice) for s in r.sentences for h in s.hits]
    assert ("Lynch", "writer") not in hits and ("Lynch's", "writer") not in hits
    assert any(t == "lynch" for t, _ in hits)  # the verb in lower case is still loaded


def test_a_described_person_lends_no_surname(analyzer):
    r = analyzer.analyze("Yes, he might be a demented Stalinist eager to flood the country.")
    assert "Stalinist" in [h.text for s in r.sentences for h in s.hits]
