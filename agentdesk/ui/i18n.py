"""Translations: Qt's own strings and ours, for the user's locale, when a ``.qm`` exists.

Sources are ``resources/i18n/agentdesk_<lang>.ts`` (made by ``pyside6-lupdate``, see docs/ui.md);
building the package (``setup.py``, also on ``./run setup``) runs ``pyside6-lrelease`` into the
``.qm`` files loaded here. A missing ``.qm`` is not an error: the window speaks English.
"""

from __future__ import annotations

import functools
import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from agentdesk.ui.assets import resources_dir

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
        ("agentdesk", str(resources_dir() / "i18n")),
    )
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
            log.debug("Loaded %s translations for %s", name, locale.name())
    return installed


@functools.cache
def translated_languages() -> frozenset[QLocale.Language]:
    """The languages the window has a built translation (``agentdesk_xx.qm``) for.

    A ``.qm`` is built for every ``.ts`` (see ``setup.py``), even one whose messages are all
    still unfinished; that file translates nothing and the window speaks English, so it does
    not count. The folder does not change while the program runs, hence the cache.
    """
    languages = set()
    for qm in (resources_dir() / "i18n").glob("agentdesk_*.qm"):
        translator = QTranslator()
        if translator.load(str(qm)) and not translator.isEmpty():
            languages.add(QLocale(qm.stem.removeprefix("agentdesk_")).language())
    return frozenset(languages)
