"""The pipeline end to end through the library: attribution, scoring, metrics, views."""

import json
import re

import pytest

from biaslens.columns import names


def first(report):
    return report.sentences[0] if report.paragraphs[0].role != "headline" else report.sentences[1]


def test_direct_quote_is_attributed_and_its_words_are_quoted(analyzer):
    r = analyzer.analyze("“The regime is meddling again,” said Foreign Minister Ann Lee on Monday.")
    s = r.sentences[0]
    assert s.attribution.sourced and s.attribution.kind == "direct"
    assert "Ann Lee" in s.attribution.source
    assert {h.voice for h in s.hits} == {"quoted"}


def test_according_to_names_media_source(analyzer):
    r = analyzer.analyze("According to the BBC, the army retook seven villages.")
    a = r.sentences[0].attribution
    assert (a.kind, a.source, a.source_type) == ("according_to", "the BBC", "media")


def test_chain_attribution_keeps_via(analyzer):
    r = analyzer.analyze("“Sixteen soldiers died,” AP quoted military officials.")
    a = r.sentences[0].attribution
    assert a.source == "military officials" and a.via == "AP" and a.source_type == "official"


def test_writer_voice_loaded_terms_count_and_quoted_ones_do_not(analyzer):
    writer = analyzer.analyze("The regime keeps meddling in its neighbours' affairs.")
    quoted = analyzer.analyze("“The regime keeps meddling in our affairs,” the minister said.")
    assert writer.metrics.loaded_count == 2 and writer.metrics.bias_score > 0
    assert quoted.metrics.loaded_count == 0 and quoted.metrics.quoted_loaded_count == 2
    assert quoted.metrics.bias_score == 0


def test_scare_quote_is_the_writers_device(analyzer):
    r = analyzer.analyze("The army says it has “improved” its positions near the border.")
    scare = [h for h in r.sentences[0].hits if h.category == "scare"]
    assert scare and scare[0].voice == "writer" and scare[0].text == "“improved”"


def test_bias_score_traces_to_contributions(analyzer):
    r = analyzer.analyze("The so-called reform is a disastrous giveaway by the regime.")
    total = sum(c.points for c in r.contributions)
    words = r.metrics.n_words
    assert r.metrics.bias_score == pytest.approx(100 * total / max(words, analyzer.weights.min_words), abs=1e-3)
    assert {c.term for c in r.contributions} >= {"so-called", "regime"}


def test_to_dict_follows_the_documented_schema(analyzer, samples):
    d = analyzer.analyze_file(samples[0]).to_dict()
    assert {"schema_version", "biaslens_version", "lexicons", "document", "metrics", "paragraphs",
            "sources"} <= d.keys()
    for lx in d["lexicons"]:
        assert {"name", "version", "sha256"} <= lx.keys() and len(lx["sha256"]) == 64
    p = d["paragraphs"][1]
    assert {"index", "text", "metrics", "sentences"} <= p.keys()
    s = p["sentences"][0]
    assert {"index", "paragraph", "text", "start", "end", "attribution", "hits", "sentiment"} <= s.keys()
    assert {"sourced", "kind", "source", "source_type", "cue", "via"} <= s["attribution"].keys()
    assert set(s["sentiment"]) == {"neg", "neu", "pos", "compound"}
    for src in d["sources"]:
        assert {"name", "type", "mentions"} <= src.keys()
    json.loads(analyzer.analyze_file(samples[0]).to_json())


@pytest.mark.parametrize("level", ["sentence", "paragraph", "article"])
def test_to_frame_has_the_csv_columns(analyzer, samples, level):
    df = analyzer.analyze_file(samples[-1]).to_frame(level)
    assert list(df.columns) == names(level)
    assert len(df) >= 1


def test_offsets_round_trip_on_every_sample(analyzer, samples):
    for path in samples:
        r = analyzer.analyze_file(path)
        for s in r.sentences:
            assert r.text[s.start:s.end] == s.text, path
            for h in s.hits:
                assert s.start <= h.start < h.end <= s.end
                assert r.text[h.start:h.end] == h.text, path
        if path.suffix in (".txt", ".md"):
            raw = path.read_text(encoding="utf-8")
            assert r.text == raw.replace("\u00a0", " ")


