"""Opening a store file: tell a popdesk store from anything else, unlock it, migrate it.

Nothing is written to a file until it has been recognised as a popdesk store (or it does not
exist yet and the caller asked for one to be created), so pointing popdesk at the wrong file
never harms it. Every store is encrypted (see ``popdesk.security``); an unencrypted store from
an earlier popdesk is encrypted on first open and its plain file removed.
"""

from __future__ import annotations

import glob
import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from popdesk.db import migrations
from popdesk.db.inspection import (
    FileState,
    inspect_file,
    verify_encrypted,
)
from popdesk.db.sqlite.connection import make_engine, make_sessions
from popdesk.domain.validation import QT_TRANSLATE_NOOP
from popdesk.errors import (
    KeyUnavailable,
    StoreDamaged,
    StoreError,
    StoreLocked,
    StoreNotFound,
    WrongPassphrase,
)
from popdesk.security import backups as backup_files
from popdesk.security import sqlcipher_files as files
from popdesk.security.instance_lock import InstanceLock
from popdesk.security.keyring_access import Keyring, KeyringResult, SystemKeyring
from popdesk.security.keys import (
    KeyFile,
    key_file_path,
    new_data_key,
    new_key_file,
    new_recovery_key,
    read_key_file,
    write_key_file,
)

MAX_ATTEMPTS = 5

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class UnlockRequest:
    """What the person is asked for, and why: shown as it is by the dialog or the prompt."""

    path: Path
    reason: str  # why the keyring could not give the key
    attempt: int
    wrong: bool  # the previous answer did not unlock the store


AskSecret = Callable[[UnlockRequest], str | None]


@dataclass(frozen=True)
class KeyPlace:
    """Where this store's key lives, in words the person can check."""

    unlocked_with: str  # "keyring", "passphrase", "recovery key", "new"
    keyring: KeyringResult
    has_passphrase: bool

    def describe(self) -> str:
        if self.keyring.ok:
            where = f"Key stored in {self.keyring.backend}"
        else:
            where = f"Key not in a keyring ({self.keyring.reason}): popdesk asks for the passphrase"
        return where


