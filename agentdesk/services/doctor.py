"""``agentdesk doctor``: check each part a user depends on and say what to do about each."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from agentdesk.errors import AgentDeskError, KeyringUnavailableError
from agentdesk.services.context import AppContext
from agentdesk.services.search_health import index_health
from agentdesk.store.folder_lock import sync_running
from agentdesk.sync.audit import audit, local_audit
from agentdesk.sync.meta_keys import LAST_SYNC_AT


class Health(StrEnum):
    OK = "ok"
    WARNING = "warning"
    PROBLEM = "problem"


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    health: Health
    sentence: str

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "health": self.health.value, "message": self.sentence}


Probe = Callable[[AppContext], Check]


def _data_folder(ctx: AppContext) -> Check:
    try:
        fd, path = tempfile.mkstemp(dir=ctx.paths.home)
        os.close(fd)
        os.unlink(path)
    except OSError as error:
        return Check(
            "data folder", Health.PROBLEM, f"{ctx.paths.home} is not writable: {error.strerror}."
        )
    return Check("data folder", Health.OK, f"{ctx.paths.home} is writable.")


def _store(ctx: AppContext) -> Check:
    counts = ctx.store().counts()
    last = ctx.store().get_meta(LAST_SYNC_AT)
    when = f"last synced {last}" if last else "never synced: run `agentdesk sync`"
    health = Health.OK if last else Health.WARNING
    return Check(
        "store",
        health,
        f"{counts.closed} closed and {counts.paused} paused conversations, "
        f"{counts.messages} messages; {when}.",
    )


def _keyring_and_token(ctx: AppContext) -> Check:
    if ctx.token_override or os.environ.get("AGENTDESK_TOKEN"):
        return Check("sign-in", Health.OK, "The token comes from AGENTDESK_TOKEN.")
    try:
        ctx.token()
    except KeyringUnavailableError as error:
        return Check("sign-in", Health.PROBLEM, error.sentence)
    return Check("sign-in", Health.OK, "The token is in the system keyring.")


def _server(ctx: AppContext) -> Check:
    profile = ctx.client().me()
    return Check("server", Health.OK, f"{ctx.server_url()} answers; signed in as {profile.name}.")


_FULL = "run `agentdesk sync --full` to fetch them (it deletes nothing the server still has)"


def _sync(ctx: AppContext) -> Check:
    """The silent-loss states: a watermark in the future, and conversations the server lists
    that the last sync must have seen but the store lacks (see ``agentdesk.sync.audit``)."""
    store = ctx.store()
    if sync_running(store.path):
        return Check(
            "sync", Health.WARNING, "A sync is running; run `agentdesk doctor` when it is done."
        )
    now = datetime.now(UTC)
    watermark, future, waiting = local_audit(store, now)
    if future:
        return Check(
            "sync",
            Health.PROBLEM,
            f"The sync's watermark is in the future ({watermark:%Y-%m-%d %H:%M} UTC), so later "
            f"changes are never fetched; {_FULL}.",
        )
    if watermark is None:
        return Check("sync", Health.WARNING, "Nothing synced yet: run `agentdesk sync`.")
    found = audit(ctx.client(), store, now)
    if found.missing:
        shown = ", ".join(found.missing[:3]) + (", …" if len(found.missing) > 3 else "")
        return Check(
            "sync",
            Health.PROBLEM,
            f"{len(found.missing)} conversations the server lists are missing here ({shown}); "
            f"{_FULL}.",
        )
    if waiting:
        return Check(
            "sync",
            Health.WARNING,
            f"{len(waiting)} records the server sent broken are asked for again at the next sync.",
        )
    return Check(
        "sync",
        Health.OK,
        f"Nothing the last sync should have fetched is missing ({found.listed} closed "
        "conversations on the server).",
    )


def _search_index(ctx: AppContext) -> Check:
    level, sentence = index_health(ctx)
    return Check("search index", Health(level), sentence)


PROBES: tuple[tuple[str, Probe], ...] = (
    ("data folder", _data_folder),
    ("store", _store),
    ("search index", _search_index),
    ("sign-in", _keyring_and_token),
    ("server", _server),
    ("sync", _sync),
)


def run_checks(ctx: AppContext, extra: tuple[tuple[str, Probe], ...] = ()) -> Iterator[Check]:
    """Every probe runs even when an earlier one fails: a doctor that stops at the first
    problem hides the second."""
    for name, probe in PROBES + extra:
        try:
            yield probe(ctx)
        except AgentDeskError as error:
            yield Check(name, Health.PROBLEM, error.sentence)
