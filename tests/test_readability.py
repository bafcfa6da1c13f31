import socket
from pathlib import Path

import pytest

from biaslens.readability import cmu_dictionary, readability


def test_readability_works_offline_without_nltk_download(monkeypatch):
    import nltk

    def forbidden(*a, **k):
        raise AssertionError("nltk.download must never be called")

    monkeypatch.setattr(nltk, "download", forbidden)
    monkeypatch.setattr(socket, "create_connection", forbidden)
    r = readability("The cat sat on the mat. It was a sunny day and everyone was happy.")
    assert r.flesch_reading_ease is not None and r.flesch_reading_ease > 80
    assert r.flesch_kincaid_grade is not None and r.flesch_kincaid_grade < 5


def test_harder_text_scores_lower():
    easy = readability("We ran. The dog ran too. It was fun.")
    hard = readability("Intergovernmental negotiations concerning multilateral disarmament necessitate "
                       "comprehensive verification mechanisms and institutional accountability.")
    assert hard.flesch_reading_ease < easy.flesch_reading_ease


def test_cmu_dictionary_gives_syllables_of_first_pronunciation():
    d = cmu_dictionary()
    assert len(d["international"][0]) == 5
    assert len(d["conflict"][0]) == 2
    assert all(p[-1].isdigit() for p in d["conflict"][0])


def test_no_words_gives_none():
    assert readability("12 34 -- !!").flesch_reading_ease is None


def test_syllable_table_fills_on_lookup_and_keeps_dict_semantics():
    from biaslens.readability import cmu_dictionary

    table = cmu_dictionary()
    assert table["beautiful"] == [["1", "1", "1"]] and "beautiful" in table
    assert table.get("zzqxv") is None and table.get("hello") == [["1", "1"]]
    with pytest.raises(KeyError):
        table["zzqxv"]


TRICKY = [
    "İstanbul’s İzmir ΟΔΟΣ ΣΟΦΟΣ. Don't 'tis rock 'n' roll, rock ’n’ roll; the workers' union.",
    "Well-known—and so-called “moderate” voices (about 1,700 of them) said: “No!” Then... silence?",
    "e-mail U.S. 95% $3.5bn 🙂 … -- ' '' \" naïve café coöperate Ǆemal ǅ ß STRASSE",
    "    \t leading and trailing whitespace \n\n with a line break\u00a0and a no-break space\u2009here  ",
]


@pytest.mark.parametrize("text", TRICKY)
def test_per_chunk_counts_equal_textstats_own(text):
    """Word and syllable counts are summed over whitespace chunks, each asked of
    textstat once; the sums must equal textstat's counts of the whole passage."""
    import textstat

    from biaslens.readability import _install, chunk_counts

    assert _install()
    assert chunk_counts(text) == (textstat.lexicon_count(text), textstat.syllable_count(text))


def test_per_chunk_counts_equal_textstats_own_on_every_sample_paragraph():
    import textstat

    from biaslens.ingest import read_file
    from biaslens.readability import _install, chunk_counts

    assert _install()
    paragraphs = [para for p in sorted((Path(__file__).parent.parent / "samples").iterdir())
                  if p.suffix in (".txt", ".md") for para in read_file(p).text.split("\n\n") if para.strip()]
    assert len(paragraphs) > 50
    for para in paragraphs:
        assert chunk_counts(para) == (textstat.lexicon_count(para), textstat.syllable_count(para)), para


def test_new_chunks_counted_together_as_each_alone():
    """A paragraph's first-seen chunks are counted in one pass (`_Words.counts_of`): joined by
    newlines, cleaned and lower-cased once; each must count as it does alone (final sigma,
    apostrophes at a chunk's edge, chunks that clean to nothing)."""
    from biaslens import readability as r
    from biaslens.ingest import read_file

    assert r.prepare()
    words = r._COUNTS._count.__self__
    chunks = [c for t in TRICKY + list(r.PROBES) for c in t.split()]
    chunks += ["ΣΟΦΟΣ'", "'tis", "rock'", "'t", "--", "’s", "ΟΔΟΣ’", "x'll", "'ve'"]
    chunks += [c for p in sorted((Path(__file__).parent.parent / "samples").iterdir())
               if p.suffix in (".txt", ".md") for c in read_file(p).text.split()]
    assert words.counts_of(chunks) == [words.counts(c) for c in chunks]


