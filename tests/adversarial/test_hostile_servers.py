"""Hostile servers on loopback (issue 9): each would once hang a sync, fill the memory, or keep
it going for ever. Each test bounds its own time (``timeout``) so a regression fails instead of
hanging the suite."""

from __future__ import annotations

import itertools
import signal
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from agentdesk.domain.models import ConversationStatus
from agentdesk.errors import ServerError
from agentdesk.platform.client import PlatformClient
from agentdesk.platform.http import AnswerLimits, RetryPolicy
from agentdesk.store import Store
from agentdesk.sync import SyncEngine
from agentdesk.sync.pages import MAX_IDLE_PAGES
from tests.adversarial.hostile_server import Exchange, HostileServer, gzip_bomb
from tests.adversarial.records import valid_records

FAST = RetryPolicy(
    total=1, connect=1, read=1, backoff_factor=0.0, backoff_jitter=0.0, answer_retries=1
)
LIMITS = AnswerLimits(deadline_s=1.5, max_bytes=1024 * 1024)
MiB = 1024 * 1024


def client_of(server: HostileServer, limits: AnswerLimits = LIMITS) -> PlatformClient:
    return PlatformClient(server.url, "token", timeout=(2.0, 1.0), retry=FAST, limits=limits)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "hostile.sqlite") as opened:
        yield opened


def _forever(piece: bytes) -> Iterator[bytes]:
    return itertools.repeat(piece)


def _empty_paused_else(route: Any) -> Any:
    def answer(ex: Exchange) -> None:
        if ex.query.get("status") == "paused":
            ex.json({"data": [], "next_cursor": None})
        else:
            route(ex)

    return answer


# --- a server that drips: a deadline for the whole answer


def _drip_body(ex: Exchange) -> None:
    ex.head(200, {"Content-Type": "application/json", "Content-Length": "100000"})
    ex.drip(_forever(b" "), every=0.2)


def _drip_headers(ex: Exchange) -> None:
    ex.write(b"HTTP/1.1 200 OK\r\n")
    ex.drip((f"X-Slow-{n}: y\r\n".encode() for n in itertools.count()), every=0.2)


@pytest.mark.timeout(30)
@pytest.mark.parametrize("route", [_drip_body, _drip_headers], ids=["body", "headers"])
def test_a_server_that_drips_is_cut_at_the_answers_deadline(route: Any) -> None:
    with HostileServer({"/api/v1/me": route}) as server, client_of(server) as client:
        started = time.monotonic()
        with pytest.raises(ServerError, match="took more than 2 s"):
            client.me()
        assert time.monotonic() - started < 10


