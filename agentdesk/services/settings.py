"""User settings, declared once with their default, description and bounds.

Stored as JSON in the data folder with a schema version, written atomically. The token is never
here (it lives in the OS keyring or ``AGENTDESK_TOKEN``).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from agentdesk.errors import ConfigurationError
from agentdesk.services.local_zone import is_known_zone

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1


@dataclass(frozen=True, slots=True)
class Settings:
    server_url: str | None = None
    """Given once with ``agentdesk login --server`` (``AGENTDESK_SERVER`` overrides it)."""
    login: str | None = None
    """The last login used, to pre-fill the sign-in dialog. Never the password."""
    sync_interval_minutes: int = 5
    """How often the window syncs in the background, 1–120 minutes."""
    theme: str = "system"
    """``system`` follows the desktop's light/dark scheme; ``light`` or ``dark`` force one."""
    period: str = "week"
    """The period the indicators page opens on: ``day``, ``week`` or ``month``."""
    page: str = "indicators"
    """The page the window opens on."""
    window_geometry: str | None = None
    """Base64 of Qt's saved geometry."""
    today_position: tuple[int, int] | None = None
    """Where the agent put the today widget (its top-left, in screen pixels)."""
    platform: str = "v1"
    """``v1`` (Platform API v1) or ``chatwoot``; detected by ``agentdesk login``."""
    account: int | None = None
    """The Chatwoot account the agent works in (``login --account``)."""
    local_indicators: tuple[str, ...] | None = None
    """The tiles where the platform has no admin list for agents (Chatwoot), in order; None:
    everything the platform can supply."""
    timezone: str | None = None
    """The agent's IANA time zone where the platform does not say it (Chatwoot); None: this
    computer's."""
    language: str | None = None
    """The window's language ("fr", "es", "id", "en"), chosen in View → Language; None: the
    system's."""


_VALIDATORS: dict[str, Callable[[Any], bool]] = {
    "server_url": lambda v: v is None or isinstance(v, str),
    "login": lambda v: v is None or isinstance(v, str),
    "sync_interval_minutes": lambda v: isinstance(v, int) and 1 <= v <= 120,
    "theme": lambda v: v in {"system", "light", "dark"},
    "period": lambda v: v in {"day", "week", "month"},
    "page": lambda v: isinstance(v, str),
    "window_geometry": lambda v: v is None or isinstance(v, str),
    "today_position": lambda v: (
        v is None
        or (isinstance(v, list | tuple) and len(v) == 2 and all(type(n) is int for n in v))
    ),
    "platform": lambda v: v in {"v1", "chatwoot"},
    "account": lambda v: v is None or (isinstance(v, int) and not isinstance(v, bool) and v > 0),
    "local_indicators": lambda v: (
        v is None
        or (isinstance(v, list | tuple) and len(v) <= 10 and all(isinstance(k, str) for k in v))
    ),
    "timezone": lambda v: v is None or (isinstance(v, str) and is_known_zone(v)),
    "language": lambda v: v is None or (isinstance(v, str) and v.isascii() and v.isalpha()),
}


def _migrate(raw: dict[str, Any]) -> dict[str, Any]:
    """Bring an older file up to SCHEMA_VERSION. Version 1 is the first; later ones add steps."""
    return raw


class SettingsFile:
    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> Settings:
        """Unknown keys and out-of-bounds values are dropped with a log line: a hand-edited file
        never stops the program, it falls back to the default for that setting."""
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return Settings()
        except (OSError, ValueError) as error:
            log.warning("Ignoring unreadable settings file %s: %s", self.path, error)
            return Settings()
        if not isinstance(raw, dict):
            return Settings()
        raw = _migrate(raw)
        values: dict[str, Any] = {}
        for field in fields(Settings):
            if field.name in raw:
                if _VALIDATORS[field.name](raw[field.name]):
                    value = raw[field.name]
                    values[field.name] = tuple(value) if isinstance(value, list) else value
                else:
                    log.warning("Ignoring invalid setting %s=%r", field.name, raw[field.name])
        return Settings(**values)

    def save(self, settings: Settings) -> None:
        document = {"schema_version": SCHEMA_VERSION, **asdict(settings)}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=self.path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(document, handle, indent=2)
            os.replace(tmp, self.path)
        except OSError as error:
            raise ConfigurationError(
                f"AgentDesk could not save its settings to {self.path}: {error.strerror}."
            ) from error

    def update(self, **changes: Any) -> Settings:
        settings = replace(self.load(), **changes)
        self.save(settings)
        return settings
