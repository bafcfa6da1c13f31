"""The records' quicker __init__ (types.fast_init) keeps dataclass behaviour."""

import dataclasses
import pickle

import pytest

from biaslens.types import Attribution, Hit, SentenceScore, Sentiment, fast_init


def test_fast_init_keeps_signature_defaults_and_dataclass_tools():
    a = Attribution(True, "direct", "AP", "media", "said")
    assert (a.via, a.content, a.source_name) == (None, (), None)
    assert Attribution(sourced=True, kind="direct", source="AP", source_type="media", cue="said") == a
    assert hash(a) == hash(Attribution(True, "direct", "AP", "media", "said"))
    b = dataclasses.replace(a, source="Reuters")
    assert b.source == "Reuters" and a.source == "AP"
    assert [f.name for f in dataclasses.fields(Hit)][:3] == ["term", "category", "weight"]
    assert dataclasses.asdict(Sentiment(0.1, 0.8, 0.1, 0.5)) == {"neg": 0.1, "neu": 0.8, "pos": 0.1, "compound": 0.5}
    assert pickle.loads(pickle.dumps(a)) == a
    assert repr(Sentiment()) == "Sentiment(neg=0.0, neu=0.0, pos=0.0, compound=0.0)"
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.source = "x"
    with pytest.raises(TypeError):
        Attribution()  # `sourced` has no default


def test_fast_init_runs_default_factories_per_instance():
    one, two = SentenceScore(), SentenceScore()
    assert one.sentiment == Sentiment() and one.sentiment is not None
    assert one == two


def test_fast_init_refuses_what_it_cannot_reproduce():
    @dataclasses.dataclass(frozen=True, slots=True)
    class WithPost:
        x: int

        def __post_init__(self):
            pass

    with pytest.raises(TypeError):
        fast_init(WithPost)

    @dataclasses.dataclass(frozen=True)
    class NoSlots:
        x: int

    with pytest.raises(TypeError):
        fast_init(NoSlots)


def test_fast_init_records_copy_pickle_and_refuse_subclasses():
    import copy

    h = Hit("slammed", "loaded", 1.0, 3, 10, "writer", target=None)
    assert type(h) is Hit and copy.copy(h) == h and copy.deepcopy(h) == h
    assert pickle.loads(pickle.dumps(h, protocol=pickle.HIGHEST_PROTOCOL)) == h
    assert dataclasses.replace(h, voice="quoted").voice == "quoted"
    with pytest.raises(TypeError):
        type("Sub", (Hit,), {"__slots__": ()})

    @dataclasses.dataclass(frozen=True, slots=True)
    class Base:
        x: int

    @dataclasses.dataclass(frozen=True, slots=True)
    class Derived(Base):
        y: int = 0

    with pytest.raises(TypeError):
        fast_init(Derived)


_TRICKY = ["1,700 people", "95% of 3.5bn", "so-called “moderate”", "Iran‘s O’Brien's 'tis rock 'n' roll",
           "_x_ x_1 _9 9_ 2nd 5:30 p.m. U.S. e-mail", "ℹℹ 😀 x\u00a0y\u200bz", "İstanbul ΟΔΟΣ ß ²³ ٣٤ 一二",
           "a--b ... !? \t\n(—)", "", " ", "x"]


def test_the_sentence_split_pattern_cuts_as_the_plain_token_pattern(samples):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from biaslens.tokens import _SPLIT_RE, PLAIN_SPLIT_RE

    texts = _TRICKY + [p.read_text(encoding="utf-8") for p in samples]
    for text in texts:
        assert _SPLIT_RE.split(text) == PLAIN_SPLIT_RE.split(text)

    chars = st.sampled_from(list("aZ9_ .,:%-'’‘“”!?\u00a0ß٣²ℹ😀\n"))

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet=chars, max_size=40) | st.text(max_size=40))
    def same(text):
        assert _SPLIT_RE.split(text) == PLAIN_SPLIT_RE.split(text)

    same()


def test_sentence_tokens_give_what_the_plain_helpers_give(samples):
    """`sentence_tokens` (one join for keys and word count) against `keys_of`, `starts_of` and
    `count_word_tokens`, and the word count against the word pattern itself."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from biaslens.tokens import count_word_tokens, count_words, keys_of, sentence_tokens, split_tokens, starts_of

    def check(text: str, offset: int = 17) -> None:
        parts = split_tokens(text)
        words = parts[1::2]
        expected = (words, keys_of(words), starts_of(parts, offset), count_word_tokens(words))
        assert sentence_tokens(text, offset) == expected
        assert expected[3] == count_words(text)

    for text in _TRICKY + [line for p in samples for line in p.read_text(encoding="utf-8").splitlines()]:
        check(text)

    chars = st.sampled_from(list("aZ9_ .,:%-'’‘“”!?\u00a0ß٣²ℹ😀\nⒶ½İ\u0301"))

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet=chars, max_size=40) | st.text(max_size=40))
    def same(text):
        check(text)

    same()
