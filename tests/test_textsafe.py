"""Lone surrogates become U+FFFD one for one at ingest, so every output can be written."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biaslens import Analyzer, ingest
from biaslens.textsafe import replace_surrogates

SURROGATE = st.integers(0xD800, 0xDFFF).map(chr)
ANY_CHAR = st.one_of(st.characters(), SURROGATE)


@settings(derandomize=True, max_examples=300, deadline=None)
@given(st.text(alphabet=ANY_CHAR, max_size=60))
def test_replace_surrogates_one_for_one(s):
    out = replace_surrogates(s)
    assert len(out) == len(s)
    out.encode("utf-8")  # always encodable
    for a, b in zip(s, out, strict=True):
        assert b == ("\ufffd" if 0xD800 <= ord(a) <= 0xDFFF else a)


@settings(derandomize=True, max_examples=40, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(["The mayor said ", "“quoted” ", "café. ", "\n\n", "😀"]), SURROGATE),
                min_size=1, max_size=12))
def test_read_text_keeps_offsets_and_encodability(pieces):
    text = "".join(pieces)
    doc = ingest.read_text(text, title="t\udc00")
    assert len(doc.text) == len(text)
    doc.text.encode("utf-8")
    doc.title.encode("utf-8")
    for b in doc.blocks:
        doc.text[b.start:b.end].encode("utf-8")


@pytest.fixture(scope="module")
def report():
    return Analyzer().analyze("The mayor said \ud800 the ferry rules were \udc00unfair. \ud800", title="s2\udc00")


def test_every_output_of_a_text_with_surrogates_can_be_written(report):
    from biaslens.render.csvout import render_csv
    from biaslens.render.html import render_html

    data = json.loads(report.to_json().encode("utf-8"))
    assert "\ufffd" in data["document"]["title"]
    for level in ("sentence", "paragraph", "article"):
        render_csv(report, level).encode("utf-8")
    render_html(report).encode("utf-8")


def test_sentence_offsets_stay_valid(report):
    text = report.document.text
    assert text.startswith("The mayor said \ufffd the ferry")
    for s in report.sentences:
        assert text[s.start:s.end] == s.text


def test_a_lone_surrogate_alone_gives_writable_outputs():
    from biaslens.render.csvout import render_csv
    from biaslens.render.html import render_html

    r = Analyzer().analyze("\ud800")
    r.to_json().encode("utf-8")
    render_csv(r).encode("utf-8")
    render_html(r).encode("utf-8")
