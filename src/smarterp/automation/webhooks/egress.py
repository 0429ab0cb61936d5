"""Where webhooks may go: the shape of a URL and the addresses it may reach (no SSRF)."""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from smarterp.core.settings import get_settings

MAX_URL_LENGTH = 500  # the width of webhook_subscription.url
SETTING = "SMARTERP_WEBHOOK_ALLOWED_TARGETS"

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[..., Sequence[tuple[Any, ...]]]  # socket.getaddrinfo's shape

# Cloud instance metadata services hand out credentials to whoever asks from inside; some
# sit at addresses that look harmless (Azure's wire server is "public"), so they are named.
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a)
    for a in (
        "169.254.169.254",  # AWS, GCP, Azure, OpenStack, DigitalOcean ...
        "169.254.170.2",  # AWS ECS task credentials
        "168.63.129.16",  # Azure wire server
        "100.100.100.200",  # Alibaba Cloud
        "fd00:ec2::254",  # AWS over IPv6
    )
)
# Names that mean "this machine" or "the metadata service" before any DNS is asked.
LOCAL_NAMES = frozenset(
    {"localhost", "metadata", "metadata.google.internal", "instance-data", "ip6-localhost"}
)

_LABEL = re.compile(r"[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?")
# The forms the C resolver reads as IPv4 although ipaddress does not: 2130706433, 0x7f.1,
# 0177.0.0.1, 127.1. Treated as the address they stand for, never as a name.
_LEGACY_IPV4 = re.compile(r"(0x[0-9a-f]*|[0-9]+)(\.(0x[0-9a-f]*|[0-9]+)){0,3}\.?")


class Refused(ValueError):
    """A webhook URL that may not be used: malformed, or reaching where webhooks may not."""


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one carries (mapped, 6to4, Teredo, NAT64), if any."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if address in ipaddress.IPv6Network("64:ff9b::/96"):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def non_public_kind(address: Address) -> str | None:
    """What kind of non-public address this is ("a loopback address"), None if public."""
    if address in METADATA_ADDRESSES:
        return "a cloud metadata address"
    if isinstance(address, ipaddress.IPv6Address):
        inner = _embedded_ipv4(address)
        if inner is not None and (kind := non_public_kind(inner)):
            return f"{kind} inside an IPv6 one"
    checks = (
        (address.is_unspecified, "an unspecified address"),
        (address.is_loopback, "a loopback address"),
        (address.is_link_local, "a link-local address"),
        (address.is_multicast, "a multicast address"),
        (address.is_private, "a private address"),
        (address.is_reserved, "a reserved address"),
        (not address.is_global, "a non-public address"),  # e.g. 100.64.0.0/10, carrier NAT
    )
    return next((kind for hit, kind in checks if hit), None)


@dataclass(frozen=True)
class EgressPolicy:
    """Public addresses only, plus the intranet networks and host names an admin allowed."""

    networks: tuple[Network, ...] = ()
    names: tuple[str, ...] = ()  # "hooks.corp" exactly, or ".corp" for "*.corp"

    @classmethod
    def from_entries(cls, entries: Iterable[str]) -> EgressPolicy:
        networks: list[Network] = []
        names: list[str] = []
        for raw in entries:
            entry = raw.strip().lower()
            try:
                networks.append(ipaddress.ip_network(entry, strict=False))
                continue
            except ValueError:
                pass
            name = entry[2:] if entry.startswith("*.") else entry
            if not _is_host_name(name) or _LEGACY_IPV4.fullmatch(name):
                raise ValueError(f"{SETTING}: {raw!r} is neither a CIDR nor a host name")
            names.append("." + name if entry.startswith("*.") else name)
        return cls(tuple(networks), tuple(names))

    @classmethod
    def from_settings(cls) -> EgressPolicy:
        return cls.from_entries(get_settings().webhook_allowed_targets)

    def allows_name(self, host: str) -> bool:
        host = host.rstrip(".")
        return any(host == n or (n.startswith(".") and host.endswith(n)) for n in self.names)

    def refusal(self, address: Address, *, allowed_name: bool = False) -> str | None:
        """Why `address` may not be reached, or None. An allowed name reaches whatever it
        resolves to except the metadata services; an allowed network reaches anything in it."""
        if any(address.version == n.version and address in n for n in self.networks):
            return None
        kind = non_public_kind(address)
        if kind is None or (allowed_name and address not in METADATA_ADDRESSES):
            return None
        return kind


