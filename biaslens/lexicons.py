"""Lexicons as data: finding, loading, validating and compiling them.

The public face of `biaslens.lexicon`: the file format and its validation live in
`biaslens.lexicon.format` (see its docstring for the format), English inflection in
`biaslens.lexicon.inflect`, neutral contexts in `biaslens.lexicon.contexts` and the term
matcher in `biaslens.lexicon.matcher`. Every name is importable from here.
"""

from __future__ import annotations

from .lexicon.contexts import Context, Unless, in_context, parse_contexts, tokenize_term
from .lexicon.format import (
    LOADED_CATEGORIES,
    MATCH_MODES,
    MAX_LEXICON_BYTES,
    REQUIRED_COLUMNS,
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
    "LOADED_CATEGORIES", "MATCH_MODES", "MAX_LEXICON_BYTES", "REQUIRED_COLUMNS", "Context", "Entry", "Lexicon",
    "TermMatcher", "Unless", "builtin_lexicon_paths", "in_context", "inflections", "lexicon_dir", "load_lexicon",
    "parse_contexts", "parse_lexicon", "read_list", "tokenize_term",
]
