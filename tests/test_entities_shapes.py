"""The memoised shortcuts of the name pass give what the general rules give."""

from __future__ import annotations

from biaslens.entities.shapes import part_shape as _shape
from biaslens.tokens import keys_of

WORDS = ["Smith", "Iran", "Iran's", "NAACP", "UNESCO", "Propagandist", "The", "However", "Tuesday", "President",
         "Gov.", "Democrats", "Ministry", "Reuters", "Texas", "Ohio", ".", "McDonald's", "al-Assad", "O'Neill",
         "X", "Mr.", "President-elect", "Senate", "It"]


def _template(word, key, rules, headline):
    """The plain form of a one-word run's template: `_shape` of the word, offsets relative to it."""
    shape = _shape([word], [key], rules, headline)
    if shape is None:
        return ()
    f, last, name_keys, roles, classes, kind, gender, desc, lead, last_len = shape
    return ((0, last_len, 0, (word[:last_len], name_keys, roles, classes, kind, gender, kind is not None),
             tuple((0, len(word)) for _ in desc), lead, 0),)


def test_one_token_template_is_the_general_shape(analyzer):
    """`_one_token` (a new run of one word, or of one word and a period) reads the word's memoised
    facts; it must give what `_shape` gives, for listed, organisation, party, title and loaded words
    in any case, and whatever the word memo already holds."""
    from dataclasses import replace

    from biaslens.entities.shapes import one_token as _one_token

    base = analyzer._entities
    vocab = list(WORDS) + sorted(base.org_words)[:60] + [" ".join(p) for p in sorted(base.places)[:40] if len(p) == 1]
    vocab += sorted(base.party_nouns) + sorted(base.loaded)[:60] + sorted(base.person_titles)[:40]
    vocab += [w for t in sorted(base.media)[:40] for w in t] + ["Us", "US", "It's", "ABCDEFG", "Ab1", "É"]
    words = {v for w in vocab for v in (w, w.upper(), w.capitalize(), w + "'s", w + "’")}
    for rules in (replace(base, words={}), base):
        for word in sorted(words):
            key = keys_of([word])[0] if len(keys_of([word])) == 1 else None
            if key is None:
                continue
            for headline in (False, True):
                plain = _template(word, key, rules, headline)
                assert _one_token(word, key, rules, headline, False) == plain, word
                skipped = () if key in rules.skip_words else plain
                assert _one_token(word, key, rules, headline, True) == skipped, word
