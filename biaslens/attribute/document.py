"""The document passes: every body sentence through the sentence rules, then quote sharing,
pending quotations, colon continuations, carry-over and stage directions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import ANALYSED_ROLES, ROLE_BODY, UNSOURCED, Attributed, Attribution
from .carryover import carry_over
from .colons import continue_colons
from .decide import attribution
from .dialogue import continue_dialogue
from .ellipsis import continue_ellipsis
from .posts import block_quotes, embedded_posts, markup_posts
from .quotes import find_quotes, overlaps, sentences_of
from .records import replace
from .view import SentenceView

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..types import Quote, Segmented
    from .rules import AttributionRules

STAGE_DIRECTION_LEAD = 3  # characters at a sentence's start in which "(" may open a stage direction
SPEAKER_LOOKBACK = 12  # sentences before a pending quotation searched for its speaker


def attribute(seg: Segmented, rules: AttributionRules) -> Attributed:
    """One Attribution per sentence, plus the document's quotation spans."""
    text = seg.document.text
    quotes = find_quotes(seg)
    sentences = seg.sentences
    result: list[Attribution] = [UNSOURCED] * len(sentences)
    pending: list[int] = []
    starts = [s.start for s in sentences]
    ranges = [sentences_of(q, seg, starts) for q in quotes]  # the sentences of each quotation, found once
    by_sentence = overlaps(quotes, seg, starts, ranges)
    cue_keys, scan_words = rules.cue_keys, rules.scan_words
    for para in seg.paragraphs:
        if para.role not in ANALYSED_ROLES:
            continue
        skip_to = para.dateline[1] if para.dateline else -1
        for si in para.sentences:
            sent = sentences[si]
            if si == para.sentences[0]:
                skip_to = max(skip_to, run_in_label_end(sent, rules.labels))
            qs = by_sentence.get(si, ())
            hits = scan_words.intersection(sent.keys)  # every set test of the rules, asked of these
            if not qs and not (not cue_keys.isdisjoint(hits)
                               or ":" in hits
                               or sent.keys[:1] in _FIRST_TRIGGERS):
                continue  # no quotation, no cue word, no colon: the writer's own voice
            if para.role != ROLE_BODY and not qs and section_heading(sent.keys):
                continue
            att = attribution(SentenceView(rules, text, sent, skip_to, qs, hits))
            if att is None:
                pending.append(si)
            else:
                result[si] = att
    _share_quote_attributions(seg, quotes, ranges, result, pending)
    _resolve_pending(seg, result, pending, by_sentence)
    continue_colons(seg, result)
    continue_ellipsis(seg, result)
    continue_dialogue(seg, result)
    embedded_posts(seg, result)
    markup_posts(seg, result)
    block_quotes(seg, result)
    carry_over(seg, result, rules)
    _drop_stage_directions(seg, result)
    return Attributed(seg, tuple(result), quotes)


_LABEL_WORDS = 3  # "The Latest:", "Editor's note:"


def run_in_label_end(sent, labels: frozenset[str]) -> int:
    """Where the text after a paragraph's run-in label ends the label ("Updated: Rick Santorum tried
    ...": the subject is Rick Santorum, never the label), or -1 when it opens with none."""
    keys = sent.keys
    if ":" not in keys[1:_LABEL_WORDS + 1]:
        return -1
    colon = keys.index(":", 1)
    return sent.starts[colon] + 1 if " ".join(keys[:colon]) in labels else -1


# first tokens that send a sentence without cue words to the rules: a signature dash
# ("― Eva Lind."), an opening frame ("In his view, ...", "In the latest poll, ...")
_FIRST_TRIGGERS = frozenset({("—",), ("―",), ("–",), ("in",), ("by",)})
_WH_WORDS = frozenset({"what", "how", "why", "where", "when", "who"})


def section_heading(keys: tuple[str, ...]) -> bool:
    """A heading that names a section by a wh-clause ("What the authority says", "How the
    board voted"): a topic, not a claim, unless it ends as a question."""
    return bool(keys) and keys[0] in _WH_WORDS and keys[-1] != "?"


_STAGE_STRIP = "\"'“”‘’«»„`.,;:!?— \n"


