"""A keyring backend for subprocess tests only: a JSON file named by AGENTDESK_TEST_KEYRING.

Selected explicitly with ``PYTHON_KEYRING_BACKEND=tests.support.file_keyring.FileKeyring``; its
priority is negative so keyring never picks it on its own. Never imported by application code.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class FileKeyring(KeyringBackend):
    priority = -1  # type: ignore[assignment]

    @property
    def _path(self) -> Path:
        return Path(os.environ["AGENTDESK_TEST_KEYRING"])

    def _load(self) -> dict[str, str]:
        try:
            return dict(json.loads(self._path.read_text()))
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}|{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}|{username}"] = password
        self._path.write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}|{username}", None)
        self._path.write_text(json.dumps(data))
