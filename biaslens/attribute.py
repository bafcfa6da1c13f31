"""Stage 3, attribute: is each sentence's claim attributed to a source, and to whom?

Rules, driven by the lexicons in ``lexicons/attribution/`` (reporting verbs
and phrases, source nouns and titles, media outlets):

- quotation marks are paired across the whole document first (`find_quotes`);
  a quote with a cue outside it is ``direct`` and every sentence inside the
  same quote shares its attribution;
- ``according_to`` ("according to X"), ``colon`` ("X said: ..."),
  ``indirect`` ("X said (that) ...", "..., X said", "..., said X"),
  ``data`` ("figures from X show"), ``vague`` ("reportedly", "sources said"),
  and the chain "AP quoted officials" (source the officials, via AP);
- a pronoun source is resolved to the nearest earlier named source
  (carry-over); the pronoun is kept in `resolved_from`.

Every Attribution names the `rule` that produced it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from .lexicons import Lexicon, TermMatcher
from .types import (
    ANALYSED_ROLES,
    SHORT_QUOTE_MAX_WORDS,
    UNSOURCED,
    Attributed,
    Attribution,
    Quote,
    Segmented,
    Sentence,
    Token,
)

OPENERS = {"“": "”", "«": "»", "‘": "’", '"': '"', "'": "'", "„": "“", "‹": "›"}
PRONOUNS = {"he", "she", "they", "it", "we", "i"}
_AUX = {"has", "have", "had", "was", "were", "is", "are", "will", "would", "did", "does", "do", "also",
        "recently", "earlier", "later", "previously", "repeatedly", "again", "then", "publicly",
        "privately", "reportedly", "once", "not", "never", "first", "last", "already",
        "could", "may", "might", "should", "can", "further", "yesterday", "today"}
_NAME_GLUE = {"of", "the", "'s", "'", "-", "de", "al", "bin", "van", "von", "da", "del", "la", "le", "du", "and"}
_STOP_AFTER = {"that", "in", "on", "at", "with", "for", "to", "as", "when", "while", "after", "before",
               "during", "about", "this", "last", "because", "if", "but", "and", "which", "who"}
_SPEECH_TYPES = ("media", "data", "anonymous", "official", "institution")


@dataclass(frozen=True, slots=True)
class AttributionRules:
    """The compiled attribution lexicons. Built once per Analyzer."""

    cues: TermMatcher
    sources: TermMatcher

    @classmethod
    def from_lexicons(cls, lexicons: Sequence[Lexicon]) -> AttributionRules:
        cues = [e for lx in lexicons if lx.name == "reporting_verbs" for e in lx.entries]
        sources = [e for lx in lexicons if lx.name != "reporting_verbs" for e in lx.entries]
        return cls(TermMatcher(cues), TermMatcher(sources))


# --------------------------------------------------------------------------- quotes

def _is_apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and after.isalnum()


def find_quotes(seg: Segmented) -> tuple[Quote, ...]:
    """Pair quotation marks within each paragraph, in one pass.

    A quote still open at the end of a paragraph continues into the next one
    when that paragraph opens with a quotation mark (the news convention for
    multi-paragraph quotes); otherwise it is cut at the end of the sentence
    where it opened, so an unbalanced mark never swallows the article.
    """
    text = seg.document.text
    quotes: list[Quote] = []
    paras = seg.paragraphs
    carry: int | None = None  # start of a quote continuing from the previous paragraph
    carry_close = ""
    for pi, para in enumerate(paras):
        open_at: int | None = None
        close = ""
        i, end = para.start, para.end
        if carry is not None:
            if text[i] in OPENERS:
                open_at, close = i, carry_close
                i += 1
            carry = None
        while i < end:
            ch = text[i]
            if open_at is None:
                if ch in OPENERS and not _is_apostrophe(text, i):
                    prev = text[i - 1] if i > para.start else " "
                    if ch in "'\"" and prev.isalnum():
                        i += 1
                        continue
                    open_at, close = i, OPENERS[ch]
            elif ch == close and not (close in "’'" and _is_apostrophe(text, i)):
                if not (close in "’'" and i + 1 < end and text[i + 1].isalpha()):
                    quotes.append(Quote(open_at, i + 1, True, _count_words(text, open_at, i)))
                    open_at = None
            i += 1
        if open_at is not None:
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            if nxt is not None and text[nxt.start] in OPENERS and close in "”\"»":
                quotes.append(Quote(open_at, end, False, _count_words(text, open_at, end)))
                carry, carry_close = open_at, close
            else:
                cut = _sentence_end(seg, para.sentences, open_at, end)
                quotes.append(Quote(open_at, cut, False, _count_words(text, open_at, cut)))
    return tuple(quotes)


def _count_words(text: str, a: int, b: int) -> int:
    return len(text[a:b].split())


def _sentence_end(seg: Segmented, indices: Sequence[int], pos: int, default: int) -> int:
    for si in indices:
        s = seg.sentences[si]
        if s.start <= pos < s.end:
            return s.end
    return default


# --------------------------------------------------------------------------- sources

def _cap(tok: Token) -> bool:
    return tok.text[:1].isupper() or tok.text[:1].isdigit()


def _source_type(rules: AttributionRules, tokens: Sequence[Token]) -> str | None:
    keys = [t.norm for t in tokens]
    if not keys:
        return None
    if len(keys) == 1 and keys[0] in PRONOUNS:
        return "person"
    found = {e.category for _, _, e in rules.sources.find(keys)}
    for kind in _SPEECH_TYPES:
        if kind in found:
            return kind
    if any(_cap(t) for t in tokens):
        return "person"
    return None


def _np_before(tokens: Sequence[Token], i: int, rules: AttributionRules) -> tuple[int, int] | None:
    """The noun phrase that ends just before token i (skipping auxiliaries and adverbs)."""
    j = i - 1
    while j >= 0 and tokens[j].norm in _AUX:
        j -= 1
    end = j + 1
    if j >= 0 and tokens[j].norm in PRONOUNS:
        return (j, j + 1)
    while j >= 0:
        t = tokens[j]
        if _cap(t) or t.norm in _NAME_GLUE or t.norm in rules.sources or t.norm.endswith("'s"):
            j -= 1
            continue
        break
    start = j + 1
    while start < end and tokens[start].norm in _NAME_GLUE:
        start += 1
    while end > start and tokens[end - 1].norm in _NAME_GLUE:
        end -= 1
    return (start, end) if end > start else None


def _np_after(tokens: Sequence[Token], i: int, rules: AttributionRules) -> tuple[int, int] | None:
    """The noun phrase that starts at token i (an optional determiner, then names or source nouns)."""
    j = i
    n = len(tokens)
    if j < n and tokens[j].norm in {"the", "a", "an"}:
        j += 1
    start = j
    while j < n:
        t = tokens[j]
        if t.norm in _STOP_AFTER or not (t.norm[0].isalnum() or t.norm in {"-", "'s", "'"}):
            break
        if _cap(t) or t.norm in rules.sources or t.norm in _NAME_GLUE or j == start:
            j += 1
            continue
        # lower-case modifiers are allowed only when a source noun follows ("military officials")
        k = j
        while k < n and k < j + 3 and tokens[k].norm[0].isalpha() and not _cap(tokens[k]) \
                and tokens[k].norm not in rules.sources and tokens[k].norm not in _STOP_AFTER:
            k += 1
        if k < n and tokens[k].norm in rules.sources:
            j = k + 1
            continue
        break
    end = j
    while end > start and tokens[end - 1].norm in _NAME_GLUE:
        end -= 1
    return (start, end) if end > start else None


def _span_text(tokens: Sequence[Token], span: tuple[int, int], text: str) -> str:
    return text[tokens[span[0]].start:tokens[span[1] - 1].end]


# --------------------------------------------------------------------------- per sentence

def _fragment(q: Quote, tokens: Sequence[Token], cues) -> bool:
    """A short quotation embedded in running text ('has “improved” its positions'):
    the writer's scare quote, not speech, unless a cue introduces it ('said “no”')."""
    if not q.closed or q.n_words > SHORT_QUOTE_MAX_WORDS:
        return False
    before = [i for i, t in enumerate(tokens) if t.end <= q.start]
    if not before:
        return False
    prev = before[-1]
    if not tokens[prev].norm[0].isalnum():
        return False
    return not any(a <= prev < b for a, b, _ in cues)


