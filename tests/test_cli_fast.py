"""`biaslens report` without typer (biaslens.cli_report): the same options, the same output."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from biaslens.cli_report import OPTIONS, parse_report_args

SAMPLE = str(Path(__file__).resolve().parent.parent / "samples" / "harbor-dispute-attributed.txt")
TYPER = "import sys; from biaslens.cli import main; sys.argv[0] = 'biaslens'; main()"


def _report_command():
    import typer.main

    from biaslens.cli import app

    return typer.main.get_command(app).commands["report"]


def test_options_table_lists_the_typer_command_options():
    params = [p for p in _report_command().params if p.param_type_name == "option"]
    spelt = {o for p in params for o in (*p.opts, *p.secondary_opts)}
    assert spelt == set(OPTIONS)
    for p in params:
        for o in p.opts:
            assert OPTIONS[o][0] == p.name
            assert (OPTIONS[o][1] == "flag") == bool(p.is_flag)
        for o in p.secondary_opts:
            assert OPTIONS[o] == (p.name, "noflag")


@pytest.mark.parametrize("args", [
    ["--help"], [SAMPLE, "--help"], [SAMPLE, SAMPLE], [], ["--", SAMPLE], [SAMPLE, "-fjson"],
    [SAMPLE, "--format", "yaml"], [SAMPLE, "--format", "JSON"], [SAMPLE, "-f", "json", "-f", "csv"],
    [SAMPLE, "--force=1"], [SAMPLE, "--max-bytes", "0"], [SAMPLE, "--max-bytes", "1e3"],
    [SAMPLE, "--timeout", "0.05"], [SAMPLE, "--output"], [SAMPLE, "--output", ""], [SAMPLE, "--version"],
])
def test_anything_unusual_goes_to_typer(args):
    assert parse_report_args(args) is None


def test_plain_arguments_are_read_as_typer_reads_them(tmp_path):
    got = parse_report_args(["-f", "json", SAMPLE, "--output=" + str(tmp_path / "o"), "-l", "a.csv",
                             "--lexicon", "b.csv", "--max-bytes", "007", "--timeout", "2.5", "--no-allow-private"])
    assert got == {"input": SAMPLE, "format": "json", "output": tmp_path / "o", "lexicon": [Path("a.csv"),
                   Path("b.csv")], "max_bytes": 7, "timeout": 2.5, "allow_private": False}
    assert parse_report_args(["-"]) == {"input": "-"}


def _run(code_or_module: list[str], args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    return subprocess.run([sys.executable, *code_or_module, *args], capture_output=True, env=env, cwd=cwd,
                          timeout=120)


@pytest.mark.parametrize("args", [
    [SAMPLE, "--no-color"],
    ["--format=csv", SAMPLE, "--level", "paragraph"],
    [SAMPLE, "-o", "out.json", "-f", "json"],
    ["does-not-exist.txt"],
    [SAMPLE, "--max-bytes", "100"],
])
def test_fast_path_prints_what_typer_prints(args, tmp_path):
    fast_dir, typer_dir = tmp_path / "fast", tmp_path / "typer"
    fast_dir.mkdir()
    typer_dir.mkdir()
    fast = _run(["-m", "biaslens"], ["report", *args], fast_dir)
    slow = _run(["-c", TYPER], ["report", *args], typer_dir)
    assert (fast.returncode, fast.stdout, fast.stderr) == (slow.returncode, slow.stdout, slow.stderr)
    assert sorted(p.name for p in fast_dir.iterdir()) == sorted(p.name for p in typer_dir.iterdir())
    for p in fast_dir.iterdir():
        assert p.read_bytes() == (typer_dir / p.name).read_bytes()


def test_fast_path_loads_neither_typer_nor_pydantic():
    code = ("import sys; sys.argv = ['biaslens', 'report', sys.argv[1], '-f', 'json']; "
            "from biaslens.cli_entry import main; main(); "
            "import gc; print(gc.isenabled(), gc.get_freeze_count() > 10000, file=sys.stderr); "
            "print([m for m in ('typer', 'pydantic', 'click') if m in sys.modules], file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-c", code, SAMPLE], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0
    # the collector paused for start-up is on again, start-up's objects frozen out of its sight
    assert proc.stderr.strip().splitlines()[-2:] == ["True True", "[]"]
