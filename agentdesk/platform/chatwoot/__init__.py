"""Chatwoot, reached with the agent's own access token through its public API.

``ChatwootConnector`` is the ``Connector`` (see ``agentdesk.platform.connector``); ``mapping``
turns Chatwoot's JSON into domain values; ``pacing`` keeps a backfill under the server's rate
limit. ``docs/platforms.md`` says which Chatwoot files each choice was read from.
"""

from agentdesk.platform.chatwoot.connector import ChatwootConnector
from agentdesk.platform.chatwoot.pacing import Pacer

__all__ = ["ChatwootConnector", "Pacer"]
