"""The ``agentdesk`` command: headless sub-commands over the services; no sub-command opens
the window."""

from agentdesk.cli.main import main

__all__ = ["main"]
