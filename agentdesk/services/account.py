"""Sign in and out: the token goes to the OS keyring, the server URL and login to settings."""

from __future__ import annotations

import logging

from agentdesk.domain.models import AgentProfile
from agentdesk.platform.client import PlatformClient
from agentdesk.platform.http import check_server_url
from agentdesk.services.context import AppContext

log = logging.getLogger(__name__)


def sign_in(ctx: AppContext, server: str, login: str, password: str) -> AgentProfile:
    """Checks the URL before any traffic, asks for a token, proves it with ``/me``, and only
    then keeps it: a failed sign-in leaves the previous one untouched."""
    server = check_server_url(server)
    with PlatformClient(server) as client:
        token = client.authenticate(login, password)
        profile = client.me()
    ctx.tokens.set(server, token)
    ctx.settings_file.update(server_url=server, login=login)
    log.info("Signed in to %s as %s", server, profile.id)
    return profile


def sign_out(ctx: AppContext) -> str:
    server = ctx.server_url()
    ctx.tokens.delete(server)
    log.info("Signed out of %s", server)
    return server
