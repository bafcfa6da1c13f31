"""`biaslens serve`: the real server (uvicorn on 127.0.0.1, a free port) called over HTTP with urllib.

Slow analyses are made deterministic with a local page server whose /hang page
answers only when the test says so: the analysis of its URL holds its slot
exactly as long as the test wants.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import http.client
import http.server
import json
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import jsonschema
import pytest
import uvicorn

import biaslens
from biaslens import Analyzer
from biaslens.service import ServiceError, ServiceLimits, check_binding, create_app, host_of, wants_html

ARTICLE = (Path(__file__).parent / "fixtures" / "boilerplate-article.html").read_bytes()
TEXT = ("City council approves harbor plan\n\nThe council approved the harbor plan on Monday, the mayor said. "
        "Critics called the vote a reckless giveaway to developers.\n")
TOKEN = "t0ken-for-tests-0123456789"
NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class Upstream(http.server.BaseHTTPRequestHandler):
    """A page server: /article answers at once, /hang once `release` is set (and sets `arrived`)."""

    arrived = threading.Event()
    release = threading.Event()

    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802 - http.server's naming
        if self.path == "/hang":
            Upstream.arrived.set()
            Upstream.release.wait(30)
        if self.path not in ("/article", "/hang"):
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(ARTICLE)))
        self.end_headers()
        self.wfile.write(ARTICLE)


@pytest.fixture(scope="module")
def upstream():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Upstream)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    Upstream.release.set()
    srv.shutdown()


@pytest.fixture
def hang():
    """Arm /hang for one test; always released at the end so no thread is left waiting."""
    Upstream.arrived.clear()
    Upstream.release.clear()
    yield Upstream
    Upstream.release.set()


@contextlib.contextmanager
def live(app):
    """Serve `app` with uvicorn in a thread on a free loopback port; yield its base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


def call(base: str, path: str, payload=None, *, data: bytes | None = None, headers: dict | None = None,
         method: str | None = None):
    """(status, headers, body bytes) of one request; JSON payloads get Content-Type application/json."""
    hdrs = dict(headers or {})
    if payload is not None:
        data = json.dumps(payload).encode()
        hdrs.setdefault("Content-Type", "application/json")
    req = urllib.request.Request(base + path, data=data, headers=hdrs, method=method)
    try:
        with NO_PROXY.open(req, timeout=30) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def error_of(body: bytes) -> str:
    message = json.loads(body)["error"]
    assert "\n" not in message and "Traceback" not in message
    return message


@pytest.fixture(scope="module")
def server(analyzer):
    with live(create_app(analyzer, ServiceLimits(max_body_bytes=4000))) as base:
        yield base


@pytest.fixture(scope="module")
def private_analyzer():
    return Analyzer(allow_private_urls=True, timeout=30)


def test_analyze_text_returns_the_report_json(server, analyzer):
    status, headers, body = call(server, "/v1/analyze", {"text": TEXT, "title": "Harbor plan"})
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    doc = json.loads(body)
    jsonschema.Draft202012Validator(biaslens.schema()).validate(doc)
    assert doc == analyzer.analyze(TEXT, title="Harbor plan").to_dict()


def test_html_report_when_the_client_prefers_html(server):
    status, headers, body = call(server, "/v1/analyze", {"text": TEXT}, headers={"Accept": "text/html"})
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert body.startswith(b"<!DOCTYPE html>") and "script-src" not in headers["Content-Security-Policy"]
    status, headers, _ = call(server, "/v1/analyze", {"text": TEXT},
                              headers={"Accept": "text/html;q=0.5, application/json"})
    assert headers["Content-Type"].startswith("application/json")


@pytest.mark.parametrize("accept, html", [
    (None, False), ("*/*", False), ("text/html", True), ("application/json", False),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", True),
    ("application/json, text/html;q=0.9", False), ("text/html;q=0", False),
])
def test_accept_negotiation(accept, html):
    assert wants_html(accept) is html


