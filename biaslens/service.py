"""`biaslens serve`: the analyzer over HTTP, for newsroom tools that do not speak Python.

    POST /v1/analyze   {"text": "...", "title": "..."} or {"url": "https://..."}
                       -> the report JSON (schema: GET /v1/schema), or the HTML report
                          when the request's Accept header prefers text/html
    GET  /v1/health    -> {"status": "ok", ...}
    GET  /v1/schema    -> the JSON Schema of the report
    GET  /openapi.json -> an OpenAPI 3.1 description
    GET  /             -> a small page with a form

Limits (`ServiceLimits`): a body over `max_body_bytes` gets 413; when all
`max_concurrent` analysis slots are busy a new request gets 503 at once (with
Retry-After) rather than queueing; an analysis that takes longer than
`time_limit` seconds gets 504 (it finishes in the background, and its slot
stays busy until then: a thread cannot be stopped).

One `Analyzer` serves every request (it is thread-safe); analyses run in a
thread pool with one thread per slot, so the event loop never blocks. URLs
are fetched with the Analyzer's own SSRF rules: private addresses are
refused unless the Analyzer was built with ``allow_private_urls=True``.
On loopback, `serve` accepts only loopback names in the Host header (DNS
rebinding). When a token is set, POST /v1/analyze requires ``Authorization: Bearer
TOKEN`` (compared in constant time); `check_binding` refuses to serve on a
non-loopback address without one.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import importlib.util
import ipaddress
import json
import threading
from base64 import b64encode
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from importlib import resources

from ._version import __version__
from .errors import BiaslensError
from .report import SCHEMA_VERSION

DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024
DEFAULT_MAX_CONCURRENT = 4
DEFAULT_TIME_LIMIT = 60.0
MIN_TOKEN_LENGTH = 16
TOKEN_ENV = "BIASLENS_TOKEN"
FIELDS = {"text", "title", "url"}


class ServiceError(BiaslensError):
    """The service cannot start as configured (a usage problem)."""

    kind = "usage"


@dataclass(frozen=True)
class ServiceLimits:
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    max_concurrent: int = DEFAULT_MAX_CONCURRENT
    time_limit: float = DEFAULT_TIME_LIMIT

    def to_dict(self) -> dict:
        return {"max_body_bytes": self.max_body_bytes, "max_concurrent": self.max_concurrent,
                "time_limit": self.time_limit}


class HTTPProblem(Exception):
    """A request refused with a status and a one-line message."""

    def __init__(self, status: int, message: str, *, kind: str = "request", headers: dict | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.kind, self.headers = status, message, kind, headers or {}


def is_loopback(host: str) -> bool:
    """Whether a bind address only accepts connections from this machine."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def require_extra() -> None:
    """Refuse clearly when the serve extra (Starlette, uvicorn) is not installed."""
    missing = [name for name in ("starlette", "uvicorn") if importlib.util.find_spec(name) is None]
    if missing:
        raise BiaslensError(f"serve needs {' and '.join(missing)}: pip install 'biaslens[serve]'")


def check_binding(host: str, token: str | None) -> None:
    """Refuse to serve on a non-loopback address without a token, or with a short one."""
    if token is not None and len(token) < MIN_TOKEN_LENGTH:
        raise ServiceError(f"the token is {len(token)} characters; use at least {MIN_TOKEN_LENGTH}")
    if token is None and not is_loopback(host):
        raise ServiceError(f"serving on {host}, which is not a loopback address, needs a token: "
                           f"pass --token or set {TOKEN_ENV}")


def wants_html(accept: str | None) -> bool:
    """Whether an Accept header prefers text/html over application/json (JSON on a tie)."""
    best = {"html": 0.0, "json": 0.0}
    for part in (accept or "").split(","):
        media, _, params = part.strip().partition(";")
        q = 1.0
        for p in params.split(";"):
            name, _, value = p.strip().partition("=")
            if name == "q":
                with contextlib.suppress(ValueError):
                    q = float(value)
        media = media.strip().lower()
        if media == "text/html":
            best["html"] = max(best["html"], q)
        elif media in ("application/json", "application/*"):
            best["json"] = max(best["json"], q)
    return best["html"] > best["json"]


