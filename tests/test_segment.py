import pytest

from biaslens import ingest
from biaslens.paragraphs import dateline_end, timestamp_end
from biaslens.segment import SentenceSplitter, segment


@pytest.fixture(scope="module")
def splitter():
    return SentenceSplitter()


def split(splitter, text):
    return [text[a:b] for a, b in splitter.spans(text)]


@pytest.mark.parametrize("text,expected", [
    ("Fighting broke out on Sept. 27 in the region. It continued.",
     ["Fighting broke out on Sept. 27 in the region.", "It continued."]),
    ("Gen. Smith met Gov. Jones in the U.S. capital. They talked.",
     ["Gen. Smith met Gov. Jones in the U.S. capital.", "They talked."]),
    ("Mr. Brown of Acme Inc. and St. Louis Corp. agreed. Talks end Jan. 5.",
     ["Mr. Brown of Acme Inc. and St. Louis Corp. agreed.", "Talks end Jan. 5."]),
    ("The report was written by J. Smith and A. B. Jones last year. It was long.",
     ["The report was written by J. Smith and A. B. Jones last year.", "It was long."]),
    ("The U.N. said so. The U.S. The rest.", ["The U.N. said so.", "The U.S.", "The rest."]),
])
def test_news_abbreviations_do_not_end_sentences(splitter, text, expected):
    assert split(splitter, text) == expected


def test_split_after_closing_quote_when_sentence_ends_inside(splitter):
    text = "He said it was “over.” Then he left. She wrote ‘enough.’ Nobody replied."
    assert split(splitter, text) == ["He said it was “over.”", "Then he left.", "She wrote ‘enough.’",
                                     "Nobody replied."]


def test_question_in_quotes_followed_by_lowercase_cue_stays_one_sentence(splitter):
    text = "“Is it over?” he asked. “No!” said Smith. Then silence."
    assert split(splitter, text) == ["“Is it over?” he asked.", "“No!” said Smith.", "Then silence."]


def test_very_long_sentence_without_punctuation_is_covered(splitter):
    text = "word " * 25_000
    spans = splitter.spans(text.strip())
    assert spans[0][0] == 0 and spans[-1][1] == len(text.strip())
    assert all(b > a for a, b in spans)


def test_offsets_are_exact_into_the_given_text(splitter):
    raw = "Title Here\n\nA\u00a0first sentence.  A second one!\n\nThird para? Yes."
    doc = ingest.read_text(raw)
    seg = segment(doc, splitter)
    for s in seg.sentences:
        assert raw[s.start:s.end].replace("\u00a0", " ") == s.text
        for t in s.tokens:
            assert doc.text[t.start:t.end] == t.text
    assert [s.text for s in seg.sentences] == ["Title Here", "A first sentence.", "A second one!",
                                               "Third para?", "Yes."]


@pytest.mark.parametrize("para,role", [
    ("By Jane Roe and John Poe", "byline"),
    ("Reporting by Ann Lee; Editing by Tom Kay", "byline"),
    ("Proudly powered by WordPress | Theme: Journey Blog", "boilerplate"),
    ("© 2024 Example News. All rights reserved.", "boilerplate"),
    ("Share on Facebook", "boilerplate"),
    ("Protesters gather outside the ministry. (AP Photo/Jane Roe)", "caption"),
    ("The minister resigned on Friday, officials said.", "body"),
])
def test_paragraph_roles(splitter, para, role):
    doc = ingest.read_text(f"Some body text first, long enough to be a paragraph.\n\n{para}")
    seg = segment(doc, splitter)
    assert seg.paragraphs[1].role == role


@pytest.mark.parametrize("text,prefix", [
    ("WASHINGTON — Tom Berg said so.", "WASHINGTON — "),
    ("LONDON (Reuters) - Prices rose.", "LONDON (Reuters) - "),
    ("BEIJING, Oct. 3 (Xinhua) -- Trade grew.", "BEIJING, Oct. 3 (Xinhua) -- "),
    ("ICBPS- Turkish arms sales rose.", "ICBPS- "),
    ("US-backed forces advanced.", ""),
    ("The minister - who resigned - spoke.", ""),
])
def test_datelines(text, prefix):
    assert text[:dateline_end(text)] == prefix


@pytest.mark.parametrize("text,prefix", [
    ("8:05 a.m. ET\nThe weather service issued a warning.", "8:05 a.m. ET\n"),
    ("10:30 p.m. — The roads reopened.", "10:30 p.m. — "),
    ("14:05 GMT\nThe ferry sailed.", "14:05 GMT\n"),
    ("3.5 million people lost power.", ""),
    ("8:05 a.m. was when the alarm rang.", ""),
])
def test_live_blog_timestamps(text, prefix):
    assert text[:timestamp_end(text)] == prefix


