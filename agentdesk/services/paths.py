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
        """Create the data folder; a disk that refuses becomes a sentence, not a traceback.
        An existing folder that cannot be written is left for each command to find out (the
        reading ones work; the log then only warns on stderr)."""
        try:
            self.home.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as error:
            raise ConfigurationError(
                f"AgentDesk cannot create its data folder {self.home}: {error.strerror}. "
                "Set AGENTDESK_HOME to a folder you can write to."
            ) from error
        make_private(self.home)
        for entry in (self.database, self.settings_file, self.log_file.parent, self.index):
            make_private(entry)
        for sidecar in self.home.glob(f"{self.database.name}-*"):  # -wal, -shm
            make_private(sidecar)
        return self


def make_private(path: Path) -> None:
    """Folders ``0700``, files ``0600``: the store, the index and the log hold customers'
    names and messages, like the exports. Applied at every start, so an install made before
    this rule is fixed too; best effort (a file of another owner, a read-only disk)."""
    if os.name != "posix":
        return
    try:
        mode = 0o700 if path.is_dir() else 0o600
        if path.exists() and (path.stat().st_mode & 0o777) != mode:
            path.chmod(mode)
    except OSError:
        pass
