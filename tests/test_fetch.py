"""Fetching URLs: every test talks to a local HTTP server on 127.0.0.1, never the internet."""

import gzip
import http.server
import json
import threading
import time
import zlib
from pathlib import Path

import pytest

from biaslens import Analyzer
from biaslens.errors import ExtractionError, FetchError
from biaslens.fetch import Fetcher, FetchSettings, fetch, resolve

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLE = (FIXTURES / "boilerplate-article.html").read_bytes()
CP1252_PAGE = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1252'>"
               "<title>Caf\u00e9 row</title></head><body><article><h1>Caf\u00e9 owners protest</h1>"
               "<p>The owners of the caf\u00e9s on the square said the new rules were \u201cunfair\u201d and "
               "would cost them customers during the summer season, according to the trade association.</p>"
               "<p>The council said it would review the rules in September after meeting the owners.</p>"
               "</article></body></html>").encode("cp1252")


class Handler(http.server.BaseHTTPRequestHandler):
    hits: list = []

    def log_message(self, *args):  # keep test output quiet
        pass

    def send(self, status=200, body=b"", ctype="text/html; charset=utf-8", headers=()):
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: N802 - http.server's naming
        Handler.hits.append((self.path, self.headers.get("User-Agent"), self.headers.get("Host")))
        p = self.path
        if p == "/article":
            self.send(body=ARTICLE)
        elif p == "/redirect":
            self.send(302, headers=[("Location", "/article")])
        elif p.startswith("/chain/"):
            n = int(p.rsplit("/", 1)[1])
            self.send(302, headers=[("Location", f"/chain/{n + 1}" if n < 10 else "/article")])
        elif p == "/loop-a":
            self.send(302, headers=[("Location", "/loop-b")])
        elif p == "/loop-b":
            self.send(302, headers=[("Location", "/loop-a")])
        elif p == "/slow":
            time.sleep(2)
            self.send(body=ARTICLE)
        elif p == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(200):
                self.wfile.write(b"<p>" + b"x" * 10_000 + b"</p>")
        elif p == "/big-declared":
            self.send(body=b"<p>" + b"y" * 300_000 + b"</p>")
        elif p == "/pdf":
            self.send(body=b"%PDF-1.4 fake", ctype="application/pdf")
        elif p == "/json":
            self.send(body=b'{"a": 1}', ctype="application/json")
        elif p == "/image":
            self.send(body=b"\x89PNG\r\n", ctype="image/png")
        elif p == "/404":
            self.send(404, b"<h1>Not found</h1>")
        elif p == "/500":
            self.send(500, b"<h1>Oops</h1>")
        elif p == "/429":
            self.send(429, b"slow down", headers=[("Retry-After", "120")])
        elif p == "/cp1252":
            self.send(body=CP1252_PAGE, ctype="text/html")
        elif p == "/gzip":
            self.send(body=gzip.compress(ARTICLE), headers=[("Content-Encoding", "gzip")])
        elif p == "/deflate":
            self.send(body=zlib.compress(ARTICLE), headers=[("Content-Encoding", "deflate")])
        elif p == "/bomb":
            self.send(body=gzip.compress(b"<p>" + b"z" * 5_000_000 + b"</p>"), headers=[("Content-Encoding", "gzip")])
        elif p == "/empty-page":
            self.send(body=b"<html><body><nav><a href='/'>Home</a></nav></body></html>")
        elif p == "/utf16-lie":
            body = ARTICLE + b" " * (len(ARTICLE) % 2)  # even length: it "decodes" as UTF-16 garbage
            self.send(body=body, ctype="text/html; charset=utf-16")
        elif p == "/reset":
            self.connection.close()
        elif p == "/cut-short":  # the connection closes before the declared length
            self.send_response(200)
            self.send_header("Content-Length", str(len(ARTICLE) + 1000))
            self.end_headers()
            self.wfile.write(ARTICLE)
            self.close_connection = True
        elif p == "/gzip-cut":  # no length; the stream stops halfway
            body = gzip.compress(ARTICLE)
            self.send_response(200)
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body[:len(body) // 2])
            self.close_connection = True
        else:
            self.send(404, b"no")


@pytest.fixture(scope="module")
def server():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()


LOCAL = FetchSettings(allow_private=True, connect_timeout=2, read_timeout=1, deadline=10, max_bytes=1_000_000)


def test_article_is_extracted_without_boilerplate(server):
    a = Analyzer(allow_private_urls=True)
    r = a.analyze_url(server + "/article")
    text = r.text
    assert "lifeboats on three of its vessels" in text
    assert "Passengers were put at risk every single day" in text
    for junk in ("cookies", "Share on Facebook", "Subscribe", "Related stories", "harbour cafés", "Typical corporate",
                 "First!", "All rights reserved", "WordPress", "newsletter", "Weather"):
        assert junk not in text, junk
    d = r.document
    assert d.title == "Ferry operator fined over safety lapses"
    assert d.author == "Petra Lind"
    assert d.date == "2024-03-14"
    assert d.site_name == "The Harbour Courier"
    assert d.url.endswith("/article")
    assert r.sources and any(s.name.startswith("Jonas Ek") or "director" in s.name for s in r.sources)


def test_user_agent_names_biaslens(server):
    import biaslens

    fetch(server + "/article", LOCAL)
    assert any(ua and f"biaslens/{biaslens.__version__}" in ua for _, ua, _ in Handler.hits)


def test_redirects_are_followed_and_limited(server):
    page = fetch(server + "/redirect", LOCAL)
    assert page.final_url.endswith("/article") and page.redirects
    with pytest.raises(FetchError, match="too many redirects"):
        fetch(server + "/chain/1", LOCAL)
    with pytest.raises(FetchError, match="redirect loop"):
        fetch(server + "/loop-a", LOCAL)


def test_slow_server_times_out(server):
    with pytest.raises(FetchError, match="timed out"):
        fetch(server + "/slow", FetchSettings(allow_private=True, read_timeout=0.5, connect_timeout=1))


@pytest.mark.parametrize("path", ["/big", "/big-declared", "/bomb"])
def test_oversized_body_is_refused_while_streaming(server, path):
    with pytest.raises(FetchError, match="limit"):
        fetch(server + path, FetchSettings(allow_private=True, max_bytes=200_000, read_timeout=5))


@pytest.mark.parametrize("path,ctype", [("/pdf", "application/pdf"), ("/json", "application/json"),
                                        ("/image", "image/png")])
def test_wrong_content_types(server, path, ctype):
    with pytest.raises(FetchError, match=f"not a web page \\(content type {ctype}\\)"):
        fetch(server + path, LOCAL)


@pytest.mark.parametrize("path,status,text", [("/404", 404, "HTTP 404"), ("/500", 500, "HTTP 500"),
                                              ("/429", 429, "HTTP 429 Too Many Requests \\(retry after 120 s\\)")])
def test_http_errors(server, path, status, text):
    with pytest.raises(FetchError, match=text) as exc:
        fetch(server + path, LOCAL)
    assert exc.value.status == status and exc.value.url == server + path


def test_cp1252_declared_only_in_meta(server):
    r = Analyzer(allow_private_urls=True).analyze_url(server + "/cp1252")
    assert "The owners of the cafés on the square" in r.text
    assert "“unfair”" in r.text


@pytest.mark.parametrize("path", ["/gzip", "/deflate"])
def test_compressed_bodies(server, path):
    page = fetch(server + path, LOCAL)
    assert page.body == ARTICLE


@pytest.mark.parametrize("path, words", [("/cut-short", "closed before the whole page arrived"),
                                         ("/gzip-cut", "compressed body is cut short")])
def test_a_body_cut_short_is_refused_not_analysed_in_part(server, path, words):
    with pytest.raises(FetchError, match=words):
        fetch(server + path, LOCAL)


@pytest.mark.parametrize("url, words", [("http://[::1", "not a valid URL"),
                                        ("http://127.0.0.1:9/a b", "a space or a control character"),
                                        ("http://127.0.0.1:9/\r\nX: 1", "a space or a control character")])
def test_malformed_urls_are_one_line_errors(url, words):
    with pytest.raises(FetchError, match=words):
        fetch(url, LOCAL)


def test_page_without_article_is_a_clear_error(server):
    with pytest.raises(ExtractionError, match="no article text"):
        Analyzer(allow_private_urls=True).analyze_url(server + "/empty-page")


def test_network_errors(server):
    port = int(server.rsplit(":", 1)[1])
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    closed = s.getsockname()[1]
    s.close()
    with pytest.raises(FetchError, match="connection refused"):
        fetch(f"http://127.0.0.1:{closed}/x", LOCAL)
    with pytest.raises(FetchError, match="reset|bad HTTP response|network error"):
        fetch(server + "/reset", LOCAL)
    with pytest.raises(FetchError, match="DNS lookup failed"):
        fetch("http://no-such-host.invalid/x", LOCAL)
    assert port


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/a", "data:text/html,<p>x</p>",
                                 "javascript:alert(1)"])
