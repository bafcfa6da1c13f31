"""The terminal report: highlighted terms, NO_COLOR / --no-color, and fitting the terminal's width."""

from __future__ import annotations

import io

import pytest

from biaslens.render.text import render_text

TEXT = ("Council Vote\n\nThe so-called reform is a disastrous giveaway by the regime, and the mayor clearly "
        "knows it. Residents said the buses were late again.\n\nThe council has slammed the door on common "
        "sense once again, in an unprecedented display of contempt.\n")


@pytest.fixture(scope="module")
def report():
    from biaslens import Analyzer

    return Analyzer().analyze(TEXT)


@pytest.mark.parametrize("width", [40, 60, 80, 120])
def test_report_fits_the_width(report, width):
    buf = io.StringIO()
    render_text(report, buf, color=False, width=width)
    lines = buf.getvalue().splitlines()
    assert max(len(line) for line in lines) <= width
    header = next(line for line in lines if line.strip().startswith("¶"))
    assert "bias" in header and "loaded" in header  # the key columns survive a narrow terminal
    assert ("flesch" in header) == (width >= 80)


def test_loaded_terms_are_highlighted_in_colour_only_when_allowed(report):
    coloured, plain = io.StringIO(), io.StringIO()
    render_text(report, coloured, color=True, width=100)
    render_text(report, plain, color=False, width=100)
    assert "\x1b[" in coloured.getvalue() and "\x1b[" not in plain.getvalue()
    assert "\x1b[4" in coloured.getvalue() or ";4m" in coloured.getvalue()  # underlined terms


def test_no_color_env_and_flag_win_over_a_forced_terminal(cli, samples):
    path = str(next(p for p in samples if "council" in p.name))
    forced = cli("report", path, env={"NO_COLOR": "", "FORCE_COLOR": "1"})
    assert b"\x1b[" in forced.stdout
    assert b"\x1b[" not in cli("report", path, env={"NO_COLOR": "1", "FORCE_COLOR": "1"}).stdout
    assert b"\x1b[" not in cli("report", path, "--no-color", env={"NO_COLOR": "", "FORCE_COLOR": "1"}).stdout
