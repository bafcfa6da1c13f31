import warnings

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
    (b"# name: n\nterm,category,weight,note\nx,labels,nan,a\n", 3, "not a number"),
    (b"term,category,weight,note\nx,labels,11,a\n", 2, "out of range"),
    (b"term,category,weight,note,match\nx,labels,1,a,fuzzy\n", 2, "match"),
    (b"term,category,weight,note,unless\nx,labels,1,a,\ny,labels,1,b,tax regime\n", 3, "one \\*"),
    (b"term,category,weight,note,unless\nx,labels,1,a,* * weather\n", 2, "one \\*"),
    (b"term,category,weight,note,unless\nx,labels,1,a,sanctions *; *\n", 2, "no words"),
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


@pytest.mark.parametrize("weight", ["\u0661\u0660", "1_0", "1e1", "inf", "-inf", "nan", "Infinity", "\uff11",
                                    "0x1", "1.5.", "", "+", "."])
def test_weights_are_plain_ascii_decimals(weight):
    body = f"term,category,weight,note\nfirst,labels,1,a\nx,labels,{weight},why\n".encode()
    with pytest.raises(LexiconError, match="number") as exc:
        parse_lexicon(body, path="w.csv")
    assert exc.value.line == 3 and str(exc.value).startswith("w.csv:3:")


@pytest.mark.parametrize("weight,value", [("1", 1.0), ("10", 10.0), ("+2.", 2.0), (".25", 0.25), (" 3 ", 3.0)])
def test_plain_decimal_weights_parse(weight, value):
    lx = parse_lexicon(f"term,category,weight,note\nx,labels,{weight},why\n".encode(), path="w.csv")
    assert lx.entries[0].weight == value


def test_lexicon_fifo_and_device_are_bounded(tmp_path):
    """A FIFO nobody writes to fails within the deadline; /dev/zero stops at the size cap."""
    import os
    import time

    from biaslens import lexicons

    fifo = tmp_path / "lex.csv"
    os.mkfifo(fifo)
    start = time.monotonic()
    with pytest.raises(LexiconError, match="no end of input"):
        lexicons.load_lexicon(fifo, deadline=0.5)
    assert time.monotonic() - start < 3
    with pytest.raises(LexiconError, match="over the lexicon size limit"):
        lexicons.load_lexicon("/dev/zero")


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
    ("rubber-stamp", {"rubber-stamps", "rubber-stamped", "rubber-stamping"}),  # the last part inflects
    ("flip-flop", {"flip-flops", "flip-flopped", "flip-flopping"}),
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


OVERLAPS = b"""# categories: vague, speech
term,category,weight,note,unless
the truth is,assertives,1,frame
truth,subjective,1,word
of course,assertives,1,frame
in part,hedges,1,only function words,
in some ways,hedges,1,frame
some,hedges,1,word
far left,labels,1,label
the far left,labels,1,label with article
left wing,labels,1,label
radical left wing,labels,1,label,* party
wing,subjective,1,word
is said to,vague,1,frame
said,speech,1,verb
"""


def _leftmost_longest(entries, keys):
    """What `TermMatcher.find` must return, by brute force: at each position from the left the
    longest exact term not in an `unless` context, then on after it."""
    from biaslens.lexicons import in_context

    table = {e.tokens: e for e in entries}
    longest = max(len(k) for k in table)
    out, i = [], 0
    while i < len(keys):
        for size in range(min(longest, len(keys) - i), 0, -1):
            e = table.get(tuple(keys[i:i + size]))
            if e is not None and not (e.unless and in_context(keys, i, i + size, e.unless)):
                out.append((i, i + size, e))
                i += size
                break
        else:
            i += 1
    return out


@pytest.mark.parametrize("function_words", [None, (), ("truth", "left", "said")])
def test_matcher_finds_what_a_brute_force_search_finds(function_words):
    """Whichever words are kept from being anchors, the matches are the same."""
    import random

    entries = parse_lexicon(OVERLAPS).entries
    m = TermMatcher(entries, function_words)
    vocab = sorted({k for e in entries for k in e.tokens} | {"party", "x", ","})
    rnd = random.Random(7)
    for _ in range(3000):
        keys = [rnd.choice(vocab) for _ in range(rnd.randint(0, 12))]
        assert m.find(keys) == _leftmost_longest(entries, keys), keys


@pytest.mark.parametrize("sentence,terms", [
    ("the truth is out", ["the truth is"]),
    ("in truth is", ["truth"]),  # the anchor without its article is the one-word term
    ("of course , in part", ["of course", "in part"]),  # a term of function words only
    ("the far left wing", ["the far left", "wing"]),  # leftmost first, then the longest there
    ("a radical left wing party", ["left wing"]),  # the longer term is in its neutral context
    ("he is said to have said so", ["is said to", "said"]),
])
def test_longer_terms_are_found_from_their_rarer_word(sentence, terms):
    m = TermMatcher(parse_lexicon(OVERLAPS).entries)
    assert [e.term for _, _, e in m.find(sentence.split())] == terms


UNLESS = b"""term,category,weight,note,unless
regime,labels,2,pejorative for a government,sanctions *; tax *; * of sanctions
extreme,subjective,1.5,casts a view as beyond the pale,* weather; * heat
admitted,assertives,1,implies a confession,* to hospital; * to the hospital
aggressive,subjective,0.5,evaluative,
aggressive cancer,subjective,0.5,never matches: its own context,* cell
"""


