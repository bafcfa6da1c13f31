"""VADER sentiment of a sentence, with two shortcuts that give VADER's exact answer.

VADER (``SentimentIntensityAnalyzer.polarity_scores``) is the largest single
cost of an analysis. Two shortcuts give its answer without changing a single
digit of it:

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
2. **VADER's rules, each word lower-cased once.** For a text with no emoji
   (VADER would first walk it one character at a time, replacing each emoji by
   its description: such a text comes out of the walk unchanged),
   `biaslens.valence.Valences` applies VADER's word rules to VADER's words, in
   VADER's order and arithmetic, without lower-casing the whole text again for
   every lexicon word as VADER does. A text with emoji goes to VADER.

**Long sentences** (more than `MAX_WORDS` words as VADER counts them, an emoji
counting as the words of its description: a run-on paragraph, a wall of emoji)
are the one place where the answer is not VADER's own. VADER's time grows with
the square of a text's words, so such a sentence is scored in windows of at most
`WINDOW_WORDS` (100) words, cut between tokens (at whitespace where there is some in the
window's second half), and the windows' four scores are combined as a mean
weighted by each window's token count, rounded as VADER rounds. Work per sentence
is then linear in its length; every sentence up to `MAX_WORDS` words still gets
VADER's exact answer.

`Sentiments.self_check` runs both paths on probe sentences when an
analyzer is built; if a future VADER behaves differently, the shortcuts are
switched off and VADER is called as it is.
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence
from itertools import accumulate, repeat

from .tokens import split_tokens
from .types import Sentiment
from .valence import Valences

# The most words VADER is given at once (see "Long sentences" above); the size of the
# windows a longer sentence is cut into (VADER's work a word grows with the window);
# the most words VADER makes of one token (an emoji's description).
MAX_WORDS = 1000
WINDOW_WORDS = 100
_MAX_EMOJI_WORDS = 7
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
    # VADER's word rules (biaslens.valence): "no", "least", "kind of", idioms, boosters, capitals, "but"
    "No, it was never so bad, and at least the food was the bomb, but the service was kind of awful!",
    "He is not the least bit happy; the VERY small crowd was somewhat pleased, not sad?!",
    "Without a doubt, the deal is no good nor fair: they can't say it's not a major success.",
)


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
        self._maybe_emoji = _emoji_ranges(self._emoji)
        self._emoji_words = {e: len(vader.emojis[e].split()) for e in self._emoji}
        self._valences = Valences(vader)
        self.fast = True
        self.fast = self.self_check()

    def scores(self, text: str, keys: Sequence[str]) -> Sentiment:
        """VADER's scores of `text` (a sentence whose token keys are `keys`); a sentence
        of more than MAX_WORDS words, as VADER counts them, is scored in windows
        (see the module docstring)."""
        # VADER's words are at most the tokens, each emoji spelt out; a word token may hold
        # emoji too ("ℹ" is a word character), hence the length test
        if (len(keys) * _MAX_EMOJI_WORDS > MAX_WORDS or len(text) > MAX_WORDS) \
                and self._vader_words(text) > MAX_WORDS:
            return self._windowed(text, keys)
        return self._scores(text, keys)

    def _vader_words(self, text: str) -> int:
        """How many words VADER makes of `text` (each emoji becomes its description's words)."""
        extra = 0 if text.isascii() else sum(self._emoji_words.get(c, 0) for c in text)
        return len(text.split()) + extra

    def _windowed(self, text: str, keys: Sequence[str]) -> Sentiment:
        """The token-weighted mean of the scores of `text`'s windows."""
        parts, keys = self._pieces(split_tokens(text), keys)
        emoji_words = self._emoji_words
        costs = [1 + sum(emoji_words.get(c, 0) for c in tok) if not tok.isascii() else 1 for tok in parts[1::2]]
        total = [0.0, 0.0, 0.0, 0.0]
        for a, b, ka, kb in windows(parts, costs, WINDOW_WORDS):
            s, w = self._scores(text[a:b], keys[ka:kb]), kb - ka
            total[0] += w * s.neg
            total[1] += w * s.neu
            total[2] += w * s.pos
            total[3] += w * s.compound
        neg, neu, pos, compound = (x / len(keys) for x in total)  # the weights add up to len(keys)
        return Sentiment(round(neg, 3), round(neu, 3), round(pos, 3), round(compound, 4))

    def _pieces(self, parts: list[str], keys: Sequence[str]) -> tuple[list[str], Sequence[str]]:
        """`split_tokens` parts and keys with any token that VADER would spell out as more
        than WINDOW_WORDS words (thousands of "ℹ" run together) cut into pieces of
        WINDOW_WORDS // _MAX_EMOJI_WORDS characters, joined by empty gaps."""
        size = WINDOW_WORDS // _MAX_EMOJI_WORDS
        if all(len(tok) <= size or tok.isascii() for tok in parts[1::2]):
            return parts, keys
        out, out_keys = [parts[0]], []
        for i in range(1, len(parts), 2):
            tok = parts[i]
            if len(tok) > size and not tok.isascii() and self._vader_words(tok) > WINDOW_WORDS:
                for j in range(0, len(tok) - size, size):
                    out += (tok[j:j + size], "")
                    out_keys.append(tok[j:j + size].lower())
                tok = tok[j + size:]
                out_keys.append(tok.lower())
            else:
                out_keys.append(keys[i // 2])
            out += (tok, parts[i + 1])
        return out, out_keys

    def _scores(self, text: str, keys: Sequence[str]) -> Sentiment:
        if self.fast:
            emoji_free = text.isascii() or self._maybe_emoji(text) is None or self._emoji.isdisjoint(text)
            if emoji_free:
                if self._words.isdisjoint(keys) and self._no_lexicon_piece(text):
                    return NEUTRAL
                return self._valences.scores(text)
        v = self.vader.polarity_scores(text)
        return Sentiment(v["neg"], v["neu"], v["pos"], v["compound"])

    def _no_lexicon_piece(self, text: str) -> bool:
        """No whitespace piece of `text`, as VADER cuts and looks it up, is in the lexicon
        (and there is at least one piece, else VADER's answer is all zeros)."""
        pieces = text.lower().split()
        if not pieces:
            return False
        lexicon, punct = self._lexicon, _PUNCTUATION
        # the usual answer, decided in C: no piece is in the lexicon, stripped or as it stands
        # (VADER looks up one of the two, so neither being there settles it)
        if not any(map(lexicon.__contains__, pieces)) and \
                not any(map(lexicon.__contains__, map(str.strip, pieces, repeat(punct, len(pieces))))):
            return True
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



def _emoji_ranges(emoji: frozenset[str]):
    """A search for a character that may be one of `emoji`: those below U+2000 ("©", "®") one by
    one, and every character from the first of the others on. A sentence it finds nothing in (curly
    quotes and dashes lie below) holds no emoji, which one charset scan in C tells for a fraction of
    what `isdisjoint` costs (a string object a character). Written as the class of the characters
    it does not take: a class with a range up to U+10FFFF takes milliseconds to compile."""
    low = sorted(ord(e) for e in emoji if e < "\u2000")
    high = min((ord(e) for e in emoji if e >= "\u2000"), default=0x110000)
    gaps, start = [], 0
    for code in (*low, high):
        if code > start:
            gaps.append(f"\\U{start:08x}-\\U{code - 1:08x}")
        start = code + 1
    return re.compile(f"[^{''.join(gaps)}]").search


def windows(parts: list[str], costs: list[int], limit: int) -> list[tuple[int, int, int, int]]:
    """Windows of a text cut by `split_tokens` into `parts`, each of tokens whose
    `costs` (VADER's words for each token) add up to at most `limit` (a single token
    costing more stands alone): (start, end, first token, end token) each. A cut goes
    at the last whitespace gap in the window's second half, else right after its last token."""
    n = len(costs)
    offsets = list(accumulate(map(len, parts), initial=0))  # offsets[k]: where parts[k] starts
    out: list[tuple[int, int, int, int]] = []
    first = start = 0
    while first < n:
        last, used = first, 0
        while last < n and (last == first or used + costs[last] <= limit):
            used += costs[last]
            last += 1
        if last < n:  # gaps hold only whitespace: every other character belongs to a token
            half = first + (last - first) // 2
            last = next((j for j in range(last, half, -1) if parts[2 * j]), last)
        end = offsets[2 * last + 1] if last < n else offsets[-1]
        out.append((start, end, first, last))
        first, start = last, end
    return out
