"""Each engagement's date on its links to organisations, indexed by organisation.

"Has this organisation been engaged since a date?" is then one index look-up per organisation,
instead of reading the links of every recent engagement (0.8 s for 55,000 engagements in 120 days
of a force's log). Triggers keep the copy equal to the engagement's own date.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from popdesk.db.base import UtcDateTime
from popdesk.db.seam import by_engine

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TRIGGERS = {
    "engagement_organisations_date_on_link": (
        "AFTER INSERT ON engagement_organisations BEGIN "
        "UPDATE engagement_organisations SET occurred_at = "
        "(SELECT occurred_at FROM engagements WHERE id = NEW.engagement_id) "
        "WHERE engagement_id = NEW.engagement_id AND organisation_id = NEW.organisation_id; END"
    ),
    "engagements_date_to_links": (
        "AFTER UPDATE OF occurred_at ON engagements BEGIN "
        "UPDATE engagement_organisations SET occurred_at = NEW.occurred_at "
        "WHERE engagement_id = NEW.id; END"
    ),
}


def upgrade() -> None:
    with op.batch_alter_table("engagement_organisations") as batch:
        batch.add_column(sa.Column("occurred_at", UtcDateTime(), nullable=True))
        batch.create_index(
            "ix_engagement_organisations_organisation_when",
            ["organisation_id", "occurred_at"],
        )
    op.execute(
        "UPDATE engagement_organisations SET occurred_at = "
        "(SELECT occurred_at FROM engagements WHERE id = engagement_id)"
    )
    by_engine(op.get_context().dialect.name, sqlite=_sqlite, postgresql=_postgresql)()


def _sqlite() -> None:
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def _postgresql() -> None:
    op.execute(
        "CREATE FUNCTION engagement_organisations_date_on_link() RETURNS trigger "
        "LANGUAGE plpgsql AS $$ BEGIN "
        "NEW.occurred_at := (SELECT occurred_at FROM engagements WHERE id = NEW.engagement_id); "
        "RETURN NEW; END $$"
    )
    op.execute(
        "CREATE TRIGGER engagement_organisations_date_on_link BEFORE INSERT "
        "ON engagement_organisations FOR EACH ROW "
        "EXECUTE FUNCTION engagement_organisations_date_on_link()"
    )
    op.execute(
        "CREATE FUNCTION engagements_date_to_links() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN UPDATE engagement_organisations SET occurred_at = NEW.occurred_at "
        "WHERE engagement_id = NEW.id; RETURN NEW; END $$"
    )
    op.execute(
        "CREATE TRIGGER engagements_date_to_links AFTER UPDATE OF occurred_at ON engagements "
        "FOR EACH ROW EXECUTE FUNCTION engagements_date_to_links()"
    )


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("engagement_organisations") as batch:
        batch.drop_index("ix_engagement_organisations_organisation_when")
        batch.drop_column("occurred_at")