def test_per_chunk_table_is_bounded():
    from biaslens.readability import _PerChunk

    calls = []
    table = _PerChunk(lambda chunk: calls.append(chunk) or len(chunk), limit=3)
    assert [table[c] for c in ("a", "bb", "a", "ccc", "dddd")] == [1, 2, 1, 3, 4]
    assert calls == ["a", "bb", "ccc", "dddd"] and len(table) == 1


def test_prepared_counter_counts_first_seen_chunks_without_calling_textstat(monkeypatch):
    """After `prepare()` (which Analyzer() calls), a chunk seen for the first time is counted
    here, with textstat's rules and the shipped table, not by two textstat calls of its own."""
    import textstat

    from biaslens import readability as r

    assert r.prepare()
    text = "Quixotically, the ombudsman’s re-examination wasn't “unprecedented” (Zzqxv said)."
    expected = (textstat.lexicon_count(text), textstat.syllable_count(text))
    r.clear_caches()

    def forbidden(*a, **k):
        raise AssertionError("textstat counted a chunk a known word makes up")

    monkeypatch.setattr(textstat, "lexicon_count", forbidden)
    known = "The minister’s decision wasn't “unprecedented” (officials said)."
    r.chunk_counts(known)
    monkeypatch.undo()
    r.clear_caches()
    assert r.chunk_counts(text) == expected


def test_clear_caches_forgets_chunks_but_keeps_the_table():
    from biaslens import readability as r

    r.prepare()
    r.chunk_counts("Harbor officials said the ferry would resume service.")
    assert len(r._COUNTS) > 0
    r.clear_caches()
    assert len(r._COUNTS) == 0 and r.cmu_dictionary().get("harbor") is not None


def test_syllable_counts_from_the_cache_equal_those_read_from_the_dictionary(tmp_path, monkeypatch):
    from biaslens import readability as r

    monkeypatch.setenv("BIASLENS_CACHE_DIR", str(tmp_path))
    r.cmu_dictionary.cache_clear()
    try:
        fresh = r.cmu_dictionary()
        assert isinstance(fresh._phones, dict) and list(tmp_path.iterdir())
        r.cmu_dictionary.cache_clear()
        cached = r.cmu_dictionary()
        assert isinstance(cached._phones, r._SortedCounts)
        for word in list(fresh._phones)[::97] + ["zzqxv", "a", "zzz"]:
            assert cached.get(word) == fresh.get(word), word
    finally:
        r.cmu_dictionary.cache_clear()


def test_a_damaged_or_unwritable_cache_is_ignored(tmp_path, monkeypatch):
    from biaslens import readability as r

    monkeypatch.setenv("BIASLENS_CACHE_DIR", str(tmp_path))
    r.cmu_dictionary.cache_clear()
    try:
        r.cmu_dictionary()
        (entry,) = tmp_path.iterdir()
        entry.write_bytes(b"\x00garbage")
        r.cmu_dictionary.cache_clear()
        assert len(r.cmu_dictionary()["international"][0]) == 5
        blocked = tmp_path / "file"
        blocked.write_text("not a folder")
        monkeypatch.setenv("BIASLENS_CACHE_DIR", str(blocked / "sub"))
        r.cmu_dictionary.cache_clear()
        assert len(r.cmu_dictionary()["conflict"][0]) == 2
        monkeypatch.setenv("BIASLENS_CACHE_DIR", "")  # off
        r.cmu_dictionary.cache_clear()
        assert isinstance(r.cmu_dictionary()._phones, dict)
    finally:
        r.cmu_dictionary.cache_clear()