def parse_payload(body: bytes) -> dict:
    """The request JSON as {"text", "title"} or {"url"}; 400 for bad JSON, 422 for a wrong shape."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise HTTPProblem(400, f"the body is not valid JSON ({exc})".splitlines()[0]) from None
    except RecursionError:  # '[[[[...': deeper than the parser goes
        raise HTTPProblem(400, "the body is not valid JSON (nested too deeply)") from None
    if not isinstance(data, dict):
        raise HTTPProblem(422, 'the body must be a JSON object: {"text": ...} or {"url": ...}')
    unknown = sorted(set(data) - FIELDS)
    if unknown:
        raise HTTPProblem(422, f"unknown field {unknown[0]!r}; the fields are text, title and url")
    if ("text" in data) == ("url" in data):
        raise HTTPProblem(422, 'give exactly one of "text" and "url"')
    for name in FIELDS & set(data):
        if not isinstance(data[name], str) and not (name == "title" and data[name] is None):
            raise HTTPProblem(422, f'"{name}" must be a string, not {type(data[name]).__name__}')
    if "url" in data and "title" in data:
        raise HTTPProblem(422, '"title" goes with "text"; a page\'s title is read from the page')
    return data


class Service:
    """The shared state behind the app: the Analyzer, the limits, the slots and the threads."""

    def __init__(self, analyzer, limits: ServiceLimits, token: str | None = None) -> None:
        self.analyzer = analyzer
        self.limits = limits
        self.token = token
        self._slots = threading.BoundedSemaphore(limits.max_concurrent)
        self._busy = 0
        self._lock = threading.Lock()
        self._executor: ThreadPoolExecutor | None = None

    @property
    def busy(self) -> int:
        """Analyses running now (including any that outlived their time limit)."""
        return self._busy

    def start(self) -> None:
        self._executor = ThreadPoolExecutor(self.limits.max_concurrent, thread_name_prefix="biaslens-analyze")

    def stop(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def authorize(self, header: str | None) -> None:
        if self.token is None:
            return
        scheme, _, given = (header or "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), self.token.encode()):
            raise HTTPProblem(401, "a valid token is required: send Authorization: Bearer TOKEN", kind="auth",
                              headers={"WWW-Authenticate": "Bearer"})

    def analyze(self, payload: dict, html: bool) -> str:
        """Run one analysis and render it (in a worker thread)."""
        if "url" in payload:
            report = self.analyzer.analyze_url(payload["url"])
        else:
            report = self.analyzer.analyze(payload["text"], title=payload.get("title"))
        if html:
            from .render.html import render_html

            return render_html(report)
        return report.to_json()

    def _job(self, payload: dict, html: bool) -> str:
        try:
            return self.analyze(payload, html)
        finally:
            with self._lock:
                self._busy -= 1
            self._slots.release()

    async def run(self, payload: dict, html: bool) -> str:
        """Take a free slot (503 if none), run the analysis in the pool, wait at most time_limit (504)."""
        if not self._slots.acquire(blocking=False):
            raise HTTPProblem(503, f"all {self.limits.max_concurrent} analysis slots are busy; retry shortly",
                              kind="busy", headers={"Retry-After": "1"})
        with self._lock:
            self._busy += 1
        try:
            future = asyncio.get_running_loop().run_in_executor(self._executor, self._job, payload, html)
        except BaseException:
            with self._lock:
                self._busy -= 1
            self._slots.release()
            raise
        future.add_done_callback(_retrieve)
        try:
            return await asyncio.wait_for(asyncio.shield(future), self.limits.time_limit)
        except TimeoutError:
            raise HTTPProblem(504, f"the analysis took longer than the limit of {self.limits.time_limit:g} s",
                              kind="timeout") from None
        except BiaslensError as exc:
            raise HTTPProblem(422, str(exc), kind=exc.kind) from None


def _retrieve(future) -> None:
    """Collect an outcome nobody waited for (a timed-out analysis), so asyncio does not log it."""
    if not future.cancelled():
        future.exception()


async def read_body(request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it is known to exceed `limit` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise HTTPProblem(413, f"the body is {int(declared):,} bytes, over the limit of {limit:,}", kind="size")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPProblem(413, f"the body is over the limit of {limit:,} bytes", kind="size")
        chunks.append(chunk)
    return b"".join(chunks)


def _is_json(content_type: str | None) -> bool:
    media = (content_type or "").split(";", 1)[0].strip().lower()
    return media == "application/json" or (media.startswith("application/") and media.endswith("+json"))


def _page() -> tuple[str, str]:
    """The form page and its Content-Security-Policy (its one inline script allowed by hash)."""
    page = resources.files("biaslens").joinpath("static/index.html").read_text(encoding="utf-8")
    script = page.split("<script>", 1)[1].split("</script>", 1)[0]
    digest = b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    csp = (f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; img-src data:; "
           "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
    return page.replace("{{version}}", __version__), csp


LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")


def host_of(header: str) -> str:
    """The host name of a Host header, without port or IPv6 brackets, in lower case."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].split("]", 1)[0]
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class Guard:
    """ASGI middleware: refuse a Host header outside `allowed_hosts` (400; this stops DNS rebinding,
    where a web page makes a browser call a loopback server under the page's own name), and send
    nosniff and no-referrer headers on every response."""

    HEADERS = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer")]

    def __init__(self, app, allowed_hosts: tuple[str, ...] | None = None) -> None:
        self.app = app
        self.allowed = None if allowed_hosts is None else {host_of(h) for h in allowed_hosts}

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if self.allowed is not None:
            host = host_of(dict(scope["headers"]).get(b"host", b"").decode("latin-1"))
            if host not in self.allowed:
                from starlette.responses import JSONResponse

                response = JSONResponse({"error": f"host {host!r} is not served here", "kind": "request",
                                         "status": 400}, 400, headers={"X-Content-Type-Options": "nosniff"})
                return await response(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", ()), *self.HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(analyzer, limits: ServiceLimits | None = None, *, token: str | None = None,
               allowed_hosts: tuple[str, ...] | None = None):
    """The Starlette app serving `analyzer` (see the module docstring for the routes).

    allowed_hosts: the names the Host header may carry (None: any); `serve` gives the loopback
    names when it listens on loopback."""
    from starlette.applications import Starlette
    from starlette.responses import HTMLResponse, JSONResponse, Response
    from starlette.routing import Route

    from ._schema import schema
    from .render.html import CSP as REPORT_CSP
    from .service_openapi import openapi

    service = Service(analyzer, limits or ServiceLimits(), token)
    page, page_csp = _page()
    spec = openapi(limits or ServiceLimits())

    def problem(exc: HTTPProblem) -> JSONResponse:
        return JSONResponse({"error": exc.message, "kind": exc.kind, "status": exc.status}, exc.status,
                            headers=exc.headers)

    async def analyze(request):
        try:
            service.authorize(request.headers.get("authorization"))
            if not _is_json(request.headers.get("content-type")):
                raise HTTPProblem(415, "send the body as JSON with Content-Type: application/json")
            payload = parse_payload(await read_body(request, service.limits.max_body_bytes))
            html = wants_html(request.headers.get("accept"))
            body = await service.run(payload, html)
        except HTTPProblem as exc:
            return problem(exc)
        if html:
            return HTMLResponse(body, headers={"Content-Security-Policy": REPORT_CSP})
        return Response(body, media_type="application/json")

    async def health(request):
        return JSONResponse({"status": "ok", "biaslens_version": __version__, "schema_version": SCHEMA_VERSION,
                             "busy": service.busy, "limits": service.limits.to_dict(),
                             "token_required": service.token is not None})

    async def index(request):
        return HTMLResponse(page, headers={"Content-Security-Policy": page_csp})

    async def report_schema(request):
        return JSONResponse(schema(), media_type="application/schema+json")

    async def openapi_json(request):
        return JSONResponse(spec)

    async def not_found(request, exc):
        status = getattr(exc, "status_code", 404)
        return JSONResponse({"error": f"{request.method} {request.url.path}: {getattr(exc, 'detail', 'not found')}",
                             "kind": "request", "status": status}, status, headers=getattr(exc, "headers", None))

    async def internal(request, exc):
        return JSONResponse({"error": f"internal error: {type(exc).__name__}: {exc}".splitlines()[0],
                             "kind": "internal", "status": 500}, 500)

    @contextlib.asynccontextmanager
    async def lifespan(app):
        service.start()
        try:
            yield
        finally:
            service.stop()

    routes = [Route("/", index), Route("/v1/health", health), Route("/v1/schema", report_schema),
              Route("/openapi.json", openapi_json), Route("/v1/analyze", analyze, methods=["POST"])]
    handlers = {404: not_found, 405: not_found, Exception: internal}
    app = Starlette(routes=routes, lifespan=lifespan, exception_handlers=handlers)
    app.add_middleware(Guard, allowed_hosts=allowed_hosts)
    app.state.service = service
    return app


def serve(analyzer, *, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
          limits: ServiceLimits | None = None, log_level: str = "info", extra_hosts: tuple[str, ...] = ()) -> None:
    """Check the binding, then serve until interrupted (uvicorn). On loopback, only the loopback
    names and `extra_hosts` (a reverse proxy's public name) are accepted in the Host header.
    What exists once the app is built (modules, lexicons, the Analyzer) lives as long as the
    server, so it is frozen out of the garbage collector's full passes (`gc.freeze`, after one
    collection), which otherwise re-walk it every few hundred requests' worth of objects: the
    server owns its process, as a batch worker does."""
    import gc

    import uvicorn

    check_binding(host, token)
    allowed = (*LOOPBACK_NAMES, host, *extra_hosts) if is_loopback(host) else None
    app = create_app(analyzer, limits, token=token, allowed_hosts=allowed)
    gc.collect()
    gc.freeze()
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False, proxy_headers=False)
