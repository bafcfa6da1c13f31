"""The segment stage's shortcuts decide exactly as the plain forms they replace."""

import re

from biaslens import segment as seg
from biaslens.types import Block

_BOILER = ["Share on Facebook", "© 2024 Example News. All rights reserved.", "Read more here",
           "Related coverage:", "Sign up for our newsletter today", "Tags: politics"]
_CAPTION = ["Protesters gather outside the ministry. (AP Photo/Jane Roe)", "FILE PHOTO: A view of the port",
            "Photo: Jane Roe", "REUTERS/Jane Roe", "Image credit: agency", "(Reuters / Staff)"]
_BYLINE = ["By Jane Roe and John Poe", "Reporting by Ann Lee; Editing by Tom Kay", "Staff reports",
           "Updated on March 3, 2024"]


def _plain_role(text: str, block: Block) -> str:
    """paragraph_role as it was written before its patterns were tried ahead of the word count."""
    if block.kind == "heading":
        return "headline"
    if block.kind == "caption":
        return "caption"
    n_words = len(text.split(None, 60))
    if n_words < 60:
        if seg._patterns("boilerplate").match(text):
            return "boilerplate"
        head, tail = text[:100], text[-100:] if len(text) > 100 else ""
        low = (head + " " + tail).lower()
        if any(map(low.__contains__, seg._caption_hints())):
            captions = seg._patterns("captions")
            if captions.search(head) or (tail and captions.search(tail)):
                return "caption"
    if n_words < 30 and seg._patterns("bylines").match(text):
        return "byline"
    return "body"


def test_paragraph_role_decides_as_counting_words_first(samples):
    import random

    rnd = random.Random(5)
    filler = "the minister said on Friday that talks would resume in the capital".split()
    paragraphs = [p for path in samples for p in re.split(r"\n\s*\n", path.read_text(encoding="utf-8"))]
    for base in _BOILER + _CAPTION + _BYLINE:
        for n in (0, 5, 20, 28, 29, 30, 31, 55, 58, 59, 60, 61, 80):
            words = " ".join(rnd.choice(filler) for _ in range(n))
            paragraphs += [f"{base} {words}".strip(), f"{words} {base}".strip(), f"{base}\n{words}".strip()]
    for text in paragraphs:
        for kind in ("paragraph", "heading", "caption", "list"):
            block = Block(0, len(text), kind)
            assert seg.paragraph_role(text, block, 0, 1) == _plain_role(text, block), text