def test_other_schemes_are_refused(url):
    with pytest.raises(FetchError, match="only http and https"):
        fetch(url)


@pytest.mark.parametrize("host", ["127.0.0.1", "10.1.2.3", "192.168.0.10", "172.16.5.4", "169.254.169.254", "::1",
                                  "0.0.0.0", "100.64.0.1", "::ffff:127.0.0.1", "fe80::1",
                                  "224.0.0.1", "239.255.255.250", "ff02::1", "ff0e::1",
                                  "64:ff9b::a9fe:a9fe", "64:ff9b::7f00:1", "64:ff9b:1::a00:1",
                                  "2002:a9fe:a9fe::1", "2002:c0a8:1::", "::7f00:1", "::a00:1"])
def test_private_addresses_are_refused_by_default(host):
    with pytest.raises(FetchError, match="refused"):
        resolve(f"http://{host}/", host, 80, allow_private=False)


@pytest.mark.parametrize("host,why", [("64:ff9b::a9fe:a9fe", r"NAT64 form .* metadata\) address 169\.254\.169\.254"),
                                      ("2002:a00:1::", "6to4 form .* private address 10.0.0.1"),
                                      ("ff02::1", "multicast")])
def test_refusals_name_the_embedded_address(host, why):
    with pytest.raises(FetchError, match=why):
        resolve(f"http://[{host}]/", host, 80, allow_private=False)


