"""Where AgentDesk keeps its files: the platform's user data folder, or ``AGENTDESK_HOME``."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from agentdesk.errors import ConfigurationError

APP_NAME = "AgentDesk"


@dataclass(frozen=True, slots=True)
class AppPaths:
    home: Path

    @classmethod
    def from_environment(cls) -> AppPaths:
        override = os.environ.get("AGENTDESK_HOME")
        home = (
            Path(override).expanduser()
            if override
            else platformdirs.user_data_path(APP_NAME, False)
        )
        return cls(home=home.resolve())

    @property
    def database(self) -> Path:
        return self.home / "agentdesk.sqlite"

    @property
    def index(self) -> Path:
        return self.home / "index"

    @property
    def settings_file(self) -> Path:
        return self.home / "settings.json"

    @property
    def log_file(self) -> Path:
        return self.home / "logs" / "agentdesk.log"

    def ensure(self) -> AppPaths:
        """Create the folders; a read-only or full disk becomes a sentence, not a traceback."""
        try:
            self.log_file.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise ConfigurationError(
                f"AgentDesk cannot create its data folder {self.home}: {error.strerror}. "
                "Set AGENTDESK_HOME to a folder you can write to."
            ) from error
        return self
