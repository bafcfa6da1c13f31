"""Fetching politely: robots.txt, retries of 429/503, proxies from the environment.

Every server here is local (127.0.0.1): a page server with a configurable
robots.txt, and a tiny proxy that records what it is asked and answers itself."""

import http.server
import select
import shutil
import socket
import ssl
import subprocess
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

import biaslens.request as f
from biaslens.errors import FetchError
from biaslens.fetch import Fetcher, FetchSettings, fetch
from biaslens.retry import decide, retry_after_seconds
from biaslens.robots import RobotsError

PAGE = (b"<html><head><title>Harbour fees rise</title></head><body><article><h1>Harbour fees rise</h1>"
        b"<p>The port authority said on Monday that mooring fees would rise by a tenth next year, "
        b"citing the cost of dredging the outer channel.</p>"
        b"<p>Fishermen said the rise would hit small boats hardest.</p></article></body></html>")


class Site(http.server.BaseHTTPRequestHandler):
    """A site whose robots.txt answer is set per test (`robots`: (status, body, content type))."""

    robots = (404, b"", "text/plain")
    hits: list = []
    counters: dict = {}

    def log_message(self, *args):
        pass

    def send(self, status, body=b"", ctype="text/html; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: N802 - http.server's naming
        Site.hits.append(self.path)
        n = Site.counters[self.path] = Site.counters.get(self.path, 0) + 1
        p = self.path
        if p == "/robots.txt":
            status, body, ctype = Site.robots
            if status == 0:
                self.connection.close()  # unreachable: the connection drops
                return
            self.send(status, body, ctype)
        elif p.startswith("/flaky-503"):  # 503 twice, then the page
            if n <= 2:
                self.send(503, b"busy", headers=[("Retry-After", "0")])
            else:
                self.send(200, PAGE)
        elif p == "/always-503":
            self.send(503, b"busy")
        elif p == "/429-date":
            if n == 1:
                when = datetime.now(UTC) + timedelta(seconds=2)  # the date has whole seconds: the wait is 1-2 s
                self.send(429, b"wait", headers=[("Retry-After", format_datetime(when, usegmt=True))])
            else:
                self.send(200, PAGE)
        elif p == "/429-long":
            self.send(429, b"wait", headers=[("Retry-After", "5")])
        elif p == "/500":
            self.send(500, b"oops")
        else:
            self.send(200, PAGE)


@pytest.fixture(scope="module")
def site():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Site)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