@pytest.mark.parametrize("host", ["64:ff9b::808:808", "2002:808:808::1", "8.8.8.8"])
def test_public_addresses_in_ipv6_forms_are_allowed(host):
    assert resolve(f"http://[{host}]/", host, 80, allow_private=False) == [host]


def test_credentials_in_the_url_never_reach_report_or_errors(server):
    authed = server.replace("http://", "http://reader:s3cret@")
    report = Analyzer(allow_private_urls=True).analyze_url(authed + "/article")
    assert "s3cret" not in report.to_json() and report.document.url == server + "/article"
    with pytest.raises(FetchError) as exc:
        fetch(authed + "/404", LOCAL)
    assert "s3cret" not in str(exc.value) and "HTTP 404" in str(exc.value)


def test_utf16_header_over_utf8_bytes_falls_back_to_detection(server):
    doc = Analyzer(allow_private_urls=True).fetcher.document(server + "/utf16-lie")
    assert doc.encoding == "utf-8" and "Petra Lind" in (doc.author or "")


def test_default_analyzer_refuses_loopback(server):
    with pytest.raises(FetchError, match="loopback"):
        Analyzer().analyze_url(server + "/article")


def test_redirect_to_private_address_is_refused(server, monkeypatch):
    """A public page redirecting to the metadata address must be refused at the hop."""
    import biaslens.request as f

    real = f.resolve

    def fake_resolve(url, host, port, *, allow_private, timeout=None):
        if host == "public.example":
            return ["127.0.0.1"]  # pretend a public host: served by the local test server
        return real(url, host, port, allow_private=allow_private, timeout=timeout)

    monkeypatch.setattr(f, "resolve", fake_resolve)

    class Redirector(http.server.BaseHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def do_GET(self):  # noqa: N802
            self.send_response(302)
            self.send_header("Location", "http://169.254.169.254/latest/meta-data/")
            self.send_header("Content-Length", "0")
            self.end_headers()

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Redirector)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        with pytest.raises(FetchError, match="link-local"):
            fetch(f"http://public.example:{srv.server_address[1]}/", FetchSettings(allow_private=False))
    finally:
        srv.shutdown()


