"""The transcript as a list model: one row per message, read from the service's answer.

A 2,000-message conversation is 2,000 rows of one ``QListView`` painted by a delegate, not
2,000 widgets: only the visible bubbles are ever laid out for painting. Headers ("Inès Martin ·
09:12", the date on the first message of each day) are worded on demand and kept.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from agentdesk.domain.search_records import TextRange
from agentdesk.services.conversation import ConversationDetails, MatchPlace, TranscriptMessage
from agentdesk.ui.conversation.words import sender_name
from agentdesk.ui.indicators.format import ValueFormatter

SENDER_ROLE = Qt.ItemDataRole.UserRole + 1
"""The message's ``SenderType`` (Qt gives it back as a plain ``str``)."""
HEADER_ROLE = Qt.ItemDataRole.UserRole + 2
"""Who wrote it and when, on the agent's clock."""
MATCHES_ROLE = Qt.ItemDataRole.UserRole + 3
"""The ``TextRange``s of the query's matches in the text."""
CURRENT_ROLE = Qt.ItemDataRole.UserRole + 4
"""The ``TextRange`` of the current match when it is in this message, else None."""

AnyIndex = QModelIndex | QPersistentModelIndex


class TranscriptModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("transcriptModel")
        self._details: ConversationDetails | None = None
        self._messages: tuple[TranscriptMessage, ...] = ()
        self._formatter = ValueFormatter()
        self._headers: dict[int, str] = {}
        self._current: MatchPlace | None = None

    def set_details(self, details: ConversationDetails | None, formatter: ValueFormatter) -> None:
        self.beginResetModel()
        self._details = details
        self._messages = details.messages if details is not None else ()
        self._formatter = formatter
        self._headers = {}
        self._current = None
        self.endResetModel()

    @property
    def messages(self) -> tuple[TranscriptMessage, ...]:
        return self._messages

    def message(self, row: int) -> TranscriptMessage:
        return self._messages[row]

    def set_current(self, place: MatchPlace | None) -> None:
        """Make ``place`` the current match (painted apart); repaints the rows it touches."""
        before, self._current = self._current, place
        for changed in (before, place):
            if changed is not None and changed.message is not None:
                index = self.index(changed.message)
                self.dataChanged.emit(index, index, [CURRENT_ROLE])

    def rowCount(self, parent: AnyIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._messages)

    def data(  # noqa: PLR0911 - one answer per role, the hot path of painting
        self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._messages):
            return None
        row = index.row()
        message = self._messages[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return message.text
        if role == SENDER_ROLE:
            return message.sender_type
        if role == HEADER_ROLE:
            return self._header(row)
        if role == MATCHES_ROLE:
            return message.matches
        if role == CURRENT_ROLE:
            return self._current_range(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._header(row)}: {message.text}"
        return None

    def _current_range(self, row: int) -> TextRange | None:
        current = self._current
        return current.range if current is not None and current.message == row else None

    def _header(self, row: int) -> str:
        cached = self._headers.get(row)
        if cached is not None:
            return cached
        details = self._details
        assert details is not None
        message = self._messages[row]
        tz = details.zone
        who = sender_name(
            message.sender_type,
            message.sender_id,
            contact=details.contact.name,
            agent_id=details.agent_id,
        )
        day = message.at.astimezone(tz).date()
        new_day = row == 0 or self._messages[row - 1].at.astimezone(tz).date() != day
        when = (
            self._formatter.moment(message.at, tz)
            if new_day
            else self._formatter.clock(message.at, tz)
        )
        header = f"{who} · {when}"
        self._headers[row] = header
        return header