def test_a_timestamp_line_is_no_part_of_the_entry_s_source_or_entities(analyzer):
    r = analyzer.analyze("Storm updates\n\n8:05 a.m. ET\nThe county said the river would crest tonight.\n\n"
                         "9:15 a.m. ET\nGov. Ada Morel said the shelters were open.")
    assert [s.attribution.source for s in r.sentences[1:]] == ["The county", "Gov. Ada Morel"]
    assert "ET" not in [e.name for e in r.entities]


def test_agency_credit_pattern_is_case_sensitive(analyzer):
    r = analyzer.analyze("Voters were split.\n\nThe Reuters/Norvik poll put the mayor ahead.")
    assert [p.role for p in r.paragraphs] == ["body", "body"]
    r = analyzer.analyze("Protesters marched on Sunday.\n\nREUTERS/Jane Doe")
    assert r.paragraphs[1].role == "caption"


def test_sentence_tokens_keys_and_word_counts_agree_with_the_tokenizer(splitter):
    from pathlib import Path

    from biaslens.tokens import count_words, keys, tokenize

    samples = Path(__file__).resolve().parent.parent / "samples"
    texts = [p.read_text(encoding="utf-8") for p in sorted(samples.glob("*.txt"))]
    texts.append("İstanbul’s mayor said: “So-called ‘reform’ costs 1,700 jobs, 95% of them!” — Σ.")
    for raw in texts:
        seg = segment(ingest.read_text(raw), splitter)
        for s in seg.sentences:
            toks = tokenize(s.text, s.start)
            assert s.words == [t.text for t in toks]
            assert s.starts == [t.start for t in toks]
            assert s.keys == keys(s.text) == tuple(t.norm for t in toks)
            assert s.n_words == count_words(s.text)
        for p in seg.paragraphs:  # aggregate counts a paragraph's words as its sentences' words
            assert sum(seg.sentences[i].n_words for i in p.sentences) == count_words(p.text) == p.n_words


@pytest.mark.parametrize("text,expected", [
    ("Gov. Ana Ruiz (D) said no. Others agreed.", ["Gov. Ana Ruiz (D) said no.", "Others agreed."]),
    ("He fell ill. Doctors expect him back.", ["He fell ill.", "Doctors expect him back."]),
    ("Voters said no. “We want change,” one said.", ["Voters said no.", "“We want change,” one said."]),
    ("The shot was a near miss. Supporters shrugged.", ["The shot was a near miss.", "Supporters shrugged."]),
    ("They said no.” Then they left.", ["They said no.”", "Then they left."]),
    # capitalised, the same words stay abbreviations
    ("It was No. 10 on the list. Then it fell.", ["It was No. 10 on the list.", "Then it fell."]),
    ("She lives in Springfield, Ill. with her son.", ["She lives in Springfield, Ill. with her son."]),
    ("Lt. Gov. Ana Ruiz and Asst. Sec. Bo Lin spoke.", ["Lt. Gov. Ana Ruiz and Asst. Sec. Bo Lin spoke."]),
])
def test_lower_case_word_is_not_an_abbreviation(splitter, text, expected):
    assert split(splitter, text) == expected


def test_follow_on_social_media_line_in_quotes_is_boilerplate():
    doc = ingest.read_text('The council met on Monday.\n\n"Follow Ana Ruiz on Twitter @anaruiz."\n\n'
                           '"Follow us on the long road," she said.')
    roles = [p.role for p in segment(doc, SentenceSplitter()).paragraphs]
    assert roles == ["body", "boilerplate", "body"]


# ---------------------------------------------------------------- Punkt shortcut
_WORDS = ["said", "Mr", "Gen", "U.S", "Jan", "no", "St", "etc", "vs", "Inc", "it", "a", "J", "Dr", "al", "Ph.D",
          "e.g", "i.e", "1990", "5", "No", "acting?", "Why?"]
_NEXTS = ["The", "the", "Smith", "Smith,", "Smith’s", "Smith's", "“We", '"We', "(AP)", "5", "5,", "Jr.", "”", '"',
          "’", "—", "--", "It", "In", "Mr.", "a.m.", "[1]", "@x", "$5", "#1", "Smith;", "Smith:", "Smith)",
          "Smith?”", "Smith!", "THE", "Ünal", "élan", "...", "However", "However,", "5.", "ok.", "1990s"]
_GRID = [f"Before {w}. {n} after." for w in _WORDS for n in _NEXTS] + \
        [f"Before {w}.{q} After." for w in _WORDS for q in ('"', "”", "’", "'")] + \
        [f"Before {w}{m} {n} after." for w in _WORDS for m in "?!" for n in _NEXTS]


def _plain_punkt():
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    from biaslens.lexicons import read_list

    params = PunktParameters()
    params.abbrev_types = set(read_list("segment/abbreviations.txt"))
    params.sent_starters = set(read_list("segment/sentence_starters.txt"))
    return PunktSentenceTokenizer(params)


