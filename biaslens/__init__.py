"""biaslens: who is quoted in a news story, and which words carry the writer's own slant.

    import biaslens
    report = biaslens.analyze(text)
    report.metrics.bias_score, report.sources
    report.to_frame("paragraph")

Heavy modules (nltk, pandas, trafilatura) load only when first needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._version import __version__

if TYPE_CHECKING:  # pragma: no cover
    from .aggregate import BiasWeights
    from .analyzer import Analyzer, analyze, analyze_file, analyze_url
    from .errors import BiaslensError, InputError, LexiconError
    from .lexicons import Lexicon, load_lexicon
    from .report import ArticleReport

_EXPORTS = {
    "Analyzer": "analyzer", "analyze": "analyzer", "analyze_file": "analyzer", "analyze_url": "analyzer",
    "ArticleReport": "report", "BiasWeights": "aggregate", "Lexicon": "lexicons", "load_lexicon": "lexicons",
    "BiaslensError": "errors", "InputError": "errors", "LexiconError": "errors",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'biaslens' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
