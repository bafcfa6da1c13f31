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


def test_shortcuts_are_taken_without_calling_vader(vader):
    calls = []

    class Spy:
        lexicon, emojis = vader.lexicon, vader.emojis

        def polarity_scores(self, text):
            calls.append(str(text))
            return vader.polarity_scores(text)

    s = Sentiments(Spy())
    calls.clear()
    assert s.scores("The port reopened on Monday.", keys("The port reopened on Monday.")) == NEUTRAL
    loaded = "The port reopened to great relief, but not without anger!"
    assert s.scores(loaded, keys(loaded)) == plain(vader, loaded)  # VADER's rules, our loop
    assert calls == []
    s.scores("The port reopened 😀", keys("The port reopened 😀"))
    assert calls == ["The port reopened 😀"]  # emoji: VADER itself


def test_a_vader_that_behaves_differently_switches_the_shortcuts_off(vader):
    class Different:
        lexicon, emojis = vader.lexicon, vader.emojis

        def polarity_scores(self, text):
            return {"neg": 0.5, "neu": 0.5, "pos": 0.0, "compound": -0.1}

    s = Sentiments(Different())
    assert not s.fast
    assert s.scores("The port reopened on Monday.", ()) == Sentiment(0.5, 0.5, 0.0, -0.1)


# ---------------------------------------------------------------- long sentences: bounded work

class _CountingSentiText:
    """Wraps VADER's SentiText to record how many words each VADER call works on."""

    def __init__(self, real, seen):
        self.real, self.seen = real, seen

    def __call__(self, text):
        st = self.real(text)
        self.seen.append(len(st.words_and_emoticons))
        return st


@pytest.fixture
def vader_words(monkeypatch):
    """The number of words of every text VADER (or VADER's rules in biaslens.valence) scores
    during the test."""
    import vaderSentiment.vaderSentiment as vs

    from biaslens.valence import Valences

    seen: list[int] = []
    monkeypatch.setattr(vs, "SentiText", _CountingSentiText(vs.SentiText, seen))
    scores = Valences.scores

    def counted(self, text):
        seen.append(len(text.split()))
        return scores(self, text)
    monkeypatch.setattr(Valences, "scores", counted)
    return seen


LONG = {
    "plain": " ".join(["the", "minister", "praised", "a", "terrible", "but", "good", "plan,"] * 600) + ".",
    "emoji": "😀" * 3000,
    "spaced emoji": " ".join(["😡"] * 1500) + " ok",
    "glued": ",".join(["good"] * 3000),
}


@pytest.mark.parametrize("name", LONG)
def test_vader_never_sees_more_than_the_cap_at_once(sentiments, vader_words, name):
    from biaslens.sentiment import MAX_WORDS

    text = LONG[name]
    got = sentiments.scores(text, keys(text))
    assert vader_words and max(vader_words) <= MAX_WORDS
    assert sum(vader_words) <= 2 * len(text.split()) + 6 * len(text)  # each word is scored about once
    assert all(-1 <= x <= 1 for x in (got.neg, got.neu, got.pos, got.compound))


def test_a_long_sentence_is_the_token_weighted_mean_of_its_windows(vader, sentiments):
    from biaslens.sentiment import WINDOW_WORDS, windows
    from biaslens.tokens import split_tokens

    text = " ".join(["Residents were happy."] * 300 + ["The loss was awful."] * 300)
    parts = split_tokens(text)
    cut = windows(parts, [1] * (len(parts) // 2), WINDOW_WORDS)
    assert cut[0][:3] == (0, cut[1][0], 0) and cut[-1][1] == len(text)
    assert all(b == c for (_, b, _, _), (c, _, _, _) in zip(cut, cut[1:], strict=False))  # tiled
    assert all(kb - ka <= WINDOW_WORDS for _, _, ka, kb in cut)
    assert all(text[b - 1] == " " or b == len(text) for _, b, _, _ in cut)  # cut at whitespace
    scores = [(kb - ka, plain(vader, text[a:b])) for a, b, ka, kb in cut]
    n = sum(w for w, _ in scores)
    want = sum(w * s.compound for w, s in scores) / n
    got = sentiments.scores(text, keys(text))
    assert got.compound == round(want, 4)
    assert got.neg > 0 and got.pos > 0


def test_sentences_up_to_the_cap_get_vaders_own_answer(vader, sentiments):
    from biaslens.sentiment import MAX_WORDS

    text = " ".join(["good", "bad", "but", "not", "very"] * (MAX_WORDS // 5))
    assert len(text.split()) == MAX_WORDS
    assert sentiments.scores(text, keys(text)) == plain(vader, text)
    emoji = "😀 " * (MAX_WORDS // 3)  # 333 emoji: 999 words once VADER spells them out
    assert sentiments.scores(emoji, keys(emoji)) == plain(vader, emoji)


def test_a_word_of_thousands_of_emoji_is_cut_too(sentiments, vader_words):
    from biaslens.sentiment import MAX_WORDS

    text = "Residents were happy " + "ℹ" * 3000 + " today"  # "ℹ" is an emoji and a word character
    assert len(keys(text)) == 5
    got = sentiments.scores(text, keys(text))
    assert max(vader_words) <= MAX_WORDS and sum(vader_words) <= 3100
    assert got.pos > 0


def test_the_emoji_prefilter_finds_every_emoji_and_passes_quotes_and_dashes(sentiments):
    """`_emoji_ranges` takes every single-character emoji of VADER's and, below the first emoji from
    U+2000 on, nothing else: a sentence it finds nothing in is emoji-free without the set's test."""
    from biaslens.sentiment import _emoji_ranges

    maybe, emoji = sentiments._maybe_emoji, sentiments._emoji
    assert all(maybe(e) for e in emoji)
    first_high = min(e for e in emoji if e >= "\u2000")
    for code in range(ord(first_high)):
        c = chr(code)
        assert (maybe(c) is not None) == (c in emoji), hex(code)
    assert maybe("“It’s over” — ‘done’ … «fin»") is None
    assert _emoji_ranges(frozenset())("any text 🙂") is None
    assert _emoji_ranges(frozenset({"\x00", "\U0010ffff"}))("a\U0010ffff") is not None