def test_unless_contexts_know_their_neighbouring_words():
    regime, extreme, admitted, aggressive, _ = parse_lexicon(UNLESS).entries
    assert {"sanctions", "tax", "taxes"} <= regime.unless.left and "of" in regime.unless.right
    assert "sanctions" not in regime.unless.right
    assert extreme.unless.left == frozenset() and "weather" in extreme.unless.right
    (_, _, lies), = TermMatcher(parse_lexicon(b"term,category,weight,note,unless\n"
                                              b"lies,labels,1,x,* #; * about\n").entries).find(["lies"])
    assert lies.unless.right is None  # '#' allows any number: no shortcut on that side


def test_unless_contexts_are_parsed_per_entry():
    regime, extreme, admitted, aggressive, _ = parse_lexicon(UNLESS).entries
    assert len(regime.unless) == 3 and not aggressive.unless
    before, after = regime.unless[0]
    assert "sanctions" in before[0] and after == ()
    assert "temperatures" not in extreme.unless[0][1][0] and "weathers" in extreme.unless[0][1][0]


@pytest.mark.parametrize("sentence,terms", [
    ("the regime jailed its critics", ["regime"]),
    ("the sanctions regime was tightened", []),
    ("a new tax regime for small firms", []),
    ("a regime of sanctions", []),  # context after the term
    ("the regime , sanctions aside", ["regime"]),  # not adjacent: no exemption
    ("extreme weather and extreme views", ["extreme"]),
    ("he was admitted to hospital after he admitted to lying", ["admitted"]),
    ("they were admitted to hospitals", []),  # context words inflect
    ("an aggressive cancer cell", ["aggressive"]),  # the longer term is exempt, the shorter one still counts
    ("an aggressive cancer", ["aggressive cancer"]),
])
def test_a_term_in_a_neutral_context_does_not_match(sentence, terms):
    m = TermMatcher(parse_lexicon(UNLESS).entries)
    assert [e.term for _, _, e in m.find(sentence.split())] == terms


def test_builtin_lexicons_are_valid_and_documented():
    from biaslens.lexicons import fixed_categories

    paths = sorted(lexicon_dir().glob("*/*.csv"))
    assert paths
    for p in paths:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # a built-in lexicon has its name and version
            lx = load_lexicon(p, allowed_categories=fixed_categories(p))
        assert lx.version != "unversioned", p
        assert lx.provenance, p


def test_unless_context_hash_stands_for_any_number(tmp_path):
    from biaslens.lexicons import TermMatcher, parse_lexicon

    src = "# name: t\n# version: 1\n# provenance: test\nterm,category,weight,note,unless\nlies about,loaded,1,x,* #\n"
    lx = parse_lexicon(src.encode())
    m = TermMatcher(lx.entries)
    assert m.find(("the", "town", "lies", "about", "30", "miles")) == []
    assert [(a, b) for a, b, _ in m.find(("he", "lies", "about", "the", "vote"))] == [(1, 3)]


def test_a_cue_tag_the_rules_do_not_know_is_refused_with_its_line():
    from biaslens.attribute import AttributionRules
    from biaslens.lexicons import CUE_CATEGORIES

    data = b"# name: cues\nterm,category,weight,note,tags,match\nshout,speech,1,loud speech,content exact\n"
    with pytest.raises(LexiconError, match=r"cues\.csv:3: unknown tag\(s\) exact of 'shout'"):
        AttributionRules.from_lexicons([parse_lexicon(data, path="cues.csv", allowed_categories=CUE_CATEGORIES)])


def test_every_builtin_cue_tag_is_one_the_rules_read():
    from biaslens.attribute import CUE_TAGS
    from biaslens.lexicons import CUE_CATEGORIES

    cues = load_lexicon(lexicon_dir() / "attribution" / "cues.csv", allowed_categories=CUE_CATEGORIES)
    assert {t for e in cues.entries for t in e.tags} <= CUE_TAGS
    # the match column, not the tags, says "exact"
    assert all(e.match == "exact" for e in cues.entries if e.term in ("made it clear", "as reported in"))


def test_a_term_is_found_as_a_possessor():
    """'regime's' is one token: with `possessives` a label used as a possessor is found, and a
    function word ('may') never takes the 's ("Theresa May's deal" holds no hedge)."""
    lx = parse_lexicon(b"term,category,weight,note,unless\nregime,labels,2,label,sanctions *\nmay,hedges,0.2,modal,\n")
    m = TermMatcher(lx.entries, possessives=True)
    assert [e.term for _, _, e in m.find("the regime's forces".split())] == ["regime"]
    assert m.find("the sanctions regime's reach".split()) == []
    assert m.find("theresa may's deal".split()) == []
    assert TermMatcher(lx.entries).find("the regime's forces".split()) == []


def test_a_hyphenated_verb_is_found_inflected():
    lx = parse_lexicon(b"term,category,weight,note\nrubber-stamp,loaded,1.5,verb\n")
    m = TermMatcher(lx.entries)
    assert [e.term for _, _, e in m.find("regulators keep rubber-stamping it".split())] == ["rubber-stamp"]
