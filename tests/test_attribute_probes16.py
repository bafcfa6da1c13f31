"""Attribution from the sixteenth round's probe stories (purpose-written sentences)."""

import pytest


@pytest.mark.parametrize("text", [
    "Inez Marlow won the appeal. Lawyers said the ruling was fair. She said she was relieved.",
    'Inez Marlow runs the lab. Colleagues describe her as tireless. She says she never tires of it.',
])
def test_a_sentence_opening_plural_source_is_no_he_or_she(analyzer, text):
    last = analyzer.analyze(text).sentences[-1].attribution
    assert last.sourced and last.source.lower() == "she" and last.speaker in (None, "Inez Marlow")
