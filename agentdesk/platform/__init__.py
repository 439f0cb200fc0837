"""The contact-center platform, as AgentDesk reaches it: Platform API v1 and Chatwoot over requests.

``PlatformClient`` speaks the API; ``records`` turns its JSON into domain values; ``TokenStore``
keeps the sign-in; ``check_server_url`` decides which servers may be spoken to at all.

The names below load their module on first use (PEP 562): importing a light submodule such as
``agentdesk.platform.kinds`` must not pull in requests and keyring, which a command that only
reads the store never needs (``tests/cli/test_import_budget.py``).
"""

from __future__ import annotations

import importlib

_HOMES = {
    "MAX_PAGE_SIZE": "client",
    "ConversationPage": "client",
    "PlatformClient": "client",
    "TOKEN_ENV": "credentials",
    "TokenStore": "credentials",
    "DEFAULT_TIMEOUT": "http",
    "RetryPolicy": "http",
    "build_session": "http",
    "check_server_url": "server_urls",
    "is_loopback_host": "server_urls",
    "parse_conversation": "records",
    "parse_profile": "records",
    "parse_settings": "records",
}

__all__ = [  # noqa: RUF022 - grouped by home module, like _HOMES
    "MAX_PAGE_SIZE",
    "ConversationPage",
    "PlatformClient",
    "TOKEN_ENV",
    "TokenStore",
    "DEFAULT_TIMEOUT",
    "RetryPolicy",
    "build_session",
    "check_server_url",
    "is_loopback_host",
    "parse_conversation",
    "parse_profile",
    "parse_settings",
]


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)
