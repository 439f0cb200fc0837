"""The first-run dialog: server, then login and password (Platform API v1) or access token,
account and time zone (Chatwoot) — or the demo workspace.

The platform is detected from the server (``services.account.detect_platform``, on the task
runner) once its address is given, and the fields that platform needs are shown. Chatwoot has no
password exchange and no time zone in its profile: the agent pastes the access token from
Chatwoot's profile settings, and the zone defaults to this computer's. The account list appears
only when the agent is in several.

Signing in goes through ``agentdesk.services.account.sign_in`` (the same as ``agentdesk login``) on
the task runner, so a slow or dead server never freezes the dialog. Whatever goes wrong — bad
credentials, no answer, plain http to another machine, no keyring — is one sentence in the dialog,
with the technical text behind "Details".

No keyring is not a dead end: the dialog then offers "Sign in for this session only", which
keeps the token in memory (``TokenStore`` session tokens), never on disk; the next start asks
again. The dialog grows with its message: the fields keep their height at any length.
"""

from __future__ import annotations

import logging
from zoneinfo import available_timezones

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from agentdesk.domain.models import AgentProfile
from agentdesk.errors import AgentDeskError, KeyringUnavailableError
from agentdesk.services.account import (
    AccountChoiceNeededError,
    PlatformKind,
    detect_platform,
    sign_in,
    sign_in_chatwoot,
)
from agentdesk.services.local_zone import is_known_zone, local_zone
from agentdesk.ui.context import UiContext
from agentdesk.ui.error_words import plain_sentence, technical, technical_text, without_commands
from agentdesk.ui.tasks import TaskHandle

log = logging.getLogger(__name__)

DEMO_RESULT = 2
"""``exec()``'s answer when the user chose the demo workspace."""


