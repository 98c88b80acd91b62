"""Figures the dashboard reads, kept by the store as records change.

- ``record_counts``: how many rows the tables that grow without end hold (engagements, actions,
  audit entries). Counting 500,000 engagements reads and decrypts every page of an index (70 ms
  on a fresh connection); this is one page. Smaller tables are counted as they are, and spared
  the cost of a trigger on every row an import adds.
- ``organisation_last_engaged``: the date of each organisation's latest engagement. Finding the
  stale SPOC roles then reads one small table instead of probing the links of every engagement.
- An index on contacts by (active, review due, name), so the contacts due a review are counted
  and put in order from the index alone.

Triggers keep both tables equal to the records; the test suite checks them after inserts,
updates, deletions and erasure.

On PostgreSQL both are views over the records, with the same names and columns: a counter row
that every writer updates would make everyone logging an engagement queue on it, and PostgreSQL
counts and finds each organisation's latest engagement from its indexes.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

from __future__ import annotations

from alembic import op

from popdesk.db.seam import by_engine

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

COUNTED = ("engagements", "actions", "audit_entries")

# The latest engagement date of one organisation, worked out again from its links.
_RECOUNT = (
    "DELETE FROM organisation_last_engaged WHERE organisation_id = {row}.organisation_id; "
    "INSERT INTO organisation_last_engaged (organisation_id, occurred_at) "
    "SELECT organisation_id, max(occurred_at) FROM engagement_organisations "
    "WHERE organisation_id = {row}.organisation_id AND occurred_at IS NOT NULL "
    "GROUP BY organisation_id; "
)

LINK_TRIGGERS = {
    # 0004's trigger copies the engagement's date onto a new link with an UPDATE, so a new
    # link is seen here by the update trigger; this one covers links inserted with their date.
    "engagement_organisations_last_engaged_insert": (
        "AFTER INSERT ON engagement_organisations WHEN NEW.occurred_at IS NOT NULL BEGIN "
        + _RECOUNT.format(row="NEW")
        + "END"
    ),
    "engagement_organisations_last_engaged_update": (
        "AFTER UPDATE OF occurred_at, organisation_id ON engagement_organisations BEGIN "
        + _RECOUNT.format(row="OLD")
        + _RECOUNT.format(row="NEW")
        + "END"
    ),
    "engagement_organisations_last_engaged_delete": (
        "AFTER DELETE ON engagement_organisations BEGIN " + _RECOUNT.format(row="OLD") + "END"
    ),
}


def _count_triggers(table: str) -> dict[str, str]:
    return {
        f"{table}_counted_insert": (
            f"AFTER INSERT ON {table} BEGIN "
            f"UPDATE record_counts SET n = n + 1 WHERE kind = '{table}'; END"
        ),
        f"{table}_counted_delete": (
            f"AFTER DELETE ON {table} BEGIN "
            f"UPDATE record_counts SET n = n - 1 WHERE kind = '{table}'; END"
        ),
    }


def triggers() -> dict[str, str]:
    found = dict(LINK_TRIGGERS)
    for table in COUNTED:
        found.update(_count_triggers(table))
    return found


def upgrade() -> None:
    by_engine(op.get_context().dialect.name, sqlite=_sqlite, postgresql=_postgresql)()
    op.create_index(
        "ix_contacts_active_review_due", "contacts", ["active", "review_due", "name", "id"]
    )


def _postgresql() -> None:
    op.execute(
        "CREATE VIEW record_counts (kind, n) AS "
        + " UNION ALL ".join(f"SELECT '{table}', count(*) FROM {table}" for table in COUNTED)
    )
    op.execute(
        "CREATE VIEW organisation_last_engaged (organisation_id, occurred_at) AS "
        "SELECT organisation_id, max(occurred_at) FROM engagement_organisations "
        "WHERE occurred_at IS NOT NULL GROUP BY organisation_id"
    )


def _sqlite() -> None:
    op.execute(
        "CREATE TABLE record_counts (kind VARCHAR(40) NOT NULL PRIMARY KEY, "
        "n INTEGER NOT NULL) WITHOUT ROWID"
    )
    for table in COUNTED:
        op.execute(f"INSERT INTO record_counts (kind, n) SELECT '{table}', count(*) FROM {table}")
    op.execute(
        "CREATE TABLE organisation_last_engaged (organisation_id CHAR(32) NOT NULL PRIMARY KEY, "
        "occurred_at DATETIME NOT NULL) WITHOUT ROWID"
    )
    op.execute(
        "INSERT INTO organisation_last_engaged (organisation_id, occurred_at) "
        "SELECT organisation_id, max(occurred_at) FROM engagement_organisations "
        "WHERE occurred_at IS NOT NULL GROUP BY organisation_id"
    )
    for name, body in triggers().items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in triggers():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index("ix_contacts_active_review_due", "contacts")
    op.execute("DROP TABLE organisation_last_engaged")
    op.execute("DROP TABLE record_counts")
