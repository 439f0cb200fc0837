"""The window an agent keeps open beside the web console: navigation, pages, banners, status.

It owns no data: pages query through services on the task runner, the sync controller announces
changes on ``AppEvents``, and this shell only places things, remembers geometry, page and period
in the settings file, and turns errors into banners.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import tzinfo
from functools import partial

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import AgentDeskError, UsageError
from agentdesk.services.account import SignOut, sign_out, token_in_environment
from agentdesk.services.indicators import Workspace, load_workspace
from agentdesk.ui.about import AboutDialog
from agentdesk.ui.account_badge import AccountBadge
from agentdesk.ui.banner import Banner
from agentdesk.ui.context import UiContext
from agentdesk.ui.error_words import plain_sentence, technical
from agentdesk.ui.events import SyncStatus
from agentdesk.ui.nav_badge import BADGE_ROLE, BadgeDelegate
from agentdesk.ui.page_stack import PageStack
from agentdesk.ui.pages import BadgePage, PageSpec, PeriodPage, default_pages
from agentdesk.ui.status_area import SyncStatusArea
from agentdesk.ui.sync_controller import SyncController
from agentdesk.ui.tasks import TaskHandle
from agentdesk.ui.time_words import agent_zone, at_words
from agentdesk.ui.today_host import TodayHost
from agentdesk.ui.window_menus import WindowMenus

log = logging.getLogger(__name__)

MINIMUM_SIZE = QSize(720, 520)
DEFAULT_SIZE = QSize(1040, 720)


class MainWindow(QMainWindow):
    sign_out_requested = Signal()
    """The token is forgotten (the user chose Sign out, or to sign in again): the application
    takes over, calling ``close_when_idle``."""
    language_changed = Signal()  # View → Language: the window is rebuilt (ui/language.py)
    pages_made = Signal()
    """Every page is made (``page_stack.py``): what they hold is long-lived (``ui/heap.py``)."""

    def __init__(
        self,
        ui: UiContext,
        *,
        pages: Sequence[PageSpec] | None = None,
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.ui = ui
        self.demo = demo
        title = self.tr("AgentDesk")
        self.setWindowTitle(self.tr("%1 — demo workspace").replace("%1", title) if demo else title)
        self.setMinimumSize(MINIMUM_SIZE)
        self.resize(DEFAULT_SIZE)

        self.offline_banner = Banner("offlineBanner", "offline", self)
        self.offline_banner.action_triggered.connect(self.refresh)
        self.error_banner = Banner("errorBanner", "error", self)
        self.error_banner.action_triggered.connect(self.sign_out)
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.navigation.setItemDelegate(BadgeDelegate(ui.theme, self.navigation))
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pages")
        self._keys: list[str] = []
        self._sync_error: str | None = None
        self._closed = False
        self._started = False
        self._zone: tzinfo | None = None
        self._workspace_task: TaskHandle | None = None
        self._build_central()

        self.sync = SyncController(ui, self)
        self.sync.sign_in_needed.connect(self._on_sign_in_needed)
        self.status_area = SyncStatusArea(ui.events, ui.clock, self)
        self.statusBar().setObjectName("statusBar")
        self.statusBar().addPermanentWidget(self.status_area, 1)
        self._idle_poll = QTimer(self)
        self._idle_poll.setInterval(100)
        self._idle_poll.timeout.connect(self._close_if_idle)
        self.today = TodayHost(ui, self)
        self.today.open_dashboard.connect(self._show_dashboard)
        self.menus = WindowMenus(self, ui, self.today)
        self.account = AccountBadge(None if demo else self._server_url(), demo=demo, parent=self)
        self.account.sign_out_clicked.connect(self.sign_out)
        ui.events.workspace_loaded.connect(self.account.set_workspace)
        self.menuBar().setCornerWidget(self.account, Qt.Corner.TopRightCorner)

        self._specs = list(pages if pages is not None else default_pages())
        self._items = {spec.key: self._add_entry(spec) for spec in self._specs}
        self.pages = PageStack(self.stack, self._specs, self._make_page, self._on_page_made)
        self._route_to_closed()
        self.navigation.currentRowChanged.connect(self._on_page_chosen)
        ui.runner.failed.connect(self.show_error)
        ui.runner.bug.connect(self._show_bug)
        ui.events.sync_status_changed.connect(self._on_sync_status)
        ui.events.data_changed.connect(self._load_workspace)
        self._restore()

    # -- building -----------------------------------------------------------------------------

    @property
    def page_specs(self) -> list[PageSpec]:
        return list(self._specs)

    def _server_url(self) -> str | None:
        try:
            return self.ui.app.server_url()
        except AgentDeskError:
            return None

    def _build_central(self) -> None:
        self.navigation.setFixedWidth(150)
        self.navigation.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        content = QWidget(self)
        content.setObjectName("content")
        column = QVBoxLayout(content)
        column.setContentsMargins(12, 10, 12, 6)
        column.setSpacing(8)
        column.addWidget(self.offline_banner)
        column.addWidget(self.error_banner)
        column.addWidget(self.stack, 1)
        central = QWidget(self)
        central.setObjectName("central")
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.navigation)
        row.addWidget(content, 1)
        self.setCentralWidget(central)

    def _add_entry(self, spec: PageSpec) -> QListWidgetItem:
        """The page's navigation entry and menu action; the page itself is made later."""
        self._keys.append(spec.key)
        item = QListWidgetItem(spec.title(), self.navigation)
        item.setData(Qt.ItemDataRole.UserRole, spec.key)
        item.setToolTip(f"{spec.title()} ({spec.shortcut})")
        self.menus.add_page_action(spec, partial(self.show_page, spec.key))
        return item

    def _make_page(self, spec: PageSpec) -> QWidget:
        page = spec.make(self.ui)
        page.setParent(self.stack)
        return page

    def _on_page_made(self, spec: PageSpec, page: QWidget) -> None:
        if isinstance(page, PeriodPage):
            page.set_period(self.ui.app.settings().period)
            page.period_changed.connect(self._remember_period)
        if isinstance(page, BadgePage):
            item = self._items[spec.key]
            page.badge_changed.connect(partial(self._show_badge, item, item.toolTip()))
        if "closed" in self.pages and spec.key != "closed":
            signal = getattr(page, "drill_down_requested", None)
            if isinstance(signal, SignalInstance):
                signal.connect(self.show_figure)
        if self._started:
            refresh = getattr(page, "refresh", None)
            if callable(refresh):
                refresh()
        if len(self.pages.made()) == len(self._specs):
            self.pages_made.emit()

    def _route_to_closed(self) -> None:
        """Ctrl+F / Ctrl+K search the closed conversations from anywhere; a figure's "Show
        these conversations" opens them (see ``pages.py``)."""
        if "closed" not in self.pages:
            return
        for keys in ("Ctrl+F", "Ctrl+K"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setObjectName(f"searchShortcut_{keys[-1]}")
            shortcut.activated.connect(self.focus_search)

    def focus_search(self) -> None:
        self.show_page("closed")
        self.pages["closed"].focus_search()  # type: ignore[attr-defined]

    def show_figure(self, figure: object) -> None:
        self.show_page("closed")
        self.pages["closed"].show_figure(figure)  # type: ignore[attr-defined]

    def _restore(self) -> None:
        settings = self.ui.app.settings()
        if settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(settings.window_geometry.encode("ascii")))
        self.show_page(settings.page if settings.page in self.pages else self._keys[0])

    # -- pages --------------------------------------------------------------------------------

    @property
    def current_key(self) -> str:
        return self._keys[self.stack.currentIndex()] if self._keys else ""

    def show_page(self, key: str) -> None:
        self.navigation.setCurrentRow(self._keys.index(key))

    def _on_page_chosen(self, row: int) -> None:
        if row < 0:
            return
        self.pages.make(self._keys[row])
        self.stack.setCurrentIndex(row)

    def _show_badge(self, item: QListWidgetItem, tooltip: str, text: str, words: str) -> None:
        item.setData(BADGE_ROLE, text)
        item.setToolTip(f"{tooltip}\n{words}" if words else tooltip)
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, words)

    def _remember_period(self, kind: str) -> None:
        self.save_settings(period=kind)

    def _show_dashboard(self) -> None:
        self.show_page("indicators")
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # -- work ---------------------------------------------------------------------------------

    def start(self, *, sync: bool = True) -> None:
        """Begin background work: the admin's today widget, then the first sync and the timer
        (``sync=False``: only what the store already holds)."""
        self._closed = False
        first_start = not self._started
        self._started = True
        self._load_workspace()
        self.sync.start(sync=sync)
        if first_start:
            self.pages.make_rest_after_first_answer(lambda: self._closed)

    def refresh(self) -> None:
        """F5: redraw the page from the store at once, and sync."""
        page = self.stack.currentWidget()
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()
        self.sync.sync_now()

    def _load_workspace(self) -> None:
        if self._closed:
            return
        if self._workspace_task is not None:
            self._workspace_task.cancel()  # the newer read supersedes it
        store_ctx = self.ui.app
        self._workspace_task = self.ui.runner.run(
            lambda _cancel: load_workspace(store_ctx.store()),
            self._on_workspace,
            self._on_workspace_failure,
            receiver=self,
            name="workspace",
        )

    def _on_workspace(self, workspace: Workspace) -> None:
        if self._closed:  # a read that finished after the window closed must not reopen the widget
            return
        self._zone = agent_zone(workspace)
        self.ui.events.workspace_loaded.emit(workspace)
        if not self.sync.status.online:
            self._on_sync_status(self.sync.status)  # said again, on the agent's clock
        self.today.set_enabled(workspace.settings.daily_widget)

    def _on_workspace_failure(self, error: AgentDeskError) -> None:
        if not isinstance(error, UsageError):  # nothing synced yet: the sync will tell
            self.show_error(error)

    # -- messages -----------------------------------------------------------------------------

    def show_error(self, error: AgentDeskError) -> None:
        self.error_banner.show_message(plain_sentence(error), technical(error))

    def _show_bug(self, text: str) -> None:
        sentence, _, details = text.partition("\n\n")
        self.error_banner.show_message(sentence, details or None)

    def _on_sign_in_needed(self, sentence: str) -> None:
        if token_in_environment():  # signing in again here could not replace it: say so
            self.error_banner.show_message(
                self.tr(
                    "The server no longer accepts the token in the AGENTDESK_TOKEN environment "
                    "variable. AgentDesk uses that token while the variable is set: replace it "
                    "and start AgentDesk again."
                ),
                sentence,
            )
            return
        self.error_banner.show_message(
            self.tr("The server no longer accepts your sign-in; sign in again to keep syncing."),
            sentence,
            action=self.tr("Sign in again…"),
        )

    # -- signing out --------------------------------------------------------------------------

    def sign_out(self) -> None:
        """Forget the token (in the background: a keyring can be slow), then hand over to the
        sign-in dialog. Syncing stops meanwhile and starts again if the token stays."""
        ctx = self.ui.app
        self.sync.stop()
        self.ui.runner.run(
            lambda _cancel: sign_out(ctx),
            self._on_signed_out,
            self._on_sign_out_failed,
            receiver=self,
            name="sign out",
        )

    def _on_signed_out(self, result: SignOut) -> None:
        if result.still_in_environment:
            self.error_banner.show_message(
                self.tr(
                    "You are still signed in: AgentDesk uses the token in the AGENTDESK_TOKEN "
                    "environment variable while it is set. To sign out, remove the variable and "
                    "start AgentDesk again."
                )
            )
            self.sync.resume()
            return
        self.sign_out_requested.emit()

    def _on_sign_out_failed(self, error: AgentDeskError) -> None:
        self.show_error(error)
        self.sync.resume()

    def close_when_idle(self) -> None:
        """Close once no background work is left, disabled and saying so meanwhile: a sync in
        the middle of a slow request ends that request first, and the sign-in dialog that
        follows must not wait for it frozen."""
        self.sync.stop()
        self.ui.runner.cancel_all()
        central = self.centralWidget()
        if central is not None:
            central.setEnabled(False)
        self.menuBar().setEnabled(False)
        self.status_area.show_note(self.tr("Signing out…"))
        self._idle_poll.start()

    def _close_if_idle(self) -> None:
        if self.ui.runner.active_count == 0:
            self._idle_poll.stop()
            self.close()

    def _on_sync_status(self, status: SyncStatus) -> None:
        if status.online:
            self.offline_banner.clear()
            if status.error and not status.running and self.error_banner.isHidden():
                self.error_banner.show_message(status.error, status.error_details)
                self._sync_error = status.error
            elif not status.error and not status.running and self._sync_error:
                if self.error_banner.sentence == self._sync_error:
                    self.error_banner.clear()  # the sync that failed has now worked
                self._sync_error = None
            return
        if status.last_synced_at is None:
            sentence = self.tr("Offline — the server cannot be reached and nothing is synced yet.")
        else:
            sentence = self.tr("Offline — showing what was synced %1.").replace(
                "%1", at_words(status.last_synced_at, self.ui.clock(), self._zone)
            )
        self.offline_banner.show_message(
            sentence,
            status.error_details or status.error,
            action=self.tr("Try again"),
            dismissible=False,
        )

    def open_about(self) -> AboutDialog:
        dialog = AboutDialog(self.ui, self, pages=self._specs)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- closing ------------------------------------------------------------------------------

    def save_settings(self, **changes: object) -> None:
        try:
            self.ui.app.settings_file.update(**changes)
        except AgentDeskError as error:
            self.show_error(error)
        else:
            self.ui.events.settings_changed.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        if self._workspace_task is not None:
            self._workspace_task.cancel()
        self.sync.stop()
        self.today.close()
        for page in self.pages.made():
            close_chart = getattr(page, "close_chart", None)
            if callable(close_chart):
                close_chart()
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.save_settings(window_geometry=geometry, page=self.current_key)
        super().closeEvent(event)
