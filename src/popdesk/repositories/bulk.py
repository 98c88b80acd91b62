"""Writing many rows at once (an import's thousands of contacts), inside the caller's
transaction: one statement sent to the driver with many parameter sets, written with the
engine's parameter marker (``popdesk.db.seam``)."""

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
    ``shared`` values. Every value is converted by its column's own type, as SQLAlchemy does,
    and the rows go to the driver as one batch, without SQLAlchemy's per-row bookkeeping
    (which cost a third of an import's time); a refused write still raises SQLAlchemy's
    errors, so the transaction handling above is unchanged."""
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    mark = backend_of(session).param_mark
    names = list(rows[0])
    convert = [_converter(table.c[name].type, dialect) for name in names]
    fixed = {
        name: (process(value) if (process := _converter(table.c[name].type, dialect)) else value)
        for name, value in (shared or {}).items()
    }
    columns = ", ".join(f'"{name}"' for name in [*names, *fixed])
    marks = ", ".join(mark for _ in range(len(names) + len(fixed)))
    tail = tuple(fixed.values())
    connection.exec_driver_sql(
        f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks})',
        [
            tuple(c(row[n]) if c else row[n] for n, c in zip(names, convert, strict=True)) + tail
            for row in rows
        ],
    )


def _converter(kind: Any, dialect: Any) -> Any:
    return kind.dialect_impl(dialect).bind_processor(dialect)
