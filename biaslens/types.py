"""Plain, frozen data types passed from one pipeline stage to the next.

    ingest -> Document
    segment -> Segmented (Paragraph, Sentence, Token)
    attribute -> Attributed (Attribution per sentence, Quote spans)
    entities -> biaslens.entities.Entities (the same Attributed with speakers set; entities, mentions)
    score -> Scored (Hit, Sentiment per sentence; Readability per paragraph)
    aggregate -> biaslens.report.ArticleReport

All offsets are character offsets into `Document.text`, which is exactly the
text given to `analyze()` (ingest only replaces odd spaces one-for-one), so
``text[start:end]`` is always the sentence, quote or hit it describes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from .fastinit import fast_init
from .settings import SHORT_QUOTE_MAX_WORDS  # noqa: F401  (re-exported; scare quotes, see settings)
from .tokens import Token, count_word_tokens, count_words, sentence_tokens, split_tokens, starts_of, tokenize

Span = tuple[int, int]

# Paragraph roles. Only "body" and "headline" paragraphs are analysed for
# attribution and loaded language; the others are kept so output can show
# them, but they never count in metrics.
ROLE_BODY = "body"
ROLE_HEADLINE = "headline"
ROLE_BYLINE = "byline"
ROLE_CAPTION = "caption"
ROLE_BOILERPLATE = "boilerplate"
ANALYSED_ROLES = frozenset({ROLE_BODY, ROLE_HEADLINE})

VOICE_WRITER = "writer"
VOICE_QUOTED = "quoted"


@fast_init
@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-level span found by ingest, with the structural hint it had
    (``heading``, ``paragraph``, ``list``, ``quote``, ``caption``...)."""

    start: int
    end: int
    kind: str = "paragraph"


@fast_init
@dataclass(frozen=True, slots=True)
class Document:
    """An article as text plus metadata. `text` is what every offset points into."""

    text: str
    blocks: tuple[Block, ...]
    title: str | None = None
    path: str | None = None
    url: str | None = None
    author: str | None = None
    date: str | None = None
    site_name: str | None = None
    canonical_url: str | None = None
    encoding: str | None = None
    format: str = "text"  # text | markdown | html

    def meta(self) -> dict[str, str | None]:
        """The metadata fields as a dict (no text), as written to JSON."""
        return {
            "title": self.title,
            "path": self.path,
            "url": self.url,
            "author": self.author,
            "date": self.date,
            "site_name": self.site_name,
            "canonical_url": self.canonical_url,
            "encoding": self.encoding,
            "format": self.format,
        }


_new = object.__new__


@dataclass(frozen=True)
class Sentence:
    """A sentence with its offsets. `keys` are its token keys (always computed:
    lexicon matching needs them); `words` and `starts` (token strings and
    offsets) come from the same single tokenizer pass (`Sentence.of`);
    `tokens`, as `Token` tuples, are built on first use, since no stage needs them."""

    index: int
    paragraph: int
    start: int
    end: int
    text: str
    keys: tuple[str, ...]

    @classmethod
    def of(cls, index: int, paragraph: int, start: int, end: int, text: str) -> Sentence:
        """A sentence tokenized once: keys, words, starts and word count from one regex pass."""
        words, keys, starts, n_words = sentence_tokens(text, start)
        sent = _new(cls)
        # The fields, and the cached properties below (no lock taken on first use), stored in
        # one step: what __init__ would store, without its object.__setattr__ call per field.
        sent.__dict__.update(index=index, paragraph=paragraph, start=start, end=end, text=text,
                             keys=keys, words=words, starts=starts, n_words=n_words)
        return sent

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        return tokenize(self.text, self.start)

    @cached_property
    def words(self) -> list[str]:
        """The tokens' strings as they stand (same order as `keys`)."""
        return split_tokens(self.text)[1::2]

    @cached_property
    def starts(self) -> list[int]:
        """The tokens' start offsets."""
        return starts_of(split_tokens(self.text), self.start)

    @cached_property
    def n_words(self) -> int:
        """Word and number tokens (punctuation excluded)."""
        return count_word_tokens(self.words)


@fast_init
@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    start: int
    end: int
    text: str
    role: str
    sentences: tuple[int, ...]  # indices into Segmented.sentences
    dateline: Span | None = None  # "WASHINGTON —": part of the text, never part of a claim

    @property
    def n_words(self) -> int:
        """Word tokens (the sum over its sentences: tokens never cross a sentence break)."""
        return count_words(self.text)