@dataclass
class Store:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    key_file: KeyFile
    key_place: KeyPlace
    policy: backup_files.BackupPolicy
    keyring: Keyring = field(default_factory=SystemKeyring)
    instance_lock: InstanceLock | None = None
    recovery_key: str | None = None  # set only when the store was just created or encrypted
    encrypted_from_plain: bool = False
    backups: list[Path] = field(default_factory=list)
    changed: bool = False
    _key: bytes | None = None

    @property
    def store_id(self) -> str:
        return self.key_file.store_id

    @property
    def locked(self) -> bool:
        return self._key is None

    def mark_changed(self) -> None:
        self.changed = True

    def backup(self, reason: str) -> Path:
        """An automatic backup now (rotated with the others)."""
        made = backup_files.take_automatic(
            self.path, self._require_key(), self.key_file, self.policy, reason
        )
        self.backups.append(made)
        return made

    def backup_to(self, destination: Path, *, replace: bool = False) -> Path:
        """A backup the person asked for, at a path they chose (not rotated). Never over the
        store itself or a file of its own; over any other file only with ``replace`` (and then
        only over a plain file, never a folder or a device)."""
        destination = Path(os.path.realpath(destination))
        own = {self.path} | {self.path.with_name(self.path.name + s) for s in OWN_FILES}
        key_file = key_file_path(destination)
        if destination in own or key_file in own or _same_file(destination, self.path):
            raise StoreError.worded(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{0} is the store itself (or one of its files): a backup goes to another "
                    "file. Nothing was written.",
                ),
                destination,
            )
        for taken in (destination, key_file):
            if not (taken.exists() or taken.is_symlink()):
                continue
            if not replace:
                raise StoreError.worded(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{0} already exists, and a backup never writes over a file unless asked "
                        "to (--replace). Choose another name. Nothing was written.",
                    ),
                    taken,
                )
            if taken.is_symlink() or not taken.is_file():
                raise StoreError.worded(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{0} is not a plain file (a link, a folder or a device): a backup "
                        "replaces only a file. Nothing was written.",
                    ),
                    taken,
                )
        made = backup_files.write_backup(self.path, self._require_key(), self.key_file, destination)
        self.backups.append(made)
        return made

    def list_backups(self) -> list[backup_files.BackupInfo]:
        return backup_files.list_backups(self.path, self.policy)

    def set_passphrase(self, passphrase: str, *, old_backups: str = "keep") -> Rotation:
        """A new passphrase: the store is re-encrypted under a new key, with a new recovery key
        (shown once); the old passphrase and recovery key no longer open it."""
        return self.rotate_key(passphrase, old_backups=old_backups)

    def renew_recovery_key(
        self, passphrase: str | None = None, *, old_backups: str = "keep"
    ) -> Rotation:
        """A new recovery key, the store re-encrypted under a new key so the old recovery key
        opens nothing. The passphrase, if the store has one, must be given to keep it."""
        if self.key_file.has_passphrase and (
            passphrase is None or self.key_file.unwrap(passphrase) != self._require_key()
        ):
            raise WrongPassphrase.worded(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "That is not the passphrase of {0}: a new recovery key needs the "
                    "current passphrase. Nothing was changed.",
                ),
                self.path.name,
            )
        return self.rotate_key(passphrase, old_backups=old_backups)

    def rotate_key(self, passphrase: str | None, *, old_backups: str = "keep") -> Rotation:
        """Re-encrypt the store under a new data key, wrapped by ``passphrase`` (None: the
        keyring alone) and a new recovery key; the old key leaves the keyring.

        Crash-safe: the new file and key file are written whole beside the store and checked,
        then moved over the old ones; killed before that, the old store and key file stand;
        killed between the two moves, the next opening finishes the switch
        (``finish_rotation``). ``old_backups``: "keep" the backups made before (they open with
        the old secrets), "reencrypt" them under the new key, or "remove" them."""
        if old_backups not in ("keep", "reencrypt", "remove"):
            raise ValueError(old_backups)
        old_key, old_file = self._require_key(), self.key_file
        key = new_data_key()
        key_file, recovery_key, place = _protect(self.path, key, self.keyring, passphrase)
        rekeyed, next_key = rotation_files(self.path)
        self.engine.dispose()
        try:
            files.remove_with_sidecars(rekeyed)
            files.rekey_into(self.path, old_key, rekeyed, key)
            files.owner_only(rekeyed)
            files.fsync_file(rekeyed)
            write_key_file(next_key, key_file)
            # The switch. No WAL may outlive the old key: the export checkpointed it, and
            # with every connection closed SQLite has removed it.
            for suffix in files.SIDECARS:
                Path(str(self.path) + suffix).unlink(missing_ok=True)
            os.replace(rekeyed, self.path)
            files.fsync_folder(self.path.parent)
        except BaseException:
            files.remove_with_sidecars(rekeyed)
            next_key.unlink(missing_ok=True)
            self.keyring.forget(key_file.store_id)
            self.engine = make_engine(self.path, old_key)
            self.sessions.configure(bind=self.engine)
            raise
        os.replace(next_key, key_file_path(self.path))
        files.fsync_folder(self.path.parent)
        self.keyring.forget(old_file.store_id)
        self._key, self.key_file = key, key_file
        self.key_place = replace(place, unlocked_with=self.key_place.unlocked_with)
        self.engine = make_engine(self.path, key)
        self.sessions.configure(bind=self.engine)
        if self.instance_lock is not None:
            self.instance_lock.follow_store_file()
        done = self._old_backups(old_file, old_key, key, key_file, old_backups)
        log.info("re-encrypted %s under a new key (%s)", self.path, done)
        return Rotation(recovery_key, *done)

    def _old_backups(
        self, old_file: KeyFile, old_key: bytes, key: bytes, key_file: KeyFile, what: str
    ) -> tuple[int, int, int]:
        """(re-encrypted, removed, kept as they were) of the backups made before a rotation."""
        reencrypted = removed = kept = 0
        for info in backup_files.list_backups(self.path, self.policy):
            try:
                theirs = read_key_file(key_file_path(info.path))
            except StoreDamaged:
                theirs = None
            if theirs is not None and theirs.store_id == key_file.store_id:
                continue  # made after the switch
            if what == "remove":
                files.remove_with_sidecars(info.path)
                key_file_path(info.path).unlink(missing_ok=True)
                removed += 1
            elif what == "reencrypt" and theirs is not None and theirs.matches(old_key):
                partial = info.path.with_name(info.path.name + ".rekeying")
                try:
                    files.remove_with_sidecars(partial)
                    files.rekey_into(info.path, old_key, partial, key)
                    files.owner_only(partial)
                    files.fsync_file(partial)
                    write_key_file(key_file_path(info.path), key_file)
                    os.replace(partial, info.path)
                except OSError as exc:
                    files.remove_with_sidecars(partial)
                    log.warning("backup %s not re-encrypted: %s", info.path, exc)
                    kept += 1
                    continue
                reencrypted += 1
            else:
                kept += 1  # an older generation, or kept as asked
        if reencrypted or removed:
            files.fsync_folder(self.policy.folder_for(self.path))
        return reencrypted, removed, kept

    def reopen_with(self, key: bytes, key_file: KeyFile) -> None:
        """Open the file now at ``path`` (a restored backup) in place of the one that was there,
        migrating it if it is older."""
        self.engine.dispose()
        revision = verify_encrypted(self.path, key)
        self._key = key
        self.key_file = key_file
        if migrations.needs_upgrade(revision):
            self.backup("before-upgrade")
        self.engine = make_engine(self.path, key)
        self.sessions.configure(bind=self.engine)
        if migrations.needs_upgrade(revision):
            migrations.upgrade(self.engine, new_store=False)

    def compact(self) -> None:
        """Rebuild the file so that no free page, and no old page in the WAL, keeps the bytes of
        deleted or overwritten records (after an erasure)."""
        self._require_key()
        with self.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA secure_delete = ON")
            raw.execute("VACUUM")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.mark_changed()

    def lock(self) -> None:
        """Close every connection and forget the key until ``unlock``."""
        self.engine.dispose()
        self._key = None
        self.engine = _locked_engine(self.path)
        self.sessions.configure(bind=self.engine)

    def unlock(self, secret: str) -> bool:
        """Reopen with the passphrase or recovery key; False (and still locked) if it is wrong."""
        key = self.key_file.unwrap(secret)
        if key is None:
            return False
        self._key = key
        self.engine = make_engine(self.path, key)
        self.sessions.configure(bind=self.engine)
        return True

    def close(self, *, backup: bool = True) -> None:
        try:
            if backup and self.changed and self.policy.on_close and not self.locked:
                try:
                    self.backup("on-close")
                except Exception as exc:  # the store is saved; only its copy is missing
                    why = {"full": "the disk is full", "readonly": "the folder is read-only"}
                    log.warning(
                        "popdesk: the backup made on closing %s was not written (%s); the store "
                        "itself is saved as it is.",
                        self.path.name,
                        why.get(files.failure_kind(exc) or "", str(exc).splitlines()[0][:200]),
                    )
                    log.debug("backup on close failed", exc_info=True)
            self.engine.dispose()
        finally:
            if self.instance_lock is not None:
                self.instance_lock.release()

    def _require_key(self) -> bytes:
        if self._key is None:
            raise StoreLocked(
                QT_TRANSLATE_NOOP(
                    "Errors", "popdesk is locked. Unlock it with your passphrase first."
                )
            )
        return self._key


