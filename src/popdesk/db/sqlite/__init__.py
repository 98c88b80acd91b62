"""The local store's engine: an SQLCipher file. Its connection set-up is in ``connection``;
here is its side of the seam (``popdesk.db.seam``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from popdesk.db.seam import Failure, Hit

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# SQLite's primary result codes (the low byte of an extended code), and the extended codes of
# the two constraints popdesk words apart.
_PRIMARY: dict[int, Failure] = {
    13: "full",  # SQLITE_FULL
    10: "io",  # SQLITE_IOERR
    11: "damaged",  # SQLITE_CORRUPT
    26: "damaged",  # SQLITE_NOTADB
    8: "readonly",  # SQLITE_READONLY
    14: "cantopen",  # SQLITE_CANTOPEN
}
_CONSTRAINT: dict[int, Failure] = {
    787: "foreign",  # SQLITE_CONSTRAINT_FOREIGNKEY
    2067: "unique",  # SQLITE_CONSTRAINT_UNIQUE
    1555: "unique",  # SQLITE_CONSTRAINT_PRIMARYKEY
}


class SQLiteBackend:
    name = "sqlite"
    param_mark = "?"
    seals_audit = False

    def search(self, session: Session, words: Sequence[str], limit: int) -> list[Hit]:
        from popdesk.db.sqlite import search

        return search.search(session, words, limit)

    def after_erasure(self, session: Session) -> None:
        from popdesk.db.sqlite import search

        search.merge_index(session)

    def integrity_problems(self, session: Session) -> list[str]:
        from sqlalchemy import text

        from popdesk.security.sqlcipher_files import summarise_problems

        found = [row[0] for row in session.execute(text("PRAGMA integrity_check")).all()]
        # SQLite lists up to 100 problems; the first few say what is wrong, on one line.
        problems = [] if found == ["ok"] else [summarise_problems(found)]
        foreign = session.execute(text("PRAGMA foreign_key_check")).all()
        if foreign:
            problems.append(f"{len(foreign)} broken links between records")
        return problems

    def failure(self, exc: BaseException) -> Failure | None:
        code = getattr(exc, "sqlite_errorcode", None)
        if code is None:
            code = getattr(getattr(exc, "orig", None), "sqlite_errorcode", None)
        if isinstance(code, int):
            return _CONSTRAINT.get(code) or _PRIMARY.get(code & 0xFF)
        return None


BACKEND = SQLiteBackend()
