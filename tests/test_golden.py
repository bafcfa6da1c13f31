"""Golden outputs: the JSON, CSV and HTML of every sample and golden input, byte for byte.

A change that is meant to move an output regenerates them with
`python tests/golden/regenerate.py` and says so in its commit message; a refactor moves none.
"""

import sys
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parent / "golden"
sys.path.insert(0, str(GOLDEN))
import regenerate  # noqa: E402

EXPECTED = regenerate.outputs()


def test_every_golden_file_is_produced_and_nothing_extra():
    on_disk = {p.relative_to(GOLDEN) for sub in ("json", "csv", "html") for p in (GOLDEN / sub).glob("*")}
    assert on_disk == set(EXPECTED)


def test_golden_inputs_cover_samples_and_attribution_rules():
    names = {p.name for p in regenerate.inputs()}
    assert {p.name for p in (GOLDEN.parents[1] / "samples").iterdir()} <= names
    assert any(n.startswith("attribution-rules") for n in names)
    assert any(n.startswith("attribution-guard") for n in names)
    assert any(str(n).startswith("html/") for n in EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED, key=str), ids=str)
def test_output_matches_golden_file(name):
    path = GOLDEN / name
    assert path.exists(), f"{name} missing: run python tests/golden/regenerate.py"
    expected = path.read_bytes()
    actual = EXPECTED[name].encode("utf-8")
    if actual != expected:
        at = next((i for i, (a, b) in enumerate(zip(actual, expected, strict=False)) if a != b),
                  min(len(actual), len(expected)))
        pytest.fail(f"{name} differs from its golden file at byte {at}: "
                    f"got {actual[max(0, at - 60):at + 60]!r}, golden {expected[max(0, at - 60):at + 60]!r}. "
                    "If the change is meant, run python tests/golden/regenerate.py and say so in the commit.")