# The files beside a store that are part of it.
OWN_FILES = (".key", "-wal", "-shm", "-journal", ".lock")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and a.samefile(b)
    except OSError:
        return False


@dataclass(frozen=True)
class Rotation:
    """What re-encrypting a store under a new key did."""

    recovery_key: str  # the new one, to be shown once
    backups_reencrypted: int
    backups_removed: int
    backups_kept: int  # made before the change: they open with the old secrets


ROTATING = ".rotating"  # the store re-encrypted under its new key, before the switch
NEXT_KEY = ".next"  # its key file, beside the store's own


def rotation_files(path: Path) -> tuple[Path, Path]:
    key = key_file_path(path)
    return path.with_name(path.name + ROTATING), key.with_name(key.name + NEXT_KEY)


def finish_rotation(path: Path) -> None:
    """After a re-encryption was interrupted: if the new file had not yet replaced the store,
    the old store and key file stand and what was written beside them goes; if it had, its
    key file takes the old one's place. Called with the store's lock held."""
    rekeyed, next_key = rotation_files(path)
    key_path = key_file_path(path)
    for partial in path.parent.glob(f".{glob.escape(key_path.name)}.*.partial"):
        partial.unlink(missing_ok=True)  # a key file whose writing was cut short
    if rekeyed.exists():
        files.remove_with_sidecars(rekeyed)
        next_key.unlink(missing_ok=True)
        log.warning("an interrupted re-encryption of %s was undone", path)
    elif next_key.exists():
        os.replace(next_key, key_file_path(path))
        files.fsync_folder(path.parent)
        log.warning("an interrupted re-encryption of %s was finished", path)


def _locked_engine(path: Path) -> Engine:
    def refuse() -> object:
        raise StoreLocked.worded(
            QT_TRANSLATE_NOOP("Errors", "popdesk is locked; unlock {0} with your passphrase."),
            path.name,
        )

    return create_engine("sqlite://", creator=refuse)


