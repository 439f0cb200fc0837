"""The embedded demo platform: a seeded workspace generator, a local HTTP server speaking
Platform API v1, and fault injection. ``python -m agentdesk.demo --help`` runs it."""

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
