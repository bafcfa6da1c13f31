"""The records one sentence's decision builds: a found cue (`Cue`, with `forms`, how it is
written) and the `Attribution` (`make` from token spans; `replace`, a fast
`dataclasses.replace`).
"""

from __future__ import annotations

from dataclasses import fields
from operator import attrgetter
from typing import TYPE_CHECKING

from ..lexicons import Entry
from ..types import Attribution
from .sources import source_type_of

if TYPE_CHECKING:
    from .view import SentenceView


class Cue:
    """A cue found in a sentence: tokens a..b, its lexicon entry, and how it was read. A plain
    slotted class: `category` (the entry's) is stored once, not looked up through a property
    each of the many times the rules ask."""

    __slots__ = ("a", "b", "entry", "nominal", "bare_nominal", "category")

    def __init__(self, a: int, b: int, entry: Entry, nominal: bool = False, bare_nominal: bool = False) -> None:
        self.a = a
        self.b = b
        self.entry = entry
        self.nominal = nominal  # a speech noun after its possessor (`cues.is_nominal`)
        self.bare_nominal = bare_nominal  # a speech noun without one (`cues.is_bare_nominal`)
        self.category = entry.category

    def __repr__(self) -> str:
        return f"Cue({self.a}, {self.b}, {self.entry.term!r}, nominal={self.nominal}, bare={self.bare_nominal})"




def forms(v: SentenceView, a: int, b: int, e: Entry) -> tuple[str, str, bool]:
    """The cue's form as written, the lexicon's base form ("reported", "report") and whether
    the form is a past one (inflected, or a base that is already past: "said", "told", "wrote";
    `base_is_past`)."""
    if e.match == "inflect":
        word, base = v.keys[b - 1], e.tokens[-1]
    else:
        word, base = v.keys[a], e.tokens[0]
    return word, base, word != base or base_is_past(v, base)


# the endings of base forms that may be past forms ("said", "told", "wrote", "knew", "felt", "thought")
_PAST_FORM_ENDINGS = ("ed", "id", "ld", "ote", "ew", "elt", "ought", "wn", "orn", "ore", "nd")


def base_is_past(v: SentenceView, base: str) -> bool:
    """A lexicon base form that is itself a past form: a past ending confirmed by an -ed or a
    listed irregular past or participle ("said", "wrote", "found"); not a present form that
    merely ends like one ("note", "brand", "defend", "view": "a handwritten note", "the
    outdoor brand Nordkapp")."""
    return base.endswith(_PAST_FORM_ENDINGS) and (
        base.endswith("ed") or base in v.rules.past_verbs or base in v.rules.irregular_participles)


# the entry of a cue that a rule finds without the lexicon (a passive judgment, a stance role)
RULE_ENTRY = Entry("(rule)", "cognitive", 1.0, "a cue found by a rule", "exact", "builtin", 0, ("(rule)",),
                   frozenset(), ())

_ATT_FIELDS = tuple(f.name for f in fields(Attribution))
_ATT_INDEX = {name: i for i, name in enumerate(_ATT_FIELDS)}
_att_values = attrgetter(*_ATT_FIELDS)


def replace(att: Attribution, **changes: object) -> Attribution:
    """`dataclasses.replace` for an Attribution, built positionally: about half the cost,
    since `dataclasses.replace` scans the class's fields on every call."""
    values = list(_att_values(att))
    for name, value in changes.items():
        values[_ATT_INDEX[name]] = value
    return Attribution(*values)