def open_store(
    path: Path,
    *,
    create: bool = False,
    keyring: Keyring | None = None,
    ask: AskSecret | None = None,
    passphrase: str | None = None,
    policy: backup_files.BackupPolicy | None = None,
    single_instance: bool = True,
    instance_lock: InstanceLock | None = None,
) -> Store:
    """Open (and, with ``create``, make) the store at ``path``, unlocked and migrated.

    ``passphrase`` protects a store being created; for an existing one it is tried only when the
    keyring cannot give the key, and ``ask`` is called (repeatedly, on a wrong answer) when there
    is no passphrase either. A new store's recovery key is on the returned store, to show once.
    ``instance_lock``, already held on ``path``, is kept by the store instead of taking one.
    """
    path = Path(path)
    keyring = keyring or SystemKeyring()
    policy = policy or backup_files.BackupPolicy()
    inspect_file(path)  # the refusals that need no lock (folders, missing folder)
    lock = instance_lock
    if lock is None and single_instance:
        lock = InstanceLock(path).acquire()
    try:
        store = _open_locked(path, create, keyring, ask, passphrase, policy, lock)
        if lock is not None:
            lock.hold_store_file()  # a store made just now is held by its identity too
        return store
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _open_locked(
    path: Path,
    create: bool,
    keyring: Keyring,
    ask: AskSecret | None,
    passphrase: str | None,
    policy: backup_files.BackupPolicy,
    lock: InstanceLock | None,
) -> Store:
    finish_rotation(path)
    found = inspect_file(path)
    if found.state is FileState.MISSING and not create:
        raise StoreNotFound.worded(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There is no popdesk store at {0}. Make an empty one with: popdesk --db {1} init "
                "(or File, New store in the app)",
            ),
            path,
            path,
        )
    recovery_key = None
    revision: str | None
    if found.state in (FileState.MISSING, FileState.NEW):
        key, key_file, recovery_key, place = _create(path, keyring, passphrase)
        revision = migrations.head()
    elif found.state is FileState.PLAIN:
        key, key_file, recovery_key, place = _encrypt_plain(path, keyring, passphrase)
        revision = found.revision
    else:
        assert found.key_file is not None
        key, place = unlock_key(path, found.key_file, keyring, ask, passphrase)
        key_file = found.key_file
        revision = verify_encrypted(path, key)
    store = Store(
        path=path,
        engine=_locked_engine(path),
        sessions=make_sessions(_locked_engine(path)),
        key_file=key_file,
        key_place=place,
        policy=policy,
        keyring=keyring,
        instance_lock=lock,
        recovery_key=recovery_key,
        encrypted_from_plain=found.state is FileState.PLAIN,
        _key=key,
    )
    event.listen(store.sessions, "after_flush", lambda *_: store.mark_changed())
    if migrations.needs_upgrade(revision):
        store.backup("before-upgrade")
    store.engine = make_engine(store.path, key)
    store.sessions.configure(bind=store.engine)
    if migrations.needs_upgrade(revision):
        try:
            migrations.upgrade(store.engine, new_store=False)
        except BaseException:
            store.engine.dispose()
            raise
    return store


def _protect(
    path: Path, key: bytes, keyring: Keyring, passphrase: str | None
) -> tuple[KeyFile, str, KeyPlace]:
    """A key file for a new key: the recovery key always, the passphrase if given, the keyring
    if it works. With no keyring and no passphrase nothing is created."""
    key_file = new_key_file(key)
    recovery_key = new_recovery_key()
    key_file = key_file.with_recovery_key(key, recovery_key)
    if passphrase is not None:
        key_file = key_file.with_passphrase(key, passphrase)
    saved = keyring.save(key_file.store_id, key)
    if not saved.ok and passphrase is None:
        raise KeyUnavailable.worded(
            QT_TRANSLATE_NOOP(
                "Errors",
                "popdesk cannot keep the key of {0} in a keyring: {1}. Give a "
                "passphrase for the store (POPDESK_PASSPHRASE, or run popdesk "
                "in a terminal to be asked). Nothing was created.",
            ),
            path.name,
            saved.reason,
        )
    key_file = replace(key_file, keyring_backend=saved.backend if saved.ok else None)
    return key_file, recovery_key, KeyPlace("new", saved, passphrase is not None)


def _create(
    path: Path, keyring: Keyring, passphrase: str | None
) -> tuple[bytes, KeyFile, str, KeyPlace]:
    """Make a new encrypted store whole under a temporary name, then move it into place."""
    key = new_data_key()
    key_file, recovery_key, place = _protect(path, key, keyring, passphrase)
    with _made_beside(path, ".creating", key_file, keyring) as partial:
        engine = make_engine(partial, key)
        try:
            migrations.upgrade(engine, new_store=True)
        finally:
            engine.dispose()
    return key, key_file, recovery_key, place


