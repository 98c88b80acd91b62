"""Alembic migrations, run from code when a store opens (no alembic.ini needed by users)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from popdesk.db import APPLICATION_ID

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Engine

HERE = Path(__file__).resolve().parent

# Tables that belong to SQLite's full-text index: made by a migration, unknown to the models.
FULLTEXT_PREFIX = "search_index"
KEPT_BY_TRIGGERS = ("record_counts", "organisation_last_engaged")  # migration 0005


# Every revision, oldest first. Opening an up-to-date store checks its revision against this list
# and so never loads Alembic (a tenth of a second at start-up); a test keeps it equal to the
# revisions in versions/.
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010")


def config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    cfg.set_main_option("file_template", "%%(year)d_%%(month).2d_%%(day).2d_%%(rev)s_%%(slug)s")
    return cfg


@cache
def script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(config())


def head() -> str:
    return REVISIONS[-1]


def is_known(revision: str) -> bool:
    return revision in REVISIONS


def needs_upgrade(revision: str | None) -> bool:
    return revision != head()


def schema_number(revision: str) -> int:
    """How many revisions lead up to ``revision``: kept in ``PRAGMA user_version`` too."""
    return REVISIONS.index(revision) + 1


def upgrade(engine: Engine, *, new_store: bool) -> None:
    """Bring the store to the head revision in one transaction (all of it, or none)."""
    from alembic import command

    cfg = config()
    local = engine.dialect.name == "sqlite"
    with engine.begin() as conn:
        if new_store and local:
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        if local:
            conn.exec_driver_sql(f"PRAGMA user_version = {schema_number(head())}")
