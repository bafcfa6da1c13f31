"""Aggregate's fast paths give exactly what the plain forms give (byte-identical reports)."""

from __future__ import annotations

import random
from collections import Counter

from biaslens import aggregate as agg
from biaslens import sources
from biaslens.report import Contribution

NAMES = ["Foreign Minister Lena Vasko", "Mr. Trump’s advisers", "the government’s", "U.S. District Judge O’Connor",
         "President Putin", "prime minister Jo Ng", "Prime  Minister", "ſenator Ada", "Senator\tAda", "mr.. Bo",
         "Chick-fil-A", "Paul D. Ryan of Wisconsin", "20 million experts", ")", "", "The", "the ", "Reuters",
         "Supreme Leader Ali Khamenei", "Sheikh_Ali", "Gen.Lee", "gen. lee", "ÀÉ Öx", "King's men", "Queen\u2028Ann"]


def test_key_words_equal_the_pattern_form():
    rng = random.Random(5)
    pieces = ["the", "Mr.", "Ms", "prime", "minister", "Gen.", "of", "and", "Ada", "Vasko", "’s", "'s", "-", ".",
              " ", "  ", "\t", "ſ", "İ", "O’Neill", "U.S.", "1", "_", "s"]
    names = NAMES + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 7))) for _ in range(4000)]
    names += [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 5))) for _ in range(4000)]
    for name in names:
        assert sources._key_words.__wrapped__(name) == sources._key_words_plain(name), name


def test_top_terms_equal_most_common():
    rng = random.Random(9)
    for _ in range(2000):
        terms = [rng.choice("abcdefgh") for _ in range(rng.randint(0, 14))]
        assert agg._top_terms(terms) == tuple(Counter(terms).most_common(5)), terms


def test_one_sentence_and_rounding_shortcuts_equal_the_plain_forms():
    rng = random.Random(3)
    values = [0.0, -0.0, 0, 1.0, -1.0, 0.5, 0.33335, -0.99995] + [rng.uniform(-1, 1) for _ in range(3000)]
    for v in values:
        mean, low = agg._mean_min([v])
        assert (repr(mean), repr(low)) == (repr(round(sum([v]) / 1, 4)), repr(round(min([v]), 4))), v
        pts = round(rng.uniform(0, 9) * v, 4)
        c = Contribution(0, "x", "loaded", 1.0, 1.0, 1.0, pts, "")
        assert repr(agg._sentence_points([c])) == repr(round(sum(x.points for x in [c]), 4)), pts
    for n_body in range(6):
        for n_sourced in range(n_body + 1):
            t = agg._Tally()
            t.n_sentences, t.n_body, t.n_sourced = n_body or 1, n_body, n_sourced
            m = t.metrics(agg.BiasWeights(), n_words=n_body * 7)
            assert repr(m.sourced_share) == repr(round(n_sourced / n_body if n_body else 0.0, 4))
            assert repr(m.loaded_per_100w) == repr(0.0) and repr(m.bias_score) == repr(0.0)
