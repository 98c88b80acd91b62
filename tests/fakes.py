"""Named fakes shared by the tests."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in memory for the length of the test run.

    With ``POPDESK_TEST_KEYRING`` naming a file in the test's temporary folder, its contents are
    shared with the popdesk processes a test starts, as one login's keyring would be.
    """

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def _load(self) -> None:
        shared = os.environ.get("POPDESK_TEST_KEYRING")
        if shared and Path(shared).exists():
            entries = json.loads(Path(shared).read_text(encoding="utf-8"))
            self.secrets = {(e["service"], e["user"]): e["secret"] for e in entries}

    def _save(self) -> None:
        shared = os.environ.get("POPDESK_TEST_KEYRING")
        if shared:
            entries = [
                {"service": k[0], "user": k[1], "secret": v} for k, v in self.secrets.items()
            ]
            Path(shared).write_text(json.dumps(entries), encoding="utf-8")

    def get_password(self, service: str, username: str) -> str | None:
        self._load()
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._load()
        self.secrets[(service, username)] = password
        self._save()

    def delete_password(self, service: str, username: str) -> None:
        self._load()
        self.secrets.pop((service, username), None)
        self._save()


class FixedClock:
    """Today, as the tests want it to be."""

    def __init__(self, today: date) -> None:
        self.day = today

    def today(self) -> date:
        return self.day
