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
    from ._schema import SCHEMA_PATH, schema
    from .aggregate import BiasWeights
    from .analyzer import Analyzer, analyze, analyze_bytes, analyze_file, analyze_url
    from .errors import BiaslensError, InputError, LexiconError
    from .lexicons import Lexicon, load_lexicon
    from .report import ArticleReport

_EXPORTS = {
    "Analyzer": "analyzer", "analyze": "analyzer", "analyze_file": "analyzer", "analyze_url": "analyzer",
    "analyze_bytes": "analyzer", "schema": "_schema", "SCHEMA_PATH": "_schema",
    "ArticleReport": "report", "BiasWeights": "aggregate", "Lexicon": "lexicons", "load_lexicon": "lexicons",
    "BiaslensError": "errors", "InputError": "errors", "LexiconError": "errors",
}

__all__ = ["__version__", *_EXPORTS]


def __dir__() -> list[str]:
    """The public API and the public submodules, so completion in notebooks and IDEs finds them
    (the names above load lazily, so they are not in the module's namespace until first used)."""
    import pkgutil

    modules = {m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_")}
    return sorted(set(__all__) | modules)


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'biaslens' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
