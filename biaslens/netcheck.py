"""Which addresses a fetch may connect to (server-side request forgery checks).

`resolve` looks a host up and checks every address it resolves to: loopback,
private, link-local (cloud metadata at 169.254.169.254), shared, reserved and
multicast addresses are refused unless private addresses are allowed. An IPv6
address that stands for an IPv4 one (IPv4-mapped ``::ffff:a.b.c.d``, NAT64
``64:ff9b::/96``, 6to4 ``2002::/16``, IPv4-compatible ``::a.b.c.d``) is judged
by the IPv4 address it carries, and local-use NAT64 (``64:ff9b:1::/48``) is
never public.
"""

from __future__ import annotations

import ipaddress
import socket
import threading

from .errors import FetchError

_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")  # well-known NAT64 prefix: the last 32 bits are an IPv4 address
_NAT64_LOCAL = ipaddress.IPv6Network("64:ff9b:1::/48")  # local-use NAT64 (RFC 8215): never public
_COMPAT = ipaddress.IPv6Network("::/96")  # deprecated IPv4-compatible addresses


def _describe(ip: ipaddress._BaseAddress) -> str:
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local (cloud metadata)" if str(ip) == "169.254.169.254" else "link-local"
    if ip.is_private:
        return "private"
    if ip.is_multicast:
        return "multicast"
    return "non-public"


def _embedded_ipv4(ip: ipaddress._BaseAddress) -> tuple[str, ipaddress.IPv4Address] | None:
    """The IPv4 address an IPv6 address stands for (mapped, NAT64, 6to4, compatible), with its form."""
    if ip.version != 6:
        return None
    if ip.ipv4_mapped is not None:
        return "IPv4-mapped", ip.ipv4_mapped
    if ip in _NAT64:
        return "NAT64", ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if ip.sixtofour is not None:
        return "6to4", ip.sixtofour
    if ip in _COMPAT and int(ip) > 1:
        return "IPv4-compatible", ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def refusal(ip: ipaddress._BaseAddress) -> str | None:
    """Why an address must not be fetched from ('the loopback address 127.0.0.1'), or None
    for a public one. Multicast is refused, and an IPv6 form of an IPv4 address (mapped,
    NAT64, 6to4, compatible) is judged by the IPv4 address it carries."""
    embedded = _embedded_ipv4(ip)
    if embedded is not None:
        form, v4 = embedded
        inner = refusal(v4)
        if inner is not None:
            return f"the {form} form ({ip}) of {inner}"
    if ip in _NAT64_LOCAL:
        return f"the local-use NAT64 address {ip}"
    if not ip.is_global or ip.is_multicast:
        return f"the {_describe(ip)} address {ip}"
    return None


def lookup(host: str, port: int, timeout: float | None = None) -> list:
    """`socket.getaddrinfo` ended after `timeout` seconds (TimeoutError): the system resolver
    has no deadline of its own, so the lookup runs in a daemon thread that is left behind
    when it does not answer in time. An address literal needs no thread."""
    if timeout is None or _is_address(host):
        return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except BaseException as exc:  # handed to the caller's thread below
            box["error"] = exc

    worker = threading.Thread(target=run, name="biaslens-dns", daemon=True)
    worker.start()
    worker.join(max(timeout, 0.0))
    if worker.is_alive():
        raise TimeoutError(f"no answer within {round(timeout, 1):g} s")
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["infos"]  # type: ignore[return-value]


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    return True


def resolve(url: str, host: str, port: int, *, allow_private: bool, timeout: float | None = None) -> list[str]:
    """The addresses to connect to, every one checked against the private-address rule.
    The lookup ends after `timeout` seconds when one is given."""
    try:
        infos = lookup(host, port, timeout)
    except TimeoutError:
        raise FetchError(f"{url}: DNS lookup for {host} timed out (no answer within {round(timeout, 1):g} s)",
                         url=url) from None
    except socket.gaierror as exc:
        raise FetchError(f"{url}: DNS lookup failed for {host} ({exc.strerror or exc})", url=url) from None
    except UnicodeError:
        raise FetchError(f"{url}: invalid host name {host!r}", url=url) from None
    addresses: list[str] = []
    for info in infos:
        addr = info[4][0]
        why = None if allow_private else refusal(ipaddress.ip_address(addr.split("%", 1)[0]))
        if why is not None:
            raise FetchError(f"{url}: refused: {host} resolves to {why} "
                             "(use --allow-private to fetch from private networks)", url=url)
        if addr not in addresses:
            addresses.append(addr)
    if not addresses:
        raise FetchError(f"{url}: DNS lookup for {host} returned no address", url=url)
    return addresses
