"""Engine set-up for a store file: the key, the pragmas, transactions and the application id.

A store is a SQLCipher database opened through SQLAlchemy's ``pysqlcipher`` dialect with the raw
data key, so no key derivation runs on connect. Every connection gets ``foreign_keys=ON`` and a
``busy_timeout``; the file is kept in WAL mode.
Transactions are begun explicitly, so the ``sqlite3`` module's own transaction handling (which
commits behind one's back before DDL) stays out of the way.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from popdesk.domain.text import fold
from popdesk.security.keys import sqlcipher_key

BUSY_TIMEOUT_MS = 5000
CACHE_KIB = 32 * 1024


def _fold(text: str | None) -> str | None:
    return None if text is None else fold(text)


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, see _on_begin
    # Case- and accent-blind matching in SQL (SQLite's own folds ASCII only): erasure finds
    # "łukasz nowak" when "Łukasz Nowak" is erased.
    dbapi_connection.create_function("popdesk_fold", 1, _fold, deterministic=True)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA cipher_log_level = NONE")  # failures reach the user as errors instead
    cursor.execute("PRAGMA foreign_keys = ON")
    # A row replaced by INSERT OR REPLACE meets the table's DELETE triggers (the audit log's).
    cursor.execute("PRAGMA recursive_triggers = ON")
    cursor.execute("PRAGMA secure_delete = ON")  # freed space is zeroed, not left readable
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous = NORMAL")
    # Decrypted pages kept per connection: SQLCipher's default (2,000 pages, 8 MB) is less than
    # the search index of a force's store, so every other search read and decrypted it again.
    cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.close()


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(path: Path, key: bytes | None) -> Engine:
    """An engine on the store at ``path``; ``key`` None only for a legacy unencrypted file."""
    if key is None:
        engine = create_engine(URL.create("sqlite", database=str(path)), module=_sqlcipher())
    else:
        url = URL.create("sqlite+pysqlcipher", password=sqlcipher_key(key), database=str(path))
        # The dialect's default pool keeps one connection per thread and closes some of them
        # when threads come and go; worker threads need the ordinary pool.
        engine = create_engine(url, poolclass=QueuePool)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _sqlcipher() -> Any:
    import sqlcipher3

    return sqlcipher3


def make_sessions(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False, autoflush=True)
