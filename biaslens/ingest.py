"""Stage 1, ingest: bytes, files, standard input and HTML become a `Document`.

Decoding detects the encoding (BOM, UTF-8, UTF-16, then a statistical guess
with cp1252 as the last resort). Odd spaces (NBSP, thin and figure spaces,
CR) are replaced one character for one, so offsets into `Document.text` are
offsets into the decoded text. Paragraphs are separated by blank lines in
text and Markdown, and by block elements in HTML (extracted by trafilatura).

Nothing here touches the network: URLs are fetched by `biaslens.fetch`, which
hands the page to `read_html`.
"""

from __future__ import annotations

import codecs
import re
import sys
import urllib.parse
from pathlib import Path
from typing import BinaryIO

from .bounded import DEFAULT_MAX_BYTES, DEFAULT_READ_DEADLINE, read_bounded
from .errors import EncodingError, ExtractionError, InputError
from .htmlplain import capped_attributes
from .textsafe import replace_surrogates
from .titles import headline_case, headline_sentence
from .types import Block, Document

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown"})

# One-for-one replacements: offsets never move.
_SPACE_MAP = {cp: " " for cp in (0x00A0, 0x1680, 0x180E, 0x202F, 0x205F, 0x3000, 0x200B, 0xFEFF)}
_SPACE_MAP.update({cp: " " for cp in range(0x2000, 0x200B)})
_SPACE_MAP.update({0x0D: " ", 0x0B: " ", 0x0C: "\n", 0x85: "\n", 0x2028: "\n", 0x2029: "\n"})
_SPACE_CHARS = {chr(cp): rep for cp, rep in _SPACE_MAP.items()}

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")
_MD_HEADING = re.compile(r"#{1,6}[ \t]+")
_MD_SETEXT = re.compile(r"\n[ \t]*(?:=+|-+)[ \t]*$")
_HTML_SNIFF = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_LONE_CR = re.compile(r"\r(?!\n)")

_ODD_SPACE = re.compile("[" + "".join(re.escape(chr(c)) for c in _SPACE_MAP) + "]")
# Whatever read_text replaces: a surrogate, a control character or an odd space.
_TO_REPLACE = re.compile(_ODD_SPACE.pattern[:-1] + "\ud800-\udfff" + _CONTROL.pattern[1:])


def normalise(text: str) -> str:
    """Replace NBSP, zero-width and other odd spaces (and CR: a newline when no newline follows it)
    with plain spaces or newlines, one character for one, so every offset is kept.
    Each kind present is replaced with str.replace (a C scan), not str.translate (a dict lookup
    a character); no replacement is among the characters replaced, so the order does not matter."""
    m = _ODD_SPACE.search(text)
    if m is None:
        return text
    if "\r" in text:  # a carriage return alone ends a line (old Mac files); before a newline it is a space
        text = _LONE_CR.sub("\n", text)
    for odd in set(_ODD_SPACE.findall(text, m.start())):
        text = text.replace(odd, _SPACE_CHARS[odd])
    return text


# --------------------------------------------------------------------------- decoding

