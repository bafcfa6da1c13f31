import io

import pytest

from biaslens import ingest
from biaslens.errors import InputError

TEXT = "Héadline – “quoted” café\n\nSecond paragraph, naïve résumé."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"])
def test_decodes_common_encodings(encoding):
    data = TEXT.encode(encoding)
    text, used = ingest.decode(data)
    assert text == TEXT
    assert used


def test_latin1_without_cp1252_characters_decodes():
    text, _ = ingest.decode("Caf\u00e9 cr\u00e8me and more plain text here.".encode("latin-1"))
    assert text.startswith("Café crème")


def test_binary_is_refused_with_one_line():
    with pytest.raises(InputError, match="binary"):
        ingest.decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def test_nbsp_and_odd_spaces_are_normalised_without_moving_offsets():
    raw = "A\u00a0B\u2009C\u202fD\r\nE\u200bF"
    doc = ingest.read_text(raw)
    assert len(doc.text) == len(raw)
    assert doc.text == "A B C D \nE F"


def test_paragraphs_split_on_blank_lines_and_headline_detected():
    doc = ingest.read_text("Big News Today\n\nFirst para line one\ncontinues here.\n\n\n  Second para.  ")
    spans = [doc.text[b.start:b.end] for b in doc.blocks]
    assert spans == ["Big News Today", "First para line one\ncontinues here.", "Second para."]
    assert doc.blocks[0].kind == "heading"
    assert doc.title == "Big News Today"


def test_one_paragraph_a_line_when_no_blank_lines():
    doc = ingest.read_text("Line one is a paragraph.\nLine two is another.\nLine three too.")
    assert len(doc.blocks) == 3


def test_markdown_headings_are_blocks_without_hashes():
    doc = ingest.read_text("# The Title\n\nSome text here.\n\n## Sub\nMore text.", format="markdown")
    texts = [(doc.text[b.start:b.end], b.kind) for b in doc.blocks]
    assert texts == [("The Title", "heading"), ("Some text here.", "paragraph"), ("Sub", "heading"),
                     ("More text.", "paragraph")]


def test_empty_input_is_refused():
    with pytest.raises(InputError, match="empty"):
        ingest.read_bytes(b"  \n\n \t")


def test_oversized_input_is_refused():
    with pytest.raises(InputError, match="size limit"):
        ingest.read_bytes(b"x" * 101, max_bytes=100)


def test_oversized_stream_is_refused_without_reading_it_all():
    stream = io.BytesIO(b"word " * 1000)
    with pytest.raises(InputError, match="size limit"):
        ingest.read_stream(stream, max_bytes=100)
    assert stream.tell() == 101


def test_missing_file_and_directory_are_refused(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        ingest.read_file(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="directory"):
        ingest.read_file(tmp_path)


HTML = """<html><head><title>Page title</title></head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article><h1>Minister resigns over harbor deal</h1>
<p>The trade minister resigned on Friday after weeks of pressure over the harbor deal, officials said.</p>
<p>“I leave with a clear conscience,” she told reporters outside the ministry in the capital.</p>
<p>Nbsp&nbsp;here and an escaped &lt;script&gt;alert(1)&lt;/script&gt; shown as text in the paragraph.</p>
</article>
<footer>Share on Facebook · Proudly powered by WordPress · © 2024 Example News</footer>
</body></html>"""


def test_html_main_text_is_extracted_without_navigation_or_footer():
    doc = ingest.read_bytes(HTML.encode(), name="page.html", format="html")
    assert doc.format == "html"
    assert "Home" not in doc.text and "WordPress" not in doc.text
    kinds = [b.kind for b in doc.blocks]
    assert kinds[0] == "heading"
    paras = [doc.text[b.start:b.end] for b in doc.blocks]
    assert paras[1].startswith("The trade minister resigned")
    assert "<script>alert(1)</script>" in paras[3]
    assert "\u00a0" not in doc.text


def test_html_is_recognised_by_content():
    doc = ingest.read_bytes(b"<!DOCTYPE html>" + HTML.encode(), name="noext")
    assert doc.format == "html"


def test_html_without_article_text_is_a_clear_error():
    from biaslens.errors import ExtractionError

    with pytest.raises(ExtractionError, match="no article text"):
        ingest.read_bytes(b"<html><body><nav><a href='/'>Home</a></nav></body></html>", format="html")


def test_cp1252_file_with_smart_quotes_reads_correctly(tmp_path):
    p = tmp_path / "win.txt"
    p.write_bytes("He said \u201cno\u201d \u2013 twice.".encode("cp1252"))
    doc = ingest.read_file(p)
    assert doc.text == "He said “no” – twice."
    assert doc.encoding == "cp1252"


def test_normalise_replaces_every_odd_space_one_for_one():
    """Each odd space (NBSP, thin, zero-width, CR, line separators...) becomes its plain
    space or newline, wherever it stands and however many kinds a text mixes (a CR is a newline
    unless a newline follows it)."""
    import re

    from biaslens.ingest import _SPACE_MAP, normalise

    odd = "".join(map(chr, _SPACE_MAP))
    text = f"a{odd}b “{odd[::-1]}” c\u00a0\u00a0d\r\n"
    expected = re.sub("\r(?!\n)", "\n", text).translate(str.maketrans(_SPACE_MAP))
    assert normalise(text) == expected and len(expected) == len(text)
    assert normalise("plain text\n") == "plain text\n"
