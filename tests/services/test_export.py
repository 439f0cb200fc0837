"""The CSV export against the demo platform's data.

Every expected cell is computed here by a plain scan of the records the demo server serves
(``demo_server.snapshot("closed")``), never by the code under test.
"""

from __future__ import annotations

import csv
import errno
import os
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from agentdesk.demo import DemoServer
from agentdesk.domain.models import (
    AgentProfile,
    Contact,
    Conversation,
    ConversationStatus,
    Message,
    SenderType,
    Transaction,
)
from agentdesk.errors import CancelledError, ExportError, UsageError
from agentdesk.platform.client import PlatformClient
from agentdesk.services.export import ExportKind, ExportRequest, run_export
from agentdesk.store import Store
from agentdesk.sync import SyncEngine
from tests.store.conftest import T0, conversation

CONVERSATION_COLUMNS = [
    "id",
    "started_at",
    "closed_at",
    "contact_id",
    "contact_name",
    "contact_type",
    "channel",
    "category",
    "tags",
    "incoming_messages",
    "outgoing_messages",
    "first_response_time_s",
    "handling_time_s",
    "csat",
    "nps",
    "closing_note",
    "transaction_count",
    "transaction_amount",
    "currency",
]
MESSAGE_COLUMNS = [
    "at",
    "conversation_id",
    "message_id",
    "sender_type",
    "sender_id",
    "type",
    "text",
]
FIRST, LAST = date(2026, 11, 10), date(2026, 11, 16)
RISKY = ("=", "+", "-", "@", "\t", "\r")


# --- a plain reading of the demo records


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _zone(server: DemoServer) -> ZoneInfo:
    return ZoneInfo(server.workspace.me["timezone"])


def _closed_between(server: DemoServer, first: date, last: date) -> list[dict[str, Any]]:
    tz = _zone(server)
    chosen = [
        r
        for r in server.snapshot("closed")
        if first <= _utc(r["closed_at"]).astimezone(tz).date() <= last
    ]
    return sorted(chosen, key=lambda r: (_utc(r["closed_at"]), r["id"]))


def _ordered_messages(record: dict[str, Any]) -> list[dict[str, Any]]:
    return sorted(record["messages"], key=lambda m: _utc(m["at"]))  # stable: ties keep order


def _first_response(record: dict[str, Any]) -> float | None:
    asked = None
    for m in _ordered_messages(record):
        if m["sender_type"] == "contact" and asked is None:
            asked = _utc(m["at"])
        elif m["sender_type"] == "agent" and asked is not None:
            return (_utc(m["at"]) - asked).total_seconds()
    return None


def _handling(record: dict[str, Any]) -> float:
    if record["handling_time_s"] is not None:
        return float(record["handling_time_s"])
    return (_utc(record["closed_at"]) - _utc(record["started_at"])).total_seconds()


def _as_text(value: str | None) -> str:
    if not value:
        return ""
    return "'" + value if value.startswith(RISKY) else value


def _read(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), "UTF-8 without a byte-order mark"
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def _assert_local_time(cell: str, instant: datetime, tz: ZoneInfo) -> None:
    written = datetime.fromisoformat(cell)
    assert written == instant
    assert written.utcoffset() == instant.astimezone(tz).utcoffset(), cell


# --- fixtures


@pytest.fixture
def synced(demo_server: DemoServer, tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "store" / "agentdesk.sqlite") as store:
        with PlatformClient(demo_server.url, demo_server.token) as client:
            SyncEngine(client, store).run()
        yield store


def _export(store: Store, path: Path, kind: ExportKind, **options: Any) -> list[list[str]]:
    options = {"first_day": FIRST, "last_day": LAST} | options
    result = run_export(store, ExportRequest(kind, path, **options))
    rows = _read(path)
    assert result.rows == len(rows) - 1
    return rows


# --- columns and values