def _relative_clause(tokens: Sequence[Token], i: int) -> bool:
    """'the so-called deal he said he wanted': a cue in a relative clause with no content."""
    if i < 2 or tokens[i - 1].norm not in PRONOUNS:
        return False
    before = tokens[i - 2]
    if before.norm in {",", "and", "but", "as", "because", "so", "then", "'", '"', "“", "”"}:
        return False
    nxt = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    return before.norm[0].isalpha() and not _cap(before) and (nxt in PRONOUNS or nxt in {"was", "would", "had"})


def _attribute_sentence(sent: Sentence, tokens: Sequence[Token], rules: AttributionRules, text: str,
                        quotes: Sequence[Quote]) -> Attribution:
    keys = [t.norm for t in tokens]
    if not keys:
        return UNSOURCED
    in_quote = [any(q.start <= t.start < q.end for q in quotes) for t in tokens]
    cues = [(a, b, e) for a, b, e in rules.cues.find(keys) if not in_quote[a]]
    cue_cats = {e.category for _, _, e in cues}
    s_start, s_end = sent.start, sent.end

    def result(kind, src_span, cue_span, rule, content, via=None, source_type=None):
        source = _span_text(tokens, src_span, text) if src_span else None
        stype = source_type or (_source_type(rules, tokens[src_span[0]:src_span[1]]) if src_span else None)
        cue = _span_text(tokens, cue_span, text) if cue_span else None
        return Attribution(
            True, kind, source, stype, cue, via, rule,
            (tokens[src_span[0]].start, tokens[src_span[1] - 1].end) if src_span else None,
            (tokens[cue_span[0]].start, tokens[cue_span[1] - 1].end) if cue_span else None,
            tuple(content))

    # according to X
    for a, b, e in cues:
        if e.category == "according_to":
            np = _np_after(tokens, b, rules)
            if np:
                content = [(s_start, tokens[a].start)] if a > 0 else [(tokens[np[1] - 1].end, s_end)]
                return result("according_to", np, (a, b), "according-to", content)

    quote_spans = [(max(q.start, s_start), min(q.end, s_end)) for q in quotes
                   if q.start < s_end and q.end > s_start and not _fragment(q, tokens, cues)]
    for a, b, e in cues:
        if e.category == "according_to" or _relative_clause(tokens, a):
            continue
        if a > 0 and keys[a - 1] in {"the", "a", "an"}:
            continue  # "the said agreement"
        # chain: AP quoted X / citing X
        if e.category == "chain":
            via = _np_before(tokens, a, rules)
            src = _np_after(tokens, b, rules)
            if src and keys[src[0]] in {"reports", "report"}:
                return result("vague", src, (a, b), "citing-reports", [(s_start, tokens[a].start)],
                              source_type="anonymous")
            if src:
                via_text = _span_text(tokens, via, text) if via else None
                kind = "direct" if quote_spans else "indirect"
                return result(kind, src, (a, b), "chain", quote_spans or [(s_start, tokens[a].start)],
                              via=via_text)
            continue
        subj = _np_before(tokens, a, rules)
        after = _np_after(tokens, b, rules)
        colon = b < len(keys) and keys[b] == ":"
        if colon and subj:
            return result("colon", subj, (a, b), "cue-colon", [(tokens[b].end, s_end)])
        if quote_spans:
            src = subj if subj and (not after or subj[1] == a or keys[subj[1] - 1] in PRONOUNS) else after
            if src:
                return result("direct", src, (a, b), "quote-cue", quote_spans)
        if e.category == "data" and subj:
            return result("data", subj, (a, b), "data-shows", [(tokens[b - 1].end, s_end)], source_type="data")
        # "..., X said." or "..., said X, the head of Y."
        if a > 0 and subj and subj[0] > 0 and keys[subj[0] - 1] == ",":
            return result("indirect", subj, (a, b), "trailing-cue", [(s_start, tokens[subj[0] - 1].start)])
        if a > 0 and keys[a - 1] == "," and after:
            return result("indirect", after, (a, b), "inverted-cue", [(s_start, tokens[a - 1].start)])
        if subj:
            return result("indirect", subj, (a, b), "subject-cue", [(tokens[b - 1].end, s_end)])
    if "reportedly" in keys:
        i = keys.index("reportedly")
        return result("vague", None, (i, i + 1), "reportedly", [(s_start, s_end)], source_type="anonymous")
    if cue_cats:
        pass
    return UNSOURCED


