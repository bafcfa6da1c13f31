"""Hostile text that made a stage's work grow with the square of the input (counted, not timed): thousands
of names sharing a word (coreference, the source list), thousands of cues in one sentence (ranking), and
a huge word (pyphen's memo, for the life of the process)."""

from __future__ import annotations

import random
from itertools import count

import pytest

from biaslens import sources
from biaslens.attribute import view as view_mod
from biaslens.entities import coref


@pytest.fixture
def same_calls(monkeypatch):
    """How many times `coref._find` tests a group against a name."""
    calls = count()
    real = coref._same

    def counted(*args):
        next(calls)
        return real(*args)
    monkeypatch.setattr(coref, "_same", counted)
    return calls


NAMES = 3 * coref.NEAR_GROUPS_MAX  # well past the window: the old scan tested ~NAMES**2 / 2 groups


@pytest.mark.parametrize("text", [
    " ".join(f"John Smith{i} said it." for i in range(NAMES)),                                  # a shared given name
    " ".join(f"Sen. John Smith{i} said it." for i in range(NAMES)),                             # officials
    " ".join(f"Ann{i} Smith said it." for i in range(NAMES)) + " Smith said it." * NAMES,       # a shared surname
])
def test_linking_names_that_share_a_word_tests_a_bounded_number_of_groups(analyzer, same_calls, text):
    report = analyzer.analyze(text)
    assert len(report.entities) >= NAMES
    tested = next(same_calls)
    assert tested <= (coref.NEAR_GROUPS_MAX + 1) * 2 * NAMES, tested


def test_a_few_groups_sharing_a_word_still_link_to_the_nearest(analyzer):
    report = analyzer.analyze("Ann Smith said it. Bob Smith said it. Smith said that it was fine.")
    assert report.sentences[-1].attribution.speaker == "Bob Smith"


class _Counted(frozenset):
    """A source name's key words that count how often they are compared with a group's."""

    tests = 0

    def __le__(self, other):
        _Counted.tests += 1
        return frozenset.__le__(self, other)


def test_merging_thousands_of_distinct_sources_compares_a_bounded_number_of_groups(analyzer, monkeypatch):
    n = 600
    report = analyzer.analyze(" ".join(f"Ann{i} Smith said it." for i in range(n)))
    monkeypatch.setattr(sources, "_key_words", lambda name: _Counted(sources._key_words_plain(name)))
    _Counted.tests = 0
    out = sources.summarise_sources(report.sentences)
    assert len(out) == n
    assert _Counted.tests <= (sources.SCAN_GROUPS_MAX + 2) * n, _Counted.tests  # the old scan: ~n**2 / 2


def _plain_groups(names):
    """The first group (in order) whose words hold a name's or lie within them: the scan `_WordIndex` replaces."""
    groups = []
    for words in names:
        for g in groups:
            if words <= g or g <= words:
                g |= words
                break
        else:
            groups.append(set(words))
    return groups


@pytest.mark.parametrize("seed", range(4))
def test_word_index_finds_the_group_the_scan_finds(monkeypatch, seed):
    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(12)]
    names = [frozenset(rng.sample(vocab, rng.randint(1, 4 if seed < 3 else 10))) for _ in range(400)]
    groups, index = [], None
    for words in names:
        gi = index.first(words, groups) if index else \
            next((i for i, g in enumerate(groups) if words <= g[0] or g[0] <= words), None)
        if gi is None:
            gi, added = len(groups), words
            groups.append((set(words),))
        else:
            added = words - groups[gi][0]
            groups[gi][0].update(added)
        if index:
            index.note(gi, added, groups[gi][0])
        elif len(groups) > 2:
            index = sources._WordIndex(groups)
    assert [g[0] for g in groups] == _plain_groups(names)


def test_many_cues_in_one_sentence_read_a_bounded_number_of_tokens_after_each(analyzer, monkeypatch):
    reads = count()
    real = view_mod._first_char

    def counted(token):
        next(reads)
        return real(token)
    monkeypatch.setattr(view_mod, "_first_char", counted)
    n = 1500
    analyzer.analyze(" ".join(["he said ..."] * n) + ".")
    assert next(reads) <= (view_mod.NEAR_END_SCAN + 1) * 4 * n  # the old read: all the rest after each cue


def test_near_end_from_the_index_equals_the_plain_reading(analyzer):
    rng = random.Random(5)
    pieces = ["that", "said", ",", "...", "the", "he", "Monday", "—", "'", "“", "1", "on"]
    text = " ".join(rng.choice(pieces) for _ in range(400)) + "."
    v = _view(analyzer, text)
    for b in range(v.n + 1):
        rest = v.keys[b:]
        plain = "that" not in rest and sum(k[0].isalnum() for k in rest) <= view_mod.NEAR_END_WORDS
        assert view_mod._near_end_indexed(v, b) == plain, b


def _view(analyzer, text):
    from biaslens import ingest
    from biaslens.segment import segment

    seg = segment(ingest.read_text(text), analyzer._splitter)
    (sent,) = seg.sentences
    return view_mod.SentenceView(analyzer._attribution, seg.document.text, sent, sent.start, ())


@pytest.mark.parametrize("word", ["ab" * 20_000, "éa" * 20_000])
def test_a_huge_word_is_not_kept_in_pyphens_memo(analyzer, word):
    from biaslens.syllables import LONG_WORD, hyphenator

    analyzer.analyze(f"The {word} plan.")
    memo = hyphenator().memo
    assert not [w for w in memo if len(w) > LONG_WORD]


@pytest.mark.parametrize("value", ['"x"', '"x>"', "'y'", "x"])
def test_a_tag_of_thousands_of_attributes_reaches_the_parsers_capped(analyzer, monkeypatch, value):
    import trafilatura

    from biaslens.htmlplain import MAX_ATTRIBUTES

    seen = []
    real = trafilatura.bare_extraction
    monkeypatch.setattr(trafilatura, "bare_extraction", lambda html, **k: (seen.append(html), real(html, **k))[1])
    attributes = " ".join(f"a{i}={value}" for i in range(5_000))  # (lxml, justext, htmldate: quadratic in them)
    report = analyzer.analyze_bytes(f"<html><body><p {attributes}>The mayor said it.</p></body></html>".encode(),
                                    format="html")
    assert [s.text for s in report.sentences] == ["The mayor said it."]
    assert seen[0].count(f"={value}") == MAX_ATTRIBUTES


def test_pages_without_such_a_tag_reach_the_parsers_as_they_are():
    from biaslens.htmlplain import capped_attributes

    page = "<html><body>" + ('<div class="c" data-x="' + "z<b>'" * 2_000 + '">hi</div>') * 20 + \
        "<p " + " ".join(f"a{i}='v'" for i in range(200)) + ">x</p></body></html>"
    assert capped_attributes(page) == page
