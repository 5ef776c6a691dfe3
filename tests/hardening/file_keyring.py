"""A keyring backend for child processes in tests: the stand-in for the OS keyring.

A ``renewdesk`` started as a subprocess cannot see the in-memory keyring of the test
process, and this machine has no OS keyring. Point ``PYTHON_KEYRING_BACKEND`` at
``tests.hardening.file_keyring.FileKeyring`` and ``RENEWDESK_TEST_KEYRING`` at a
JSON file outside every folder RenewDesk writes; the secret then lives there only,
as it would in the OS keyring.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend

ENV = "RENEWDESK_TEST_KEYRING"


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @property
    def _path(self) -> Path:
        return Path(os.environ[ENV])

    def _load(self) -> dict[str, str]:
        return json.loads(self._path.read_text()) if self._path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}/{username}"] = password
        self._path.write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}/{username}", None)
        self._path.write_text(json.dumps(data))
