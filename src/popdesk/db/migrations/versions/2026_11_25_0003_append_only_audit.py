"""Append-only audit log; export purposes kept apart; contact names taken out of the log.

Triggers refuse every UPDATE and DELETE on ``audit_entries``. Before they are made, summaries
written by earlier versions that named a contact or copied an action's text are reworded, so
that the log never holds what an erasure must remove.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from popdesk.db.seam import by_engine

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# (where, new summary) pairs, in SQLite's dialect; run once, before the log is sealed.
REWORDINGS = [
    ("entity = 'contact' AND summary LIKE 'Added contact %'", "'Added a contact'"),
    (
        "entity = 'contact' AND summary LIKE 'Changed % of %'",
        "substr(summary, 1, instr(summary, ' of ') - 1) || ' of a contact'",
    ),
    (
        "entity = 'contact' AND (summary LIKE 'Deactivated %' OR summary LIKE 'Reactivated %')",
        "substr(summary, 1, instr(summary, ' ') - 1) || ' a contact'",
    ),
    (
        "entity = 'spoc_assignment' AND summary LIKE 'SPOC for %: % / %'",
        "substr(summary, 1, instr(summary, ' / ') - 1) || ' / their SPOC named'",
    ),
    ("entity = 'action' AND summary LIKE 'Added action: %'", "'Added an action'"),
    (
        "entity = 'action' AND summary LIKE '%action%: %'",
        "substr(summary, 1, instr(summary, ': ') - 1)",
    ),
    (
        "entity = 'handover_item' AND summary LIKE '%: %'",
        "substr(summary, 1, instr(summary, ': ') - 1) || ': a checklist item'",
    ),
    (
        "entity = 'stakeholder_rating' AND entity_id IN "
        "(SELECT id FROM stakeholder_ratings WHERE contact_id IS NOT NULL)",
        "'Rated a contact' || substr(summary, instr(summary, ': '))",
    ),
]


def upgrade() -> None:
    op.create_table(
        "export_records",
        sa.Column("audit_entry_id", sa.Uuid(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=True),
        sa.Column("file_name", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["audit_entry_id"],
            ["audit_entries.id"],
            name=op.f("fk_export_records_audit_entry_id_audit_entries"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_export_records")),
        sa.UniqueConstraint("audit_entry_id", name=op.f("uq_export_records_audit_entry_id")),
    )
    by_engine(op.get_context().dialect.name, sqlite=_sqlite, postgresql=_postgresql)()


def _sqlite() -> None:
    for where, summary in REWORDINGS:
        op.execute(f"UPDATE audit_entries SET summary = {summary} WHERE {where}")
    # Exports named their file in the summary and details; the file name moves out of the log.
    op.execute(
        "UPDATE audit_entries SET summary = substr(summary, 1, instr(summary, ' to ') - 1), "
        "details = NULL WHERE action = 'export' AND instr(summary, ' to ') > 0"
    )
    for verb, what in (("UPDATE", "changed"), ("DELETE", "removed")):
        op.execute(
            f"CREATE TRIGGER audit_entries_no_{verb.lower()} BEFORE {verb} ON audit_entries "
            f"BEGIN SELECT RAISE(ABORT, 'The audit log is append-only: entries cannot be "
            f"{what}.'); END"
        )


def _postgresql() -> None:
    # The same rewording in PostgreSQL's words (strpos for instr); the log is sealed by 0006.
    for where, summary in REWORDINGS:
        op.execute(
            f"UPDATE audit_entries SET summary = {summary.replace('instr(', 'strpos(')} "
            f"WHERE {where}"
        )
    op.execute(
        "UPDATE audit_entries SET summary = substr(summary, 1, strpos(summary, ' to ') - 1), "
        "details = NULL WHERE action = 'export' AND strpos(summary, ' to ') > 0"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_entries_no_update")
    op.execute("DROP TRIGGER IF EXISTS audit_entries_no_delete")
    op.drop_table("export_records")
