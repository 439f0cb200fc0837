"""Translations: Qt's own strings and ours, for the user's locale, when a ``.qm`` exists.

Sources are ``resources/i18n/agentdesk_<lang>.ts`` (made by ``pyside6-lupdate``, see docs/ui.md);
``pyside6-lrelease`` builds the ``.qm`` files loaded here. A missing ``.qm`` is not an error: the
window speaks English.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from agentdesk.ui.assets import resource

log = logging.getLogger(__name__)


class SourcePlurals(QTranslator):
    """English plurals for sources written "%n minute(s)": "1 minute", "5 minutes".

    Installed first, so any real translation (installed later, asked first) wins; without it an
    English window would read "1 minute(s)". Every other source is left alone (``None`` tells Qt
    "not translated here", which an empty string would not).
    """

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if n < 0 or "(s)" not in source:
            return None
        return source.replace("(s)", "" if n == 1 else "s")

    def isEmpty(self) -> bool:
        return False


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    locale = locale or QLocale()
    plurals = SourcePlurals(app)
    app.installTranslator(plurals)
    installed: list[QTranslator] = [plurals]
    sources = (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("agentdesk", str(resource("i18n"))),
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
    folder = resource("i18n")
    return {
        QLocale(qm.stem.removeprefix("agentdesk_")).language()
        for qm in folder.glob("agentdesk_*.qm")
    }
