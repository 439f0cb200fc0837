"""``--dataset FILE``: a workspace given as JSON is served as given, with the same list order,
cursors and reopen rule as a generated one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agentdesk.demo import generate_workspace, load_dataset, workspace_from_dataset
from agentdesk.errors import UsageError
from tests.conftest import DEMO_NOW, MakeDemoServer
from tests.demo.wire import call, fetch_all, get


@pytest.fixture
def dataset_file(tmp_path: Path) -> Path:
    path = tmp_path / "dataset.json"
    path.write_text(generate_workspace(8, 120, DEMO_NOW).to_dataset_json(indent=1), "utf-8")
    return path


def test_round_trip(dataset_file: Path) -> None:
    generated = generate_workspace(8, 120, DEMO_NOW)
    loaded = load_dataset(dataset_file)
    assert list(loaded.conversations()) == list(generated.conversations())
    assert loaded.me == generated.me
    assert loaded.settings == generated.settings
    assert loaded.now == DEMO_NOW
    for status in ("closed", "paused"):
        mine, theirs = loaded.ordered(status), generated.ordered(status)
        assert [mine.key_at(i) for i in range(len(mine))] == [
            theirs.key_at(i) for i in range(len(theirs))
        ]


def test_served_as_given_in_list_order(make_demo_server: MakeDemoServer, tmp_path: Path) -> None:
    data = generate_workspace(8, 60, DEMO_NOW).to_dataset()
    del data["now"]
    shuffled = list(reversed(data["conversations"]))
    shuffled[0]["nps"] = 99  # invalid, still served
    shuffled.append({**shuffled[1], "id": "c-open-1", "status": "open"})
    data["conversations"] = shuffled
    data["credentials"] = {"login": "ines@example.com", "password": "cafetière"}
    server = make_demo_server(workspace_from_dataset(data), clock=lambda: DEMO_NOW)
    records = fetch_all(server.url, "closed", limit=9) + fetch_all(server.url, "paused", limit=9)
    assert sorted(records, key=lambda r: r["id"]) == sorted(shuffled[:-1], key=lambda r: r["id"])
    assert get(server.url, "/api/v1/conversations/c-open-1").json()["status"] == "open"
    assert get(server.url, f"/api/v1/conversations/{shuffled[0]['id']}").json()["nps"] == 99
    good = {"login": "ines@example.com", "password": "cafetière"}
    assert call(server.url, "POST", "/api/v1/auth/token", token=None, body=good).status == 200
    paused = [r for r in records if r["status"] == "paused" and r["assignee_id"] == "u-7"]
    now_closed = server.touch(paused[0]["id"], status="closed")
    assert now_closed["closed_at"] == now_closed["updated_at"]
    assert fetch_all(server.url, "closed", limit=9)[-1] == now_closed


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("[]", "not a JSON object"),
        ("{oops", "not valid UTF-8 JSON"),
        ('{"settings": {}, "conversations": []}', "no 'me' object"),
        ('{"me": {"id": "u-1"}, "conversations": []}', "no 'settings' object"),
        ('{"me": {"id": "u-1"}, "settings": {}, "conversations": [{}]}', "with an id"),
        ('{"me": {}, "settings": {}, "conversations": []}', "no agent id"),
        (
            '{"me": {"id": "u"}, "settings": {}, "conversations": [{"id": "a"}, {"id": "a"}]}',
            "same id",
        ),
        ('{"me": {"id": "u"}, "settings": {}, "conversations": [], "now": "soon"}', "'now'"),
    ],
)
def test_bad_datasets_say_why(tmp_path: Path, content: str, words: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, "utf-8")
    with pytest.raises(UsageError, match=words) as caught:
        load_dataset(path)
    assert str(path) in caught.value.sentence


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="Cannot read the dataset"):
        load_dataset(tmp_path / "absent.json")


def test_dataset_json_is_readable_utf8(dataset_file: Path) -> None:
    text = dataset_file.read_text("utf-8")
    assert "\\u00" not in text
    assert set(json.loads(text)) == {"me", "settings", "conversations", "now"}
