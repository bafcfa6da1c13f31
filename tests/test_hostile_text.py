"""Hostile text (issue 15, items 3 and 6): offsets with NBSP and control characters,
bounded work per sentence (counted, not timed), and a text report that stays cheap."""

from __future__ import annotations

import io
import time

import pytest

from biaslens.render.text import render_text
from biaslens.sentiment import MAX_WORDS


def assert_offsets(text, report):
    """Every paragraph, sentence and hit text is text[start:end] of the input."""
    assert report.text == text
    for p in report.paragraphs:
        assert text[p.start:p.end] == p.text
        for s in p.sentences:
            assert text[s.start:s.end] == s.text
            for h in s.hits + s.hedges:
                assert text[h.start:h.end] == h.text, h


@pytest.mark.parametrize("text", [
    "The\u00a0minister slammed the plan. It was a disaster.\x01 Officials said so.",
    "He\x0bsaid\x0cthe\u2028plan failed.\r\nThey agreed.\u200b Absolutely.",
    "A\x00B sentence. \x7fAnother one\x1f here.",
    "The\u00a0radical\u00a0left slammed it.\u00a0\u00a0Really.",
    "Headline\u00a0here\r\n\r\nThe\u2009regime\u202fslammed “so-called”\u00a0reform,\u3000critics said.",
])
def test_reported_texts_are_slices_of_the_input(analyzer, text):
    report = analyzer.analyze(text)
    assert_offsets(text, report)
    assert report.to_dict(include_text=True)["document"]["text"] == text


def test_nbsp_still_matches_as_a_space(analyzer):
    report = analyzer.analyze("The\u00a0radical\u00a0left slammed it.")
    (s,) = report.sentences
    assert [(h.term, h.text) for h in s.hits][:1] == [("the radical left", "The\u00a0radical\u00a0left")]


def test_control_characters_never_reach_the_terminal(analyzer):
    text = "The regime\x1b[2J slammed the\x9b31m plan.\x07 Critics were furious."
    report = analyzer.analyze(text)
    assert "\x1b" in report.sentences[0].text  # reported as given ...
    out = io.StringIO()
    render_text(report, out, color=False, width=120)
    printed = out.getvalue()
    assert "regime" in printed and not any(c in printed for c in "\x1b\x9b\x07")  # ... printed as spaces


def test_the_text_report_lays_out_a_bounded_number_of_rows(analyzer, monkeypatch):
    from rich.table import Table

    report = analyzer.analyze("\n\n".join(f"Item {i} is bad, Ana Ruiz{i} said." for i in range(600)))
    assert len(report.paragraphs) == 600 and len(report.sources) > 300
    rows = []
    real = Table.add_row
    monkeypatch.setattr(Table, "add_row", lambda self, *a, **k: (rows.append(1), real(self, *a, **k))[1])
    out = io.StringIO()
    render_text(report, out, color=False, width=120)
    assert len(rows) <= 2 * 200 + 2 * 20 + 20  # paragraphs, sources, flagged sentences, headline figures
    assert "and 400 more paragraphs" in out.getvalue()


class _Words:
    """Records how many words VADER works on in each call (through its SentiText)."""

    def __init__(self, real):
        self.real, self.seen = real, []

    def __call__(self, text):
        st = self.real(text)
        self.seen.append(len(st.words_and_emoticons))
        return st


@pytest.fixture
def vader_words(monkeypatch):
    """Words of every text VADER, or VADER's rules in biaslens.valence (a text without
    emoji), work on."""
    import vaderSentiment.vaderSentiment as vs

    from biaslens.valence import Valences

    counter = _Words(vs.SentiText)
    monkeypatch.setattr(vs, "SentiText", counter)
    scores = Valences.scores

    def counted(self, text):
        counter.seen.append(len(text.split()))
        return scores(self, text)
    monkeypatch.setattr(Valences, "scores", counted)
    return counter.seen


WORDS = "The minister said the plan was good and the committee agreed with the harbor board".split()
HOSTILE = {
    "100k-character sentence": " ".join(WORDS[i % len(WORDS)] for i in range(20_000))[:100_000] + ".",
    "all-emoji sentence": "😀" * 6_000,
    "spaced emoji": " ".join(["😡", "great"] * 2_000),
    "many quotations": " ".join(['the "reform" was', "“good”"] * 3_000) + ".",
    "many tiny paragraphs": "\n\n".join(f"Item {i} is bad." for i in range(3_000)),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_vader_work_per_sentence_is_bounded(analyzer, vader_words, name):
    text = HOSTILE[name]
    report = analyzer.analyze(text)
    assert vader_words and max(vader_words) <= MAX_WORDS
    n_tokens = sum(len(s.text.split()) + len(s.text) for s in report.sentences)
    assert sum(vader_words) <= 7 * n_tokens  # each token is scored once (an emoji is up to 6 words)
    assert_offsets(text, report)


def test_a_wall_of_emoji_is_analysed_in_seconds_not_minutes(analyzer):
    # a generous smoke test: 12,000 emoji took about a minute before windows (VADER's time grows
    # with the square of the words), and takes a few seconds now
    t0 = time.perf_counter()
    analyzer.analyze("😀" * 12_000)
    assert time.perf_counter() - t0 < 30
