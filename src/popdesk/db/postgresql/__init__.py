"""A force's store on its PostgreSQL server (psycopg 3): its side of the seam
(``popdesk.db.seam``). Connecting is in ``connection``, opening and checking a server store in
``store``, setting a server up in ``server``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from popdesk.db.seam import Failure, Hit

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# SQLSTATEs (PostgreSQL's error codes, appendix A of its manual) popdesk words apart; a whole
# class is given by its first two characters.
_SQLSTATE: dict[str, Failure] = {
    "23505": "unique",  # unique_violation
    "23503": "foreign",  # foreign_key_violation
    "42501": "denied",  # insufficient_privilege: a reader's login writing
    "25006": "denied",  # read_only_sql_transaction: a standby, or a read-only session
    "53100": "full",  # disk_full
    "XX001": "damaged",  # data_corrupted
    "XX002": "damaged",  # index_corrupted
    "57P01": "lost",  # admin_shutdown: the server is restarting
    "57P02": "lost",  # crash_shutdown
    "57P03": "lost",  # cannot_connect_now
}
_CLASSES: dict[str, Failure] = {"08": "lost"}  # connection exceptions


class PostgreSQLBackend:
    name = "postgresql"
    param_mark = "%s"
    seals_audit = True

    def search(self, session: Session, words: Sequence[str], limit: int) -> list[Hit]:
        from popdesk.db.postgresql import search

        return search.search(session, words, limit)

    def after_erasure(self, session: Session) -> None:
        """Nothing more can be done from a client: the index rows were rewritten by triggers,
        and the old row versions stay in the server's files until VACUUM reclaims them (the
        README says so)."""

    def integrity_problems(self, session: Session) -> list[str]:
        from sqlalchemy import text

        broken = session.execute(
            text(
                "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = current_schema() AND NOT i.indisvalid ORDER BY 1"
            )
        ).scalars()
        return [f"index {name} is not valid" for name in broken]

    def failure(self, exc: BaseException) -> Failure | None:
        if getattr(exc, "connection_invalidated", False):
            return "lost"
        orig = getattr(exc, "orig", exc)
        state = getattr(orig, "sqlstate", None)
        if not isinstance(state, str):
            # No SQLSTATE: the error arose in the client, not the server. An operational one
            # is a connection that could not be made or was cut (psycopg's own classes).
            import psycopg

            return "lost" if isinstance(orig, psycopg.OperationalError) else None
        return _SQLSTATE.get(state) or _CLASSES.get(state[:2])


BACKEND = PostgreSQLBackend()
