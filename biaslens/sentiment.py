"""VADER sentiment of a sentence, with two shortcuts that give VADER's exact answer.

VADER (``SentimentIntensityAnalyzer.polarity_scores``) is the largest single
cost of an analysis. Two parts of its work can be left out without changing
a single digit of its answer:

1. **A sentence with no word of VADER's lexicon.** VADER splits the text at
   whitespace, strips ASCII punctuation from the ends of each piece (keeping
   the piece whole when fewer than three characters would remain, so that
   emoticons survive), and looks each lower-cased piece up in its lexicon.
   Only a piece found there carries valence; boosters, negations, "but" and
   "kind of" only scale or flip the valence of such a piece. So when no
   piece is in the lexicon (and the text has no emoji, which VADER would
   first turn into words), the answer is always neg 0, neu 1, pos 0,
   compound 0. About a third of news sentences are like that. A look at
   the sentence's own token keys (one C-level set operation) rules most
   sentences out before the pieces are checked.
2. **Emoji replacement.** VADER first walks the text one character at a
   time, replacing each emoji by its description. A text with no emoji
   character comes out of that walk unchanged, so the text is handed over
   as one piece (`_Whole`) and the walk takes one step instead of one a
   character.

`Sentiments.self_check` runs both paths on probe sentences when an
analyzer is built; if a future VADER behaves differently, the shortcuts are
switched off and VADER is called as it is.
"""

from __future__ import annotations

import string
from collections.abc import Sequence

from .types import Sentiment

NEUTRAL = Sentiment(0.0, 1.0, 0.0, 0.0)
_PUNCTUATION = string.punctuation

# Probes for the self-check: plain, loaded, negated, emphatic, emoticon, emoji, contraction, empty-ish.
PROBES = (
    "The committee met on Tuesday in the capital.",
    "The minister said the plan was a disgraceful failure!!",
    "It is not good, but it is not terrible either.",
    "Officials were VERY angry about the so-called reform :(",
    "Residents cheered 😀 as the ferry returned.",
    "They can't stand the delays, she said.",
    "“Enough,” he wrote.",
    "—",
)


class _Whole(str):
    """A string that iterates as one piece: VADER's emoji walk takes one step."""

    __slots__ = ()

    def __iter__(self):
        yield str(self)


class Sentiments:
    """VADER's four scores for a sentence, through the shortcuts above."""

    def __init__(self, vader) -> None:
        self.vader = vader
        self._lexicon = vader.lexicon
        # lexicon entries our tokenizer keeps as one token: a sentence with none of them
        # among its keys is checked piece by piece; any other sentence goes to VADER
        from .tokens import keys

        self._words = frozenset(k for k in vader.lexicon if keys(k) == (k,))
        self._emoji = frozenset(e for e in vader.emojis if len(e) == 1)
        self.fast = True
        self.fast = self.self_check()

    def scores(self, text: str, keys: Sequence[str]) -> Sentiment:
        """VADER's scores of `text` (a sentence whose token keys are `keys`)."""
        if self.fast:
            emoji_free = text.isascii() or self._emoji.isdisjoint(text)
            if emoji_free:
                if self._words.isdisjoint(keys) and self._no_lexicon_piece(text):
                    return NEUTRAL
                text = _Whole(text)
        v = self.vader.polarity_scores(text)
        return Sentiment(v["neg"], v["neu"], v["pos"], v["compound"])

    def _no_lexicon_piece(self, text: str) -> bool:
        """No whitespace piece of `text`, as VADER cuts and looks it up, is in the lexicon
        (and there is at least one piece, else VADER's answer is all zeros)."""
        pieces = text.lower().split()
        if not pieces:
            return False
        lexicon, punct = self._lexicon, _PUNCTUATION
        for piece in pieces:
            stripped = piece.strip(punct)
            if (stripped if len(stripped) > 2 else piece) in lexicon:
                return False
        return True

    def self_check(self) -> bool:
        """Whether the shortcuts give VADER's own answer on the probes."""
        from .tokens import keys

        for text in PROBES:
            v = self.vader.polarity_scores(text)
            if self.scores(text, keys(text)) != Sentiment(v["neg"], v["neu"], v["pos"], v["compound"]):
                return False
        return True
