"""Attribution: one purpose-written sentence (or short text) per construction."""

import pytest


def att(analyzer, text, index=0):
    r = analyzer.analyze(text)
    body = [s for s in r.sentences if s.role == "body"]
    return body[index].attribution


def sourced(analyzer, text):
    return [s.attribution.sourced for s in analyzer.analyze(text).sentences if s.role == "body"]


# ---------------------------------------------------------------- direct quotes
@pytest.mark.parametrize("text,source", [
    ("“The harbor will stay open,” the port director said on Monday.", "the port director"),
    ('"The harbor will stay open," said Anna Berg, the port director.', "Anna Berg, the port director"),
    ("The port director said: “The harbor will stay open all winter.”", "The port director"),
    ("Anna Berg told reporters, “We will keep the harbor open all winter.”", "Anna Berg"),
    ("''We will keep the harbor open,'' Ms. Berg said.", "Ms. Berg"),
])
def test_direct_quotes_with_cue_before_or_after(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.kind in ("direct", "colon") and a.source == source


def test_quote_spanning_several_sentences_is_sourced_throughout(analyzer):
    text = "“We came to talk. We waited for hours. Nobody arrived,” the union leader said."
    r = analyzer.analyze(text)
    assert all(s.attribution.sourced for s in r.sentences)
    assert {s.attribution.source for s in r.sentences} == {"the union leader"}


def test_quote_continuing_into_the_next_paragraph(analyzer):
    text = ("“We have asked our partners for support,” Foreign Minister Lena Vasko said. “We asked politely.\n\n"
            "“Now we are asking for the last time.”\n\nThe talks resume on Monday.")
    r = analyzer.analyze(text)
    flags = [s.attribution.sourced for s in r.sentences]
    assert flags == [True, True, True, False]
    assert r.sentences[2].attribution.source == "Foreign Minister Lena Vasko"


def test_unbalanced_quote_does_not_run_away(analyzer):
    text = ("Rouhani said we do not allow ‘states to send fighters over our borders. "
            "This is a regime that arms militias across the region. The talks failed.")
    r = analyzer.analyze(text)
    assert r.sentences[0].attribution.sourced
    assert not r.sentences[1].attribution.sourced and not r.sentences[2].attribution.sourced
    hits_quoted = [h for s in r.sentences[1:] for h in s.hits if h.voice == "quoted"]
    assert hits_quoted == []


# ---------------------------------------------------------------- indirect speech
@pytest.mark.parametrize("text,kind,source", [
    ("The mayor said that the bridge would reopen in May.", "indirect", "The mayor"),
    ("The bridge will reopen in May, the mayor said.", "indirect", "the mayor"),
    ("The bridge will reopen in May, said Tom Hale, the head of the city transport office.", "indirect",
     "Tom Hale, the head of the city transport office"),
    ("Health officials warned that the outbreak could spread.", "indirect", "Health officials"),
    ("The minister stressed the need for calm after the vote.", "indirect", "The minister"),
    ("The company denied any wrongdoing in a statement on Friday.", "indirect", "The company"),
    ("Opposition leaders called for an inquiry into the contract.", "indirect", "Opposition leaders"),
    ("The senator told reporters the vote would be close.", "indirect", "The senator"),
    ("The coach claimed the referee had been unfair.", "indirect", "The coach"),
    ("Mayor Ruth Alvez: the budget is balanced and the roads will be fixed.", "colon", "Mayor Ruth Alvez"),
])
def test_indirect_speech(analyzer, text, kind, source):
    a = att(analyzer, text)
    assert (a.sourced, a.kind, a.source) == (True, kind, source)


def test_reported_clause_is_the_content(analyzer):
    text = "The mayor said that the reckless plan would fail."
    a = att(analyzer, text)
    (start, end), = a.content
    assert text[start:end] == "the reckless plan would fail."


# ---------------------------------------------------------------- according to, chains, data, vague
def test_according_to(analyzer):
    a = att(analyzer, "According to the water ministry, reservoirs are at 61 percent.")
    assert (a.kind, a.source, a.source_type) == ("according_to", "the water ministry", "official")


def test_chain_source_via_relay(analyzer):
    a = att(analyzer, "“Nine soldiers died,” Reuters quoted border police officials as saying.")
    assert (a.source, a.via, a.source_type) == ("border police officials", "Reuters", "official")


def test_in_a_statement_frame(analyzer):
    a = att(analyzer, "In a statement, the ministry rejected the accusations.")
    assert a.sourced and a.source == "the ministry" and a.source_type == "official"


@pytest.mark.parametrize("text,source", [
    ("Figures from the National Statistics Office show that exports fell by 4 percent.",
     "the National Statistics Office"),
    ("Data gathered by the regional statistics bureau shows a drop in exports.", "the regional statistics bureau"),
    ("A survey by the Lisbrin Institute found that most voters back the plan.", "A survey by the Lisbrin Institute"),
])
def test_data_sources(analyzer, text, source):
    a = att(analyzer, text)
    assert (a.kind, a.source_type) == ("data", "data") and source in a.source


@pytest.mark.parametrize("text,kind,stype", [
    ("At least 38 people had reportedly been detained.", "vague", "anonymous"),
    ("The shipment was halted, citing reports of fraud.", "vague", "anonymous"),
    ("The deal is close, sources said.", "indirect", "anonymous"),
    ("People familiar with the talks said a deal was near.", "indirect", "anonymous"),
    ("Officials say the road will reopen on Friday.", "indirect", "official"),
])
def test_vague_and_anonymous(analyzer, text, kind, stype):
    a = att(analyzer, text)
    assert (a.sourced, a.kind, a.source_type) == (True, kind, stype)


# ---------------------------------------------------------------- carry-over
def test_pronoun_resolves_to_nearest_named_source(analyzer):
    text = "Trade Minister Elena Sarkis spoke after the meeting. She said the offer was fair."
    a = att(analyzer, text, 1)
    assert a.source == "Trade Minister Elena Sarkis" and a.resolved_from == "She"


def test_the_official_resolves_to_an_earlier_official(analyzer):
    text = "President Dmitri Alvar said the border was calm. The official added that no troops had moved."
    a = att(analyzer, text, 1)
    assert a.source == "President Dmitri Alvar" and a.resolved_from == "The official"


@pytest.mark.parametrize("text,source", [
    # "she" passes over a man named in between to the woman before him
    ("Mayor Elena Sarkis said the pier would reopen. Harbor chief Tom Bale said repairs were done. "
     "She added that fees would not rise.", "Mayor Elena Sarkis"),
    ("Ms. Okafor said the talks had stalled. Negotiator Peter Lund said they had not. "
     "She said a deal was still possible.", "Ms. Okafor"),
    # an honorific or a gendered noun tells as much as a given name
    ("The spokeswoman for the port, Chris Dale, said the pier was safe. Mr. Ivo Brandt disagreed, "
     "saying it was not. She said the inspection was thorough.",
     "The spokeswoman for the port, Chris Dale"),
    # an unknown given name blocks nothing, and learns from the pronoun
    ("Alex Ward said the plan was sound. She said it had support.", "Alex Ward"),
    # given names of world news, not only English ones (`given_names.txt`)
    ('"They were told again and again," said Joana Pires. Rui Monteiro, who runs the port, said the ships '
     "would be late. She added that the union would strike.", "Joana Pires"),
    ('"The nets came back empty," said Duarte Cabral. Ayşe Demir, who runs the co-operative, said prices '
     "had doubled. He added that the boats would stay in port.", "Duarte Cabral"),
])
def test_he_and_she_pass_over_a_source_of_the_other_gender(analyzer, text, source):
    assert att(analyzer, text, 2 if text.count(". ") > 1 else 1).source == source


def test_pronoun_with_no_fitting_source_is_kept(analyzer):
    a = att(analyzer, "Tom Bale said the pier would reopen. She said repairs were done.", 1)
    assert a.source == "She" and a.resolved_from is None


def test_gender_of_a_source():
    from biaslens.analyzer import default_analyzer
    from biaslens.attribute import source_gender

    names = default_analyzer()._attribution.given_names
    assert source_gender("Trade Minister Elena Sarkis", names) == "f"
    assert source_gender("Mayor Anna Berg's spokesman Tom Lund", names) == "m"
    assert source_gender("Mrs. Dale", names) == "f"
    assert source_gender("Sen. Alex Ward", names) is None


def test_unresolvable_pronoun_is_kept(analyzer):
    a = att(analyzer, "He said the plan would fail.")
    assert a.source == "He" and a.resolved_from is None


# ---------------------------------------------------------------- not attribution
@pytest.mark.parametrize("text", [
    "The so-called deal he said he wanted never came.",
    "The United States exports grain to the region.",
    "The said agreement expired in March.",
    "Vasko's claim was false.",
    "The ministry building was closed for repairs on Monday.",
])
def test_not_attribution(analyzer, text):
    assert not att(analyzer, text).sourced


def test_byline_caption_and_boilerplate_are_not_attributed_but_a_headline_is(analyzer):
    text = ("Minister Says Talks Failed\n\nBy Jane Roe\n\nThe talks failed, the minister said.\n\n"
            "Protesters outside the ministry, officials said. (AP Photo/Jane Roe)\n\n"
            "Proudly powered by WordPress")
    r = analyzer.analyze(text)
    roles = {s.role: s.attribution.sourced for s in r.sentences}
    assert roles == {"headline": True, "byline": False, "body": True, "caption": False, "boilerplate": False}
    assert r.sentences[0].attribution.source == "Minister"


@pytest.mark.parametrize("headline,source", [
    ("Harbor Chief: ‘We Will Not Close the Pier’", "Harbor Chief"),
    ("Ferry Board Says Fares Will Rise in Spring", "Ferry Board"),
    ("Fares Will Rise, Ferry Board Says", "Ferry Board"),
    ("‘We Were Left to Die,’ Survivors Say", "Survivors"),  # too short for title case
])
def test_headline_attributed_with_the_body_rules(analyzer, headline, source):
    r = analyzer.analyze(headline + "\n\nThe board met on Tuesday. Fares were last raised in 2019.")
    head = r.sentences[0]
    assert head.role == "headline" and head.attribution.sourced and head.attribution.source == source
    assert r.paragraphs[0].metrics.sourced_share is None  # a share of body sentences: a headline has none
    assert r.metrics.sourced_share == 0.0  # the body's two sentences are the writer's
    assert r.to_dict()["paragraphs"][0]["metrics"]["sourced_share"] is None
    assert r.rows("paragraph")[0]["sourced_share"] is None  # written empty in the CSV


def test_headline_loaded_words_count_and_show_in_read_first(analyzer):
    r = analyzer.analyze("Reckless Levy Hikes Fares Again\n\nThe board met on Tuesday. Fares rose in 2019.")
    head = r.sentences[0]
    assert head.role == "headline" and not head.attribution.sourced
    assert any(h.voice == "writer" for h in head.hits)
    assert r.metrics.unsourced_loaded_sentences == 1


def test_headline_colon_does_not_run_into_the_body(analyzer):
    r = analyzer.analyze("Harbor Chief: Pier Stays Open\n\nOn Tuesday Harbor Chief Ana Berg met the board. "
                         "Fares rose in 2019.")
    assert r.sentences[0].attribution.sourced
    assert not any(s.attribution.sourced for s in r.sentences[1:])


@pytest.mark.parametrize("headline", ["Harbor Hearing: Pier Stays Open", "Morning Briefing: Ports and Weather"])
def test_headline_topic_label_is_no_speaker(analyzer, headline):
    r = analyzer.analyze(headline + "\n\nThe board met on Tuesday. Fares rose in 2019.")
    assert not r.sentences[0].attribution.sourced


def test_headline_subhead_by_a_wh_clause_is_no_claim(analyzer):
    r = analyzer.analyze_bytes(b"# Pier Vote\n\nThe board met.\n\n## What the board says\n\nFares rose.",
                               format="markdown")
    assert [s.attribution.sourced for s in r.sentences] == [False, False, False, False]


def test_dateline_is_not_the_source(analyzer):
    a = att(analyzer, "LONDON (Reuters) - Prices rose sharply in May, the statistics office said.")
    assert a.source == "the statistics office"


# ---------------------------------------------------------------- source types and the article's list
@pytest.mark.parametrize("text,stype", [
    ("The Associated Press reported that the ferry sank.", "media"),
    ("Al Jazeera reported that the ferry sank.", "media"),
    ("A police spokesman said the ferry sank.", "official"),
    ("Korvathi President Dmitri Alvar said the ferry sank.", "official"),
    ("Maria Lopez, a fisherwoman, said the ferry sank.", "person"),
    ("Researchers at Kell University said the ferry design was flawed.", "institution"),
    ("Dr. Paul Mercer, a professor at Kell University, said the design was flawed.", "person"),
    ("Rev. Ana Ruiz of the Harbor Pastors Coalition said the ferry sank.", "person"),
    ("The insurer said claims had doubled.", "institution"),
    ("Bank analyst Ana Ruiz said rates would rise.", "person"),
    ("United Airways said it would suspend the flights.", "institution"),
    ("A poll by the Civic Institute found that most residents blame the operator.", "data"),
])
def test_source_types(analyzer, text, stype):
    assert att(analyzer, text).source_type == stype


def test_a_capitalised_data_word_heading_a_title_case_headline_source_is_data(analyzer):
    r = analyzer.analyze("Daily Walks Cut the Risk of Heart Failure, Study Finds\n\nWalkers live longer.")
    a = r.sentences[0].attribution
    assert a.source == "Study" and a.source_type == "data"


def test_a_business_noun_before_of_heads_its_source(analyzer):
    a = att(analyzer, "The operator of the island ferry defended its winter timetable on Tuesday.")
    assert a.source == "The operator of the island ferry" and a.source_type == "institution"


@pytest.mark.parametrize("text,source,stype", [
    ("Norway has warned that the ferry route is unsafe.", "Norway", "official"),
    ("The United States said on Monday that it would send divers.", "The United States", "official"),
    ("The U.K. said the inquiry would start at once.", "The U.K.", "official"),
    ("Moscow denied that its ships were nearby.", "Moscow", "official"),
    ("Both countries denied that their ships were nearby.", "Both countries", "official"),
    # a state's name inside a longer name changes nothing; a possessive is a determiner
    ("Norway's best-known novelist said the ferry was a national scandal.",
     "Norway's best-known novelist", "person"),
    ("Canada's largest union said the crews were overworked.", "Canada's largest union", "institution"),
])
def test_states_speak_as_officials(analyzer, text, source, stype):
    a = att(analyzer, text)
    assert (a.source, a.source_type) == (source, stype)


def test_article_sources_merge_name_variants(analyzer):
    text = ("President Hassan Rouhani said the border was secure. Rouhani also warned of a wider war. "
            "Sources said talks would resume. The ministry said nothing.")
    r = analyzer.analyze(text)
    names = {s.name: (s.type, s.mentions) for s in r.sources}
    assert names["Hassan Rouhani"] == ("official", 2)  # the title is a role, not part of the name
    assert r.metrics.n_sources == 3
    assert r.metrics.anonymous_share == pytest.approx(0.25)
    assert r.metrics.n_named_sources == 2


# ---------------------------------------------------------------- speech after a colon, letters, passives
def test_colon_speech_runs_to_the_end_of_the_paragraph(analyzer):
    text = ("The mayor added: Nobody warned the crews. And they never tested the plan.\n\n"
            "The vote is on Friday.")
    r = analyzer.analyze(text)
    assert [s.attribution.sourced for s in r.sentences] == [True, True, False]
    assert r.sentences[1].attribution.source == "The mayor"
    assert r.sentences[1].attribution.rule == "colon-continuation"


def test_transcript_label_owns_its_paragraph(analyzer):
    text = "OKAFOR: Frankly, nothing was hidden. The pier is safe. We will vote.\n\nThe hearing ended."
    r = analyzer.analyze(text)
    assert [s.attribution.source for s in r.sentences[:3]] == ["OKAFOR"] * 3
    assert not r.sentences[3].attribution.sourced


def test_colon_closing_a_paragraph_introduces_the_next(analyzer):
    text = "The senator said:\n\nThe budget is a disgrace. Nobody read it.\n\nThe debate continues."
    flags = [s.attribution.sourced for s in analyzer.analyze(text).sentences]
    assert flags == [True, True, True, False]


def test_colon_followed_by_a_closed_quote_does_not_run_on(analyzer):
    text = 'The mayor said: "We will win. We always do." Then he left the stage.'
    r = analyzer.analyze(text)
    assert [s.attribution.sourced for s in r.sentences] == [True, True, False]


def test_run_in_heading_is_not_a_speaker(analyzer):
    text = "Progress on the Ferry Question: He toured the docks in May. He hired pilots in June."
    r = analyzer.analyze(text)
    assert not r.sentences[1].attribution.sourced


def test_letters_signed_after_the_quote_one_per_line(analyzer):
    text = ("The debate drew many letters.\n\n"
            "“The plan is a mess. Nobody can pay for it.” ― Ana Ruiz\n"
            "“I liked the plan. It is fair.”― Tom Berg\n"
            "”Mr. Lund was right. We need it.” ― Eva Lind")
    r = analyzer.analyze(text)
    by_text = {s.text: s.attribution.source for s in r.sentences}
    assert by_text["Nobody can pay for it.”"] == "Ana Ruiz"
    assert by_text["“I liked the plan."] == "Tom Berg"
    assert by_text["We need it.”"] == "Eva Lind"
    assert "”Mr. Lund was right." in by_text  # a closing mark typed as the opener, and "Mr." kept whole
    assert not r.sentences[0].attribution.sourced


@pytest.mark.parametrize("text,source", [
    ("The shortfall had first been reported by The Coast Ledger.", "The Coast Ledger"),
    ("The mayor has been called a coward by rival councillors.", "rival councillors"),
    ("Her warning was echoed by a handful of shipping experts on Tuesday.", "a handful of shipping experts"),
])
def test_passive_cue_with_an_agent(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.rule == "passive-agent" and a.source == source


def test_passive_cue_without_an_agent_is_vague_not_the_subject(analyzer):
    a = att(analyzer, "The director was accused of hiding the losses.")
    assert a.sourced and a.kind == "vague" and a.source is None
    # a passive that is not a speech act leaves the sentence unsourced
    assert not att(analyzer, "The feast day is observed as a day of rest in the hill villages.").sourced


@pytest.mark.parametrize("text,expected", [
    ("The company added 500 jobs in May.", False),
    ("The debate continues.", False),
    ("The plant will close in June, the mayor added.", True),
    ("The mayor added that the plant will close in June.", True),
    ("“We are done,” she added.", True),
])
def test_continuation_cues_need_content_beside_them(analyzer, text, expected):
    assert att(analyzer, text).sourced is expected


@pytest.mark.parametrize("text,source", [
    ("Reporters turned to the Lisbrin Coast Guard which reported 40 rescues in May.", "the Lisbrin Coast Guard"),
    ("She released a letter from her lawyer that says the boat is seaworthy.", "her lawyer"),
    ("The mayor opened the session by saying the budget was balanced.", "The mayor"),
    ("Anna Berg and Tom Lund all suggested that the plan could fail.", "Anna Berg and Tom Lund"),
    ("Those close to the skipper say that he will sail again.", "Those close to the skipper"),
    ("Nine percent indicated that riders were not sure.", "Nine percent"),
    ("The latest ferry survey released on Tuesday shows fares rising.", "The latest ferry survey"),
])
def test_relative_gerund_floating_and_data_subjects(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source


def test_relative_clause_about_a_thing_is_not_a_source(analyzer):
    assert not att(analyzer, "The deal that said nothing about wages was signed in May.").sourced


def test_transcript_label_inside_an_opening_quote(analyzer):
    text = '"OKAFOR: Yes, the plan is late. But the crews are doing their best.\n\nThe hearing ended.'
    r = analyzer.analyze(text)
    assert [s.attribution.source for s in r.sentences[:2]] == ["OKAFOR", "OKAFOR"]
    assert not r.sentences[2].attribution.sourced


def test_colon_speech_keeps_its_speaker_over_inner_cues(analyzer):
    text = "The mayor added:\n\nIt is typical of him. He knows nothing about boats."
    r = analyzer.analyze(text)
    assert [s.attribution.source for s in r.sentences] == ["The mayor"] * 3


@pytest.mark.parametrize("text", ["The Latest: The council meets on Monday.",
                                  "Correction: A previous version misstated the date of the vote.",
                                  "Harbor Storm Live: Flooding closes the coast road as rivers rise.",
                                  "Ferry Vote Update: The council meets on Monday."])
def test_run_in_labels_are_not_speakers(analyzer, text):
    assert not att(analyzer, text).sourced


@pytest.mark.parametrize("text,source", [
    ("The Gazette has learned that the mayor will resign.", "The Gazette"),
    ("The mayor chalks up the losses to bad weather.", "The mayor"),
    ("Councillor Vasko lashed out at the budget office on Monday.", "Councillor Vasko"),
    ("The minister reaffirmed the plan on Tuesday.", "The minister"),
])
def test_stance_and_reporting_verbs(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source


def test_content_cognitive_verbs_need_content(analyzer):
    assert not att(analyzer, "Students learn algebra in the third year.").sourced


@pytest.mark.parametrize("text,source", [
    ("The port reopened despite the mayor's claim that it was unsafe.", "the mayor's"),
    ("Critics mocked the ministry’s statement that prices would fall.", "Critics"),
    ("Inspectors doubted Vasko's assertion that the dam was sound.", "Inspectors"),
    ("The board dismissed his argument that costs would fall.", "The board"),
    ("Nobody took up Vasko's suggestion that the dam be drained.", "Vasko's"),
])
def test_speech_nouns_with_a_possessor_and_that_clause(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source


def test_speech_noun_without_that_clause_is_not_attribution(analyzer):
    assert not att(analyzer, "The mayor's statement ran to four pages.").sourced


@pytest.mark.parametrize("text,source", [
    ("She called the landlord's repairs shoddy.", "She"),
    ("Peter Kovac, the director of the sailing program, compared the harbor to a maze.", "Peter Kovac"),
])
def test_call_and_compare_with_a_person_as_subject(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source.startswith(source)


def test_a_thing_called_by_its_name_is_not_attribution(analyzer):
    assert not att(analyzer, "They joined a militia called Harbor Watch in 2019.").sourced


@pytest.mark.parametrize("text,expected", [
    ("The mayor made a sharp criticism of the port plan.", True),
    ("The mayor made the comments at a dinner for retired pilots.", False),
    ("The minister gave this speech in May.", False),
    ("The mayor made the point that the port is losing money.", True),
    ("Councillor Vasko offered no proof that the tender was rigged.", True),
    ("The ministry issued a statement on Monday.", True),
    ("She gave a televised speech on Friday.", True),
    ("He made a sandwich before the meeting.", False),
    ("The plant will release water on Monday.", False),
    ("Pilots earned $90,000 a year, compared with $52,000 for deckhands.", False),
])
def test_light_verbs_with_speech_nouns(analyzer, text, expected):
    assert att(analyzer, text).sourced is expected


@pytest.mark.parametrize("text", [
    "But what did you expect from the ferry board?",
    "Do you know where the ferry tickets are?",
    "The union called off the strike on Friday.",
    "He called in to a late-night show about fishing quotas.",
    "The city appealed the ruling in May.",
    # physical and idiomatic senses of speech verbs, set aside by the cues' `unless` contexts
    "The new harbor master hails from a fishing village up the coast.",
    "The ferry slammed into the pier during the gale.",
    "Crews blasted through the reef to deepen the channel.",
    "The deckhand was told off for leaving the gangway open.",
    "Two of the sailors reported for duty at dawn.",
    "Shares of the ferry operator were quoted at $12 on Friday.",
    "The captain is wanted for questioning in two countries.",
    "Rebels backed by a foreign navy seized the harbor.",  # a participle's agent, not a stance
])
def test_phrasal_and_second_person_uses_are_not_attribution(analyzer, text):
    assert not att(analyzer, text).sourced


def test_appeal_for_and_called_out_stay_attribution(analyzer):
    assert att(analyzer, "The mayor appealed for calm on Friday.").sourced
    assert att(analyzer, "The mayor called out the council for its delays.").sourced


@pytest.mark.parametrize("text,source", [
    ("Dockworkers were frustrated that the port released only part of the audit.", "Dockworkers"),
    ("Economists are worried that prices will rise.", "Economists"),
    ("Fishing unions have expressed deep concern over the new quota.", "Fishing unions"),
    ("The mayor complimented the harbor staff.", "The mayor"),
])
def test_stance_adjectives_and_expressed_concern(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source


def test_stance_adjective_without_that_clause_is_not_attribution(analyzer):
    assert not att(analyzer, "The residents were worried about the storm.").sourced


@pytest.mark.parametrize("text,stype", [
    ("Diplomats familiar with the talks said the truce would hold.", "anonymous"),
    ("Officials close to the minister said he would resign.", "anonymous"),
    ("Two senior military officials said the plan was dead.", "official"),
])
def test_unnamed_sources_close_to_the_matter_are_anonymous(analyzer, text, stype):
    assert att(analyzer, text).source_type == stype


@pytest.mark.parametrize("text,source", [
    ("The former mayor sent a letter to the harbor board demanding repairs.", "The former mayor"),
    ("The firm released a statement saying it would appeal.", "The firm"),
    ("The weather service issued a flood warning for the valley.", "The weather service"),
    ("Fees rose again this year, with students saying they could not pay.", "students"),
])
def test_participle_after_an_object_belongs_to_the_subject(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source


def test_relative_that_keeps_the_light_verb_check(analyzer):
    assert not att(analyzer, "The company that made the vaccine is based in Mainz.").sourced


@pytest.mark.parametrize("text,source", [
    ("The statement was issued by the Harbor Authority on Monday.", "the Harbor Authority"),
    ("The report was released by the ministry on Tuesday.", "the ministry"),
    ("The plan was criticized by environmental groups for two years.", "environmental groups"),
])
def test_passive_light_verbs_and_agents(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source


@pytest.mark.parametrize("text", [
    "Water was released by the dam after days of rain.",
    "The film was released by Warner Bros. in 1999.",
    "The building was attacked by a mob overnight.",
    "The arrest warrant was issued by a judge in Miami.",
])
def test_passive_with_an_agent_that_is_not_a_source(analyzer, text):
    assert not att(analyzer, text).sourced


@pytest.mark.parametrize("text,source", [
    ("Officials seemed increasingly worried that the talks would fail.", "Officials"),
    ("She's confident that the bill will pass.", "She's"),
    ("He's said the deal is dead.", "He's"),
])
def test_stance_adjectives_after_linking_verbs_and_contractions(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source


@pytest.mark.parametrize("text", [
    "It is certain that rates will rise.",
    "Make sure that the doors are locked.",
    "He is sure to win the nomination.",
    "Her conviction that year was overturned on appeal.",
    "Their support that season helped the club survive.",
    "Its position that year was third.",
])
def test_expletive_it_imperatives_and_demonstrative_that(analyzer, text):
    assert not att(analyzer, text).sourced


@pytest.mark.parametrize("text", [
    "He was sworn in as mayor on Monday.",
    "He made a point of arriving early to every practice.",
    "Rain was forecast for the weekend.",
    "He was charged by prosecutors with two counts of fraud.",
    "He will charge the battery overnight.",
    "The company posted a loss of $3 million.",
    "The documents were posted online by the agency.",
])
def test_oaths_idioms_legal_charges_and_results_are_not_speech(analyzer, text):
    assert not att(analyzer, text).sourced


@pytest.mark.parametrize("text,source", [
    ("Vasko posted on Twitter that the ferry deal was dead.", "Vasko"),
    ("The mayor added in a statement that the port would reopen.", "The mayor"),
    ("Critics charge that the tax is regressive.", "Critics"),
])
def test_content_cues_with_a_phrase_before_their_content(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source


@pytest.mark.parametrize("text,expected", [
    ("The recipe calls for two eggs.", False),
    ("The plan called for 500 new homes.", False),
    ("The lawmaker called for a recount.", True),
    ("The report called for an inquiry into the port.", True),
    ("Residents have called on the council to act.", True),
])
def test_call_for_needs_a_speaker_not_a_thing(analyzer, text, expected):
    assert att(analyzer, text).sourced is expected


@pytest.mark.parametrize("text", [
    "It was reported missing on Friday.",
    "The officer was called to the scene at 3 a.m.",
    "The ruling was appealed by the state.",
    "The firm issued a recall of 50,000 toasters.",
    "Wednesday: Rain likely in the afternoon.",
    "Weather: Sunny, high of 75.",
])
def test_passive_idioms_product_recalls_and_date_labels(analyzer, text):
    assert not att(analyzer, text).sourced


def test_speaker_label_wins_over_cues_in_its_speech(analyzer):
    a = att(analyzer, "SMITH: We never agreed to that.")
    assert a.sourced and a.kind == "colon" and a.source == "SMITH"
    assert att(analyzer, "It was reported on Friday that the plant would close.").kind == "vague"


@pytest.mark.parametrize("text,expected", [
    ("The minister declined to say when she would resign.", True),
    ("Vasko has refused to release her travel expenses.", True),
    ("Democrats refused to back the measure.", True),
    ("The company declined to comment.", False),
    ("Sales declined to $5 million in the third quarter.", False),
    ("Shares declined to their lowest level since 2009.", False),
    ("He voted against the crime bill.", True),
    ("Okafor called it a ploy.", True),
    ("Lund spoke of the decline of the shipyards.", True),
    ("Voters turned against the incumbent.", False),
])
def test_refusals_and_votes_of_a_speaker_are_stances(analyzer, text, expected):
    assert att(analyzer, text).sourced is expected


@pytest.mark.parametrize("text,expected", [
    ("The new rules were announced on Monday.", True),
    ("It was announced that the plant would close.", True),
    ("Critics have made the case that the tax is regressive.", True),
    ("The senator makes the case for a longer ferry season.", True),
    ("The higher court sent the case back for a retrial.", False),
    ("The case was dismissed on Friday.", False),
])
def test_passive_announcements_and_making_the_case(analyzer, text, expected):
    assert att(analyzer, text).sourced is expected


@pytest.mark.parametrize("text,expected", [
    ("The report, which found widespread fraud, was released Monday.", True),
    ("The survey, which showed a tight race, was published Friday.", True),
    ("The wallet, which he found on the bus, was empty.", False),
    ("The house, which found a buyer, sold fast.", False),
    ("The letter, which shows a postmark from May, was auctioned.", False),
])
def test_relative_data_cue_takes_a_document_or_data_antecedent(analyzer, text, expected):
    assert att(analyzer, text).sourced is expected


@pytest.mark.parametrize("text,expected", [
    ("The mayor has faced questions about her charity.", True),
    ("The movement has faced pushback from parents.", True),
    ("The mayor faces criticism for the closures.", True),
    ("She was certain to face questions about the deal.", False),
    ("The team will face Brazil in the final.", False),
])
def test_facing_criticism_is_vague_attribution(analyzer, text, expected):
    assert att(analyzer, text).sourced is expected


@pytest.mark.parametrize("text,expected", [
    ("The magazine has also detailed club spending.", True),
    ("Officials detailed the plan on Monday.", True),
    ("Details of the deal were not available.", False),
    ("It was a highly detailed report.", False),
    ("The map is very detailed.", False),
])
def test_detailed_is_an_account_given_by_a_source(analyzer, text, expected):
    assert att(analyzer, text).sourced is expected


@pytest.mark.parametrize("text,expected", [
    ("The letter was signed by 40 former officials.", True),
    ("Fifty doctors signed a letter to the health minister.", True),
    ("The Yankees signed a new pitcher.", False),
    ("The lease was signed by the tenant.", False),
])
def test_signing_a_letter_is_a_light_verb_with_a_speech_noun(analyzer, text, expected):
    assert att(analyzer, text).sourced is expected


@pytest.mark.parametrize("text,expected", [
    ("Officials gave no reason for the delay.", True),
    ("The embassy issued a travel advisory for the region.", True),
    ("The agency came under criticism for its response.", True),
    ("For that reason, the game was delayed.", False),
    ("There is no reason to panic.", False),
    ("He had every reason to leave.", False),
])
def test_reasons_advisories_and_coming_under_criticism(analyzer, text, expected):
    assert att(analyzer, text).sourced is expected


@pytest.mark.parametrize("text,expected", [
    ("She talked about her plans for the state.", True),
    ("Ruth Alvez is promoting her plans to widen the harbor.", True),
    ("The committee will discuss the budget on Monday.", True),
    ("Peace talks to end the war resumed.", False),
    ("The talks about trade stalled.", False),
    ("The book discusses the war.", False),
    ("He was promoted to captain.", False),
])
def test_talking_discussing_and_promoting_by_a_speaker(analyzer, text, expected):
    assert att(analyzer, text).sourced is expected


@pytest.mark.parametrize("text,source", [
    ("A letter that arrived Tuesday says the plant will close.", "A letter"),
    ("A lawyer who represents the family said the plant will close.", "A lawyer"),
    ("The company that owns the plant says it will close.", "The company"),
    ("Officials who attended the meeting said it went well.", "Officials"),
])
def test_subject_with_a_relative_clause_before_the_cue(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source


@pytest.mark.parametrize("text,source", [
    ("He was urged to resign by party leaders.", "party leaders"),
    ("She was asked to leave by the police.", "the police"),
])
def test_passive_agent_after_an_infinitive(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source and a.rule == "passive-agent"


@pytest.mark.parametrize("text", [
    "The bill was expected to pass by Friday.",
    "The vote was expected to finish by the end of the week.",
])
def test_deadline_after_an_infinitive_is_not_an_agent(analyzer, text):
    assert not att(analyzer, text).sourced


@pytest.mark.parametrize("text,expected", [
    ("Vasko also retweeted a doctored photo.", True),
    ("Okafor identified fatigue among the crews as the cause.", True),
    ("The victim was identified as John Smith.", False),
    ("The tool identified three errors.", False),
    ("Retweets of the post doubled.", False),
])
def test_retweeting_and_identifying(analyzer, text, expected):
    assert att(analyzer, text).sourced is expected


@pytest.mark.parametrize("text,expected", [
    ("Port auditors have also discovered that repairs were made.", True),
    ("Scientists discovered a new planet.", False),
])
def test_discovered_that_is_a_finding(analyzer, text, expected):
    assert att(analyzer, text).sourced is expected


@pytest.mark.parametrize("text,source", [
    ("Samuel Okafor Jr. said the time was now.", "Samuel Okafor Jr."),
    ("The attack was planned, Samuel Okafor Jr. said.", "Samuel Okafor Jr."),
    ("Chief Engineer Peter J. Lund Jr. spoke of the decline of the shipyards.",
     "Chief Engineer Peter J. Lund Jr."),
])
def test_name_ending_in_an_abbreviation_is_the_speaker(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source


@pytest.mark.parametrize("text,source", [
    ("All agreed that the plan would fail.", "All"),
    ("Both have said they oppose it.", "Both"),
    ("After the vote, all agreed that the plan would fail.", "all"),
    ("Officials all said no.", "Officials"),
])
def test_all_or_both_alone_is_the_subject(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source


@pytest.mark.parametrize("text,expected", [
    ("Results from the trial indicate the drug works.", True),
    ("In 2019, research conducted by the Institute for Harbor and Coastal Affairs found the ferry ranked safest.",
     True),
    ("The results were posted on the door.", False),
    ("He found the results on the door.", False),
])
def test_results_and_long_data_phrases(analyzer, text, expected):
    assert att(analyzer, text).sourced is expected


@pytest.mark.parametrize("text,expected", [
    ("Rents refused to fall even as vacancies rose.", False),
    ("Officials refused to release the figures.", True),
    ("The driver was questioned by police for three hours.", False),
    ("The witness was questioned by the detectives overnight.", False),
    ("The plan was questioned by Senator Ruiz.", True),
    ("The warehouse was attacked by armed men before dawn.", False),
    ("The plan was attacked by opposition leaders.", True),
])
def test_quantities_interrogations_and_physical_attacks_are_not_speech(analyzer, text, expected):
    assert att(analyzer, text).sourced is expected


@pytest.mark.parametrize("text,expected", [
    ("The teachers' union backs the strike.", True),
    ("Brazil is backing the rebels in the north.", True),
    ("The garden backs onto a railway line.", False),
    ("The firm backed out of the deal.", False),
    ("Senator Ruiz supports the measure.", True),
    ("The old bridge supported heavy trucks for decades.", False),
    ("Most governors favor a delay.", True),
    ("The horse is favored to win the race.", False),
    ("The city council approved the new stadium.", True),
    ("Ms. Okafor has been critical of the mayor for months.", True),
    ("Local farmers despise the new rules.", True),
    ("The rain persuaded the fans to stay home.", False),
])
def test_stances_and_attitudes_of_a_named_agent(analyzer, text, expected):
    assert att(analyzer, text).sourced is expected


@pytest.mark.parametrize("text,source", [
    ("Floods: Local leaders blast the relief effort as too slow.", "Local leaders"),
    ("Trade: The minister said tariffs would rise.", "The minister"),
    ("Lindqvist: We never agreed to that deal.", "Lindqvist"),
    ("SMITH: The minister said nothing to us.", "SMITH"),
])
def test_topic_label_before_a_clause_with_its_own_speaker(analyzer, text, source):
    assert att(analyzer, text).source == source


def test_carried_over_pronoun_agrees_in_gender(analyzer):
    text = ("Ferry fares rise.\n\nThe ferry will run all winter, Ms. Berg, the harbor chief, said.\n\n"
            "The old pier is unsafe, Mr. Hale said.\n\nShe said the new pier would open in May.\n\n"
            "He said the cost was too high.")
    body = [s.attribution for s in analyzer.analyze(text).sentences if s.role == "body"]
    assert body[-2].source == "Ms. Berg, the harbor chief" and body[-2].resolved_from == "She"
    assert body[-1].source == "Mr. Hale" and body[-1].resolved_from == "He"


@pytest.mark.parametrize("text,source", [
    ("The harbor master -- a former sailor who ran the port for years -- said the pier would close.",
     "The harbor master -- a former sailor who ran the port for years"),
    ("Ines Koller — the head of the ferry union — said the strike would go on.",
     "Ines Koller — the head of the ferry union"),
    ("The pier will close in June -- said the harbor master.", "the harbor master"),
])
def test_apposition_set_off_by_dashes(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source


@pytest.mark.parametrize("text,expected", [
    ("The farmers are so frustrated that the ministry keeps delaying the payments.", True),
    ("She was very pleased that the vote went her way.", True),
    ("It is so certain that the dam will hold.", False),
])
def test_degree_word_before_a_predicate_adjective(analyzer, text, expected):
    assert att(analyzer, text).sourced is expected


@pytest.mark.parametrize("text,kind,source", [
    ("In his view, the new harbor tax is a mistake.", "according_to", "his"),
    ("By the harbor master's own account, the repairs were rushed.", "according_to", "the harbor master's"),
    ("In the eyes of many fishermen, the quota is too small.", "according_to", "many fishermen"),
    ("By all accounts, the ferry talks went well.", "vague", None),
    ("In the latest survey, most islanders backed the bridge.", "data", "the latest survey"),
    ("In a poll conducted for the union, a third of members backed the strike.", "data",
     "a poll conducted for the union"),
])
def test_opening_frame_of_a_perspective_or_data(analyzer, text, kind, source):
    a = att(analyzer, text)
    assert a.sourced and a.kind == kind and a.source == source


@pytest.mark.parametrize("text", [
    "In the morning, the ferry left on time.",
    "In the report section of the paper, pages were missing.",
    "By the time the survey ended, it was dark.",
    "In the end, the view from the pier was worth it.",
])
def test_opening_phrases_that_are_not_frames(analyzer, text):
    assert not att(analyzer, text).sourced


@pytest.mark.parametrize("text,expected", [
    ("The new harbor master will assume office in March.", False),
    ("He assumed a newly merged portfolio for ports and fisheries.", False),
    ("Analysts assume the harbor tax will pass.", True),
    ("An appeals court ruling might decide the ferry case.", False),
    ("The High Court ruling in the ferry case set off a wave of lawsuits.", False),
    ("The court is ruling on the harbor case this week.", True),
    ("Days later, street protests in the fishing town broke out.", False),
    ("The crew filmed a weekly show that aired on Sunday.", False),
    ("Some fishermen privately express doubts about the new quota.", True),
    ("The farmers voiced hope that prices would recover.", True),
])
def test_noun_uses_of_cue_words_and_stance_nouns_after_light_verbs(analyzer, text, expected):
    assert att(analyzer, text).sourced is expected


@pytest.mark.parametrize("text,source", [
    ("The harbor master has been called a liar by several skippers.", "several skippers"),
    ("Two of the nurses who signed the petition called the director a bully.", "Two of the nurses"),
])
def test_calling_by_an_agent_or_by_a_subject_with_who(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source


def test_called_by_with_nothing_said_is_not_attribution(analyzer):
    assert not att(analyzer, "The harbor meeting was called by the union.").sourced


@pytest.mark.parametrize("text,expected", [
    ("As the harbor master put it, the pier is a lost cause.", True),
    ("“The pier is a lost cause,” as one skipper put it.", True),
    ("She put it on the shelf next to the charts.", False),
    ("The new quota has drawn criticism from fishermen.", True),
    ("The ferry timetable drew scrutiny after the delays.", True),
    ("The painting drew crowds all summer.", False),
])
def test_put_it_and_drawing_criticism(analyzer, text, expected):
    assert att(analyzer, text).sourced is expected


def test_despite_does_not_join_the_source(analyzer):
    a = att(analyzer, "Despite media reports that the cannery would close, workers showed up on Monday.")
    assert a.sourced and a.source == "media"


# ---------------------------------------------------------------- precision guard
# Rules that raise recall must not start reading ordinary sentences as attribution.
# The number is today's count ("The Yankees ruled the league", "The wolves attacked the sheep"):
# lower it when a rule fixes some, never raise it to let a rule through.
GUARD_ALLOWED = 2


def test_precision_guard(analyzer):
    from pathlib import Path

    path = Path(__file__).parent / "fixtures" / "attribution_guard.txt"
    lines = [x.strip() for x in path.read_text(encoding="utf-8").splitlines()]
    sentences = [x for x in lines if x and not x.startswith("#")]
    assert len(sentences) >= 190
    wrong = []
    for s in sentences:
        report = analyzer.analyze("Update.\n\n" + s)  # a heading first, so the sentence is body text
        if any(x.attribution.sourced for x in report.sentences if x.role == "body"):
            wrong.append(s)
    assert len(wrong) <= GUARD_ALLOWED, "\n".join(wrong)


@pytest.mark.parametrize("text,source", [
    ("The court ruled that the levy was unlawful.", "The court"),
    ("The court ruled the levy unlawful.", "The court"),
    ("The appeals court ruled the county must refund the fees.", "The appeals court"),
    ("The court ruled the old bridge unsafe for traffic.", "The court"),
    ("The judge ruled in favor of the growers.", "The judge"),
    ("The mayor attacked the plan as reckless.", "The mayor"),
    ("The governor attacked the city over its budget.", "The governor"),
    ("Critics attacked the embassy's statement as false.", "Critics"),
    ("She noted that the vote was close.", "She"),
    ("The report noted a sharp rise in claims.", "The report"),
    ("The mayor plans to run again.", "The mayor"),
    ("The senator opposed the plan in the final vote.", "The senator"),
    ("He was told to resign by party leaders.", "party leaders"),
])
def test_speech_sense_beside_a_physical_object_rule(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source


@pytest.mark.parametrize("text", [
    "The Yankees ruled the league for a decade.",
    "The Habsburgs ruled Austria for centuries.",
    "The country is ruled by a military junta.",
    "The soldiers attacked the bridge at night.",
    "Two tankers were attacked in the strait.",
    "She noted the address on a scrap of paper.",
    "The city plans include a new park.",
    "The club opposed Arsenal in the final.",
    "The ship's crew was told to stay aboard.",
])
def test_non_speech_sense_told_by_the_object(analyzer, text):
    assert not att(analyzer, text).sourced


def test_told_that_without_an_agent_is_still_vague(analyzer):
    a = att(analyzer, "The crew was told that the ship would sail at dawn.")
    assert a.sourced and a.kind == "vague"


@pytest.mark.parametrize("text,source", [
    ("Harbor workers are confident the strike will end this week.", "Harbor workers"),
    ("The council members were worried the depot would close.", "The council members"),
    ("Officials seemed sure Valdria could not pay.", "Officials"),
    ("She is convinced it was a mistake.", "She"),
])
def test_stance_adjective_before_a_clause_without_that(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source and a.kind == "indirect"


@pytest.mark.parametrize("text", [
    "The keeper was worried the whole match.",
    "The coach is sure of it.",
    "Make sure the gate is locked.",
    "It is certain the ferry will sail.",
    "The players were confident after the draw.",
])
def test_stance_adjective_without_a_clause_is_not_attribution(analyzer, text):
    assert not att(analyzer, text).sourced


@pytest.mark.parametrize("text,source", [
    ("The ministry's memo states that the quota will change.", "The ministry's memo"),
    ("The union's website claims that the depot will close.", "The union's website"),
    ("The port authority's spokesman states that berths are free.", "The port authority's spokesman"),
])
def test_possessive_is_a_determiner_of_a_noun_subject(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source


@pytest.mark.parametrize("text,source", [
    ("Everyone we interviewed said the ferry was late again.", "Everyone we interviewed"),
    ("Everyone I spoke to said the ferry was late again.", "Everyone I spoke to"),
    ("The dockers I talked to warned that the strike would spread.", "The dockers I talked to"),
    ("Sources we spoke with said the ferry was late again.", "Sources we spoke with"),
])
def test_subject_with_a_relative_clause_without_who(analyzer, text, source):
    """The cue inside the relative clause ('spoke', 'interviewed') is not the
    sentence's cue, and its pronoun is not the speaker."""
    a = att(analyzer, text)
    assert a.sourced and a.source == source and a.cue in ("said", "warned")


def test_sources_we_spoke_with_are_anonymous(analyzer):
    assert att(analyzer, "Sources we spoke with said the ferry was late again.").source_type == "anonymous"


@pytest.mark.parametrize("text,source", [
    ("Residents interviewed by the gazette said the ferry was late again.", "Residents interviewed by the gazette"),
    ("Nurses employed by the clinic said they were underpaid.", "Nurses employed by the clinic"),
    ("Passengers interviewed at King's Cross said the trains were late.", "Passengers interviewed at King's Cross"),
    ("Officials based in Geneva said the talks would resume.", "Officials based in Geneva"),
])
def test_subject_ending_in_a_participle_and_its_agent(analyzer, text, source):
    """The agent of a participle inside the subject, or the place it happened, is not the speaker."""
    assert att(analyzer, text).source == source


@pytest.mark.parametrize("text,source,cue", [
    ('"We will not leave," the skipper snapped.', "the skipper", "snapped"),
    ("The treasurer confessed that the fund was short.", "The treasurer", "confessed"),
    ("The lease specifies that tenants pay the repairs.", "The lease", "specifies"),
    ("Engineers calculated that the repairs would cost $3 million.", "Engineers", "calculated"),
    ('"Enough," the harbor master sighed.', "the harbor master", "sighed"),
])
def test_more_reporting_verbs(analyzer, text, source, cue):
    a = att(analyzer, text)
    assert a.sourced and a.source == source and a.cue == cue


@pytest.mark.parametrize("text", [
    "The photographer snapped a picture of the ferry.",
    "The skipper sighed and sat down.",
    "The children cried all night.",
    "The venture lost money in its first year.",
])
def test_sound_and_business_senses_of_new_verbs_are_not_attribution(analyzer, text):
    assert not att(analyzer, text).sourced


@pytest.mark.parametrize("text,source", [
    ("The audit, released Tuesday by the comptroller, found widespread waste.", "The audit"),
    ("The survey, conducted in May, shows that most residents want a new bridge.", "The survey"),
])
def test_data_subject_before_an_apposition(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.kind == "data" and a.source == source


@pytest.mark.parametrize("text,source", [
    ("The harbor master was adamant: no ship leaves before dawn.", "The harbor master"),
    ("The union made it clear it would strike on Monday.", "The union"),
])
def test_stance_before_a_colon_and_made_it_clear(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source


@pytest.mark.parametrize("text,source", [
    ("The envoy came away convinced that the truce would hold.", "The envoy"),
    ("The growers walked away sure the levy would pass.", "The growers"),
    ("Ruiz toured the docks and walked away sure that the pier was unsafe.", "Ruiz"),
])
def test_came_away_with_a_stance_adjective(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source


@pytest.mark.parametrize("text", [
    "The ferry came away from the pier in the storm.",
    "The crew walked away sure of nothing at all.",
    "The hull came away clean after the scrubbing.",
])
def test_came_away_without_a_stance_clause_is_not_attribution(analyzer, text):
    assert not att(analyzer, text).sourced


def test_a_colon_after_a_plain_adjective_is_not_attribution(analyzer):
    assert not att(analyzer, "The result was clear: the port must close.").sourced


@pytest.mark.parametrize("text,source,cue", [
    ("Lindqvist went on to discuss the new quota.", "Lindqvist", "discuss"),
    ("Last year an arbitration panel found the port was in breach of the lease.", "an arbitration panel", "found"),
    ("The activist talks to the director about the prison system.", "The activist", "talks to"),
])
def test_infinitive_subject_bare_finding_and_talks_to(analyzer, text, source, cue):
    a = att(analyzer, text)
    assert a.sourced and a.source == source and a.cue == cue


@pytest.mark.parametrize("text", [
    "The recipe went on to discuss two eggs.",
    "Peace talks to end the war resumed in Oslo.",
    "Harbor talks to resume next week.",
])
def test_things_and_negotiations_do_not_speak(analyzer, text):
    assert not att(analyzer, text).sourced


def test_source_noun_before_a_speech_noun_and_its_that_clause(analyzer):
    a = att(analyzer, "Police claims that the crowd was armed were disputed by witnesses.")
    assert a.sourced and a.source == "Police" and a.rule == "nominal-cue"


@pytest.mark.parametrize("text,sourced", [
    ("Critics have reservations about the harbor plan.", True),
    ("Officials voiced misgivings about the deal.", True),
    ("We made reservations at a restaurant near the harbor.", False),
    ("The tribe lives on a reservation near the river.", False),
])
def test_doubts_as_stance_nouns_not_bookings(analyzer, text, sourced):
    assert att(analyzer, text).sourced is sourced


def test_noun_homograph_cue_after_a_parenthetical_adverb(analyzer):
    a = att(analyzer, "Some farmers, however, question whether the quota is fair.")
    assert a.sourced and a.source == "Some farmers" and a.cue == "question"
    assert not att(analyzer, "The question, however, remains open.").sourced


@pytest.mark.parametrize("text,source", [
    ("The mayor's deputy, Ana Ruiz, plans to publish the audit soon.", "The mayor's deputy, Ana Ruiz"),
    ("The harbor pilot, Jon Berg, claims the channel is too shallow.", "The harbor pilot, Jon Berg"),
])
def test_noun_homograph_cue_after_an_apposition(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source


def test_plural_noun_after_an_introductory_phrase_is_not_a_cue(analyzer):
    assert not att(analyzer, "In the past, plans to build a bridge failed.").sourced


@pytest.mark.parametrize("text,source", [
    ("Last week the council closed the debate by announcing that the vote would wait.", "the council"),
    ("On Monday the harbor board ended the meeting by saying the berth would close.", "the harbor board"),
])
def test_sentence_subject_after_a_time_phrase_without_comma(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source


@pytest.mark.parametrize("text,source", [
    ("The harbor council hit back at the claims.", "The harbor council"),
    ("Neither side would say how many boats were seized.", "Neither side"),
])
def test_retort_and_neither_side(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source


def test_possessive_plural_subject_of_a_human_cue(analyzer):
    a = att(analyzer, "Her aides called her ''a visionary'' after the ferry vote.")
    assert a.sourced and a.source == "Her aides" and a.cue == "called"


@pytest.mark.parametrize("text,cue", [
    ("Last spring the port authority came under withering criticism over the dredging.",
     "came under withering criticism"),
    ("The harbor master has faced sharp criticism over the delay.", "faced sharp criticism"),
    ("The quota drew fierce condemnation from fishermen.", "drew fierce condemnation"),
])
def test_vague_phrase_with_adjectives_before_its_noun(analyzer, text, cue):
    a = att(analyzer, text)
    assert a.sourced and a.kind == "vague" and a.cue == cue and a.source_type == "anonymous"


def test_past_tense_noun_homograph_cue_after_a_named_apposition(analyzer):
    text = "The levy, which the port's chief executive, Ana Ruiz, called ''total nonsense'', starts in May."
    a = att(analyzer, text)
    assert a.sourced and a.source == "the port's chief executive, Ana Ruiz" and a.cue == "called"


def test_first_person_outside_quotes_is_the_writer_not_the_last_speaker(analyzer):
    text = ("The harbor master said the channel would close in May.\n\n"
            "I have written to the board about it twice.")
    a = att(analyzer, text, 1)
    assert a.sourced and a.source == "I" and a.resolved_from is None


@pytest.mark.parametrize("text", [
    "Questions regarding the harbor budget were raised at the meeting.",
    "The notice was updated with comment from the mayor and regarding the new quota.",
])
def test_regarding_is_a_preposition(analyzer, text):
    assert not att(analyzer, text).sourced


@pytest.mark.parametrize("text,source", [
    ("The deal is close, a person with knowledge of the talks said.", "a person with knowledge of the talks"),
    ("Two people with knowledge of the bid said the ferry deal was close.",
     "Two people with knowledge of the bid"),
])
def test_person_with_knowledge_of_is_one_anonymous_source(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source and a.source_type == "anonymous"


@pytest.mark.parametrize("text,source", [
    ('The mayor\'s response: "We will rebuild the pier."', "The mayor's"),
    ("Her message: “Stay home until the storm passes.”", "Her"),
])
def test_possessive_speech_noun_before_a_colon_and_quotation(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source and a.rule == "nominal-cue"


def test_possessive_noun_before_a_colon_without_quotation_is_not_attribution(analyzer):
    assert not att(analyzer, "The mayor's plan: build a new bridge.").sourced


@pytest.mark.parametrize("text,source", [
    ("Lund was one of three councillors who voted against the ferry levy because it raised fares.",
     "one of three councillors"),
    ("The orchard growers who strongly oppose the canal met on Friday.", "The orchard growers"),
])
def test_who_tells_a_person_whatever_the_noun_before_it(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source and a.rule == "relative-cue"


@pytest.mark.parametrize("text,source,rule", [
    ("The vote is awkward for Lund, who conspicuously refused to praise the ferry plan at the fair.", "Lund",
     "relative-cue"),
    ("She was able to repeatedly tout the pier's record while mocking her rivals.", "She", "infinitive-cue"),
])
def test_adverb_between_to_or_who_and_the_cue(analyzer, text, source, rule):
    a = att(analyzer, text)
    assert a.sourced and a.source == source and a.rule == rule


def test_adverb_in_a_relative_clause_without_a_cue_is_not_attribution(analyzer):
    assert not att(analyzer, "The man who quietly runs the bakery baked bread.").sourced


@pytest.mark.parametrize("text,source", [
    ("Farmers who believe the subsidy is vital rallied outside.", "Farmers"),
    ("The growers, who fear the canal will dry their wells, rallied outside.", "The growers"),
    ("Lund, who expects a close vote, spent the day on the phone.", "Lund"),
])
def test_belief_in_a_relative_clause_is_the_antecedents(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source and a.rule == "relative-cue"


def test_belief_after_a_named_parenthetical(analyzer):
    a = att(analyzer, "Critics of the levy, like Senator Ana Ruiz, believe the vote is a chance to fix the rules.")
    assert a.sourced and a.source.startswith("Critics of the levy") and a.cue == "believe"


@pytest.mark.parametrize("text,source", [
    ("Analysts see the merger as a defensive move.", "Analysts"),
    ("Many voters saw the debate as a turning point.", "Many voters"),
])
def test_see_something_as_is_an_opinion(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source and a.cue in ("see", "saw")


@pytest.mark.parametrize("text", [
    "The crew saw the storm as they left the harbor.",
    "Tourists see the old bridge as soon as they arrive.",
    "Visitors can see the lighthouse as well as the pier.",
    "She saw the parade as a child.",
    "The plan, which expects 500 new homes, was shelved.",
])
def test_see_without_an_opinion_and_a_thing_that_expects_are_not_attribution(analyzer, text):
    assert not att(analyzer, text).sourced


@pytest.mark.parametrize("text,source", [
    ("Growers pressed arguments that the canal would dry their wells.", "Growers"),
    ("The allegation that the mayor took bribes is false.", None),
    ("Reports that the ferry had sunk spread quickly.", None),
    ("There is growing concern that the pier will collapse.", None),
])
def test_speech_noun_without_possessor_before_its_clause(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source and a.rule == "bare-nominal-cue"
    assert a.kind == ("indirect" if source else "vague")


@pytest.mark.parametrize("text", [
    "The statement that the mayor read was short.",
    "The reason that the ferry was late is simple.",
    "There is no evidence that the pier is unsafe.",
])
def test_relative_clause_after_a_speech_noun_is_not_attribution(analyzer, text):
    assert not att(analyzer, text).sourced


def test_speech_verb_before_that_keeps_its_subject(analyzer):
    a = att(analyzer, "Harbor officials claimed that the pier was safe.")
    assert a.sourced and a.source == "Harbor officials" and a.rule == "subject-cue"


@pytest.mark.parametrize("text,source", [
    ("The bank raised its growth forecast by half a point.", "The bank"),  # "its": the subject it stands for
    ("That was enough to keep the Coast Ledger's estimate of the catch at 400 tonnes.", "the Coast Ledger's"),
])
def test_forecast_or_estimate_with_its_owner(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source and a.kind == "data" and a.rule == "owned-estimate"


def test_forecast_owned_by_its_is_the_subject_s_not_a_person_named_before(analyzer):
    r = analyzer.analyze("Lund, an analyst, said sales were weak. The company raised its revenue forecast.")
    a = r.sentences[1].attribution
    assert a.source == "The company" and a.speaker != "Lund"


@pytest.mark.parametrize("text", [
    "The weather forecast for the weekend is rain.",
    "My forecast for the weekend is rain.",
])
def test_forecast_without_an_owner_or_the_writers_is_not_attribution(analyzer, text):
    assert not att(analyzer, text).sourced


@pytest.mark.parametrize("text,source", [
    ("The mayor seeks to end the strike before winter.", "The mayor"),
    ("Growers sought to block the canal.", "Growers"),
    ("The union aims to win a raise.", "The union"),
])
def test_seek_to_and_aim_to_are_intentions(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source


@pytest.mark.parametrize("text", [
    "The law seeks to curb speeding.",
    "The plan aims to cut costs.",
    "Police sought the driver for questioning.",
])
def test_seek_and_aim_without_a_speaker_or_infinitive_are_not_attribution(analyzer, text):
    assert not att(analyzer, text).sourced


@pytest.mark.parametrize("text,cue", [
    ("The pier is widely seen as a symbol of the town.", "seen"),
    ("The pier is regarded as a symbol of the town.", "regarded"),
    ("Most of the mayor's claims were rated as false.", "rated"),
    ("The pier was deemed unsafe.", "deemed"),
    ("The pier is considered a symbol of the town.", "considered"),
    ("Ruiz was mentioned as a likely pick to run the harbor.", "mentioned"),
])
def test_passive_judgment_without_agent_is_vague(analyzer, text, cue):
    a = att(analyzer, text)
    assert a.sourced and a.kind == "vague" and a.cue == cue and a.rule == "passive-judgment"


def test_passive_judgment_with_agent_names_the_agent(analyzer):
    a = att(analyzer, "The pier was seen by critics as a waste of money.")
    assert a.sourced and a.source == "critics" and a.rule == "passive-agent"


@pytest.mark.parametrize("text", [
    "The bill will be considered next week.",
    "The whale was seen near the harbor.",
    "The boat was seen as soon as it left.",
    "The singer was seen by thousands at the fair.",
    "The ferry was mentioned in the harbor guide.",
    "As mentioned above, the ferry leaves at noon.",
])
def test_passive_seeing_or_scheduling_is_not_a_judgment(analyzer, text):
    assert not att(analyzer, text).sourced


@pytest.mark.parametrize("text,source", [
    ('"We will rebuild," said Luis Berg, who heads the harbor board.', "Luis Berg, who heads the harbor board"),
    ('"We will rebuild," said Ana Ruiz, now a consultant on ports.', "Ana Ruiz, now a consultant on ports"),
])
def test_inverted_speaker_keeps_a_relative_or_now_apposition(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source and a.source_name in ("Luis Berg", "Ana Ruiz")


def test_a_relative_clause_that_runs_into_a_quotation_is_no_part_of_the_source(analyzer):
    a = att(analyzer, 'The plan would gut the harbor fund, according to Luis Berg, who called it "reckless."')
    assert a.sourced and a.source == "Luis Berg"


@pytest.mark.parametrize("text", [
    'Thursday night, the harbor board issued a statement saying the pier "remains closed to ferries."',
    "March 3, the harbor board issued a statement saying the pier would remain closed.",
])
def test_a_weekday_or_date_opening_the_sentence_is_no_source(analyzer, text):
    a = att(analyzer, text)
    assert a.sourced and a.source == "the harbor board"


@pytest.mark.parametrize("text,source", [
    ("One of the nurses who signed the letter called Lund a bully and a fraud.", "One of the nurses"),
    ("The report called Lund a liar.", "The report"),
])
def test_called_a_name_and_then_a_label_is_speech(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source and a.cue == "called"


@pytest.mark.parametrize("text", [
    "A company called Acme made the parts.",
    "He founded a firm called Acme a decade ago.",
    "She joined a band called Lantern a few years ago.",
])
def test_called_as_naming_is_not_speech(analyzer, text):
    assert not att(analyzer, text).sourced


@pytest.mark.parametrize("text,source", [
    ("The auditors came to a different conclusion.", "The auditors"),
    ("The panel reached the conclusion that the pier was unsafe.", "The panel"),
    ("The Harbor Institute, reviewing the draft, came to a different conclusion.",
     "The Harbor Institute, reviewing the draft"),
])
def test_reaching_a_conclusion_is_a_light_verb(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source


@pytest.mark.parametrize("text", [
    "The ferry came to the pier at noon.",
    "The talks reached a deadlock.",
    "Growers came to the meeting with a letter.",
])
def test_come_to_and_reach_without_a_speech_noun_are_not_attribution(analyzer, text):
    assert not att(analyzer, text).sourced


@pytest.mark.parametrize("cue", ["shouted to the crowd", "said the pier was safe"])
def test_apposition_with_a_party_label_in_parentheses(analyzer, cue):
    a = att(analyzer, f"Lund's deputy, state Sen. Ana Ruiz (D-Ore.), {cue}.")
    assert a.sourced and a.source == "Lund's deputy, state Sen. Ana Ruiz (D-Ore.)"


@pytest.mark.parametrize("text,source", [
    ("Lund is a tireless critic of harbor fees.", "Lund"),
    ("He has long been an advocate of lower fares.", "He"),
    ("Ana Ruiz is a former port lawyer who is a dogged opponent of canal plans.", "a former port lawyer"),
])
def test_a_subject_described_by_its_stance(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source and a.rule == "stance-role"


@pytest.mark.parametrize("text", ["The levy is a critic of nothing.", "She was a big fan of jazz."])
def test_stance_role_needs_a_speaker_and_a_stance(analyzer, text):
    assert not att(analyzer, text).sourced


@pytest.mark.parametrize("text", [
    "She joined the harbor board in 2009 and promptly voted against the dredging levy.",
    "Lund moved to the coast, after years of work inland, and talked about the ferry plans.",
])
def test_stance_act_as_a_second_verb_of_a_speaking_subject(analyzer, text):
    a = att(analyzer, text)
    assert a.sourced and a.source in ("She", "Lund") and a.rule == "coordinated-cue"


def test_stance_act_as_a_second_verb_needs_a_speaker(analyzer):
    assert not att(analyzer, "The storm arrived at noon and promptly voted against nothing.").sourced


@pytest.mark.parametrize("text,source", [
    ("The Harbor Guild, which has 900 members, advocates for lower mooring fees.", "The Harbor Guild"),
    ("The Pilots Guild, which represents 400 crews, questions any new levy.", "The Pilots Guild"),
])
def test_noun_homograph_cue_after_a_relative_clause_in_commas(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source


def test_noun_homograph_after_a_relative_clause_needs_a_named_subject(analyzer):
    assert not att(analyzer, "The new bridge, which opened in May, questions nothing.").sourced


@pytest.mark.parametrize("text,source", [
    ("The two harbor masters traded barbs over the dredging plan.", "The two harbor masters"),
    ("Ana Ruiz hurled accusations at the ferry board.", "Ana Ruiz"),
    ("The rival skippers lobbed insults at each other.", "The rival skippers"),
])
def test_light_verbs_of_verbal_sparring(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source


@pytest.mark.parametrize("text", [
    "Growers traded shares in the cannery on Friday.",
    "The boys hurled stones at the pier.",
    "The crews exchanged places at noon.",
])
def test_sparring_verbs_without_a_speech_noun_are_not_attribution(analyzer, text):
    assert not att(analyzer, text).sourced


@pytest.mark.parametrize("text,source", [
    ("The two skippers spent months lobbing insults at one another.", "The two skippers"),
    ("Lund spent the past two years arguing that the pier was safe.", "Lund"),
])
def test_time_spent_on_an_act_belongs_to_the_subject(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source


def test_called_a_name_and_then_a_quoted_label(analyzer):
    a = att(analyzer, 'Ruiz called Lund a "reckless gambler" and a "bully."')
    assert a.sourced and a.source == "Ruiz" and a.cue == "called"


@pytest.mark.parametrize("text,source", [
    ("Captain Ruiz judged the old pier a hazard.", "Captain Ruiz"),
    ("Port officials judged it a failure.", "Port officials"),
    ("Lund judged that the ferry was overloaded.", "Lund"),
])
def test_judged_with_a_label_or_clause_is_an_opinion(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source and a.cue == "judged"


@pytest.mark.parametrize("text", [
    "She judged the baking contest at the harvest fair.",
    "Lund judged a sailing race in May.",
])
def test_judging_a_contest_is_not_an_opinion(analyzer, text):
    assert not att(analyzer, text).sourced


@pytest.mark.parametrize("text,source", [
    ("Mayor Ana Ruiz linked the outage to the storm surge.", "Mayor Ana Ruiz"),
    ("She repeatedly linked the ferry delays to staff cuts.", "She"),
])
def test_linking_a_cause_is_a_claim(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source and a.cue == "linked"


@pytest.mark.parametrize("text", [
    "A new road links the island to the mainland.",
    "Protesters linked arms outside the hall.",
    "The two villages are linked by a ferry.",
])
def test_links_of_places_and_arms_are_not_claims(analyzer, text):
    assert not att(analyzer, text).sourced


@pytest.mark.parametrize("text,source", [
    ("The harbor levy is unfair, in her view.", "her"),
    ('Only the old pier is "safe" in his eyes.', "his"),
    ("The ferry plan was a blunder in their own words.", "their"),
])
def test_perspective_frame_closing_a_clause(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.kind == "according_to" and a.source == source and a.rule == "perspective-frame"


@pytest.mark.parametrize("text", [
    "She had tears in her eyes as the ferry left.",
    "He kept the old pier in his mind.",
    "The skipper had a glint in his eyes.",
])
def test_eyes_and_mind_without_a_judgment_are_not_a_frame(analyzer, text):
    assert not att(analyzer, text).sourced


@pytest.mark.parametrize("text,source", [
    ("Lund is doubling down in his feud with the harbor board.", "Lund"),
    ("The mayor doubled down on her criticism of the ferry levy.", "The mayor"),
])
def test_doubling_down_is_a_stance(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source and a.cue.startswith("doubl")


def test_doubling_down_needs_a_speaker(analyzer):
    assert not att(analyzer, "The snowfall doubled down on the valley overnight.").sourced


def test_transcript_stage_direction_inside_a_quote_is_nobodys_words(analyzer):
    text = '"We will keep the ferry running. (APPLAUSE.) And we will add a night crossing," the mayor said.'
    r = analyzer.analyze(text)
    assert [s.attribution.sourced for s in r.sentences] == [True, False, True]
    # a sentence in parentheses that is not a note in capitals keeps its attribution
    assert att(analyzer, "(The mayor said the ferry would keep running all winter.)").sourced


@pytest.mark.parametrize("text,source,cue", [
    ("The Harbor Guild and the Ferry Union spar over whether the levy is fair.",
     "The Harbor Guild and the Ferry Union", "spar over"),
    ("Ruiz and Lund bickered over the budget for hours.", "Ruiz and Lund", "bickered over"),
    ("Lawmakers are wrangling over the harbor bill.", "Lawmakers", "wrangling over"),
])
def test_verbal_disputes_over_a_topic(analyzer, text, source, cue):
    a = att(analyzer, text)
    assert a.sourced and a.source == source and a.cue == cue


@pytest.mark.parametrize("text", [
    "The gulls squabbled over the scraps on the pier.",
    "The boxers sparred over three rounds.",
])
def test_disputes_of_animals_and_sparring_partners_are_not_attribution(analyzer, text):
    assert not att(analyzer, text).sourced


def test_age_after_a_name_before_an_apposition_is_not_the_speaker(analyzer):
    a = att(analyzer, "Ruiz, 54, a former harbor pilot who now runs the guild, said the levy was unfair.")
    assert a.sourced and a.source_name == "Ruiz"
    assert a.source == "Ruiz, 54, a former harbor pilot who now runs the guild"


@pytest.mark.parametrize("text,source", [
    ("The mayor reacted angrily to the ruling.", "The mayor"),
    ("Ruiz and Lund never reacted as though the pier were at risk.", "Ruiz and Lund"),
])
def test_a_speaker_reacting(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source and a.cue.startswith("react")


@pytest.mark.parametrize("text", [
    "The acid reacts with zinc.",
    "Markets reacted sharply to the news.",
    "The patient reacted well to the drug.",
])
def test_chemical_market_and_bodily_reactions_are_not_attribution(analyzer, text):
    assert not att(analyzer, text).sourced


# ---------------------------------------------------------------- colon and lead-in spans
def _flags(analyzer, text):
    return [s.attribution.sourced for s in analyzer.analyze(text).sentences if s.role == "body"]


@pytest.mark.parametrize("label", ["Editor’s Note", "Editor's Note", "UPDATE", "Update", "Correction"])
def test_run_in_label_is_no_speaker(analyzer, label):
    text = f"Pier Works Resume\n\n{label}: The quay reopened on Friday after repairs. Boats moored at noon."
    assert _flags(analyzer, text) == [False, False]


def test_lead_in_colon_speech_spans_at_most_three_sentences(analyzer):
    lines = ["The harbor chief put it plainly, writing to the council:", "The levy is a scandal.",
             "Nobody asked the crews.", "The board must answer.", "The quay was built in 1911.",
             "It has four berths.", "A ferry leaves hourly.", "Tickets cost two crowns."]
    flags = _flags(analyzer, "Levy Row Deepens\n\n" + "\n".join(lines) + "\n")
    assert flags == [True, True, True, True, False, False, False, False]


def test_colon_speech_in_one_flowed_paragraph_stops_after_three_sentences(analyzer):
    text = ("The skipper added: The nets came up empty. The season is lost. We sold the boat. "
            "The cannery closed in March. Prices at the market fell.")
    assert _flags(analyzer, text) == [True, True, True, False, False]


def test_transcript_label_speaks_to_the_end_of_its_paragraph(analyzer):
    text = ("OKAFOR: The nets came up empty. The season is lost. We sold the boat. "
            "The crews went home. Nobody stayed.\n\nThe hearing ended at noon.")
    assert _flags(analyzer, text) == [True] * 5 + [False]


def test_set_off_block_after_a_colon_is_the_speaker_s(analyzer):
    text = ("The skipper wrote to the board:\n\n> The nets came up empty. The season is lost.\n\n"
            "> We sold the boat. The crews went home.\n\nThe board met on Friday.")
    assert _flags(analyzer, text) == [True, True, True, True, True, False]


def test_paragraph_set_off_by_a_blank_line_after_a_colon_is_the_speaker_s(analyzer):
    text = ("The skipper added:\n\nThe nets came up empty. The season is lost. We sold the boat. "
            "The crews went home.\n\nThe board met on Friday.")
    assert _flags(analyzer, text) == [True] * 5 + [False]


# ---------------------------------------------------------------- labels, narration, possessives
@pytest.mark.parametrize("line", ["MARKETS: Shares in the shipping firm rose in Oslo on Monday.",
                                  "WATCH BELOW: Crews lift the rusted ferry out of the harbor.",
                                  "ENERGY: Heating oil slipped for a third straight week."])
def test_section_label_in_capitals_is_no_source(analyzer, line):
    assert _flags(analyzer, "Harbor Notes\n\n" + line) == [False]


def test_transcript_labels_in_capitals_name_speakers(analyzer):
    text = ("Harbor Hearing\n\nSEN. RUIZ: Will the pier reopen?\n\nLINDQVIST: Not this year.\n\n"
            "SEN. RUIZ: Why not?\n\nLINDQVIST: The piles are rotten.\n\nThe hearing ended at noon.")
    r = analyzer.analyze(text)
    assert [s.attribution.source for s in r.sentences if s.role == "body"] == \
        ["SEN. RUIZ", "LINDQVIST", "SEN. RUIZ", "LINDQVIST", None]


def test_capitals_label_of_a_name_seen_elsewhere_is_a_speaker(analyzer):
    text = "Harbor Hearing\n\nDr. Okafor chairs the board.\n\nOKAFOR: The piles are rotten."
    assert analyzer.analyze(text).sentences[-1].attribution.source == "OKAFOR"


def test_question_and_answer_labels_are_speakers(analyzer):
    text = "Harbor Interview\n\nQ: Will the pier reopen?\n\nA: Not this year.\n\nQ: Why?\n\nA: The piles are rotten."
    assert _flags(analyzer, text) == [True, True, True, True]


@pytest.mark.parametrize("line,source", [("Poll: Most islanders oppose the harbor levy.", "Poll"),
                                         ("New Survey: Ferry fares too high for most islanders.", "New Survey")])
def test_data_label_before_a_colon_is_a_data_source(analyzer, line, source):
    a = att(analyzer, "Levy Row\n\n" + line)
    assert a.sourced and a.kind == "data" and a.source == source


@pytest.mark.parametrize("text", ["It was then she realized the ferry had already left.",
                                  "He decided to sell the boat before winter.",
                                  "She decided against a second trip to the island."])
def test_narration_is_not_attribution(analyzer, text):
    assert not att(analyzer, text).sourced


@pytest.mark.parametrize("text", ["The court decided to hear the appeal in May.",
                                  "The court decided that the levy was unlawful."])
def test_a_body_deciding_is_still_attributed(analyzer, text):
    assert att(analyzer, text).sourced


@pytest.mark.parametrize("text,source", [("The skipper‘s crew said the nets came up empty.", "The skipper‘s crew"),
                                         ("The skipper’s crew said the nets came up empty.", "The skipper’s crew")])
def test_possessive_with_either_apostrophe_is_never_a_source_s(analyzer, text, source):
    assert att(analyzer, text).source == source


def test_the_role_noun_stands_only_for_a_source_with_that_title(analyzer):
    text = ("Mayor Tom Hale said the levy would stay. In a post on Monday, the senator praised the crews. "
            "Sen. Ana Ruiz said the levy was unfair. The senator said the crews deserve more.")
    sources = [s.attribution.source for s in analyzer.analyze(text).sentences]
    assert sources == ["Mayor Tom Hale", "the senator", "Sen. Ana Ruiz", "Sen. Ana Ruiz"]


# ---------------------------------------------------------------- listed misses as classes
@pytest.mark.parametrize("text,source", [
    ("The board backed the levy on Monday, with a former governor calling the mayor a fraud.", "a former governor"),
    ("Most islanders oppose the levy, a poll by the Harbor Institute found.", "a poll by the Harbor Institute"),
    ("Most islanders oppose the harbor levy, the survey found.", "the survey"),
    ("Most islanders oppose the levy, the mayor said.", "the mayor"),
    ("Last week the skipper in a televised interview appeared to blame the crews.", "the skipper"),
    ("In a lengthy interview, Berg dismissed the levy.", "Berg"),
    ("In his televised remarks, the governor praised the crews.", "the governor"),
])
def test_listed_misses_are_attributed_to_their_source(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source


# ---------------------------------------------------------------- layouts: posts, block quotes
def test_embedded_post_is_a_quote_of_its_author(analyzer):
    text = ("Pier Fees Anger Crews\n\nThe fees start in June.\n\n"
            "We pay to land our own catch. Shameful.\n— Sigrid Nes (@sigridnes) May 4, 2026\n\nThe office said little.")
    r = analyzer.analyze(text)
    assert [s.attribution.source for s in r.sentences[2:5]] == ["Sigrid Nes"] * 3
    assert not r.sentences[1].attribution.sourced


def test_markdown_block_quote_quotes_the_source_named_before_it(analyzer):
    text = (b"# Keepers Fight Plan\n\nIn a reply, the authority said the sensors work.\n\n"
            b"> The system meets every standard. Keepers will get other posts.\n\nThe plan goes to a vote in June.")
    r = analyzer.analyze_bytes(text, format="markdown")
    assert [s.attribution.sourced for s in r.sentences] == [False, True, True, True, False]
    assert r.sentences[3].attribution.source == "the authority"


def test_counted_plural_is_a_noun_not_a_cue(analyzer):
    r = analyzer.analyze("Five Questions for the New Ferry Captain\n\nThe ferry runs hourly.")
    assert not r.sentences[0].attribution.sourced


@pytest.mark.parametrize("headline,source", [
    ("Dock Workers Rip Harbor Board As A ‘Reckless Gang.’", "Dock Workers"),
    ("Island Parents Rally To ‘Save Our School’", "Island Parents"),
])
def test_headline_subject_owns_a_short_quotation(analyzer, headline, source):
    r = analyzer.analyze(headline + "\n\nThe board met on Tuesday. Fares rose in 2019.")
    a = r.sentences[0].attribution
    assert a.sourced and a.rule == "headline-quote" and a.source == source


@pytest.mark.parametrize("text,source", [("Mrs. Ruiz's plan would also cap ferry fees.", "Mrs. Ruiz's"),
                                         ("The union's proposal calls for a strike fund.", "The union's proposal")])
def test_owned_proposal_is_its_owner_s(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source


def test_with_absolute_speech_ends_at_its_clause(analyzer):
    r = analyzer.analyze("With Mayor Ana Ruiz signaling that the levy will stay, it is clear how reckless the plan is.")
    s = r.sentences[0]
    assert s.attribution.sourced and s.attribution.source == "Mayor Ana Ruiz"
    assert [h.voice for h in s.hits if h.term.lower() == "reckless"] == ["writer"]


@pytest.mark.parametrize("text,source", [("The mayor trails in most surveys of island voters.", "most surveys"),
                                         ("By spring she was at the top of regional polls.", "regional polls")])
def test_standing_in_polls_is_the_polls(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.kind == "data" and a.source == source


@pytest.mark.parametrize("text,source", [("The crews shared their concerns with the board.", "The crews"),
                                         ("Island parents shared their fears about the school.", "Island parents")])
def test_sharing_views_is_attributed(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source


@pytest.mark.parametrize("text,source", [
    ("The island council repealed the ferry levy in March.", "The island council"),
    ("Two of the harbor judges were appointed by Governor Ana Ruiz.", "Governor Ana Ruiz"),
    ("Last winter the town council lifted its curfew on the docks.", "the town council"),
    ("The fishing quota imposed by the Coast Authority angered the crews.", "the Coast Authority"),
    ("Norway and Chile signed a treaty on krill in 2019.", "Norway and Chile"),
])
def test_official_act_of_a_named_actor(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.rule == "official-act" and a.source == source


@pytest.mark.parametrize("text", [
    "The crane lifted the crate onto the pier.",
    "The striker passed the ball to the winger.",
    "Anyone appointed to the harbor board must live on the island.",
    "The newly appointed skipper checked the nets.",
    "A ferry passed the lighthouse at noon.",
])
def test_official_act_guard(analyzer, text):
    assert not att(analyzer, text).sourced


@pytest.mark.parametrize("text,source", [
    ("The pier closed after the governor's decision to cut the dredging budget.", "the governor's"),
    ("Lindqvist's repeated attacks on the harbor board won him few friends.", "Lindqvist's"),
    ("A decision by the port authority to raise fees surprised the crews.", "the port authority"),
    ("The union's endorsement of the plan came late.", "The union's"),
])
def test_owned_act_is_its_owner_s(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.rule == "owned-act" and a.source == source


@pytest.mark.parametrize("text", [
    "The decision to close the pier came late on Friday.",
    "My decision to sell the boat was a hard one.",
    "The storm's attack on the seawall lasted all night.",
    "The pier's support for the old crane was rotten.",
])
def test_owned_act_guard(analyzer, text):
    assert not att(analyzer, text).sourced


@pytest.mark.parametrize("text,source", [
    ("The mayor stopped short of criticizing the harbor board.", "The mayor"),
    ("The senator refrained from endorsing either ferry plan.", "The senator"),
])
def test_cue_in_ing_after_of_or_from_is_the_subject_s(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.rule == "prep-gerund-cue" and a.source == source


@pytest.mark.parametrize("text", [
    "The cost of announcing the timetable early was high.",
    "Instead of explaining the delay, the captain left the bridge.",
    "The art of speaking in public is rarely taught on the island.",
])
def test_cue_in_ing_after_of_guard(analyzer, text):
    assert not att(analyzer, text).sourced


@pytest.mark.parametrize("text,source", [
    ("The dredging plan won early backing from the harbor council.", "the harbor council"),
    ("The fare rise met swift criticism from Senator Ana Ruiz.", "Senator Ana Ruiz"),
])
def test_reaction_from_a_named_source(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.rule == "reaction-from" and a.source == source


@pytest.mark.parametrize("text", [
    "The bridge needs more support from steel cables.",
    "The response from the pumps was slow in the cold.",
])
def test_reaction_from_guard(analyzer, text):
    assert not att(analyzer, text).sourced


@pytest.mark.parametrize("text,source", [
    ("He drove to the docks to question the crews.", "He"),
    ("She flew to the island to praise the rescue teams.", "She"),
    ("Ruiz appeared on the harbor radio show on Sunday to discuss the levy.", "Ruiz"),
])
def test_infinitive_cue_after_a_purpose_phrase(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.rule == "infinitive-cue" and a.source == source


@pytest.mark.parametrize("text", [
    "From praise to blame the mood on the quay swung quickly.",
    "Having the skipper rely on a pilot to discuss the tides was odd.",
])
def test_infinitive_cue_guard(analyzer, text):
    assert not att(analyzer, text).sourced


@pytest.mark.parametrize("text", [
    "The ferry left on time, according to plan.",
    "Berths are priced according to demand.",
    "He counts as overweight according to his body mass index.",
    "The crews voted according to their religious convictions.",
    "Ferry fares vary according to the region.",
])
def test_according_to_a_plan_or_standard_is_no_source(analyzer, text):
    assert not att(analyzer, text).sourced


def test_according_to_a_person_named_with_a_standard_word_still_counts(analyzer):
    a = att(analyzer, "According to the plan's author, fees will rise.")
    assert a.sourced and a.rule == "according-to" and a.source == "the plan's author"


@pytest.mark.parametrize("text,source", [
    ("The new ferry timetable angered harbor officials.", "harbor officials"),
    ("The pier stayed shut all summer, frustrating Mayor Ana Ruiz.", "Mayor Ana Ruiz"),
    ("The long delay annoyed them.", "them"),
])
def test_emotion_object_holds_the_feeling(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.rule == "emotion-object" and a.source == source


@pytest.mark.parametrize("text", [
    "The frustrated skippers left the quay early.",
    "Safety worries have slowed the ferry refit.",
    "A stunning sunset closed the regatta.",
    "Ferry stocks shrugged off worries over the Harbor Board vote.",
    "The pier stayed shut amid worries about Port Ellis traffic.",
])
def test_emotion_object_guard(analyzer, text):
    assert not att(analyzer, text).sourced


@pytest.mark.parametrize("text,source", [
    ("Senator Ana Ruiz renewed her attacks on the harbor board.", "Senator Ana Ruiz"),
    ("Senator Ana Ruiz stood by her claim that the pier was unsafe.", "Senator Ana Ruiz"),
    ("Dock workers renewed their criticism of the levy.", "Dock workers"),
])
def test_possessive_pronoun_owner_is_the_sentence_subject(analyzer, text, source):
    # the subject of the same clause, not the source named in the sentence before
    a = att(analyzer, "The mayor spoke on Monday. " + text, 1)
    assert a.sourced and a.source == source and a.resolved_from is None


@pytest.mark.parametrize("text", [
    "Senator Ana Ruiz renewed his attacks on the harbor board.",  # gender does not fit
    "The ferry timetable drew his criticism of the levy.",  # the subject names no one
    "Lund said that the council would weigh his attacks on the board.",  # another clause
])
def test_possessive_pronoun_owner_not_the_subject_is_carried_over(analyzer, text):
    a = att(analyzer, "Mayor Tom Hale spoke on Monday. " + text, 1)
    assert a.sourced and "Ruiz" not in a.source and "timetable" not in a.source


@pytest.mark.parametrize("text,source", [
    ("Ruiz went to the docks to question the crews.", "Ruiz"),
    ("Lindqvist took to the radio to accuse the harbor board.", "Lindqvist"),
    ("The senator flew to the island on Sunday to discuss the levy.", "The senator"),
])
def test_source_phrase_never_ends_in_its_verb(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source


@pytest.mark.parametrize("text,source", [
    ("The dredging levy is backed by Senator Ana Ruiz.", "Senator Ana Ruiz"),
    ("The ferry plan was supported by the island council.", "the island council"),
])
def test_stance_in_the_passive_with_a_named_agent(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.rule == "passive-agent" and a.source == source


@pytest.mark.parametrize("text", [
    "The new quay is supported by concrete piles.",
    "The loan was backed by the family house.",
    "The bridge deck was backed by Acme Steel girders.",
])
def test_stance_in_the_passive_guard(analyzer, text):
    assert not att(analyzer, text).sourced


@pytest.mark.parametrize("text", [
    "Nobody on the island checked his tax claims.",
    "The skipper walked back her travel plans after the storm.",
])
def test_noun_homograph_in_an_owned_compound_is_a_noun(analyzer, text):
    assert not att(analyzer, text).sourced


def test_plural_after_a_possessive_is_still_a_subject(analyzer):
    a = att(analyzer, "His aides claim the pier is safe.")
    assert a.sourced and a.source == "His aides"


def test_stance_as_a_second_verb_after_or(analyzer):
    a = att(analyzer, "The council could scrap the levy or decline to defend it in court.")
    assert a.sourced and a.rule == "coordinated-cue" and a.source == "The council"


def test_quantity_as_subject_of_a_second_verb_is_no_speaker(analyzer):
    assert not att(analyzer, "Fares may rise or decline to earlier levels.").sourced


@pytest.mark.parametrize("text,source", [
    ("The blunt remarks from Senator Ana Ruiz surprised nobody.", "Senator Ana Ruiz"),
    ("Testimony from Mayor Tom Hale lasted two hours.", "Mayor Tom Hale"),
])
def test_words_from_a_named_speaker(analyzer, text, source):
    # a speech noun before "from" is a noun ("remarks from", not the verb "remarks"), and the
    # source ends before the sentence's verb
    a = att(analyzer, text)
    assert a.sourced and a.rule == "reaction-from" and a.source == source


@pytest.mark.parametrize("text", [
    "Monthly statements from the bank arrive by post.",
    "The speech from the balcony was short.",
])
def test_words_from_no_speaker_guard(analyzer, text):
    assert not att(analyzer, text).sourced


def test_subject_pronoun_after_a_clause_that_is_no_name_is_carried_over(analyzer):
    text = "Mayor Tom Hale said the ferry was late. The ferry left early, and he said the pier was unsafe."
    a = att(analyzer, text, 1)
    assert a.sourced and a.source == "Mayor Tom Hale" and a.resolved_from == "he"


@pytest.mark.parametrize("text,source", [
    ("At the hearing, Ruiz cited Lund's past remarks about the pier as proof.", "Ruiz"),
    ("Lund cited his own endorsements from 88 skippers.", "Lund"),
    ("Lund cited his own endorsements from 88 skippers and pilots Tuesday.", "Lund"),
])
def test_what_a_speaker_cites_with_an_owner_is_no_relay(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.rule == "subject-cue" and a.source == source


def test_a_relayed_owned_speaker_is_still_a_chain(analyzer):
    a = att(analyzer, "Reuters cited the ministry's spokesman as saying the port was shut.")
    assert a.rule == "chain" and a.source == "the ministry's spokesman" and a.via == "Reuters"


@pytest.mark.parametrize("text", [
    "The council would need a clear majority to confirm two harbor judges.",
    "The assembly confirmed the nominee on Tuesday.",
])
def test_confirming_an_appointee_is_no_speech(analyzer, text):
    assert not att(analyzer, text).sourced


def test_confirming_a_report_is_still_speech(analyzer):
    a = att(analyzer, "The harbor office confirmed the report on Monday.")
    assert a.sourced and a.source == "The harbor office"


def test_an_account_chronicled_by_a_person(analyzer):
    a = att(analyzer, "Ruiz chronicled the harbor's decline in a memoir.")
    assert a.sourced and a.source == "Ruiz"
    assert not att(analyzer, "The old logbook chronicles the storms of 1953.").sourced


@pytest.mark.parametrize("text", [
    "The harbor master resigned amid allegations of fraud.",
    "The vote went ahead amid accusations of bias.",
    "The count was halted amid claims that ballots were lost.",
])
def test_amid_allegations_is_vague(analyzer, text):
    a = att(analyzer, text)
    assert a.sourced and a.kind == "vague" and a.rule == "vague-cue"


def test_amid_without_allegations_is_no_attribution(analyzer):
    assert not att(analyzer, "The ferry sailed amid high winds and rain.").sourced


@pytest.mark.parametrize("text", [
    "Tariffs, she told the growers' meeting, are a tax on the people who buy the fruit.",
    "Harvests have shrunk since the frost, she said, and the co-op kept no records.",
])
def test_a_pronoun_speech_tag_is_not_the_contents_subject(analyzer, text):
    """The subject of the reported content is never the speaker of a set-off 'she said' tag."""
    a = att(analyzer, text)
    assert a.sourced and a.source == "she", a


@pytest.mark.parametrize("text, source", [
    ("The statement also quotes from the harbor board's letters to the council saying fees cannot rise again.",
     "The statement"),
    ("The remarks also drew on the harbor board's letters to the council saying fees cannot rise again.",
     "The remarks"),
])
def test_a_speech_noun_after_an_article_is_the_subjects_noun_not_its_verb(analyzer, text, source):
    """A source is never a lone article: the word right after "The" is its noun, even when the
    same word can be a speech cue ("statement", "memo")."""
    a = att(analyzer, text)
    assert a.sourced and a.source == source, a


# ---------------------------------------------------------------- issue 18: rules read on the tuned part
@pytest.mark.parametrize("text", [
    "A skipper said the nets were torn. In the early '90s, Ruiz ran a small boatyard on the quay.",
    "A skipper said the nets were torn. Back in the ’70s, the ferry ran twice a day.",
])
def test_elided_decade_is_no_quotation(analyzer, text):
    assert sourced(analyzer, text) == [True, False]


def test_elided_decade_inside_a_single_quoted_quotation(analyzer):
    a = att(analyzer, "‘In the ’80s we built our own boats,’ the skipper said.")
    assert a.sourced and a.source == "the skipper" and a.rule == "quote-cue"


def test_post_in_markup_is_a_quote_of_its_author(analyzer):
    text = ("The fees start in June.\n\n"
            '<tweet pic="pic.example/1" author="sigridnes" timestamp="1777000000">We pay to land our own catch. '
            "Shameful.</tweet>\n\nThe harbor office said the fees pay for new lights.")
    r = analyzer.analyze(text)
    got = [(s.attribution.sourced, s.attribution.source, s.attribution.rule) for s in r.sentences]
    assert got[0] == (False, None, None)
    assert got[1] == got[2] == (True, "sigridnes", "post-markup")
    assert got[3][:2] == (True, "The harbor office")


@pytest.mark.parametrize("text", [
    'The fees start in June.\n\n<tweet tweet-id="783"></tweet>.\n\nThe quay was quiet.',
    'The fees start in June.\n\n<div author="The page put a whole sentence here by mistake">'
    "The quay was quiet.</div>",
])
def test_post_markup_without_an_author_or_text_is_no_quote(analyzer, text):
    assert not any(sourced(analyzer, text))


def test_markup_attribute_value_is_no_quotation(analyzer):
    text = 'The fees start in June.\n\n<p title="Five new berths open on the north quay">The quay was quiet.</p>'
    assert sourced(analyzer, text) == [False, False]


@pytest.mark.parametrize("text,source", [
    ("Similar claims made by Senator Ana Ruiz were rated false by the Ledger.", "Senator Ana Ruiz"),
    ("The remarks delivered by the port director on Monday drew applause.", "the port director"),
    ("A speech by Lund opened the net-mending fair.", "Lund"),
])
def test_words_by_a_named_speaker(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.rule == "words-by" and a.source == source


@pytest.mark.parametrize("text", [
    "The mining claims by the river were staked in 1850.",
    "Ruiz's speech by the fire was short.",
    "The comments made by the side of the road were lost in the wind.",
])
def test_words_by_guard(analyzer, text):
    assert not any(sourced(analyzer, text))


@pytest.mark.parametrize("text", [
    "A deckhand who steals a net is fired, the skipper said. Bank chiefs aren't.",
    "Ruiz said the crews would be paid. But the pilots won't.",
])
def test_elliptical_sentence_continues_the_speaker(analyzer, text):
    r = analyzer.analyze(text)
    a = r.sentences[1].attribution
    assert a.sourced and a.rule == "ellipsis-continuation" and a.source == r.sentences[0].attribution.source


@pytest.mark.parametrize("text", [
    "Ruiz said the pier would hold. It didn't.",
    "Lund said someone would pay for the spill. Nobody did.",
    "The ferry was late again on Monday. The bus wasn't.",
    "Ruiz said the pier would hold. The storm tore the quay apart and the night crews could not.",
])
def test_elliptical_sentence_guard(analyzer, text):
    assert not analyzer.analyze(text).sentences[1].attribution.sourced


@pytest.mark.parametrize("text", [
    "There has been much speculation in the weeks before the vote as to whether the harbor board will resign.",
    "There was talk of a strike among the net menders.",
    "There is growing concern about the old pier.",
])
def test_talk_after_there_is_is_vague(analyzer, text):
    a = att(analyzer, text)
    assert a.sourced and a.rule == "there-is-talk" and a.kind == "vague"


@pytest.mark.parametrize("text", [
    "There is no doubt about the outcome of the regatta.",
    "There is little concern about the weather this week.",
    "There was a lot of debate at the hall, and then everyone went home.",
])
def test_talk_after_there_is_guard(analyzer, text):
    assert not any(sourced(analyzer, text))


@pytest.mark.parametrize("text", [
    "Ruiz said the harbor office failed the crews. Skippers got bills in the mail they never asked for.",
    "Ruiz said the harbor office failed the crews. The crews were charged fees they had not agreed to.",
])
def test_cue_in_a_contact_relative_clause_is_no_attribution(analyzer, text):
    assert sourced(analyzer, text) == [True, False]


def test_cue_in_a_contact_relative_subject_still_speaks(analyzer):
    a = att(analyzer, "The crews we spoke to said the pier was unsafe.")
    assert a.sourced and a.source == "The crews we spoke to"


def test_noun_homograph_after_a_comma_needs_a_named_head(analyzer):
    text = "The channel aired rumors, posted one-sided news from Norway and showed grim pictures of the coast."
    assert sourced(analyzer, "Update.\n\n" + text) == [False, False]
    a = att(analyzer, "The quay will close in May, reported the Harbor Ledger.")
    assert a.sourced and a.source == "the Harbor Ledger"


@pytest.mark.parametrize("text,source", [
    ("She declined that assignment and moved to the island paper.", "She"),
    ("The mayor refused the offer of a second term on the board.", "The mayor"),
    ("Ruiz turned down the nomination in March.", "Ruiz"),
])
def test_refused_offer_is_a_stance(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.rule == "refused-offer" and a.source == source


@pytest.mark.parametrize("text", [
    "Sales declined 5 percent last year.",
    "Her health declined over the winter.",
    "He turned down the radio in the wheelhouse.",
    "The old engine refused the cheap fuel.",
])
def test_refused_offer_guard(analyzer, text):
    assert not any(sourced(analyzer, "Update.\n\n" + text))


@pytest.mark.parametrize("text,source", [
    ("Tom Lund released his returns in 2012, even though they showed an offshore account.", "Tom Lund"),
    ("The candidate has not released his 2014 federal tax returns.", "The candidate"),
])
def test_released_records_is_a_public_act(analyzer, text, source):
    a = att(analyzer, "Update.\n\n" + text, 1)
    assert a.sourced and a.rule == "released-records" and a.source == source


@pytest.mark.parametrize("text", [
    "The band released its new album in May.",
    "The harbor firm posted its quarterly results.",
    "The crew released the nets from the winch.",
])
def test_released_records_guard(analyzer, text):
    assert not any(sourced(analyzer, "Update.\n\n" + text))


def test_documents_as_a_verb_of_a_named_subject(analyzer):
    a = att(analyzer, "With her new film, Ruiz both documents the boom in harbor fees and the profits of the firms.")
    assert a.sourced and a.source == "Ruiz" and a.cue == "documents"


@pytest.mark.parametrize("text", [
    "However, documented cases of net theft are rare.",
    "The logbook documents every storm since 1950.",
])
def test_documents_guard(analyzer, text):
    assert not any(sourced(analyzer, "Update.\n\n" + text))


def test_cue_in_ing_after_of_or_from_with_a_pointing_it(analyzer):
    text = "The port authority says the quay needs repairs. But it has held back from criticizing the harbor crews."
    a = analyzer.analyze(text).sentences[1].attribution
    assert a.sourced and a.rule == "prep-gerund-cue" and a.source == "it"


@pytest.mark.parametrize("text", [
    "It is a way of saying no to the levy.",
    "It comes from knowing the sea.",
])
def test_expletive_it_before_of_or_from_is_no_speaker(analyzer, text):
    assert not any(sourced(analyzer, "Update.\n\n" + text))


@pytest.mark.parametrize("text,source", [
    ("Some forty people rallied outside the harbor office on Friday.", "forty people"),
    ("Residents rallied against the ferry levy at the town hall.", "Residents"),
    ("Thousands marched for cleaner harbors on Saturday.", "Thousands"),
])
def test_protest_by_people_is_a_stance(analyzer, text, source):
    a = att(analyzer, "Update.\n\n" + text, 1)
    assert a.sourced and source in a.source


@pytest.mark.parametrize("text", [
    "Shares rallied for a third day.",
    "The dollar rallied against the euro.",
    "The band marched for an hour along the quay.",
    "The team rallied for a late win.",
])
def test_protest_verbs_guard(analyzer, text):
    assert not any(sourced(analyzer, "Update.\n\n" + text))


@pytest.mark.parametrize("text, source", [
    ('"We will not pay," Councillor Ines Aldana, D-Ore., the former chair of the panel on Ports, Rail and '
     'Roads, said in a statement.', "Councillor Ines Aldana, D-Ore."),
    ('"The levy goes," Mayor Tomas Greer, the former head of the board on ferries, buses and trams, said.',
     "Mayor Tomas Greer, the former head of the board on ferries"),
    ('"It is settled," Tomas Greer, who sits on the boards of the school, the museum and the zoo, said.',
     "Tomas Greer, who sits on the boards of the school"),
])
def test_a_list_inside_an_apposition_does_not_become_the_source(analyzer, text, source):
    """The commas of a list ("on ferries, buses and trams") inside a long apposition are not the
    apposition's own commas: the source is the name before it, not the list's first item."""
    a = att(analyzer, text)
    assert a.sourced and a.source == source, a


def test_a_time_phrase_before_a_listing_subject_is_no_name(analyzer):
    a = att(analyzer, "And on Friday, the owners of six bakeries, including Rye House and Crumb, "
                      "sent a letter to the mayor outlining their worries.")
    assert a.source == "the owners of six bakeries", a


@pytest.mark.parametrize("text, source", [
    ("Okafor afterward said the tolls would stay.", "Okafor"),
    ("Okafor afterwards told the crews the tolls would stay.", "Okafor"),
    ("The harbor master herself said the tolls would stay.", "The harbor master"),
    ("Okafor twice warned that the tolls would stay.", "Okafor"),
])
def test_an_adverb_or_intensifier_between_subject_and_cue(analyzer, text, source):
    """'afterward', 'twice' and a reflexive intensifier ('herself') between the subject and its
    cue neither hide the cue nor join the source's name."""
    a = att(analyzer, text)
    assert a.sourced and a.source == source, a


@pytest.mark.parametrize("text,source", [
    ("Voters trust the harbor master more than the board.", "Voters"),
    ("Skippers resent the new levy on diesel.", "Skippers"),
])
def test_attitude_of_people_toward_someone(analyzer, text, source):
    a = att(analyzer, "Update.\n\n" + text, 1)
    assert a.sourced and a.source == source


@pytest.mark.parametrize("text", [
    "In that respect, the plan for the quay failed.",
    "The family trust paid for the new pier.",
    "With respect to the levy, nothing changed.",
])
def test_attitude_nouns_guard(analyzer, text):
    assert not any(sourced(analyzer, "Update.\n\n" + text))


@pytest.mark.parametrize("text,source", [
    ("I cannot fathom how the harbor board kept its seats.", "I"),
    ("Skippers dread the winter levy.", "Skippers"),
    ("The party embraced the quay plan in May.", "The party"),
])
def test_cognition_and_attitude_verbs(analyzer, text, source):
    a = att(analyzer, "Update.\n\n" + text, 1)
    assert a.sourced and a.source == source


@pytest.mark.parametrize("text", [
    "A sense of dread hung over the quay.",
    "She gave the old skipper a warm embrace.",
    "The water by the pier was only a fathom deep.",
])
def test_cognition_and_attitude_nouns_guard(analyzer, text):
    assert not any(sourced(analyzer, "Update.\n\n" + text))


@pytest.mark.parametrize("text,words", [
    ("Lund may keep his seat, yet his fellow skippers distrust him.", "fellow skippers"),
    ("His closest aides called the quay plan a mess.", "His closest aides"),
])
def test_someones_people_speak(analyzer, text, words):
    a = att(analyzer, "Update.\n\n" + text, 1)
    assert a.sourced and words in a.source


@pytest.mark.parametrize("text", [
    "Their own boats sank in the storm.",
    "Her old nets tore on the rocks.",
])
def test_someones_things_guard(analyzer, text):
    assert not any(sourced(analyzer, "Update.\n\n" + text))


def test_joy_of_a_person_is_attributed(analyzer):
    a = att(analyzer, "Update.\n\nShe was plainly rejoicing at the reopened ferry line.", 1)
    assert a.sourced and a.source == "She" and a.cue == "rejoicing"


@pytest.mark.parametrize("text", [
    "A marvel of engineering opened on the north quay.",
    "In despair, the crew left the boat.",
])
def test_joy_and_despair_nouns_guard(analyzer, text):
    assert not any(sourced(analyzer, "Update.\n\n" + text))


@pytest.mark.parametrize("text,source", [
    ("Her son likes to sail on Sundays.", "Her son"),
    ("The mayor would like to see a new quay by spring.", "The mayor"),
])
def test_liking_or_wish_to_do(analyzer, text, source):
    a = att(analyzer, "Update.\n\n" + text, 1)
    assert a.sourced and a.source == source


@pytest.mark.parametrize("text", [
    "It looks like rain later in the week.",
    "Nothing like it was ever built on the island.",
])
def test_like_as_a_preposition_guard(analyzer, text):
    assert not any(sourced(analyzer, "Update.\n\n" + text))


@pytest.mark.parametrize("text,source", [
    ("Ruiz devoted her attention to the harbor while in office.", "Ruiz"),
    ("The union has invested too much time and energy in the old quay.", "The union"),
])
def test_devoted_effort_is_a_stance(analyzer, text, source):
    a = att(analyzer, "Update.\n\n" + text, 1)
    assert a.sourced and a.rule == "devoted-effort" and a.source == source


@pytest.mark.parametrize("text", [
    "The fund invested 5 million crowns in the fleet.",
    "The crew poured water into the hold.",
    "Time and energy went into the new quay.",
])
def test_devoted_effort_guard(analyzer, text):
    assert not any(sourced(analyzer, "Update.\n\n" + text))


# ---------------------------------------------------------------- fresh-article misses (issue 17 round)
@pytest.mark.parametrize("text,source", [
    ("Economists at Itaú Unibanco estimate that coffee exports could fall by a fifth this year.",
     "Economists at Itaú Unibanco"),
    ("Analysts at the bank forecast a 2 percent rise in rates.", "Analysts at the bank"),
    ("Officials in Kano claim the pipeline was sabotaged.", "Officials in Kano"),
])
def test_plural_source_noun_with_a_placing_phrase_before_a_bare_cue(analyzer, text, source):
    a = att(analyzer, "Update.\n\n" + text, 1)
    assert a.sourced and a.rule == "subject-cue" and a.source == source


@pytest.mark.parametrize("text", [
    "Heavy trucks on the bridge stress the old pilings.",
    "Dozens of boats from the fleet claim the best berths every spring.",
])
def test_plural_thing_with_a_placing_phrase_guard(analyzer, text):
    assert not any(sourced(analyzer, "Update.\n\n" + text))


@pytest.mark.parametrize("text,source", [
    ('The council voted to close the shelter, a decision that advocates called "a cruel betrayal" '
     "of the city's most vulnerable residents.", "advocates"),
    ('The council closed the shelter, in what advocates called \"a cruel betrayal\".', "advocates"),
    ('The shelter, which parents call "the Ark", closed.', "parents"),
])
def test_relative_clause_label_is_its_subject_s(analyzer, text, source):
    a = att(analyzer, "Update.\n\n" + text, 1)
    assert a.sourced and a.kind == "direct" and a.source == source


@pytest.mark.parametrize("text,source", [
    ("One woman said she had waited four hours for two buckets.", "One woman"),
    ("Two men said the boat had capsized near the reef.", "Two men"),
    ("“The pier is a lost cause,” as one skipper put it.", "one skipper"),
])
def test_a_number_word_opens_a_speaker_s_phrase(analyzer, text, source):
    a = att(analyzer, "Update.\n\n" + text, 1)
    assert a.sourced and a.source == source


@pytest.mark.parametrize("text,source,via", [
    ("The minister was quoted by state television as saying the army would defend the nation.",
     "The minister", "state television"),
    ('A spokesman for the army, Brig. Gen. Nabil Abdalla, was quoted by state television as saying the '
     'military "remains committed to peace but will defend the nation."',
     "A spokesman for the army, Brig. Gen. Nabil Abdalla", "state television"),
    ("Lund was quoted by the Ledger as saying the levy was dead.", "Lund", "the Ledger"),
])
def test_passive_relay_the_subject_speaks_via_the_agent(analyzer, text, source, via):
    a = att(analyzer, "Update.\n\n" + text, 1)
    assert a.sourced and a.rule == "chain" and a.source == source and a.via == via


def test_a_lone_surname_takes_the_gender_of_its_full_name(analyzer):
    text = ('"People are eating leaves," said Amira Hassan, a nurse in El Fasher. The State Department '
            'called the situation "catastrophic." Hassan said the last convoy came in March.\n\n'
            '"Nobody is coming," she said.')
    a = att(analyzer, text, 3)
    assert a.source == "Hassan" and a.resolved_from == "she"


def test_gender_of_a_surname_is_not_its_given_name_sense():
    from biaslens.analyzer import default_analyzer
    from biaslens.attribute import source_gender

    names = default_analyzer()._attribution.given_names
    assert source_gender("Nour Hassan, a nurse", names) is None  # Hassan is the surname; Nour is of both
    assert source_gender("Amira Hassan, a nurse", names) == "f"  # Amira's, not Hassan's
    assert source_gender("Hassan Rouhani", names) == "m"


@pytest.mark.parametrize("text,source", [
    ('The inquiry, led by retired judge Margaret Doyle, found "systemic failures" in how beds were managed.',
     "The inquiry"),
    ("An investigation by the newspaper found that the contracts were rigged.",
     "An investigation by the newspaper"),
])
def test_an_inquiry_finds_like_a_report(analyzer, text, source):
    a = att(analyzer, "Update.\n\n" + text, 1)
    assert a.sourced and a.source == source


def test_a_word_after_a_possessive_is_no_verb_of_the_subject(analyzer):
    text = ("A spokesman for Tanzania's trade ministry, reached by telephone, declined to comment further "
            'but said Dar es Salaam "regrets" the decision.')
    assert att(analyzer, "Update.\n\n" + text, 1).source == "A spokesman for Tanzania's trade ministry"


@pytest.mark.parametrize("text,source", [
    ("Tanzanian officials expressed disappointment.", "Tanzanian officials"),
    ("The union voiced displeasure at the deal.", "The union"),
])
def test_stance_nouns_after_a_light_verb(analyzer, text, source):
    a = att(analyzer, "Update.\n\n" + text, 1)
    assert a.sourced and a.source == source


@pytest.mark.parametrize("text,source", [
    ('In a joint letter to Congress, the leaders of three tribes called the bill "the latest in a long '
     'line of broken promises."', "the leaders of three tribes"),
    ('"We are done," said the leaders of 12 unions.', "the leaders of 12 unions"),
])
def test_a_source_phrase_runs_over_of_and_a_count(analyzer, text, source):
    a = att(analyzer, "Update.\n\n" + text, 1)
    assert a.sourced and a.source == source


@pytest.mark.parametrize("text", [
    "As the old saying goes, all politics is local.",
    "As the saying went, the harbor never sleeps.",
])
def test_the_noun_saying_is_no_cue(analyzer, text):
    assert not any(sourced(analyzer, "Update.\n\n" + text))


def test_criticism_with_its_critics_named_after_from(analyzer):
    a = att(analyzer, "Update.\n\nThe decision drew sharp criticism from opposition lawmakers.", 1)
    assert a.sourced and a.rule == "reaction-from" and a.source == "opposition lawmakers"


def test_criticism_from_a_time_stays_vague(analyzer):
    a = att(analyzer, "Update.\n\nThe plan has faced criticism from the start.", 1)
    assert a.sourced and a.kind == "vague" and a.source is None


@pytest.mark.parametrize("text,source", [
    ("The city council voted 5-2 on Tuesday to close the shelter.", "The city council"),
    ("The House Oversight Committee voted 19-15 along party lines, to send the resolution to the floor.",
     "The House Oversight Committee"),
])
def test_a_vote_to_act_is_an_official_act(analyzer, text, source):
    a = att(analyzer, "Update.\n\n" + text, 1)
    assert a.sourced and a.rule == "official-act" and a.source == source


@pytest.mark.parametrize("text", [
    "Would you still vote for her?",
    "In 1998, in the Senate's 80-19 vote for admitting Poland, both parties split.",
])
def test_a_vote_to_act_guard(analyzer, text):
    assert not any(sourced(analyzer, "Update.\n\n" + text))


def test_a_polling_average_is_data(analyzer):
    text = "POLITICO's Battleground States average shows Clinton ahead by 3.7 percentage points."
    a = att(analyzer, "Update.\n\n" + text, 1)
    assert a.sourced and a.kind == "data" and a.source == "POLITICO's Battleground States average"


@pytest.mark.parametrize("text,source", [
    ("The pier must close, in Ruiz's view.", "Ruiz's"),
    ("The pier must close, in Ana Ruiz's own words.", "Ana Ruiz's"),
])
def test_closing_frame_owned_by_a_name(analyzer, text, source):
    a = att(analyzer, "Update.\n\n" + text, 1)
    assert a.sourced and a.rule == "perspective-frame" and a.source == source


def test_closing_frame_guard(analyzer):
    assert not any(sourced(analyzer, "Update.\n\nShe waited in Lund's office."))


def test_cue_then_adverb_then_colon(analyzer):
    a = att(analyzer, 'Update.\n\nRuiz put it bluntly: "The pier is a death trap."', 1)
    assert a.sourced and a.kind == "colon" and a.source == "Ruiz"


@pytest.mark.parametrize("text,source", [
    ("A majority of respondents said they trusted the police.", "A majority of respondents"),
    ("A handful of experts said the dam was unsafe.", "A handful of experts"),
])
def test_a_quantity_of_speakers_is_the_source(analyzer, text, source):
    a = att(analyzer, "Update.\n\n" + text, 1)
    assert a.sourced and a.source == source


def test_he_or_she_never_resolves_to_a_plural_source(analyzer):
    text = ('"They made us watch," Younis said.\n\nLocal officials say they want to revive the street.\n\n'
            '"A city without books is a city without a memory," he said.')
    a = att(analyzer, text, 2)
    assert a.source == "he" and a.resolved_from is None  # not the officials; past them, not clear


@pytest.mark.parametrize("text,source", [
    ("According to a person familiar with the matter, the deal is close.", "a person familiar with the matter"),
    ('"The deal is close," said a person familiar with the talks.', "a person familiar with the talks"),
    ("A ministry report seen by Reuters said the pier was unsafe.", "A ministry report seen by Reuters"),
])
def test_unnamed_source_formula_and_irregular_participle_stay_in_the_source(analyzer, text, source):
    a = att(analyzer, "Update.\n\n" + text, 1)
    assert a.sourced and a.source == source


def test_dash_dialogue_runs_to_the_end_of_its_paragraph(analyzer):
    r = analyzer.analyze("— We made a fair offer, the skipper said. The union never answered.\n\n"
                         "— That is not true, replied Ana Ruiz, a shop steward. We answered on Friday.")
    assert [s.attribution.source for s in r.sentences] == [
        "the skipper", "the skipper", "Ana Ruiz, a shop steward", "Ana Ruiz, a shop steward"]
    assert r.sentences[1].attribution.rule == "dialogue-continuation"


def test_a_dash_list_item_with_its_cue_first_does_not_run_on(analyzer):
    r = analyzer.analyze("— Police said the coast road was closed. The ferry sailed on time.")
    assert r.sentences[1].attribution.source != "Police"



@pytest.mark.parametrize("text,source", [
    ("New rules currently being considered by the Harbor Board majority do not go far enough.",
     "the Harbor Board majority"),
    ("Perhaps the pushback from the Harbor Board will raise the political cost.", "the Harbor Board"),
    ("President Ada Lund abruptly turned and walked away after telling a reporter to ask the ministry.",
     "President Ada Lund"),
    ("The F.B.I. had been under pressure, according to the F.B.I. Agents Association.",
     "the F.B.I. Agents Association"),
])
def test_a_source_phrase_ends_before_the_clauses_verb_and_its_adverb(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source


def test_a_long_apposition_before_the_cue_still_names_the_subject(analyzer):
    a = att(analyzer, "Ada Lund, an economics professor at the University of Arvand and another of the "
                      "signatories on the harbor funding letter, said the plan shows it is possible to pay for it.")
    assert a.sourced and a.source_name == "Ada Lund" and a.rule == "subject-cue"


def test_an_organisation_in_what_who_did_does_not_type_the_name(analyzer):
    a = att(analyzer, "Lund, who has aligned himself with the Harbor Workers Federation, said the plan was fair.")
    assert a.sourced and a.source_type == "person"


@pytest.mark.parametrize("text,source", [
    ("Responding to the statement from the ministry on the report, Harbor Editor-in-Chief Ana Ruiz said it stands "
     "by its reporting and asked the ministry to explain.", "Harbor Editor-in-Chief Ana Ruiz"),
    ('Speaking on "Harbor Talk," Sen. Ana Ruiz would not go that far but said the board must apologize.',
     "Sen. Ana Ruiz"),
    ("But Mr. Lund, of Arvand, called Friday for Mr. Brandt to \u201cuse the vote to challenge\u201d Mr. Ruiz at "
     "Monday\u2019s meeting, adding, \u201cWe cannot wait.\u201d", "Mr. Lund"),
    ('Despite Lund saying talks had "come a long way," the crews were gloomy.', "Lund"),
])
def test_the_subject_after_an_opening_phrase_or_conjunction(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source


def test_a_relative_clause_after_an_according_to_source_is_not_its_words(analyzer):
    r = analyzer.analyze('The levy would gut the harbor fund, according to Ada Lund, who blasted it as "reckless."')
    a = r.sentences[0].attribution
    assert a.source == "Ada Lund"
    assert [(h.term, h.voice) for h in r.sentences[0].hits if h.term in ("gut", "blasted")] == [
        ("gut", "quoted"), ("blasted", "writer")]


@pytest.mark.parametrize("text", [
    "The harbor levy that Ruiz promised was nothing but a smokescreen.",
    "The reform the mayor proposed is a disgrace.",
])
def test_a_relative_clause_whose_verb_takes_the_gap_as_object_attributes_nothing(analyzer, text):
    r = analyzer.analyze(text)
    assert not r.sentences[0].attribution.sourced
    assert all(h.voice == "writer" for h in r.sentences[0].hits)


def test_a_relative_clause_whose_verb_takes_a_clause_keeps_its_speaker(analyzer):
    a = att(analyzer, "Lund tossed a cup, which she said was filled with paint, from the gallery.")
    assert a.sourced and a.source == "she"


@pytest.mark.parametrize("text,source", [
    ("Hospital staff said the new rota would fail.", "Hospital staff"),
    ("Staffers said the memo had been leaked.", "Staffers"),
])
def test_unnamed_staff_are_an_anonymous_source(analyzer, text, source):
    a = att(analyzer, text)
    assert a.sourced and a.source == source and a.source_type == "anonymous"
