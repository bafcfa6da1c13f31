"""--timeout bounds the whole fetch: a server dripping a byte a second cannot hold
a report or a batch run, whether it drips the headers or the body."""

import http.server
import socketserver
import threading
import time

import pytest

from biaslens.errors import FetchError
from biaslens.fetch import FetchSettings, fetch

DRIP_BYTES = 40  # bounded: the server gives up after this many seconds of dripping


class Drip(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def _drip(self, data: bytes) -> None:
        for b in data[:DRIP_BYTES]:
            self.wfile.write(bytes([b]))
            self.wfile.flush()
            time.sleep(1.0)

    def do_GET(self):  # noqa: N802 - http.server's naming
        try:
            if self.path == "/drip-headers":
                self._drip(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Padding: " + b"x" * 100)
            else:
                body = b"<html><body><p>" + b"slow " * 200 + b"</p></body></html>"
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.flush()
                self._drip(body)
        except OSError:  # the client gave up and closed the connection
            pass


@pytest.fixture(scope="module")
def drip():
    srv = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Drip)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


@pytest.mark.parametrize("path", ["/drip-body", "/drip-headers"])
def test_whole_fetch_is_bounded_by_the_timeout(drip, path):
    start = time.monotonic()
    with pytest.raises(FetchError, match="timed out .*whole fetch took over 2 s"):
        fetch(drip + path, FetchSettings(allow_private=True, read_timeout=2, connect_timeout=2))
    assert time.monotonic() - start < 4


def test_explicit_deadline_wins(drip):
    start = time.monotonic()
    with pytest.raises(FetchError, match="over 1 s"):
        fetch(drip + "/drip-body", FetchSettings(allow_private=True, read_timeout=20, deadline=1))
    assert time.monotonic() - start < 3


def test_report_with_timeout_2_fails_fast(drip, cli):
    start = time.monotonic()
    proc = cli("report", drip + "/drip-body", "--allow-private", "--timeout", "2")
    elapsed = time.monotonic() - start
    err = proc.stderr.decode().strip()
    assert proc.returncode == 1 and err.count("\n") == 0 and "timed out" in err, err
    assert elapsed < 15  # start-up included; the fetch itself ends after 2 s (the drip would last 40)


def test_batch_with_timeout_2_records_the_timeout(drip, cli, tmp_path):
    out = tmp_path / "out"
    start = time.monotonic()
    proc = cli("batch", drip + "/drip-body", drip + "/drip-headers", "--out", str(out), "--allow-private",
               "--timeout", "2", "--workers", "1", "--delay", "0", "-q")
    elapsed = time.monotonic() - start
    assert proc.returncode == 1, proc.stderr
    errors = (out / "errors.csv").read_text()
    assert errors.count("timed out") == 2, errors
    assert elapsed < 25


def _hanging_resolver(monkeypatch, seconds: float = 30.0):
    """The system resolver answers only after `seconds` (a dead DNS server)."""
    import biaslens.netcheck as netcheck

    real = netcheck.socket.getaddrinfo

    def slow(host, *args, **kw):
        if host.endswith(".example"):
            time.sleep(seconds)
        return real(host, *args, **kw)

    monkeypatch.setattr(netcheck.socket, "getaddrinfo", slow)


def test_dns_lookup_is_bounded_by_the_timeout(monkeypatch):
    _hanging_resolver(monkeypatch)
    start = time.monotonic()
    # the lookup and the whole fetch end at the same moment: either message may come first
    with pytest.raises(FetchError, match=r"DNS lookup for slow-dns\.example timed out \(no answer within 1 s\)|"
                                         r"slow-dns\.example/story: timed out \(the whole fetch took over 1 s\)"):
        fetch("http://slow-dns.example/story", FetchSettings(connect_timeout=1, read_timeout=1))
    assert time.monotonic() - start < 3


def test_dns_lookup_is_bounded_by_the_connect_timeout(monkeypatch):
    _hanging_resolver(monkeypatch)
    start = time.monotonic()
    with pytest.raises(FetchError, match=r"DNS lookup for slow-dns\.example timed out \(no answer within 1 s\)"):
        fetch("http://slow-dns.example/story", FetchSettings(connect_timeout=1, read_timeout=5, deadline=10))
    assert time.monotonic() - start < 4


def test_dns_lookup_of_the_proxy_is_bounded_too(monkeypatch):
    _hanging_resolver(monkeypatch)
    start = time.monotonic()
    settings = FetchSettings(allow_private=True, connect_timeout=1, read_timeout=1, trust_env=True)
    monkeypatch.setenv("HTTP_PROXY", "http://slow-proxy.example:3128")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    with pytest.raises(FetchError, match=r"DNS lookup for the proxy .*slow-proxy\.example.* timed out|"
                                         r"news\.example/story: timed out \(the whole fetch took over 1 s\)"):
        fetch("http://news.example/story", settings)  # the proxy would resolve the target
    assert time.monotonic() - start < 3


def test_an_address_literal_needs_no_lookup_thread():
    from biaslens.netcheck import lookup

    before = threading.active_count()
    assert lookup("127.0.0.1", 80, timeout=0.5)[0][4][0] == "127.0.0.1"
    assert threading.active_count() == before
