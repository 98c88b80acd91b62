"""Titles' search documents in a narrow table of their own, on the server.

Search's first pass reads titles alone and ranks the newest matches. On PostgreSQL a GIN index
gives the rows that match in no useful order, so finding the newest means visiting every
matching row, or walking back from the newest key until enough are found; both read rows, and
the wide rows of ``search_index`` (title, body document) hold about 25 to a page. Here the title
documents move to ``search_index_titles (key, title_doc)``, some 80 to a page, kept by a trigger
on ``search_index``; ``search_index`` is rewritten without them in key order. SQLite's FTS5 index
already reads in key order: nothing to do there.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

from popdesk.db.seam import by_engine

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    by_engine(op.get_context().dialect.name, sqlite=_nothing, postgresql=_postgresql)()


def downgrade() -> None:
    by_engine(op.get_context().dialect.name, sqlite=_nothing, postgresql=_postgresql_undone)()


def _nothing() -> None:
    """SQLite's full-text index reads newest first as it is."""


def _sources() -> list[tuple[str, str, str, str, list[str]]]:
    from popdesk.db.migrations import script

    module = script().get_revision("0002").module
    return list(module.SOURCES)


def _index_function(table: str, kind: str, title: str, body: str, with_titles: bool) -> str:
    new_title, new_body = title.format(row="NEW"), body.format(row="NEW")
    columns = "kind, record_id, title, " + ("title_doc, doc" if with_titles else "doc")
    titles = f"popdesk_document({new_title}, NULL), " if with_titles else ""
    kept = "title_doc = EXCLUDED.title_doc, " if with_titles else ""
    return (
        f"CREATE OR REPLACE FUNCTION search_index_{table}() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN "
        "IF TG_OP = 'DELETE' THEN "
        "DELETE FROM search_index WHERE record_id = OLD.id; RETURN OLD; END IF; "
        f"INSERT INTO search_index ({columns}) "
        f"VALUES ('{kind}', NEW.id, coalesce({new_title}, ''), {titles}"
        f"popdesk_document({new_title}, {new_body})) "
        f"ON CONFLICT (record_id) DO UPDATE SET title = EXCLUDED.title, {kept}doc = EXCLUDED.doc; "
        "RETURN NEW; END $$"
    )


def _postgresql() -> None:
    op.execute(
        "CREATE TABLE search_index_titles (key BIGINT PRIMARY KEY, title_doc TSVECTOR NOT NULL)"
    )
    op.execute(
        "INSERT INTO search_index_titles (key, title_doc) "
        "SELECT key, title_doc FROM search_index ORDER BY key"
    )
    op.execute(
        "CREATE INDEX ix_search_index_titles_doc ON search_index_titles USING gin (title_doc)"
    )
    op.execute("DROP INDEX ix_search_index_title_doc")
    for kind, table, title, body, _columns in _sources():
        op.execute(_index_function(table, kind, title, body, with_titles=False))
    op.execute("ALTER TABLE search_index DROP COLUMN title_doc")
    # A dropped column stays in every row until the table is rewritten: rewrite it, in key order.
    op.execute("CLUSTER search_index USING search_index_pkey")
    op.execute(
        "CREATE FUNCTION search_index_titles_keep() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN "
        "IF TG_OP = 'DELETE' THEN "
        "DELETE FROM search_index_titles WHERE key = OLD.key; RETURN OLD; END IF; "
        "INSERT INTO search_index_titles (key, title_doc) "
        "VALUES (NEW.key, popdesk_document(NEW.title, NULL)) "
        "ON CONFLICT (key) DO UPDATE SET title_doc = EXCLUDED.title_doc; "
        "RETURN NEW; END $$"
    )
    op.execute(
        "CREATE TRIGGER search_index_titles AFTER INSERT OR DELETE OR UPDATE OF title "
        "ON search_index FOR EACH ROW EXECUTE FUNCTION search_index_titles_keep()"
    )
    op.execute("ANALYZE search_index_titles")


def _postgresql_undone() -> None:
    op.execute("DROP TRIGGER search_index_titles ON search_index")
    op.execute("DROP FUNCTION search_index_titles_keep()")
    op.execute("ALTER TABLE search_index ADD COLUMN title_doc TSVECTOR")
    op.execute(
        "UPDATE search_index AS s SET title_doc = t.title_doc "
        "FROM search_index_titles AS t WHERE t.key = s.key"
    )
    op.execute("UPDATE search_index SET title_doc = '' WHERE title_doc IS NULL")
    op.execute("ALTER TABLE search_index ALTER COLUMN title_doc SET NOT NULL")
    for kind, table, title, body, _columns in _sources():
        op.execute(_index_function(table, kind, title, body, with_titles=True))
    op.execute("CREATE INDEX ix_search_index_title_doc ON search_index USING gin (title_doc)")
    op.execute("DROP TABLE search_index_titles")
