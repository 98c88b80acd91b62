"""Alembic environment: runs on the connection popdesk hands it, or on POPDESK_DB for developers."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from alembic import context
from sqlalchemy import Connection

import popdesk.db.models  # noqa: F401  (registers every table)
from popdesk.db.base import Base
from popdesk.db.migrations import FULLTEXT_PREFIX, KEPT_BY_TRIGGERS

config = context.config


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Tables the store keeps up to date with triggers (the search index, the dashboard's
    figures) are made by migrations alone and have no model."""
    if type_ != "table" or name is None:
        return True
    return not (name.startswith(FULLTEXT_PREFIX) or name in KEPT_BY_TRIGGERS)


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    from popdesk.db.sqlite.connection import make_engine

    # For developers writing a revision: an unencrypted scratch database (stores themselves
    # are encrypted and are migrated by popdesk when it opens them).
    url_path = os.environ.get("POPDESK_DB")
    if not url_path:
        raise SystemExit("Set POPDESK_DB to an unencrypted scratch database.")
    engine = make_engine(Path(url_path), None)
    with engine.begin() as conn:
        run(conn)
