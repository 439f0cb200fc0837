"""Sign in and out: the token goes to the OS keyring, the server URL and login to settings."""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass

from agentdesk.domain.models import AgentProfile
from agentdesk.errors import CancelledError, KeyringUnavailableError, StoreError, UsageError
from agentdesk.platform.kinds import PlatformKind
from agentdesk.platform.server_urls import check_server_url
from agentdesk.services.context import AppContext
from agentdesk.services.local_zone import local_zone
from agentdesk.sync.meta_keys import PLATFORM_META

# The HTTP client (requests), the Chatwoot API and the sync engine are imported by the calls that
# sign in or out: the window imports this module at start, before its first paint (issue 15).

log = logging.getLogger(__name__)

__all__ = [
    "AccountChoiceNeededError",
    "PlatformKind",
    "detect_platform",
    "request_token",
    "sign_in",
    "sign_in_chatwoot",
    "sign_out",
]


class AccountChoiceNeededError(UsageError):
    """The Chatwoot user is in several accounts (or none): the caller must choose. Carries
    them, id → name, so the window can offer a list where the command line names ``--account``."""

    def __init__(self, accounts: dict[int, str]) -> None:
        listed = ", ".join(f"{k} ({v})" for k, v in sorted(accounts.items())) or "none"
        super().__init__(
            f"Your Chatwoot user is in several accounts; choose one with --account ID: {listed}."
        )
        self.accounts = dict(accounts)


def detect_platform(server: str) -> PlatformKind:
    """Which platform ``server`` runs, for both front ends (one unauthenticated GET)."""
    from agentdesk.platform.choose import detect_kind  # noqa: PLC0415 - see the imports

    return detect_kind(server)


def request_token(server: str, login: str, password: str) -> tuple[AgentProfile, str]:
    """Checks the URL before any traffic, asks for a token and proves it with ``/me``."""
    from agentdesk.platform.client import PlatformClient  # noqa: PLC0415 - see the imports

    server = check_server_url(server)
    with PlatformClient(server) as client:
        token = client.authenticate(login, password)
        return client.me(), token


def sign_in(
    ctx: AppContext,
    server: str,
    login: str,
    password: str,
    cancel: threading.Event | None = None,
    *,
    session_only: bool = False,
) -> AgentProfile:
    """A failed or cancelled sign-in leaves the previous one untouched. Once the credentials
    are proven the server is remembered even if the keyring then refuses the token, so that the
    user only has to add ``AGENTDESK_TOKEN`` (see ``agentdesk login --print-token``).

    Signing in as another agent or to another server empties the store at once (see
    ``claim_workspace``); the same account keeps everything. ``session_only`` keeps the token
    in memory (no keyring on this desktop): this process stays signed in, the next asks again."""

    profile, token = request_token(server, login, password)
    if cancel is not None and cancel.is_set():
        raise CancelledError("Sign-in cancelled; nothing was changed.")
    server = check_server_url(server)
    _claim_store(ctx, server, profile)
    ctx.settings_file.update(server_url=server, login=login, platform=PlatformKind.V1.value)
    ctx.tokens.set(server, token, session_only=session_only)
    log.info("Signed in to %s as %s", server, profile.id)
    return profile


def sign_in_chatwoot(
    ctx: AppContext,
    server: str,
    token: str,
    *,
    account: int | None = None,
    timezone: str | None = None,
    cancel: threading.Event | None = None,
    session_only: bool = False,
) -> tuple[AgentProfile, int]:
    """Chatwoot needs no password exchange: the agent's access token (their profile page) is
    the token. It is proven with the profile, which also says the agent's accounts: when
    ``account`` is not given and there is only one, that one is used; with several,
    ``AccountChoiceNeededError`` lists them. ``session_only`` as for ``sign_in``."""
    from agentdesk.platform.chatwoot.api import ChatwootApi  # noqa: PLC0415 - see the imports
    from agentdesk.platform.chatwoot.connector import ChatwootConnector  # noqa: PLC0415

    server = check_server_url(server)
    zone = timezone or ctx.settings().timezone or local_zone()
    with ChatwootApi(server, token, account_id=account) as api:
        connector = ChatwootConnector(api, timezone=zone)
        if account is None:
            accounts = connector.accounts()
            if len(accounts) != 1:
                raise AccountChoiceNeededError(accounts)
            api.account_id = account = next(iter(accounts))
        profile = connector.me()
        identity_url = connector.base_url
    if cancel is not None and cancel.is_set():
        raise CancelledError("Sign-in cancelled; nothing was changed.")
    _claim_store(ctx, identity_url, profile, PlatformKind.CHATWOOT)
    ctx.settings_file.update(
        server_url=server, platform=PlatformKind.CHATWOOT.value, account=account, timezone=zone
    )
    ctx.tokens.set(server, token, session_only=session_only)
    log.info("Signed in to Chatwoot %s account %s as %s", server, account, profile.id)
    return profile, account


def _claim_store(
    ctx: AppContext, server: str, profile: AgentProfile, kind: PlatformKind = PlatformKind.V1
) -> None:
    from agentdesk.sync.engine import claim_workspace, workspace_identity  # noqa: PLC0415

    try:
        store = ctx.store()
        claim_workspace(store, workspace_identity(server, profile.id))
        store.save_profile(profile)
        store.set_meta(PLATFORM_META, kind.value)
    except StoreError as error:  # the sync will claim it, or say what is wrong with the store
        log.warning("Signed in, but the local store could not be prepared: %s", error.sentence)


@dataclass(frozen=True, slots=True)
class SignOut:
    server: str
    removed: bool
    """False when the keyring held no token for this server."""
    still_in_environment: bool
    """AGENTDESK_TOKEN is set: the program stays signed in until the user unsets it."""

    def sentence(self) -> str:
        said = (
            f"Signed out of {self.server}; the token was removed from the keyring."
            if self.removed
            else f"The keyring held no token for {self.server}."
        )
        if self.still_in_environment:
            said += " AGENTDESK_TOKEN is still set in your environment: unset it to sign out."
        return said


def token_in_environment() -> bool:
    """The sign-in comes from ``AGENTDESK_TOKEN``: nothing the program does can change it."""
    from agentdesk.platform.credentials import TOKEN_ENV  # noqa: PLC0415 - see the imports

    return bool(os.environ.get(TOKEN_ENV, "").strip())


def sign_out(ctx: AppContext) -> SignOut:
    """Forget the token. With ``AGENTDESK_TOKEN`` set the program stays signed in whatever the
    keyring does, so a keyring that cannot be reached then is only logged: the caller says
    what matters (the variable), not a keyring error about a token it never used."""
    server = ctx.server_url()
    in_environment = token_in_environment()
    try:
        removed = ctx.tokens.delete(server)
    except KeyringUnavailableError as error:
        if not in_environment:
            raise
        log.info("Keyring not reachable at sign-out (%s); AGENTDESK_TOKEN is set", error.sentence)
        removed = False
    log.info("Signed out of %s", server)
    return SignOut(server, removed, in_environment)
