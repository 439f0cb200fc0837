"""Which servers AgentDesk will talk to, checked before any socket is opened.

The sign-in token travels in every request, so plain ``http://`` is allowed only where it never
leaves this computer: ``localhost``, ``127.0.0.0/8`` and ``::1``. Everything else needs https.
Apart from the HTTP session (``http.py``): the window and every command check the configured
URL, and importing requests for that cost the window's start ~0.15 s (issue 15).
"""

from __future__ import annotations

import ipaddress
from urllib.parse import SplitResult, urlsplit, urlunsplit

from agentdesk.errors import ErrorKind, InsecureServerError, UsageError

_SCHEMES = ("https", "http")


def _bad_url(text: str, problem: str) -> UsageError:
    """``text`` is no server address to use; ``problem`` ends the command line's sentence, the
    window says it with ``BAD_SERVER_URL`` and the address."""
    return UsageError(
        f"The server URL “{text}” {problem}", kind=ErrorKind.BAD_SERVER_URL, params={"url": text}
    )


def check_server_url(url: str) -> str:
    """Return ``url`` normalised (lower-case scheme and host, no trailing slash), or raise.

    ``UsageError`` for something that is not an http(s) URL of a server;
    ``InsecureServerError`` for plain http to a host that is not loopback.
    """
    text = url.strip()
    parts = _split(text)
    if parts.scheme not in _SCHEMES:
        raise _bad_url(text, "must start with https:// (or http:// for a server on this computer).")
    host = parts.hostname
    if not host:
        raise _bad_url(text, "has no host name.")
    if parts.username is not None or parts.password is not None:
        raise _bad_url(text, "contains a login or password; give only the address.")
    if parts.query or parts.fragment:
        raise _bad_url(text, "must not contain “?” or “#” parts.")
    port = _port(parts, text)
    if parts.scheme == "http" and not is_loopback_host(host):
        raise InsecureServerError(
            f"AgentDesk refuses plain http:// to {host}: your sign-in would travel unencrypted. "
            "Use https://, or http:// only for a server on this computer "
            "(localhost, 127.0.0.1 or ::1)."
        )
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc = f"{netloc}:{port}"
    return urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), "", ""))


def is_loopback_host(host: str) -> bool:
    """True for ``localhost`` and loopback addresses (IPv4 ``127/8``, IPv6 ``::1``, mapped)."""
    name = host.strip("[]").lower()  # not "localhost.": glibc asks DNS for that name
    if name == "localhost":
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def server_label(url: str) -> str:
    """``host`` or ``host:port`` of a checked URL, the way error sentences name the server."""
    return urlsplit(url).netloc


def _split(text: str) -> SplitResult:
    if not text or any(ch.isspace() for ch in text):
        raise _bad_url(text, "is not a valid address.")
    try:
        parts = urlsplit(text)
    except ValueError as exc:
        raise _bad_url(text, "is not a valid address.") from exc
    return parts._replace(scheme=parts.scheme.lower())


def _port(parts: SplitResult, text: str) -> int | None:
    try:
        port = parts.port
    except ValueError as exc:
        raise _bad_url(text, "has an invalid port number.") from exc
    if port == 0:
        raise _bad_url(text, "has an invalid port number.")
    return port
