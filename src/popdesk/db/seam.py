"""What depends on the engine a store lives on, behind one small interface.

A store is a local SQLCipher file (``popdesk.db.sqlite``) or a force's PostgreSQL database
(``popdesk.db.postgresql``). The models, the migrations' tables, the repositories' queries and
every rule are the same on both; what differs is here: full-text search and its upkeep, bulk
inserts, the integrity check, and what a driver's error means (read from its error code or
SQLSTATE, never from its wording). The rest of popdesk asks ``backend_of`` for the engine of a
session or connection and never names an engine itself.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, Protocol

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# What went wrong with a write, whatever the engine said it in:
#   "full"      no space left for the store
#   "io"        the disk refused a read or write
#   "damaged"   part of the store cannot be read
#   "readonly"  the store's file cannot be written
#   "denied"    the login may read but not write (a reader's, or a read-only server)
#   "cantopen"  the file cannot be opened
#   "unique"    a record with those details already exists
#   "foreign"   the record is still referred to elsewhere (or refers to one that is gone)
#   "lost"      the connection to the server went (or the server restarted)
Failure = Literal[
    "full", "io", "damaged", "readonly", "denied", "cantopen", "unique", "foreign", "lost"
]

Hit = tuple[str, uuid.UUID, str]  # (kind, id, title) of a search match


class UnknownEngine(RuntimeError):
    """A store on an engine popdesk does not know: refused, never half-handled."""


class Backend(Protocol):
    """One engine's side of the seam."""

    name: str
    param_mark: str  # the driver's parameter marker, for statements sent to it as they are
    # Whether the store itself gives each audit entry its place in the chain (the server, as
    # the entry's transaction commits), so the client's would only be overwritten.
    seals_audit: bool

    def search(self, session: Session, words: Sequence[str], limit: int) -> list[Hit]:
        """The best matches of every word typed (each a prefix), titles first."""
        ...

    def after_erasure(self, session: Session) -> None:
        """Leave no erased words in the search index's own storage."""
        ...

    def integrity_problems(self, session: Session) -> list[str]:
        """What the engine's own check finds wrong with the store (empty if nothing)."""
        ...

    def failure(self, exc: BaseException) -> Failure | None:
        """What ``exc`` (a driver's or SQLAlchemy's error) means, or None if nothing known."""
        ...


def backend_named(name: str) -> Backend:
    if name == "sqlite":
        from popdesk.db.sqlite import BACKEND

        return BACKEND
    if name == "postgresql":
        from popdesk.db.postgresql import BACKEND as SERVER

        return SERVER
    raise UnknownEngine(f"popdesk does not know the {name} database engine")


def backend_of(bind: Any) -> Backend:
    """The backend of a session, connection or engine."""
    if hasattr(bind, "get_bind"):
        bind = bind.get_bind()
    return backend_named(bind.dialect.name)


def by_engine(name: str, **bodies: Any) -> Any:
    """The body given for engine ``name``; an engine not given is refused, never skipped."""
    try:
        return bodies[name]
    except KeyError:
        raise UnknownEngine(
            f"this step knows {', '.join(sorted(bodies))}, not the {name} database engine"
        ) from None
