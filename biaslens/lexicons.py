"""Lexicons as data: finding, loading, validating and compiling them.

The public face of `biaslens.lexicon`: the file format and its validation live in
`biaslens.lexicon.format` (see its docstring for the format), English inflection in
`biaslens.lexicon.inflect`, the categories an entry may have in
`biaslens.lexicon.categories`, neutral contexts in `biaslens.lexicon.contexts` and the term
matcher in `biaslens.lexicon.matcher`. Every name is importable from here.
"""

from __future__ import annotations

from .errors import LexiconWarning
from .lexicon.categories import (
    CUE_CATEGORIES,
    ENTITY_CATEGORIES,
    KINDS,
    LOADED_CATEGORIES,
    SOURCE_CATEGORIES,
    categories_of,
    fixed_categories,
    kind_of,
    nearest,
)
from .lexicon.contexts import Context, Unless, in_context, parse_contexts, tokenize_term
from .lexicon.format import (
    MATCH_MODES,
    MAX_LEXICON_BYTES,
    MAX_WEIGHT,
    REQUIRED_COLUMNS,
    WEIGHT_RULE,
    Entry,
    Lexicon,
    builtin_lexicon_paths,
    lexicon_dir,
    load_lexicon,
    parse_lexicon,
    read_list,
)
from .lexicon.inflect import inflections
from .lexicon.matcher import TermMatcher

__all__ = [
    "CUE_CATEGORIES", "ENTITY_CATEGORIES", "KINDS", "LOADED_CATEGORIES", "MATCH_MODES", "MAX_LEXICON_BYTES",
    "MAX_WEIGHT",
    "REQUIRED_COLUMNS", "SOURCE_CATEGORIES", "WEIGHT_RULE", "Context", "Entry", "Lexicon", "LexiconWarning",
    "TermMatcher", "Unless", "builtin_lexicon_paths", "categories_of", "fixed_categories", "in_context",
    "inflections", "kind_of", "lexicon_dir", "load_lexicon", "nearest", "parse_contexts", "parse_lexicon",
    "read_list", "tokenize_term",
]
