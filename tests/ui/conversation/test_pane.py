"""The transcript pane against a store synced from the demo server: highlights, F3, the
details, stale answers, re-reading."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from agentdesk.domain.models import SenderType
from agentdesk.domain.search_records import TextRange
from agentdesk.ui.context import UiContext
from agentdesk.ui.conversation.pane import ConversationPane
from agentdesk.ui.conversation.transcript_model import CURRENT_ROLE, MATCHES_ROLE, SENDER_ROLE
from tests.search.reference import folded, words
from tests.support.conversations import accented_word, long_conversation

Record = dict[str, Any]


def open_in(qtbot: QtBot, pane: ConversationPane, conversation_id: str, query: str = "") -> None:
    with qtbot.waitSignal(pane.loaded, timeout=10_000) as loaded:
        pane.show_conversation(conversation_id, query)
    assert loaded.args == [conversation_id]


def marked(pane: ConversationPane) -> list[tuple[int, TextRange]]:
    model = pane.model
    return [
        (row, found)
        for row in range(model.rowCount())
        for found in model.index(row).data(MATCHES_ROLE)
    ]


def current_row(pane: ConversationPane) -> int | None:
    model = pane.model
    rows = [r for r in range(model.rowCount()) if model.index(r).data(CURRENT_ROLE) is not None]
    assert len(rows) <= 1
    return rows[0] if rows else None


def visible(pane: ConversationPane, row: int) -> bool:
    rect = pane.transcript.visualRect(pane.model.index(row))
    return pane.transcript.viewport().rect().intersects(rect)


def test_every_accent_folded_occurrence_is_marked_and_f3_walks_them(
    qtbot: QtBot, pane: ConversationPane, closed_records: list[Record]
) -> None:
    conversation_id, word = accented_word(closed_records)
    query = folded(word)
    record = next(r for r in closed_records if r["id"] == conversation_id)
    open_in(qtbot, pane, conversation_id, query)

    found = marked(pane)
    texts = [pane.model.message(row).text for row in range(pane.model.rowCount())]
    assert len(found) == sum(words(t).count(query) for t in texts) > 0
    assert all(folded(texts[row][r.start : r.end]) == query for row, r in found)
    assert any(texts[row][r.start : r.end] == word for row, r in found)  # as it is written
    total = len(found) + words(record.get("closing_note")).count(query)
    assert pane.match_label.text() == f"Match 1 of {total}"

    seen = []
    for step in range(total):
        seen.append(current_row(pane))
        if seen[-1] is not None:
            assert visible(pane, seen[-1])
        qtbot.keyClick(pane.transcript, Qt.Key.Key_F3)
        assert pane.match_label.text() == f"Match {(step + 1) % total + 1} of {total}"
    assert [row for row in seen if row is not None] == [row for row, _ in found]
    qtbot.keyClick(pane.transcript, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert pane.match_label.text() == f"Match {total} of {total}"


def test_sender_kinds_and_times_on_the_agents_clock(
    qtbot: QtBot, pane: ConversationPane, closed_records: list[Record]
) -> None:
    record = next(
        r for r in closed_records if {"bot", "agent"} <= {m["sender_type"] for m in r["messages"]}
    )
    open_in(qtbot, pane, record["id"])
    model = pane.model
    kinds = [SenderType(model.index(r).data(SENDER_ROLE)) for r in range(model.rowCount())]
    assert kinds == [SenderType(m["sender_type"]) for m in record["messages"]]
    first = model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert first.startswith(("Bot", record["contact"]["name"], "You"))
    # 09:12Z is 10:12 in Paris: the header shows the agent's clock, not UTC.
    at = record["messages"][0]["at"]
    hour = (int(at[11:13]) + 1) % 24
    assert f"{hour:02d}:{at[14:16]}" in first
    assert pane.match_label.isHidden()


def test_the_details_panel(
    qtbot: QtBot, pane: ConversationPane, closed_records: list[Record]
) -> None:
    record = next(r for r in closed_records if r["transactions"] and r["tags"] and r["csat"])
    open_in(qtbot, pane, record["id"])
    values = pane.details_panel.values
    assert values["contact"].text() == record["contact"]["name"]
    assert values["tags"].text() == ", ".join(record["tags"])
    assert f"{record['csat']} of 5" in values["csat"].text()
    assert values["channel"].text() != ""
    assert not pane.details_panel.transactions.isHidden()
    lines = pane.details_panel.transactions.text().splitlines()
    assert len(lines) == len(record["transactions"])
    assert pane.title.text() == record["contact"]["name"]
    assert pane.details_panel.names["closed"].text() == "Closed"
    assert pane.details_panel.values["deadline"].isHidden()


def test_transactions_are_hidden_when_the_admin_switch_is_off(
    qtbot: QtBot, make_pane: Any, make_ui_context: Any, make_demo_server: Any, demo_workspace: Any
) -> None:
    from agentdesk.services.context import AppContext  # noqa: PLC0415
    from agentdesk.services.paths import AppPaths  # noqa: PLC0415
    from agentdesk.services.sync_service import run_sync  # noqa: PLC0415
    from tests.conftest import DEMO_TOKEN  # noqa: PLC0415

    hidden = dataclasses.replace(
        demo_workspace, settings={**demo_workspace.settings, "show_transactions": False}
    )
    server = make_demo_server(hidden)
    ctx = AppContext(
        paths=AppPaths.from_environment().ensure(),
        server_override=server.url,
        token_override=DEMO_TOKEN,
    )
    run_sync(ctx)
    pane = make_pane(make_ui_context(ctx))
    record = next(r for r in server.snapshot("closed") if r["transactions"])
    open_in(qtbot, pane, record["id"])
    assert pane.details is not None
    assert pane.details.transactions is None
    assert pane.details_panel.transactions.isHidden()
    assert pane.details_panel.transactions_heading.isHidden()
    ctx.close()


def test_a_newer_request_wins(
    qtbot: QtBot, pane: ConversationPane, closed_records: list[Record]
) -> None:
    first, second = closed_records[0]["id"], closed_records[1]["id"]
    shown: list[str] = []
    pane.loaded.connect(shown.append)
    with qtbot.waitSignal(pane.loaded, timeout=10_000):
        pane.show_conversation(first)
        pane.show_conversation(second)
    pane._ui.runner.wait_for_idle(10_000)
    qtbot.wait_until(lambda: pane._ui.runner.active_count == 0)
    assert shown == [second]
    assert pane.details is not None
    assert pane.details.id == second


def test_data_changed_reads_again_and_keeps_the_current_match(
    qtbot: QtBot, pane: ConversationPane, ui_context: UiContext, closed_records: list[Record]
) -> None:
    conversation_id, word = accented_word(closed_records)
    open_in(qtbot, pane, conversation_id, word)
    pane.next_match()
    place = pane.current_match()
    with qtbot.waitSignal(pane.loaded, timeout=10_000):
        ui_context.events.data_changed.emit()
    assert pane.current_match() == place


def test_an_unknown_conversation_says_so_and_clear_empties(
    qtbot: QtBot, pane: ConversationPane
) -> None:
    pane.show_conversation("c-999999")
    qtbot.wait_until(lambda: "c-999999" in pane.message.text(), timeout=10_000)
    assert pane.stack.currentIndex() == 0
    pane.clear()
    assert pane.details is None
    assert pane.model.rowCount() == 0
    assert pane.message.text() == "Choose a conversation to read it here."


def test_a_two_thousand_message_conversation_is_one_list_and_f3_reaches_its_end(
    qtbot: QtBot, pane: ConversationPane, ui_context: UiContext, closed_records: list[Record]
) -> None:
    store = ui_context.app.store()
    base = store.conversation(closed_records[3]["id"])
    assert base is not None
    pool = [m["text"] for r in closed_records[:40] for m in r["messages"]]
    store.apply_conversation(long_conversation(base, 2000, pool))
    note = words(base.closing_note)
    word = next(w for w in words(pool[0]) if len(w) > 3 and w not in note)
    open_in(qtbot, pane, base.id, word)

    assert pane.model.rowCount() == 2000
    assert len(pane.transcript.findChildren(QWidget)) < 10  # painted rows, not widgets
    found = marked(pane)
    assert len(found) == sum(words(pane.model.message(r).text).count(word) for r in range(2000))
    qtbot.keyClick(pane.transcript, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    last_row = found[-1][0]
    assert current_row(pane) == last_row
    assert visible(pane, last_row)
    assert not visible(pane, 0)


def test_a_match_deep_in_a_long_message_is_scrolled_into_view(
    qtbot: QtBot, pane: ConversationPane, ui_context: UiContext, closed_records: list[Record]
) -> None:
    store = ui_context.app.store()
    base = store.conversation(closed_records[4]["id"])
    assert base is not None
    pool = [m["text"] for r in closed_records[:10] for m in r["messages"]]
    email = "\n".join(pool[:80]) + "\nRéférence Zanzibar."
    first = dataclasses.replace(base.messages[0], text=email)
    newer = base.updated_at + timedelta(seconds=1)  # the store keeps the newest version
    store.apply_conversation(
        dataclasses.replace(base, messages=(first, *base.messages[1:]), updated_at=newer)
    )
    open_in(qtbot, pane, base.id, "zanzibar")

    row = pane.details.messages.index(next(m for m in pane.details.messages if m.id == first.id))
    rect = pane.transcript.visualRect(pane.model.index(row))
    assert rect.height() > pane.transcript.viewport().height()  # taller than the view
    found = marked(pane)
    assert [r for r, _ in found] == [row]
    line = pane.delegate.line_of(pane.model.index(row), rect.width(), found[0][1].start)
    assert line is not None
    top, bottom = rect.top() + line[0], rect.top() + line[1]
    assert top >= 0
    assert bottom <= pane.transcript.viewport().height()


def test_a_paused_conversation_shows_when_it_was_paused_and_its_deadline(
    qtbot: QtBot, pane: ConversationPane, demo_server: Any
) -> None:
    record = next(r for r in demo_server.snapshot("paused") if r["pause_deadline"])
    open_in(qtbot, pane, record["id"])
    panel = pane.details_panel
    assert panel.names["closed"].text() == "Paused"
    assert not panel.values["deadline"].isHidden()
    assert panel.values["deadline"].text() not in ("", "—")


def test_the_transcript_model_is_a_well_behaved_model(
    qtbot: QtBot, qtmodeltester: Any, pane: ConversationPane, closed_records: list[Record]
) -> None:
    conversation_id, word = accented_word(closed_records)
    open_in(qtbot, pane, conversation_id, word)
    qtmodeltester.check(pane.model, force_py=True)


def test_ctrl_c_copies_the_clicked_message(
    qtbot: QtBot, pane: ConversationPane, closed_records: list[Record]
) -> None:
    record = closed_records[0]
    open_in(qtbot, pane, record["id"])
    index = pane.model.index(1)
    qtbot.mouseClick(
        pane.transcript.viewport(),
        Qt.MouseButton.LeftButton,
        pos=pane.transcript.visualRect(index).center(),
    )
    assert pane.transcript.currentIndex().row() == 1
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(pane.transcript, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == record["messages"][1]["text"]


def _painted(pane: ConversationPane) -> set[int]:
    image = pane.transcript.viewport().grab().toImage()
    return {
        image.pixel(x, y) & 0xFFFFFF
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
    }


def test_matches_are_painted_in_both_themes(
    qtbot: QtBot, pane: ConversationPane, ui_context: UiContext, closed_records: list[Record]
) -> None:
    conversation_id, word = accented_word(closed_records)
    open_in(qtbot, pane, conversation_id, folded(word))
    for mode in ("light", "dark"):
        ui_context.theme.set_mode(mode)
        colors = pane.delegate.colors
        painted = _painted(pane)
        assert colors.current.rgb() & 0xFFFFFF in painted, mode
        agent = colors.bubbles[SenderType.AGENT].fill.rgb() & 0xFFFFFF
        contact = colors.bubbles[SenderType.CONTACT].fill.rgb() & 0xFFFFFF
        assert agent != contact
        assert {agent, contact} & painted, mode
    ui_context.theme.set_mode("light")
