"""Telling what a file is without changing it: missing, a new SQLite file, an unencrypted
store of an earlier popdesk, an encrypted store; or the reason it is refused."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from popdesk.db import APPLICATION_ID, migrations
from popdesk.domain.validation import QT_TRANSLATE_NOOP
from popdesk.errors import (
    EmptyFile,
    NotAStore,
    StoreDamaged,
    StoreNotFound,
    StoreTooNew,
    StoreWriteFailed,
)
from popdesk.security import sqlcipher_files as files
from popdesk.security.keys import KeyFile, key_file_path, read_key_file

SQLITE_HEADER = b"SQLite format 3\x00"
QUICK_CHECK_LIMIT = 64 * 1024 * 1024  # about half a second of reading, encrypted


class FileState(Enum):
    MISSING = "missing"
    NEW = "new"  # an SQLite file with nothing in it yet
    PLAIN = "plain"  # a popdesk store from before encryption
    ENCRYPTED = "encrypted"


@dataclass(frozen=True)
class Inspection:
    state: FileState
    revision: str | None = None
    key_file: KeyFile | None = None


def inspect_file(path: Path) -> Inspection:
    """Look at a file without changing it and say what it is, or raise the reason it is refused."""
    if path.is_dir():
        raise NotAStore.worded(
            QT_TRANSLATE_NOOP(
                "Errors", "{0} is a folder, not a popdesk store. Give the path of a store file."
            ),
            path,
        )
    if not path.exists():
        if not path.parent.is_dir():
            raise StoreNotFound.worded(
                QT_TRANSLATE_NOOP("Errors", "The folder {0} does not exist."),
                path.parent,
            )
        return Inspection(FileState.MISSING)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise NotAStore.worded(
            QT_TRANSLATE_NOOP("Errors", "{0} cannot be read: {1}."),
            path,
            exc.strerror,
        ) from None
    if not header:
        raise EmptyFile.worded(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{0} is an empty file (0 bytes), not a popdesk store. Nothing "
                "was changed; choose another path, or restore the store from "
                "a backup.",
            ),
            path,
        )
    if header == SQLITE_HEADER:
        return _inspect_plain(path)
    key_file = read_key_file(key_file_path(path))
    if key_file is None:
        raise NotAStore.worded(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{0} is not a popdesk store: it is not a database file, and "
                "no key file ({1}) is beside it, as there is beside every "
                "encrypted store. It was left as it was.",
            ),
            path,
            key_file_path(path).name,
        )
    return Inspection(FileState.ENCRYPTED, key_file=key_file)


def _inspect_plain(path: Path) -> Inspection:
    try:
        conn = files.connect(path, None, read_only=True)
    except Exception as exc:
        raise StoreDamaged.worded(
            QT_TRANSLATE_NOOP("Errors", "{0} cannot be opened: {1}."),
            path,
            exc,
        ) from None
    try:
        app_id, tables = _identity(conn)
        if app_id != APPLICATION_ID:
            if app_id == 0 and not tables:
                return Inspection(FileState.NEW)
            raise NotAStore.worded(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{0} is a database of another program, not a popdesk store. "
                    "It was left as it was.",
                ),
                path,
            )
        revision = _checked_revision(conn, tables, path)
    except files.module().DatabaseError as exc:
        _refuse_write_failure(path, exc)
        raise StoreDamaged.worded(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{0} is damaged and cannot be read ({1}). It was left as it was; restore a backup.",
            ),
            path,
            exc,
        ) from None
    finally:
        conn.close()
    _refuse_unknown(path, revision)
    return Inspection(FileState.PLAIN, revision)


def _refuse_write_failure(path: Path, exc: BaseException) -> None:
    """A store that cannot be opened for want of disk space, or a disk that refuses it, is not
    a damaged store: say so, lest a healthy store be replaced by a backup."""
    if files.failure_kind(exc) in ("full", "io", "readonly", "cantopen"):
        raise StoreWriteFailed.worded(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{0} could not be opened: the disk is full, read-only or refused it ({1}). "
                "The store itself is not damaged: free some space or check the disk, then "
                "open it again.",
            ),
            path,
            exc,
        ) from None


def _identity(conn: Any) -> tuple[int, set[str]]:
    app_id, _ = files.header_values(conn)
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return app_id, tables


def _checked_revision(conn: Any, tables: set[str], path: Path) -> str | None:
    """The schema revision, once SQLite's quick check has found every page readable.

    Reading every page of a force-sized store takes seconds, so above QUICK_CHECK_LIMIT only
    the header and schema are read here; the app checks the rest in the background, SQLCipher
    refuses a damaged page whenever one is read, and ``popdesk check`` reads them all.
    """
    if path.stat().st_size <= QUICK_CHECK_LIMIT:
        rows = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
        check = "ok" if rows == ["ok"] else files.summarise_problems(rows)
        if check != "ok":
            raise StoreDamaged.worded(
                QT_TRANSLATE_NOOP(
                    "Errors", "{0} is damaged ({1}). It was left as it was; restore a backup."
                ),
                path,
                check,
            )
    return _revision(conn, tables)


def _revision(conn: Any, tables: set[str]) -> str | None:
    if "alembic_version" not in tables:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def _refuse_unknown(path: Path, revision: str | None) -> None:
    if revision is not None and not migrations.is_known(revision):
        raise StoreTooNew.worded(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{0} was written by a newer popdesk (schema {1}). Update "
                "popdesk to open it; the file was left as it was.",
            ),
            path,
            revision,
        )


def verify_encrypted(path: Path, key: bytes) -> str | None:
    """Check an encrypted store opens with ``key`` and is whole; returns its schema revision."""
    try:
        with files.opened(path, key, read_only=True) as conn:
            app_id, tables = _identity(conn)
            if app_id != APPLICATION_ID:
                raise StoreDamaged.worded(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{0} opens with its key but is not a popdesk store inside. It "
                        "was left as it was; restore a backup.",
                    ),
                    path,
                )
            revision = _checked_revision(conn, tables, path)
    except files.module().DatabaseError as exc:
        _refuse_write_failure(path, exc)
        raise StoreDamaged.worded(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{0} does not open with the key its key file gives ({1}). Either the key "
                "file beside it belongs to another store (put the store's own key file back "
                "beside it), or the store is damaged (restore a backup). Nothing was changed.",
            ),
            path,
            exc,
        ) from None
    _refuse_unknown(path, revision)
    return revision