class SignInDialog(QDialog):
    def __init__(
        self, ui: UiContext, *, demo_available: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in to AgentDesk"))
        self.setMinimumWidth(440)
        self._ui = ui
        self._handle: TaskHandle | None = None
        self._detecting = False
        self._submit_after: bool | None = None
        """A sign-in asked for while the server was being checked (its ``session_only``)."""
        self.kind: PlatformKind | None = None
        self._kind_for = ""
        """The server address ``kind`` was detected for."""
        self.profile: AgentProfile | None = None
        intro = QLabel(
            self.tr("Sign in with your contact-center account to see your indicators."), self
        )
        intro.setObjectName("signInIntro")
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(self._build_form())
        layout.addLayout(self._build_error())
        layout.addWidget(self.details)
        layout.addStretch(1)
        layout.addLayout(self._build_buttons(demo_available))
        # The dialog is at least as tall as its contents at its width: a message that wraps
        # to many lines makes it grow, never squeezes the fields (which are Fixed-height).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self._layout = layout
        settings = self._ui.app.settings()
        known = PlatformKind(settings.platform) if settings.server_url else None
        if known is None:
            self._show_rows(None)
        else:  # the platform was detected at the last sign-in to this server
            self._apply_kind(known, self.server.text().strip())
        self.server.editingFinished.connect(self._server_given)
        if known is PlatformKind.CHATWOOT:
            self.token.setFocus()
        else:
            first = self.password if self.server.text() and self.login.text() else self.server
            first.setFocus()

    def _build_form(self) -> QFormLayout:
        settings = self._ui.app.settings()
        self.server = self._field("serverUrl", settings.server_url or "")
        self.server.setPlaceholderText("https://desk.example.com")
        self.login = self._field("login", settings.login or "")
        self.password = self._field("password", "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.token = self._field("accessToken", "")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_hint = QLabel(
            self.tr("Find it in Chatwoot under Profile settings ▸ Access token."), self
        )
        self.token_hint.setObjectName("accessTokenHint")
        self.token_hint.setWordWrap(True)
        self.token_hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.account = QComboBox(self)
        self.account.setObjectName("account")
        self.account.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.zone = self._field("timeZone", settings.timezone or local_zone())
        completer = QCompleter(sorted(available_timezones()), self.zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone.setCompleter(completer)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Server:"), self.server)
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("Access &token:"), self.token)
        form.addRow("", self.token_hint)
        form.addRow(self.tr("&Account:"), self.account)
        form.addRow(self.tr("Time &zone:"), self.zone)
        self._form = form
        return form

    def _show_rows(self, kind: PlatformKind | None) -> None:
        """Login and password for v1 (and before detection), token and zone for Chatwoot; the
        account only when the agent has several."""
        chatwoot = kind is PlatformKind.CHATWOOT
        for field in (self.login, self.password):
            self._form.setRowVisible(field, not chatwoot)
        for widget in (self.token, self.token_hint, self.zone):
            self._form.setRowVisible(widget, chatwoot)
        self._form.setRowVisible(self.account, chatwoot and self.account.count() > 0)
        if self.isVisible():  # before it is shown, the dialog takes its size from its layout
            self._fit()

    def _apply_kind(self, kind: PlatformKind, server: str) -> None:
        if server != self._kind_for:
            self.account.clear()
        self.kind, self._kind_for = kind, server
        self._show_rows(kind)

    def _build_error(self) -> QHBoxLayout:
        self.error = QLabel(self)
        self.error.setObjectName("signInError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        self.details_button = self._button("signInDetailsButton", self.tr("Details"))
        self.details_button.setProperty("role", "link")
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._toggle_details)
        self.details_button.hide()
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("signInDetails")
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(90)
        self.details.hide()
        row = QHBoxLayout()
        row.addWidget(self.error, 1)
        row.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _build_buttons(self, demo_available: bool) -> QHBoxLayout:
        self.demo_button = self._button("openDemoButton", self.tr("Open the &demo workspace"))
        self.demo_button.setVisible(demo_available)
        self.demo_button.clicked.connect(lambda: self.done(DEMO_RESULT))
        self.cancel_button = self._button("cancelButton", self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel)
        self.session_button = self._button(
            "signInSessionButton", self.tr("Sign in for this session &only")
        )
        self.session_button.clicked.connect(lambda: self.submit(session_only=True))
        self.session_button.hide()
        self.sign_in_button = self._button("signInButton", self.tr("Sign &in"))
        self.sign_in_button.setProperty("role", "primary")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.session_button)
        buttons.addWidget(self.sign_in_button)
        return buttons

    def _field(self, name: str, text: str) -> QLineEdit:
        field = QLineEdit(text, self)
        field.setObjectName(name)
        field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return field

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    @property
    def busy(self) -> bool:
        return self._handle is not None

    def _server_given(self) -> None:
        server = self.server.text().strip()
        # Not while busy: disabling the focused field for a task also "finishes" its editing.
        if server and server != self._kind_for and not (self._detecting or self.busy):
            self._detect(server)

    def _detect(self, server: str) -> None:
        """Ask the server what it is, off the GUI thread; a sign-in asked for meanwhile
        continues once the answer is in."""
        self._detecting = True
        self._set_busy(True)
        self.sign_in_button.setText(self.tr("Checking…"))
        self._handle = self._ui.runner.run(
            lambda cancel: detect_platform(server),
            lambda kind: self._detected(server, kind),
            self._failed,
            receiver=self,
            name="detect platform",
        )

    def _detected(self, server: str, kind: PlatformKind) -> None:
        self._handle, self._detecting = None, False
        self._set_busy(False)
        self._apply_kind(kind, server)
        (self.token if kind is PlatformKind.CHATWOOT else self.login).setFocus()
        then, self._submit_after = self._submit_after, None
        if then is not None and server == self.server.text().strip():
            self.submit(session_only=then)

    def submit(self, *, session_only: bool = False) -> None:
        server = self.server.text().strip()
        if self._detecting:
            self._submit_after = session_only
            return
        if self._handle is not None:
            return
        if not server:
            self.show_error(
                self.tr("Fill in the server's address and your access token.")
                if self.kind is PlatformKind.CHATWOOT
                else self.tr("Fill in the server, your login and your password.")
            )
            return
        if server != self._kind_for:
            self._submit_after = session_only
            self._detect(server)
            return
        if self.kind is PlatformKind.CHATWOOT:
            self._submit_chatwoot(server, session_only)
            return
        login, password = self.login.text().strip(), self.password.text()
        if not (login and password):
            self.show_error(self.tr("Fill in the server, your login and your password."))
            return
        self._set_busy(True)
        ctx = self._ui.app
        self._handle = self._ui.runner.run(
            lambda cancel: sign_in(ctx, server, login, password, cancel, session_only=session_only),
            self._signed_in,
            self._failed,
            receiver=self,
            name="sign in",
        )

    def _submit_chatwoot(self, server: str, session_only: bool) -> None:
        token, zone = self.token.text().strip(), self.zone.text().strip()
        if not token:
            self.show_error(self.tr("Paste your access token from Chatwoot's profile settings."))
            return
        if not is_known_zone(zone):
            self.show_error(self.tr("Choose a time zone from the list, like Europe/Paris."))
            return
        account = self.account.currentData() if self.account.count() else None
        self._set_busy(True)
        ctx = self._ui.app
        self._handle = self._ui.runner.run(
            lambda cancel: sign_in_chatwoot(
                ctx,
                server,
                token,
                account=account,
                timezone=zone,
                cancel=cancel,
                session_only=session_only,
            )[0],
            self._signed_in,
            self._failed,
            receiver=self,
            name="sign in",
        )

    def show_problem(self, error: AgentDeskError) -> None:
        """``error`` in the window's words; no keyring offers the session-only sign-in."""
        no_keyring = isinstance(error, KeyringUnavailableError)
        self.show_error(plain_sentence(error), technical(error))
        self.session_button.setVisible(no_keyring)
        if no_keyring:
            self.session_button.setDefault(True)

    def show_error(self, sentence: str, details: str | None = None) -> None:
        self.error.setText(without_commands(sentence))
        self.error.show()
        self.details.setPlainText(technical_text(None, details))
        self.details_button.setChecked(False)
        self.details_button.setVisible(bool(details))
        self._fit()

    def _fit(self) -> None:
        """Grow to the height the contents need at the current width (a word-wrapped label's
        height depends on its width, which a top-level layout's minimum size ignores)."""
        self._layout.activate()
        needed = self._layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _signed_in(self, profile: AgentProfile) -> None:
        self._handle = None
        self.profile = profile
        self.password.clear()
        self.token.clear()
        self.accept()

    def _failed(self, error: AgentDeskError) -> None:
        self._handle, self._detecting, self._submit_after = None, False, None
        self._set_busy(False)
        log.info("Sign-in failed: %s", error.sentence)
        if isinstance(error, AccountChoiceNeededError) and error.accounts:
            self._offer_accounts(error.accounts)
            return
        self.show_problem(error)
        secret = self.token if self.kind is PlatformKind.CHATWOOT else self.password
        secret.setFocus()
        secret.selectAll()

    def _offer_accounts(self, accounts: dict[int, str]) -> None:
        self.account.clear()
        for number, name in sorted(accounts.items()):
            self.account.addItem(f"{name} ({number})", number)
        self._show_rows(self.kind)
        self.show_error(self.tr("You are in several Chatwoot accounts: choose one, then sign in."))
        self.account.setFocus()

    def _set_busy(self, busy: bool) -> None:
        fields = (self.server, self.login, self.password, self.token, self.account, self.zone)
        for widget in (*fields, self.sign_in_button):
            widget.setEnabled(not busy)
        self.session_button.setEnabled(not busy)
        self.demo_button.setEnabled(not busy)
        self.sign_in_button.setText(self.tr("Signing in…") if busy else self.tr("Sign &in"))
        if busy:
            self.error.hide()
            self.details_button.hide()
            self.details.hide()

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("Hide details") if shown else self.tr("Details"))
        self._fit()

    def _cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self._handle, self._detecting, self._submit_after = None, False, None
            self._set_busy(False)
            return
        self.reject()

    def reject(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        super().reject()
