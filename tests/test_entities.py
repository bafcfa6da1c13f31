"""Entities: names, roles, speakers, coreference and framing, one purpose-written text per construction."""

import json

from biaslens.entities import entity_id


def report(analyzer, text):
    return analyzer.analyze(text)


def body(r):
    return [s for s in r.sentences if s.role == "body"]


def entity(r, name):
    return next(e for e in r.entities if e.name == name)


def target(r, term):
    return next(h.target for s in r.sentences for h in s.hits if h.text.lower() == term.lower())


# ---------------------------------------------------------------- names, titles, coordination
def test_coordinated_source_credits_both_speakers(analyzer):
    r = report(analyzer, "Trade Minister Lena Vasko and her Danish counterpart Erik Holm said the quota "
                         "talks would resume in March.")
    a = body(r)[0].attribution
    assert a.speaker == "Lena Vasko" and a.speakers == ("Lena Vasko", "Erik Holm")
    names = {s.name: s.type for s in r.sources}
    assert names == {"Lena Vasko": "official", "Erik Holm": "official"}


def test_title_is_a_role_not_part_of_the_name(analyzer):
    r = report(analyzer, "Norwegian Prime Minister Kari Lund said the ferry tax would be cut.")
    e = entity(r, "Kari Lund")
    assert e.type == "official" and e.roles == ("Norwegian Prime Minister",)
    assert body(r)[0].attribution.speaker == "Kari Lund"


def test_loaded_words_are_descriptors_never_part_of_a_name(analyzer):
    r = report(analyzer, "Regime propagandist Minister Tomas Arden said the border would close on Friday.")
    assert body(r)[0].attribution.speaker == "Tomas Arden"
    assert [s.name for s in r.sources] == ["Tomas Arden"]
    e = entity(r, "Tomas Arden")
    assert "propagandist" in [d.lower() for d in e.descriptors]
    assert target(r, "propagandist") == "Tomas Arden"


def test_description_without_a_name_is_a_group_not_a_named_source(analyzer):
    r = report(analyzer, "Shipyard welders in the northern port said the strike would go on all week.")
    assert body(r)[0].attribution.speaker == "Shipyard welders in the northern port"
    assert r.sources[0].type == "group"
    assert r.metrics.n_named_sources == 0


def test_a_listed_given_name_makes_a_two_word_name_a_person(analyzer):
    r = report(analyzer, "Officials met Duarte Cabral and Oksana Melnyk on Monday to discuss the quota.")
    assert entity(r, "Duarte Cabral").type == "person"
    assert entity(r, "Oksana Melnyk").type == "person"


def test_a_surname_with_the_other_gender_is_not_the_full_name(analyzer):
    r = report(analyzer, 'Helena Vasko opened the fair. "Prices will fall," Mr. Vasko said. Ms. Vasko smiled.')
    assert [s.attribution.speaker for s in body(r)][1] == "Vasko"
    assert entity(r, "Helena Vasko").type == "person" and len(entity(r, "Helena Vasko").mentions) == 2


def test_a_hospital_named_after_someone_is_no_person(analyzer):
    r = report(analyzer, "A doctor at Nasser Hospital said the generators had run out of fuel.")
    assert entity(r, "Nasser Hospital").type == "institution"


def test_a_state_that_speaks_is_a_place(analyzer):
    r = report(analyzer, "Portugal said the fishing grounds would stay open until the spring.")
    assert body(r)[0].attribution.speaker == "Portugal"
    assert entity(r, "Portugal").type == "place"


def test_relaying_outlet_is_listed_among_the_sources_as_relay(analyzer):
    r = report(analyzer, "AP quoted port officials as saying the old pier had collapsed overnight.")
    roles = {s.name: s.roles for s in r.sources}
    assert "relay" in roles.get("AP", ())


def test_entity_id_is_the_normalised_name_and_stable_across_articles(analyzer):
    one = report(analyzer, "Mayor Zoë Brandt said the tram line would open in June.")
    two = report(analyzer, "The tram line opened late, said Zoë Brandt, who had promised June.")
    ids = {e.id for e in one.entities} & {e.id for e in two.entities}
    assert entity_id("Zoë Brandt") == "zoe-brandt" and "zoe-brandt" in ids


# ---------------------------------------------------------------- coreference
def test_surname_resolves_to_the_full_name(analyzer):
    r = report(analyzer, "Anna Berg opened the new bridge on Monday.\n\n"
                         "“The toll will fall next year,” Ms. Berg said.")
    a = body(r)[1].attribution
    assert a.source == "Ms. Berg" and a.speaker == "Anna Berg" and a.coref == "name"


