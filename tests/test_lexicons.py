import pytest

from biaslens.errors import LexiconError
from biaslens.lexicons import TermMatcher, inflections, lexicon_dir, load_lexicon, parse_lexicon

GOOD = b"""# name: mine
# version: 2.1
# provenance: test
term,category,weight,note
meddle,loaded,1.5,hostile word for involvement
so-called,scare,2,distancing
worst ever,intensifiers,1,superlative
it is a fact that,assertives,1,"factive frame, with a comma"
"""


def test_parses_header_and_entries():
    lx = parse_lexicon(GOOD, path="mine.csv")
    assert (lx.name, lx.version, lx.provenance) == ("mine", "2.1", "test")
    assert [e.term for e in lx.entries] == ["meddle", "so-called", "worst ever", "it is a fact that"]
    assert lx.entries[3].note == "factive frame, with a comma"
    assert len(lx.sha256) == 64


@pytest.mark.parametrize("body,line,message", [
    (b"term,category,weight\nx,labels,1\n", 1, "lacks column"),
    (b"term,category,weight,note\nx,labels,heavy,why\n", 2, "not a number"),
    (b"term,category,weight,note\n,labels,1,why\n", 2, "empty term"),
    (b"term,category,weight,note\nx,labels,1,\n", 2, "no note"),
    (b"term,category,weight,note\nx,labels,1,a\nX,labels,2,b\n", 3, "already defined"),
    (b"term,category,weight,note\nx,labels,1,a,b,c\n", 2, "fields"),
    (b"# name: n\nterm,category,weight,note\nx,labels,nan,a\n", 3, "between"),
    (b"term,category,weight,note,match\nx,labels,1,a,fuzzy\n", 2, "match"),
])
def test_bad_lines_are_named(body, line, message):
    with pytest.raises(LexiconError, match=message) as exc:
        parse_lexicon(body, path="bad.csv")
    assert exc.value.line == line
    assert f"bad.csv:{line}:" in str(exc.value)


def test_invalid_utf8_names_the_line():
    with pytest.raises(LexiconError, match="UTF-8") as exc:
        parse_lexicon(b"term,category,weight,note\nok,labels,1,a\n\xff\xfe,labels,1,b\n", path="x.csv")
    assert exc.value.line == 3


def test_missing_file(tmp_path):
    with pytest.raises(LexiconError, match="no such file"):
        load_lexicon(tmp_path / "none.csv")


@pytest.mark.parametrize("word,forms", [
    ("meddle", {"meddles", "meddled", "meddling"}),
    ("slam", {"slams", "slammed", "slamming"}),
    ("bully", {"bullies", "bullied", "bullying"}),
    ("weaponize", {"weaponizes", "weaponized", "weaponizing"}),
    ("conquer", {"conquers", "conquered", "conquering"}),
    ("smash", {"smashes", "smashed", "smashing"}),
    ("agree", {"agrees", "agreed", "agreeing"}),
    ("decry", {"decries", "decried", "decrying"}),
    ("belie", {"belies", "belied", "belying"}),
    ("echo", {"echoes", "echoed", "echoing"}),
])
def test_inflections(word, forms):
    assert forms <= inflections(word)


def test_matcher_prefers_longest_and_matches_inflections():
    lx = parse_lexicon(GOOD + b"worst,intensifiers,0.5,superlative\n")
    m = TermMatcher(lx.entries)
    keys = "iran is meddling and it is the worst ever so-called deal".split()
    found = [(keys[a:b], e.term) for a, b, e in m.find(keys)]
    assert found == [(["meddling"], "meddle"), (["worst", "ever"], "worst ever"), (["so-called"], "so-called")]


def test_user_entries_override_earlier_ones():
    base = parse_lexicon(GOOD).entries
    override = parse_lexicon(b"term,category,weight,note\nmeddle,labels,3,stronger\n").entries
    m = TermMatcher(base + override)
    (_, _, e), = m.find(["meddled"])
    assert (e.category, e.weight) == ("labels", 3.0)


def test_builtin_lexicons_are_valid_and_documented():
    paths = sorted(lexicon_dir().glob("*/*.csv"))
    assert paths
    for p in paths:
        lx = load_lexicon(p)
        assert lx.version != "unversioned", p
        assert lx.provenance, p
