"""`Analyzer`: load lexicons once, analyse many articles; the pipeline's one entry point.

    ingest -> segment -> attribute -> entities -> score (+ framing) -> aggregate

An Analyzer holds only read-only state after construction (compiled
lexicons, the sentence splitter, a VADER analyzer), so one instance can be
shared by many threads.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from . import ingest, titles
from .aggregate import BiasWeights, aggregate, as_given
from .attribute import attribute
from .compiled import compiled_builtins, entity_rules
from .entities import EntityRules, resolve_entities
from .entities.complements import frame_words
from .entities.framing import frame
from .errors import InputError
from .lexicons import Lexicon, categories_of, load_lexicon
from .report import ArticleReport
from .score import ScoringRules, score
from .segment import SentenceSplitter, segment
from .settings import Settings
from .types import Document

LexiconSource = str | os.PathLike | Lexicon


class Analyzer:
    """Analyse news articles with one set of lexicons and settings.

    lexicons: extra loaded-language lexicons (paths or `Lexicon` objects)
        added after the built-in ones; a term they define again overrides
        the built-in entry (its weight, category and note).
    builtin: set False to use only the given lexicons.
    weights: the knobs of bias_score (`BiasWeights`).
    settings: how inputs are read and pages fetched (`biaslens.settings.Settings`;
        kept as `self.config`). The keywords below, when given, override it:
    max_bytes: refuse inputs larger than this (files, standard input, pages).
    allow_private_urls: allow URLs that resolve to loopback, private or
        link-local addresses (off by default: see README, "Fetching URLs").
    timeout, connect_timeout: read and connect timeouts for URLs, in seconds.
    max_page_bytes: refuse web pages larger than this (default 10 MB).
    cache: a directory where fetched pages are kept and replayed from.
    scare_quote_max_words: unattributed quotes of at most this many words are scare quotes.
    robots: obey each site's robots.txt when fetching URLs (docs/fetching.md).
    """

    def __init__(self, lexicons: Iterable[LexiconSource] = (), *, builtin: bool = True,
                 weights: BiasWeights | None = None, settings: Settings | None = None,
                 max_bytes: int | None = None, allow_private_urls: bool | None = None,
                 timeout: float | None = None, connect_timeout: float | None = None,
                 max_page_bytes: int | None = None, cache: str | os.PathLike | None = None,
                 scare_quote_max_words: int | None = None, robots: bool | None = None) -> None:
        self.config: Settings = (settings or Settings()).replace(
            max_bytes=max_bytes, allow_private_urls=allow_private_urls, timeout=timeout,
            connect_timeout=connect_timeout, max_page_bytes=max_page_bytes, cache=cache,
            scare_quote_max_words=scare_quote_max_words, robots=robots)
        builtins = compiled_builtins()
        loaded: list[Lexicon] = list(builtins.loaded) if builtin else []
        for lx in lexicons:
            loaded.append(lx if isinstance(lx, Lexicon) else load_lexicon(lx))
        attribution = list(builtins.attribution)
        self.lexicons: tuple[Lexicon, ...] = tuple(loaded) + tuple(attribution)
        self.categories = categories_of(loaded)  # the built-in categories, then those user lexicons declare
        self.weights = weights or BiasWeights()
        self.weights.check(self.categories)
        self.max_bytes = self.config.max_bytes
        self.allow_private_urls = self.config.allow_private_urls
        self.timeout = self.config.timeout
        self.connect_timeout = self.config.connect_timeout
        self.max_page_bytes = self.config.max_page_bytes
        self.cache = self.config.cache
        self.robots = self.config.robots
        self._fetcher = None
        self._fetcher_lock = threading.Lock()
        self._splitter = SentenceSplitter()
        titles.prepare()  # what reading a text needs (segment's patterns load with the splitter)
        self._attribution = builtins.rules
        only_builtin = builtin and len(loaded) == len(builtins.loaded)
        self._entities = entity_rules(builtins) if only_builtin else EntityRules.load(loaded, attribution)
        frame_words()  # the framing rules' word lists: read here, not on the first targeted hit
        matcher = builtins.matcher if only_builtin else None
        self._scoring = ScoringRules.from_lexicons(loaded, matcher,
                                                   scare_quote_max_words=self.config.scare_quote_max_words)
        self._lexicon_info = tuple({"name": lx.name, "version": lx.version, "sha256": lx.sha256,
                                    "entries": len(lx.entries)} for lx in self.lexicons)

    # ------------------------------------------------------------------ inputs
    def analyze(self, text: str, title: str | None = None, *, path: str | None = None,
                url: str | None = None) -> ArticleReport:
        """Analyse an article given as text. Offsets in the report index `text`, and every
        sentence's, paragraph's and hit's text is ``text[start:end]``: NBSP and control
        characters are read as spaces for matching, but reported as they stand."""
        if not isinstance(text, str):
            raise InputError(f"analyze() takes text (str), not {type(text).__name__}; "
                             "use analyze_file() or analyze_bytes() for files and bytes")
        if title is not None and not isinstance(title, str):
            raise InputError(f"the title must be text (str), not {type(title).__name__}")
        if not text.strip():
            raise InputError("the text is empty")
        if len(text) > self.max_bytes:
            raise InputError(f"the text is {len(text):,} characters, over the limit of {self.max_bytes:,}")
        report = self.analyze_document(ingest.read_text(text, title=title, path=path, url=url))
        return as_given(report, text)  # texts in the report are cut from `text`, not its normalised form

    def analyze_file(self, path: str | os.PathLike) -> ArticleReport:
        """Analyse a text, Markdown or HTML file."""
        if isinstance(path, bytes):
            path = os.fsdecode(path)
        if not isinstance(path, str | os.PathLike):
            raise InputError(f"analyze_file() takes a path (str or os.PathLike), not {type(path).__name__}")
        return self.analyze_document(ingest.read_file(Path(path), max_bytes=self.max_bytes))

    def analyze_bytes(self, data: bytes, *, name: str = "input", format: str | None = None) -> ArticleReport:
        """Analyse raw bytes (text, Markdown or HTML; the encoding is detected). `format` forces one."""
        if not isinstance(data, bytes | bytearray | memoryview):
            raise InputError(f"analyze_bytes() takes bytes, not {type(data).__name__}; use analyze() for text")
        return self.analyze_document(ingest.read_bytes(bytes(data), name=name, format=format,
                                                       max_bytes=self.max_bytes))

    def analyze_stream(self, stream: BinaryIO | None = None, *, name: str = "<stdin>") -> ArticleReport:
        """Analyse standard input (or any binary stream; a text stream's text is read as UTF-8)."""
        return self.analyze_document(ingest.read_bytes(_read_stream(stream, name, self.max_bytes), name=name,
                                                       max_bytes=self.max_bytes))

    @property
    def fetcher(self):
        """The `biaslens.fetch.Fetcher` this Analyzer fetches URLs with (created on first use)."""
        if self._fetcher is None:
            with self._fetcher_lock:
                if self._fetcher is None:
                    from .fetch import fetcher_for

                    self._fetcher = fetcher_for(self.config)
        return self._fetcher

    def analyze_url(self, url: str) -> ArticleReport:
        """Fetch a page over http(s) (see biaslens.fetch), extract the article, analyse it."""
        return self.analyze_document(self.fetcher.document(url))

    def analyze_input(self, spec: str) -> ArticleReport:
        """A path, ``-`` for standard input, or an http(s) URL: what the CLI's INPUT accepts."""
        if spec == "-":
            return self.analyze_stream()
        if is_url(spec):
            return self.analyze_url(spec)
        return self.analyze_file(spec)

    # ------------------------------------------------------------------ pipeline
    def analyze_document(self, doc: Document) -> ArticleReport:
        """Run segment -> attribute -> entities -> score -> framing -> aggregate on a Document."""
        seg = segment(doc, self._splitter)
        if not seg.sentences:
            raise InputError(f"{doc.path or doc.url or 'input'}: has no sentences to analyse")
        attributed = attribute(seg, self._attribution)
        ents = resolve_entities(attributed, self._entities)
        scored = score(ents.attributed, self._scoring, ents.surnames)
        scored, entities = frame(scored, ents, self._scoring.vader.lexicon)
        return aggregate(scored, weights=self.weights, lexicons=self._lexicon_info, settings=self.settings,
                         entities=entities)

    @property
    def settings(self) -> dict:
        return {"bias_weights": self.weights.to_dict(), "max_bytes": self.max_bytes,
                "scare_quote_max_words": self._scoring.scare_quote_max_words,
                "categories": list(self.categories)}

    @property
    def lexicon_info(self) -> tuple[dict, ...]:
        """Name, version, sha256 and size of every lexicon in use."""
        return self._lexicon_info


def _read_stream(stream, name: str, max_bytes: int) -> bytes:
    """At most `max_bytes` + 1 bytes of a stream (standard input's bytes by default): a text stream
    (`io.StringIO`, `sys.stdin`) gives its text as UTF-8; a closed standard input or a read error is one line."""
    if stream is None:
        if sys.stdin is None:  # started with standard input closed ('<&-')
            raise InputError(f"{name}: standard input is closed")
        stream = getattr(sys.stdin, "buffer", sys.stdin)
    try:
        data = stream.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"{name}: could not be read ({exc.strerror or exc})") from None
    if isinstance(data, str):
        return data.encode("utf-8", "replace")
    return bytes(data or b"")


