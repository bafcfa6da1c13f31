"""The data dictionary: every CSV column / DataFrame column, its type and meaning.

This table is the single source of truth for column order in CSV output,
`ArticleReport.to_frame`, and the ``biaslens columns`` command / docs.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple


class Column(NamedTuple):
    name: str
    type: str
    description: str


LEVELS = ("sentence", "paragraph", "article", "entity", "term")

_METRICS_COMMON = [
    Column("n_sentences", "int", "Sentences in analysed (body and headline) paragraphs."),
    Column("n_words", "int", "Word tokens (letters or digits) in those sentences."),
    Column("sourced_share", "float", "Share of body sentences attributed to a source (0-1). Empty (None, "
           "null in JSON) where it is undefined: a headline paragraph (kept out of the body's share) and paragraphs "
           "that are not analysed (boilerplate, byline, caption)."),
    Column("unsourced_sentences", "int", "Body sentences with no attribution: the writer's own voice."),
    Column("loaded_count", "int", "Writer-voice loaded-language hits (all categories except hedges)."),
    Column("loaded_per_100w", "float", "loaded_count per 100 words."),
    Column("quoted_loaded_count", "int",
           "Loaded-language hits inside quotations or reported speech (the source's words, not the writer's)."),
    Column("hedge_count", "int", "Writer-voice hedges (reportedly, apparently, could...)."),
    Column("labels_count", "int", "Writer-voice hits in category 'labels' (pejorative names: regime, thugs...)."),
    Column("loaded_words_count", "int",
           "Writer-voice hits in category 'loaded' (loaded verbs and nouns: meddling, slammed...)."),
    Column("scare_count", "int",
           "Writer-voice hits in category 'scare' (so-called, self-styled, scare quotes)."),
    Column("intensifiers_count", "int",
           "Writer-voice hits in category 'intensifiers' (unprecedented, worst ever, always...)."),
    Column("assertives_count", "int",
           "Writer-voice hits in category 'assertives' (clearly, obviously, it is a fact that...)."),
    Column("subjective_count", "int",
           "Writer-voice hits in category 'subjective' (bizarre, disastrous, heroic...)."),
    Column("vader_mean", "float", "Mean VADER compound sentiment of the sentences (-1 to 1)."),
    Column("vader_min", "float", "Most negative VADER compound score among the sentences."),
    Column("flesch_reading_ease", "float", "Flesch reading ease of the body text (textstat; higher is easier)."),
    Column("flesch_kincaid_grade", "float", "Flesch-Kincaid grade level of the body text (textstat)."),
    Column("unsourced_loaded_sentences", "int",
           "Unsourced sentences that carry writer-voice loaded language: what an editor should read first."),
    Column("bias_score", "float",
           "Writer-voice loaded language per 100 words, weighted by term weight and category, "
           "multiplied up when the sentence is unsourced; quoted speech adds nothing (see README)."),
]

CATEGORY_COLUMNS = {
    "labels": "labels_count",
    "loaded": "loaded_words_count",
    "scare": "scare_count",
    "intensifiers": "intensifiers_count",
    "assertives": "assertives_count",
    "subjective": "subjective_count",
}

SENTENCE = [
    Column("article_id", "str", "Identifier of the article (given id, else the input path or URL)."),
    Column("paragraph", "int", "Paragraph index, from 0."),
    Column("sentence", "int", "Sentence index within the article, from 0."),
    Column("start", "int", "Character offset of the sentence start in the analysed text."),
    Column("end", "int", "Character offset just past the sentence end (text[start:end] is the sentence)."),
    Column("role", "str", "Paragraph role: body, headline, byline, caption or boilerplate."),
    Column("text", "str", "The sentence as it stands."),
    Column("sourced", "bool", "Whether the sentence's claim is attributed to a source."),
    Column("attribution_kind", "str",
           "How: direct, indirect, according_to, colon, data, vague (empty when unsourced)."),
    Column("source", "str", "The source's words as they stand in the text (resolved when a pronoun)."),
    Column("source_type", "str", "media, official, person, institution, data or anonymous."),
    Column("speaker", "str", "The entity the source resolves to (its name in entities.csv; several joined by "
           "'; ' for a coordinated source); empty when unsourced or unresolved."),
    Column("cue", "str", "The reporting verb or phrase (said, according to, quoted...)."),
    Column("via", "str", "The relaying source in a chain ('AP quoted officials': via AP)."),
    Column("attribution_rule", "str", "The attribution rule that decided (for tracing)."),
    Column("loaded_count", "int", "Writer-voice loaded-language hits (all categories except hedges)."),
    Column("loaded_terms", "str", "Writer-voice hits as 'term[category]' joined by '; '."),
    Column("quoted_loaded_count", "int", "Loaded-language hits inside quoted or reported speech."),
    Column("hedge_count", "int", "Writer-voice hedges."),
    Column("vader_neg", "float", "VADER negative proportion."),
    Column("vader_neu", "float", "VADER neutral proportion."),
    Column("vader_pos", "float", "VADER positive proportion."),
    Column("vader_compound", "float", "VADER compound sentiment (-1 to 1)."),
    Column("bias_points", "float", "This sentence's contribution to bias_score before dividing by words."),
]

PARAGRAPH = [
    Column("article_id", "str", "Identifier of the article."),
    Column("paragraph", "int", "Paragraph index, from 0."),
    Column("role", "str", "Paragraph role: body, headline, byline, caption or boilerplate."),
    *_METRICS_COMMON,
]

ARTICLE = [
    Column("article_id", "str", "Identifier of the article."),
    Column("title", "str", "Headline, from the page metadata or the first heading."),
    Column("input", "str", "The path or URL the article was read from ('-' for standard input)."),
    Column("author", "str", "Author(s), from the web page's metadata (document.author in JSON); empty when "
           "unknown. A list file's own 'author' field is kept as meta_author."),
    Column("date", "str", "Publication date, from the web page's metadata (document.date), as the page gives "
           "it (usually YYYY-MM-DD); empty when unknown. A list file's 'date' is kept as meta_date."),
    Column("site_name", "str", "The outlet's name, from the web page's metadata (document.site_name); empty "
           "when unknown. A list file's 'site_name' is kept as meta_site_name."),
    Column("canonical_url", "str", "The page's canonical URL (document.canonical_url); empty when unknown. A "
           "list file's 'canonical_url' is kept as meta_canonical_url."),
    Column("n_paragraphs", "int", "Analysed paragraphs (body and headline)."),
    *_METRICS_COMMON,
    Column("anonymous_share", "float", "Share of sourced sentences that rely on anonymous or vague sources."),
    Column("n_sources", "int", "Distinct sources (name variants such as 'Rouhani'/'Hassan Rouhani' merged)."),
    Column("n_named_sources", "int", "Distinct sources that are named (not anonymous, not an unresolved pronoun)."),
    Column("top_loaded_terms", "str", "The most frequent writer-voice loaded terms as 'term (n)' joined by '; '."),
]

ENTITY = [
    Column("article_id", "str", "Identifier of the article."),
    Column("entity_id", "str",
           "The entity's normalised name (lower-case ASCII words joined by '-'): the same in every article "
           "that names it the same way, so corpus tables can join on it."),
    Column("name", "str", "The entity's fullest name in the article, titles and roles left out."),
    Column("type", "str", "person, official, media, institution, data, anonymous, group or place."),
    Column("roles", "str", "Titles and roles seen beside the name ('Russian President'), joined by '; '."),
    Column("source_roles", "str", "How it serves as a source: speaker (quoted or paraphrased), relay (an "
           "outlet passing on others' words), joined by '; '; empty when only mentioned."),
    Column("mentions", "int", "Times the article names it or points to it (surnames, pronouns, role nouns)."),
    Column("quoted_sentences", "int", "Sentences attributed to it (direct or reported speech)."),
    Column("quoted_words", "int", "Words of quoted or reported content attributed to it."),
    Column("share_of_voice", "float", "quoted_words as a share of all attributed words in the article (0-1)."),
    Column("descriptors", "str", "The writer's loaded words in its noun phrase ('so-called', 'Propagandist'), "
           "joined by '; '."),
    Column("targeted_by", "str", "Every writer-voice loaded term aimed at it (descriptors included), joined by '; '."),
    Column("tone", "int", "-1, 0 or +1: the sign of the summed VADER valence of the terms aimed at it."),
]

# One row per lexicon hit (the JSON's paragraphs[].sentences[].hits and .hedges), in text order.
TERM = [
    Column("article_id", "str", "Identifier of the article."),
    Column("paragraph", "int", "Paragraph index, from 0."),
    Column("sentence", "int", "Sentence index within the article, from 0."),
    Column("text", "str", "The matched words exactly as they stand in the article (JSON: hit.text)."),
    Column("term", "str", "The matched words in lower case, as counted in loaded_terms and top_loaded_terms "
           "('slammed'; JSON: hit.term)."),
    Column("entry", "str", "The lexicon entry that matched ('slam'; JSON: hit.entry): group by this column to "
           "count a word in all its forms; a hit found by a rule names it in parentheses ('(scare quote)')."),
    Column("category", "str", "labels, loaded, scare, intensifiers, assertives, subjective (loaded language), "
           "hedges, or a user lexicon's own category."),
    Column("weight", "float", "The entry's weight (the lexicon's weight column)."),
    Column("voice", "str", "writer (the writer's own words: counted in bias_score) or quoted (inside "
           "quotation or reported speech: the source's words)."),
    Column("target", "str", "The entity (its name in entities.csv) the term describes or is aimed at; empty "
           "when none was found."),
    Column("start", "int", "Character offset of the match in the analysed text."),
    Column("end", "int", "Character offset just past the match (text[start:end] is the match)."),
]

BY_LEVEL = {"sentence": SENTENCE, "paragraph": PARAGRAPH, "article": ARTICLE, "entity": ENTITY, "term": TERM}

# errors.csv of `biaslens batch`: one row per input that could not be analysed.
ERRORS = [
    Column("article_id", "str", "Identifier the article would have had (given id, else the input path or URL)."),
    Column("input", "str", "The path, URL or list-file line ('list.jsonl:12') that failed."),
    Column("error_type", "str",
           "input (missing, empty, too large, not text), encoding, fetch, robots (the site's robots.txt does not "
           "allow the URL; --ignore-robots), extraction (no article in the HTML), "
           "duplicate (article_id seen before), worker_crash, or internal (a biaslens bug: please report)."),
    Column("message", "str", "One line saying what went wrong."),
    Column("status", "int", "The HTTP status of a failed fetch (404, 429...); empty otherwise."),
]

# Said by `biaslens columns` after the tables: the columns a user lexicon adds.
DYNAMIC_NOTE = ("A user lexicon that declares its own categories (`# categories: slurs` in its header) adds one "
                "<category>_count column per declared category (slurs_count: writer-voice hits in that category) "
                "to paragraphs.csv and articles.csv, after the columns above.")

# Extra columns of articles.csv in a batch run: every other column of a list file
# (CSV) or field (JSONL) is carried through after the standard columns, renamed
# meta_NAME when NAME is a standard column (author, date, site_name, canonical_url...)
# or one of id, path, url, text, title.


def category_column(category: str) -> str:
    """The count column of a loaded-language category: the standard name for the built-in
    categories (``loaded`` -> ``loaded_words_count``), ``<category>_count`` for a category
    a user lexicon declares (``# categories: slurs`` -> ``slurs_count``)."""
    return CATEGORY_COLUMNS.get(category, f"{category}_count")


def declared_columns(level: str, categories: Iterable[str] = ()) -> list[str]:
    """The count columns of the declared categories among `categories` (none for the
    built-in ones, hedges included), at the paragraph and article levels."""
    if level not in ("paragraph", "article"):
        return []
    return [category_column(c) for c in categories if c not in CATEGORY_COLUMNS and c != "hedges"]


def names(level: str, categories: Iterable[str] = ()) -> list[str]:
    """The columns of `level`, then one ``<category>_count`` column per declared category."""
    return [c.name for c in BY_LEVEL[level]] + declared_columns(level, categories)


def _table_lines(title: str, cols, markdown: bool) -> list[str]:
    if markdown:
        return [f"\n### {title}\n\n| column | type | meaning |\n| --- | --- | --- |",
                *(f"| `{c.name}` | {c.type} | {c.description} |" for c in cols)]
    return [f"\n{title}", *(f"  {c.name:28} {c.type:6} {c.description}" for c in cols)]


def dictionary_lines(level: str | None = None, *, markdown: bool = False) -> list[str]:
    """The data dictionary as `biaslens columns` prints it: every column of `level` (all levels
    when None, then errors.csv and the notes on extra columns), as text or Markdown tables."""
    out: list[str] = []
    for lv, cols in BY_LEVEL.items():
        if level is None or lv == level:
            title = f"{lv} level" if markdown else f"{'entities' if lv == 'entity' else lv + 's'}.csv"
            out += _table_lines(title, cols, markdown)
    if level is None:
        out += _table_lines("errors.csv (batch)", ERRORS, markdown)
        out.append("\nIn a batch run, articles.csv also carries the extra columns of list files (renamed "
                   "meta_NAME when NAME clashes with a column above or is id, path, url, text or title).")
    if level in (None, "paragraph", "article"):
        out.append(f"\n{DYNAMIC_NOTE}")
    return out
