"""A keyring kept in one file, for benchmarks that start popdesk in a child process: the key is
found as in a desktop keyring, so opening costs no passphrase derivation (never for real use).

    PYTHON_KEYRING_BACKEND=bench_keyring.FileKeyring POPDESK_BENCH_KEYRING=keys.json
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def _path(self) -> Path:
        return Path(os.environ["POPDESK_BENCH_KEYRING"])

    def _read(self) -> dict[str, str]:
        try:
            return dict(json.loads(self._path().read_text()))
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        held = self._read()
        held[f"{service}/{username}"] = password
        self._path().write_text(json.dumps(held))

    def delete_password(self, service: str, username: str) -> None:
        held = self._read()
        held.pop(f"{service}/{username}", None)
        self._path().write_text(json.dumps(held))