def is_url(spec: str) -> bool:
    """Whether an input names a URL (any scheme: unsupported ones are refused by the fetcher)."""
    head = spec.split("://", 1)[0] if "://" in spec else spec.split(":", 1)[0] if ":" in spec else ""
    return "://" in spec or head.lower() in ("http", "https", "file", "ftp", "data", "mailto", "javascript")


_DEFAULT: Analyzer | None = None
_DEFAULT_LOCK = threading.Lock()


def default_analyzer() -> Analyzer:
    """A shared Analyzer with the built-in lexicons, created on first use."""
    global _DEFAULT
    if _DEFAULT is None:
        with _DEFAULT_LOCK:
            if _DEFAULT is None:
                _DEFAULT = Analyzer()
    return _DEFAULT


def analyze(text: str, title: str | None = None) -> ArticleReport:
    """Analyse an article given as text with the built-in lexicons."""
    return default_analyzer().analyze(text, title=title)


def analyze_file(path: str | os.PathLike) -> ArticleReport:
    """Analyse a text, Markdown or HTML file with the built-in lexicons."""
    return default_analyzer().analyze_file(path)


def analyze_bytes(data: bytes, *, name: str = "input", format: str | None = None) -> ArticleReport:
    """Analyse raw bytes (text, Markdown or HTML) with the built-in lexicons."""
    return default_analyzer().analyze_bytes(data, name=name, format=format)


def analyze_url(url: str) -> ArticleReport:
    """Fetch and analyse a web article with the built-in lexicons (public addresses only)."""
    return default_analyzer().analyze_url(url)
