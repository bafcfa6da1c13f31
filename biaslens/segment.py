"""Stage 2, segment: paragraphs, sentences and tokens, with exact offsets.

Sentences are split by NLTK's Punkt algorithm built from parameters the
project ships in ``lexicons/segment/`` (news abbreviations such as Sept.,
Gen., U.S.; frequent sentence starters), so nothing is ever downloaded.
A few fixes on top of Punkt suit news text: a closing quotation mark stays
with the sentence that ends inside it, a quote ending in ``?`` or ``!``
followed by a lower-case attribution ("...?" he asked) stays one sentence,
and initials ("J. Smith") never end a sentence.

Paragraph roles (headline, byline, caption, boilerplate, body) and the
dateline prefix of the first body paragraph are decided in `paragraphs`,
from patterns in ``lexicons/segment/``; only body and headline paragraphs
are analysed.
"""

from __future__ import annotations

import re
from functools import cache
from operator import methodcaller

from .lexicons import read_list
from .paragraphs import _caption_hints, _patterns, dateline_end, layout_blocks, paragraph_role, timestamp_end
from .punkt import PROBES as _PROBES
from .punkt import news_punkt
from .types import ROLE_BODY, Document, Paragraph, Segmented, Sentence

_CLOSERS = "\"'”’»)]"
_CLOSERS_SPACE = _CLOSERS + " "
_INNER_END = re.compile(r"[.?!]")
_LEADING_CLOSER = re.compile(r"[\"”’»]+(?=\s|$|[―—–])")
_INITIAL_END = re.compile(r"(?:^|[\s(])[A-Z]\.$")
_ABBREV_END = re.compile(r"(?:^|[\s(-])(?:[A-Z]\.){2,3}$")
# Longest stretch Punkt is asked to split at once; longer paragraphs are cut
# at whitespace first so that no step is worse than linear.
_MAX_CHUNK = 20_000


class SentenceSplitter:
    """Punkt with shipped parameters plus news-text repairs. Stateless after
    construction, so one instance serves every thread."""

    def __init__(self) -> None:
        from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

        params = PunktParameters()
        params.abbrev_types = set(read_list("segment/abbreviations.txt"))
        params.sent_starters = set(read_list("segment/sentence_starters.txt"))
        self._punkt = news_punkt(params)
        if self._punkt.shortcut:  # a future Punkt that decides differently turns the shortcut off
            plain = PunktSentenceTokenizer(params)
            if any(list(plain.span_tokenize(p)) != list(self._punkt.span_tokenize(p)) for p in _PROBES):
                self._punkt.shortcut = False
        _load_patterns()


    def spans(self, text: str, offset: int = 0) -> list[tuple[int, int]]:
        """Sentence spans (start, end) of `text`, shifted by `offset`."""
        if len(text) > _MAX_CHUNK:
            return [s for a, b in _chunks(text) for s in self.spans(text[a:b], offset + a)]
        core = text.rstrip()
        if not _INNER_END.search(core, 0, len(core.rstrip(_CLOSERS)) - 1):
            # No ".", "?" or "!" before the end: Punkt can only return the whole text.
            spans = [(len(text) - len(text.lstrip()), len(core))] if core.strip() else []
        else:
            spans = self._punkt_spans(text)
        # some "no." or "ill." in the paragraph: some piece between periods ends with the word
        if any(map(_ends_with_word_abbreviation(), text.split(".")[:-1])) and _word_abbreviation().search(text):
            spans = _word_breaks(text, spans)
        if "\n" in text:
            spans = _line_breaks(text, spans)
        return [(a + offset, b + offset) for a, b in spans]

    def _punkt_spans(self, text: str) -> list[tuple[int, int]]:
        raw = list(self._punkt.span_tokenize(text))
        out: list[list[int]] = []
        for start, end in raw:
            if out:
                prev_start, prev_end = out[-1]
                seg = text[start:end]
                closer = _LEADING_CLOSER.match(seg)
                if closer:  # a closing quote Punkt left at the head of the next sentence
                    out[-1][1] = start + closer.end()
                    start += closer.end()
                    while start < end and text[start].isspace():
                        start += 1
                    if start >= end:
                        continue
                    seg = text[start:end]
                if self._joins(text[prev_start:out[-1][1]], seg):
                    out[-1][1] = end
                    continue
            out.append([start, end])
        return [(a, b) for a, b in out]

    @staticmethod
    def _joins(prev: str, nxt: str) -> bool:
        """Whether Punkt's break between two pieces is wrong for news text."""
        body = nxt.lstrip(_CLOSERS_SPACE)
        if not body:
            return True
        # '"Is it over?" he asked.', 'The vote was 5-4 vs. a forecast of...' -- a piece that
        # opens in lower case continues the sentence before it.
        if body[0].islower():
            return True
        # '”Mr. Lund ...': an abbreviation glued to a quotation mark, which Punkt misses.
        glued = prev.rsplit(None, 1)[-1] if prev else ""
        last = glued.lstrip("\"'“”‘’«(")
        if last != glued and last.endswith(".") and last[:-1].lower() in _ABBREVIATIONS():
            return True
        # "said J. Smith.", "Rep. T.J. Holmberg", "the U.S. Army": initials before a
        # capitalised word that does not usually start a sentence do not end one. Both
        # patterns end at the end and span at most 7 characters, so the tail is enough.
        tail = prev.rstrip()[-7:]
        if body[0].isupper() and tail[-2:-1].isupper() and tail[-1:] == "." and \
                (_INITIAL_END.search(tail) or _ABBREV_END.search(tail)):  # both end in a capital and "."
            first = body.split(None, 1)[0].lower().strip("\"'“”‘’,;:")
            return first not in _STARTERS()
        return False