def test_health_page_schema_and_openapi(server):
    status, _, body = call(server, "/v1/health")
    health = json.loads(body)
    assert status == 200 and health["status"] == "ok" and health["busy"] == 0
    assert health["limits"]["max_body_bytes"] == 4000 and health["token_required"] is False
    status, headers, body = call(server, "/")
    page = body.decode()
    assert status == 200 and "<form" in page and biaslens.__version__ in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)  # nothing from any other host
    script = page.split("<script>", 1)[1].split("</script>", 1)[0]
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in headers["Content-Security-Policy"]
    assert json.loads(call(server, "/v1/schema")[2]) == biaslens.schema()
    spec = json.loads(call(server, "/openapi.json")[2])
    assert spec["openapi"].startswith("3.1") and {"/v1/analyze", "/v1/health"} <= set(spec["paths"])
    assert {"413", "422", "503", "504"} <= set(spec["paths"]["/v1/analyze"]["post"]["responses"])


def test_body_over_the_limit_is_413(server):
    status, _, body = call(server, "/v1/analyze", {"text": "word " * 1000})
    assert status == 413 and "4,000" in error_of(body)
    host, port = server.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=30)  # chunked: no Content-Length to trust
    chunks = iter([b'{"text": "', b"word " * 500, b"word " * 500, b'"}'])
    conn.request("POST", "/v1/analyze", body=chunks, headers={"Content-Type": "application/json"},
                 encode_chunked=True)
    resp = conn.getresponse()
    assert resp.status == 413 and "limit" in error_of(resp.read())
    conn.close()


@pytest.mark.parametrize("data, status, words", [
    (b'{"text": ', 400, "not valid JSON"),
    (b"\xff\xfe", 400, "not valid JSON"),
    (b"[" * 3_000, 400, "nested too deeply"),
    (b'["text"]', 422, "JSON object"),
    (b"{}", 422, "exactly one"),
    (b'{"text": "a", "url": "https://example.org/"}', 422, "exactly one"),
    (b'{"text": 3}', 422, "must be a string"),
    (b'{"text": "a", "colour": "red"}', 422, "unknown field 'colour'"),
    (b'{"text": "   "}', 422, "empty"),
])
def test_bad_requests_get_a_one_line_message(server, data, status, words):
    got, _, body = call(server, "/v1/analyze", data=data, headers={"Content-Type": "application/json"})
    assert got == status and words in error_of(body)


def test_other_content_types_are_refused(server):
    status, _, body = call(server, "/v1/analyze", data=b'{"text": "The mayor said so."}',
                           headers={"Content-Type": "text/plain"})
    assert status == 415 and "application/json" in error_of(body)
    status, headers, _ = call(server, "/v1/analyze")
    assert status == 405 and "POST" in headers["Allow"]


def test_private_url_is_refused_without_allow_private(server, upstream, private_analyzer):
    status, _, body = call(server, "/v1/analyze", {"url": upstream + "/article"})
    assert status == 422 and "refused" in error_of(body) and "loopback" in error_of(body)
    with live(create_app(private_analyzer)) as base:
        status, _, body = call(base, "/v1/analyze", {"url": upstream + "/article"})
    assert status == 200 and json.loads(body)["document"]["url"] == upstream + "/article"


def test_all_slots_busy_is_503(private_analyzer, upstream, hang):
    with live(create_app(private_analyzer, ServiceLimits(max_concurrent=1, time_limit=30))) as base:
        first: list = []
        worker = threading.Thread(target=lambda: first.append(call(base, "/v1/analyze", {"url": upstream + "/hang"})))
        worker.start()
        assert hang.arrived.wait(20), "the first analysis never reached the page server"
        assert json.loads(call(base, "/v1/health")[2])["busy"] == 1
        status, headers, body = call(base, "/v1/analyze", {"text": TEXT})
        assert status == 503 and headers["Retry-After"] == "1" and "busy" in error_of(body)
        hang.release.set()
        worker.join(30)
        assert first[0][0] == 200
        assert call(base, "/v1/analyze", {"text": TEXT})[0] == 200  # the slot is free again


def test_analysis_over_the_time_limit_is_504(private_analyzer, upstream, hang):
    with live(create_app(private_analyzer, ServiceLimits(max_concurrent=1, time_limit=0.2))) as base:
        status, _, body = call(base, "/v1/analyze", {"url": upstream + "/hang"})
        assert status == 504 and "0.2 s" in error_of(body)
        assert json.loads(call(base, "/v1/health")[2])["busy"] == 1  # still running: its slot stays taken
        hang.release.set()
        deadline = time.monotonic() + 20
        while json.loads(call(base, "/v1/health")[2])["busy"]:
            assert time.monotonic() < deadline
            time.sleep(0.05)


