"""The boundary between AgentDesk and a contact-center platform.

The sync engine and the reopen service need five things from a platform: who the agent is, the
admin's settings (or, where the platform has none for agents, their local stand-in), pages of
closed and of paused conversations changed since a watermark, one conversation, and a reopen with
"assign to me". ``Connector`` is that, and nothing more: the engine, the store and everything
above talk to it without knowing whether Platform API v1 (``PlatformClient``) or Chatwoot
(``ChatwootConnector``) is behind it.

A page's ``next_cursor`` is opaque to the engine. Each connector puts in it whatever it needs to
carry on (an API cursor, a Chatwoot page number), so a resumed sync hands it back unchanged.
"""

from __future__ import annotations

from datetime import datetime
from types import TracebackType
from typing import Protocol, Self, runtime_checkable

from agentdesk.domain.models import AdminSettings, AgentProfile, Conversation, ConversationStatus
from agentdesk.platform.client import ConversationPage
from agentdesk.platform.kinds import PlatformKind


@runtime_checkable
class Connector(Protocol):
    """What the sync engine and the reopen service use. Not shared between threads."""

    @property
    def kind(self) -> PlatformKind: ...

    @property
    def base_url(self) -> str:
        """The URL that, with the agent's id, names the workspace the store belongs to."""
        ...

    def me(self) -> AgentProfile: ...

    def settings(self) -> AdminSettings: ...

    def conversations_page(
        self,
        status: ConversationStatus,
        *,
        updated_since: datetime | None = None,
        cursor: str | None = None,
        limit: int = ...,
    ) -> ConversationPage: ...

    def conversation(self, conversation_id: str) -> Conversation: ...

    def reopen(
        self, conversation_id: str, *, assign_to_me: bool, idempotency_key: str | None = None
    ) -> Conversation: ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None: ...
