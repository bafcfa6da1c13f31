"""Connections for `biaslens.fetch`: pinned to a checked address, watched by a deadline.

Why the standard library's `http.client` and not urllib3 (installed anyway,
as a dependency of trafilatura): the fetch's guarantees live at the socket.
The connection must go to the very address the SSRF check approved (urllib3
resolves the name again unless its connection classes are subclassed), a
watchdog must be able to shut the socket of the current request down when
the whole-fetch deadline passes (urllib3 hides the socket behind its pool
and response objects), and the size limit is enforced on the decompressed
stream with our own bounded ``zlib`` reads (urllib3's decoders had their own
decompression-bomb advisories). Redirects, retries and robots.txt need our
own checks at every step either way. So urllib3 would replace only the few
lines below that open a socket and write a request line, at the price of
reaching into its internals for the rest; `http.client` gives each of these
hooks through its public interface.

Proxies: a plain-HTTP URL goes to the proxy as an absolute-form request; an
HTTPS URL through a ``CONNECT`` tunnel opened here (`open_tunnel`), then TLS
to the target's name inside it.
"""

from __future__ import annotations

import base64
import contextlib
import http.client
import socket
import ssl
import threading


class Watchdog:
    """Shuts the current connection's socket down when the fetch's deadline passes.

    Socket timeouts bound each read, not the sum of them: a server sending one
    byte a second never trips them. The shutdown wakes whatever read is blocked
    (status line, headers, body, TLS handshake, a proxy's tunnel answer), and
    `fired` turns the error that follows into a timeout."""

    def __init__(self, seconds: float) -> None:
        self.fired = False
        self._sock: socket.socket | None = None
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(0.0, seconds), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def watch(self, sock: socket.socket) -> None:
        """Watch this socket (http.client drops its own reference before the body is read)."""
        with self._lock:
            self._sock = sock
            fired = self.fired
        if fired:
            self._shutdown(sock)

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            sock = self._sock
        if sock is not None:
            self._shutdown(sock)

    @staticmethod
    def _shutdown(sock: socket.socket) -> None:
        with contextlib.suppress(OSError):
            socket.socket.shutdown(sock, socket.SHUT_RDWR)  # the plain socket's, also under TLS

    def cancel(self) -> None:
        self._timer.cancel()


class TunnelError(Exception):
    """A proxy refused to open a CONNECT tunnel (its status and reason in the message)."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(f"HTTP {status} {reason}".rstrip())
        self.status = status


def basic_auth(userinfo: str) -> str:
    """A Proxy-Authorization value for ``user:password`` (already percent-decoded)."""
    return "Basic " + base64.b64encode(userinfo.encode("utf-8")).decode("ascii")


def open_tunnel(sock: socket.socket, host: str, port: int, headers: dict[str, str]) -> None:
    """Ask the proxy at the other end of `sock` for a tunnel to host:port. Raises TunnelError."""
    target = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    lines = [f"CONNECT {target} HTTP/1.1", f"Host: {target}"] + [f"{k}: {v}" for k, v in headers.items()]
    sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
    resp = http.client.HTTPResponse(sock, method="CONNECT")
    try:
        resp.begin()  # the status line and headers; a 200 to CONNECT has no body
        if resp.status != 200:
            raise TunnelError(resp.status, resp.reason or "")
    finally:
        resp.fp = None  # keep the socket: the tunnel is the connection from here on


class PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to an address already checked, not to whatever DNS says later.

    `address` and `address_port` say where the socket goes (the target, or the
    proxy); `tunnel` (host, port, headers) makes it ask a proxy for a tunnel
    to the target first."""

    def __init__(self, host: str, port: int, address: str, connect_timeout: float, read_timeout: float,
                 dog: Watchdog | None = None, *, address_port: int | None = None,
                 tunnel: tuple[str, int, dict[str, str]] | None = None):
        super().__init__(host, port, timeout=connect_timeout)
        self._address = address
        self._address_port = address_port or port
        self._read_timeout = read_timeout
        self._dog = dog
        self._via = tunnel

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self._address_port), timeout=self.timeout)
        self.sock.settimeout(self._read_timeout)
        self._watch()
        if self._via is not None:
            open_tunnel(self.sock, *self._via)

    def _watch(self) -> None:
        if self._dog is not None:
            self._dog.watch(self.sock)


class PinnedHTTPSConnection(PinnedHTTPConnection):
    def __init__(self, *args, context: ssl.SSLContext, **kw):
        super().__init__(*args, **kw)
        self._context = context

    def connect(self) -> None:
        super().connect()
        self.sock = self._context.wrap_socket(self.sock, server_hostname=self.host)
        self._watch()


_SSL_CONTEXT: ssl.SSLContext | None = None


def ssl_context() -> ssl.SSLContext:
    global _SSL_CONTEXT
    if _SSL_CONTEXT is None:
        _SSL_CONTEXT = ssl.create_default_context()
    return _SSL_CONTEXT
