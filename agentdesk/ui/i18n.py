"""Translations: Qt's own strings and ours, for the user's locale, when a ``.qm`` exists.

Sources are ``resources/i18n/agentdesk_<lang>.ts`` (made by ``pyside6-lupdate``, see docs/ui.md);
building the package (``setup.py``, also on ``./run setup``) runs ``pyside6-lrelease`` into the
``.qm`` files loaded here. A missing ``.qm`` is not an error: the window speaks English.
"""

from __future__ import annotations

import functools
import logging
import re
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from agentdesk.ui.assets import resources_dir

log = logging.getLogger(__name__)


_PLURAL_ENDING = re.compile(r"\((e?s)\)")


class SourcePlurals(QTranslator):
    """English plurals for sources written "%n minute(s)" or "%n match(es)": "1 minute",
    "5 minutes", "2 matches".

    Installed first, so any real translation (installed later, asked first) wins; without it an
    English window would read "1 minute(s)". Every other source is left alone (``None`` tells Qt
    "not translated here", which an empty string would not).
    """

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if n < 0 or not _PLURAL_ENDING.search(source):
            return None
        return _PLURAL_ENDING.sub("" if n == 1 else r"\1", source)

    def isEmpty(self) -> bool:
        return False


def counted(translated: str, n: int, number: str) -> str:
    """``translated`` — a ``%n`` plural already translated with ``n`` — with its number written
    as ``number`` ("1 234", the agent's locale): Qt writes ``%n`` as bare digits and ``%Ln`` in
    the default locale, not the profile's. The translation system still picks the form."""
    return translated.replace(str(n), number, 1)


def say_buttons(buttons: QDialogButtonBox) -> QDialogButtonBox:
    """Our own words on a button box's standard buttons: Qt's come from its ``qtbase`` files,
    and Qt ships none for Indonesian (the chart's "Close" stayed English)."""
    words = {
        QDialogButtonBox.StandardButton.Close: QCoreApplication.translate("Buttons", "Close"),
        QDialogButtonBox.StandardButton.Ok: QCoreApplication.translate("Buttons", "OK"),
        QDialogButtonBox.StandardButton.Cancel: QCoreApplication.translate("Buttons", "Cancel"),
    }
    for which, text in words.items():
        button = buttons.button(which)
        if button is not None:
            button.setText(text)
    return buttons


class _Installed:
    """What ``install_translators`` put in place last: removed before a new language goes in."""

    translators: ClassVar[list[QTranslator]] = []
    language: ClassVar[QLocale.Language] = QLocale.Language.English


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Qt's and AgentDesk's translations for ``locale`` (default: the system's), replacing any
    installed before: the window can change language while it runs (``set_language``)."""
    locale = locale or QLocale.system()
    for old in _Installed.translators:
        app.removeTranslator(old)
        old.deleteLater()
    plurals = SourcePlurals(app)
    app.installTranslator(plurals)
    installed: list[QTranslator] = [plurals]
    language = QLocale.Language.English
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
            if name == "agentdesk" and not translator.isEmpty():
                language = locale.language()
        else:
            translator.deleteLater()
    _Installed.translators = installed
    _Installed.language = language
    return installed


def set_language(app: QCoreApplication, code: str | None) -> QLocale.Language:
    """Speak ``code`` ("fr", "es", "id", "en"), or the system's language for None; returns the
    language the window now speaks (English when there is no translation for ``code``). Windows
    built afterwards speak it; the caller rebuilds the ones already shown."""
    install_translators(app, QLocale(code) if code else None)
    return _Installed.language


def window_language() -> QLocale.Language:
    """The language the window's words are in now: English until a translation is installed."""
    return _Installed.language


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


# How each language names itself in a menu: Qt's native names are the locale's ("American
# English", "español de España", "Indonesia"), not the language's.
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español", "id": "Bahasa Indonesia"}


def language_choices() -> list[tuple[str, str]]:
    """The languages View → Language offers, as (code, name in that language): English and
    every language a translation is built for, by name."""
    choices = []
    for language in {QLocale.Language.English, *translated_languages()}:
        locale = QLocale(language)
        code = locale.name().split("_")[0]
        name = locale.nativeLanguageName()
        choices.append((code, LANGUAGE_NAMES.get(code, name[:1].upper() + name[1:])))
    return sorted(choices, key=lambda choice: choice[1].casefold())
