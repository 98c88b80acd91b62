"""Full-text search index (SQLite FTS5), kept current by triggers.

``search_index_keys`` gives every indexed record a stable integer key (source tables key on
UUIDs, and their implicit rowids may change on VACUUM); ``search_index`` is the FTS5 table
keyed by it. Other databases skip this revision and search another way.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _c(column: str) -> str:
    return f"coalesce({{row}}.{column}, '')"


# kind, table, title expression, body expression, the columns whose change re-indexes
SOURCES: list[tuple[str, str, str, str, list[str]]] = [
    (
        "organisation",
        "organisations",
        "{row}.name",
        f"{_c('notes')} || ' ' || {_c('address')} || ' ' || {_c('website')}",
        ["name", "notes", "address", "website"],
    ),
    (
        "contact",
        "contacts",
        "{row}.name",
        f"{_c('job_title')} || ' ' || {_c('notes')}",
        ["name", "job_title", "notes"],
    ),
    (
        "staff",
        "staff",
        "{row}.name",
        f"{_c('rank')} || ' ' || {_c('staff_number')} || ' ' || {_c('post_role')} || ' ' "
        f"|| {_c('post_area')} || ' ' || {_c('team')}",
        ["name", "rank", "staff_number", "post_role", "post_area", "team"],
    ),
    (
        "group",
        "groups",
        "{row}.name",
        _c("terms_of_reference"),
        ["name", "terms_of_reference"],
    ),
    (
        "engagement",
        "engagements",
        "{row}.summary",
        f"{_c('outcome')} || ' ' || {_c('location')}",
        ["summary", "outcome", "location"],
    ),
    ("action", "actions", "{row}.description", "''", ["description"]),
    (
        "problem",
        "problems",
        "{row}.title",
        f"{_c('description')} || ' ' || {_c('evaluation_notes')}",
        ["title", "description", "evaluation_notes"],
    ),
    (
        "agreement",
        "agreements",
        "{row}.title",
        f"{_c('purpose')} || ' ' || {_c('reference')} || ' ' || {_c('data_items')}",
        ["title", "purpose", "reference", "data_items"],
    ),
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE TABLE search_index_keys ("
        " key INTEGER PRIMARY KEY,"
        " kind TEXT NOT NULL,"
        " record_id CHAR(32) NOT NULL UNIQUE)"
    )
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    for kind, table, title, body, columns in SOURCES:
        new_title, new_body = title.format(row="NEW"), body.format(row="NEW")
        op.execute(
            f"INSERT INTO search_index_keys (kind, record_id) SELECT '{kind}', id FROM {table}"
        )
        op.execute(
            f"INSERT INTO search_index (rowid, title, body) "
            f"SELECT k.key, {title.format(row='t')}, {body.format(row='t')} "
            f"FROM {table} AS t JOIN search_index_keys AS k ON k.record_id = t.id"
        )
        op.execute(
            f"CREATE TRIGGER search_index_{table}_insert AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO search_index_keys (kind, record_id) VALUES ('{kind}', NEW.id); "
            f"INSERT INTO search_index (rowid, title, body) "
            f"VALUES (last_insert_rowid(), {new_title}, {new_body}); END"
        )
        op.execute(
            f"CREATE TRIGGER search_index_{table}_update AFTER UPDATE OF {', '.join(columns)} "
            f"ON {table} BEGIN "
            f"UPDATE search_index SET title = {new_title}, body = {new_body} "
            f"WHERE rowid = (SELECT key FROM search_index_keys WHERE record_id = NEW.id); END"
        )
        op.execute(
            f"CREATE TRIGGER search_index_{table}_delete AFTER DELETE ON {table} BEGIN "
            f"DELETE FROM search_index "
            f"WHERE rowid = (SELECT key FROM search_index_keys WHERE record_id = OLD.id); "
            f"DELETE FROM search_index_keys WHERE record_id = OLD.id; END"
        )


def downgrade() -> None:
    raise NotImplementedError("popdesk does not downgrade stores; restore a backup instead")