def attribute(seg: Segmented, rules: AttributionRules) -> Attributed:
    """One Attribution per sentence, plus the document's quotation spans."""
    text = seg.document.text
    quotes = find_quotes(seg)
    result: list[Attribution] = [UNSOURCED] * len(seg.sentences)
    last_named: Attribution | None = None
    starts = [s.start for s in seg.sentences]
    overlapping = _overlaps(quotes, seg, starts)
    for para in seg.paragraphs:
        if para.role not in ANALYSED_ROLES or para.role == "headline":
            continue
        skip_to = para.dateline[1] if para.dateline else -1
        for si in para.sentences:
            sent = seg.sentences[si]
            tokens = [t for t in sent.tokens if t.start >= skip_to]
            q_here = overlapping.get(si, ())
            att = _attribute_sentence(sent, tokens, rules, text, q_here)
            if att.sourced and att.source and att.source.lower() in PRONOUNS and last_named is not None:
                att = Attribution(True, att.kind, last_named.source, last_named.source_type, att.cue, att.via,
                                  att.rule, att.source_span, att.cue_span, att.content, att.source)
            if att.sourced and att.source and att.source.lower() not in PRONOUNS:
                last_named = att
            result[si] = att
    _share_quote_attributions(seg, quotes, result, starts)
    return Attributed(seg, tuple(result), quotes)