def make(v: SentenceView, kind: str, rule: str, cue: Cue | None, src: tuple[int, int] | None,
         appo: tuple[int, int] | None, content: list[tuple[int, int]], *, via: str | None = None,
         source_type: str | None = None) -> Attribution:
    stype = source_type or source_type_of(v, src, appo)
    text, starts, words = v.text, v._starts, v.words
    source = name = source_span = cue_text = cue_span = None
    if src:
        if src[1] - src[0] > 1:  # (a one-token span has nothing to cut)
            src = after_participle(v, before_verb(v, src))
        full = (min(src[0], appo[0]), max(src[1], appo[1])) if appo else src
        source_span = (starts[full[0]], starts[full[1] - 1] + len(words[full[1] - 1]))  # v.offsets(*full)
        source = text[source_span[0]:source_span[1]]
        if v.keys[src[0]] == "the" and src[1] - src[0] > 1 and v.cap(src[0] + 1):
            name = v.span_text(src[0] + 1, src[1])  # "the BBC" -> "BBC"; "the ministry" stays
        else:
            name = source if full is src else v.span_text(*src)
    if cue:
        cue_span = (starts[cue.a], starts[cue.b - 1] + len(words[cue.b - 1]))  # v.offsets(cue.a, cue.b)
        cue_text = text[cue_span[0]:cue_span[1]]
    if source_span and cue_span and cue_span[1] <= source_span[0] and \
            any(cue_span[1] <= a < source_span[0] < b for a, b in content) and not _speaks_on(v, full[1]):
        content = _before_source(text, content, source_span[0], cue_span[1])
    if len(content) == 1 and content[0][1] > content[0][0]:
        content = (content[0],)  # the common case, without a generator
    else:
        content = tuple(c for c in content if c[1] > c[0])
    return Attribution(True, kind, source, stype, cue_text, via, rule, source_span, cue_span, content, None,
                       name)  # resolved_from, source_name


_VERB_REACH = 4  # the tokens after a speaker that hold its verb ("Mr. Hale continued to deny")


def _speaks_on(v: SentenceView, k: int) -> bool:
    """Whether a verb of saying follows the speaker ending before token `k` ("..., Mr. Hale denied the
    report"): the main clause reports that speaker's words again."""
    single = v.rules.cues.single
    return any((e := single(key)) is not None and e.category == "speech" for key in v.keys[k:k + _VERB_REACH])


def _before_source(text: str, content, at: int, cue_end: int) -> list[tuple[int, int]]:
    """Content never holds its own speaker: a cue in an opening phrase whose subject is the main
    clause's ("In addition to calling for cuts, the protesters have ...") says only what runs up to
    the speaker, the comma and dash before it left out (`make` asks this only when the main clause
    reports no speech of its own)."""
    out = []
    for a, b in content:
        if cue_end <= a < at < b:
            b = at
            while b > a and text[b - 1] in " \t\n,;—–-":
                b -= 1
        out.append((a, b))
    return out


SHORT_ED_WORD = 4  # "led", "fed", "need": too short to be read as a past form in -ed


_PERFECT = frozenset({"has", "have", "had", "was", "were", "is", "are", "been"})  # before a participle


def after_participle(v: SentenceView, src: tuple[int, int]) -> tuple[int, int]:
    """A source phrase never opens with the verb of the clause before it: "Her agenda has alarmed
    business leaders, who accuse ...": `business leaders`, not `alarmed business leaders` (a past form
    in -ed right after "has", "was", ... outside the span), and a passive's agent without its "by"
    ("The meeting was brokered by publicist Rob Goldstone, who promised ...": `publicist Rob Goldstone`)."""
    a, b = src
    if a and b - a > 1 and v.keys[a - 1] in _PERFECT:
        k = v.keys[a]
        if k in v.rules.past_verbs or len(k) > SHORT_ED_WORD and k.endswith("ed") and k.isalpha():
            a += 1
            return (a + 1, b) if v.keys[a] == "by" and b - a > 1 else (a, b)  # "was brokered by X": X
    return src


def before_verb(v: SentenceView, src: tuple[int, int]) -> tuple[int, int]:
    """A source phrase never ends in its verb: a span cut before a lower-case past form right
    after a name ("remarks from Senator Ana Ruiz surprised nobody": `Senator Ana Ruiz`); not
    after a word capitalised only to open the sentence, nor "I" ("Everyone I spoke to"), nor
    before "by" ("Figures published by the Audit Office")."""
    keys, past = v.keys, v.rules.past_verbs
    first = v.first
    for x in range(max(src[0] + 1, first + 2), src[1]):
        k = keys[x]
        if (k in past or len(k) > SHORT_ED_WORD and k.endswith("ed") and k.isalpha()) and v.cap(x - 1) \
                and not v.cap(x) and keys[x - 1] != "i" and (x + 1 >= v.n or keys[x + 1] != "by"):
            return src[0], x
    return src
