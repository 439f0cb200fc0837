"""The details beside the transcript: survey, what the conversation was, who, when and how
long, the closing note with its matches, and the transactions when the admin shows them.

Built once with every row, then filled: opening another conversation changes texts, never the
widget tree. Rows whose value the platform did not send say "—" rather than disappear, so the
panel keeps its shape from one conversation to the next; the transactions are the exception —
when the admin's ``show_transactions`` is off, their section does not exist for the agent.
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from agentdesk.domain.search_records import TextRange
from agentdesk.services.conversation import ConversationDetails
from agentdesk.ui.conversation.style import TranscriptColors, mark_css
from agentdesk.ui.conversation.words import channel_name, contact_type_name
from agentdesk.ui.indicators.format import NONE_TEXT, ValueFormatter

PROMOTER, PASSIVE = 9, 7


class DetailsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsPanel")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 12, 14, 12)
        # One grid for every section, so that all values start at the same column.
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(3)
        self._grid.setColumnStretch(1, 1)
        outer.addLayout(self._grid)
        outer.addStretch(1)
        self.values: dict[str, QLabel] = {}
        self.names: dict[str, QLabel] = {}
        self._heading(self.tr("SURVEY"))
        self._row("csat", self.tr("CSAT"))
        self._row("nps", self.tr("NPS"))
        self._heading(self.tr("CONVERSATION"))
        self._row("channel", self.tr("Channel"))
        self._row("category", self.tr("Category"))
        self._row("tags", self.tr("Tags"))
        self._row("started", self.tr("Started"))
        self._row("closed", self.tr("Closed"))
        self._row("deadline", self.tr("Deadline"))
        self._row("duration", self.tr("Duration"))
        self._row("handling", self.tr("Handling time"))
        self._row("first_response", self.tr("First response"))
        self._heading(self.tr("CONTACT"))
        self._row("contact", self.tr("Name"))
        self._row("contact_type", self.tr("Type"))
        self._heading(self.tr("CLOSING NOTE"))
        self.closing_note = self._value("closingNote")
        self.closing_note.setTextFormat(Qt.TextFormat.RichText)
        self._grid.addWidget(self.closing_note, self._grid.rowCount(), 0, 1, 2)
        self.transactions_heading = self._heading(self.tr("TRANSACTIONS"))
        self.transactions = self._value("detailTransactions")
        self._grid.addWidget(self.transactions, self._grid.rowCount(), 0, 1, 2)
        self._note = ""
        self._note_matches: tuple[TextRange, ...] = ()

    # building --------------------------------------------------------------------------------
    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setProperty("role", "detailHeading")
        # The space above a heading is in its margin, so a hidden heading takes none.
        label.setContentsMargins(0, 0 if self._grid.count() == 0 else 10, 0, 2)
        self._grid.addWidget(label, self._grid.rowCount(), 0, 1, 2)
        return label

    def _value(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setProperty("role", "detailValue")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _row(self, key: str, name: str) -> None:
        row = self._grid.rowCount()
        title = QLabel(name, self)
        title.setProperty("role", "detailName")
        value = self._value("detail" + "".join(p.title() for p in key.split("_")))
        self._grid.addWidget(title, row, 0, Qt.AlignmentFlag.AlignTop)
        self._grid.addWidget(value, row, 1)
        self.values[key] = value
        self.names[key] = title

    # filling ---------------------------------------------------------------------------------
    def show_details(
        self, details: ConversationDetails, formatter: ValueFormatter, colors: TranscriptColors
    ) -> None:
        tz = details.zone

        def when(moment: datetime | None) -> str:
            return NONE_TEXT if moment is None else formatter.moment(moment, tz)

        def seconds(value: float | None) -> str:
            return NONE_TEXT if value is None else formatter.duration(value)

        texts = {
            "csat": self._csat(details.csat),
            "nps": self._nps(details.nps),
            "channel": channel_name(details.channel),
            "category": details.category or NONE_TEXT,
            "tags": ", ".join(details.tags) if details.tags else NONE_TEXT,
            "started": when(details.started_at),
            "closed": when(details.closed_at or details.paused_at),
            "deadline": when(details.pause_deadline),
            "duration": seconds(details.duration_s),
            "handling": seconds(details.handling_time_s),
            "first_response": seconds(details.first_response_s),
            "contact": details.contact.name,
            "contact_type": contact_type_name(details.contact.type),
        }
        for key, text in texts.items():
            self.values[key].setText(text)
        # A paused conversation (the paused page) says when it was paused and until when.
        paused = details.closed_at is None and details.paused_at is not None
        self.names["closed"].setText(self.tr("Paused") if paused else self.tr("Closed"))
        self.names["deadline"].setVisible(paused)
        self.values["deadline"].setVisible(paused)
        self._note = details.closing_note or ""
        self._note_matches = details.closing_note_matches
        self.set_current_note_match(None, colors)
        shown = details.transactions is not None
        self.transactions_heading.setVisible(shown)
        self.transactions.setVisible(shown)
        if details.transactions is not None:
            lines = [
                f"{formatter.money(t.amount, t.currency)} · {formatter.moment(t.at, tz)}"
                for t in details.transactions
            ]
            self.transactions.setText("\n".join(lines) or self.tr("None"))

    def set_current_note_match(self, current: TextRange | None, colors: TranscriptColors) -> None:
        """The closing note with its matches marked, ``current`` apart."""
        if not self._note:
            self.closing_note.setText(html.escape(NONE_TEXT))
            return
        pieces, cursor = [], 0
        for found in self._note_matches:
            pieces.append(html.escape(self._note[cursor : found.start]))
            css = mark_css(colors, current=found == current)
            pieces.append(
                f'<span style="{css}">{html.escape(self._note[found.start : found.end])}</span>'
            )
            cursor = found.end
        pieces.append(html.escape(self._note[cursor:]))
        self.closing_note.setText("".join(pieces).replace("\n", "<br>"))

    def _csat(self, csat: int | None) -> str:
        if csat is None:
            return self.tr("Not rated")
        return f"{'★' * csat}{'☆' * (5 - csat)}  " + self.tr("%1 of 5").replace("%1", str(csat))

    def _nps(self, nps: int | None) -> str:
        if nps is None:
            return self.tr("Not rated")
        if nps >= PROMOTER:
            kind = self.tr("promoter")
        elif nps >= PASSIVE:
            kind = self.tr("passive")
        else:
            kind = self.tr("detractor")
        return self.tr("%1 of 10 · %2").replace("%1", str(nps)).replace("%2", kind)
