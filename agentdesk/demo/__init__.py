"""The embedded demo platform: a seeded workspace generator, a local HTTP server speaking
Platform API v1, and fault injection. ``python -m agentdesk.demo --help`` runs it.

The names below are loaded on first use (PEP 562): every ``agentdesk`` command mounts
``demo-server`` on its parser, which imports this package, and would otherwise pay for the
generator and the server it does not run.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from agentdesk.demo.faults import FAULTS_HELP, FaultPlan
    from agentdesk.demo.generator import generate_workspace
    from agentdesk.demo.server import DemoServer
    from agentdesk.demo.workspace import (
        DEMO_LOGIN,
        DEMO_PASSWORD,
        Workspace,
        load_dataset,
        workspace_from_dataset,
    )

_HOMES = {
    "FAULTS_HELP": "faults",
    "FaultPlan": "faults",
    "generate_workspace": "generator",
    "DemoServer": "server",
    "DEMO_LOGIN": "workspace",
    "DEMO_PASSWORD": "workspace",
    "Workspace": "workspace",
    "load_dataset": "workspace",
    "workspace_from_dataset": "workspace",
}

__all__ = [
    "DEMO_LOGIN",
    "DEMO_PASSWORD",
    "FAULTS_HELP",
    "DemoServer",
    "FaultPlan",
    "Workspace",
    "generate_workspace",
    "load_dataset",
    "workspace_from_dataset",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)
