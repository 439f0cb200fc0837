"""``agentdesk export``: what the user sees — the file, one line of summary or one JSON document,
exit codes and one-sentence refusals. Run in-process for speed, plus one real subprocess."""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from agentdesk.cli import progress
from agentdesk.cli.main import main
from agentdesk.demo import DemoServer
from agentdesk.platform.client import PlatformClient
from agentdesk.services.export import ExportKind
from agentdesk.services.paths import AppPaths
from agentdesk.store import Store
from agentdesk.sync import SyncEngine


@pytest.fixture(autouse=True)
def _close_log_files() -> Iterator[None]:
    """``main`` points the root logger at the test's data folder; let go of it afterwards."""
    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_agentdesk", False):
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def synced(demo_server: DemoServer) -> DemoServer:
    """The demo data synced into the test's ``AGENTDESK_HOME``, as ``agentdesk sync`` would."""
    database = AppPaths.from_environment().ensure().database
    with (
        PlatformClient(demo_server.url, demo_server.token) as client,
        Store.open(database) as store,
    ):
        SyncEngine(client, store).run()
    return demo_server


def _closed_on(server: DemoServer, first: str, last: str) -> list[str]:
    tz = ZoneInfo(server.workspace.me["timezone"])
    low, high = date.fromisoformat(first), date.fromisoformat(last)
    return [
        r["id"]
        for r in server.snapshot("closed")
        if low
        <= datetime.fromisoformat(r["closed_at"].replace("Z", "+00:00")).astimezone(tz).date()
        <= high
    ]


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def test_export_writes_the_file_and_says_so_in_one_line(
    synced: DemoServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "nov.csv"
    code = main(
        ["export", "conversations", "--from", "2026-11-10", "--to", "2026-11-12", "--out", str(out)]
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    expected = _closed_on(synced, "2026-11-10", "2026-11-12")
    assert _lines(captured.out) == [f"Exported {len(expected):,} conversations to {out}."]
    assert captured.err == ""
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert sorted(row[0] for row in rows[1:]) == sorted(expected)


def test_export_json_names_path_rows_and_kind(
    synced: DemoServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "messages.csv"
    code = main(["export", "messages", "--from", "2026-11-17", "--out", str(out), "--json"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    document = json.loads(captured.out)
    ids = set(_closed_on(synced, "2026-11-17", "2099-12-31"))
    messages = sum(len(r["messages"]) for r in synced.snapshot("closed") if r["id"] in ids)
    assert document["kind"] == "messages"
    assert document["rows"] == messages > 0
    assert Path(document["path"]) == out
    assert document["timezone"] == synced.workspace.me["timezone"]


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        (["--from", "2026-11-31"], "--from '2026-11-31' is not a day; write it like 2026-11-18."),
        (
            ["--from", "2026-11-12", "--to", "2026-11-10"],
            "--from 2026-11-12 is after --to 2026-11-10.",
        ),
    ],
)
def test_bad_days_exit_2_with_one_sentence(
    synced: DemoServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    words: str,
) -> None:
    out = tmp_path / "x.csv"
    assert main(["export", "conversations", *arguments, "--out", str(out)]) == 2
    assert _lines(capsys.readouterr().err) == [words]
    assert not out.exists()


def test_out_is_required(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:  # argparse's own usage error
        main(["export", "conversations"])
    assert exited.value.code == 2
    assert "--out" in capsys.readouterr().err


def test_an_existing_file_needs_force(
    synced: DemoServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "again.csv"
    out.write_text("keep me", encoding="utf-8")
    assert main(["export", "conversations", "--out", str(out)]) == 1
    captured = capsys.readouterr()
    assert len(_lines(captured.err)) == 1
    assert "--force" in captured.err
    assert captured.out == ""
    assert out.read_text(encoding="utf-8") == "keep me"
    assert main(["export", "conversations", "--out", str(out), "--force"]) == 0
    assert out.read_text(encoding="utf-8").startswith("id,started_at,closed_at,")


def test_an_unwritable_place_is_one_sentence_and_leaves_nothing(
    synced: DemoServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "report.txt"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    out = blocker / "export.csv"
    assert main(["export", "messages", "--out", str(out)]) == 1
    captured = capsys.readouterr()
    assert _lines(captured.err) == [
        f"{blocker} is not a folder; choose another place for export.csv."
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agentdesk-home", "report.txt"]


def test_before_any_sync_the_user_is_told_to_sync(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "conversations", "--out", str(tmp_path / "x.csv")]) == 2
    assert "agentdesk sync" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()


def test_the_bar_shows_only_on_a_terminal_and_only_for_long_exports(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with progress.ExportProgressView(ExportKind.MESSAGES, stream_is_tty=False) as quiet:
        for done in range(0, 1001, 100):
            quiet(done, 1000)
    assert not quiet.shown
    with progress.ExportProgressView(ExportKind.MESSAGES, stream_is_tty=True) as short:
        short(0, 10)
        short(10, 10)
    assert not short.shown, "a short export does not flash a bar"
    monkeypatch.setattr(progress, "SHOW_AFTER_S", 0.0)
    with progress.ExportProgressView(ExportKind.MESSAGES, stream_is_tty=True) as long:
        long(0, 1000)
        long(500, 1000)
        assert long.shown
        long(1000, 1000)
    assert capsys.readouterr().out == ""


def test_help_says_what_is_exported(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    for words in ("in which it was closed", "--force", "incoming_messages", "time zone"):
        assert words in help_text


@pytest.mark.slow
def test_the_real_command_exports(demo_server: DemoServer, cli_for, tmp_path: Path) -> None:
    cli = cli_for(demo_server)
    with (
        PlatformClient(demo_server.url, demo_server.token) as client,
        Store.open(AppPaths(cli.home).ensure().database) as store,
    ):
        SyncEngine(client, store).run()
    out = tmp_path / "all.csv"
    result = cli.run("export", "conversations", "--out", str(out), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["rows"] == len(demo_server.snapshot("closed"))
    assert result.stderr == ""


# --- the same selection as ``agentdesk search``


def _search_ids(capsys: pytest.CaptureFixture[str], arguments: list[str]) -> list[str]:
    assert main(["search", *arguments, "--limit", "10000", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    ids = [hit["id"] for hit in document["results"]]
    assert len(ids) == document["total"]  # every match, not a page of them
    return ids


def _column(path: Path, name: str) -> list[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [row[name] for row in csv.DictReader(handle)]


@pytest.mark.parametrize(
    "arguments",
    [
        ["commande"],
        ["commande", "--channel", "chat,email", "--csat", "4,5"],
        ["--month", "2026-11", "--nps-min", "9"],
        ["--csat", "1,2", "--channel", "email", "--from", "2026-11-01", "--to", "2026-11-20"],
        ["merci", "--nps-max", "6", "--month", "2026-11"],
    ],
)
def test_export_writes_exactly_what_search_finds(
    synced: DemoServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
) -> None:
    found = _search_ids(capsys, arguments)
    assert 0 < len(found) < len(synced.snapshot("closed"))  # the filters narrowed something
    conversations, messages = tmp_path / "c.csv", tmp_path / "m.csv"
    assert main(["export", "conversations", *arguments, "--out", str(conversations)]) == 0
    assert main(["export", "messages", *arguments, "--out", str(messages)]) == 0
    exported = _column(conversations, "id")
    assert sorted(exported) == sorted(found)
    assert exported == list(reversed(found))  # oldest first: the search's order reversed
    with_messages = {r["id"] for r in synced.snapshot("closed") if r.get("messages")}
    assert set(found) & with_messages  # the messages file is not trivially empty
    assert set(_column(messages, "conversation_id")) == set(found) & with_messages


def test_export_json_counts_the_conversations_and_refuses_bad_filters(
    synced: DemoServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rated = _search_ids(capsys, ["--csat", "5"])
    out = tmp_path / "m.csv"
    assert main(["export", "messages", "--csat", "5", "--out", str(out), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["conversations"] == len(rated) > 0
    assert document["rows"] == len(_column(out, "conversation_id"))
    assert document["index_complete"] is True
    assert main(["export", "conversations", "--csat", "7", "--out", str(out), "--force"]) == 2
    assert "not a CSAT value" in capsys.readouterr().err
