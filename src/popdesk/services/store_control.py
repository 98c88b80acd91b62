"""What the desktop app may do to the open store as a whole, without reaching into the database:
lock and unlock it, back it up, restore it, change how its key is protected."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from popdesk.db.restore import Restored
    from popdesk.db.store import AskSecret, Rotation, Store
    from popdesk.security.backups import BackupInfo, BackupPolicy
    from popdesk.security.sqlcipher_files import Interruptible


class StoreControl:
    def __init__(self, store: Store, *, demo_passphrase: str | None = None) -> None:
        self._store = store
        self.demo_passphrase = demo_passphrase  # a throwaway demo store says its passphrase
        self.on_restored: list[Callable[[], None]] = []
        self._checks: set[Interruptible] = set()

    @property
    def path(self) -> Path:
        return self._store.path

    @property
    def locked(self) -> bool:
        return self._store.locked

    @property
    def has_passphrase(self) -> bool:
        return self._store.key_file.has_passphrase

    @property
    def backup_folder(self) -> Path:
        return self._store.policy.folder_for(self._store.path)

    def key_description(self) -> str:
        return self._store.key_place.describe()

    def key_place(self) -> tuple[bool, str, str | None]:
        """Where the key is kept: whether a keyring holds it, which keyring (or why none)."""
        place = self._store.key_place.keyring
        return place.ok, place.backend, place.reason

    def keyring_ok(self) -> bool:
        return self._store.key_place.keyring.ok

    @property
    def checked_on_open(self) -> bool:
        """Whether opening read every page (a large store's pages are checked afterwards)."""
        from popdesk.db.inspection import QUICK_CHECK_LIMIT

        return self._store.path.stat().st_size <= QUICK_CHECK_LIMIT

    def quick_check(self) -> str | None:
        """Read every page (SQLite's quick check); None if all is well, else what is wrong."""
        from popdesk.security import sqlcipher_files

        check = sqlcipher_files.Interruptible()
        self._checks.add(check)
        try:
            return sqlcipher_files.integrity(
                self._store.path, self._store._require_key(), quick=True, stop=check
            )
        finally:
            self._checks.discard(check)

    def stop_checks(self) -> None:
        """Stop page checks still running (popdesk is closing): they raise CheckStopped."""
        for check in list(self._checks):
            check.stop()

    def lock(self) -> None:
        self._store.lock()

    def unlock(self, secret: str) -> bool:
        return self._store.unlock(secret)

    def backup_now(self) -> Path:
        return self._store.backup("manual")

    def backup_to(self, destination: Path, *, replace: bool = False) -> Path:
        """Never over the store itself; over another file only with ``replace``."""
        return self._store.backup_to(destination, replace=replace)

    def backups(self) -> list[BackupInfo]:
        return self._store.list_backups()

    def restore(self, backup: Path, ask: AskSecret | None = None) -> Restored:
        from popdesk.db.restore import restore_open_store

        done = restore_open_store(self._store, backup, ask=ask)
        for callback in self.on_restored:
            callback()
        return done

    def set_backup_policy(self, policy: BackupPolicy) -> None:
        self._store.policy = policy

    def set_passphrase(self, passphrase: str, *, old_backups: str = "keep") -> Rotation:
        """The store re-encrypted under a new key: see ``Store.rotate_key``."""
        return self._store.set_passphrase(passphrase, old_backups=old_backups)

    def renew_recovery_key(
        self, passphrase: str | None = None, *, old_backups: str = "keep"
    ) -> Rotation:
        return self._store.renew_recovery_key(passphrase, old_backups=old_backups)

    def is_passphrase(self, secret: str) -> bool:
        """Is ``secret`` the store's present passphrase (or recovery key)?"""
        return self._store.key_file.unwrap(secret) is not None
