"""Writing many rows at once (an import's thousands of contacts), inside the caller's
transaction, the way the store's engine does it fastest."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from popdesk.db.seam import backend_of


def insert_rows(
    session: Session,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    shared: Mapping[str, Any] | None = None,
) -> None:
    """Insert ``rows`` (plain values, the same keys in each) into ``table``, each also given the
    ``shared`` values; a refused write raises SQLAlchemy's errors as any other would."""
    backend_of(session).insert_rows(session, table, rows, shared)