@pytest.fixture(autouse=True)
def fresh(monkeypatch):
    Site.robots = (404, b"", "text/plain")
    Site.hits = []
    Site.counters = {}
    for name in ("http_proxy", "https_proxy", "no_proxy", "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "all_proxy",
                 "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


LOCAL = FetchSettings(allow_private=True, connect_timeout=2, read_timeout=2, deadline=5, retry_backoff=0.05)


def fetcher(**kw):
    return Fetcher(kw.pop("settings", LOCAL), per_host=2, delay=0.0, **kw)


# --------------------------------------------------------------------------- robots.txt

ROBOTS = b"User-agent: *\nDisallow: /private/\n\nUser-agent: biaslens\nDisallow: /no-biaslens\n"


def test_robots_disallow_is_an_error_and_robots_txt_is_read_once_per_site(site):
    Site.robots = (200, ROBOTS, "text/plain")
    fr = fetcher()
    assert fr.page(site + "/news/a").body == PAGE
    with pytest.raises(RobotsError, match=r"disallowed by http://127\.0\.0\.1:\d+/robots\.txt for biaslens "
                                          r"\(use --ignore-robots"):
        fr.page(site + "/no-biaslens")
    fr.page(site + "/private/x")  # a group naming biaslens replaces the * group, as RFC 9309 says
    fr.page(site + "/news/b")
    assert Site.hits.count("/robots.txt") == 1 and "/no-biaslens" not in Site.hits


def test_the_star_group_applies_when_none_names_biaslens(site):
    Site.robots = (200, b"User-agent: otherbot\nDisallow: /\n\nUser-agent: *\nDisallow: /private/\n", "text/plain")
    fr = fetcher()
    with pytest.raises(FetchError) as exc:
        fr.page(site + "/private/x")
    assert exc.value.kind == "robots" and exc.value.status is None
    assert fr.page(site + "/news/a").body == PAGE


def test_ignore_robots_never_asks(site):
    Site.robots = (200, ROBOTS, "text/plain")
    assert fetcher(robots=False).page(site + "/no-biaslens").body == PAGE
    assert Site.hits == ["/no-biaslens"]


@pytest.mark.parametrize("status", [404, 401, 403, 410])
def test_robots_4xx_means_everything_is_allowed(site, status):
    Site.robots = (status, b"User-agent: *\nDisallow: /\n", "text/plain")
    assert fetcher().page(site + "/news/a").body == PAGE


def test_robots_5xx_means_nothing_is_fetched_this_run(site):
    Site.robots = (500, b"", "text/plain")
    fr = fetcher()
    with pytest.raises(RobotsError, match=r"robots\.txt answered HTTP 500, which means the site may not be crawled"):
        fr.page(site + "/news/a")
    with pytest.raises(RobotsError):
        fr.page(site + "/news/b")
    assert Site.hits == ["/robots.txt"]  # read once, nothing else asked


def test_unreachable_robots_means_allowed(site):
    Site.robots = (0, b"", "")
    assert fetcher().page(site + "/news/a").body == PAGE


def test_robots_of_any_type_and_over_512_kib_is_read_up_to_the_cap(site):
    Site.robots = (200, b"User-agent: *\nDisallow: /private/\n" + b"# padding\n" * 80_000, "application/octet-stream")
    with pytest.raises(RobotsError):
        fetcher().page(site + "/private/x")


def test_crawl_delay_spaces_requests(site):
    Site.robots = (200, b"User-agent: *\nCrawl-delay: 1\n", "text/plain")
    fr = fetcher()
    start = time.monotonic()
    fr.page(site + "/a")
    fr.page(site + "/b")
    assert time.monotonic() - start >= 0.95


def test_cached_pages_are_replayed_without_robots(site, tmp_path):
    fetcher(cache=tmp_path).page(site + "/news/a")
    Site.robots = (200, b"User-agent: *\nDisallow: /\n", "text/plain")
    Site.hits = []
    assert fetcher(cache=tmp_path).page(site + "/news/a").body == PAGE
    assert Site.hits == []


def test_batch_records_robots_refusals_and_ignore_robots_fetches(site, tmp_path, cli):
    import csv

    Site.robots = (200, ROBOTS, "text/plain")
    args = [site + "/news/a", site + "/no-biaslens", "--allow-private", "-w", "1", "--delay", "0", "-q"]
    proc = cli("batch", *args, "--out", str(tmp_path / "out"))
    assert proc.returncode in (0, 1), proc.stderr.decode()
    errors = list(csv.DictReader((tmp_path / "out" / "errors.csv").open(encoding="utf-8")))
    assert [(e["error_type"], "disallowed by" in e["message"]) for e in errors] == [("robots", True)]
    proc = cli("batch", *args, "--out", str(tmp_path / "out2"), "--ignore-robots")
    assert proc.returncode == 0, proc.stderr.decode()
    assert not (tmp_path / "out2" / "errors.csv").read_text(encoding="utf-8").strip().count("\n")


def test_report_honours_robots(site, cli):
    Site.robots = (200, ROBOTS, "text/plain")
    proc = cli("report", site + "/no-biaslens", "--allow-private")
    err = proc.stderr.decode().strip()
    assert proc.returncode == 1 and err.count("\n") == 0 and "disallowed by" in err, err
    proc = cli("report", site + "/no-biaslens", "--allow-private", "--ignore-robots", "-f", "json")
    assert proc.returncode == 0, proc.stderr.decode()


# --------------------------------------------------------------------------- retries

def test_503_is_retried_after_retry_after(site):
    assert fetch(site + "/flaky-503", LOCAL).body == PAGE
    assert Site.counters["/flaky-503"] == 3


def test_retries_are_bounded(site):
    with pytest.raises(FetchError, match=r"HTTP 503 Service Unavailable, still after 2 retries") as exc:
        fetch(site + "/always-503", LOCAL)
    assert exc.value.status == 503 and Site.counters["/always-503"] == 3
    with pytest.raises(FetchError, match="HTTP 503"):
        fetch(site + "/always-503", FetchSettings(allow_private=True, retries=0))
    assert Site.counters["/always-503"] == 4


def test_retry_after_as_an_http_date(site):
    start = time.monotonic()
    assert fetch(site + "/429-date", LOCAL).body == PAGE
    assert Site.counters["/429-date"] == 2 and time.monotonic() - start >= 0.2


def test_retry_never_waits_past_the_deadline_or_the_cap(site):
    start = time.monotonic()
    with pytest.raises(FetchError, match=r"\(retry after 5 s\), not retried: the wait would pass the fetch's "
                                         r"time limit"):
        fetch(site + "/429-long", FetchSettings(allow_private=True, read_timeout=2))
    with pytest.raises(FetchError, match=r"not retried: the wait is over the 3 s cap"):
        fetch(site + "/429-long", FetchSettings(allow_private=True, deadline=20, max_retry_wait=3))
    assert time.monotonic() - start < 1.5 and Site.counters["/429-long"] == 2


def test_other_errors_are_not_retried(site):
    with pytest.raises(FetchError, match="HTTP 500"):
        fetch(site + "/500", LOCAL)
    assert Site.counters["/500"] == 1


def test_retry_after_forms():
    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert retry_after_seconds("7", now) == 7.0
    assert retry_after_seconds("Thu, 01 Jan 2026 12:00:30 GMT", now) == 30.0
    assert retry_after_seconds("Thu, 01 Jan 2026 11:00:00 GMT", now) == 0.0  # in the past
    assert retry_after_seconds("soon", now) is None and retry_after_seconds("", now) is None
    assert retry_after_seconds("9" * 40, now) == float("inf")
    kw = {"retries": 2, "backoff": 1.0, "max_wait": 30.0, "remaining": 20.0}
    assert decide(503, None, 0, **kw) == (1.0, "") and decide(503, None, 1, **kw) == (2.0, "")
    assert decide(404, "1", 0, **kw) == (None, "")
    assert decide(429, "1", 2, **kw)[0] is None


# --------------------------------------------------------------------------- proxies

class Proxy(http.server.BaseHTTPRequestHandler):
    """A proxy that answers itself: GET in absolute form gets the page; CONNECT is refused."""

    seen: list = []
    tunnel_to: int | None = None  # a local port CONNECT is relayed to; None: CONNECT is refused

    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802
        Proxy.seen.append((self.requestline, self.headers.get("Host"), self.headers.get("Proxy-Authorization")))
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)

    def do_CONNECT(self):  # noqa: N802
        Proxy.seen.append((self.requestline, self.headers.get("Host"), self.headers.get("Proxy-Authorization")))
        if Proxy.tunnel_to is None:
            self.send_response(403)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        upstream = socket.create_connection(("127.0.0.1", Proxy.tunnel_to), timeout=5)
        self.send_response(200, "Connection established")
        self.end_headers()
        self.close_connection = True
        ends = [self.connection, upstream]
        try:
            for _ in range(1000):  # bounded relay
                ready, _, _ = select.select(ends, [], [], 5)
                if not ready:
                    break
                for end in ready:
                    data = end.recv(65536)
                    if not data:
                        return
                    (upstream if end is self.connection else self.connection).sendall(data)
        except OSError:
            pass
        finally:
            upstream.close()


