"""The sentiment shortcuts must give VADER's own answer, digit for digit."""

from pathlib import Path

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from biaslens.ingest import read_file
from biaslens.segment import SentenceSplitter, segment
from biaslens.sentiment import NEUTRAL, Sentiments
from biaslens.tokens import keys
from biaslens.types import Sentiment

SAMPLES = Path(__file__).parent.parent / "samples"


@pytest.fixture(scope="module")
def vader():
    return SentimentIntensityAnalyzer()


@pytest.fixture(scope="module")
def sentiments(vader):
    return Sentiments(vader)


def plain(vader, text):
    v = vader.polarity_scores(text)
    return Sentiment(v["neg"], v["neu"], v["pos"], v["compound"])


TRICKY = [
    "The port reopened on Monday.",  # no lexicon word: the neutral shortcut
    "",  # no piece at all: VADER gives all zeros, not neutral
    "   \n ",
    "— … ”",
    "The deal was no good.",  # "no" before a lexicon word
    "It was kind of a mess.",
    "GREAT news for the town, officials said!!!",
    "The vote was close :) and the mood was :-(",  # emoticons are pieces our tokenizer splits
    "He wrote 'lol' and </3 in the chat.",
    "Farmers 😡 at the new quota; traders 😀.",  # emoji are turned into words by VADER
    "ok. fine. no.",  # short pieces keep their punctuation in VADER's lookup
    "The mayor’s “reform” isn’t popular.",  # curly quotes are not ASCII punctuation
    "j/k, the O.o moment was 10q worth",  # lexicon entries with inner punctuation
    "İstanbul’s ΣΟΦΟΣ crowd was happy.",
]


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_text_gets_vaders_own_scores(vader, sentiments, text):
    assert sentiments.scores(text, keys(text)) == plain(vader, text)


def test_every_sample_sentence_gets_vaders_own_scores(vader, sentiments):
    splitter = SentenceSplitter()
    texts = [s.text for p in sorted(SAMPLES.iterdir()) if p.suffix in (".txt", ".md", ".html")
             for s in segment(read_file(p), splitter).sentences]
    guard = Path(__file__).parent / "fixtures" / "attribution_guard.txt"
    texts += [line for line in guard.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    assert len(texts) > 250
    neutral = 0
    for text in texts:
        got = sentiments.scores(text, keys(text))
        assert got == plain(vader, text), text
        neutral += got == NEUTRAL
    assert neutral > 10  # the shortcut is really taken


def test_shortcut_is_taken_without_calling_vader(vader):
    calls = []

    class Spy:
        lexicon, emojis = vader.lexicon, vader.emojis

        def polarity_scores(self, text):
            calls.append(str(text))
            return vader.polarity_scores(text)

    s = Sentiments(Spy())
    calls.clear()
    assert s.scores("The port reopened on Monday.", keys("The port reopened on Monday.")) == NEUTRAL
    assert calls == []
    s.scores("The port reopened to great relief.", keys("The port reopened to great relief."))
    assert calls == ["The port reopened to great relief."]


def test_a_vader_that_behaves_differently_switches_the_shortcuts_off(vader):
    class Different:
        lexicon, emojis = vader.lexicon, vader.emojis

        def polarity_scores(self, text):
            return {"neg": 0.5, "neu": 0.5, "pos": 0.0, "compound": -0.1}

    s = Sentiments(Different())
    assert not s.fast
    assert s.scores("The port reopened on Monday.", ()) == Sentiment(0.5, 0.5, 0.0, -0.1)