def _is_host_name(host: str) -> bool:
    labels = host.rstrip(".").split(".")
    return len(host) <= 253 and all(_LABEL.fullmatch(label) for label in labels)


def literal_address(host: str) -> Address | None:
    """The address a URL host names literally, in any form a resolver accepts, or None."""
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if _LEGACY_IPV4.fullmatch(host):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host.rstrip(".")))
        except OSError:
            raise Refused(f"host {host!r} is not a valid IPv4 address") from None
    return None


def _refuse_address(address: Address, host: str, policy: EgressPolicy, allowed: bool) -> None:
    kind = policy.refusal(address, allowed_name=allowed)
    if kind is not None:
        raise Refused(
            f"host {host!r} is {kind}; webhooks reach only public addresses "
            f"unless {SETTING} lists it"
        )


def check_url(url: str, policy: EgressPolicy) -> httpx.URL:
    """Refuse a URL that is malformed, or whose host is a non-public address or a local name.

    Names are resolved only at send time (see `resolve_target`); this is the check at the
    door that tells the subscriber at once."""
    if len(url) > MAX_URL_LENGTH:
        raise Refused(f"must be at most {MAX_URL_LENGTH} characters")
    for position, char in enumerate(url):
        if not 0x21 <= ord(char) <= 0x7E or char == "\\":
            raise Refused(
                f"contains {char!r} at position {position}: spaces, control characters, "
                "backslashes and non-ASCII are refused (percent-encode them; xn-- for hosts)"
            )
    try:
        parts = urlsplit(url)
    except ValueError as exc:  # e.g. an unclosed "[" around an IPv6 host
        raise Refused(f"is not a valid URL: {exc}") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise Refused("must be an http:// or https:// URL")
    if "@" in parts.netloc:
        raise Refused("must not carry a user name or password (put secrets in the signature)")
    host = (parts.hostname or "").lower()
    if not host:
        raise Refused("has no host")
    try:
        port = parts.port
    except ValueError:
        raise Refused("has a port that is not a number from 1 to 65535") from None
    if port == 0:
        raise Refused("has a port that is not a number from 1 to 65535")
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise Refused(f"is not a valid URL: {exc}") from None
    address = literal_address(host)
    if address is not None:
        _refuse_address(address, host, policy, allowed=False)
        return parsed
    if not _is_host_name(host):
        raise Refused(f"host {host!r} is not a valid host name")
    bare = host.rstrip(".")
    local = bare in LOCAL_NAMES or bare.endswith(".localhost")
    if local and not policy.allows_name(bare):
        raise Refused(
            f"host {host!r} names this machine or a metadata service; webhooks reach only "
            f"public addresses unless {SETTING} lists it"
        )
    return parsed


@dataclass(frozen=True)
class Target:
    """Where one delivery connects: the checked address, and the name the request carries."""

    url: httpx.URL  # the URL with its host swapped for the checked address
    host_header: str
    tls_server_name: str | None  # https: the certificate must name this host


def resolve_target(
    url: str, policy: EgressPolicy, *, resolve: Resolver = socket.getaddrinfo
) -> Target:
    """Check the URL, resolve its host once, refuse if any address is off limits, and pin
    the connection to the checked address, so DNS cannot answer differently at connect time
    (rebinding). Raises Refused, or OSError when the name does not resolve."""
    parsed = check_url(url, policy)
    host = (urlsplit(url).hostname or "").lower()
    address = literal_address(host)
    if address is None:
        port = parsed.port or (443 if parsed.scheme == "https" else 80)
        answers = resolve(host, port, type=socket.SOCK_STREAM)
        addresses = [ipaddress.ip_address(str(a[4][0]).split("%")[0]) for a in answers]
        if not addresses:
            raise OSError(f"{host} has no address")
        allowed = policy.allows_name(host)
        for candidate in addresses:
            # The resolved address is not told: it would map the intranet for the caller.
            kind = policy.refusal(candidate, allowed_name=allowed)
            if kind is not None:
                raise Refused(
                    f"host {host!r} resolves to {kind}; webhooks reach only public "
                    f"addresses unless {SETTING} lists it"
                )
        address = addresses[0]
    https = parsed.scheme == "https"
    return Target(
        url=parsed.copy_with(host=str(address)),
        host_header=parsed.netloc.decode("ascii"),
        tls_server_name=host.rstrip(".") if https and not literal_address(host) else None,
    )
