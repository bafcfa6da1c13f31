"""Voice (sixteenth round's probe): a cue in an opening phrase whose subject is the main clause's
("In addition to calling for cuts, the protesters ...") reports only the phrase; the main clause
after its speaker is the writer's again, unless a verb of saying follows the speaker."""

import pytest


def voiced(analyzer, text):
    return [(h.entry, h.voice) for s in analyzer.analyze(text).sentences for h in s.hits]


@pytest.mark.parametrize("text,entry", [
    ("In addition to calling for deep cuts to the police budget, the protests have been full of socialist "
     "propaganda.", "propaganda"),
    ("But by declaring an emergency, the governor would also grab a reckless amount of power.", "reckless"),
])
def test_the_main_clause_after_the_speaker_is_the_writers(analyzer, text, entry):
    assert (entry, "writer") in voiced(analyzer, text)


def test_a_verb_of_saying_after_the_speaker_keeps_the_content(analyzer):
    text = "Announcing his exit on Friday, Senator Tom Hale denied that the reckless plan was his."
    assert ("reckless", "quoted") in voiced(analyzer, text)


def test_content_never_holds_its_own_speaker(analyzer):
    r = analyzer.analyze("In addition to calling for deep cuts to the police budget, the protests have been "
                         "full of socialist propaganda.")
    a = r.sentences[0].attribution
    assert all(not (x < a.source_span[0] < y) for x, y in a.content)
