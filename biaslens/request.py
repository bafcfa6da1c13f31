"""One HTTP request of a fetch (`biaslens.fetch`, which adds redirects, retries, the
deadline and the checks of the response): the target's addresses looked up and checked
(`biaslens.netcheck`), or a proxy's (`biaslens.proxy`), a connection pinned to one of
those addresses (`biaslens.transport`), and the request sent."""

from __future__ import annotations

import http.client
import time
import urllib.parse

from .errors import FetchError
from .netcheck import resolve  # looked up here at each request (tests patch it)
from .pages import FetchSettings
from .proxy import Proxy, proxy_addresses, proxy_for
from .responses import network_error
from .transport import PinnedHTTPConnection, PinnedHTTPSConnection, TunnelError, Watchdog, ssl_context


def _request_headers(host: str, parts: urllib.parse.SplitResult, settings: FetchSettings) -> dict[str, str]:
    host_header = host if parts.port is None else f"{host}:{parts.port}"
    if ":" in host and not host.startswith("["):
        host_header = f"[{host}]" if parts.port is None else f"[{host}]:{parts.port}"
    return {"Host": host_header, "User-Agent": settings.user_agent,
            "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5,*/*;q=0.1",
            "Accept-Encoding": "gzip, deflate", "Connection": "close"}


def one_request(url: str, parts: urllib.parse.SplitResult, settings: FetchSettings, deadline: float,
                 dog: Watchdog):
    host = parts.hostname or ""
    https = parts.scheme.lower() == "https"
    port = parts.port or (443 if https else 80)
    proxy = proxy_for(parts, url, trust_env=settings.trust_env)
    # The target is checked whether or not a proxy carries the request (see biaslens.proxy);
    # only a proxied fetch with private addresses allowed needs no local lookup at all.
    if proxy is not None and settings.allow_private:
        addresses: list[str] = []  # the proxy resolves the name, and there is nothing to check
    else:
        addresses = _target_addresses(url, host, port, settings, proxy, deadline)
    target = urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))
    headers = _request_headers(host, parts, settings)
    tunnel = None
    if proxy is not None:
        addresses = proxy_addresses(proxy, url, _left(deadline, settings))
        auth = {"Proxy-Authorization": proxy.authorization} if proxy.authorization else {}
        if https:
            tunnel = (host, port, {"User-Agent": settings.user_agent, **auth})
        else:  # absolute form, without any user:password of the URL
            target = urllib.parse.urlunsplit(("http", headers["Host"], parts.path or "/", parts.query, ""))
            headers.update(auth)
    last_exc: Exception | None = None
    for address in addresses[:3]:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        timeouts = (min(settings.connect_timeout, remaining), settings.read_timeout)
        conn = _connection(https, host, port, address, timeouts, dog, proxy, tunnel)
        try:
            conn.connect()
        except TunnelError as exc:
            conn.close()
            raise FetchError(f"{url}: the proxy {proxy.shown} refused the tunnel ({exc})", url=url,
                             status=exc.status) from None
        except (ConnectionRefusedError, TimeoutError, OSError) as exc:
            conn.close()
            last_exc = exc
            continue
        try:
            conn.putrequest("GET", target, skip_host=True, skip_accept_encoding=True)
            for name, value in headers.items():
                conn.putheader(name, value)
            conn.endheaders()
            return conn, conn.getresponse()
        except Exception:
            conn.close()
            raise
    if proxy is not None and last_exc is not None:
        why = str(network_error(url, last_exc, settings)).removeprefix(f"{url}: ")
        raise FetchError(f"{url}: could not reach the proxy {proxy.shown}: {why}", url=url)
    raise network_error(url, last_exc, settings) if last_exc else FetchError(f"{url}: timed out", url=url)


def _left(deadline: float, settings: FetchSettings) -> float:
    """Seconds a name lookup may take: what is left of the fetch, at most the connect timeout."""
    return max(0.0, min(settings.connect_timeout, deadline - time.monotonic()))


def _target_addresses(url: str, host: str, port: int, settings: FetchSettings, proxy: Proxy | None,
                      deadline: float) -> list[str]:
    try:
        return resolve(url, host, port, allow_private=settings.allow_private, timeout=_left(deadline, settings))
    except FetchError as exc:
        if proxy is None or "DNS lookup" not in str(exc):
            raise
        raise FetchError(f"{exc}; through a proxy too, the name must resolve here so that its address can be "
                         "checked (--allow-private skips the check and the lookup)", url=url) from None


def _connection(https: bool, host: str, port: int, address: str, timeouts: tuple[float, float], dog: Watchdog,
                proxy: Proxy | None, tunnel) -> http.client.HTTPConnection:
    """A connection pinned to `address`: the target's, or the proxy's when one is used."""
    via = {"address_port": proxy.port, "tunnel": tunnel} if proxy is not None else {}
    if https:
        return PinnedHTTPSConnection(host, port, address, *timeouts, dog, context=ssl_context(), **via)
    return PinnedHTTPConnection(host, port, address, *timeouts, dog, **via)
