"""Stage 3, attribute: is each sentence's claim attributed to a source, and to whom?

Rules over tokens, driven by the lexicons in ``lexicons/attribution/``
(``cues.csv``: reporting verbs and phrases; ``sources_*.csv``: the words that
tell a source's type). No part-of-speech tagger is needed (none ships
offline); the rules lean on what news prose reliably provides: quotation
marks, capitalised names, commas around appositions, and a small closed set
of English function words (below), which is grammar rather than data.

In order, for every body and headline sentence:

1. Quotation marks are paired over the whole document (`find_quotes`). A
   short quotation embedded in running text with no cue is a scare quote
   (the writer's), not speech.
2. Cues are found by one lexicon lookup pass (`TermMatcher`). A cue inside a
   quotation does not count; a cue that is also a common noun ("state",
   "claim", "report", "show") needs verb evidence: a subject right before it
   and no determiner or possessive; a capitalised cue mid-sentence ("United
   States", "the Post") is a name, not a cue.
3. The best cue decides the kind: ``according_to``, the chain "AP quoted
   officials" (source the officials, ``via`` AP), ``colon`` ("X said: ..."),
   ``direct`` (a quotation with a cue), ``data`` ("figures from X show"),
   ``indirect`` ("X said (that) ...", "..., X said", "..., said X"), or
   ``vague`` ("reportedly", "is said to", "citing reports").
4. The source is the noun phrase the cue governs: the subject before it
   (skipping auxiliaries and adverbs, stepping over an apposition set off by
   commas: "Lund, a union organizer, said"), else the phrase after it
   ("said Ismail Demir, the head of ..."), else the sentence's subject for a
   participle or a second verb ("..., saying", "... and said").
5. Sentences without a cue: a long quotation is ``direct`` speech whose
   speaker is found next to it; "In a statement, X ..." is ``indirect``;
   "X: ..." with a name before the colon is ``colon``.
6. Afterwards, every sentence inside one quotation shares the quotation's
   attribution, and a pronoun or "the official" as source resolves to the
   nearest earlier named source (carry-over), keeping the pronoun in
   `resolved_from`.

Every Attribution names the `rule` that decided it.

The modules, in the order of the procedure: `quotes` (1; `marks` finds the marks), `view` (the tokens of
one sentence), `cues` and `cue_checks` (2), `decide` (3, 4; `ranking` orders its cues), with the grammar it
leans on in `phrases` (noun phrases, appositions; `npwalk` walks a phrase back), `clauses`, `objects` and
`subjects`; `frames` (5); `document` and `carryover` (6). `records` builds the
Attribution, `sources` types its source, `rules` holds the lexicons
(`AttributionRules`) and `grammar` the closed classes.
"""

from __future__ import annotations

from .carryover import source_gender
from .document import attribute
from .grammar import (
    AUXILIARIES,
    BOUNDARY,
    DETERMINERS,
    NAME_GLUE,
    PERSONAL,
    PREPOSITIONS,
    PRONOUNS,
    TIME_WORDS,
)
from .quotes import OPEN_QUOTES, find_quotes, is_fragment
from .records import replace
from .rules import CUE_TAGS, AttributionRules
from .sources import state_key
from .view import SentenceView

__all__ = ["AUXILIARIES", "BOUNDARY", "CUE_TAGS", "DETERMINERS", "NAME_GLUE", "OPEN_QUOTES", "PERSONAL", "PREPOSITIONS",
           "PRONOUNS", "TIME_WORDS", "AttributionRules", "SentenceView", "attribute", "find_quotes", "is_fragment",
           "replace", "source_gender", "state_key"]
