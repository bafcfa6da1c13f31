"""The memoised shortcuts of the name pass give what the general rules give."""

from __future__ import annotations

import pytest

from biaslens.entities.mentions import _one_word, _shape
from biaslens.tokens import keys_of

WORDS = ["Smith", "Iran", "Iran's", "NAACP", "UNESCO", "Propagandist", "The", "However", "Tuesday", "President",
         "Gov.", "Democrats", "Ministry", "Reuters", "Texas", "Ohio", ".", "McDonald's", "al-Assad", "O'Neill",
         "X", "Mr.", "President-elect", "Senate", "It"]


@pytest.mark.parametrize("headline", [False, True])
@pytest.mark.parametrize("word", WORDS)
def test_one_word_shape_is_the_general_shape(analyzer, word, headline):
    rules = analyzer._entities
    key = keys_of([word])[0]
    assert _one_word(word, key, rules, headline) == _shape([word], [key], rules, headline)
