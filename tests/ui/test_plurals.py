"""Plural forms come from the translation files (two in French and Spanish, one in Indonesian),
never from an ``if n == 1``; an English window gets its plurals from the sources' "(s)"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from agentdesk.ui.i18n import counted, language_choices, set_language
from agentdesk.ui.indicators.format import ValueFormatter

pytestmark = pytest.mark.skipif(
    not {"fr", "es", "id"} <= {code for code, _ in language_choices()},
    reason="the .qm translations are not built (./run setup)",
)
translate = QCoreApplication.translate


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[None]:
    yield
    set_language(qapp, None)


def _conversations(n: int) -> str:
    return translate("ClosedStatus", "%n conversation(s)", None, n)


def test_each_language_has_its_own_plural_forms(qapp: QApplication, speaking: None) -> None:
    set_language(qapp, "fr")
    assert [_conversations(n) for n in (0, 1, 2)] == [
        "0 conversation",  # French: the singular below 2
        "1 conversation",
        "2 conversations",
    ]
    fmt = ValueFormatter("fr-FR")
    assert (
        counted(_conversations(1234), 1234, fmt.count(1234)) == f"{fmt.count(1234)} conversations"
    )
    assert fmt.points(1.0) == "+1 point"
    assert fmt.points(-32.0) == "−32 points"
    set_language(qapp, "es")
    assert [_conversations(n) for n in (1, 2)] == ["1 conversación", "2 conversaciones"]
    set_language(qapp, "id")
    assert [_conversations(n) for n in (1, 2)] == ["1 percakapan", "2 percakapan"]


def test_an_english_window_reads_its_sources_plurals(qapp: QApplication, speaking: None) -> None:
    set_language(qapp, "en")
    assert translate("ConversationHeader", "%n match(es)", None, 1) == "1 match"
    assert translate("ConversationHeader", "%n match(es)", None, 3) == "3 matches"
    assert _conversations(1) == "1 conversation"
    assert ValueFormatter("en-US").points(2.5) == "+2.5 points"
