"""Plain text from HTML without a tree: the fallback for pages lxml cannot build.

libxml2 stops building the tree at 256 levels of nesting, so trafilatura finds
no article in a page nested deeper than that. `html_text` walks the markup as
a stream instead (no depth limit, no recursion): the text outside scripts,
styles and the head, one paragraph per block element, and the deepest nesting
seen, so the caller can tell a too-deep page from a page without an article.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

LXML_MAX_DEPTH = 255  # libxml2's nesting limit for HTML (256 levels, the root included)
# attributes kept of one start tag: lxml, justext and htmldate take time growing with the square of a
# tag's attributes (one tag of 80,000 took two minutes); pages have a few dozen at most
MAX_ATTRIBUTES = 256
# a start tag of over 1,024 characters or quoted values (a shorter one holds a few hundred attributes at most)
_LONG_TAG = re.compile(r"""<[A-Za-z](?:[^<>"']|"[^"]*"|'[^']*'){1024,}>""")
_ATTRIBUTE = re.compile(r"""\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?""")

_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_SKIP = frozenset("script style noscript template head title svg math".split())
_BLOCK = frozenset(("p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote section article main header footer "
                    "nav aside figure figcaption table tr td th pre form hr br body html").split())


def capped_attributes(html: str) -> str:
    """The page with each start tag of more than MAX_ATTRIBUTES attributes cut to its first MAX_ATTRIBUTES
    (the page itself when it has none: every page but a hostile one)."""
    return _LONG_TAG.sub(_cap_tag, html) if _LONG_TAG.search(html) else html


def _cap_tag(m: re.Match[str]) -> str:
    tag = m.group()
    attributes = _ATTRIBUTE.finditer(tag, tag.index(next(filter(str.isspace, tag), ">")))
    for n, a in enumerate(attributes, 1):
        if n == MAX_ATTRIBUTES:
            return tag[:a.end()] + ">"
    return tag


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.max_depth = 0
        self.skipping = 0
        self.paragraphs: list[str] = []
        self._current: list[str] = []

    def _flush(self) -> None:
        chunk = " ".join("".join(self._current).split())
        if chunk:
            self.paragraphs.append(chunk)
        self._current = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _BLOCK:
            self._flush()
        if tag in _VOID:
            return
        self.stack.append(tag)
        self.max_depth = max(self.max_depth, len(self.stack))
        if tag in _SKIP:
            self.skipping += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK:
            self._flush()
        # Close up to the nearest matching open tag (looking back a little: stray end tags are ignored).
        for i in range(len(self.stack) - 1, max(-1, len(self.stack) - 32), -1):
            if self.stack[i] == tag:
                self.skipping -= sum(1 for t in self.stack[i:] if t in _SKIP)
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self._current.append(data)


def html_text(html: str) -> tuple[str, int]:
    """The page's visible text (paragraphs separated by blank lines) and its deepest nesting."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    parser._flush()
    return "\n\n".join(parser.paragraphs), parser.max_depth
