"""``agentdesk login`` and ``agentdesk logout``."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

from agentdesk.cli.common import context
from agentdesk.errors import KeyringUnavailableError, UsageError

if TYPE_CHECKING:
    from agentdesk.services.context import AppContext


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    login = commands.add_parser("login", help="sign in; the token goes to the OS keyring")
    login.add_argument("--server", help="the platform's URL (remembered for next time)")
    login.add_argument("--user", help="your login (asked for when missing; not for Chatwoot)")
    login.add_argument(
        "--platform",
        choices=("v1", "chatwoot"),
        help="the platform's API (default: detected from the server)",
    )
    login.add_argument("--account", type=int, metavar="ID", help="Chatwoot: your account's id")
    login.add_argument(
        "--timezone",
        metavar="ZONE",
        help="Chatwoot: your IANA time zone, e.g. Europe/Paris (default: this computer's)",
    )
    login.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password (Chatwoot: the access token) from standard input",
    )
    login.add_argument(
        "--print-token",
        action="store_true",
        help="print the token on stdout instead of keeping it (for AGENTDESK_TOKEN where there "
        "is no keyring); nothing is stored",
    )
    login.set_defaults(func=run_login)
    logout = commands.add_parser("logout", help="forget the token of the configured server")
    logout.set_defaults(func=run_logout)


def run_login(args: argparse.Namespace) -> int:
    from agentdesk.platform.choose import detect_kind
    from agentdesk.platform.kinds import PlatformKind
    from agentdesk.services.account import request_token, sign_in

    with context(args) as ctx:
        server = args.server or ctx.settings().server_url
        if not server:
            raise UsageError("Give the server once: agentdesk login --server URL.")
        kind = PlatformKind(args.platform) if args.platform else detect_kind(server)
        if kind is PlatformKind.CHATWOOT:
            return _login_chatwoot(ctx, args, server)
        user = args.user or ctx.settings().login
        if not user:
            if not sys.stdin.isatty():
                raise UsageError("Give your login with --user.")
            user = input("Login: ").strip()
        password = _secret(args, "Password: ")
        if args.print_token:
            _, token = request_token(server, user, password)
            print(token)
            return 0
        try:
            profile = sign_in(ctx, server, user, password)
        except KeyringUnavailableError as error:
            raise KeyringUnavailableError(
                f"{error.sentence} To get a token: "
                f"export AGENTDESK_TOKEN=$(agentdesk login --print-token --user {user})"
            ) from error
        print(f"Signed in to {server} as {profile.name}. Next: agentdesk sync")
    return 0


def _login_chatwoot(ctx: AppContext, args: argparse.Namespace, server: str) -> int:
    from agentdesk.services.account import sign_in_chatwoot
    from agentdesk.services.local_zone import is_known_zone

    if args.print_token:
        raise UsageError(
            "With Chatwoot your access token (profile settings) is already the token: "
            "export AGENTDESK_TOKEN=<it> where there is no keyring."
        )
    if args.timezone and not is_known_zone(args.timezone):
        raise UsageError(f"{args.timezone!r} is not an IANA time zone, like Europe/Paris.")
    token = _secret(args, "Chatwoot access token: ", "access token")
    profile, account = sign_in_chatwoot(
        ctx, server, token, account=args.account, timezone=args.timezone
    )
    print(
        f"Signed in to Chatwoot at {server} (account {account}) as {profile.name}. "
        "Next: agentdesk sync"
    )
    return 0


def _secret(args: argparse.Namespace, prompt: str, what: str = "password") -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    raise UsageError(f"No terminal to ask for the {what}: use --password-stdin.")


def run_logout(args: argparse.Namespace) -> int:
    from agentdesk.services.account import sign_out

    with context(args) as ctx:
        print(sign_out(ctx).sentence())
    return 0