# A line break inside a block ends a sentence when the next line opens a
# quotation, a list item or a signature, or when the line before it is a
# signature ("― Ana Ruiz"): letters and vox-pop collections put one
# speaker a line. Hard-wrapped prose (a break mid-sentence) is left alone.
_LINE_OPENS = re.compile(r"\n[ \t]*(?=[“\"«‘„―—–•*])")
_SIGNATURE_LINE = re.compile(r"[“\"”]?[ \t]*[―—–][ \t]*[A-Z][^\n.!?]{0,60}\.?[ \t]*$")


def _line_breaks(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split sentence spans at the line breaks that separate speakers (see above)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        start, line_start = a, a
        i = text.find("\n", a, b)
        while i >= 0:
            if _LINE_OPENS.match(text, i) or _SIGNATURE_LINE.match(text, line_start, i):
                end = i
                while end > start and text[end - 1].isspace():
                    end -= 1
                if end > start:
                    out.append((start, end))
                start = i + 1
                while start < b and text[start].isspace():
                    start += 1
            line_start = i + 1
            i = text.find("\n", i + 1, b)
        if start < b:
            out.append((start, b))
    return out


@cache
def _ends_with_word_abbreviation() -> methodcaller:
    """A test that a string ends with 'no', 'ill', ...: run on the pieces of a paragraph cut at
    its periods, it rules out most paragraphs (in C) before the regex below is tried."""
    return methodcaller("endswith", tuple(read_list("segment/word_abbreviations.txt")))


@cache
def _word_abbreviation() -> re.Pattern[str]:
    """An abbreviation that is also a word, written in lower case, then a period and
    a capitalised word ("said no. Others"): the word ends its sentence there."""
    words = "|".join(map(re.escape, read_list("segment/word_abbreviations.txt")))
    return re.compile(rf"(?<![\w.'’-])(?:{words})\.[\"'”’)]*(?=\s+[\"“‘(]?[A-Z])")


def _word_breaks(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split sentence spans after a lower-case word that Punkt took for an abbreviation."""
    out: list[tuple[int, int]] = []
    pattern = _word_abbreviation()
    for a, b in spans:
        for m in pattern.finditer(text, a, b):
            end = m.end()
            nxt = end
            while nxt < b and text[nxt].isspace():
                nxt += 1
            if nxt < b:
                out.append((a, end))
                a = nxt
        out.append((a, b))
    return out


@cache
def _ABBREVIATIONS() -> frozenset[str]:  # noqa: N802 - a cached constant
    return frozenset(read_list("segment/abbreviations.txt"))


@cache
def _STARTERS() -> frozenset[str]:  # noqa: N802 - a cached constant
    return frozenset(read_list("segment/sentence_starters.txt"))


def _chunks(text: str) -> list[tuple[int, int]]:
    """Cut an over-long paragraph into pieces of at most _MAX_CHUNK characters,
    preferring a cut after sentence punctuation, else at whitespace."""
    out, pos, n = [], 0, len(text)
    while pos < n:
        end = min(pos + _MAX_CHUNK, n)
        if end < n:
            window = text[pos:end]
            cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
            if cut > _MAX_CHUNK // 2:
                end = pos + cut + 1
            else:
                ws = window.rfind(" ")
                if ws > _MAX_CHUNK // 2:
                    end = pos + ws
        out.append((pos, end))
        pos = end
    return out


def _load_patterns() -> None:
    """Read and compile the data-file patterns now, with the splitter, not on the first article
    (each called exactly as `segment` calls it, since the caches key on the arguments)."""
    for name in ("boilerplate", "captions", "bylines"):
        _patterns(name)
    _patterns("datelines", 0)
    _patterns("timestamps", 0)
    _caption_hints()
    _ends_with_word_abbreviation()
    _ABBREVIATIONS()
    _STARTERS()
    _word_abbreviation()


def segment(doc: Document, splitter: SentenceSplitter) -> Segmented:
    """Split a Document into paragraphs (from its blocks, laid out as `layout_blocks` reads
    them), sentences and tokens."""
    text = doc.text
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    seen_body = False
    blocks = layout_blocks(text, doc.blocks)
    n_blocks = len(blocks)
    for p_index, block in enumerate(blocks):
        p_text = text[block.start:block.end]
        role = paragraph_role(p_text, block, p_index, n_blocks)
        dateline = 0
        if role == ROLE_BODY and not seen_body:
            seen_body = True
            dateline = dateline_end(p_text)
        if role == ROLE_BODY and not dateline and p_text[:1].isdigit():
            dateline = timestamp_end(p_text)  # a live blog's entry: "8:05 a.m. ET" on a line of its own
        first = len(sentences)
        for s_start, s_end in splitter.spans(p_text, block.start):
            s_text = text[s_start:s_end]
            sentences.append(Sentence.of(len(sentences), p_index, s_start, s_end, s_text))
        paragraphs.append(Paragraph(p_index, block.start, block.end, p_text, role,
                                    tuple(range(first, len(sentences))),
                                    (block.start, block.start + dateline) if dateline else None))
    return Segmented(doc, tuple(paragraphs), tuple(sentences))
