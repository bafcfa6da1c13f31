"""summary.html: the corpus charts of a batch run (issue 19). Unit tests on a folder of
hand-written tables, the batch and CLI hooks, and a headless Chromium render that must
run no script and make no network request."""

from __future__ import annotations

import csv
import http.server
import json
import os
import re
import shutil
import subprocess
import threading
from pathlib import Path

import pytest
from conftest import run_cli

from biaslens.batch import run_batch
from biaslens.columns import names
from biaslens.render.summary import HIST_BINS, outlet_column, render_summary

EVIL_TITLE = "<script>document.title='pwned'</script><img src=\"http://evil.invalid/t.png\"> & Co"
EVIL_TERM = "</svg><img src=http://evil.invalid/term.png>"


def _write(path: Path, columns: list[str], rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, columns, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A small batch output folder: four articles from two outlets (one hostile), terms, entities."""
    d = tmp_path / "out"
    d.mkdir()
    arts = [
        {"article_id": "a1", "title": "Calm report", "bias_score": 0.5, "sourced_share": 0.9, "site_name": "Planet",
         "loaded_per_100w": 0.4, "anonymous_share": 0.0},
        {"article_id": "a2", "title": EVIL_TITLE, "bias_score": 4.0, "sourced_share": 0.2,
         "site_name": "<b>Gazette</b>", "loaded_per_100w": 3.0, "anonymous_share": 0.5},
        {"article_id": "a3", "title": "Middle", "bias_score": 1.5, "sourced_share": 0.6, "site_name": "Planet",
         "loaded_per_100w": 1.0, "anonymous_share": 0.1},
        {"article_id": "a4", "title": "", "bias_score": 0.0, "sourced_share": 1.0, "site_name": "Planet",
         "loaded_per_100w": 0.0, "anonymous_share": 0.0},
    ]
    _write(d / "articles.csv", names("article"), arts)
    term = {"voice": "writer", "weight": 1.5}
    terms = [
        {**term, "article_id": "a2", "term": "regime", "entry": "regime", "category": "labels"},
        {**term, "article_id": "a2", "term": "slammed", "entry": "slam", "category": "loaded"},
        {**term, "article_id": "a3", "term": "slams", "entry": "slam", "category": "loaded"},
        {**term, "article_id": "a3", "term": EVIL_TERM, "entry": EVIL_TERM, "category": "subjective"},
        {**term, "article_id": "a1", "term": "reportedly", "entry": "reportedly", "category": "hedges"},
        {**term, "article_id": "a1", "term": "thugs", "entry": "thugs", "category": "labels", "voice": "quoted"},
    ]
    _write(d / "terms.csv", names("term"), terms)
    ents = [{"article_id": "a1", "name": "Lena Vasko", "type": "official", "quoted_sentences": 3},
            {"article_id": "a3", "name": "Lena Vasko", "type": "official", "quoted_sentences": 2},
            {"article_id": "a2", "name": "<i>Anon</i>", "type": "anonymous", "quoted_sentences": 1},
            {"article_id": "a2", "name": "Bystander", "type": "person", "quoted_sentences": 0}]
    _write(d / "entities.csv", names("entity"), ents)
    _write(d / "errors.csv", ["article_id", "input", "error_type", "message", "status"],
           [{"article_id": "x", "error_type": "input"}])
    return d


def test_charts_are_drawn_from_the_tables(folder):
    page = render_summary(folder)
    assert page.count('<svg class="chart"') == 5  # histogram, scatter, terms, sources, outlets
    assert page.count('<rect class="bar"') >= HIST_BINS
    assert page.count('<circle class="dot"') == 4
    # writer-voice terms by entry: slam twice, regime once; hedges and quoted terms left out
    assert re.search(r"<title>slam: 2 uses \(loaded; in 2 articles\)</title>", page)
    assert "reportedly" not in page and "thugs" not in page
    assert re.search(r"<title>Lena Vasko: 5 quoted sentences \(official; in 2 articles\)</title>", page)
    assert "Bystander" not in page  # never quoted
    assert ">Planet</td><td class=\"n\">3</td><td class=\"n\">0.67</td>" in page  # mean bias of 0.5, 1.5, 0
    assert "<title>" in page and "4 articles from a biaslens batch run" in page
    assert render_summary(folder) == page  # no clock, no path: the same tables give the same bytes


def test_the_tables_of_many_rows_an_article_are_streamed_not_loaded_whole(folder, monkeypatch):
    """terms.csv and entities.csv grow by many rows an article: the page is drawn from them row by
    row (a batch of 5,000 articles held its whole terms table in memory at the end, 60 KB an article)."""
    from biaslens.render import summary

    before = render_summary(folder)
    real = summary.read_table

    def whole(out_dir, table):
        assert table not in ("terms", "entities", "errors"), f"{table} read whole"
        return real(out_dir, table)

    monkeypatch.setattr(summary, "read_table", whole)
    assert render_summary(folder) == before


def test_everything_from_the_tables_is_escaped_and_nothing_is_fetched(folder):
    page = render_summary(folder)
    assert "<script" not in page and "<img" not in page and "<b>" not in page and "<i>" not in page
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in page
    assert "&lt;/svg&gt;&lt;img src=http://evil.invalid/term.png&gt;" in page
    assert "&lt;b&gt;Gazette&lt;/b&gt;" in page
    without_text = re.sub(r">[^<]*<", "><", page)  # markup alone: no URL, no src or href anywhere
    assert not re.search(r"https?://|src=|href=|@import|url\(", without_text)
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_outlets_come_from_site_name_or_a_list_files_fields(folder, tmp_path):
    assert outlet_column([{"site_name": "", "meta_site_name": "", "outlet": "nyt"}]) == "outlet"
    assert outlet_column([{"site_name": "", "meta_site_name": "X"}]) == "meta_site_name"
    assert outlet_column([{"site_name": ""}]) is None
    bare = tmp_path / "bare"
    bare.mkdir()
    _write(bare / "articles.csv", names("article"), [{"article_id": "a", "bias_score": 1, "sourced_share": 1}])
    page = render_summary(bare)
    assert "No outlet metadata" in page and page.count('<svg class="chart"') == 2
    assert "No writer-voice loaded terms" in page and "No quoted sources" in page


def test_batch_ends_with_summary_html_and_the_command_rebuilds_it(tmp_path):
    lst = tmp_path / "list.jsonl"
    lst.write_text("\n".join(json.dumps(d) for d in [
        {"id": "a", "text": "Harbor Talks Stall\n\nThe regime slammed the plan, officials said.\n\nIt is a "
         "disastrous giveaway.", "outlet": "Planet"},
        {"id": "b", "text": "Rain fell.\n\nThe weather service said rain fell on Monday.", "outlet": "Gazette"},
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    run_batch([str(lst)], out, workers=1)
    first = (out / "summary.html").read_text(encoding="utf-8")
    assert first == render_summary(out) and "Planet" in first and "disastrous" in first
    (out / "summary.html").unlink()
    proc = run_cli("summary", str(out))
    assert proc.returncode == 0 and proc.stdout.decode().strip().endswith("summary.html")
    assert (out / "summary.html").read_text(encoding="utf-8") == first
    other = tmp_path / "elsewhere.html"
    assert run_cli("summary", str(out), "-o", str(other)).returncode == 0 and other.read_text() == first


def test_summary_command_refuses_what_is_not_a_batch_folder(tmp_path):
    for target in (tmp_path / "missing", tmp_path):
        proc = run_cli("summary", str(target))
        assert proc.returncode == 1
        err = proc.stderr.decode()
        assert err.startswith("biaslens: error:") and err.count("\n") == 1 and "Traceback" not in err


# --------------------------------------------------------------------------- headless Chromium

def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


# Chromium's own housekeeping (clock, component updates, accounts) still goes out with every
# background flag set; requests to these hosts are the browser's, never the page's (the page's
# markup holds no URL at all: see the test above).
_BROWSER_HOSTS = re.compile(r"^(?:CONNECT |\w+ https?://)[\w.-]*\b(?:google\.com|googleapis\.com|gstatic\.com|gvt1\.com)\b")


def _page_requests(seen: list[str]) -> list[str]:
    return [r for r in seen if not _BROWSER_HOSTS.match(r)]


class _Recorder(http.server.BaseHTTPRequestHandler):
    """A proxy that answers nothing and writes down every request the browser makes."""

    seen: list[str] = []

    def _record(self):
        self.seen.append(f"{self.command} {self.path}")
        self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_POST = do_HEAD = do_CONNECT = _record

    def log_message(self, *args):
        pass


def _browser(binary: str, tmp: Path, proxy: str, *args: str) -> subprocess.CompletedProcess:
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-extensions", "--no-first-run", "--no-default-browser-check", "--mute-audio",
             "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter", "--no-pings",
             "--disable-domain-reliability", f"--proxy-server={proxy}", "--proxy-bypass-list=<-loopback>",
             f"--user-data-dir={tmp / 'profile'}"]
    return subprocess.run([binary, *flags, *args], capture_output=True, timeout=120,
                          env={**os.environ, "HOME": str(tmp)})


@pytest.mark.skipif(_chromium() is None, reason="headless chromium is not installed (Debian: apt-get install "
                                                "chromium)")
def test_summary_renders_in_headless_chromium_with_its_charts_and_no_request(folder, tmp_path):
    binary = _chromium()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    proxy = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        page = render_summary(folder)
        with_csp = tmp_path / "summary.html"
        with_csp.write_text(page, encoding="utf-8")
        no_csp = tmp_path / "summary-no-csp.html"  # the escaping alone must hold
        no_csp.write_text(re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page), encoding="utf-8")
        for f in (with_csp, no_csp):
            _Recorder.seen.clear()
            proc = _browser(binary, tmp_path, proxy, "--virtual-time-budget=2000", "--dump-dom", f.as_uri())
            dom = proc.stdout.decode("utf-8", "replace")
            assert proc.returncode == 0 and "<main>" in dom, proc.stderr.decode()[-2000:]
            assert re.search(r"<title>biaslens corpus summary</title>", dom)  # no script retitled it
            assert dom.count('<svg class="chart"') == 5 and dom.count('<circle class="dot"') == 4
            assert "<script" not in dom.lower() and "<img" not in dom.lower()
            assert _page_requests(_Recorder.seen) == [], _Recorder.seen

        # the check can fail: a page with an image from outside is seen by the recorder
        probe = tmp_path / "probe.html"
        probe.write_text('<!DOCTYPE html><title>t</title><img src="http://evil.invalid/x.png">')
        _Recorder.seen.clear()
        _browser(binary, tmp_path, proxy, "--virtual-time-budget=2000", "--dump-dom", probe.as_uri())
        assert any("evil.invalid" in r for r in _page_requests(_Recorder.seen)), _Recorder.seen

        shot = tmp_path / "summary.png"
        proc = _browser(binary, tmp_path, proxy, "--window-size=1000,2600", "--hide-scrollbars",
                        f"--screenshot={shot}", with_csp.as_uri())
        assert proc.returncode == 0 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert shot.stat().st_size > 20_000  # a blank page compresses to a few kB
    finally:
        server.shutdown()
        server.server_close()


def test_parquet_tables_give_the_same_page(tmp_path):
    pytest.importorskip("pyarrow")
    lst = tmp_path / "list.jsonl"
    lst.write_text(json.dumps({"id": "a", "text": "Harbor Talks Stall\n\nThe regime slammed the plan, officials "
                                                  "said.\n\nIt is a disastrous giveaway.", "outlet": "Planet"}) + "\n")
    run_batch([str(lst)], tmp_path / "csv", workers=1)
    run_batch([str(lst)], tmp_path / "pq", workers=1, fmt="parquet")
    assert (tmp_path / "pq" / "terms.parquet").is_file()
    assert render_summary(tmp_path / "pq") == render_summary(tmp_path / "csv")