def test_punkt_shortcut_splits_exactly_as_punkt(splitter):
    assert splitter._punkt.shortcut
    plain = _plain_punkt()
    paragraphs = _punkt_paragraphs()
    assert len(paragraphs) > 2250 and len(_GRID) > 2000
    for p in paragraphs:
        assert list(splitter._punkt.span_tokenize(p)) == list(plain.span_tokenize(p)), p


def _punkt_paragraphs() -> list[str]:
    from pathlib import Path

    samples = Path(__file__).parent.parent / "samples"
    paragraphs = [p for f in sorted(samples.iterdir()) if f.suffix in (".txt", ".md")
                  for p in ingest.read_file(f).text.split("\n\n") if p.strip()]
    guard = (Path(__file__).parent / "fixtures" / "attribution_guard.txt").read_text(encoding="utf-8")
    return paragraphs + [line for line in guard.splitlines() if line and not line.startswith("#")] + _GRID


def test_untimed_punkt_patterns_match_exactly_as_nltks_timed_ones(splitter):
    from nltk.tokenize.punkt import PunktLanguageVars

    timed, untimed = PunktLanguageVars(), splitter._punkt._lang_vars
    assert type(untimed.period_context_re()) is not type(timed.period_context_re())  # no time limit asked

    def spans(matches):
        return [(m.span(), m.span("after_tok"), m.span("next_tok")) for m in matches]

    texts = _punkt_paragraphs()
    texts += ["Odd\x1cspace. Next\x1fone! “Quoted.” ) Then--dash. A\u2028line.", ".\n\n!  ?\t\u00a0Done."]
    for text in texts:
        assert spans(untimed.period_context_re().finditer(text)) == spans(timed.period_context_re().finditer(text))
        assert untimed.word_tokenize(text) == timed.word_tokenize(text)
        for i in range(0, len(text), 7):
            a, b = untimed.re_boundary_realignment.match(text[i:]), timed.re_boundary_realignment.match(text[i:])
            assert (a and a.group()) == (b and b.group()), text[i:]



def test_untimed_punkt_tokens_are_typed_as_nltks_timed_ones(splitter):
    from nltk.tokenize.punkt import PunktToken

    untimed = splitter._punkt._Token
    assert untimed is not PunktToken and type(untimed._RE_NUMERIC) is not type(PunktToken._RE_NUMERIC)
    words = [w for text in _punkt_paragraphs() for w in text.split()]
    words += ["-1,700.", ".5", "3.", "...", "..", "J.", "é.", "1-2-3", "Ⅻ.", "x..y", "##"]
    for w in words:
        a, b = untimed(w), PunktToken(w)
        assert a.type == b.type, w
        for test in ("is_ellipsis", "is_initial", "is_alpha"):
            x, y = getattr(a, test), getattr(b, test)
            assert (x and x.group()) == (y and y.group()), (w, test)

def test_punkt_shortcut_is_taken_for_plain_words(splitter, monkeypatch):
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    asked = []
    original = PunktSentenceTokenizer.text_contains_sentbreak
    monkeypatch.setattr(PunktSentenceTokenizer, "text_contains_sentbreak",
                        lambda self, text: asked.append(text) or original(self, text))
    list(splitter._punkt.span_tokenize("The vote was close. The mayor left. Mr. Smith and J. Lund stayed."))
    assert asked == ["J. Lund"]  # plain words and "Mr. Smith" never reach Punkt's own rules; initials do


def test_punkt_shortcut_is_off_with_learned_statistics():
    from nltk.tokenize.punkt import PunktParameters

    from biaslens.punkt import news_punkt

    params = PunktParameters()
    params.ortho_context["smith"] = 1
    assert not news_punkt(params).shortcut


def test_splitter_loads_the_paragraph_patterns_when_built_not_on_the_first_article():
    from biaslens import segment as seg

    seg._patterns.cache_clear()
    seg._word_abbreviation.cache_clear()
    seg.SentenceSplitter()
    assert seg._patterns.cache_info().currsize == 5 and seg._word_abbreviation.cache_info().currsize == 1


def test_one_sentence_a_line_is_one_paragraph_a_line(analyzer):
    text = ("Levy Row Deepens\n\nThe harbor chief spoke on Monday.\nThe levy rose in May.\n"
            "Crews met at the quay.\nNobody voted.\n\nThe board meets again in June.")
    r = analyzer.analyze(text)
    assert [p.text for p in r.paragraphs][1:5] == ["The harbor chief spoke on Monday.", "The levy rose in May.",
                                                  "Crews met at the quay.", "Nobody voted."]


def test_hard_wrapped_prose_stays_one_paragraph(analyzer):
    text = ("Levy Row Deepens\n\nThe harbor chief spoke on Monday about the\nlevy, which rose in May after "
            "a long\ndebate among crews who met at the\nquay to vote on it.")
    r = analyzer.analyze(text)
    assert len(r.paragraphs) == 2