@pytest.mark.slow
@pytest.mark.timeout(60)
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl+C"])
def test_a_sync_stuck_on_a_dripping_server_stops_at_a_signal(signum: int, tmp_path: Path) -> None:
    """The closed pages are fetched on a helper thread: that thread must not keep a stopped
    command alive (the default deadline is two minutes: the signal must not wait for it)."""
    closed_asked: list[bool] = []

    def closed(ex: Exchange) -> None:
        closed_asked.append(True)
        _drip_body(ex)

    with HostileServer({"/api/v1/conversations": _empty_paused_else(closed)}) as server:
        env = {
            "PATH": "/usr/bin:/bin",
            "AGENTDESK_HOME": str(tmp_path / "home"),
            "AGENTDESK_SERVER": server.url,
            "AGENTDESK_TOKEN": "token",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        }
        process = subprocess.Popen(
            [sys.executable, "-m", "agentdesk.cli", "sync"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            deadline = time.monotonic() + 30
            while not closed_asked and time.monotonic() < deadline:
                time.sleep(0.05)
            assert closed_asked, "the sync never asked for the closed list"
            time.sleep(0.3)  # inside the dripping answer
            process.send_signal(signum)
            _, stderr = process.communicate(timeout=10)
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate()
        assert process.returncode == 130, stderr
        assert "Interrupted." in stderr


# --- answers too large


_BOMB: list[bytes] = []


def _bomb(ex: Exchange) -> None:
    body = _BOMB[0]
    ex.head(
        200,
        {
            "Content-Type": "application/json",
            "Content-Encoding": "gzip",
            "Content-Length": str(len(body)),
        },
    )
    ex.write(body)


def _endless_body(ex: Exchange) -> None:
    ex.head(200, {"Content-Type": "application/json", "Connection": "close"})
    for _ in range(64):
        if ex.stopping.is_set():
            return
        try:
            ex.write(b" " * (64 * 1024 * 4))
        except OSError:
            return
    ex.handler.close_connection = True


def _declared_huge(ex: Exchange) -> None:
    ex.head(200, {"Content-Type": "application/json", "Content-Length": str(10 * 1024 * MiB)})


@pytest.mark.timeout(30)
@pytest.mark.parametrize(
    "route", [_bomb, _endless_body, _declared_huge], ids=["gzip bomb", "16 MB", "10 GB declared"]
)
def test_an_answer_larger_than_the_bound_is_refused_in_a_sentence(route: Any) -> None:
    if not _BOMB:
        _BOMB.append(gzip_bomb(64 * MiB))  # 64 MB of zeros in 64 KB
    with HostileServer({"/api/v1/me": route}) as server, client_of(server) as client:
        tracemalloc.start()
        try:
            with pytest.raises(ServerError, match="larger than 1 MB"):
                client.me()
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert peak < 16 * MiB, f"{peak / MiB:.0f} MiB held while refusing"


# --- a list that never ends


@pytest.mark.timeout(60)
@pytest.mark.parametrize("records", [0, 2], ids=["empty pages", "the same records"])
def test_a_new_cursor_on_every_page_that_brings_nothing_stops_the_sync(
    records: int, store: Store
) -> None:
    same = valid_records(records)
    counter = itertools.count()

    def closed(ex: Exchange) -> None:
        ex.json({"data": same, "next_cursor": f"cursor-{next(counter)}"})

    with HostileServer({"/api/v1/conversations": _empty_paused_else(closed)}) as server:
        with client_of(server) as client, pytest.raises(ServerError, match="nothing new"):
            SyncEngine(client, store).run()
        asked = server.hits["/api/v1/conversations"]
    assert asked <= MAX_IDLE_PAGES + 3
    assert store.all_conversation_ids(ConversationStatus.CLOSED) == {r["id"] for r in same}


# --- records stamped in the future


@pytest.mark.timeout(30)
def test_records_stamped_in_the_future_are_kept_and_hold_the_watermark_back(
    store: Store,
) -> None:
    served = valid_records(5)
    served[-1]["updated_at"] = "2099-06-01T00:00:00Z"
    served[-2]["updated_at"] = "9998-12-31T23:59:59Z"
    served.sort(key=lambda r: (r["updated_at"], r["id"]))

    def closed(ex: Exchange) -> None:
        ex.json({"data": served, "next_cursor": None})

    with (
        HostileServer({"/api/v1/conversations": _empty_paused_else(closed)}) as server,
        client_of(server) as client,
    ):
        SyncEngine(client, store).run()
    assert store.all_conversation_ids(ConversationStatus.CLOSED) == {r["id"] for r in served}
    since = store.sync_state(ConversationStatus.CLOSED).since
    assert since is not None
    assert since <= datetime.now(UTC) + timedelta(seconds=1)


# --- answers of the wrong shape


@pytest.mark.timeout(30)
@pytest.mark.parametrize(
    "body",
    [
        [],
        "data",
        5,
        None,
        {"data": {}},
        {"data": "x"},
        {"data": [], "next_cursor": 5},
        {"data": [], "next_cursor": ""},
        {"data": [], "next_cursor": []},
    ],
)
def test_a_conversation_list_of_the_wrong_shape_is_a_sentence(body: Any, store: Store) -> None:
    def closed(ex: Exchange) -> None:
        ex.json(body)

    with (
        HostileServer({"/api/v1/conversations": _empty_paused_else(closed)}) as server,
        client_of(server) as client,
        pytest.raises(ServerError),
    ):
        SyncEngine(client, store).run()


# --- a listing that leaves conversations out


@pytest.mark.timeout(30)
def test_a_full_sync_deletes_only_what_the_server_says_is_gone(store: Store) -> None:
    """The list forgets three conversations; asked one by one, the server still has two of
    them (one changed meanwhile) and answers 404 for the third: only that one goes."""
    served = valid_records(8)
    listing = {"short": False}
    kept, changed, gone = served[1], served[2], served[3]
    changed_now = {**changed, "csat": 1, "updated_at": "2026-11-18T13:00:00Z"}

    def conversations(ex: Exchange) -> None:
        if ex.query.get("status") == "paused":
            ex.json({"data": [], "next_cursor": None})
            return
        shown = (
            [r for r in served if r not in (kept, changed, gone)] if listing["short"] else served
        )
        ex.json({"data": shown, "next_cursor": None})

    def one(ex: Exchange) -> None:
        wanted = ex.path.rsplit("/", 1)[-1]
        found = {kept["id"]: kept, changed["id"]: changed_now}.get(wanted)
        if found is None:
            ex.json({"error": "not_found", "message": "gone"}, status=404)
        else:
            ex.json(found)

    routes = {"/api/v1/conversations": conversations}
    routes |= {f"/api/v1/conversations/{r['id']}": one for r in served}
    with HostileServer(routes) as server, client_of(server) as client:
        SyncEngine(client, store).run()
        listing["short"] = True
        report = SyncEngine(client, store).run(full=True)
    assert report.removed == 1
    expected = {r["id"] for r in served} - {gone["id"]}
    assert store.all_conversation_ids(ConversationStatus.CLOSED) == expected
    assert store.conversation(changed["id"]).csat == 1  # type: ignore[union-attr]
