"""The shipped JSON Schemas: every sample's report validates, and the schema is strict enough to
catch a missing, extra or mistyped field; `biaslens schema`; the public API that goes with it."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest

import biaslens
from biaslens.report import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parent.parent
GOLDEN_INPUTS = sorted((ROOT / "tests" / "golden" / "inputs").glob("*.txt"))


@pytest.fixture(scope="module")
def validator():
    schema = biaslens.schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="module")
def sample_doc(analyzer):
    return analyzer.analyze_file(ROOT / "samples" / "council-opinion-unsourced.md").to_dict()


def test_every_sample_and_golden_input_validates(analyzer, samples, validator):
    for path in [*samples, *GOLDEN_INPUTS]:
        doc = json.loads(analyzer.analyze_file(path).to_json())
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(doc)]
        assert not errors, f"{path.name}: {errors[:5]}"
    doc = analyzer.analyze("The mayor said it was fine.", title=None).to_dict(include_text=True)
    validator.validate(doc)


def _sentence_with_hits(doc: dict) -> dict:
    return next(s for p in doc["paragraphs"] for s in p["sentences"] if s["hits"])


BREAKAGES = {
    "missing top-level key": lambda d: d.pop("sources"),
    "extra top-level key": lambda d: d.update(people=[]),
    "schema_version changed": lambda d: d.update(schema_version="9.9"),
    "metric mistyped": lambda d: d["metrics"].update(n_words="96"),
    "article metric missing": lambda d: d["metrics"].pop("n_sources"),
    "paragraph metrics with article fields": lambda d: d["paragraphs"][0]["metrics"].update(n_sources=1),
    "sentence key missing": lambda d: d["paragraphs"][0]["sentences"][0].pop("attribution"),
    "sourced not a boolean": lambda d: d["paragraphs"][0]["sentences"][0]["attribution"].update(sourced=1),
    "span of one offset": lambda d: d["paragraphs"][0]["sentences"][0]["attribution"].update(source_span=[3]),
    "unknown voice": lambda d: _sentence_with_hits(d)["hits"][0].update(voice="narrator"),
    "hit offset negative": lambda d: _sentence_with_hits(d)["hits"][0].update(start=-1),
    "extra hit key": lambda d: _sentence_with_hits(d)["hits"][0].update(aimed_at=None),
    "entity type unknown": lambda d: d["entities"][0].update(type="robot"),
    "speaker missing": lambda d: d["paragraphs"][0]["sentences"][0]["attribution"].pop("speaker"),
    "unknown role": lambda d: d["paragraphs"][0].update(role="sidebar"),
    "document key missing": lambda d: d["document"].pop("author"),
    "lexicon checksum mangled": lambda d: d["lexicons"][0].update(sha256="abc"),
    "sentiment out of range": lambda d: d["paragraphs"][0]["sentences"][0]["sentiment"].update(compound=2),
    "source mentions a string": lambda d: d["sources"][0].update(mentions="1"),
    "contribution missing points": lambda d: d["bias_contributions"][0].pop("points"),
    "settings key added": lambda d: d["settings"].update(colour="red"),
}


@pytest.mark.parametrize("name", BREAKAGES)
def test_schema_catches_a_broken_report(validator, sample_doc, name):
    validator.validate(sample_doc)
    broken = copy.deepcopy(sample_doc)
    BREAKAGES[name](broken)
    assert not validator.is_valid(broken), name


def test_schema_version_agrees_with_the_code_and_the_changelog():
    for name in ("report", "comparison"):
        assert biaslens.schema(name)["properties"]["schema_version"]["const"] == SCHEMA_VERSION
        assert biaslens.schema(name)["$id"].endswith(SCHEMA_VERSION)
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"schema_version {SCHEMA_VERSION}" in changelog
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "schema_version" in readme and "CHANGELOG.md" in readme


def test_comparison_json_carries_schema_version_and_validates(analyzer, samples):
    from biaslens.compare import compare

    a, b = (analyzer.analyze_file(ROOT / "samples" / n)
            for n in ("harbor-dispute-attributed.txt", "council-opinion-unsourced.md"))
    doc = json.loads(json.dumps(compare(a, b).to_dict()))
    assert doc["schema_version"] == SCHEMA_VERSION
    validator = jsonschema.Draft202012Validator(biaslens.schema("comparison"))
    validator.validate(doc)
    doc["terms_only_b"][0].pop("count")
    assert not validator.is_valid(doc)


def test_schema_command_prints_the_shipped_file(cli):
    r = cli("schema")
    assert r.returncode == 0 and json.loads(r.stdout) == biaslens.schema()
    r = cli("schema", "comparison")
    assert json.loads(r.stdout)["title"].startswith("biaslens comparison")
    r = cli("schema", "--path")
    assert Path(r.stdout.decode().strip()) == biaslens.SCHEMA_PATH and biaslens.SCHEMA_PATH.is_file()
    r = cli("schema", "nonsense")
    assert r.returncode == 2
    with pytest.raises(ValueError, match="report, comparison"):
        biaslens.schema("nonsense")


def test_dir_shows_the_public_api():
    names = dir(biaslens)
    for name in ("analyze", "analyze_file", "analyze_url", "analyze_bytes", "Analyzer", "ArticleReport",
                 "InputError", "schema", "SCHEMA_PATH", "__version__", "report", "service", "errors"):
        assert name in names
    assert not [n for n in names if n.startswith("_") and n != "__version__"]
    for name in biaslens.__all__:
        assert getattr(biaslens, name) is not None


def test_bytes_given_to_analyze_point_to_a_function_that_exists():
    with pytest.raises(biaslens.InputError, match=r"analyze_bytes\(\)") as info:
        biaslens.analyze(b"The mayor said the plan was fine.")
    assert "analyze_bytes" in str(info.value) and callable(biaslens.analyze_bytes)
    report = biaslens.analyze_bytes("The mayor said the plan was fine, officials said.".encode("utf-16"))
    assert report.metrics.n_sentences == 1 and report.document.encoding
