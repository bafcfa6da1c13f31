"""VADER's scores of an emoji-free text, with each word lower-cased once.

VADER (``SentimentIntensityAnalyzer.polarity_scores``, vaderSentiment 3.3.2) gives
each word of a text its valence one word at a time, and for every word of its
lexicon it lower-cases the whole text again four times (three negation checks and
the idiom check) and walks its 59 negation words three times. `Valences` applies
the same rules in the same order to the same words, lower-cased once:

- the words are VADER's (whitespace pieces with ASCII punctuation stripped from
  their ends unless fewer than three characters would remain);
- only a lexicon word can carry valence (every other word gets VADER's ``0``), so
  the rules run at the lexicon words' positions only, reading the words around
  them from the one lower-cased list;
- a negation is a word of VADER's `NEGATE` list or one holding "n't" (what
  VADER's ``negated`` answers for one word: lower-casing a lower-cased word
  changes nothing);
- the negation check runs only when the word it looks at negates (or "so" or
  "this" is in place for "never so"); the idiom check builds its word
  sequences only when one of the six words it reads is a word of a multi-word
  idiom or booster ("kind of", "bad ass"): otherwise neither changes anything;
- the contrastive "but" is VADER's own code (``_but_check``), given the same
  list VADER builds;
- the four scores are VADER's ``score_valence`` over that list, its positive and
  negative sums taken over the lexicon words' positions (every other entry is 0,
  which adds nothing to either sum and counts as neutral).

Each step does the float arithmetic VADER does, in the same order, so the scores
are VADER's digit for digit. `biaslens.sentiment.Sentiments` checks them against
VADER's on probe sentences when an analyzer is built and calls VADER itself if
they ever differ; the tests compare them on every sample sentence and on
generated sentences dense in negations, boosters, idioms, capitals and "but".
"""

from __future__ import annotations

import math
import string

from .types import Sentiment

_PUNCTUATION = string.punctuation
_SO_THIS = ("so", "this")
_ZERO = Sentiment(0.0, 0.0, 0.0, 0.0)


