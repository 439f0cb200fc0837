"""The export selects what the search lists: the drill-down's span and ``measured`` filter, with
and without words, checked against a plain scan of the records; ``every_id`` reads past the
search's page limit; a request with words but no search service is a programming error."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from agentdesk.domain import search_query
from agentdesk.domain.search_query import Measured, SearchFilters, SearchQuery
from agentdesk.services.export import ExportKind, ExportRequest, run_export
from tests.search.reference import has_word, moment, newest_first
from tests.search.synced import Synced, synced_search

START = datetime(2026, 11, 9, tzinfo=UTC)
END = datetime(2026, 11, 18, 14, tzinfo=UTC)


@pytest.fixture(scope="module")
def synced(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Synced]:
    with synced_search(Path(tmp_path_factory.mktemp("synced")), 200) as ready:
        yield ready


def _ids(path: Path, column: str) -> list[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [row[column] for row in csv.DictReader(handle)]


@pytest.mark.parametrize("text", ["", "commande"])
def test_a_drill_down_exports_exactly_the_measured_conversations_of_its_span(
    synced: Synced, tmp_path: Path, text: str
) -> None:
    filters = SearchFilters(closed_from=START, closed_until=END, measured=Measured.TRANSACTIONS)
    expected = newest_first(
        r
        for r in synced.records
        if START <= moment(r["closed_at"]) < END
        and r["transactions"]
        and (not text or has_word(r, text))
    )
    assert expected
    path = tmp_path / "drill.csv"
    request = ExportRequest(ExportKind.CONVERSATIONS, path, text=text, filters=filters)
    result = run_export(synced.store, request, search=synced.service)
    assert _ids(path, "id") == list(reversed(expected))
    assert result.conversations == result.rows == len(expected)
    assert result.index_complete
    messages = tmp_path / "drill-messages.csv"
    again = ExportRequest(ExportKind.MESSAGES, messages, text=text, filters=filters)
    result = run_export(synced.store, again, search=synced.service)
    assert set(_ids(messages, "conversation_id")) == set(expected)
    assert result.conversations == len(expected)


def test_every_id_reads_past_one_page(synced: Synced, monkeypatch: pytest.MonkeyPatch) -> None:
    query = SearchQuery("merci")
    expected = newest_first(r for r in synced.records if has_word(r, "merci"))
    assert len(expected) > 7
    monkeypatch.setattr("agentdesk.services.search.MAX_LIMIT", 7)  # pages of seven
    monkeypatch.setattr(search_query, "MAX_LIMIT", 7)
    ids, complete = synced.service.every_id(query)
    assert ids == expected
    assert complete


def test_words_without_the_search_service_are_refused(synced: Synced, tmp_path: Path) -> None:
    request = ExportRequest(ExportKind.CONVERSATIONS, tmp_path / "x.csv", text="merci")
    with pytest.raises(ValueError, match="search service"):
        run_export(synced.store, request)
    assert not (tmp_path / "x.csv").exists()
