"""On the server, whether an organisation was engaged recently is read from an index by date.

The dashboard's stale SPOC roles are those whose organisation has had no engagement since a day
(``repositories.rules.stale_role``, asked of ``organisation_last_engaged``). On PostgreSQL that
view grouped every engagement link by organisation to find each one's latest date, 500,000 links
for each reading of the dashboard, since a condition on the latest date cannot be pushed inside
the grouping. Now the view lists every link's date by organisation, and an index on links by
(date, organisation) finds the organisations engaged since the day from the recent links alone:
"is there an engagement on or after the day" has the same answer from every date as from the
latest. On SQLite the table kept by triggers holds the latest date alone, as before.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

from popdesk.db.seam import by_engine

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    by_engine(op.get_context().dialect.name, sqlite=_nothing, postgresql=_postgresql)()


def downgrade() -> None:
    by_engine(op.get_context().dialect.name, sqlite=_nothing, postgresql=_postgresql_undone)()


def _nothing() -> None:
    """The kept table answers from one row per organisation."""


def _postgresql() -> None:
    op.execute(
        "CREATE INDEX ix_engagement_organisations_when_organisation "
        "ON engagement_organisations (occurred_at, organisation_id)"
    )
    op.execute("DROP VIEW organisation_last_engaged")
    op.execute(
        "CREATE VIEW organisation_last_engaged (organisation_id, occurred_at) AS "
        "SELECT organisation_id, occurred_at FROM engagement_organisations "
        "WHERE occurred_at IS NOT NULL"
    )


def _postgresql_undone() -> None:
    op.execute("DROP VIEW organisation_last_engaged")
    op.execute(
        "CREATE VIEW organisation_last_engaged (organisation_id, occurred_at) AS "
        "SELECT organisation_id, max(occurred_at) FROM engagement_organisations "
        "WHERE occurred_at IS NOT NULL GROUP BY organisation_id"
    )
    op.execute("DROP INDEX ix_engagement_organisations_when_organisation")
