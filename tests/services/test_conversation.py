"""The conversation service against a store synced from the demo server. What is expected comes
from the server's own records and an independent word scan (``tests.search.reference``)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentdesk.demo import DemoServer, generate_workspace
from agentdesk.errors import NotFoundError
from agentdesk.platform.client import PlatformClient
from agentdesk.search.highlight import MatchRule, analyzed_ranges, match_ranges
from agentdesk.search.query_parser import parse_query
from agentdesk.services.conversation import conversation_details
from agentdesk.store import Store
from agentdesk.sync import SyncEngine
from tests.conftest import DEMO_NOW, DEMO_SEED, DEMO_TOKEN
from tests.search.reference import Record, folded, moment, words
from tests.support.conversations import accented_word


@dataclasses.dataclass
class Synced:
    store: Store
    records: dict[str, Record]


@pytest.fixture(scope="module")
def synced(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Synced]:
    workspace = generate_workspace(DEMO_SEED, 300, DEMO_NOW)
    store = Store.open(Path(tmp_path_factory.mktemp("conversation")) / "agentdesk.sqlite")
    with DemoServer(workspace, token=DEMO_TOKEN, clock=lambda: DEMO_NOW) as server:
        with PlatformClient(server.url, server.token) as client:
            SyncEngine(client, store).run()
        records = {r["id"]: r for r in server.snapshot("closed")}
    yield Synced(store, records)
    store.close()


def test_every_occurrence_of_an_accent_folded_word_is_marked(synced: Synced) -> None:
    conversation_id, word = accented_word(list(synced.records.values()))
    query = folded(word)  # typed without its accents
    details = conversation_details(synced.store, conversation_id, query)
    record = synced.records[conversation_id]
    assert query != word
    for message, sent in zip(details.messages, record["messages"], strict=True):
        assert message.text == sent["text"]
        expected = words(sent["text"]).count(query)
        assert len(message.matches) == expected, message.text
        for found in message.matches:
            assert folded(message.text[found.start : found.end]) == query
    in_note = words(record.get("closing_note")).count(query)
    in_messages = sum(words(m["text"]).count(query) for m in record["messages"])
    assert len(details.matches) == in_messages + in_note > 0
    assert any(word in m.text for m in details.messages)


def test_matches_run_through_the_messages_in_order_then_the_closing_note(synced: Synced) -> None:
    record = next(r for r in synced.records.values() if r.get("closing_note"))
    note_word = words(record["closing_note"])[0]
    details = conversation_details(synced.store, record["id"], note_word)
    places = [(p.message if p.message is not None else 10**9, p.range) for p in details.matches]
    assert places == sorted(places)
    assert details.closing_note_matches
    assert details.matches[-1].message is None


def test_no_query_marks_nothing(synced: Synced) -> None:
    conversation_id = next(iter(synced.records))
    details = conversation_details(synced.store, conversation_id)
    assert details.matches == ()
    assert all(m.matches == () for m in details.messages)


def test_details_are_the_records(synced: Synced) -> None:
    record = next(r for r in synced.records.values() if r["transactions"] and r["tags"])
    details = conversation_details(synced.store, record["id"])
    assert details.contact.name == record["contact"]["name"]
    assert details.contact.type == record["contact"]["type"]
    assert (details.channel, details.category) == (record["channel"], record["category"])
    assert list(details.tags) == record["tags"]
    assert (details.csat, details.nps) == (record["csat"], record["nps"])
    assert details.closing_note == record.get("closing_note")
    started, closed = moment(record["started_at"]), moment(record["closed_at"])
    assert details.duration_s == (closed - started).total_seconds()
    assert details.handling_time_s == record["handling_time_s"]
    first_contact = min(m["at"] for m in record["messages"] if m["sender_type"] == "contact")
    first_agent = min(
        m["at"]
        for m in record["messages"]
        if m["sender_type"] == "agent" and moment(m["at"]) >= moment(first_contact)
    )
    assert details.first_response_s == (moment(first_agent) - moment(first_contact)).total_seconds()
    assert details.transactions is not None
    assert [(t.id, t.amount, t.currency) for t in details.transactions] == [
        (t["id"], Decimal(str(t["amount"])), t["currency"]) for t in record["transactions"]
    ]
    assert [m.at for m in details.messages] == sorted(m.at for m in details.messages)
    assert details.timezone == "Europe/Paris"


def test_transactions_are_left_out_when_the_admin_hides_them(synced: Synced) -> None:
    record = next(r for r in synced.records.values() if r["transactions"])
    settings = synced.store.load_settings()
    assert settings is not None
    assert settings.show_transactions
    synced.store.save_settings(dataclasses.replace(settings, show_transactions=False))
    try:
        details = conversation_details(synced.store, record["id"])
    finally:
        synced.store.save_settings(settings)
    assert details.transactions is None
    document = details.to_json()
    assert document["transactions"] is None
    assert document["show_transactions"] is False


def test_json_has_the_agents_clock_and_the_ranges(synced: Synced) -> None:
    conversation_id, word = accented_word(list(synced.records.values()))
    document = conversation_details(synced.store, conversation_id, word).to_json()
    messages = document["messages"]
    assert isinstance(messages, list)
    marked = [m for m in messages if m["matches"]]
    assert marked
    start, end = marked[0]["matches"][0]
    assert marked[0]["text"][start:end] == word
    assert datetime.fromisoformat(str(document["started_at"])).utcoffset() is not None
    assert str(document["started_at"]).endswith("+01:00")  # Paris in November
    assert document["match_count"] == sum(len(m["matches"]) for m in messages) + len(
        document["closing_note_matches"]  # type: ignore[arg-type]
    )


def test_an_unknown_conversation_is_a_sentence(synced: Synced) -> None:
    with pytest.raises(NotFoundError, match="c-999999"):
        conversation_details(synced.store, "c-999999")


_WORDS = ["cmd", "CMD", "5012", "e", "mail", "email", "café", "cafe", "œuf", "oeuf", "l", "adresse"]
_WORDS += ["Straße", "strasse", "Ines", "Inès", "de", "retour", "x" * 70, "ß" * 40, "ﬃ", "ffi"]
_SEPARATORS = [" ", "-", "'", ". ", "\n", "\u2011"]


@st.composite
def _text_and_query(draw: st.DrawFn) -> tuple[str, str]:
    """A text of known words and separators, and a query made from it: one of its words, two
    neighbours joined (``cmd5012`` for ``CMD-5012``) or quoted, or a word it does not have."""
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=8))
    separators = draw(
        st.lists(st.sampled_from(_SEPARATORS), min_size=len(words), max_size=len(words))
    )
    text = "".join(w + s for w, s in zip(words, separators, strict=True))
    at = draw(st.integers(0, len(words) - 1))
    pair = words[at : at + 2]
    query = draw(
        st.sampled_from([words[at], "".join(pair), f'"{" ".join(pair)}"', "-".join(pair), "absent"])
    )
    return text, query


@given(case=_text_and_query())
@settings(max_examples=500, deadline=None)
def test_the_quick_skip_never_changes_what_is_marked(case: tuple[str, str]) -> None:
    """``match_ranges`` skips the analyzer for texts that cannot match: it must agree with it."""
    text, query = case
    rule = MatchRule.of(parse_query(query))
    assert match_ranges(text, rule) == analyzed_ranges(text, rule)
