"""``agentdesk doctor``."""

from __future__ import annotations

import argparse

from agentdesk.cli.common import add_json, context
from agentdesk.cli.output import print_json

_MARK = {"ok": "ok  ", "warning": "warn", "problem": "FAIL"}
"""By ``Health`` value (a ``StrEnum``), so that parsing the command does not import it."""


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    doctor = commands.add_parser("doctor", help="check the store, keyring and server")
    add_json(doctor)
    doctor.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from agentdesk.services.doctor import Health, run_checks

    with context(args) as ctx:
        checks = list(run_checks(ctx))
    if args.json:
        print_json({"checks": [c.to_json() for c in checks]})
    else:
        for check in checks:
            print(f"[{_MARK[check.health]}] {check.name}: {check.sentence}")
    return 1 if any(c.health is Health.PROBLEM for c in checks) else 0