@contextmanager
def _made_beside(path: Path, suffix: str, key_file: KeyFile, keyring: Keyring) -> Iterator[Path]:
    """A file made under a temporary name beside ``path`` then moved over it with its key file;
    on any failure the partial file and the new keyring entry go, and ``path`` is untouched."""
    partial = path.with_name(path.name + suffix)
    files.remove_with_sidecars(partial)
    try:
        yield partial
        write_key_file(key_file_path(path), key_file)
        files.owner_only(partial)
        files.fsync_file(partial)
        os.replace(partial, path)
        files.fsync_folder(path.parent)
    except BaseException:
        files.remove_with_sidecars(partial)
        keyring.forget(key_file.store_id)
        raise


def _encrypt_plain(
    path: Path, keyring: Keyring, passphrase: str | None
) -> tuple[bytes, KeyFile, str, KeyPlace]:
    """Encrypt an unencrypted store in place: export, verify every table, then replace the file."""
    key = new_data_key()
    key_file, recovery_key, place = _protect(path, key, keyring, passphrase)
    with _made_beside(path, ".encrypting", key_file, keyring) as partial:
        files.export_encrypted(path, partial, key)
        with files.opened(path, None, read_only=True) as conn:
            plain_header = files.header_values(conn)
            plain_tables = files.table_digests(conn)
        problem = files.integrity(partial, key)
        with files.opened(partial, key, read_only=True) as conn:
            same = files.header_values(conn) == plain_header
            same = same and files.table_digests(conn) == plain_tables
        if problem is not None or not same:
            raise StoreDamaged.worded(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Encrypting {0} did not give a faithful copy ({1}). The plain "
                    "store was left as it was.",
                ),
                path,
                problem or "the records differ",
            )
    for suffix in files.SIDECARS:
        Path(str(path) + suffix).unlink(missing_ok=True)
    log.info("encrypted the unencrypted store %s", path)
    return key, key_file, recovery_key, replace(place, unlocked_with="new")


def unlock_key(
    path: Path,
    key_file: KeyFile,
    keyring: Keyring,
    ask: AskSecret | None,
    passphrase: str | None,
) -> tuple[bytes, KeyPlace]:
    key, result = keyring.load(key_file.store_id)
    if key is not None and key_file.matches(key):
        return key, KeyPlace("keyring", result, key_file.has_passphrase)
    reason = result.reason or "the keyring holds a different key for this store"
    if key is not None:
        result = KeyringResult(False, result.backend, reason)
    if passphrase is not None:
        key = key_file.unwrap(passphrase)
        if key is None:
            raise WrongPassphrase.worded(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "That passphrase does not unlock {0}. Check it (and the "
                    "keyboard layout), or use the recovery key. The store was "
                    "left as it was.",
                ),
                path,
            )
        return key, _remember(key_file, key, keyring, result, "passphrase")
    if ask is None:
        raise KeyUnavailable.worded(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The key of {0} is not available on this computer: {1}. Give "
                "its passphrase or recovery key (set POPDESK_PASSPHRASE, or "
                "run popdesk in a terminal to be asked).",
            ),
            path,
            reason,
        )
    wrong = False
    for attempt in range(1, MAX_ATTEMPTS + 1):
        secret = ask(UnlockRequest(path, reason, attempt, wrong))
        if secret is None:
            raise KeyUnavailable.worded(
                QT_TRANSLATE_NOOP("Errors", "{0} was not opened: no passphrase was given."),
                path,
            )
        key = key_file.unwrap(secret)
        if key is not None:
            return key, _remember(key_file, key, keyring, result, "passphrase")
        wrong = True
    raise WrongPassphrase.worded(
        QT_TRANSLATE_NOOP(
            "Errors", "{0} wrong passphrases for {1}; it was not opened and was left as it was."
        ),
        MAX_ATTEMPTS,
        path,
    )


def _remember(
    key_file: KeyFile, key: bytes, keyring: Keyring, result: KeyringResult, how: str
) -> KeyPlace:
    """After a passphrase unlock, put the key back in a keyring that works but had lost it."""
    if result.reason and result.reason.startswith("the key is not in"):
        saved = keyring.save(key_file.store_id, key)
        if saved.ok:
            return KeyPlace(how, saved, key_file.has_passphrase)
    return KeyPlace(how, result, key_file.has_passphrase)
