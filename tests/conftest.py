"""Shared fixtures. The suite runs with outside network blocked (pytest-socket,
configured in pyproject.toml); only loopback is allowed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


@pytest.fixture(scope="session")
def analyzer():
    from biaslens import Analyzer

    return Analyzer()


@pytest.fixture(scope="session")
def samples() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.is_file())


def run_cli(*args: str, input: bytes | None = None, env: dict | None = None, cwd: Path | None = None):
    """Run the real console entry point in a subprocess (exit codes, stderr, no traceback)."""
    full_env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100", **(env or {})}
    return subprocess.run([sys.executable, "-m", "biaslens", *args], input=input, capture_output=True,
                          env=full_env, cwd=cwd, timeout=120)


@pytest.fixture
def cli():
    return run_cli
