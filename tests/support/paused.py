"""The demo server's paused conversations by kind, for the reopen tests of every folder.

The generator makes every mix of (mine, unassigned, someone else's) × (deadline past, to
come) even in a small workspace; this finds one id of each as the server has them now.
"""

from __future__ import annotations

from datetime import datetime

from agentdesk.demo import DemoServer


def paused_by_kind(server: DemoServer, now: datetime) -> dict[str, list[str]]:
    """``late`` (deadline passed at ``now``), ``mine``, ``unassigned``, ``other``: ids in the
    server's list order."""
    me = server.workspace.me["id"]
    kinds: dict[str, list[str]] = {"late": [], "mine": [], "unassigned": [], "other": []}
    for record in server.snapshot("paused"):
        deadline = datetime.fromisoformat(record["pause_deadline"].replace("Z", "+00:00"))
        owner = record["assignee_id"]
        if deadline <= now:
            kind = "late"
        elif owner == me:
            kind = "mine"
        else:
            kind = "unassigned" if owner is None else "other"
        kinds[kind].append(str(record["id"]))
    return kinds


def deadline_of(server: DemoServer, conversation_id: str) -> datetime:
    record = server.conversation(conversation_id)
    assert record is not None, conversation_id
    return datetime.fromisoformat(record["pause_deadline"].replace("Z", "+00:00"))