def test_pronoun_resolves_to_a_person_named_paragraphs_earlier(analyzer):
    r = report(analyzer, "Anna Berg opened the new bridge on Monday.\n\nTraffic was light all morning.\n\n"
                         "“It will pay for itself within ten years,” she said.")
    a = body(r)[2].attribution
    assert a.speaker == "Anna Berg" and a.coref == "pronoun"


def test_pronoun_skips_a_person_of_the_other_gender(analyzer):
    r = report(analyzer, "Anna Berg met Tom Lund at the harbour office.\n\n"
                         "“We will not sell the ferries,” she said.")
    assert body(r)[1].attribution.speaker == "Anna Berg"


def test_role_noun_resolves_to_the_entity_that_held_the_role(analyzer):
    r = report(analyzer, "Mayor Anna Berg opened the new bridge on Monday.\n\n"
                         "“The tolls will fall next year,” the mayor said.")
    a = body(r)[1].attribution
    assert a.speaker == "Anna Berg" and a.coref == "role noun"


def test_unresolved_role_noun_and_pronoun_stay_unresolved(analyzer):
    r = report(analyzer, "“The tolls will fall next year,” the mayor said.\n\n"
                         "“We will not sell the ferries,” she added.")
    for s in body(r):
        assert s.attribution.sourced and s.attribution.speaker is None and s.attribution.coref == "unresolved"


# ---------------------------------------------------------------- framing
def test_target_in_the_noun_phrase_after_the_term(analyzer):
    r = report(analyzer, "The so-called reformer Mira Sandvik announced new taxes on fishing boats.")
    assert target(r, "so-called") == "Mira Sandvik"
    assert "so-called" in entity(r, "Mira Sandvik").descriptors


def test_target_of_a_quoted_epithet_before_a_name(analyzer):
    r = report(analyzer, "Supporters of ‘Lord of the Docks’ Erik Varga gathered outside the court in Hull.")
    assert any(h.category == "scare" and h.target == "Erik Varga" for s in r.sentences for h in s.hits)


def test_target_is_the_subject_of_the_clause(analyzer):
    r = report(analyzer, "Portugal is meddling in the fishing disputes of its neighbours.")
    assert target(r, "meddling") == "Portugal"
    assert "meddling" in entity(r, "Portugal").targeted_by


def test_target_is_the_object_named_before_the_term(analyzer):
    r = report(analyzer, "The new treaty stops Portugal from meddling in the fishing vote.")
    assert target(r, "meddling") == "Portugal"


def test_target_in_apposition(analyzer):
    r = report(analyzer, "Erik Varga, a thug with a long record, won the harbour contract in Hull.")
    assert target(r, "thug") == "Erik Varga"


def test_no_target_when_the_sentence_names_no_one(analyzer):
    r = report(analyzer, "The storm was the worst ever seen on this coast.")
    assert all(h.target is None for s in r.sentences for h in s.hits)


# ---------------------------------------------------------------- outputs
def test_json_carries_entities_speakers_and_targets(analyzer):
    r = report(analyzer, "Regime propagandist Minister Tomas Arden said the border would close on Friday.")
    d = json.loads(r.to_json())
    assert d["schema_version"] == "2.0"
    names = {e["name"] for e in d["entities"]}
    a = d["paragraphs"][0]["sentences"][0]["attribution"]
    assert a["speaker"] in names and a["coref"] == "name"
    assert {h["target"] for s in d["paragraphs"][0]["sentences"] for h in s["hits"]} <= names | {None}
    e = next(e for e in d["entities"] if e["name"] == "Tomas Arden")
    assert set(e) >= {"id", "name", "type", "roles", "mentions", "quoted_sentences", "quoted_words", "descriptors",
                      "targeted_by", "tone"}
    assert e["quoted_sentences"] == [0] and e["quoted_words"] > 0 and e["tone"] in (-1, 0, 1)
    assert d["sources"][0]["roles"] == ["speaker"]


def test_entity_rows_for_csv(analyzer):
    r = report(analyzer, "Trade Minister Lena Vasko and her Danish counterpart Erik Holm said the quota "
                         "talks would resume in March.")
    rows = r.rows("entity")
    by_name = {row["name"]: row for row in rows}
    assert by_name["Lena Vasko"]["quoted_sentences"] == 1 and by_name["Lena Vasko"]["entity_id"] == "lena-vasko"
    assert abs(sum(row["share_of_voice"] for row in rows) - 1.0) < 0.01


def test_read_first_lists_sourced_sentences_with_writer_voice_loaded_words(analyzer):
    from biaslens.render.text import read_first

    r = report(analyzer, "Regime propagandist Minister Tomas Arden said the border would close on Friday.\n\n"
                         "“These thugs will pay,” Tomas Arden said.")
    flagged = read_first(r)
    assert [s.index for s in flagged] == [0]  # the quoted "thugs" alone keeps the second sentence out


