"""Which connector speaks to a server: detected once at sign-in, then remembered in settings.

Chatwoot answers ``GET /api`` without a sign-in with its version and the state of its queue and
database services (``app/controllers/api_controller.rb``); a Platform API v1 server has no such
route. One unauthenticated GET is enough to tell them apart, before any token is sent.
"""

from __future__ import annotations

from collections.abc import Mapping

from agentdesk.errors import PlatformError
from agentdesk.platform.chatwoot.api import ChatwootApi
from agentdesk.platform.chatwoot.connector import DEFAULT_INDICATORS, ChatwootConnector
from agentdesk.platform.client import PlatformClient
from agentdesk.platform.connector import Connector
from agentdesk.platform.http import DEFAULT_TIMEOUT, RetryPolicy, build_session
from agentdesk.platform.kinds import PlatformKind
from agentdesk.platform.server_urls import check_server_url
from agentdesk.platform.transport import Call, Transport

_PROBE_POLICY = RetryPolicy(total=2, connect=1, read=1, answer_retries=0)


def detect_kind(server_url: str) -> PlatformKind:
    """Chatwoot if ``/api`` describes a Chatwoot, else Platform API v1. An unreachable server
    raises, so the user hears about the network rather than about a wrong guess."""
    server = check_server_url(server_url)
    with build_session(_PROBE_POLICY) as session:
        transport = Transport(server, session=session, timeout=DEFAULT_TIMEOUT, retry=_PROBE_POLICY)
        call = Call("GET", "/api", authenticated=False, passed_statuses=_ANY_REFUSAL)
        answer = transport.send(call, None)
    body = answer.body
    if (
        answer.status == 200
        and isinstance(body, Mapping)
        and {"version", "queue_services"} <= set(body)
    ):
        return PlatformKind.CHATWOOT
    return PlatformKind.V1


_ANY_REFUSAL = frozenset(range(400, 600))


def open_connector(
    kind: PlatformKind,
    server_url: str,
    token: str,
    *,
    account_id: int | None = None,
    timezone: str = "UTC",
    indicators: tuple[str, ...] | None = None,
) -> Connector:
    server = check_server_url(server_url)
    if kind is PlatformKind.CHATWOOT:
        if account_id is None:
            raise PlatformError(
                "No Chatwoot account is chosen: run `agentdesk login --platform chatwoot "
                "--account ID`."
            )
        api = ChatwootApi(server, token, account_id=account_id)
        return ChatwootConnector(
            api, timezone=timezone, indicators=indicators or DEFAULT_INDICATORS
        )
    return PlatformClient(server, token)
