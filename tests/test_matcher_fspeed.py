"""TermMatcher's index: the forms of a one-word term share one tuple (fewer objects for the cyclic
collector to walk in every full collection), and the index answers as one tuple a key did."""

from biaslens.lexicons import TermMatcher, parse_lexicon

WORDS = b"""term,category,weight,note
meddle,loaded,1.5,hostile word for involvement
worst,intensifiers,0.5,superlative
worst ever,intensifiers,1,superlative
"""


def test_forms_of_a_one_word_term_share_one_index_tuple():
    m = TermMatcher(parse_lexicon(WORDS).entries)
    forms = [m._index[k] for k in ("meddle", "meddles", "meddled", "meddling")]
    assert all(f is forms[0] for f in forms)
    entry, after, before = forms[0]
    assert (entry.term, after, before) == ("meddle", None, None)


def test_a_key_that_anchors_a_longer_term_keeps_its_own_tuple():
    m = TermMatcher(parse_lexicon(WORDS).entries)
    entry, after, before = m._index["worst"]
    assert entry.term == "worst" and after is not None and "ever" in after and before is None
    keys = "the worst ever meddling and the worst".split()
    assert [(a, b, e.term) for a, b, e in m.find(keys)] == [(1, 3, "worst ever"), (3, 4, "meddle"),
                                                            (6, 7, "worst")]


def test_index_holds_each_key_as_before():
    m = TermMatcher(parse_lexicon(WORDS).entries)
    single, after, before = m._single, {}, {}
    for k, (_, a, b) in m._index.items():
        if a is not None:
            after[k] = a
        if b is not None:
            before[k] = b
    assert m._index == {k: (single.get(k), after.get(k), before.get(k))
                        for k in set(single) | set(after) | set(before)}


def test_terms_of_several_words_are_kept_as_their_keys_only():
    m = TermMatcher(parse_lexicon(WORDS + b"in a statement,hedges,1,a frame\n").entries)
    anchored = {key for _, a, b in m._index.values() for table in (a, b) if table
                for terms in table.values() for _, _, key, _ in terms}  # every term of several words, once
    assert sorted(m._terms) == sorted(anchored) and {("worst", "ever"), ("in", "a", "statement")} <= anchored
    assert m.first_keys() == m.single_keys() | {key[0] for key in anchored}
    assert m.content_keys({"in", "a"}) == m.single_keys() | {key[-1] if key[0] == "in" else key[0]
                                                             for key in anchored}
