"""Alembic migrations, run from code when a store opens (no alembic.ini needed by users)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from popdesk.db.engine import APPLICATION_ID

HERE = Path(__file__).resolve().parent

# Tables that belong to SQLite's full-text index: made by a migration, unknown to the models.
FULLTEXT_PREFIX = "search_index"


def config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    cfg.set_main_option("file_template", "%%(year)d_%%(month).2d_%%(day).2d_%%(rev)s_%%(slug)s")
    return cfg


@cache
def script() -> ScriptDirectory:
    return ScriptDirectory.from_config(config())


def head() -> str:
    revision = script().get_current_head()
    assert revision is not None
    return revision


def is_known(revision: str) -> bool:
    return any(rev.revision == revision for rev in script().walk_revisions())


def needs_upgrade(revision: str | None) -> bool:
    return revision != head()


def schema_number(revision: str) -> int:
    """How many revisions lead up to ``revision``: kept in ``PRAGMA user_version`` too."""
    return sum(1 for _ in script().iterate_revisions(revision, "base"))


def upgrade(engine: Engine, *, new_store: bool) -> None:
    """Bring the store to the head revision in one transaction (all of it, or none)."""
    cfg = config()
    with engine.begin() as conn:
        if new_store:
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.exec_driver_sql(f"PRAGMA user_version = {schema_number(head())}")