def test_terminal_and_html_show_the_entity_table(analyzer):
    import io

    from biaslens.render.html import render_html
    from biaslens.render.text import render_text

    r = report(analyzer, "The so-called reformer Mira Sandvik announced new taxes on fishing boats.\n\n"
                         "“The boats will pay their share,” Mira Sandvik said.")
    buf = io.StringIO()
    render_text(r, buf, color=False, width=120)
    assert "Who is quoted, and how each is described" in buf.getvalue() and "Mira Sandvik" in buf.getvalue()
    page = render_html(r)
    assert 'id="e-mira-sandvik"' in page and 'class="ent ent-mira-sandvik"' in page
    assert "#e-mira-sandvik:target" in page


def test_named_speaker_inside_according_to_and_the_outlet_relays(analyzer):
    r = report(analyzer, "“We will not sell the ferries,” Mayor Anna Berg said at a rally, according to Reuters.")
    a = body(r)[0].attribution
    assert a.source == "Reuters" and a.speaker == "Anna Berg"
    assert {s.name: s.roles for s in r.sources} == {"Anna Berg": ("speaker",), "Reuters": ("relay",)}


def test_surname_wins_over_an_outlet_of_the_same_name(analyzer):
    r = report(analyzer, "Former Governor Tom Reuters criticised the ferry plan on Monday.\n\n"
                         "“It is a mistake,” Reuters said.\n\n“We will fight it,” he added.")
    assert [s.attribution.speaker for s in body(r)[1:]] == ["Tom Reuters", "Tom Reuters"]


def test_an_authored_document_speaks_for_the_entity_that_issued_it(analyzer):
    r = report(analyzer, "The Harbour Workers Union issued a statement on Sunday.\n\n"
                         "“The strike will go on,” the statement said.")
    a = body(r)[1].attribution
    assert a.speaker == "Harbour Workers Union" and a.coref == "document"


def test_a_lower_case_scare_quote_aims_at_the_subject_not_the_name_after_it(analyzer):
    r = report(analyzer, "Mayor Anna Berg said she “respects” Tom Lund and his ferry plan.")
    assert any(h.category == "scare" and h.target == "Anna Berg" for s in r.sentences for h in s.hits)


def test_a_body_role_noun_never_falls_back_to_the_last_speaker(analyzer):
    r = report(analyzer, "President Hassan Rouhani said the border was secure. The ministry said nothing more.")
    a = body(r)[1].attribution
    assert a.speaker is None and a.coref == "unresolved"
    assert "The ministry" in {s.name for s in r.sources}


def test_figures_from_an_office_credit_the_office_as_a_data_source(analyzer):
    r = report(analyzer, "Figures compiled by the Norland Statistics Office show exports fell by a third.")
    assert body(r)[0].attribution.speaker == "Norland Statistics Office"
    assert [(s.name, s.type) for s in r.sources] == [("Norland Statistics Office", "data")]


def test_cli_columns_documents_the_entity_level(cli):
    proc = cli("columns", "--level", "entity")
    out = proc.stdout.decode()
    assert proc.returncode == 0 and "entities.csv" in out and "share_of_voice" in out and "entity_id" in out


def test_the_sentence_after_a_name_s_closing_comma_is_no_description_of_it(analyzer):
    # "..., Hanna de Vries, said the company had offered retraining to every worker": the verb goes on
    r = report(analyzer, "A spokesman for the terminal, Hanna de Vries, said the company had offered "
                         "retraining to every affected worker.")
    assert all("offered" not in role for role in entity(r, "Hanna de Vries").roles)


def test_a_given_name_s_possessive_before_an_institution_word_is_part_of_its_name(analyzer):
    r = report(analyzer, "The victim was taken to St. Mary's Hospital, a spokeswoman said. Paul Mercer, a "
                         "professor at King's College London, said so. Iran's Foreign Ministry said no.")
    names = [e.name for e in r.entities]
    assert "St. Mary's Hospital" in names and "King's College London" in names
    assert "Hospital" not in names and "Foreign Ministry" in names  # an office's possessor stays apart


def test_a_venue_s_name_is_an_organisation_not_a_person_with_a_title(analyzer):
    # "Anchor" is a title ("news anchor"); before "Tavern" it is a word of the venue's name
    r = report(analyzer, "Officers were called to the Anchor Tavern on Dock Street shortly after 1 a.m.")
    assert [(e.name, e.type) for e in r.entities] == [("Anchor Tavern", "institution")]


def test_a_stock_listing_s_exchange_and_ticker_are_no_entities(analyzer):
    r = report(analyzer, "Shares in Korvane Systems (NASDAQ: KRVN) rose 12 percent on Thursday.")
    assert [e.name for e in r.entities] == ["Korvane Systems"]
