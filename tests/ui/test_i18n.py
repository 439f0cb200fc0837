"""Every fixed string of the shell goes through Qt's translation, under the context it is looked
up with: a pseudo-translation ("«…»" around every source) made by the same lupdate/lrelease that
a translator uses must reach every label, button and menu of the window and the sign-in dialog."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from agentdesk.ui.i18n import LANGUAGE_NAMES
from agentdesk.ui.pages import PageSpec
from agentdesk.ui.sign_in import SignInDialog

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
pytestmark = pytest.mark.skipif(
    not (BIN / "pyside6-lupdate").exists(), reason="pyside6-lupdate is not in this environment"
)


def _pseudo(ts: Path) -> None:
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        for form in forms or [translation]:
            form.text = f"«{source}»"
    tree.write(ts, encoding="utf-8", xml_declaration=True)


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("i18n")
    ts, qm = folder / "pseudo.ts", folder / "pseudo.qm"
    sources = sorted(str(p) for p in (ROOT / "agentdesk" / "ui").rglob("*.py"))
    subprocess.run([BIN / "pyside6-lupdate", *sources, "-ts", ts], check=True, capture_output=True)
    _pseudo(ts)
    subprocess.run([BIN / "pyside6-lrelease", ts, "-qm", qm], check=True, capture_output=True)
    return qm


@pytest.fixture
def translated(qapp: QApplication, pseudo_qm: Path) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(pseudo_qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def _stand_in_pages() -> list[PageSpec]:
    """The shell alone: a page that is only a page, so that only the shell's words are checked."""
    return [PageSpec("indicators", lambda: QCoreApplication.translate("Pages", "Indicators"),
                     "Ctrl+1", lambda ui: QWidget())]  # fmt: skip


def _untranslated(root: QWidget) -> list[str]:
    texts = [w.text() for w in root.findChildren(QLabel) if w.text() and w.isVisibleTo(root)]
    texts += [w.text() for w in root.findChildren(QAbstractButton) if w.isVisibleTo(root)]
    texts += [a.text() for a in root.findChildren(QAction) if a.text()]
    return [t for t in texts if t and not (t.startswith("«") or t.startswith("&«"))]


def test_the_sign_in_dialog_speaks_through_tr(translated, qtbot, make_ui_context, app_context):
    dialog = SignInDialog(make_ui_context(app_context))
    qtbot.addWidget(dialog)
    dialog.sign_in_button.click()  # empty fields: the dialog's own sentence
    assert dialog.windowTitle().startswith("«")
    assert _untranslated(dialog) == []
    assert dialog.sign_in_button.text() == "«Sign &in»"


def test_the_window_speaks_through_tr(translated, qtbot, make_window, synced_context):
    window = make_window(synced_context, start=False, pages=_stand_in_pages())
    window.offline_banner.show_message("x", "details", action=window.tr("Try again"))
    menus = [m.title() for m in window.menuBar().findChildren(type(window.menus.file_menu))]
    assert all(title.startswith("«") for title in menus if title), menus
    assert window.navigation.item(0).text() == "«Indicators»"
    assert window.status_area.label.text().startswith("«")
    address = window.account.label.text()  # the server's address: data, not words
    names = LANGUAGE_NAMES.values()  # View → Language: each language in its own words
    leftovers = [t for t in _untranslated(window) if t not in ("x", address, *names)]
    assert leftovers == []
    assert window.menus.quit_action.text() == "«&Quit»"
