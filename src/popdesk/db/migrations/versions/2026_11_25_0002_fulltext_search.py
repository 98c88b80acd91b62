"""Full-text search index (SQLite FTS5), kept current by triggers.

``search_index_keys`` gives every indexed record a stable integer key (source tables key on
UUIDs, and their implicit rowids may change on VACUUM); ``search_index`` is the FTS5 table
keyed by it. On PostgreSQL the index is one table of PostgreSQL's own full-text documents
(``tsvector``, weighted title A and body B, accents removed by ``unaccent``), with a GIN index,
kept current by triggers in the same way.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

from popdesk.db.seam import by_engine

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
    by_engine(op.get_context().dialect.name, sqlite=_sqlite, postgresql=_postgresql)()


def _sqlite() -> None:
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


# Text as FTS5's unicode61 tokenizer reads it: runs of letters and digits, all else a space.
_WORDS = "regexp_replace(coalesce($1, ''), '[^[:alnum:]]+', ' ', 'g')"


def _postgresql() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    op.execute("CREATE TEXT SEARCH CONFIGURATION popdesk (COPY = simple)")
    op.execute(
        "ALTER TEXT SEARCH CONFIGURATION popdesk ALTER MAPPING FOR asciiword, word, numword, "
        "asciihword, hword, numhword, hword_asciipart, hword_part, hword_numpart "
        "WITH unaccent, simple"
    )
    op.execute(
        "CREATE FUNCTION popdesk_document(title text, body text) RETURNS tsvector "
        "LANGUAGE sql IMMUTABLE AS $$ SELECT "
        f"setweight(to_tsvector('popdesk', {_WORDS}), 'A') || "
        f"setweight(to_tsvector('popdesk', {_WORDS.replace('$1', '$2')}), 'B') $$"
    )
    op.execute(
        "CREATE TABLE search_index ("
        " key BIGSERIAL PRIMARY KEY,"
        " kind VARCHAR(20) NOT NULL,"
        " record_id UUID NOT NULL UNIQUE,"
        " title TEXT NOT NULL,"
        " title_doc TSVECTOR NOT NULL,"
        " doc TSVECTOR NOT NULL)"
    )
    # Titles apart: the first pass looks in titles alone, and a word in thousands of bodies
    # (every engagement naming the council) must not be read and rechecked for it.
    op.execute("CREATE INDEX ix_search_index_title_doc ON search_index USING gin (title_doc)")
    op.execute("CREATE INDEX ix_search_index_doc ON search_index USING gin (doc)")
    for kind, table, title, body, columns in SOURCES:
        new_title, new_body = title.format(row="NEW"), body.format(row="NEW")
        op.execute(
            "INSERT INTO search_index (kind, record_id, title, title_doc, doc) "
            f"SELECT '{kind}', t.id, coalesce({title.format(row='t')}, ''), "
            f"popdesk_document({title.format(row='t')}, NULL), "
            f"popdesk_document({title.format(row='t')}, {body.format(row='t')}) FROM {table} AS t"
        )
        op.execute(
            f"CREATE FUNCTION search_index_{table}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN "
            "IF TG_OP = 'DELETE' THEN "
            "DELETE FROM search_index WHERE record_id = OLD.id; RETURN OLD; END IF; "
            "INSERT INTO search_index (kind, record_id, title, title_doc, doc) "
            f"VALUES ('{kind}', NEW.id, coalesce({new_title}, ''), "
            f"popdesk_document({new_title}, NULL), popdesk_document({new_title}, {new_body})) "
            "ON CONFLICT (record_id) DO UPDATE SET title = EXCLUDED.title, "
            "title_doc = EXCLUDED.title_doc, doc = EXCLUDED.doc; "
            "RETURN NEW; END $$"
        )
        op.execute(
            f"CREATE TRIGGER search_index_{table} AFTER INSERT OR DELETE OR UPDATE OF "
            f"{', '.join(columns)} ON {table} FOR EACH ROW EXECUTE FUNCTION search_index_{table}()"
        )


def downgrade() -> None:
    raise NotImplementedError("popdesk does not downgrade stores; restore a backup instead")
