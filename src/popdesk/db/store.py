"""Opening a store file: tell a popdesk store from anything else, migrate it, hand out sessions.

Nothing is written to a file until it has been recognised as a popdesk store (or it does not
exist yet and the caller asked for one to be created), so pointing popdesk at the wrong file
never harms it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from popdesk.db import migrations
from popdesk.db.engine import APPLICATION_ID, make_engine, make_sessions
from popdesk.errors import NotAStore, StoreDamaged, StoreNotFound, StoreTooNew
from popdesk.security.backups import backup_path, copy_store

SQLITE_HEADER = b"SQLite format 3\x00"


class FileState(Enum):
    MISSING = "missing"
    NEW = "new"  # an SQLite file with nothing in it yet
    POPDESK = "popdesk"


@dataclass(frozen=True)
class Inspection:
    state: FileState
    revision: str | None = None


def inspect_file(path: Path) -> Inspection:
    """Look at a file without changing it and say what it is, or raise the reason it is refused."""
    if path.is_dir():
        raise NotAStore(f"{path} is a folder, not a popdesk store. Give the path of a store file.")
    if not path.exists():
        if not path.parent.is_dir():
            raise StoreNotFound(f"The folder {path.parent} does not exist.")
        return Inspection(FileState.MISSING)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise NotAStore(f"{path} cannot be read: {exc.strerror}.") from None
    if not header:
        raise NotAStore(
            f"{path} is an empty file, not a popdesk store. Nothing was changed; "
            "choose another path or remove the file yourself."
        )
    if header != SQLITE_HEADER:
        raise NotAStore(f"{path} is not a popdesk store (it is not a database file).")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StoreDamaged(f"{path} cannot be opened: {exc}.") from None
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if app_id != APPLICATION_ID:
            if app_id == 0 and not tables:
                return Inspection(FileState.NEW)
            raise NotAStore(
                f"{path} is a database of another program, not a popdesk store. "
                "It was left as it was."
            )
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise StoreDamaged(
                f"{path} is damaged ({check}). It was left as it was; restore a backup."
            )
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise StoreDamaged(
            f"{path} is damaged and cannot be read ({exc}). It was left as it was; "
            "restore a backup."
        ) from None
    finally:
        conn.close()
    if revision is not None and not migrations.is_known(revision):
        raise StoreTooNew(
            f"{path} was written by a newer popdesk (schema {revision}). "
            "Update popdesk to open it; the file was left as it was."
        )
    return Inspection(FileState.POPDESK, revision)


@dataclass
class Store:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    backups: list[Path] = field(default_factory=list)

    def close(self) -> None:
        self.engine.dispose()


def open_store(path: Path, *, create: bool = False) -> Store:
    """Open (and, with ``create``, make) the store at ``path``, migrating it to this version."""
    path = Path(path)
    found = inspect_file(path)
    if found.state is FileState.MISSING and not create:
        raise StoreNotFound(
            f"There is no popdesk store at {path}. Make one with: popdesk --db {path} demo"
        )
    backups: list[Path] = []
    if found.state is FileState.POPDESK and migrations.needs_upgrade(found.revision):
        backups.append(copy_store(path, backup_path(path, "before-upgrade")))
    engine = make_engine(path)
    try:
        migrations.upgrade(engine, new_store=found.state is not FileState.POPDESK)
    except BaseException:
        engine.dispose()
        raise
    return Store(path=path, engine=engine, sessions=make_sessions(engine), backups=backups)
