"""Which proxy a fetch goes through: the usual environment variables.

``HTTP_PROXY``/``HTTPS_PROXY`` (and their lower-case forms) and ``NO_PROXY``
are read with `urllib.request.getproxies` and `urllib.request.proxy_bypass`,
as curl, pip and requests read them (and ``HTTP_PROXY`` is ignored under CGI,
where a request header could set it). Loopback targets (``localhost``,
``127.0.0.0/8``, ``::1``) never go through a proxy: a proxy would reach its
own loopback, not ours.

What is checked (see README, "Fetching URLs"):

- the *target* still goes through the SSRF check: its name is resolved here
  and refused if any address is private (unless private addresses are
  allowed). A name that does not resolve here is refused too (fail closed);
  with private addresses allowed nothing is checked and only the proxy
  resolves it.
  The proxy connects by name, so the pinning to a checked address cannot
  hold through a proxy: the proxy's own rules govern what it reaches;
- the *proxy* is trusted configuration, like the DNS resolver: it is taken
  from the operator's environment, never from an input, and corporate
  proxies usually sit on private addresses; refusing them would force
  ``--allow-private``, which would open the targets too. Only ``http://``
  proxy URLs are supported (a TLS connection to the proxy itself, or SOCKS,
  is refused with a clear error).
"""

from __future__ import annotations

import ipaddress
import socket
import urllib.parse
import urllib.request
from dataclasses import dataclass

from .errors import FetchError
from .netcheck import lookup
from .transport import basic_auth


@dataclass(frozen=True)
class Proxy:
    """A proxy to send one request through."""

    host: str
    port: int
    authorization: str | None = None  # a Proxy-Authorization header value

    @property
    def shown(self) -> str:
        """host:port, without credentials (for error messages)."""
        return f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"


def _is_loopback(host: str) -> bool:
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_proxy(value: str, scheme: str, url: str) -> Proxy:
    """A proxy URL from the environment (``http://[user:pass@]host[:port]``). Raises FetchError."""
    raw = value.strip()
    if "://" not in raw:
        raw = "http://" + raw  # "proxy.example:3128", as curl accepts it
    parts = urllib.parse.urlsplit(raw)
    variable = f"{scheme.upper()}_PROXY"
    if parts.scheme.lower() != "http":
        raise FetchError(f"{url}: the proxy in {variable} uses {parts.scheme}://, which biaslens does not "
                         "support: give an http:// proxy URL", url=url)
    try:
        port = parts.port or 80
    except ValueError:
        raise FetchError(f"{url}: the proxy in {variable} has an invalid port", url=url) from None
    if not parts.hostname:
        raise FetchError(f"{url}: the proxy in {variable} has no host name", url=url)
    auth = None
    if parts.username is not None:
        userinfo = urllib.parse.unquote(parts.username) + ":" + urllib.parse.unquote(parts.password or "")
        auth = basic_auth(userinfo)
    return Proxy(parts.hostname, port, auth)


def proxy_for(parts: urllib.parse.SplitResult, url: str, *, trust_env: bool = True) -> Proxy | None:
    """The proxy for a request to this URL, or None to connect directly."""
    if not trust_env:
        return None
    host = parts.hostname or ""
    if _is_loopback(host):
        return None
    scheme = parts.scheme.lower()
    proxies = urllib.request.getproxies()
    value = proxies.get(scheme)
    if not value:
        return None
    where = host if parts.port is None else f"{host}:{parts.port}"
    if urllib.request.proxy_bypass(where):
        return None
    return parse_proxy(value, scheme, url)


def proxy_addresses(proxy: Proxy, url: str, timeout: float | None = None) -> list[str]:
    """The proxy's addresses (not checked against the private-address rule: see the module docstring).
    The lookup ends after `timeout` seconds when one is given."""
    try:
        infos = lookup(proxy.host, proxy.port, timeout)
    except TimeoutError:
        raise FetchError(f"{url}: DNS lookup for the proxy {proxy.shown} timed out "
                         f"(no answer within {round(timeout, 1):g} s)", url=url) from None
    except (socket.gaierror, UnicodeError) as exc:
        why = getattr(exc, "strerror", None) or exc
        raise FetchError(f"{url}: DNS lookup failed for the proxy {proxy.shown} ({why})", url=url) from None
    return list(dict.fromkeys(info[4][0] for info in infos))
