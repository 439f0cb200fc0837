"""The contact-center platform, as AgentDesk reaches it: Platform API v1 over requests.

``PlatformClient`` speaks the API; ``records`` turns its JSON into domain values; ``TokenStore``
keeps the sign-in; ``check_server_url`` decides which servers may be spoken to at all.
"""

from agentdesk.platform.client import MAX_PAGE_SIZE, ConversationPage, PlatformClient
from agentdesk.platform.credentials import TOKEN_ENV, TokenStore
from agentdesk.platform.http import (
    DEFAULT_TIMEOUT,
    RetryPolicy,
    build_session,
    check_server_url,
    is_loopback_host,
)
from agentdesk.platform.records import parse_conversation, parse_profile, parse_settings

__all__ = [
    "DEFAULT_TIMEOUT",
    "MAX_PAGE_SIZE",
    "TOKEN_ENV",
    "ConversationPage",
    "PlatformClient",
    "RetryPolicy",
    "TokenStore",
    "build_session",
    "check_server_url",
    "is_loopback_host",
    "parse_conversation",
    "parse_profile",
    "parse_settings",
]
