"""AgentDesk: a desktop companion for customer-support agents."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("agentdesk")
    """From the installed package's metadata, so that ``pyproject.toml`` is the one place."""
except PackageNotFoundError:  # a source tree imported without being installed
    __version__ = "0+unknown"
