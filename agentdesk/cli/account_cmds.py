"""``agentdesk login`` and ``agentdesk logout``."""

from __future__ import annotations

import argparse
import getpass
import sys

from agentdesk.cli.common import context
from agentdesk.errors import KeyringUnavailableError, UsageError


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    login = commands.add_parser("login", help="sign in; the token goes to the OS keyring")
    login.add_argument("--server", help="the platform's URL (remembered for next time)")
    login.add_argument("--user", help="your login (asked for when missing)")
    login.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input instead of asking for it",
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
    from agentdesk.services.account import request_token, sign_in

    with context(args) as ctx:
        server = args.server or ctx.settings().server_url
        if not server:
            raise UsageError("Give the server once: agentdesk login --server URL.")
        user = args.user or ctx.settings().login
        if not user:
            if not sys.stdin.isatty():
                raise UsageError("Give your login with --user.")
            user = input("Login: ").strip()
        if args.password_stdin:
            password = sys.stdin.readline().rstrip("\n")
        elif sys.stdin.isatty():
            password = getpass.getpass("Password: ")
        else:
            raise UsageError("No terminal to ask for the password: use --password-stdin.")
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


def run_logout(args: argparse.Namespace) -> int:
    from agentdesk.services.account import sign_out

    with context(args) as ctx:
        print(sign_out(ctx).sentence())
    return 0