@pytest.fixture(scope="module")
def proxy():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Proxy)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


@pytest.fixture
def public_dns(monkeypatch, site):
    """public.example resolves to a public address (only the proxy ever connects to it);
    direct.example to the local site, for direct connections."""
    real = f.resolve
    Proxy.seen = []

    def fake(url, host, port, *, allow_private, timeout=None):
        if host == "public.example":
            return ["93.184.216.34"]
        if host == "direct.example":
            return ["127.0.0.1"]
        return real(url, host, port, allow_private=allow_private, timeout=timeout)

    monkeypatch.setattr(f, "resolve", fake)


PUBLIC = FetchSettings(connect_timeout=2, read_timeout=2, deadline=5)


def test_http_goes_through_the_proxy_in_absolute_form(proxy, public_dns, monkeypatch):
    monkeypatch.setenv("http_proxy", f"http://reader:s3cret@{proxy}")
    page = fetch("http://public.example/news/a?x=1", PUBLIC)
    assert page.body == PAGE
    line, host, auth = Proxy.seen[-1]
    assert line == "GET http://public.example/news/a?x=1 HTTP/1.1" and host == "public.example"
    assert auth == "Basic cmVhZGVyOnMzY3JldA=="  # reader:s3cret


def test_the_target_is_still_checked_through_a_proxy(proxy, public_dns, monkeypatch):
    monkeypatch.setenv("http_proxy", f"http://{proxy}")
    monkeypatch.setenv("https_proxy", f"http://{proxy}")
    for url in ("http://10.1.2.3/x", "http://169.254.169.254/latest/meta-data/", "https://[::ffff:10.0.0.1]/"):
        with pytest.raises(FetchError, match="refused"):
            fetch(url, PUBLIC)
    assert Proxy.seen == []  # refused before the proxy was asked
    fetch("http://10.1.2.3/x", FetchSettings(allow_private=True, read_timeout=2))  # allowed: through the proxy
    assert Proxy.seen[-1][0] == "GET http://10.1.2.3/x HTTP/1.1"


