"""Sign in and out: the token goes to the OS keyring, the server URL and login to settings."""

from __future__ import annotations

import logging

from agentdesk.domain.models import AgentProfile
from agentdesk.platform.client import PlatformClient
from agentdesk.platform.http import check_server_url
from agentdesk.services.context import AppContext

log = logging.getLogger(__name__)


def request_token(server: str, login: str, password: str) -> tuple[AgentProfile, str]:
    """Checks the URL before any traffic, asks for a token and proves it with ``/me``."""
    server = check_server_url(server)
    with PlatformClient(server) as client:
        token = client.authenticate(login, password)
        return client.me(), token


def sign_in(ctx: AppContext, server: str, login: str, password: str) -> AgentProfile:
    """A failed sign-in leaves the previous one untouched. Once the credentials are proven the
    server is remembered even if the keyring then refuses the token, so that the user only has
    to add ``AGENTDESK_TOKEN`` (see ``agentdesk login --print-token``)."""
    profile, token = request_token(server, login, password)
    server = check_server_url(server)
    ctx.settings_file.update(server_url=server, login=login)
    ctx.tokens.set(server, token)
    log.info("Signed in to %s as %s", server, profile.id)
    return profile


def sign_out(ctx: AppContext) -> str:
    server = ctx.server_url()
    ctx.tokens.delete(server)
    log.info("Signed out of %s", server)
    return server