def test_analyze_text_offsets_index_the_given_string(analyzer):
    text = "Headline Words\n\n  First sentence here.\u00a0Second one, officials said.\n"
    r = analyzer.analyze(text)
    for s in r.sentences:
        assert text[s.start:s.end].replace("\u00a0", " ") == s.text


def test_analyzer_is_safe_to_share_between_threads(analyzer, samples):
    from concurrent.futures import ThreadPoolExecutor

    texts = [p.read_text(encoding="utf-8") for p in samples if p.suffix in (".txt", ".md")] * 4
    expected = [analyzer.analyze(t).to_json() for t in texts]
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda t: analyzer.analyze(t).to_json(), texts))
    assert got == expected


def test_module_level_helpers(samples):
    import biaslens

    r = biaslens.analyze("The regime said it would talk.")
    assert r.metrics.n_sentences == 1
    assert biaslens.analyze_file(samples[0]).document.path == str(samples[0])


def test_empty_text_is_an_input_error(analyzer):
    from biaslens import InputError

    with pytest.raises(InputError):
        analyzer.analyze("   ")


def test_json_word_counts_come_from_the_pipeline_not_a_second_tokenizing(analyzer, samples, monkeypatch):
    """Each sentence's n_words in the JSON is the word count the pipeline made (its word
    tokens); to_dict does not tokenize every sentence again, and the count is the text's."""
    import biaslens.report as report_mod
    from biaslens.tokens import count_words

    reports = [analyzer.analyze_file(p) for p in samples[:6]]
    sentences = [s for r in reports for s in r.sentences]
    assert sentences and all(s.n_words == count_words(s.text) for s in sentences)
    monkeypatch.setattr(report_mod, "count_words", lambda text: pytest.fail("to_dict counted words again"))
    for r in reports:
        r.to_dict()
    given = analyzer.analyze("The\u00a0mayor said\u200b no.\r\nVoters\u2009cheered.")
    assert [s.n_words for s in given.sentences] == [4, 2]


def _as_given_plain(report, given):
    """as_given's plain form: every text of the report cut again from the text shown."""
    from dataclasses import replace

    text = report.document.text
    if text == given or len(text) != len(given):
        return report
    shown = "".join(g if re.fullmatch(r"[^\S \n\t]|[\x00-\x08\x0e-\x1f\x7f-\x9f\u180e\u200b\ufeff]", g) else t
                    for t, g in zip(text, given, strict=True))

    def cut(hits):
        return tuple(replace(h, text=shown[h.start:h.end]) for h in hits)

    paragraphs = tuple(replace(p, text=shown[p.start:p.end], sentences=tuple(
        replace(s, text=shown[s.start:s.end], hits=cut(s.hits), hedges=cut(s.hedges)) for s in p.sentences))
        for p in report.paragraphs)
    return replace(report, document=replace(report.document, text=shown), paragraphs=paragraphs)


def test_as_given_rebuilds_only_what_holds_a_replaced_character_and_equals_the_plain_form(analyzer):
    from biaslens import ingest
    from biaslens.aggregate import as_given

    given = ("Plain opening paragraph, the mayor said.\n\nThe\u00a0minister slammed the\u00a0disgraceful plan. "
             "Critics agreed.\r\n\r\nA third paragraph with nothing odd in it.\n\nLast\u200bone, \u2028she wrote.")
    report = analyzer.analyze_document(ingest.read_text(given))
    shown = as_given(report, given)
    assert shown == _as_given_plain(report, given)
    assert shown.document.text == given
    assert shown.paragraphs[0] is report.paragraphs[0] and shown.paragraphs[2] is report.paragraphs[2]
    touched = shown.paragraphs[1]
    assert touched.text == given[touched.start:touched.end] and "\u00a0" in touched.sentences[0].text
    assert touched.sentences[1] is report.paragraphs[1].sentences[1]
    assert all(h.text == given[h.start:h.end] for p in shown.paragraphs for s in p.sentences for h in s.hits)
    assert as_given(report, report.document.text) is report