def _sentences_of(q: Quote, seg: Segmented, starts: Sequence[int]) -> range:
    """Indices of the sentences a quote overlaps (sentences are in text order)."""
    first = max(0, bisect_right(starts, q.start) - 1)
    if first < len(seg.sentences) and seg.sentences[first].end <= q.start:
        first += 1
    return range(first, bisect_left(starts, q.end))


def _overlaps(quotes: Sequence[Quote], seg: Segmented, starts: Sequence[int]) -> dict[int, list[Quote]]:
    out: dict[int, list[Quote]] = {}
    for q in quotes:
        for si in _sentences_of(q, seg, starts):
            out.setdefault(si, []).append(q)
    return out


def _share_quote_attributions(seg: Segmented, quotes: Sequence[Quote], result: list[Attribution],
                              starts: Sequence[int]) -> None:
    """Every sentence inside a quote gets the attribution of the quote's cued sentence."""
    for q in quotes:
        inside = [i for i in _sentences_of(q, seg, starts)
                  if seg.paragraphs[seg.sentences[i].paragraph].role in ANALYSED_ROLES]
        if len(inside) < 2:
            continue
        donor = next((result[i] for i in inside if result[i].sourced and result[i].kind == "direct"), None)
        if donor is None:
            continue
        for i in inside:
            if not result[i].sourced:
                s = seg.sentences[i]
                result[i] = Attribution(True, "direct", donor.source, donor.source_type, donor.cue, donor.via,
                                        "quote-continuation", donor.source_span, donor.cue_span,
                                        ((max(q.start, s.start), min(q.end, s.end)),), donor.resolved_from)
