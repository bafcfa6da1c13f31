"""The data phrase that governs a data cue: the data word ('poll', 'survey', 'figures')
before it and the phrase around that word ("the latest Coast Ledger ferry survey released
Tuesday shows").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .grammar import BOUNDARY
from .npwalk import walk_np_back
from .phrases import np_before
from .view import skip_aux_back

if TYPE_CHECKING:
    from .view import SentenceView

DATA_APPOSITION_MAX = 15  # an apposition after a data word ("The report, released Tuesday by ..., found")
DATA_SUBJECT_WINDOW = 12  # tokens before a data cue searched for a data word (its subject)
DATA_PHRASE_WINDOW = 8  # the same for the phrase a data cue is attributed to


def data_word_before(v: SentenceView, a: int, window: int) -> int | None:
    """The nearest data word ('poll', 'survey', 'figures') among the `window` tokens
    before cue a, within its clause."""
    j = skip_aux_back(v, a - 1)
    keys = v.keys
    if j > 0 and keys[j] == ",":  # "The report, released Tuesday by the audit office, found": the
        # subject is before the apposition
        opening = next((x for x in range(j - 1, max(0, j - DATA_APPOSITION_MAX), -1) if keys[x] == ","), None)
        if opening is not None and not any(keys[x] in (";", ":") for x in range(opening, j)):
            j = opening - 1
    for i in range(j, max(-1, j - window - 1), -1):
        k = keys[i]
        if (k in BOUNDARY and k not in {"and", "of", "in", "by", "from", "at"}) or k in {",", ";", ":"}:
            return None
        e = v.rules.sources.single(k)
        if e is not None and e.category == "data":
            return i
    return None


def data_subject(v: SentenceView, a: int) -> bool:
    return data_word_before(v, a, DATA_SUBJECT_WINDOW) is not None


def data_phrase(v: SentenceView, a: int) -> tuple[int, int] | None:
    """The phrase around the data word that governs a data cue ('the latest Coast Ledger
    ferry survey released Tuesday shows'): from the data word back to its phrase's start."""
    i = data_word_before(v, a, DATA_PHRASE_WINDOW)
    if i is None:
        return None
    subj, _ = np_before(v, a)
    if subj is not None and subj[0] <= i < subj[1]:  # "A survey by the Lisbrin Institute found"
        end = next((x for x in range(i + 1, subj[1]) if v.keys[x].endswith("ed")
                    and not v.cap(x)), subj[1])  # "... survey released on Tuesday"
        if end < subj[1] and _by_name(v, end, subj[1]):
            end = subj[1]  # "A poll released Wednesday by Emerson College": its agent is who speaks
        return subj[0], end
    start = walk_np_back(v, i)
    return (start if start is not None else i, i + 1)


def _by_name(v: SentenceView, a: int, b: int) -> bool:
    """A "by" and a capitalised word after it between tokens a and b (the agent of a participle)."""
    return any(v.keys[x] == "by" and x + 1 < b and (v.cap(x + 1) or v.keys[x + 1] == "the" and x + 2 < b
                                                     and v.cap(x + 2)) for x in range(a, b))