def test_cached_hyphenation_patterns_hyphenate_as_pyphen_parses_them(tmp_path, monkeypatch):
    import pyphen

    from biaslens import readability as r

    monkeypatch.setenv("BIASLENS_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(pyphen, "hdcache", {})
    r._load_hyphenation()  # parses the file and stores the patterns
    assert any(p.name.startswith("hyphenation-") for p in tmp_path.iterdir())
    monkeypatch.setattr(pyphen, "hdcache", {})
    r._load_hyphenation()  # loads them from the cache
    ((path, cached),) = pyphen.hdcache.items()
    parsed = pyphen.HyphDict(path)
    words = ["brzezinski", "zorvathian", "ombudsperson", "hyphenation", "covid", "tiktok", "a", "qq"]
    assert [cached.positions(w) for w in words] == [parsed.positions(w) for w in words]
    assert cached.maxlen == parsed.maxlen


SENTENCE_CASES = TRICKY + [
    "", " ", "A.", "Yes. No. Maybe so, he said. Go!", "U.S. officials said on Jan. 5 that... well?! ok",
    "— ' ” … “Quoted words here,” she said. 'tis x'll 've it's. __ _ a_b. 1,700 95% 3.5bn!",
    "Short. Also short. This one has four words. And: ! ? . ‘’ “” — -- ..",
]


@pytest.mark.parametrize("text", SENTENCE_CASES)
def test_sentence_count_equals_textstats_own(text):
    """The sentence count behind the Flesch scores is textstat's, piece by piece."""
    import textstat

    from biaslens import sentence_count

    assert sentence_count.count(text) == textstat.sentence_count(text)
    for piece in sentence_count._PIECE.findall(text):
        assert sentence_count.count(piece) == textstat.sentence_count(piece), piece


def test_sentence_count_equals_textstats_own_on_every_sample_paragraph():
    import textstat

    from biaslens import sentence_count
    from biaslens.ingest import read_file

    paragraphs = [para for p in sorted((Path(__file__).parent.parent / "samples").iterdir())
                  if p.suffix in (".txt", ".md") for para in read_file(p).text.split("\n\n") if para.strip()]
    for para in paragraphs:
        assert sentence_count.count(para) == textstat.sentence_count(para), para


def test_prepared_readability_counts_sentences_without_textstat(monkeypatch):
    """After `prepare()`, a paragraph's sentences are counted here (textstat's rule, checked
    on the probes), not by textstat's three cached calls a piece."""
    import textstat

    from biaslens import readability as r

    assert r.prepare()
    text = "The ferry returned on Tuesday. Officials said it was late. Fine. It sailed again at noon."
    expected = readability(text)

    def forbidden(*a, **k):
        raise AssertionError("textstat counted the sentences")

    monkeypatch.setattr(textstat, "sentence_count", forbidden)
    assert readability(text) == expected and expected.sentences == textstat.textstat.sentence_count(text) == 3


def test_sentence_count_in_one_pass_equals_its_plain_form():
    """`count` tells the long pieces inside one regex pass (a lookahead at each piece);
    `plain_count` asks `_three_words` of each piece: the same answer on random text from
    an alphabet of word, space, punctuation and sentence-ending characters of all kinds."""
    import random

    from biaslens import sentence_count
    from biaslens.ingest import read_file

    rng = random.Random(7)
    alphabet = ["a", "Bc", "_", "1", " ", "  ", "\t", "\n", "'", "-", "—", "“", "é", "ß", "\u00a0", "\u2003",
                ".", "!", "?", ",", "’", "ǅ", "٣", "\u0301", "x y", " . ", "ab cd", "...", "?!"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(20_000)]
    texts += SENTENCE_CASES + [para for p in sorted((Path(__file__).parent.parent / "samples").iterdir())
                               if p.suffix in (".txt", ".md") for para in read_file(p).text.split("\n\n")]
    for text in texts:
        assert sentence_count.count(text) == sentence_count.plain_count(text), repr(text)


def test_words_the_table_lacks_count_as_textstat_counts_them():
    """A cleaned ASCII word the CMU table lacks (a name, a number, a contraction) is counted by
    pyphen directly, and a non-ASCII one by textstat: both as textstat.syllable_count counts
    it; a paragraph's new words, counted together (`_fresh`), as each alone."""
    import textstat

    from biaslens import readability as r

    assert r.prepare()
    words = r._COUNTS._count.__self__
    assert words.hyphenate is not None
    unknown = ["zzqxv", "brzezinskis", "43", "2020", "a1b2", "x'll", "don'tt", "_", "qq", "covid19",
               "tiktok", "zorvathian", "i̇zmir", "naïveté", "ǆemal"]
    known = ["'tis", "the", "international", "said", "conflict"]
    for w in unknown:
        assert r.cmu_dictionary().get(w) is None and words._unknown(w) == textstat.syllable_count(w), w
    every = unknown + known + [""]
    assert words._fresh(every) == [(1 << 32 | textstat.syllable_count(w)) if w else 0 for w in every]