def test_cache_replays_without_network(server, tmp_path):
    f = Fetcher(LOCAL, cache=tmp_path)
    first = f.page(server + "/article")
    before = len(Handler.hits)
    again = Fetcher(LOCAL, cache=tmp_path).page(server + "/article")
    assert again.body == first.body and len(Handler.hits) == before
    meta = json.loads(next(tmp_path.glob("*.json")).read_text())
    assert meta["url"].endswith("/article") and len(meta["sha256"]) == 64


def test_fetch_many_keeps_order_and_reports_errors(server):
    f = Fetcher(LOCAL, per_host=2, delay=0.0)
    urls = [server + "/article", server + "/404", server + "/cp1252", "ftp://x/y"]
    out = list(f.fetch_many(urls, threads=4))
    assert [u for u, _ in out] == urls
    assert not isinstance(out[0][1], BaseException) and "lifeboats" in out[0][1].text
    assert isinstance(out[1][1], FetchError) and out[1][1].status == 404
    assert isinstance(out[3][1], FetchError)


def test_per_host_delay_spaces_requests(server):
    f = Fetcher(LOCAL, per_host=1, delay=0.3)
    t = time.monotonic()
    list(f.fetch_many([server + "/404"] * 3, threads=3))
    assert time.monotonic() - t >= 0.6


def test_cli_report_on_url(server, cli):
    proc = cli("report", server + "/article", "--allow-private", "-f", "json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["document"]["author"] == "Petra Lind"
    proc = cli("report", server + "/404", "--allow-private")
    err = proc.stderr.decode().strip()
    assert proc.returncode == 1 and err.count("\n") == 0 and "HTTP 404" in err and server in err
    proc = cli("report", server + "/article")
    assert proc.returncode == 1 and "refused" in proc.stderr.decode()


def test_batch_url_list_fetches_politely_records_status_and_resume_does_not_refetch(server, tmp_path, cli):
    import csv

    lst = tmp_path / "urls.csv"
    lst.write_text("id,url,desk\n"
                   f"a1,{server}/article,transport\n"
                   f"a2,{server}/404,politics\n"
                   f"a3,{server}/cp1252,business\n"
                   f"a4,{server}/429,politics\n", encoding="utf-8")
    out = tmp_path / "out"
    cache = tmp_path / "cache"
    t = time.monotonic()
    proc = cli("batch", str(lst), "--out", str(out), "--allow-private", "--cache", str(cache), "-w", "1",
               "--delay", "0.3", "--per-host", "1")
    assert proc.returncode == 0, proc.stderr.decode()
    assert time.monotonic() - t >= 0.9  # four requests to one host, 0.3 s apart
    errors = list(csv.DictReader((out / "errors.csv").open(encoding="utf-8")))
    assert [(e["article_id"], e["error_type"], e["status"]) for e in errors] == [("a2", "fetch", "404"),
                                                                                ("a4", "fetch", "429")]
    assert "retry after 120 s" in errors[1]["message"]
    articles = list(csv.DictReader((out / "articles.csv").open(encoding="utf-8")))
    assert [(a["article_id"], a["desk"]) for a in articles] == [("a1", "transport"), ("a3", "business")]
    assert len(list(cache.glob("*.json"))) == 2  # the two pages that came back
    before = len(Handler.hits)
    again = cli("batch", str(lst), "--out", str(out), "--allow-private", "--cache", str(cache), "-w", "1",
                "--resume")
    assert again.returncode == 0 and len(Handler.hits) == before  # a finished run: nothing refetched
    fresh = cli("batch", str(lst), "--out", str(tmp_path / "out2"), "--allow-private", "--cache", str(cache),
                "-w", "2")
    assert fresh.returncode == 0
    hits = [p for p, _, _ in Handler.hits[before:]]
    assert "/article" not in hits and "/cp1252" not in hits  # served from the cache
    assert (tmp_path / "out2" / "articles.csv").read_bytes() == (out / "articles.csv").read_bytes()