def test_conversations_have_the_designs_columns_and_the_servers_values(
    synced: Store, demo_server: DemoServer, tmp_path: Path
) -> None:
    tz = _zone(demo_server)
    header, *rows = _export(synced, tmp_path / "conversations.csv", ExportKind.CONVERSATIONS)
    assert header == CONVERSATION_COLUMNS
    expected = _closed_between(demo_server, FIRST, LAST)
    assert len(expected) > 50
    assert [row[0] for row in rows] == [r["id"] for r in expected]
    with_money = 0
    for row, r in zip(rows, expected, strict=True):
        cells = dict(zip(header, row, strict=True))
        _assert_local_time(cells["started_at"], _utc(r["started_at"]), tz)
        _assert_local_time(cells["closed_at"], _utc(r["closed_at"]), tz)
        contact = r["contact"]
        assert cells["contact_id"] == _as_text(contact["id"])
        assert cells["contact_name"] == _as_text(contact["name"])
        assert cells["contact_type"] == _as_text(contact.get("type"))
        assert cells["channel"] == _as_text(r["channel"])
        assert cells["category"] == _as_text(r["category"])
        assert cells["tags"] == _as_text("; ".join(r["tags"]))
        senders = [m["sender_type"] for m in r["messages"]]
        assert int(cells["incoming_messages"]) == senders.count("contact")
        assert int(cells["outgoing_messages"]) == senders.count("agent")
        first = _first_response(r)
        if first is None:
            assert cells["first_response_time_s"] == ""
        else:
            assert float(cells["first_response_time_s"]) == pytest.approx(first)
        assert float(cells["handling_time_s"]) == pytest.approx(_handling(r))
        assert cells["csat"] == ("" if r["csat"] is None else str(r["csat"]))
        assert cells["nps"] == ("" if r["nps"] is None else str(r["nps"]))
        assert cells["closing_note"] == _as_text(r["closing_note"])
        transactions = r["transactions"]
        assert int(cells["transaction_count"]) == len(transactions)
        total = sum((Decimal(str(t["amount"])) for t in transactions), Decimal(0))
        assert Decimal(cells["transaction_amount"]) == total
        assert len(cells["transaction_amount"].partition(".")[2]) in (2, 3)
        currencies = sorted({t["currency"] for t in transactions})
        assert cells["currency"] == "; ".join(currencies)
        with_money += bool(transactions)
    assert with_money > 5, "the sample must exercise money"


def test_messages_are_those_of_the_exported_conversations_in_time_order(
    synced: Store, demo_server: DemoServer, tmp_path: Path
) -> None:
    tz = _zone(demo_server)
    header, *rows = _export(synced, tmp_path / "messages.csv", ExportKind.MESSAGES)
    assert header == MESSAGE_COLUMNS
    expected = [
        (r["id"], m)
        for r in _closed_between(demo_server, FIRST, LAST)
        for m in _ordered_messages(r)
    ]
    assert len(rows) == len(expected)
    for row, (conversation_id, m) in zip(rows, expected, strict=True):
        _assert_local_time(row[0], _utc(m["at"]), tz)
        assert row[1:] == [
            _as_text(conversation_id),
            _as_text(m["id"]),
            _as_text(m["sender_type"]),
            _as_text(m["sender_id"]),
            _as_text(m["type"]),
            _as_text(m["text"]),
        ]


def test_accents_round_trip_in_utf_8(
    synced: Store, demo_server: DemoServer, tmp_path: Path
) -> None:
    _header, *rows = _export(synced, tmp_path / "m.csv", ExportKind.MESSAGES)
    written = {row[6] for row in rows}
    accented = {
        m["text"]
        for r in _closed_between(demo_server, FIRST, LAST)
        for m in r["messages"]
        if any(ord(ch) > 127 for ch in m["text"])
    }
    assert accented, "the demo data speaks French and Spanish"
    assert accented <= written


def test_without_days_everything_closed_is_exported(
    synced: Store, demo_server: DemoServer, tmp_path: Path
) -> None:
    _header, *rows = _export(
        synced, tmp_path / "all.csv", ExportKind.CONVERSATIONS, first_day=None, last_day=None
    )
    assert {row[0] for row in rows} == {r["id"] for r in demo_server.snapshot("closed")}
    paused = {r["id"] for r in demo_server.snapshot("paused")}
    assert paused
    assert not paused & {row[0] for row in rows}


# --- formulas


def _risky_conversation(closed_at: datetime) -> Conversation:
    started = closed_at - timedelta(minutes=20)

    def said(i: int, text: str, sender: SenderType = SenderType.CONTACT) -> Message:
        return Message(f"m-risky-{i}", started + timedelta(minutes=i), sender, "@k-1", "text", text)

    texts = ["=SUM(A1)", "+33 6 12 34 56 78", "-x", "@cmd", "\t=1", "\r=1", "＝1+1", "a=b", "12"]
    return Conversation(
        id="c-risky",
        status=ConversationStatus.CLOSED,
        channel="chat",
        assignee_id="u-7",
        contact=Contact(id="@k-1", name="+33 6 12 34 56 78", type="-vip"),
        started_at=started,
        updated_at=closed_at + timedelta(seconds=1),
        category='=HYPERLINK("http://x")',
        tags=("-x", "vip"),
        closed_at=closed_at,
        handling_time_s=600,
        csat=2,
        nps=0,
        closing_note="@SUM(1+1)",
        transactions=(Transaction("t-r", Decimal("-12.5"), "EUR", closed_at),),
        messages=tuple(
            said(i, text, SenderType.AGENT if i == 1 else SenderType.CONTACT)
            for i, text in enumerate(texts)
        ),
    )