def _drop_stage_directions(seg: Segmented, result: list[Attribution]) -> None:
    """A transcript's note in parentheses and capitals ("(LAUGHTER)", "(APPLAUSE.)"), also
    inside a quotation, records what happened in the room: nobody said it, so it is not the
    speaker's words."""
    text = seg.document.text
    if "(" not in text:
        return  # no parenthesis at all
    for i, att in enumerate(result):
        if not att.sourced:
            continue
        s = seg.sentences[i]
        if text.find("(", s.start, s.start + STAGE_DIRECTION_LEAD) < 0:
            continue  # the common case: no parenthesis opens the sentence
        body = text[s.start:s.end].strip(_STAGE_STRIP)
        if body[:1] == "(" and body[-1:] == ")" and body.isupper() and "(" not in body[1:]:
            result[i] = UNSOURCED


def _share_quote_attributions(seg: Segmented, quotes: Sequence[Quote], ranges: Sequence[range],
                              result: list[Attribution], pending: list[int]) -> None:
    """Every sentence inside one quotation (or one run of a quotation continued
    across paragraphs) gets the attribution of the quotation's cued sentence. `ranges`: the
    sentences each quotation overlaps."""
    runs: list[list[int]] = []  # runs of quotations, by index
    for qi, q in enumerate(quotes):
        last = quotes[runs[-1][-1]] if runs else None
        if last is not None and not last.closed and last.end <= q.start and _adjacent_paragraphs(seg, last, q):
            runs[-1].append(qi)
        else:
            runs.append([qi])
    pend = set(pending)
    for run_at in runs:
        if len(run_at) == 1 and len(ranges[run_at[0]]) < 2:
            continue  # one quotation inside one sentence (most): nothing to share
        run = [quotes[qi] for qi in run_at]
        inside = sorted({i for qi in run_at for i in ranges[qi]
                         if seg.paragraphs[seg.sentences[i].paragraph].role == ROLE_BODY})
        if len(inside) < 2:
            continue
        donor = next((result[i] for i in inside if result[i].sourced and result[i].kind in ("direct", "colon")),
                     None)
        if donor is None:
            continue
        for i in inside:
            if not result[i].sourced:
                s = seg.sentences[i]
                spans = tuple((max(q.start, s.start), min(q.end, s.end)) for q in run
                              if q.start < s.end and q.end > s.start)
                result[i] = replace(donor, rule="quote-continuation", content=spans)
                pend.discard(i)
    pending[:] = sorted(pend)


def _adjacent_paragraphs(seg: Segmented, a: Quote, b: Quote) -> bool:
    text = seg.document.text
    return not text[a.end:b.start].strip()


def _resolve_pending(seg: Segmented, result: list[Attribution], pending: Sequence[int],
                     by_sentence: dict[int, Sequence[Quote]]) -> None:
    """A quotation with no cue in its own sentence: its speaker is named by the
    next sentence of the same paragraph ('"..." / He added: ...') or else by the
    nearest attribution before it (the speaker of the surrounding quotes). With no
    speaker at all, only the quotation is someone's words: the rest of the sentence
    is the writer's ('our "strongman" wannabe dictator “is not worried at all”')."""
    sentences = seg.sentences
    waiting = set(pending)
    for si in pending:
        sent = sentences[si]
        donor = None
        nxt = si + 1
        while nxt in waiting and sentences[nxt].paragraph == sent.paragraph:
            nxt += 1  # the rest of the same quotation: its speaker is named after it
        if nxt < len(sentences) and sentences[nxt].paragraph == sent.paragraph and result[nxt].sourced \
                and result[nxt].kind in ("direct", "indirect", "colon") and result[nxt].source:
            donor = result[nxt]
        if donor is None:
            for j in range(si - 1, max(-1, si - SPEAKER_LOOKBACK), -1):
                if result[j].sourced and result[j].source and result[j].kind != "vague":
                    donor = result[j]
                    break
        if donor is None:
            result[si] = Attribution(True, "direct", None, None, None, None, "quote-unattributed", None, None,
                                     _quoted_spans(sent, by_sentence.get(si, ())))
        else:
            result[si] = replace(donor, kind="direct", rule="quote-nearby-speaker", cue=None, cue_span=None,
                                 content=((sent.start, sent.end),))


def _quoted_spans(sent, quotes: Sequence[Quote]) -> tuple[tuple[int, int], ...]:
    """The parts of a sentence inside its quotations (the whole sentence when it has none)."""
    spans = tuple((max(q.start, sent.start), min(q.end, sent.end)) for q in quotes
                  if q.start < sent.end and q.end > sent.start)
    return spans or ((sent.start, sent.end),)