def decode(data: bytes, *, name: str = "input", declared: str | None = None) -> tuple[str, str]:
    """Decode bytes to text and name the encoding used.

    Order: a byte-order mark; the `declared` charset (HTTP header or meta
    tag) when it decodes cleanly; strict UTF-8; UTF-16 without a BOM
    (detected from its zero bytes); charset-normalizer's best guess; cp1252;
    latin-1. Binary data (zero bytes or many control characters) is refused.
    """
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", name), "utf-8-sig"
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                     (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return _strict(data[len(bom):], enc, name), enc.split("-")[0] + "-" + enc.split("-")[1]
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16, name), utf16
    if b"\x00" in data:
        raise InputError(f"{name}: looks like a binary file (contains zero bytes), not text")
    if declared:
        enc = _codec_name(declared)
        if enc and not enc.startswith(("utf-16", "utf-32")):  # wide text would hold zero bytes
            try:
                return _check_text(data.decode(enc), name), enc
            except UnicodeDecodeError:
                pass
    try:
        return _check_text(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return _check_text(mostly, name), "utf-8"
    # Not UTF-8. Western news in cp1252/latin-1 decodes to mostly ASCII letters;
    # text in another script (cp1251, cp1256, Shift-JIS...) decoded as cp1252
    # turns into runs of accented letters, and then the statistical guess wins.
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _mostly_ascii_letters(western):
        return _check_text(western, name), "cp1252"
    for enc in (_guess(data), "cp1252", "latin-1"):
        if not enc:
            continue
        try:
            return _check_text(data.decode(enc), name), enc
        except UnicodeDecodeError:
            continue
    raise EncodingError(f"{name}: could not decode the text in any supported encoding")  # pragma: no cover


def _mostly_utf8(data: bytes) -> str | None:
    """The text decoded as UTF-8 with U+FFFD for the bad bytes, when at least
    two thirds of the non-ASCII sequences are valid UTF-8 (a UTF-8 file with a
    pasted latin-1 line); None when the file is not mostly UTF-8."""
    text = data.decode("utf-8", "replace")
    genuine = data.count(b"\xef\xbf\xbd")
    bad = text.count("\ufffd") - genuine
    good = len(text) - len(text.encode("ascii", "ignore")) - bad - genuine
    return text if good > 2 * bad else None


def _mostly_ascii_letters(text: str) -> bool:
    sample = text[:100_000]
    letters = sum(1 for ch in sample if ch.isalpha())
    foreign = sum(1 for ch in sample if ch.isalpha() and ord(ch) > 127)
    return letters == 0 or foreign / letters < 0.2


def _codec_name(label: str) -> str | None:
    try:
        return codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None


def _strict(data: bytes, enc: str, name: str) -> str:
    try:
        return _check_text(data.decode(enc), name)
    except UnicodeDecodeError as exc:
        raise EncodingError(f"{name}: invalid {enc} text at byte {exc.start}") from None


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    if odd.count(0) > 0.4 * half and even.count(0) < 0.05 * half:
        return "utf-16-le"
    if even.count(0) > 0.4 * half and odd.count(0) < 0.05 * half:
        return "utf-16-be"
    return None


def _guess(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a dependency, but never fatal
        return None
    best = from_bytes(data[:200_000]).best()
    return best.encoding if best else None


def _check_text(text: str, name: str) -> str:
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise InputError(f"{name}: looks like a binary file (many control characters), not text")
    return text


# --------------------------------------------------------------------------- reading

def strip_credentials(url: str | None) -> str | None:
    """The URL without a ``user:password@`` part, so it is never copied into a report."""
    if not url or "@" not in url:
        return url
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return url
    if "@" not in parts.netloc:
        return url
    return urllib.parse.urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


def read_text(text: str, *, title: str | None = None, path: str | None = None, url: str | None = None,
              format: str = "text", encoding: str | None = None) -> Document:
    """A Document from text already in memory. Offsets are into `text` itself."""
    if not isinstance(text, str):
        raise InputError(f"expected text (str), got {type(text).__name__}")
    if _TO_REPLACE.search(text) is None:  # most texts: one scan finds nothing to replace
        clean = text
    else:
        text = replace_surrogates(text)
        clean = normalise(_CONTROL.sub(" ", text)) if _CONTROL.search(text) else normalise(text)
    title = replace_surrogates(title) if title else title
    url = strip_credentials(url)
    blocks = markdown_blocks(clean) if format == "markdown" else text_blocks(clean)
    if title is None:
        title = _title_from_blocks(clean, blocks)
    return Document(text=clean, blocks=blocks, title=title, path=path, url=url, format=format, encoding=encoding)


def text_blocks(text: str) -> tuple[Block, ...]:
    """Paragraph spans separated by blank lines. Text without any blank line
    but with several lines is read as one paragraph a line. A short first
    paragraph that reads as a headline (see `biaslens.titles`), followed by others, is a heading."""
    spans = _split(text, _BLANK_LINE)
    if len(spans) == 1 and "\n" in text.strip():
        spans = _split(text, re.compile(r"\n\s*"))
    blocks = [Block(s, e) for s, e in spans]
    if len(blocks) > 1 and (headline_case(text[blocks[0].start:blocks[0].end]) or headline_sentence(text, blocks)):
        blocks[0] = Block(blocks[0].start, blocks[0].end, "heading")
    return tuple(blocks)


def markdown_blocks(text: str) -> tuple[Block, ...]:
    """Blank-line paragraphs, with ATX (``# Title``) and setext headings as
    their own blocks whose span excludes the ``#`` markers."""
    blocks: list[Block] = []
    for s, e in _split(text, _BLANK_LINE):
        chunk = text[s:e]
        while chunk:
            m = _MD_HEADING.match(chunk)
            if not m:
                setext = _MD_SETEXT.search(chunk)
                if setext and "\n" not in chunk[: setext.start()]:
                    blocks.append(Block(s, s + setext.start(), "heading"))
                else:
                    blocks.append(Block(s, s + len(chunk.rstrip()), "paragraph"))
                break
            line_end = chunk.find("\n")
            line_end = len(chunk) if line_end < 0 else line_end
            head = chunk[m.end():line_end].rstrip().rstrip("#").rstrip()
            if head:
                blocks.append(Block(s + m.end(), s + m.end() + len(head), "heading"))
            rest = chunk[line_end:]
            skip = len(rest) - len(rest.lstrip())
            s += line_end + skip
            chunk = rest.lstrip()
    return tuple(blocks)


def _split(text: str, sep: re.Pattern[str]) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in sep.finditer(text):
        _add_span(text, pos, m.start(), spans)
        pos = m.end()
    _add_span(text, pos, len(text), spans)
    return spans


def _add_span(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


def _title_from_blocks(text: str, blocks: tuple[Block, ...]) -> str | None:
    for b in blocks:
        if b.kind == "heading":
            return " ".join(text[b.start:b.end].split())
        break
    return None


def read_bytes(data: bytes, *, name: str = "input", path: str | None = None, url: str | None = None,
               format: str | None = None, declared_charset: str | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """A Document from raw bytes: size check, decoding, then text, Markdown or HTML."""
    if len(data) > max_bytes:
        raise InputError(f"{name}: {len(data):,} bytes is over the size limit of {max_bytes:,} bytes "
                         "(raise it with --max-bytes)")
    if not data.strip():
        raise InputError(f"{name}: is empty")
    if format is None:
        format = "html" if _HTML_SNIFF.match(data[:4096]) else "text"
    if format == "html":
        if declared_charset is None:
            declared_charset = _meta_charset(data)
        text, enc = decode(data, name=name, declared=declared_charset)
        return read_html(text, url=url, path=path, name=name, encoding=enc)
    text, enc = decode(data, name=name, declared=declared_charset)
    if not text.strip():
        raise InputError(f"{name}: is empty")
    return read_text(text, path=path, url=url, format=format, encoding=enc)


def read_file(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """A Document from a file: ``.html``/``.htm`` via trafilatura, ``.md`` as
    Markdown, anything else as plain text (HTML is also recognised by content)."""
    return file_document(load_file(path, max_bytes=max_bytes), str(path), max_bytes=max_bytes)


def file_document(data: bytes, path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """A Document from a file's bytes, read elsewhere (a cluster's client): the
    format follows the file name, exactly as `read_file` decides it."""
    suffix = Path(path).suffix.lower()
    fmt = "html" if suffix in HTML_SUFFIXES else "markdown" if suffix in MARKDOWN_SUFFIXES else None
    return read_bytes(data, name=path, path=path, format=fmt, max_bytes=max_bytes)


def load_file(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES,
              deadline: float = DEFAULT_READ_DEADLINE) -> bytes:
    """A file's bytes, refusing directories, missing files and files over
    `max_bytes`; devices, FIFOs and pipes are read as `read_bounded` says."""
    return read_bounded(path, max_bytes, deadline)


def read_stream(stream: BinaryIO | None = None, *, name: str = "<stdin>",
                max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """A Document from a binary stream (standard input by default), reading
    at most `max_bytes` + 1 bytes so a huge stream is refused without being held."""
    stream = stream if stream is not None else sys.stdin.buffer
    data = stream.read(max_bytes + 1)
    return read_bytes(data, name=name, max_bytes=max_bytes)


# --------------------------------------------------------------------------- HTML

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)


def _meta_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:8192])
    return m.group(1).decode("ascii", "replace") if m else None


_BLOCK_KINDS = {"head": "heading", "p": "paragraph", "quote": "quote", "item": "list", "code": "code",
                "row": "table"}


def read_html(html: str, *, url: str | None = None, path: str | None = None, name: str = "input",
              encoding: str | None = None) -> Document:
    """Extract the main text of an HTML page with trafilatura (no navigation,
    asides, footers or comments) and build the Document from its blocks:
    paragraphs joined by blank lines, headings marked as such."""
    import trafilatura

    html = capped_attributes(replace_surrogates(html))
    try:
        extracted = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, include_links=False, deduplicate=False)
    except Exception as exc:  # trafilatura/lxml raise many kinds on hostile markup
        failure = ExtractionError(f"{name}: the HTML could not be parsed ({type(exc).__name__})")
        return _too_deep_fallback(html, failure, url=url, path=path, encoding=encoding)
    if extracted is None or extracted.body is None:
        failure = ExtractionError(f"{name}: no article text could be extracted from the page")
        return _too_deep_fallback(html, failure, url=url, path=path, encoding=encoding)
    pieces: list[tuple[str, str]] = []
    for el in extracted.body.iter():
        kind = _BLOCK_KINDS.get(el.tag)
        if kind is None or (el.tag == "p" and el.getparent() is not None and el.getparent().tag == "quote"):
            continue
        chunk = " ".join("".join(el.itertext()).split())
        if chunk:
            pieces.append((chunk, kind))
    if not pieces:
        failure = ExtractionError(f"{name}: no article text could be extracted from the page")
        return _too_deep_fallback(html, failure, url=url, path=path, encoding=encoding)
    parts, blocks, pos = [], [], 0
    for chunk, kind in pieces:
        chunk = normalise(chunk)
        if parts:
            parts.append("\n\n")
            pos += 2
        parts.append(chunk)
        blocks.append(Block(pos, pos + len(chunk), kind))
        pos += len(chunk)
    title = extracted.title or None
    return Document(text="".join(parts), blocks=tuple(blocks), title=title, path=path,
                    url=strip_credentials(url or extracted.url), author=extracted.author, date=extracted.date,
                    site_name=extracted.sitename, canonical_url=strip_credentials(extracted.url), encoding=encoding,
                    format="html")


def _too_deep_fallback(html: str, failure: ExtractionError, *, url: str | None, path: str | None,
                       encoding: str | None) -> Document:
    """A page nested deeper than lxml builds gives its plain text (paragraph
    per block element) rather than no text at all; any other page keeps `failure`."""
    from .htmlplain import LXML_MAX_DEPTH, html_text

    text, depth = html_text(html)
    if depth <= LXML_MAX_DEPTH or not text.strip():
        raise failure
    return read_text(text, path=path, url=url, format="html", encoding=encoding)