def test_https_asks_the_proxy_for_a_tunnel(proxy, public_dns, monkeypatch):
    monkeypatch.setenv("https_proxy", f"http://{proxy}")
    with pytest.raises(FetchError, match=r"the proxy 127\.0\.0\.1:\d+ refused the tunnel \(HTTP 403 Forbidden\)"):
        fetch("https://public.example/news/a", PUBLIC)
    assert Proxy.seen[-1][0] == "CONNECT public.example:443 HTTP/1.1"


@pytest.fixture
def tls_site(tmp_path, monkeypatch):
    """The page site over TLS with a throwaway certificate for public.example, trusted by the fetch."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out",
                    str(cert), "-days", "1", "-subj", "/CN=public.example",
                    "-addext", "subjectAltName=DNS:public.example"], check=True, capture_output=True, timeout=60)
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.load_cert_chain(cert, key)
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Site)
    srv.daemon_threads = True
    srv.socket = server_ctx.wrap_socket(srv.socket, server_side=True)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    client_ctx = ssl.create_default_context(cafile=str(cert))
    monkeypatch.setattr(f, "ssl_context", lambda: client_ctx)
    Proxy.tunnel_to = srv.server_address[1]
    yield
    Proxy.tunnel_to = None
    srv.shutdown()
    srv.server_close()


def test_https_through_a_tunnel_reaches_the_site_by_name(proxy, public_dns, tls_site, monkeypatch):
    monkeypatch.setenv("https_proxy", f"http://{proxy}")
    page = fetch("https://public.example/news/a", PUBLIC)
    assert page.body == PAGE and Site.hits == ["/news/a"]
    assert [line for line, _, _ in Proxy.seen] == ["CONNECT public.example:443 HTTP/1.1"]


def test_no_proxy_loopback_and_trust_env_go_direct(proxy, public_dns, site, monkeypatch):
    monkeypatch.setenv("http_proxy", f"http://{proxy}")
    monkeypatch.setenv("no_proxy", "direct.example")
    port = site.rsplit(":", 1)[1]
    assert fetch(f"http://direct.example:{port}/a", LOCAL).body == PAGE  # NO_PROXY
    assert fetch(site + "/b", LOCAL).body == PAGE  # loopback: never proxied
    monkeypatch.delenv("no_proxy")
    no_env = FetchSettings(allow_private=True, read_timeout=2, trust_env=False)
    assert fetch(f"http://direct.example:{port}/c", no_env).body == PAGE
    assert Proxy.seen == [] and {"/a", "/b", "/c"} <= set(Site.hits)


def test_proxy_problems_are_one_clear_line(public_dns, monkeypatch):
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    closed = s.getsockname()[1]
    s.close()
    monkeypatch.setenv("http_proxy", f"http://user:pw@127.0.0.1:{closed}")
    with pytest.raises(FetchError, match=r"could not reach the proxy 127\.0\.0\.1:\d+: could not connect "
                                         r"\(connection refused\)") as exc:
        fetch("http://public.example/a", PUBLIC)
    assert "pw" not in str(exc.value)
    monkeypatch.setenv("http_proxy", "socks5://127.0.0.1:1080")
    with pytest.raises(FetchError, match=r"HTTP_PROXY uses socks5://, which biaslens does not support"):
        fetch("http://public.example/a", PUBLIC)


def test_robots_txt_goes_through_the_proxy_too(proxy, public_dns, monkeypatch):
    monkeypatch.setenv("http_proxy", f"http://{proxy}")
    Fetcher(PUBLIC, delay=0).page("http://public.example/news/a")
    assert [line for line, _, _ in Proxy.seen] == ["GET http://public.example/robots.txt HTTP/1.1",
                                                   "GET http://public.example/news/a HTTP/1.1"]


def test_a_proxied_name_must_resolve_here_unless_private_addresses_are_allowed(proxy, monkeypatch):
    Proxy.seen = []
    monkeypatch.setenv("http_proxy", f"http://{proxy}")
    with pytest.raises(FetchError, match=r"DNS lookup failed for no-such-host\.invalid .*through a proxy too, the "
                                         r"name must resolve here"):
        fetch("http://no-such-host.invalid/a", PUBLIC)
    assert Proxy.seen == []
    assert fetch("http://no-such-host.invalid/a", FetchSettings(allow_private=True, read_timeout=2)).body == PAGE
    assert Proxy.seen[-1][0] == "GET http://no-such-host.invalid/a HTTP/1.1"
