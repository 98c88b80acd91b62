"""Backups of a store: encrypted like the store, verified, rotated, each with its key file.

A backup is written with ``VACUUM INTO`` from a connection that holds the store's key, so the copy
is encrypted with the same key and is consistent even while the store is in use. The key file is
copied beside it, so a backup can be restored on another computer with the passphrase or the
recovery key.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from popdesk.security import sqlcipher_files as files
from popdesk.security.keys import KeyFile, key_file_path, write_key_file

DEFAULT_KEEP = 10
AUTOMATIC_REASONS = ("on-close", "manual", "before-upgrade", "before-restore", "before-erasure")


@dataclass(frozen=True)
class BackupPolicy:
    """Where automatic backups go and how many are kept (per store, newest first)."""

    folder: Path | None = None  # None: a folder beside the store, "<name>-backups"
    keep: int = DEFAULT_KEEP
    on_close: bool = True

    def folder_for(self, store: Path) -> Path:
        return self.folder if self.folder is not None else default_folder(store)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    reason: str
    taken: datetime
    size: int


def default_folder(store: Path) -> Path:
    return store.with_name(f"{store.stem}-backups")


def backup_name(store: Path, reason: str, now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S.%fZ")
    return f"{store.stem}.{reason}-{stamp}{store.suffix or '.db'}"


_NAME = re.compile(r"^(?P<stem>.+)\.(?P<reason>[a-z-]+)-(?P<stamp>\d{8}T\d{6}\.\d{6}Z)\.[^.]+$")


def write_backup(store: Path, key: bytes, key_file: KeyFile, destination: Path) -> Path:
    """A verified, encrypted copy of the store at ``destination`` with its key file beside it.

    The copy is written under a temporary name and renamed only once it passes an integrity
    check, so a failed or interrupted backup leaves no file that looks like a backup.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    files.remove_with_sidecars(partial)
    try:
        files.vacuum_into(store, key, partial)
        problem = files.integrity(partial, key)
        if problem is not None:
            raise OSError(f"the copy failed its integrity check ({problem})")
        write_key_file(key_file_path(destination), key_file)
        files.owner_only(partial)
        files.fsync_file(partial)
        os.replace(partial, destination)
        files.fsync_folder(destination.parent)
    except BaseException:
        files.remove_with_sidecars(partial)
        raise
    return destination


def take_automatic(
    store: Path, key: bytes, key_file: KeyFile, policy: BackupPolicy, reason: str
) -> Path:
    folder = policy.folder_for(store)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix" and folder == default_folder(store):
        os.chmod(folder, 0o700)  # popdesk's own folder: its owner's alone, whatever the umask
    made = write_backup(store, key, key_file, folder / backup_name(store, reason))
    rotate(store, policy)
    return made


def list_backups(store: Path, policy: BackupPolicy) -> list[BackupInfo]:
    """The automatic backups of ``store`` in its backup folder, newest first."""
    folder = policy.folder_for(store)
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if not match or match["stem"] != store.stem or not entry.is_file():
            continue
        taken = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S.%fZ").replace(tzinfo=UTC)
        found.append(BackupInfo(entry, match["reason"], taken, entry.stat().st_size))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def rotate(store: Path, policy: BackupPolicy) -> list[Path]:
    """Remove automatic backups beyond the newest ``policy.keep``; returns what was removed."""
    removed = []
    folder = policy.folder_for(store)
    if folder.is_dir():  # what a backup interrupted by a crash left behind
        for stale in folder.glob(f"{store.stem}.*.partial"):
            files.remove_with_sidecars(stale)
    for old in list_backups(store, policy)[max(policy.keep, 1) :]:
        if old.reason in AUTOMATIC_REASONS:
            files.remove_with_sidecars(old.path)
            key_file_path(old.path).unlink(missing_ok=True)
            removed.append(old.path)
    return removed


def copy_file_atomically(source: Path, destination: Path) -> None:
    partial = destination.with_name(destination.name + ".partial")
    try:
        shutil.copyfile(source, partial)
        files.owner_only(partial)
        files.fsync_file(partial)
        os.replace(partial, destination)
        files.fsync_folder(destination.parent)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
