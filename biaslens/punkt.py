"""Punkt for news text: NLTK's sentence splitter with an exact shortcut for its commonest
decisions and its own patterns run without a per-match time limit.

NLTK routes every regular expression through `nltk.redos`, which runs each match of
the `regex` engine under a wall-clock limit; asking the engine for that limit makes
each search several times slower (Punkt's scan for candidate sentence ends took most
of the time of splitting a paragraph). The patterns Punkt applies here are its own
fixed ones (candidate ends, closing-punctuation realignment, word splitting, the
token types of `untimed_token`), each linear in its input, and the paragraphs it is
given are cut to at most 20,000 characters (`segment._MAX_CHUNK`); so they are compiled
again from the same source, with the same flags and by the same engine, and run without
the limit: the same matches, found faster (tests compare both on every sample paragraph
and a grid).
"""

from __future__ import annotations

import re
from functools import cache

# The two candidate contexts Punkt sees most ("said. The", "over.”"), which its rules
# decide from the word and the next token alone when it has no orthographic statistics
# and no collocations (see news_punkt).
_PLAIN_END = re.compile(r"([A-Za-z]{2,}|[A-Za-z]+(?:\.[A-Za-z]+)+|\d+)([.?!])(?:\s+(\S*[A-Za-z0-9]\S*)|[\"”’'])")
_NEXT_WORD = re.compile(r"([A-Za-z]+)(?:[,;:]|[)\"'\]}’”»][^.?!]*)?")

# Paragraphs whose sentences Punkt and the shortcut must split alike (checked at start-up).
PROBES = (
    "The vote was close. The mayor said no. Mr. Smith left. Gen. Lund stayed.",
    "Talks end Jan. 5. They resume in May. “It is over.” He left. She wrote ‘enough.’ Nobody replied.",
    "Sen. Orr (D-Calif.) agreed. The U.S. Army did not. Dr. Ana Ruiz, Ph.D. spoke. It ended at 5 p.m. Then rain.",
    "He said so. However, Mr. Berg’s team, and Mr. Lund; no one else. St. Louis Corp. agreed.",
)


def news_punkt(params):
    """Punkt with an exact shortcut for its commonest decisions.

    For each candidate sentence end Punkt tokenizes and annotates a short context
    ("said. The"). With parameters that carry only abbreviations and sentence starters
    (no orthographic statistics, no collocations), two kinds of context have a fixed
    answer under Punkt's own rules:

    - a plain word of two or more ASCII letters (or letters joined by periods, "e.g")
      that is not an abbreviation, then the period, then a token with a letter or digit
      or a closing quote: a break (the first pass marks it; nothing in the second pass
      undoes it); the same after "?" or "!", which are tokens of their own;
    - an abbreviation so written ("Mr", "U.S"), then a plain word: a break only when that
      word is capitalised and a known sentence starter; then a number: no break;
    - a number, then the period, then a word: a break unless the word is lower-case.

    Every other context goes to Punkt itself. The shortcut halves Punkt's time on news
    text; `SentenceSplitter` checks at start-up that it splits probe paragraphs exactly as
    Punkt does, and a test checks every sample paragraph and a grid of contexts. Punkt's
    own patterns are run without NLTK's per-match time limit (`untimed_language_vars`).
    """
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    abbrevs, starters = frozenset(params.abbrev_types), frozenset(params.sent_starters)
    fast = not params.ortho_context and not params.collocations

    class NewsPunkt(PunktSentenceTokenizer):
        shortcut = fast

        def text_contains_sentbreak(self, text: str) -> bool:
            if self.shortcut and (m := _PLAIN_END.fullmatch(text)) is not None:
                word, mark, nxt = m.groups()
                if mark != ".":
                    if nxt is not None and word.isalpha():
                        return True  # "acting? I": the mark is a token of its own and ends the sentence
                elif word[0].isdigit():
                    if nxt is not None and nxt[0].isalpha():
                        return not nxt[0].islower()  # "in 1990. The", not "in 1990. and"
                elif word.lower() not in abbrevs:
                    return True  # "said. The", "over.”", "e.g. The" when not a listed abbreviation
                elif nxt is not None:
                    if nxt[0].isdigit():
                        return False  # "Jan. 5"
                    if (w := _NEXT_WORD.fullmatch(nxt)) is not None:  # "Mr. Smith", "U.S. Army"
                        return w.group(1)[0].isupper() and w.group(1).lower() in starters
            return super().text_contains_sentbreak(text)

    return NewsPunkt(params, lang_vars=untimed_language_vars(), token_cls=untimed_token())


@cache
def untimed_language_vars():
    """Punkt's English language variables with its patterns compiled by the same engine
    from the same source and flags, but without NLTK's time limit (see the module docstring)."""
    from nltk.tokenize.punkt import PunktLanguageVars

    base = PunktLanguageVars()

    class UntimedLanguageVars(PunktLanguageVars):
        __slots__ = ()
        re_boundary_realignment = untimed(PunktLanguageVars.re_boundary_realignment)
        _period_context = untimed(base.period_context_re())
        _word_tokenizer = untimed(base._word_tokenizer_re())

        def period_context_re(self):
            return self._period_context

        def _word_tokenizer_re(self):
            return self._word_tokenizer

    return UntimedLanguageVars()


@cache
def untimed_token():
    """Punkt's token class with its four patterns (numbers, ellipses, initials, letters), which
    type every token of a context Punkt decides itself, compiled again without the time limit."""
    from nltk.tokenize.punkt import PunktToken

    class UntimedToken(PunktToken):
        __slots__ = ()
        _RE_ELLIPSIS = untimed(PunktToken._RE_ELLIPSIS)
        _RE_NUMERIC = untimed(PunktToken._RE_NUMERIC)
        _RE_INITIAL = untimed(PunktToken._RE_INITIAL)
        _RE_ALPHA = untimed(PunktToken._RE_ALPHA)

    return UntimedToken


def untimed(pattern):
    """An `nltk.redos` pattern compiled again by the `regex` engine from its source and flags;
    a plain `re` pattern (an NLTK from before `nltk.redos`) as it is."""
    if isinstance(pattern, re.Pattern):
        return pattern
    import regex

    return regex.compile(pattern.pattern, pattern.flags)
