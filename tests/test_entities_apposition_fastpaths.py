"""The apposition check's fast paths give exactly what its plain form gives (issue 17's cost budget):
`appositions.apposed` against the form it replaced (a `startswith` at every offset), on
sentences made to hold names, roles, commas and the other marks that end a description."""

from __future__ import annotations

import random

from biaslens import ingest
from biaslens.entities import appositions as ap
from biaslens.entities.mentions import sentence_names
from biaslens.segment import segment


def _plain_clause_before(text: str, s: int) -> str:
    head = text[:s].rstrip()[:-1]
    cut = max(head.rfind(","), head.rfind(";"), head.rfind(":"), head.rfind("("), head.rfind("—"))
    return head[cut + 1:]


def _plain_after(c, text, base, comma, rules):
    if not ap._eligible(c) or ap._locative(text, c.np_start - base):
        return None
    cut = text.find(",", comma + 1)
    return ap._described(text[comma + 1:cut if cut > 0 else len(text)], rules, True)


def _plain_apposed(names, sent, rules):
    """The plain form: every name's neighbours tested with `startswith`, every description read."""
    text, base = sent.text, sent.start
    found = None
    for k, c in enumerate(names):
        kind = c.type
        if kind is not None and kind != "person":
            continue
        e, s = c.end - base, c.np_start - base
        role = None
        if text.startswith(",", e):
            role = _plain_after(c, text, base, e, rules)
        if role is None and text.startswith(",", s - 2) and ap._eligible(c):
            role = ap._described(_plain_clause_before(text, s), rules, False)
        if role is None and kind is None and (text.startswith("at ", s - 3) or text.startswith("at the ", s - 7)):
            role = ap._works_at(text, s, rules)
        if role is not None:
            if found is None:
                found = list(names)
            found[k] = ap._typed(c, *role)
    return names if found is None else found


WORDS = ["Marta", "Siqueira", "Ada", "Morel", "Harbor", "Guild", "Itau", "Unibanco", "Brightwater", "Goias", "Lund",
         "the", "The", "a", "an", "his", "her", "But", "but", "and", "of", "national", "coffee", "growers'", "group's",
         "Brazil's", "head", "Head", "spokesman", "Spokesman", "spokesman.", "economist", "economists", "teacher",
         "chairman", "president", "President", "minister", "co-founder", "wife", "actress", "official", "officials",
         "association", "port", "authority", "at", "in", "for", "from", "now", "consultant", "on", "ports", "said",
         "told", "reporters", "Tuesday", "Sen.", "Gov.", "U.S.", "Paris", "Lyon", "ſpokesman", "\u212aing",
         "spokesman’s", "Marta’s", "1,000", "12,head", "(head", "spokesman)", "—", "–", ";", ":", "(", ")", ",", ",",
         ",", "“", "”", "'", "x,head", "head,Marta"]
SEPARATORS = [" "] * 10 + [", ", ",", "  ", "; ", ": ", " — ", " (", ") ", ". "]


def _sentences(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(WORDS) + rng.choice(SEPARATORS) for _ in range(rng.randint(2, 22))).strip()
            for _ in range(n)]


FIXED = [
    "The group's spokesman, Marta Siqueira, said the port would open.",
    "Marta Siqueira, head of the association, said the port would open.",
    "But the head of the national coffee growers' association, Marta Siqueira, accused the board.",
    "Economists at Itau Unibanco said the rate would rise, a spokesman for Brightwater said.",
    "In Goias, the governor, Ada Morel, said; and Lund, now a consultant on ports, agreed.",
    ",Marta Siqueira said it, the spokesman,",
    "Lund,the head of the port authority,said so at the Harbor Guild.",
    "A professor at Harvard, Ada Morel, and economists at the Harbor Guild, Lund said.",
]


def test_apposed_equals_its_plain_form(analyzer):
    rules = analyzer._entities
    seen = changed = 0
    for text in FIXED + _sentences(41, 3000):
        seg = segment(ingest.read_text(text), analyzer._splitter)
        for sent in seg.sentences:
            names = sentence_names(sent, rules)
            if not names:
                continue
            plain = _plain_apposed(names, sent, rules)
            assert ap.apposed(names, sent, rules) == plain, sent.text
            seen += len(names)
            changed += plain is not names
    assert seen > 5000 and changed > 100, (seen, changed)



def test_indefinite_article_slices_equal_startswith():
    """`entities._indefinite` (a role pointer's "a"/"an" read as slices) against `startswith` at every offset."""
    from biaslens.entities import _INDEFINITE, _indefinite

    rng = random.Random(5)
    pieces = ["a", "A", "an", "An", "n", " ", "  ", "x", "aa", "\n", "À"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        for at in range(len(text) + 2):
            assert _indefinite(text, at) == text.startswith(_INDEFINITE, at), (text, at)
