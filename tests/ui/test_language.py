"""View → Language changes the window's language while it runs: the window is rebuilt in the
new translations (built from ``resources/i18n/*.ts`` by ``./run setup``), the choice is saved,
and the period heading, a tile's comparison sentence and the banners — the offline one, and an
error raised by the layers below — speak it, then English again."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QApplication

from agentdesk.errors import ServerUnreachableError
from agentdesk.services.context import AppContext
from agentdesk.ui.i18n import language_choices, set_language, translated_languages
from agentdesk.ui.language import rebuild_on_language_change
from agentdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.skipif(
    not {"fr", "es"} <= {code for code, _ in language_choices()},
    reason="the .qm translations are not built (./run setup)",
)


@pytest.fixture
def windows(qapp: QApplication, qtbot) -> Iterator[list[MainWindow]]:
    shown: list[MainWindow] = []
    yield shown
    set_language(qapp, None)  # the tests' own language (English) for the next test
    for window in shown:
        qtbot.waitUntil(lambda w=window: not w.sync.running, timeout=20_000)


def _follow(window: MainWindow, shown: list[MainWindow], qtbot) -> None:
    def adopt(new: MainWindow) -> None:
        qtbot.addWidget(new)
        shown.append(new)

    rebuild_on_language_change(window, adopt)


def _tooltip(window: MainWindow, qtbot) -> str:
    """The conversations tile's comparison sentence, as plain text with ordinary spaces."""
    page = window.pages["indicators"]
    qtbot.waitUntil(lambda: "conversations" in page.tiles(), timeout=20_000)  # type: ignore[attr-defined]
    html = page.tiles()["conversations"].toolTip()  # type: ignore[attr-defined]
    return QTextDocumentFragment.fromHtml(html).toPlainText().replace("\u00a0", " ").strip()


def _unreachable() -> ServerUnreachableError:
    """What the platform layer raises when the network is down: an English sentence for the
    command line, and the kind the window words."""
    return ServerUnreachableError("Cannot reach the server at example.org:443: refused.")


def _choose(shown: list[MainWindow], code: str) -> MainWindow:
    count = len(shown)
    shown[-1].menus.language_actions[code].trigger()
    assert len(shown) == count + 1, "the window was rebuilt"
    return shown[-1]


def test_the_window_changes_language_while_it_runs(
    qtbot, make_window, synced_context: AppContext, demo_server, windows: list[MainWindow]
):
    demo_server.stop()  # offline: the offline banner shows
    first = make_window(synced_context)
    windows.append(first)
    _follow(first, windows, qtbot)
    qtbot.waitUntil(lambda: not first.offline_banner.isHidden(), timeout=20_000)
    assert first.offline_banner.sentence.startswith("Offline — ")
    assert first.menus.language_actions[""].isChecked(), "the system's language by default"

    french = _choose(windows, "fr")
    assert synced_context.settings().language == "fr"
    assert french.menus.view_menu.title() == "&Affichage"
    assert french.menus.language_actions["fr"].isChecked()
    heading = french.pages["indicators"].period_label  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: heading.text().startswith("Cette semaine, "), timeout=20_000)
    qtbot.waitUntil(lambda: not french.offline_banner.isHidden(), timeout=20_000)
    assert french.offline_banner.sentence.startswith("Hors ligne — ")
    assert french.offline_banner.action_button.text() == "Réessayer"
    french.sync.sign_in_needed.emit("401 Unauthorized")
    assert french.error_banner.sentence == (
        "Le serveur n'accepte plus votre connexion ; reconnectez-vous pour continuer la synchro."
    )
    assert not first.isVisible(), "the old window is closed"
    sentence = _tooltip(french, qtbot)
    assert sentence.startswith("Conversations cette semaine pour l'instant (")
    assert "sur la même plage la semaine dernière" in sentence
    assert "en hausse de −" not in sentence
    assert "en baisse de −" not in sentence
    assert " against " not in sentence
    assert "so far" not in sentence
    french.show_error(_unreachable())
    assert french.error_banner.sentence == (
        "AgentDesk n'arrive pas à joindre le serveur. Vérifiez votre connexion."
    )
    assert "Cannot reach the server" in french.error_banner.details.toPlainText()

    spanish = _choose(windows, "es")
    heading = spanish.pages["indicators"].period_label  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: heading.text().startswith("Esta semana, "), timeout=20_000)
    spanish.sync.sign_in_needed.emit("401 Unauthorized")
    assert spanish.error_banner.sentence.startswith("El servidor ya no acepta tu sesión")
    assert _tooltip(spanish, qtbot).startswith("Conversaciones esta semana hasta ahora (")
    spanish.show_error(_unreachable())
    assert spanish.error_banner.sentence == (
        "AgentDesk no puede conectar con el servidor. Revisa tu conexión."
    )

    english = _choose(windows, "en")
    heading = english.pages["indicators"].period_label  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: heading.text().startswith("This week, "), timeout=20_000)
    assert english.menus.view_menu.title() == "&View"
    assert _tooltip(english, qtbot).startswith("Conversations this week so far (")
    assert synced_context.settings().language == "en"


def test_the_languages_offered_are_the_built_translations_and_english() -> None:
    codes = [code for code, _ in language_choices()]
    assert "en" in codes
    assert len(codes) == len(translated_languages()) + 1
    names = dict(language_choices())
    assert names.get("fr") == "Français"
    assert names.get("es") == "Español"