def test_token_is_checked_when_set(analyzer):
    with live(create_app(analyzer, token=TOKEN)) as base:
        status, headers, body = call(base, "/v1/analyze", {"text": TEXT})
        assert status == 401 and headers["WWW-Authenticate"] == "Bearer" and "token" in error_of(body)
        assert call(base, "/v1/analyze", {"text": TEXT}, headers={"Authorization": "Bearer nope"})[0] == 401
        assert call(base, "/v1/analyze", {"text": TEXT}, headers={"Authorization": TOKEN})[0] == 401
        assert call(base, "/v1/analyze", {"text": TEXT}, headers={"Authorization": f"Bearer {TOKEN}"})[0] == 200
        assert json.loads(call(base, "/v1/health")[2])["token_required"] is True


def test_host_header_is_checked_against_rebinding(analyzer):
    with live(create_app(analyzer, allowed_hosts=("127.0.0.1", "localhost", "::1"))) as base:
        status, headers, body = call(base, "/v1/health", headers={"Host": "rebound.example:8000"})
        assert status == 400 and "rebound.example" in error_of(body)
        assert call(base, "/v1/analyze", {"text": TEXT}, headers={"Host": "rebound.example"})[0] == 400
        for host in ("localhost:8000", "127.0.0.1", "[::1]:8000"):
            status, headers, _ = call(base, "/v1/health", headers={"Host": host})
            assert status == 200 and headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("header, host", [("localhost:80", "localhost"), ("[::1]:8000", "::1"), ("::1", "::1"),
                                          ("Example.ORG", "example.org"), ("", "")])
def test_host_of(header, host):
    assert host_of(header) == host


@pytest.mark.parametrize("host, token, ok", [
    ("127.0.0.1", None, True), ("127.0.0.2", None, True), ("::1", None, True), ("localhost", None, True),
    ("0.0.0.0", None, False), ("::", None, False), ("10.0.0.5", None, False), ("example.org", None, False),
    ("0.0.0.0", TOKEN, True), ("127.0.0.1", "short", False),
])
def test_non_loopback_binding_needs_a_token(host, token, ok):
    if ok:
        check_binding(host, token)
    else:
        with pytest.raises(ServiceError):
            check_binding(host, token)


def test_missing_serve_extra_is_a_clear_error(monkeypatch):
    import importlib.util

    from biaslens.service import require_extra

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "uvicorn" else real(name, *a))
    with pytest.raises(biaslens.BiaslensError, match=r"serve needs uvicorn: pip install 'biaslens\[serve\]'"):
        require_extra()


def test_cli_refuses_to_serve_publicly_without_a_token(cli):
    r = cli("serve", "--host", "0.0.0.0", "--port", "0", env={"BIASLENS_TOKEN": ""})
    assert r.returncode == 2 and r.stderr.decode().count("\n") == 1 and b"needs a token" in r.stderr
    r = cli("serve", "--host", "0.0.0.0", "--port", "0", env={"BIASLENS_TOKEN": "short"})
    assert r.returncode == 2 and b"at least 16" in r.stderr


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_cli_serve_answers_over_http():
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "biaslens", "serve", "--port", str(port), "--log-level",
                             "warning", "--max-concurrent", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                status, _, body = call(base, "/v1/health")
                break
            except (urllib.error.URLError, ConnectionError):
                assert proc.poll() is None, proc.stderr.read().decode()
                assert time.monotonic() < deadline, "biaslens serve did not start"
                time.sleep(0.1)
        assert status == 200 and json.loads(body)["limits"]["max_concurrent"] == 2
        status, _, body = call(base, "/v1/analyze", {"text": TEXT})
        assert status == 200 and json.loads(body)["metrics"]["n_sentences"] >= 2
        assert call(base, "/v1/health", headers={"Host": "rebound.example"})[0] == 400
        assert call(base, "/v1/health", headers={"Host": f"localhost:{port}"})[0] == 200
    finally:
        proc.terminate()
        proc.communicate(timeout=20)


def test_serve_freezes_what_it_keeps_for_life_out_of_the_collector(monkeypatch, analyzer):
    """The server's analyzer, lexicons and modules live as long as the process: `serve` freezes
    them (gc.freeze) before uvicorn starts, so full collections stop re-walking them."""
    import gc

    from biaslens import service

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(frozen=gc.get_freeze_count()))
    gc.unfreeze()
    try:
        service.serve(analyzer, host="127.0.0.1", port=0)
    finally:
        gc.unfreeze()
    assert seen["frozen"] > 10_000
