"""The fast forms of the name-key, title-key, word and short-business tests give exactly what their plain
forms give (the entities stage's cost budget): a memo by the keys tuple, one `endswith` of all the office
suffixes, a hyphen test before the modifier-compound rule, and the business test asked last."""

from __future__ import annotations

import itertools
import random

from biaslens.entities import coref, shapes, shortforms, titlewords
from biaslens.entities.coref import _PEOPLE_SET, _PERSON_OR_NONE, Group
from biaslens.entities.lexicon import OFFICE_SUFFIXES
from biaslens.entities.mentions import Candidate
from biaslens.entities.namekeys import name_keys, name_tokens

WORDS = ["ahmed", "al-sharaa", "sánchez", "sanchez", "de", "la-fontaine", "zoë", "o'neill", "lee", "jae-myung",
         "bin", "el-sisi", "müller", "smith", "ábc-déf", "van", "crane", "ridge", "capital", "inc.", "party",
         "republican", "lumora", "-", "ß", "ﬁ"]


def test_name_keys_memo_equals_the_plain_form():
    plain = name_keys.__wrapped__
    rng = random.Random(5)
    tuples = [tuple(rng.choice(WORDS) for _ in range(rng.randint(1, 4))) for _ in range(3000)]
    for keys in tuples + tuples:  # (the second time from the memo)
        assert name_keys(keys) == plain(keys), keys


def _plain_title_key(k: str) -> str:
    k = k.rstrip(".")
    for suffix in OFFICE_SUFFIXES:
        if k.endswith(suffix):
            return k[:-len(suffix)]
    return k


def test_title_key_equals_the_plain_suffix_loop(analyzer):
    rules = analyzer._entities
    words = list(rules.titles) + list(rules.person_titles) + ["", ".", "-elect", "a-general.", "x-designate-elect"]
    for w, suffix in itertools.product(words[:400], ("", ".", *OFFICE_SUFFIXES, "-general-elect")):
        assert titlewords._title_key(w + suffix) == _plain_title_key(w + suffix), w + suffix


def test_title_key_callers_equal_their_plain_forms(analyzer):
    """`listed_title_key` and `plural_title` test the office suffixes before calling `_title_key`."""
    rules = analyzer._entities
    words = list(rules.titles) + [w + "s" for w in rules.person_titles] + ["", ".", "-elect", "sens.", "ss"]
    for w, suffix in itertools.product(words, ("", ".", *OFFICE_SUFFIXES, "-general-elect", "s-elect")):
        key = w + suffix
        k = key.rstrip(".")
        assert titlewords.listed_title_key(key, rules.titles) == (k if k.lower() in rules.titles else
                                                              _plain_title_key(k)), key
        t = _plain_title_key(key)
        plain = rules.titles.get(t[:-1]) if len(t) > 3 and t[-1] == "s" and t[:-1] in rules.person_titles \
            and t not in rules.person_titles else None
        assert titlewords.plural_title(key, rules) == plain, key


def test_a_word_without_a_hyphen_is_never_a_modifier_compound():
    rng = random.Random(7)
    letters = "abcedrnu-'’."
    for key in [*WORDS, *("".join(rng.choice(letters) for _ in range(rng.randint(0, 12))) for _ in range(5000))]:
        if "-" not in key:
            assert not shapes._modifier_compound(key), key


def _plain_short_business(g: Group, c: Candidate) -> bool:
    if g.human or not g.types or set(g.types) != {"institution"} or c.type not in (None, "institution"):
        return False
    ck = c.keys
    return any(len(k) > len(ck) and k[:len(ck)] == ck and k[len(ck):] != ("party",)
               for k in map(name_tokens, g.names))


def _plain_surname_fits(g: Group, c: Candidate) -> bool:
    """`coref._surname_fits` as first written: the business test first."""
    if coref._other_gender(g, c):
        return False
    if _plain_short_business(g, c):
        return True
    if len(g.keys) == 1:
        return True
    if c.type in _PERSON_OR_NONE and (g.human or not g.types or _PEOPLE_SET.issuperset(g.types)):
        return not g.body
    return g.human and g.last_before(c.start) >= 0


def test_surname_fits_and_short_business_equal_the_plain_forms():
    rng = random.Random(11)
    names = ["Lumora Inc.", "Lumora", "Crane Ridge Capital", "Republican Party", "Ada Morel", "Fox News", "Fox"]
    kinds = [None, "person", "official", "institution", "media", "place", "group"]
    for _ in range(20000):
        g = Group(name=rng.choice(names))
        for _ in range(rng.randint(0, 2)):
            g.names.append(rng.choice(names))
        for _ in range(rng.randint(0, 3)):
            g.vote(rng.choice(kinds[1:]))
        g.keys = {k for n in g.names for k in name_tokens(n)}
        g.human, g.gender = rng.random() < 0.3, rng.choice([None, "m", "f"])
        g.starts = sorted(rng.sample(range(100), rng.randint(0, 3)))
        words = name_tokens(rng.choice(names))
        keys = words[:rng.randint(1, len(words))]
        c = Candidate(0, rng.randint(0, 100), 0, 0, " ".join(keys), keys, (), frozenset(), rng.choice(kinds),
                      rng.choice([None, "m", "f"]), rng.random() < 0.5, ())
        assert shortforms.short_business(g, c) == _plain_short_business(g, c)
        assert coref._surname_fits(g, c) == _plain_surname_fits(g, c)