def test_cells_a_spreadsheet_would_run_are_neutralised_but_numbers_are_not(
    synced: Store, tmp_path: Path
) -> None:
    synced.apply_conversation(_risky_conversation(datetime(2026, 11, 12, 10, 0, tzinfo=UTC)))
    header, *rows = _export(synced, tmp_path / "c.csv", ExportKind.CONVERSATIONS)
    cells = dict(zip(header, next(r for r in rows if r[0] == "c-risky"), strict=True))
    assert cells["contact_id"] == "'@k-1"
    assert cells["contact_name"] == "'+33 6 12 34 56 78"
    assert cells["contact_type"] == "'-vip"
    assert cells["category"] == '\'=HYPERLINK("http://x")'
    assert cells["tags"] == "'-x; vip"
    assert cells["closing_note"] == "'@SUM(1+1)"
    assert cells["transaction_amount"] == "-12.50", "a negative number stays a number"
    assert (cells["csat"], cells["nps"], cells["handling_time_s"]) == ("2", "0", "600")

    _header, *messages = _export(synced, tmp_path / "m.csv", ExportKind.MESSAGES)
    texts = [row[6] for row in messages if row[1] == "c-risky"]
    assert texts == [
        "'=SUM(A1)",
        "'+33 6 12 34 56 78",
        "'-x",
        "'@cmd",
        "'\t=1",
        "'\r=1",
        "'＝1+1",
        "a=b",
        "12",
    ]
    assert {row[4] for row in messages if row[1] == "c-risky"} == {"'@k-1"}


# --- the agent's days


def _bare_store(tmp_path: Path, timezone: str = "Europe/Paris") -> Store:
    store = Store.open(tmp_path / "bare" / "agentdesk.sqlite")
    store.save_profile(AgentProfile("u-7", "Camille", "c@example.com", timezone, "fr-FR"))
    return store


@pytest.fixture
def small(tmp_path: Path) -> Iterator[Store]:
    """A store with a profile and a dozen closed conversations: enough for the file's rules."""
    with _bare_store(tmp_path) as store:
        for i in range(12):
            store.apply_conversation(
                conversation(f"c-{i:02d}", started_at=T0 + timedelta(hours=i), csat=i % 5 + 1)
            )
        yield store


def test_days_are_cut_on_the_agents_clock_across_a_dst_change(tmp_path: Path) -> None:
    base = _risky_conversation(datetime(2026, 10, 1, tzinfo=UTC))
    closings = {  # Paris: CEST (+2) until 25 Oct 01:00 UTC, then CET (+1); 25 Oct has 25 h
        "c-24-last": datetime(2026, 10, 24, 21, 59, 59, tzinfo=UTC),  # 24 Oct 23:59:59 CEST
        "c-25-first": datetime(2026, 10, 24, 22, 0, tzinfo=UTC),  # 25 Oct 00:00 CEST
        "c-25-last": datetime(2026, 10, 25, 22, 59, 59, tzinfo=UTC),  # 25 Oct 23:59:59 CET
        "c-26-first": datetime(2026, 10, 25, 23, 0, tzinfo=UTC),  # 26 Oct 00:00 CET
    }
    with _bare_store(tmp_path) as store:
        for cid, closed_at in closings.items():
            store.apply_conversation(replace(base, id=cid, closed_at=closed_at))
        day = date(2026, 10, 25)
        path = tmp_path / "dst.csv"
        _header, *rows = _export(store, path, ExportKind.CONVERSATIONS, first_day=day, last_day=day)
        assert [row[0] for row in rows] == ["c-25-first", "c-25-last"]
        assert [row[2] for row in rows] == [
            "2026-10-25T00:00:00+02:00",
            "2026-10-25T23:59:59+01:00",
        ]


def test_nothing_synced_yet_is_a_sentence(tmp_path: Path) -> None:
    with Store.open(tmp_path / "empty.sqlite") as store:
        request = ExportRequest(ExportKind.CONVERSATIONS, tmp_path / "x.csv")
        with pytest.raises(UsageError, match="agentdesk sync"):
            run_export(store, request)
    assert not (tmp_path / "x.csv").exists()


