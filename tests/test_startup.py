"""What `Analyzer()` does so that the first `analyze()` does not."""

from __future__ import annotations

import sys


def _loaders() -> dict[str, int]:
    """Every data loader of the package (a function memoised without a size bound, as the
    word lists and data-file patterns are) and how many values it holds."""
    out = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith("biaslens") or module is None:
            continue
        for attr, value in vars(module).items():
            info = getattr(value, "cache_info", None)
            if callable(info) and info().maxsize is None:
                out[f"{name}.{attr}"] = info().currsize
    return out


BODY = ("The board voted on Tuesday to approve the plan, which officials said would cut waiting times for "
        "thousands of commuters across the bay and beyond. ")
# a sentence-case headline (read against the datelines and lede markers), an abbreviation glued
# to a quotation mark, initials and a lower-case word abbreviation
TEXT = (f"Harbor board backs the new ferry plan.\n\n{BODY * 2}\n\n{BODY}The plan was backed by the mayor, said "
        f"J. Smith. She met the chair of the board, \u201cMr. Lund said. He said no. Others left.\n\n{BODY}")


def test_analyzer_loads_what_the_first_article_needs(samples):
    from biaslens import Analyzer

    analyzer = Analyzer()
    before = _loaders()
    analyzer.analyze(TEXT)
    for path in samples:
        analyzer.analyze_file(path)
    after = _loaders()
    late = sorted(k for k, n in after.items() if n and not before.get(k))
    assert late == []
