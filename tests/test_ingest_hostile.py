"""Odd and hostile inputs at ingest: wrong charset headers, mixed encodings,
credentials in URLs, HTML nested deeper than lxml builds."""

import pytest

from biaslens import Analyzer, ingest
from biaslens.errors import ExtractionError

PARA = ("<p>The harbor board delayed its vote on the ferry rules on Tuesday, the chair said, after owners of "
        "the caf\u00e9s on the quay complained about the \u201cunfair\u201d fees.</p>")
PAGE = f"<html><head><title>Ferry vote</title></head><body><article><h1>Ferry vote delayed</h1>{PARA * 3}" \
       "</article></body></html>"


@pytest.mark.parametrize("declared", ["utf-16", "UTF-16LE", "utf-16be", "utf-32"])
@pytest.mark.parametrize("pad", ["", " "])
def test_wide_charset_claimed_over_utf8_bytes_falls_back_to_detection(declared, pad):
    data = (PAGE + pad).encode("utf-8")
    doc = ingest.read_bytes(data, name="page", format="html", declared_charset=declared)
    assert "caf\u00e9s" in doc.text and doc.encoding == "utf-8"


def test_real_utf16_page_still_decodes():
    doc = ingest.read_bytes(PAGE.encode("utf-16"), name="page", format="html", declared_charset="utf-16")
    assert "caf\u00e9s" in doc.text


def test_mostly_utf8_file_with_a_latin1_line_decodes_as_utf8():
    body = "\u201cThe caf\u00e9 owners\u201d said the fees were unfair \u2014 all of them. " * 20
    data = body.encode("utf-8") + "\nA pasted line: cr\u00e8me br\u00fbl\u00e9e.\n".encode("latin-1")
    text, enc = ingest.decode(data)
    assert enc == "utf-8"
    assert text.startswith("\u201cThe caf\u00e9 owners\u201d")  # not mojibake
    assert text.count("\ufffd") == 3  # one for each latin-1 byte


def test_latin1_and_cp1252_files_still_decode_as_such():
    text, enc = ingest.decode("Caf\u00e9 cr\u00e8me, \u201cquoted\u201d and na\u00efve.".encode("cp1252"))
    assert text.startswith("Caf\u00e9 cr\u00e8me, \u201cquoted\u201d") and enc == "cp1252"


@pytest.mark.parametrize("depth", [254, 300, 5000])
def test_html_nested_deeper_than_lxml_falls_back_to_plain_text(depth):
    html = ("<html><head><title>T</title><script>var hidden = 1;</script></head><body>" + "<div>" * depth + PARA * 3
            + "</div>" * depth + "</body></html>")
    doc = ingest.read_html(html, name="deep.html")
    assert doc.text.count("harbor board") == 3 and "hidden" not in doc.text
    assert [doc.text[b.start:b.end][:10] for b in doc.blocks] == ["The harbor"] * 3


def test_shallow_page_without_article_still_refused():
    with pytest.raises(ExtractionError, match="no article text"):
        ingest.read_html("<html><body><nav><a href='/'>Home</a></nav></body></html>", name="nav.html")


@pytest.mark.parametrize("url,expected", [
    ("https://user:secret@news.example/a?q=1#f", "https://news.example/a?q=1#f"),
    ("http://token@news.example:8080/a", "http://news.example:8080/a"),
    ("https://news.example/a?next=x@y", "https://news.example/a?next=x@y"),
    (None, None),
])
def test_credentials_are_stripped(url, expected):
    assert ingest.strip_credentials(url) == expected


def test_credentials_never_reach_the_json():
    html = PAGE.replace("<head>", "<head><link rel='canonical' href='https://u:p@news.example/canon'>")
    doc = ingest.read_html(html, url="https://user:secret@news.example/a")
    assert doc.url == "https://news.example/a" and "secret" not in (doc.canonical_url or "")
    report = Analyzer().analyze("The mayor said the rules were unfair.", url="https://user:secret@news.example/a")
    assert "secret" not in report.to_json()
