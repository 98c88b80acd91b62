"""Putting a backup back in place of a store, only after the backup has proved itself whole."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from popdesk.db.inspection import SQLITE_HEADER, verify_encrypted
from popdesk.db.store import AskSecret, Store, unlock_key
from popdesk.domain.validation import QT_TRANSLATE_NOOP
from popdesk.errors import EmptyFile, NotAStore, PopdeskError, StoreDamaged, StoreNotFound
from popdesk.security import backups as backup_files
from popdesk.security import sqlcipher_files as files
from popdesk.security.instance_lock import InstanceLock
from popdesk.security.keyring_access import Keyring, SystemKeyring
from popdesk.security.keys import KeyFile, key_file_path, read_key_file, write_key_file


@dataclass(frozen=True)
class Restored:
    store: Path
    backup: Path
    previous: Path | None  # the backup of what the store held before, if it could be read
    kept_damaged: Path | None  # an unreadable store, moved aside rather than deleted


def verify_backup(
    backup: Path,
    *,
    keyring: Keyring | None = None,
    ask: AskSecret | None = None,
    passphrase: str | None = None,
) -> tuple[bytes, KeyFile]:
    """Unlock a backup and run SQLite's full integrity check on it; raise what is wrong."""
    keyring = keyring or SystemKeyring()
    if not backup.is_file():
        raise StoreNotFound.worded(
            QT_TRANSLATE_NOOP("Errors", "There is no backup at {0}."),
            backup,
        )
    with backup.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header == SQLITE_HEADER:
        raise NotAStore.worded(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{0} is not an encrypted popdesk backup. If it is a store "
                "from an earlier popdesk, open it with --db (popdesk encrypts "
                "it), then back it up.",
            ),
            backup,
        )
    key_file = read_key_file(key_file_path(backup))
    if key_file is None:
        raise NotAStore.worded(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{0} has no key file ({1}) beside it, so it cannot be checked "
                "or restored. Copy the key file that was made with the backup "
                "beside it.",
            ),
            backup,
            key_file_path(backup).name,
        )
    key, _ = unlock_key(backup, key_file, keyring, ask, passphrase)
    verify_encrypted(backup, key)
    problem = files.integrity(backup, key)
    if problem is not None:
        raise StoreDamaged.worded(
            QT_TRANSLATE_NOOP("Errors", "The backup {0} is damaged ({1}); it was not restored."),
            backup,
            problem,
        )
    return key, key_file


def restore_backup(
    store: Path,
    backup: Path,
    *,
    keyring: Keyring | None = None,
    ask: AskSecret | None = None,
    passphrase: str | None = None,
    policy: backup_files.BackupPolicy | None = None,
) -> Restored:
    """Replace ``store`` with ``backup``: verify the backup, keep a backup of the store as it
    was (or, if it cannot be read, keep the file itself aside), then swap in a copy."""
    keyring = keyring or SystemKeyring()
    policy = policy or backup_files.BackupPolicy()
    backup_key, backup_key_file = verify_backup(
        backup, keyring=keyring, ask=ask, passphrase=passphrase
    )
    if backup.resolve() == store.resolve():
        raise PopdeskError(
            QT_TRANSLATE_NOOP("Errors", "That is the store itself, not a backup of it.")
        )
    lock = InstanceLock(store).acquire()
    try:
        previous, kept = _set_aside(store, keyring, ask, passphrase, policy)
        partial = store.with_name(store.name + ".restoring")
        try:
            backup_files.copy_file_atomically(backup, partial)
            if files.integrity(partial, backup_key) is not None:
                raise StoreDamaged.worded(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The copy of {0} did not read back whole; nothing changed."
                    ),
                    backup,
                )
            for suffix in files.SIDECARS:  # a stale WAL must never be replayed onto the backup
                Path(str(store) + suffix).unlink(missing_ok=True)
            write_key_file(key_file_path(store), backup_key_file)
            os.replace(partial, store)
            files.fsync_folder(store.parent)
        finally:
            files.remove_with_sidecars(partial)
        keyring.save(backup_key_file.store_id, backup_key)
    finally:
        lock.release()
    return Restored(store=store, backup=backup, previous=previous, kept_damaged=kept)


def _set_aside(
    store: Path,
    keyring: Keyring,
    ask: AskSecret | None,
    passphrase: str | None,
    policy: backup_files.BackupPolicy,
) -> tuple[Path | None, Path | None]:
    if not store.exists():
        return None, None
    try:
        key_file = read_key_file(key_file_path(store))
        if key_file is None:
            raise NotAStore.worded(
                QT_TRANSLATE_NOOP("Errors", "{0} has no key file"),
                store,
            )
        key, _ = unlock_key(store, key_file, keyring, ask, passphrase)
        verify_encrypted(store, key)
        made = backup_files.take_automatic(store, key, key_file, policy, "before-restore")
        return made, None
    except (StoreDamaged, NotAStore, EmptyFile):  # unreadable: keep it aside, never delete
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        aside = store.with_name(f"{store.name}.unreadable-{stamp}")
        os.replace(store, aside)
        for suffix in files.SIDECARS:
            side = Path(str(store) + suffix)
            if side.exists():
                os.replace(side, Path(str(aside) + suffix))
        if key_file_path(store).exists():
            os.replace(key_file_path(store), key_file_path(aside))
        return None, aside


def restore_open_store(store: Store, backup: Path, *, ask: AskSecret | None = None) -> Restored:
    """Restore a backup over a store this process has open, then carry on with the restored
    contents: the store's sessions are pointed at the new file, so every service sees it."""
    keyring = store.keyring
    key, key_file = verify_backup(backup, keyring=keyring, ask=ask)  # before anything changes
    store.engine.dispose()
    if store.instance_lock is not None:
        store.instance_lock.release()
    try:
        done = restore_backup(store.path, backup, keyring=keyring, ask=ask, policy=store.policy)
    finally:
        if store.instance_lock is not None:
            store.instance_lock.acquire()
    store.reopen_with(key, key_file)
    return done
