"""Title detection in plain text: a sentence-case headline ending with a period (issue 19)."""

import pytest

import biaslens
from biaslens.ingest import read_text

LEDE = ("The state's highest court ruled on the matter after a long hearing in which lawyers for both "
        "sides argued over the scope of the law and the records it covers, officials said.")
BODY = f"{LEDE}\n\n{LEDE}\n\n{LEDE}"


@pytest.mark.parametrize("headline", [
    "Judge rejects request to unseal divorce file.",
    "Green Party candidate removed from debate site by police.",
    "Poll: Clinton and Trump in dead heat heading into first debate.",
    "Every 72 minutes, a veteran commits suicide.",
    "Virginian could make history. Again.",
])
def test_sentence_case_headline_with_period_is_the_title(headline):
    doc = read_text(f"{headline}\n\n{BODY}")
    assert doc.title == headline
    assert doc.blocks[0].kind == "heading"
    report = biaslens.analyze(f"{headline}\n\n{BODY}")
    assert report.paragraphs[0].role == "headline"
    assert report.paragraphs[1].role == "body"


def test_headline_with_deck_on_two_lines_is_one_title():
    doc = read_text(f"Lawmaker urges retaliation on Russia;\nPanel member says the country must act.\n\n{BODY}")
    assert doc.title == "Lawmaker urges retaliation on Russia; Panel member says the country must act."


@pytest.mark.parametrize("first", [
    "The statue was moved to a museum.",  # as long as the paragraphs after it: a lede among ledes
    "The council voted on Tuesday to close the harbor.",  # a day: a lede
    "Prices will rise, the minister said.",  # a reporting verb in the past: a lede
    "“We will rise again,” she said.",  # a quotation
    "WASHINGTON — The House read the Constitution.",  # a dateline
])
def test_ledes_are_not_titles(first):
    text = (f"{first}\n\nThe museum was designed by a famous architect.\n\nThe bridge was damaged."
            if first.startswith("The statue") else f"{first}\n\n{BODY}")
    doc = read_text(text)
    assert doc.title is None
    assert doc.blocks[0].kind == "paragraph"


def test_a_long_first_sentence_is_not_a_title():
    first = ("Officials in the northern province closed two more schools and a hospital wing after the "
             "flood waters rose.")
    assert read_text(f"{first}\n\n{BODY}\n\n{BODY}").title is None


def test_a_given_title_wins_and_the_line_is_still_the_headline():
    doc = read_text(f"Judge rejects request to unseal divorce file.\n\n{BODY}", title="Given")
    assert doc.title == "Given"
    assert doc.blocks[0].kind == "heading"
