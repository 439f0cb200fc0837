"""AgentDesk: a desktop companion for customer-support agents."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    __version__: str
    """From the installed package's metadata, so that ``pyproject.toml`` is the one place."""


def __getattr__(name: str) -> str:
    """``__version__`` is read on first use: ``importlib.metadata`` costs every command (and
    every Tab of shell completion) about half of its parser's imports."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

    try:
        found = version("agentdesk")
    except PackageNotFoundError:  # a source tree imported without being installed
        found = "0+unknown"
    globals()["__version__"] = found
    return found
