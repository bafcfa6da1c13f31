import socket

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
