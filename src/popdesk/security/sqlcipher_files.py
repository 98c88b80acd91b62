"""File-level work on SQLCipher databases: open with a key, copy, verify, compare.

These talk to ``sqlcipher3`` directly because they work on whole files (copies, checks, the
plain-to-encrypted export) rather than on records.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from popdesk.domain.validation import QT_TRANSLATE_NOOP
from popdesk.errors import CheckStopped
from popdesk.security.keys import sqlcipher_key

SIDECARS = ("-wal", "-shm", "-journal")


def module() -> Any:
    import sqlcipher3

    return sqlcipher3


def connect(path: Path, key: bytes | None, *, read_only: bool = False) -> Any:
    """A connection to ``path`` keyed with ``key`` (None: an unencrypted file)."""
    query = "mode=rw"
    if read_only:
        # With no WAL to read, open as immutable: no -wal or -shm file is made beside a file
        # that is only being looked at (a refused file must be left exactly as it was).
        query = "mode=ro" if Path(str(path) + "-wal").exists() else "mode=ro&immutable=1"
    conn = module().connect(f"{path.resolve().as_uri()}?{query}", uri=True)
    conn.isolation_level = None
    quiet(conn)
    if key is not None:
        conn.execute(f'PRAGMA key = "{sqlcipher_key(key)}"')
    return conn


def quiet(conn: Any) -> None:
    """SQLCipher logs failed page checks to stderr; popdesk reports them in its own words."""
    conn.execute("PRAGMA cipher_log_level = NONE")


@contextmanager
def opened(path: Path, key: bytes | None, *, read_only: bool = False) -> Iterator[Any]:
    conn = connect(path, key, read_only=read_only)
    try:
        yield conn
    finally:
        conn.close()


# SQLite's primary result codes that say what went wrong (extended codes share the low byte).
_KINDS = {13: "full", 10: "io", 11: "damaged", 26: "damaged", 8: "readonly", 14: "cantopen"}


def failure_kind(exc: BaseException) -> str | None:
    """What a failure was, by SQLite's result code or the OS's errno, never by its wording:
    "full" (no space left), "io" (the disk refused a read or write), "damaged", "readonly",
    "cantopen", or None if it is none of these."""
    import errno

    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        code = getattr(getattr(exc, "orig", None), "sqlite_errorcode", None)
    if isinstance(code, int):
        return _KINDS.get(code & 0xFF)
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", -1)):
            return "full"
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return "readonly"
        if exc.errno == errno.EIO:
            return "io"
    return None


def is_database_error(exc: BaseException) -> bool:
    return isinstance(exc, module().DatabaseError)


class Interruptible:
    """A long check that another thread may stop (when popdesk closes while it runs)."""

    def __init__(self) -> None:
        self._conn: Any = None
        self.stopped = False

    def stop(self) -> None:
        self.stopped = True
        if self._conn is not None:
            self._conn.interrupt()


def integrity(
    path: Path, key: bytes | None, *, quick: bool = False, stop: Interruptible | None = None
) -> str | None:
    """None when the file passes SQLite's integrity check, else what is wrong with it. A check
    stopped through ``stop`` raises CheckStopped: it found nothing either way."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with opened(path, key, read_only=True) as conn:
            if stop is not None:
                stop._conn = conn
                if stop.stopped:
                    raise CheckStopped.worded(
                        QT_TRANSLATE_NOOP("Errors", "The check of {0} was stopped."),
                        path.name,
                    )
            rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}")]
    except module().DatabaseError as exc:
        if stop is not None and stop.stopped:
            raise CheckStopped.worded(
                QT_TRANSLATE_NOOP("Errors", "The check of {0} was stopped."),
                path.name,
            ) from None
        return str(exc)
    return None if rows == ["ok"] else summarise_problems(rows)


def vacuum_into(source: Path, key: bytes | None, destination: Path) -> None:
    """A compact, consistent copy of ``source`` written by SQLite (encrypted with the same key)."""
    with opened(source, key) as conn:
        conn.execute("VACUUM INTO ?", (str(destination),))


def export_encrypted(plain: Path, encrypted: Path, key: bytes) -> None:
    """Copy every table of an unencrypted store into a new encrypted file.

    ``sqlcipher_export`` leaves ``user_version`` and ``application_id`` at zero, so both are
    carried across by hand.
    """
    with opened(plain, None) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        user_version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
        application_id = int(conn.execute("PRAGMA main.application_id").fetchone()[0])
        conn.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(encrypted), sqlcipher_key(key)))
        try:
            conn.execute("SELECT sqlcipher_export('encrypted')")
            conn.execute(f"PRAGMA encrypted.user_version = {user_version}")
            conn.execute(f"PRAGMA encrypted.application_id = {application_id}")
        finally:
            conn.execute("DETACH DATABASE encrypted")


def summarise_problems(rows: list[str], shown: int = 3, width: int = 300) -> str:
    """SQLite's integrity report (up to 100 rows, each maybe several lines) in one line: the
    first few problems, cut to a readable length, and how many more there were."""
    problems = [" ".join(line.strip() for line in row.splitlines() if line.strip()) for row in rows]
    problems = [p.replace("*** in database main *** ", "") for p in problems if p]
    text = "; ".join(problems[:shown])
    if len(text) > width:
        text = text[: width - 1] + "…"
    if len(problems) > shown:
        text += f"; and {len(problems) - shown} more problems"
    return text


def rekey_into(source: Path, key: bytes, destination: Path, new_key: bytes) -> None:
    """Copy an encrypted store into a new file under another key, then check the copy: the
    same header values, every table's rows the same, and SQLite's integrity check passed.
    Raises OSError if the copy is not faithful (the caller removes it)."""
    with opened(source, key) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        header = header_values(conn)
        tables = table_digests(conn)
        conn.execute(
            "ATTACH DATABASE ? AS rekeyed KEY ?", (str(destination), sqlcipher_key(new_key))
        )
        try:
            conn.execute("SELECT sqlcipher_export('rekeyed')")
            conn.execute(f"PRAGMA rekeyed.application_id = {header[0]}")
            conn.execute(f"PRAGMA rekeyed.user_version = {header[1]}")
        finally:
            conn.execute("DETACH DATABASE rekeyed")
    problem = integrity(destination, new_key)
    with opened(destination, new_key, read_only=True) as conn:
        same = header_values(conn) == header and table_digests(conn) == tables
    if problem is not None or not same:
        raise OSError(f"the re-encrypted copy is not faithful ({problem or 'the rows differ'})")


def header_values(conn: Any) -> tuple[int, int]:
    """(application_id, user_version) of an open connection's main database."""
    app = int(conn.execute("PRAGMA application_id").fetchone()[0])
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    return app, version


def table_digests(conn: Any) -> dict[str, tuple[int, str]]:
    """Row count and a SHA-256 of every row, per table, in the table's own key order."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0 "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    out = {}
    for name in names:
        digest = hashlib.sha256()
        count = 0
        for row in conn.execute(f'SELECT * FROM "{name}"'):
            digest.update(repr(row).encode("utf-8"))
            count += 1
        out[name] = (count, digest.hexdigest())
    return out


def remove_with_sidecars(path: Path) -> None:
    for suffix in ("", *SIDECARS):
        Path(str(path) + suffix).unlink(missing_ok=True)


def owner_only(path: Path) -> None:
    """Read and write for the owner alone (POSIX): a store, key file or backup is nobody
    else's business, even encrypted. Windows keeps the folder's own access rules."""
    if os.name == "posix":
        os.chmod(path, 0o600)


def fsync_file(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX); Windows has no directory handles for this."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
