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


def writer_entries(analyzer, text):
    return [h.entry for s in analyzer.analyze(text).sentences for h in s.hits if h.voice == "writer"]


@pytest.mark.parametrize("text,entry,present", [
    # labels 1.9: a position on the spectrum before a party or an office is wire style
    ("Israel's far-right national security minister said he opposed the deal.", "far-right", False),
    ("The far-right party won 18 percent of the vote.", "far-right", False),
    ("Right-wing President Jair Ferraz signed the decree on Monday.", "right-wing", False),
    ("The left-wing coalition lost its majority.", "left-wing", False),
    ("Far-left candidate Ana Ruiz conceded on Sunday.", "far-left", False),
    # the label still fires on people and movements
    ("The march was hijacked by far-right thugs.", "far-right", True),
    ("Left-wing activists have infiltrated the schools.", "left-wing", True),
    ("The far-left mob wants to abolish the police.", "far-left", True),
])
def test_loaded_entries_and_their_literal_senses_lprobes15(analyzer, text, entry, present):
    assert (entry in writer_entries(analyzer, text)) is present


@pytest.mark.parametrize("text,entry,present", [
    # loaded 1.16, subjective 1.14, scare 1.2: evaluative words and idioms the lists lacked
    ("Republicans wasted no time passing the ban.", "waste no time", True),
    ("The governor spurned pleas from doctors.", "spurn", True),
    ("Democrats have fomented chaos for years.", "foment", True),
    ("Congress dawdled while rents soared.", "dawdle", True),
    ("The mayor fired back with a barb about her book.", "barb", True),
    ("It was nothing but a photo op for the cameras.", "photo op", True),
    ("His allies poked fun at the sheriffs.", "poke fun at", True),
    ("His aides crowed about the comeback.", "crow about", True),
    ("This is the perfidy of a party in decline.", "perfidy", True),
    ("The mercurial governor changed course again.", "mercurial", True),
    ("The anarchic experiment failed.", "anarchic", True),
    ("The backlash has been ferocious.", "ferocious", True),
    ("The ruling opened a can of worms for the party.", "can of worms", True),
    ("The vote is a far cry from the image they sell.", "a far cry from", True),
    ("Their false claims about the vote have been debunked again.", "false claim", True),
    ("The plan is doomed to fail.", "doomed", True),
    ("The senator, a rising star in the party, spoke first.", "rising star", True),
    ("Activists claim to be defenders of democracy.", "claim to be", True),
    # their literal senses
    ("The firm settled a suit under the False Claims Act.", "false claim", False),
    ("Investigators recovered the doomed flight's recorders.", "doomed", False),
    ("Ferocious fighting continued near the port.", "ferocious", False),
])
def test_evaluative_words_and_idioms_lprobes15(analyzer, text, entry, present):
    assert (entry in writer_entries(analyzer, text)) is present


@pytest.mark.parametrize("text,entry", [
    ("Obama called it an act of terror at the time, but the media buried the link in a fog of "
     "political correctness.", "political correctness"),
    ("The mayor said the vote would pass, but the reckless plan stalled in committee.", "reckless"),
    ("Rivals warn that his plan will fail, but Democrats keep cheering his radical agenda.", "radical agenda"),
])
def test_the_writer_takes_the_sentence_back_after_but_and_a_new_subject(analyzer, text, entry):
    assert (entry, "writer") in voiced(analyzer, text)


@pytest.mark.parametrize("text,entry", [
    # a verb of saying after the new subject: someone's words again
    ("Ryan said the letters were fine, but the bishops responded that the reckless budget hurts the poor.",
     "reckless"),
    # no new subject: the speaker's own 'but'
    ("The mayor said the vote would pass, but that the reckless plan needed more time.", "reckless"),
    # inside quotation marks
    ('The mayor said "the vote will pass, but the reckless plan needs time."', "reckless"),
])
def test_reported_speech_after_but_stays_the_speakers(analyzer, text, entry):
    assert (entry, "quoted") in voiced(analyzer, text)


@pytest.mark.parametrize("text", [
    "The agenda breeds a cult of victimhood sorted according to gender and ethnicity.",
    "Under the scheme, workers were paid according to race.",
    "Seats were handed out according to religion and caste.",
])
def test_according_to_a_trait_people_are_sorted_by_names_no_source(analyzer, text):
    # standard nouns 1.2: 'according to' in its sense of 'in keeping with'; the words stay the writer's
    report = analyzer.analyze(text)
    assert [s.attribution.sourced for s in report.sentences] == [False]