def test_from_after_to_is_refused() -> None:
    with pytest.raises(UsageError, match="is after"):
        ExportRequest(ExportKind.MESSAGES, Path("x.csv"), date(2026, 11, 2), date(2026, 11, 1))


# --- the file


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_an_existing_file_is_replaced_only_with_force(small: Store, tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    path.write_text("mine", encoding="utf-8")
    with pytest.raises(ExportError, match="--force") as refused:
        run_export(small, ExportRequest(ExportKind.CONVERSATIONS, path))
    assert str(path) in refused.value.sentence
    assert path.read_text(encoding="utf-8") == "mine"
    result = run_export(small, ExportRequest(ExportKind.CONVERSATIONS, path, force=True))
    assert _read(path)[0] == CONVERSATION_COLUMNS
    assert result.rows == len(_read(path)) - 1
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("where", "words"),
    [
        ("under-a-file", "is not a folder"),
        ("missing-folder", "does not exist"),
        ("a-folder", "is a folder"),
    ],
)
def test_an_unwritable_path_is_a_sentence(
    small: Store, tmp_path: Path, where: str, words: str
) -> None:
    (tmp_path / "plain.txt").write_text("x", encoding="utf-8")
    (tmp_path / "folder.csv").mkdir()
    path = {
        "under-a-file": tmp_path / "plain.txt" / "out.csv",
        "missing-folder": tmp_path / "nowhere" / "out.csv",
        "a-folder": tmp_path / "folder.csv",
    }[where]
    with pytest.raises(ExportError, match=words):
        run_export(small, ExportRequest(ExportKind.MESSAGES, path, force=True))
    assert _leftovers(tmp_path) == []
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.parametrize(
    ("code", "words"),
    [(errno.ENOSPC, "full"), (errno.EACCES, "may not write"), (errno.EROFS, "read-only")],
)
def test_a_failing_disk_leaves_the_old_file_and_no_half_written_one(
    small: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    path = tmp_path / "out.csv"
    path.write_text("previous export", encoding="utf-8")

    def refuse(fd: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr("agentdesk.services.export_file.os.fsync", refuse)
    with pytest.raises(ExportError, match=words) as failed:
        run_export(small, ExportRequest(ExportKind.MESSAGES, path, force=True))
    assert "\n" not in failed.value.sentence
    assert path.read_text(encoding="utf-8") == "previous export"
    assert _leftovers(tmp_path) == []


def test_a_failing_rename_leaves_no_file(
    small: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(src: object, dst: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("agentdesk.services.export_file.os.replace", refuse)
    path = tmp_path / "out.csv"
    with pytest.raises(ExportError, match="full"):
        run_export(small, ExportRequest(ExportKind.CONVERSATIONS, path))
    assert list(tmp_path.glob("*out.csv*")) == []


# --- progress, cancel, threads


def test_progress_runs_to_the_total_and_cancel_leaves_nothing(small: Store, tmp_path: Path) -> None:
    ticks: list[tuple[int, int]] = []
    path = tmp_path / "m.csv"
    result = run_export(
        small,
        ExportRequest(ExportKind.MESSAGES, path),
        on_progress=lambda done, total: ticks.append((done, total)),
    )
    assert ticks[0] == (0, result.rows)
    assert ticks[-1] == (result.rows, result.rows)
    assert [d for d, _ in ticks] == sorted(d for d, _ in ticks)

    cancel = threading.Event()
    again = tmp_path / "cancelled.csv"
    with pytest.raises(CancelledError):
        run_export(
            small,
            ExportRequest(ExportKind.MESSAGES, again),
            on_progress=lambda done, total: cancel.set(),
            cancel=cancel,
        )
    assert not again.exists()
    assert _leftovers(tmp_path) == []


def test_the_export_runs_from_a_worker_thread(small: Store, tmp_path: Path) -> None:
    outcome: list[object] = []
    path = tmp_path / "worker.csv"

    def work() -> None:
        try:
            outcome.append(run_export(small, ExportRequest(ExportKind.CONVERSATIONS, path)))
        except Exception as error:  # noqa: BLE001 - handed back to the test thread
            outcome.append(error)

    worker = threading.Thread(target=work, name="export-worker")
    worker.start()
    worker.join(timeout=30)
    assert not worker.is_alive()
    (result,) = outcome
    assert not isinstance(result, Exception), result
    assert len(_read(path)) - 1 == small.counts().closed


def test_days_without_conversations_give_the_header_alone(small: Store, tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    day = date(2026, 1, 1)
    result = run_export(small, ExportRequest(ExportKind.MESSAGES, path, day, day))
    assert result.rows == 0
    assert _read(path) == [MESSAGE_COLUMNS]
