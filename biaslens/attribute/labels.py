"""A speaker's label before a colon ("Lindqvist: ...", "SEN. RUIZ: ...", "Poll: ..."), told
from a run-in label, a section word, a date or a headline's topic.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .grammar import MONTHS, NAME_GLUE, PREPOSITIONS, TIME_WORDS
from .records import make
from .sources import types_in
from .view import title_case

if TYPE_CHECKING:
    from ..types import Attribution
    from .view import SentenceView

COLON_LABEL_MAX = 6  # tokens of a speaker's label before its colon ("Lindqvist: ...")
# words of a speaker's label before a colon; a longer one is a run-in heading ("Progress on the Ferry Question:")
SPEAKER_LABEL_MAX_WORDS = 3


def colon_source(v: SentenceView) -> Attribution | None:
    """'Lindqvist: ...' -- a short name before a colon at the start of the sentence."""
    keys = v.keys
    first = v.first
    for j in range(first, min(v.n, first + COLON_LABEL_MAX)):
        if keys[j] == ":":
            label_quoted = any(v.in_quote[first:j])
            transcript = label_quoted and all(v.words[x].isupper() or keys[x] in NAME_GLUE
                                              for x in range(first, j))  # '"OKAFOR: Yes, ...'
            if j > first and all(v.cap(x) or keys[x] in NAME_GLUE for x in range(first, j)) \
                    and j + 1 < v.n and (transcript or not label_quoted):
                src = (first, j)
                content = [(v.end_of(j), v.sent.end)]
                if types_in(v, *src) & {"data"}:  # "Poll: ...", "New Survey: ...": the poll's finding
                    return make(v, "data", "data-colon", None, src, None, content, source_type="data") \
                        if data_label(v, keys[j - 1]) else None
                if is_label(v, src) or not names_speaker_in_capitals(v, src) or not headline_label_speaker(v, src) \
                        or all(keys[x] in TIME_WORDS or keys[x] in MONTHS or keys[x][0].isdigit()
                               or keys[x] in NAME_GLUE for x in range(first, j)):
                    return None  # "Wednesday: Rain likely", "March 3: ...": a date, not a speaker
                return make(v, "colon", "name-colon", None, src, None, content)
            return None
    return None


def is_label(v: SentenceView, src: tuple[int, int]) -> bool:
    """A run-in label before a colon ("Editor’s Note:", "UPDATE:", "The Latest:"), whatever
    its apostrophe, or a topic that a one-word label ends ("Storm Ida Live:", "Harbor Vote
    Update:"): no speaker."""
    text = v.span_text(*src).lower().replace("’", "'").replace("‘", "'")
    return text in v.rules.labels or " " in text and text.rsplit(None, 1)[1] in v.rules.labels


def data_label(v: SentenceView, head: str) -> bool:
    """A label headed by one data word ("Poll:", "New Survey:"), not by its plural ("Polls:
    Open from 7 a.m." is a notice about polling places)."""
    sources = v.rules.sources
    e = sources.single(head)
    return e is not None and e.category == "data" and not (head.endswith("s") and sources.single(head[:-1]))


def headline_label_speaker(v: SentenceView, src: tuple[int, int]) -> bool:
    """In a headline-style sentence, where every word is capitalised, a label before a colon
    names a speaker ("Pence: ...", "Port Director: ...") when it holds a source word or a
    listed given name, or when one of its capitalised words stands as a name in the
    article's running text ("Obama on Climate Change: ..."); else it is a topic ("Morning
    Briefing: ...", "Harbor Hearing: ..."). Outside headlines every label passes."""
    after = src[1] + 1  # the token after the colon
    if not title_case(v) or types_in(v, *src) - {"data", "statistics"} or (after < v.n and v.in_quote[after]):
        return True  # ... or a quotation follows: "Harbor Chief: ‘We Will Not Close the Pier’"
    words = [v.words[x] for x in range(*src) if v.words[x][:1].isalpha()]
    if any(w.lower() in v.rules.given_names for w in words):
        return True
    return any(v.cap(x) and v.keys[x] not in PREPOSITIONS and named_in_running_text(v, v.words[x])
               for x in range(*src))


def named_in_running_text(v: SentenceView, name: str) -> bool:
    """Whether `name` stands capitalised outside this sentence after a word or a title ("said
    Okafor", "Dr. Okafor", "Mike Pence"), not after a comma or at a line's start, as in a
    title-case heading ("Ports, Markets and Weather")."""
    pattern = re.compile(rf"(?:\b[A-Za-z]+|\b(?:Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Prof)\.)[ \t]+{re.escape(name)}\b")
    return pattern.search(v.text, 0, v.sent.start) is not None or pattern.search(v.text, v.sent.end) is not None


def names_speaker_in_capitals(v: SentenceView, src: tuple[int, int]) -> bool:
    """A label in capitals before a colon names a speaker ("OKAFOR:", "SEN. RUIZ:") when it
    holds a title or a listed given name, when one of its words stands as a name elsewhere
    in the article ("Dr. Okafor"), or when it labels another turn of the article (a
    transcript's "Q:" and "A:"); failing those, a single word that is no section word is
    taken for a surname ("LINDQVIST:"), and anything else ("MARKETS:", "WATCH BELOW:",
    `section_labels.txt`) is a section label. A label not all in capitals is left to the
    other checks."""
    words = [v.words[x] for x in range(*src) if v.words[x][:1].isalpha()]
    if not words or not all(w.isupper() for w in words):
        return True
    if types_in(v, *src) & {"official"} or any(w.lower() in v.rules.given_names for w in words):
        return True
    text, label = v.text, v.span_text(*src)
    if any(len(w) > 1 and named_in_running_text(v, w.capitalize()) for w in words):
        return True
    turn = re.compile(rf"(?:^|\n)[ \t>\"“]*{re.escape(label)}:")
    if sum(1 for _ in zip(turn.finditer(text), range(2), strict=False)) > 1:
        return True
    return len(words) == 1 and len(words[0]) > 1 and words[0].lower() not in v.rules.section_labels