class Valences:
    """VADER's rules over a text's words; `scores` gives VADER's dict for a text."""

    def __init__(self, vader) -> None:
        import vaderSentiment.vaderSentiment as lib

        self.lexicon = vader.lexicon
        self.boosters = lib.BOOSTER_DICT
        self.special = lib.SPECIAL_CASES
        self.negations = frozenset(lib.NEGATE)
        self.n_scalar = lib.N_SCALAR
        self.c_incr = lib.C_INCR
        self.scalar_inc_dec = lib.scalar_inc_dec
        self.but_check = lib.SentimentIntensityAnalyzer._but_check
        self.normalize = lib.normalize
        self.least_negates = "least" not in self.lexicon  # VADER's `_least_check` skips a lexicon word
        # the words of every multi-word key the idiom check can match (sequences of words
        # joined by a space: a single-word key such as "badass" never matches one)
        self.idiom_words = frozenset(w for key in (*self.special, *self.boosters) if " " in key
                                     for w in key.split(" "))

    def scores(self, text: str) -> Sentiment:
        """VADER's `polarity_scores` of `text`, which must hold no emoji."""
        text = text.strip()
        punct = _PUNCTUATION
        words = [w if len(s := w.strip(punct)) <= 2 else s for w in text.split()]
        low = list(map(str.lower, words))
        lexicon = self.lexicon
        sentiments: list = [0] * len(words)
        found = [i for i, w in enumerate(low) if w in lexicon]
        if found:
            n, boosters = len(low), self.boosters
            upper = sum(map(str.isupper, words))
            cap_diff = 0 < n - upper < n
            for i in found:
                w = low[i]
                if w in boosters or (w == "kind" and i < n - 1 and low[i + 1] == "of"):
                    continue
                sentiments[i] = self.valence(i, words, low, cap_diff)
            if "but" in low:
                sentiments = self.but_check(words, sentiments)
        return self.score(sentiments, found, text)

    def score(self, sentiments: list, found: list[int], text: str) -> Sentiment:
        """VADER's `score_valence`: the valences (nonzero only at the positions `found`)
        summed, amplified by the text's "!" and "?", normalised and split into shares."""
        if not sentiments:
            return _ZERO
        sum_s = float(sum(sentiments))
        ep_count = min(text.count("!"), 4)
        qm_count = text.count("?")
        qm_amplifier = 0 if qm_count <= 1 else qm_count * 0.18 if qm_count <= 3 else 0.96
        punct_emph_amplifier = ep_count * 0.292 + qm_amplifier
        if sum_s > 0:
            sum_s += punct_emph_amplifier
        elif sum_s < 0:
            sum_s -= punct_emph_amplifier
        compound = self.normalize(sum_s)
        pos_sum = neg_sum = 0.0
        for i in found:
            s = sentiments[i]
            if s > 0:
                pos_sum += float(s) + 1  # the +1 and -1: VADER's compensation for neutral words
            elif s < 0:
                neg_sum += float(s) - 1
        neu_count = sentiments.count(0)
        if pos_sum > math.fabs(neg_sum):
            pos_sum += punct_emph_amplifier
        elif pos_sum < math.fabs(neg_sum):
            neg_sum -= punct_emph_amplifier
        total = pos_sum + math.fabs(neg_sum) + neu_count
        neg, neu, pos = math.fabs(neg_sum / total), math.fabs(neu_count / total), math.fabs(pos_sum / total)
        # rounding 0 (either sign) or 1 gives it back: a third of the shares are one of them, and
        # `round` (a decimal string made and read back) costs more than the rest of this method
        return Sentiment(neg if neg == 0.0 else round(neg, 3), neu if neu == 0.0 or neu == 1.0 else round(neu, 3),
                         pos if pos == 0.0 else round(pos, 3), compound if compound == 0.0 else round(compound, 4))

    def valence(self, i: int, words: list[str], low: list[str], cap_diff: bool) -> float:
        """VADER's `sentiment_valence` for the lexicon word at `i` (its `_least_check` and its
        negation check of the word right before, inlined)."""
        lexicon, n_scalar = self.lexicon, self.n_scalar
        w = low[i]
        valence = lexicon[w]
        if w == "no" and i != len(low) - 1 and low[i + 1] in lexicon:
            valence = 0.0  # "no" negates the next word rather than counting itself
        if (i > 0 and low[i - 1] == "no") or (i > 1 and low[i - 2] == "no") \
                or (i > 2 and low[i - 3] == "no" and low[i - 1] in ("or", "nor")):
            valence = lexicon[w] * n_scalar
        if words[i].isupper() and cap_diff:
            if valence > 0:
                valence += self.c_incr
            else:
                valence -= self.c_incr
        for start_i in range(min(i, 3)):
            before = low[i - start_i - 1]
            if before in lexicon:
                continue
            s = self.scalar_inc_dec(words[i - start_i - 1], valence, cap_diff) if before in self.boosters else 0.0
            if start_i == 1 and s != 0:
                s = s * 0.95
            if start_i == 2 and s != 0:
                s = s * 0.9
            valence = valence + s
            # VADER's negation check changes nothing unless `before` negates (or, three words
            # back, "so" or "this" comes right before the word); its idiom check, unless one of
            # the words it reads belongs to an idiom
            if before in self.negations or "n't" in before or (start_i == 2 and low[i - 1] in _SO_THIS):
                valence = self.negation(valence, low, start_i, i)
            if start_i == 2 and not self.idiom_words.isdisjoint(low[i - 3:i + 3]):
                valence = self.idioms(valence, low, i)
        if i > 0 and low[i - 1] == "least" and self.least_negates:
            if i == 1 or (low[i - 2] != "at" and low[i - 2] != "very"):
                valence = valence * n_scalar  # "least good", not "at least" or "very least"
        return valence

    def negation(self, valence: float, low: list[str], start_i: int, i: int) -> float:
        """VADER's `_negation_check` for the word `start_i` + 1 before `i`: it negates, or
        "never so", "never this" intensify, or "without doubt" keeps (`low` is lower-case, so
        VADER's `negated` is a look-up and a search for "n't")."""
        if start_i == 0:
            if low[i - 1] in self.negations or "n't" in low[i - 1]:
                valence = valence * self.n_scalar
        elif start_i == 1:
            two, one = low[i - 2], low[i - 1]
            if two == "never" and one in _SO_THIS:
                valence = valence * 1.25
            elif two == "without" and one == "doubt":
                pass
            elif two in self.negations or "n't" in two:
                valence = valence * self.n_scalar
        else:
            three, two, one = low[i - 3], low[i - 2], low[i - 1]
            if three == "never" and two in _SO_THIS or one in _SO_THIS:
                valence = valence * 1.25
            elif three == "without" and (two == "doubt" or one == "doubt"):
                pass
            elif three in self.negations or "n't" in three:
                valence = valence * self.n_scalar
        return valence

    def idioms(self, valence: float, low: list[str], i: int) -> float:
        """VADER's `_special_idioms_check` at `i` (at least 3). Asked only when one of the words
        it reads belongs to an idiom: otherwise no sequence it builds can be a key."""
        special, boosters = self.special, self.boosters
        three, two, one, zero = low[i - 3], low[i - 2], low[i - 1], low[i]
        twoone, threetwoone, threetwo = f"{two} {one}", f"{three} {two} {one}", f"{three} {two}"
        for seq in (f"{one} {zero}", f"{two} {one} {zero}", twoone, threetwoone, threetwo):
            if seq in special:
                valence = special[seq]
                break
        if len(low) - 1 > i:
            zeroone = f"{zero} {low[i + 1]}"
            if zeroone in special:
                valence = special[zeroone]
        if len(low) - 1 > i + 1:
            zeroonetwo = f"{zero} {low[i + 1]} {low[i + 2]}"
            if zeroonetwo in special:
                valence = special[zeroonetwo]
        for n_gram in (threetwoone, threetwo, twoone):
            if n_gram in boosters:
                valence = valence + boosters[n_gram]
        return valence