@fast_init
@dataclass(frozen=True, slots=True)
class Segmented:
    document: Document
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]


@fast_init
@dataclass(frozen=True, slots=True)
class Quote:
    """A stretch of text between quotation marks. `closed` is False when the
    closing mark never came and the span was cut at the end of the paragraph
    (or at the next paragraph that does not reopen the quote)."""

    start: int
    end: int  # just past the closing mark (or the cut point)
    closed: bool = True
    n_words: int = 0

    def contains(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


@fast_init
@dataclass(frozen=True, slots=True)
class Attribution:
    """Who a sentence's claim is attributed to, and how (see biaslens.attribute).

    `content` holds the spans of attributed speech (the quotation or the
    reported clause); loaded words inside them are the source's, not the
    writer's. `rule` names the rule that decided, so every label is traceable.
    """

    sourced: bool
    kind: str | None = None
    source: str | None = None
    source_type: str | None = None
    cue: str | None = None
    via: str | None = None
    rule: str | None = None
    source_span: Span | None = None
    cue_span: Span | None = None
    content: tuple[Span, ...] = ()
    resolved_from: str | None = None  # the pronoun / "the official" that carry-over resolved
    source_name: str | None = None  # the name alone, without an apposition ("Ismail Demir")
    # set by the entities stage: the entity the source resolves to (its name), every entity of a
    # coordinated source ("X and Y said"), and how it was found (see biaslens.entities.records)
    speaker: str | None = None
    speakers: tuple[str, ...] = ()
    coref: str | None = None

    def to_dict(self) -> dict:
        return {
            "sourced": self.sourced,
            "kind": self.kind,
            "source": self.source,
            "source_name": self.source_name,
            "source_type": self.source_type,
            "cue": self.cue,
            "via": self.via,
            "rule": self.rule,
            "source_span": list(self.source_span) if self.source_span else None,
            "content": [list(s) for s in self.content],
            "resolved_from": self.resolved_from,
            "speaker": self.speaker,
            "speakers": list(self.speakers),
            "coref": self.coref,
        }


UNSOURCED = Attribution(sourced=False)


@fast_init
@dataclass(frozen=True, slots=True)
class Attributed:
    segmented: Segmented
    attributions: tuple[Attribution, ...]  # one per sentence
    quotes: tuple[Quote, ...]


@fast_init
@dataclass(frozen=True, slots=True)
class Hit:
    """One lexicon (or rule) match. `term` is the matched words in lower case
    ("slammed"), `entry` the lexicon entry that matched ("slam"), `text` the
    words exactly as they stand in the article."""

    term: str
    category: str
    weight: float
    start: int
    end: int
    voice: str
    text: str = ""
    lexicon: str = ""
    note: str = ""
    rule: str = "lexicon"
    entry: str = ""
    target: str | None = None  # the entity (its name) the term describes or is aimed at; set by framing

    def to_dict(self) -> dict:
        return {
            "term": self.term,
            "entry": self.entry,
            "text": self.text,
            "category": self.category,
            "weight": self.weight,
            "start": self.start,
            "end": self.end,
            "voice": self.voice,
            "lexicon": self.lexicon,
            "rule": self.rule,
            "note": self.note,
            "target": self.target,
        }


@fast_init
@dataclass(frozen=True, slots=True)
class Sentiment:
    neg: float = 0.0
    neu: float = 0.0
    pos: float = 0.0
    compound: float = 0.0

    def to_dict(self) -> dict:
        return {"neg": self.neg, "neu": self.neu, "pos": self.pos, "compound": self.compound}


@fast_init
@dataclass(frozen=True, slots=True)
class Readability:
    flesch_reading_ease: float | None = None
    flesch_kincaid_grade: float | None = None
    words: int = 0  # textstat's counts behind the scores, so passages can be combined
    sentences: int = 0
    syllables: int = 0


@fast_init
@dataclass(frozen=True, slots=True)
class SentenceScore:
    hits: tuple[Hit, ...] = ()  # loaded language (every category but hedges)
    sentiment: Sentiment = field(default_factory=Sentiment)
    hedges: tuple[Hit, ...] = ()  # epistemic hedges, counted apart from loaded language


@fast_init
@dataclass(frozen=True, slots=True)
class Scored:
    attributed: Attributed
    sentences: tuple[SentenceScore, ...]  # one per sentence
    paragraphs: tuple[Readability, ...]  # one per paragraph
    article: Readability
