"""A sentence's first word capitalised for grammar that is only a word of an organisation's name
("Union leaders accused ...", "Bank executives said ..."): before a noun of people it describes
them, it names no organisation.
"""

from __future__ import annotations

import re

from ..types import Sentence
from .lexicon import EntityRules
from .mentions import Candidate


def modifier_opener(c: Candidate, sent: Sentence, rules: EntityRules) -> bool:
    """Whether a candidate is the sentence's first word, one word of `organisation_words.csv` or a listed
    outlet's one word without its "the", and stands before a group noun or a person's role in the plural
    ("Union leaders", "Bank executives", "Independent economists": no outlet)."""
    if not c.initial or len(c.keys) != 1 or c.keys[0] not in rules.org_words and c.type != "media":
        return False
    rest = sent.text[c.end - sent.start:c.end - sent.start + 40].split(None, 1)
    if not rest:
        return False
    nxt = rest[0].strip(".,;:").lower()
    return nxt in rules.group_nouns or (nxt.endswith("s") and nxt in rules.role_heads)


def common_plural_opener(c: Candidate, rules: EntityRules) -> bool:
    """Whether a candidate is the sentence's first word and a common group noun, capitalised only for
    grammar ("Nurses at St. Luke's walked off the job"): no name, and never a word of one ("New York State
    Nurses Association"). A party's members ("Democrats") stay: they are named groups."""
    return c.initial and len(c.keys) == 1 and c.keys[0] in rules.group_nouns and c.keys[0] not in rules.party_nouns


# a stock listing after a company's name: the exchange and the ticker in capitals ("(NASDAQ: VLTX)",
# "(NYSE: GM)", "(LSE: BP.)"): a code for the company, neither an organisation nor a name of its own
_LISTING = re.compile(r"\(\s*[A-Z]{2,8}\s*:\s*[A-Z][A-Z.]{0,6}\s*\)")


def without_listings(names: list[Candidate], sent: Sentence) -> list[Candidate]:
    """The candidates outside a stock listing's parentheses (see `_LISTING`)."""
    spans = [(m.start() + sent.start, m.end() + sent.start) for m in _LISTING.finditer(sent.text)]
    return [c for c in names if not any(a <= c.start < b for a, b in spans)]


__all__ = ["common_plural_opener", "modifier_opener", "without_listings"]
