"""The start-up cache: compiled built-in lexicons kept between runs, keyed by the sha256 of their sources."""

from __future__ import annotations

import shutil

import pytest

from biaslens import compiled, startcache


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("BIASLENS_CACHE_DIR", str(folder))
    compiled.compiled_builtins.cache_clear()
    yield folder
    compiled.compiled_builtins.cache_clear()


def _summary(b: compiled.Builtins):
    return ([(lx.name, lx.sha256, lx.entries) for lx in b.loaded + b.attribution],
            sorted(b.rules.cue_keys))


def test_cached_lexicons_equal_freshly_compiled_ones(cache_dir):
    first = compiled.compiled_builtins()
    assert any(p.suffix == ".pickle" for p in cache_dir.iterdir())
    compiled.compiled_builtins.cache_clear()
    again = compiled.compiled_builtins()
    assert again is not first and _summary(again) == _summary(first) == _summary(compiled.build())
    text = "the regime slammed the so-called reform , officials said".split()
    assert again.matcher.find(text) == first.matcher.find(text)
    assert again.entities == first.entities == compiled.build().entities  # every field but the memo


def test_loading_leaves_the_garbage_collector_as_it_was(cache_dir):
    import gc

    compiled.compiled_builtins()
    data = next(cache_dir.glob("lexicons-*.pickle")).read_bytes()
    assert gc.isenabled()
    assert compiled._decode(data) is not None and gc.isenabled()
    gc.disable()
    try:
        assert compiled._decode(data) is not None and not gc.isenabled()
    finally:
        gc.enable()


def test_each_analyzer_has_its_own_entity_memo(cache_dir):
    from biaslens import Analyzer

    a, b = Analyzer(), Analyzer()
    assert a._entities == b._entities and a._entities.cache is not b._entities.cache
    a.analyze("Mayor Ana Ruiz said the port would reopen on Monday, officials said.")
    assert a._entities.cache and not b._entities.cache and not compiled.compiled_builtins().entities.cache


def test_a_damaged_entry_is_ignored_and_replaced(cache_dir):
    compiled.compiled_builtins()
    (entry,) = [p for p in cache_dir.iterdir() if p.suffix == ".pickle"]
    entry.write_bytes(b"not a pickle")
    compiled.compiled_builtins.cache_clear()
    assert _summary(compiled.compiled_builtins()) == _summary(compiled.build())


def test_an_entry_written_by_another_layout_of_the_rules_is_compiled_again(cache_dir, monkeypatch):
    # a pickled slots record of an older class layout loads with its last fields unset
    built = compiled.build()
    short = built.entities.__getstate__()[:-1]
    rules = object.__new__(type(built.entities))
    rules.__setstate__(short)
    assert not compiled._complete(rules) and compiled._complete(built.entities)
    monkeypatch.setattr(compiled, "_loads", lambda data: tuple(built._replace(entities=rules)))
    assert compiled._decode(b"") is None
    monkeypatch.setattr(compiled, "_loads", lambda data: tuple(built))
    assert compiled._decode(b"") is not None


def test_the_key_follows_every_lexicon_file(tmp_path, monkeypatch):
    from biaslens import lexicons

    copy = tmp_path / "lexicons"
    shutil.copytree(lexicons.lexicon_dir(), copy)
    monkeypatch.setattr(compiled, "lexicon_dir", lambda: copy)
    before = compiled.source_key()
    path = copy / "segment" / "abbreviations.txt"
    path.write_text(path.read_text(encoding="utf-8") + "zzq\n", encoding="utf-8")
    assert compiled.source_key() != before


def test_the_key_follows_added_and_renamed_files_but_not_bytecode(tmp_path, monkeypatch):
    from biaslens import lexicons

    copy = tmp_path / "lexicons"
    shutil.copytree(lexicons.lexicon_dir(), copy)
    monkeypatch.setattr(compiled, "lexicon_dir", lambda: copy)
    before = compiled.source_key()
    (copy / "segment" / "__pycache__").mkdir()
    (copy / "segment" / "__pycache__" / "x.pyc").write_bytes(b"\0")
    assert compiled.source_key() == before
    (copy / "segment" / "extra.txt").write_text("zzq\n", encoding="utf-8")
    added = compiled.source_key()
    assert added != before
    (copy / "segment" / "extra.txt").rename(copy / "segment" / "other.txt")
    assert compiled.source_key() not in (before, added)


def test_installations_sharing_the_folder_keep_their_entries(tmp_path, monkeypatch):
    """Two versions used in turn each find their own entry; beyond KEEP, the least recently used goes."""
    import os

    monkeypatch.setenv("BIASLENS_CACHE_DIR", str(tmp_path / "c"))
    for i in range(startcache.KEEP):
        startcache.store("x", f"k{i}", b"%d" % i)
        path = startcache._path("x", f"k{i}", "marshal")
        os.utime(path, (1000 + i, 1000 + i))  # stored in turn, a second apart
    assert startcache.load("x", "k0", bytes) == b"0"  # used now: the most recent
    startcache.store("x", "new", b"n")
    kept = {startcache.load("x", k, bytes) for k in ("k0", "k1", "k2", "k3", "new")}
    assert kept == {b"0", b"2", b"3", b"n", None}  # k1, the least recently used, is gone


def test_store_is_atomic_and_an_unwritable_folder_is_no_error(tmp_path, monkeypatch):
    monkeypatch.setenv("BIASLENS_CACHE_DIR", str(tmp_path / "c"))
    startcache.store("x", "k1", b"one")
    startcache.store("x", "k2", b"two")
    assert sorted(p.read_bytes() for p in (tmp_path / "c").iterdir()) == [b"one", b"two"]
    assert startcache.load("x", "k2", bytes) == b"two" and startcache.load("x", "k1", bytes) == b"one"
    (tmp_path / "f").write_text("a file, not a folder")
    monkeypatch.setenv("BIASLENS_CACHE_DIR", str(tmp_path / "f" / "c"))
    startcache.store("x", "k", b"v")
    assert startcache.load("x", "k", bytes) is None
    monkeypatch.setenv("BIASLENS_CACHE_DIR", "")
    assert startcache.cache_dir() is None and startcache.load("x", "k", bytes) is None
