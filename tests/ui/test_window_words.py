"""Words for people around the pages: who and where, an About box that promises only what exists,
plurals from the translation system."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QLabel, QWidget

from agentdesk.ui.i18n import install_translators
from agentdesk.ui.pages import PageSpec


def test_the_window_says_who_is_signed_in_and_where(qtbot, make_window, synced_context):
    window = make_window(synced_context, start=False)
    window.start(sync=False)
    name = synced_context.store().load_profile().name
    host = QUrl(synced_context.server_url()).authority()
    qtbot.waitUntil(lambda: window.account.label.text() == f"{name} · {host}", timeout=10_000)
    assert window.account.sign_out_button.isVisible()
    assert window.menuBar().cornerWidget() is window.account


def test_the_demo_says_it_is_the_demo(qtbot, make_window, synced_context):
    window = make_window(synced_context, start=False, demo=True)
    window.start(sync=False)
    qtbot.waitUntil(
        lambda: window.account.label.text().endswith("· Demo workspace"), timeout=10_000
    )
    assert not window.account.sign_out_button.isVisible()


def test_about_promises_only_the_pages_that_exist(qtbot, make_window, synced_context):
    window = make_window(synced_context, start=False)
    dialog = window.open_about()
    text = dialog.findChild(QLabel, "aboutText").text()
    dialog.reject()
    assert "indicators" in text
    assert "closed" not in text
    assert "paused" not in text
    extra = PageSpec("closed", lambda: "Closed", "Ctrl+2", lambda ui: QWidget())
    spec = window._specs[0]
    other = make_window(synced_context, start=False, pages=[spec, extra])
    dialog = other.open_about()
    text = dialog.findChild(QLabel, "aboutText").text()
    dialog.reject()
    assert "your indicators" in text
    assert "your closed conversations" in text


def test_sync_every_reads_like_english(qapp, make_window, synced_context):
    installed = install_translators(qapp)
    try:
        window = make_window(synced_context, start=False)
        texts = [a.text() for a in window.menus.interval_actions.values()]
        assert texts[:2] == ["1 minute", "5 minutes"]
        assert not any("(s)" in t for t in texts)
        assert QCoreApplication.translate("X", "Plain words") == "Plain words"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
