"""``agentdesk show`` run as a user would, against a store synced from the demo server."""

from __future__ import annotations

from agentdesk.demo import DemoServer
from tests.cli.conftest import Cli, output_json
from tests.search.reference import folded, words
from tests.support.conversations import accented_word


def test_show_emphasises_every_match_and_prints_the_details(
    synced: Cli, demo_server: DemoServer
) -> None:
    records = demo_server.snapshot("closed")
    conversation_id, word = accented_word(records)
    record = next(r for r in records if r["id"] == conversation_id)
    query = folded(word)
    result = synced.run("show", conversation_id, query)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    in_messages = sum(words(m["text"]).count(query) for m in record["messages"])
    in_note = words(record.get("closing_note")).count(query)
    assert f"*{word}*" in out  # marked as written, found without its accent
    emphasised = out.split("*")[1::2]
    assert len(emphasised) == in_messages + in_note
    assert all(folded(piece) == query for piece in emphasised)
    assert f"{len(record['messages'])} messages, {in_messages + in_note} match" in out
    assert record["contact"]["name"] in out
    assert "times in Europe/Paris" in out
    assert "\x1b[" not in out  # no escape codes into a pipe


def test_show_json_is_the_transcript_with_ranges(synced: Cli, demo_server: DemoServer) -> None:
    records = demo_server.snapshot("closed")
    record = next(r for r in records if r["transactions"])
    word = words(record["messages"][0]["text"])[0]
    document = output_json(synced.run("show", record["id"], word, "--json"))
    assert document["id"] == record["id"]
    assert [m["text"] for m in document["messages"]] == [m["text"] for m in record["messages"]]
    first = document["messages"][0]
    start, end = first["matches"][0]
    assert folded(first["text"][start:end]) == word
    assert document["transactions"][0]["amount"] == record["transactions"][0]["amount"]
    assert document["csat"] == record["csat"]


def test_show_without_a_query_marks_nothing(synced: Cli, demo_server: DemoServer) -> None:
    record = demo_server.snapshot("closed")[0]
    result = synced.run("show", record["id"])
    assert result.returncode == 0, result.stderr
    assert "match" not in result.stdout.split("Transcript:")[1].splitlines()[0]


def test_show_an_unknown_conversation_is_one_sentence(synced: Cli) -> None:
    result = synced.run("show", "c-999999")
    assert result.returncode == 1
    assert result.stderr.strip() == "There is no conversation c-999999 in what was synced."


def test_show_a_paused_conversation_gives_its_deadline(
    synced: Cli, demo_server: DemoServer
) -> None:
    record = next(r for r in demo_server.snapshot("paused") if r["pause_deadline"])
    result = synced.run("show", record["id"])
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{record['id']} · paused")
    assert any(line.startswith("Deadline ") and "—" not in line for line in lines)
    assert not any(line.startswith("Closed ") for line in lines)
