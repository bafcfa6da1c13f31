"""The HTML report: self-contained, escaped, highlighted; rendered in a real headless browser."""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT

from biaslens.render.html import render_html

HOSTILE = """Mayor's <script>document.title='pwned'</script> Plan Draws Fire

The so-called reform is a disastrous giveaway by the regime, and residents clearly know it. \
<img src=x onerror="document.title='pwned2'"> <b id="injected">bold</b> The roads are worse.

"This is meddling of the worst kind," said council member Ana Ruiz on Tuesday. According to Reuters, \
the plan would cost $40 million.

=HYPERLINK("http://evil.invalid","click") appeared in the form, officials said.
"""


@pytest.fixture(scope="module")
def hostile_report():
    from biaslens import Analyzer

    return Analyzer().analyze(HOSTILE)


@pytest.fixture(scope="module")
def page(hostile_report) -> str:
    return render_html(hostile_report)


def test_article_markup_is_escaped_and_the_page_has_no_script(page):
    assert "<script" not in page.lower()
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in page
    assert "<img" not in page and "&lt;img src=x onerror=" in page
    assert '<b id="injected"' not in page and 'id="injected"' not in page
    assert "=HYPERLINK(&quot;http://evil.invalid&quot;" in page


def test_page_is_self_contained(page):
    assert 'http-equiv="Content-Security-Policy"' in page and "default-src 'none'" in page
    tags = re.findall(r"<[a-zA-Z][^>]*>", page)
    for tag in tags:  # no attribute loads or links anything outside the page
        assert not re.search(r"\s(src|srcset|data|action|poster|background)=", tag), tag
        href = re.search(r'\shref="([^"]*)"', tag)
        assert href is None or href.group(1).startswith("#"), tag
    assert "<link" not in page and "@import" not in page and "url(" not in page and "<iframe" not in page


def test_highlights_legend_sources_metrics_and_chart(page, hostile_report):
    for cat in ("labels", "scare", "subjective", "assertives"):
        assert re.search(rf'<mark class="hit c-{cat}" title="[^"]+">', page), cat
    assert 'class="hit-quoted"' in page  # "meddling" inside the quotation
    assert 'class="s-unsourced"' in page and 'class="s-sourced"' in page
    assert '<span class="src">Reuters</span>' in page
    assert re.search(r'class="s-sourced" id="s\d+" title="Sourced \(according_to\); source: Reuters \(media\)', page)
    assert 'class="legend"' in page and "<h2 id=\"h-sources\">Sources</h2>" in page
    assert f"{hostile_report.metrics.bias_score:.2f}" in page
    analysed = [p for p in hostile_report.paragraphs if p.role in ("body", "headline")]
    assert page.count('class="bar-bias"') == len(analysed)
    assert page.count('class="bar-share"') == sum(1 for p in analysed if p.role == "body")
    assert "<svg" in page and "</svg>" in page


def test_every_writer_voice_hit_is_marked(hostile_report, page):
    writer = [h for s in hostile_report.sentences for h in s.hits if h.voice == "writer"]
    for h in writer:
        assert f">{html.escape(HOSTILE[h.start:h.end])}</mark>" in page


def test_report_command_writes_html_and_refuses_to_overwrite(cli, tmp_path, samples):
    out = tmp_path / "r.html"
    proc = cli("report", str(samples[0]), "--format", "html", "-o", str(out))
    assert proc.returncode == 0, proc.stderr.decode()
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    again = cli("report", str(samples[0]), "--format", "html", "-o", str(out))
    assert again.returncode == 1 and b"exists" in again.stderr


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


def _run_browser(binary: str, tmp: Path, *args: str) -> subprocess.CompletedProcess:
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-extensions", "--no-first-run", "--no-default-browser-check", "--mute-audio",
             f"--user-data-dir={tmp / 'profile'}"]
    return subprocess.run([binary, *flags, *args], capture_output=True, timeout=120,
                          env={**os.environ, "HOME": str(tmp)})


@pytest.mark.skipif(_chromium() is None, reason="headless chromium is not installed (Debian: apt-get install "
                                                "chromium; .ci/run installs it where it can)")
def test_page_renders_in_headless_chromium_and_nothing_from_the_article_runs(page, tmp_path):
    binary = _chromium()
    html_file = tmp_path / "report.html"
    html_file.write_text(page, encoding="utf-8")
    no_csp = tmp_path / "report-no-csp.html"  # the escaping alone must hold, without the CSP's help
    no_csp.write_text(re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page), encoding="utf-8")
    assert "Content-Security-Policy" not in no_csp.read_text()
    for f in (html_file, no_csp):
        proc = _run_browser(binary, tmp_path, "--virtual-time-budget=2000", "--dump-dom", f.as_uri())
        dom = proc.stdout.decode("utf-8", "replace")
        assert proc.returncode == 0 and "<main>" in dom, proc.stderr.decode()[-2000:]
        title = re.search(r"<title>(.*?)</title>", dom, re.S).group(1)
        assert title.startswith("Mayor's") and title.endswith("· biaslens report")  # no script retitled it
        assert "<script" not in dom.lower() and "<img" not in dom.lower() and '<b id="injected"' not in dom
        assert "<h1>Mayor's &lt;script&gt;document.title='pwned'&lt;/script&gt; Plan Draws Fire</h1>" in dom
        assert '<mark class="hit c-labels"' in dom and 'class="s-sourced"' in dom and "<svg" in dom

    # the same page with the escaping undone would run the script: the check above can fail
    unsafe = tmp_path / "unsafe.html"
    unsafe.write_text("<!DOCTYPE html><title>t</title><p><script>document.title='pwned'</script></p>")
    probe = _run_browser(binary, tmp_path, "--dump-dom", unsafe.as_uri()).stdout.decode()
    assert "<title>pwned</title>" in probe

    shots = ROOT / "artifacts"  # ignored by git: a picture to look at, never committed
    shots.mkdir(exist_ok=True)
    shot = shots / "html-report.png"
    proc = _run_browser(binary, tmp_path, "--window-size=1000,2400", "--hide-scrollbars",
                        f"--screenshot={shot}", html_file.as_uri())
    assert proc.returncode == 0 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000  # a blank page compresses to a few kB
