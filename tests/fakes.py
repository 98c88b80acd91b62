"""Named fakes shared by the tests."""

from __future__ import annotations

from datetime import date

from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in memory for the length of the test run."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


class FixedClock:
    """Today, as the tests want it to be."""

    def __init__(self, today: date) -> None:
        self.day = today

    def today(self) -> date:
        return self.day
