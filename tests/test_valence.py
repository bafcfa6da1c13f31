"""VADER's word rules applied with each word lower-cased once (biaslens.valence) must give
VADER's own scores, digit for digit, on text dense in what those rules look at."""

import random

import pytest
from vaderSentiment.vaderSentiment import BOOSTER_DICT, NEGATE, SPECIAL_CASES, SentimentIntensityAnalyzer

from biaslens.valence import Valences


@pytest.fixture(scope="module")
def vader():
    return SentimentIntensityAnalyzer()


@pytest.fixture(scope="module")
def valences(vader):
    return Valences(vader)


def same(valences, vader, text):
    """The same four numbers as VADER's, written the same (a signed zero too)."""
    return repr(tuple(valences.scores(text).to_dict().values())) == repr(tuple(vader.polarity_scores(text).values()))


RULES = [
    "",
    "  ",
    "No good.",
    "no no no",
    "It was no bad or sad day.",
    "It was never so good, never this bad, without doubt a win.",
    "Without a doubt, excellent idea.",
    "At least it isn't a horrible book; the least bit good; the very least happy.",
    "least happy",
    "The plot was good, but the characters are uncompelling and the dialog is not great.",
    "but BUT but good bad",
    "The book was only kind of good, sort of bad, kinda sad.",
    "kind of",
    "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
    "GOOD BAD",
    "With VADER, sentiment analysis is the shit! On the other hand, VADER is quite bad ass",
    "a kiss of death; to die for; the bomb; yeah right, a beating heart; just enough hope",
    "Make sure you :) or :D today! ok? ok?? ok???? ?!",
    "“Reform” (good) 'bad' \"happy\" -- sad... ok. no. lol",
    "Can't win, won't lose, didn't care, n't good",
    "İstanbul’s ΣΟΦΟΣ crowd was HAPPY.",
]


@pytest.mark.parametrize("text", RULES)
def test_rules_give_vaders_scores(vader, valences, text):
    assert same(valences, vader, text)


def test_generated_sentences_give_vaders_scores(vader, valences):
    rnd = random.Random(20)
    loaded = sorted(w for w in vader.lexicon if w.isalpha())
    vocab = (rnd.sample(loaded, 400) + list(BOOSTER_DICT) + NEGATE
             + [w for key in SPECIAL_CASES for w in key.split()]
             + ["no", "nor", "or", "least", "at", "very", "never", "so", "this", "without", "doubt",
                "kind", "of", "but", "the", "a", "!", "?", ":)", ":(", "'good'", "(bad)", "no.", "good,"])
    for _ in range(20_000):
        words = [rnd.choice(vocab) for _ in range(rnd.randint(0, 14))]
        words = [w.upper() if rnd.random() < 0.1 else w.capitalize() if rnd.random() < 0.1 else w for w in words]
        text = " ".join(words) + rnd.choice(["", ".", "!", "!!!", "?", "??", "????"])
        assert same(valences, vader, text), text
