"""Translations: Qt's own strings and ours, for the user's locale, when a ``.qm`` exists.

Sources are ``resources/i18n/agentdesk_<lang>.ts`` (made by ``pyside6-lupdate``, see docs/ui.md);
building the package (``setup.py``, also on ``./run setup``) runs ``pyside6-lrelease`` into the
``.qm`` files loaded here. A missing ``.qm`` is not an error: the window speaks English.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from agentdesk.ui.assets import resources_dir

log = logging.getLogger(__name__)


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    locale = locale or QLocale()
    installed: list[QTranslator] = []
    sources = (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("agentdesk", str(resources_dir() / "i18n")),
    )
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
            log.debug("Loaded %s translations for %s", name, locale.name())
    return installed


def translated_languages() -> set[QLocale.Language]:
    """The languages the window has a built translation (``agentdesk_xx.qm``) for."""
    folder = resources_dir() / "i18n"
    return {
        QLocale(qm.stem.removeprefix("agentdesk_")).language()
        for qm in folder.glob("agentdesk_*.qm")
    }
