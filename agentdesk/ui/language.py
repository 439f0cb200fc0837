"""The window changes language while it runs: View → Language installs the new translations
(``i18n.set_language``) and the window is rebuilt in them, on the same page and at the same
place, so that every word — menus, pages, banners — is said again without a restart."""

from __future__ import annotations

from collections.abc import Callable

from agentdesk.ui.main_window import MainWindow


def rebuilt(old: MainWindow) -> MainWindow:
    """A new window in the language now installed, replacing ``old`` (shown before ``old``
    closes, so that the application never finds itself without a window). It syncs at once,
    which also says the sync status again in the new words. ``old`` is closed, not deleted:
    whoever holds it deletes it."""
    new = MainWindow(old.ui, demo=old.demo, pages=old.page_specs)
    new.restoreGeometry(old.saveGeometry())
    new.show_page(old.current_key)
    new.show()
    old.close()  # saves the geometry and the page, stops the old window's syncing
    new.start()
    return new


def rebuild_on_language_change(window: MainWindow, adopt: Callable[[MainWindow], None]) -> None:
    """Whenever the agent picks another language in ``window``, replace it by a rebuilt one and
    hand that to ``adopt`` (which also disposes of the old one); the new window is followed
    the same way."""

    def rebuild() -> None:
        new = rebuilt(window)
        adopt(new)
        rebuild_on_language_change(new, adopt)

    window.language_changed.connect(rebuild)
