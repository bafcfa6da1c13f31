"""A short elliptical sentence that finishes the thought of the attributed sentence before it.

"A cashier who steals is held to account, the skipper said. Bank chiefs aren't." -- the
second sentence leaves out its verb phrase ("aren't [held to account]"): it cannot be read
without the reported words before it, so it is the same speaker's. Only a sentence of a
few words that ends on an auxiliary or "not", whose subject is a new noun phrase (a
contrast the speaker draws), in the same paragraph as a sentence with reported words (not
a vague or data attribution), and with no attribution of its own. A subject that points
back ("Ruiz said the pier would hold. It didn't.", "... Nobody was.") is the writer
answering the reported words, not the speaker going on.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..types import ROLE_BODY
from .grammar import DETERMINERS, PRONOUNS
from .records import replace

if TYPE_CHECKING:
    from ..types import Attribution, Segmented

ELLIPSIS_MAX_WORDS = 6  # words of an elliptical sentence ("Bank chiefs aren't.")
_SPEECH_KINDS = frozenset({"direct", "indirect", "colon", "according_to"})
_ELLIPTIC_END = re.compile(
    r"\b(?:(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|must|might|may)"
    r"(?:n['’]t)?|won['’]t|can['’]t|not)[.!?]*[\"”’']*\s*$", re.IGNORECASE)
# first words of a subject that points back or denies, not a new noun phrase
_BACK_POINTING = PRONOUNS | DETERMINERS - {"the", "a", "an"} | {"nobody", "none", "nothing", "neither", "no-one",
                                                               "there", "so", "not", "never"}
_CONJUNCTIONS = frozenset({"but", "and", "yet"})  # "But the pilots won't.": the subject comes next


def continue_ellipsis(seg: Segmented, result: list[Attribution]) -> None:
    """Give each elliptical sentence (see the module) the attribution of the one before it."""
    sentences, paragraphs = seg.sentences, seg.paragraphs
    for i in range(1, len(sentences)):
        s, prev = sentences[i], result[i - 1]
        if result[i].sourced or not prev.sourced or prev.kind not in _SPEECH_KINDS \
                or sentences[i - 1].paragraph != s.paragraph or paragraphs[s.paragraph].role != ROLE_BODY:
            continue
        pieces = s.text.split()
        if len(pieces) > ELLIPSIS_MAX_WORDS:
            continue  # (most sentences: decided before their words are normalised)
        words = [w.lower().strip("\"“‘',") for w in pieces]
        first = words[1] if len(words) > 1 and words[0] in _CONJUNCTIONS else words[0]
        if _ELLIPTIC_END.search(s.text) and first not in _BACK_POINTING:
            result[i] = replace(prev, rule="ellipsis-continuation", cue=None, cue_span=None,
                                content=((s.start, s.end),))
