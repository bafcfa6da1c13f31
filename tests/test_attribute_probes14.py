"""Attribution from the fourteenth round's probe stories (purpose-written sentences)."""

import pytest


@pytest.mark.parametrize("text", [
    'One mother, who gave only her first name, Jessica, said her son had "done nothing wrong."',
    "A neighbour, who asked not to be named, said her husband was at home.",
])
def test_a_phrase_after_the_cue_followed_by_a_finite_verb_is_the_contents_subject_not_the_speaker(analyzer, text):
    att = analyzer.analyze(text).sentences[0].attribution
    assert att.rule != "inverted-cue" and att.source not in ("her son", "her husband")


def test_an_inverted_speaker_before_a_comma_still_speaks(analyzer):
    att = analyzer.analyze("The vote was lost, said her son, a union organiser.").sentences[0].attribution
    assert att.rule == "inverted-cue" and att.source.startswith("her son")
