"""``agentdesk --demo`` where there is no display: the demo, told in the terminal.

A window on a machine without a display helps nobody, and a refusal teaches nothing. Instead the
demo platform starts as it would for the window, and the real commands run against it, in the
order a new user would try them: ``sync`` (with its progress bar), this week's ``indicators``, a
``search`` (matched words between asterisks) and the ``paused`` list. Then one paragraph says how
to see the window. Every step goes through the ordinary parser and command, so the demo shows
exactly what the commands print.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime

Parse = Callable[[Sequence[str]], argparse.Namespace]

SEED = 7
CONVERSATIONS = 3000
SEARCH_WORDS = "remboursement colis"

STEPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Syncing your conversations from the platform", ("sync",)),
    ("This week's indicators, against the same span of last week", ("indicators",)),
    (
        f"Searching your closed conversations for {SEARCH_WORDS!r} (matched words in *stars*)",
        ("search", *SEARCH_WORDS.split(), "--limit", "5"),
    ),
    ("Your paused conversations, and whether each can be reopened", ("paused",)),
)

HOW_TO_SEE_THE_WINDOW = """\
That was the demo workspace, in the terminal, because this session has no display.
To see the window:
  - in a desktop session, run the same command (./run demo from a checkout, or agentdesk --demo);
  - on this machine, serve the window over VNC: QT_QPA_PLATFORM=vnc ./run demo
    (or QT_QPA_PLATFORM=vnc agentdesk --demo), then point a VNC viewer at 127.0.0.1:5900.
    Qt's VNC server has no password and listens on every network interface: use it on a
    machine whose port 5900 only you can reach (or tunnel it: ssh -L 5900:127.0.0.1:5900 …)."""


def has_display(environ: Mapping[str, str] | None = None) -> bool:
    """Whether Qt can open a window: a platform chosen explicitly (offscreen, vnc, eglfs…) counts,
    and only Linux can lack a display."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return True
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


@contextmanager
def _environment(values: Mapping[str, str]) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _heading(text: str) -> None:
    print(f"\n== {text}", flush=True)


def run(parse: Parse, *, conversations: int = CONVERSATIONS) -> int:
    """Runs the steps against a private demo platform and data folder, both gone afterwards."""
    from agentdesk.demo.generator import generate_workspace
    from agentdesk.demo.server import DemoServer

    print("AgentDesk demo: this session has no display, so the demo runs in the terminal.")
    print("Starting the demo platform on loopback with a generated workspace…", flush=True)
    workspace = generate_workspace(SEED, conversations, datetime.now(UTC))
    token = secrets.token_urlsafe(24)
    with (
        tempfile.TemporaryDirectory(prefix="agentdesk-demo-") as home,
        DemoServer(workspace, token=token) as server,
        _environment(
            {"AGENTDESK_HOME": home, "AGENTDESK_SERVER": server.url, "AGENTDESK_TOKEN": token}
        ),
    ):
        print(f"The demo platform listens on {server.url}.")
        for title, argv in STEPS:
            _heading(title)
            args = parse(argv)
            code = int(args.func(args) or 0)
            if code:
                return code
    print()
    print(HOW_TO_SEE_THE_WINDOW)
    return 0
