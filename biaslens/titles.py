"""Whether the first paragraph of plain text is the article's headline.

Two rules, each a small function:

- `headline_case`: one short line without end punctuation, or in headline
  case ("Ferry Rules Face Harbor Board Vote.").
- `headline_sentence`: a short line in sentence case that ends with a period
  ("Judge rejects request to unseal divorce file."), or a headline and its
  deck on two lines, the first ending with ';'. Such a line is a headline
  only when the paragraphs after it are clearly longer and hold body-length
  text (a headline sits over a body; a one-sentence lede sits among sentences of its own length), it
  does not open with a quotation or a wire dateline, and it has none of the
  lede markers of ``lexicons/segment/lede_markers.txt`` ('said', 'Tuesday').
"""

from __future__ import annotations

import re
from functools import cache

from .lexicons import read_list
from .types import Block

MAX_HEADLINE_WORDS = 16  # a sentence-case headline (its first line, when it has a deck)
BODY_RATIO = 2.0  # the next paragraphs hold on average at least this many times its words
NEXT_BLOCKS = 5  # how many paragraphs after it are compared
MIN_BODY_WORDS = 15  # ... and on average at least this many words (body paragraphs, not one-line items)
_END = re.compile(r"[.!?][\"'’”)]*$")
_QUOTE_OPEN = "\"'“‘«"


def headline_case(chunk: str) -> bool:
    """One short line without end punctuation, or in headline case ('Ferry Rules Face Harbor Board Vote.')."""
    words = chunk.split()
    if not 0 < len(words) <= 20 or "\n" in chunk.strip():
        return False
    if chunk.rstrip()[-1] not in ".,;:":
        return True
    long = [w for w in words if len(w.strip("\"'“”‘’:,.")) > 3 and w[:1].isalpha()]
    return len(long) >= 3 and sum(1 for w in long if w[0].isupper()) >= 0.8 * len(long)


def headline_sentence(text: str, blocks: tuple[Block, ...] | list[Block]) -> bool:
    """A first paragraph that is a short sentence-case headline ending with a period (see the module doc)."""
    if len(blocks) < 2:
        return False
    first = text[blocks[0].start:blocks[0].end].strip()
    n = _headline_words(first)
    if not 3 <= n <= MAX_HEADLINE_WORDS or not _END.search(first) or first[0] in _QUOTE_OPEN:
        return False
    if _dateline().match(first) or _has_lede_marker(first):
        return False
    after = [len(text[b.start:b.end].split()) for b in blocks[1:1 + NEXT_BLOCKS]]
    mean = sum(after) / len(after)
    return mean >= BODY_RATIO * n and mean >= MIN_BODY_WORDS


def _headline_words(first: str) -> int:
    """Words of the headline line: the whole paragraph when it is one line; the first line of a
    headline and deck (two lines, the first ending with ';'); 0 for anything else."""
    lines = first.split("\n")
    if len(lines) == 1:
        return len(first.split())
    if len(lines) == 2 and lines[0].rstrip().endswith(";"):
        return len(lines[0].split())
    return 0


def _has_lede_marker(line: str) -> bool:
    return bool(_markers().search(line))


@cache
def _markers() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(map(re.escape, read_list("segment/lede_markers.txt"))) + r")\b", re.I)


@cache
def _dateline() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in read_list("segment/datelines.txt")))


def prepare() -> None:
    """Read and compile the data-file patterns now (an Analyzer does, when it is built), not
    on the first article."""
    _markers()
    _dateline()
