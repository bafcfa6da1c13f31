"""Which short quotations are the writer's scare quotes and whose words lie inside them."""

import pytest


def hits(analyzer, text):
    return [(h.entry, h.rule, h.voice) for s in analyzer.analyze(text).sentences for h in s.hits]


@pytest.mark.parametrize("text", [
    "During the tour she repeatedly emphasized the word “choice” and focused on the plan.",
    "The dictionary will add the Arabic word “inshallah” to its next edition.",
    'Notably, the word "wall" does not appear once in the bill.',
    "Protesters shared the hashtag “resist” widely.",
])
def test_a_quotation_after_a_noun_naming_words_is_mentioned_not_scare_quoted(analyzer, text):
    assert [h for h in hits(analyzer, text) if h[1] == "scare-quote"] == []


def test_a_lexicon_word_in_a_mentioned_quotation_is_not_the_writers(analyzer):
    text = "The term “deep state” typically refers to a shadow government."
    assert hits(analyzer, text) == [("deep state", "lexicon", "quoted")]


@pytest.mark.parametrize("text", [
    "The council passed the “reform” on Tuesday.",
    'Voters reject the toxic brand of "conservatism."',
])
def test_a_quotation_after_any_other_word_is_still_a_scare_quote(analyzer, text):
    assert [h[1] for h in hits(analyzer, text) if h[1] == "scare-quote"] == ["scare-quote"]


def test_a_short_quotation_in_indirect_speech_stays_a_scare_quote(analyzer):
    text = "According to Reuters, the ministry says its units have “stabilized” their positions."
    assert [h[1] for h in hits(analyzer, text)] == ["scare-quote"]


@pytest.mark.parametrize("text", [
    'Speaking on "Meet the Press," Senator Ines Duarte said the bill would pass.',
    "In an interview on the program “Morning Desk,” Mayor Ruiz defended the budget.",
])
def test_a_quoted_title_closing_its_phrase_with_a_comma_is_no_epithet(analyzer, text):
    assert [h for h in hits(analyzer, text) if h[1] == "scare-quote"] == []


def test_a_quoted_epithet_right_before_a_name_is_still_a_scare_quote(analyzer):
    text = "The speech by ‘Mister Fixit’ Ines Duarte ran long."
    assert [h[1] for h in hits(analyzer, text)] == ["scare-quote"]


@pytest.mark.parametrize("text", [
    "Protests in the city have grown wild enough to be called “riots.”",
    "The offer was being called a “compromise” on cable news.",
    # adverbs between "be" and the verb
    'The TV chef was last night branded a "snake" by his wife.',
    "The mayor was widely branded a “realist” in the capital.",
])
def test_a_name_a_passive_naming_verb_gives_is_someones_not_the_writers(analyzer, text):
    assert [h for h in hits(analyzer, text) if h[1] == "scare-quote"] == []


def test_a_scare_quote_before_an_unrelated_passive_stays_one(analyzer):
    assert [h[1] for h in hits(analyzer, "The “reform” was called off.")] == ["scare-quote"]


def test_a_naming_verb_after_be_and_a_preposition_is_no_passive(analyzer):
    text = "It cannot be diminished by calling it a “hoax” in the press."
    assert [(h[0], h[2]) for h in hits(analyzer, text)] == [("hoax", "writer")]


@pytest.mark.parametrize("text,voice", [
    ("A study shows that the disastrous policy cost billions.", "writer"),
    ("Polls show the senator's disastrous policy is unpopular.", "writer"),
    ("Figures from the statistics office show that exports fell disastrously.", "writer"),
    ("The senator said the policy was disastrous.", "quoted"),
    # cues 1.5: 'reveal', 'suggest', 'conclude' with a data source report a finding
    ("A new audit reveals that the agency wasted billions on a disastrous program.", "writer"),
    ("The figures suggest the disastrous policy cost billions.", "writer"),
    ("The senator reveals that the policy was disastrous.", "quoted"),
])
def test_what_data_shows_is_the_writers_wording_not_speech(analyzer, text, voice):
    assert {h.voice for s in analyzer.analyze(text).sentences for h in s.hits} == {voice}


@pytest.mark.parametrize("text,entry", [
    ("It only works if you trust the memo that the reckless mayor “has everything under control and nothing to "
     "fear” at the port.", "reckless"),
    ("The radical bill frees most detainees, except those judged to be “a danger to the public or a flight risk.”",
     "radical"),
])
def test_beside_a_quotation_with_no_speaker_the_writers_words_stay_the_writers(analyzer, text, entry):
    assert (entry, "lexicon", "writer") in hits(analyzer, text)


def test_a_whole_sentence_quotation_with_no_speaker_is_still_quoted(analyzer):
    assert {h[2] for h in hits(analyzer, "“The radical plan will fail.”")} == {"quoted"}


@pytest.mark.parametrize("text", [
    "It's no exaggeration to say that the council is full of cowards and crooks.",
    "It is fair to say the rollout was a fiasco.",
    "It would be wrong to say that the spineless board had no choice.",
])
def test_the_dummy_it_of_it_is_fair_to_say_is_no_source(analyzer, text):
    r = analyzer.analyze(text)
    assert not r.sentences[0].attribution.sourced
    assert {h.voice for s in r.sentences for h in s.hits} == {"writer"}


def test_a_real_subject_before_an_infinitive_cue_still_speaks(analyzer):
    r = analyzer.analyze("The mayor went on to say the rollout was a fiasco.")
    assert r.sentences[0].attribution.sourced