@pytest.mark.parametrize("text", [
    "Coronavirus: The reckless ban unleashes chaos at airports.",
    "Brexit: The reckless deal unravels.",
    "Immigration: The reckless bill stalls again.",
])
def test_a_news_topic_before_a_colon_is_no_speaker(analyzer, text):
    # run-in labels 1.1: the topic tags the headline; its words stay the writer's
    assert ("reckless", "writer") in voiced(analyzer, text)


def scare_quotes(analyzer, text):
    return [h.text for s in analyzer.analyze(text).sentences for h in s.hits if h.rule == "scare-quote"]


@pytest.mark.parametrize("text", [
    'The measure passed without a single "no" vote.',
    "In her village, saying “no” to the militia can mean death.",
    "The senator offered an emphatic “yes” when asked about the plan.",
])
def test_a_quoted_answer_or_vote_is_mentioned_not_scare_quoted(analyzer, text):
    assert scare_quotes(analyzer, text) == []


def test_a_quoted_word_beside_an_answer_is_still_a_scare_quote(analyzer):
    assert scare_quotes(analyzer, 'The council voted "no" on the "reform" again.') == ['"reform"']


@pytest.mark.parametrize("text,present", [
    # scare 1.3: the verb of a charge reports it
    ("Police are hunting members of a group who are alleged to have burned a Koran.", False),
    ("The tabloid ran a story that alleged the senator had an affair.", False),
    ("He called the senator a liar, as he has alleged before.", False),
    # the adjective still distances the writer from the word after it
    ("The alleged reform made schools worse.", True),
])
def test_alleged_as_a_verb_is_no_distancing(analyzer, text, present):
    assert ("alleged" in writer_entries(analyzer, text)) is present


@pytest.mark.parametrize("text,present", [
    # loaded 1.17: a body or vehicle striking something is literal
    ("A car smashed into a tree on Route 9.", False),
    ("Looters tried to smash into the store.", False),
    ("The truck smashed through the gate.", False),
    ("The new law will smash the unions.", True),
])
def test_smash_into_or_through_is_literal(analyzer, text, present):
    assert ("smash" in writer_entries(analyzer, text)) is present


@pytest.mark.parametrize("text,entry,present", [
    # loaded 1.18: the legal case or charge named, and the genocides of history
    ("The court began hearing South Africa's genocide case on Thursday.", "genocide", False),
    ("He was convicted of genocide in 2017.", "genocide", False),
    ("Survivors gathered at the Rwandan genocide memorial.", "genocide", False),
    ("The regime is carrying out a genocide against its own people.", "genocide", True),
    # intensifiers 1.4: rising temperatures are described plainly
    ("Temperatures soared to 45 degrees in Sicily on Tuesday.", "soar", False),
    ("Shares of the startup soared after the listing.", "soar", True),
])
def test_wire_senses_of_genocide_and_soar(analyzer, text, entry, present):
    assert (entry in writer_entries(analyzer, text)) is present


@pytest.mark.parametrize("text,entry,present", [
    # labels 1.10: kin of 'gender ideology' and 'transgender ideology'
    ("Schools now push LGBT ideology on young children.", "lgbt ideology", True),
    ("Parents rallied against woke ideology in the classroom.", "woke ideology", True),
    # subjective 1.15: the writer's judgement of need
    ("The trial was delayed unnecessarily for weeks.", "unnecessarily", True),
    ("The rule imposes unnecessary costs on farmers.", "unnecessary", True),
    ("Officials urged residents to avoid unnecessary travel.", "unnecessary", False),
])
def test_ideology_labels_and_judgements_of_need(analyzer, text, entry, present):
    assert (entry in writer_entries(analyzer, text)) is present


@pytest.mark.parametrize("text,present", [
    # loaded 1.19: the crime charged, tried or punished is literal
    ("She served most of her sentence for conspiring to influence activists.", False),
    ("He was convicted in 2019 of conspiring to defraud the state.", False),
    ("The two were charged with conspiring to sell weapons.", False),
    ("Democrats conspired to rig the primary.", True),
])
def test_conspire_as_the_crime_charged_is_literal(analyzer, text, present):
    assert ("conspire" in writer_entries(analyzer, text)) is present


@pytest.mark.parametrize("text,present", [
    # intensifiers 1.5: only the adjective; the verb of saying is plain
    ("He set out a goal, uttered before inside the Capitol.", False),
    ("Not a word was uttered at the hearing.", False),
    ("The rollout was an utter failure.", True),
])
def test_utter_is_the_adjective_only(analyzer, text, present):
    assert ("utter" in writer_entries(analyzer, text)) is present
