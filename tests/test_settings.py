"""One Settings object for reading and fetching, and the batch package's shape."""

from __future__ import annotations

import ast
import re
import warnings
from pathlib import Path

import pytest
from conftest import SAMPLES

from biaslens.fetch import fetch_settings_for
from biaslens.settings import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, Settings

PACKAGE = Path(__file__).resolve().parent.parent / "biaslens"


def test_defaults_live_in_settings_and_everything_uses_them():
    from biaslens import bounded, fetch
    from biaslens.analyzer import Analyzer

    assert (DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT) == (20 * 1024 * 1024, 20.0)
    assert bounded.DEFAULT_MAX_BYTES == DEFAULT_MAX_BYTES and fetch.DEFAULT_READ_TIMEOUT == DEFAULT_TIMEOUT
    a = Analyzer()
    assert a.config == Settings() and (a.max_bytes, a.timeout) == (DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT)
    literal = re.compile(r"20 \* 1024 \* 1024|= 20\.0\b")
    threaded = [PACKAGE / n for n in ("cli.py", "analyzer.py", "bounded.py", "fetch.py", "dask_engine.py")]
    offenders = [str(p.relative_to(PACKAGE)) for p in [*threaded, *(PACKAGE / "batch").rglob("*.py")]
                 if literal.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_analyzer_takes_settings_and_its_keywords_override_them():
    from biaslens.analyzer import Analyzer
    from biaslens.errors import InputError

    small = Settings(max_bytes=50, timeout=3.0, cache="pages")
    a = Analyzer(settings=small)
    assert (a.max_bytes, a.timeout, a.cache) == (50, 3.0, "pages")
    with pytest.raises(InputError, match="over the limit of 50"):
        a.analyze("Officials said the fees would rise next year. " * 3)
    b = Analyzer(settings=small, max_bytes=1000, scare_quote_max_words=2)
    assert (b.config.max_bytes, b.config.timeout, b.settings["scare_quote_max_words"]) == (1000, 3.0, 2)
    fs = fetch_settings_for(Settings(timeout=2.0))
    assert (fs.read_timeout, fs.connect_timeout, fs.total) == (2.0, 2.0, 2.0)


def test_run_batch_carries_one_settings_object_to_the_workers(tmp_path):
    from biaslens.batch import run_batch

    summary = run_batch([str(SAMPLES)], tmp_path / "o", workers=1, settings=Settings(max_bytes=1500))
    errors = (tmp_path / "o" / "errors.csv").read_text(encoding="utf-8")
    assert summary.errors >= 1 and "limit" in errors  # the larger samples are refused, as the setting says
    again = run_batch([str(SAMPLES)], tmp_path / "k", workers=1, settings=Settings(max_bytes=1500),
                      max_bytes=DEFAULT_MAX_BYTES)  # a keyword wins over the settings
    assert again.errors == 0


def test_cli_declares_each_option_once():
    cli = (PACKAGE / "cli.py").read_text(encoding="utf-8")
    shared = (PACKAGE / "cli_options.py").read_text(encoding="utf-8")
    for option in ("--lexicon", "--max-bytes", "--timeout", "--connect-timeout", "--max-page-bytes", "--cache",
                   "--allow-private/--no-allow-private", "--per-host", "--delay"):
        assert shared.count(f'"{option}"') == 1 and f'"{option}"' not in cli, option


def test_the_old_dask_module_is_a_shim_that_warns():
    import biaslens.dask_engine as old
    from biaslens.batch.engines import dask

    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        cls = old.DaskEngine
    assert cls is dask.DaskEngine and any(issubclass(w.category, DeprecationWarning) for w in seen)


def _imports(path: Path) -> set[str]:
    """Modules of biaslens that a module imports at its top level (not inside functions)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts[:-1]) if rel.name != "__init__" else list(rel.parts[:-1])
    found = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level:
            base = parts[: len(parts) - node.level + 1] if node.level > 1 else parts
            found.add(".".join(base + ([node.module] if node.module else [])))
    return found


def test_batch_package_has_small_modules_and_functions_and_no_import_circle():
    batch = PACKAGE / "batch"
    graph = {}
    for p in batch.rglob("*.py"):
        src = p.read_text(encoding="utf-8")
        assert len(src.splitlines()) <= 400, p
        for node in ast.walk(ast.parse(src)):
            if isinstance(node, ast.FunctionDef):
                assert node.end_lineno - node.lineno < 60, f"{p.name}:{node.name}"
        name = ".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
        graph[name] = {m for m in _imports(p) if m.startswith("biaslens.batch")}

    def reaches(a: str, b: str, seen: set[str]) -> bool:
        for m in graph.get(a, ()):
            if m == b or (m not in seen and not seen.add(m) and reaches(m, b, seen)):
                return True
        return False

    leaves = [m for m in graph if m != "biaslens.batch"]
    assert not [m for m in leaves if reaches(m, m, set())]
    assert "biaslens.batch" not in {m for m in leaves for m in graph[m]}  # no module imports the package's face
