"""Notices of changes, so open windows follow a colleague's work without being refreshed; and
the folding an erasure matches names with, on the server.

On PostgreSQL, a statement that changes the records of a table announces it (``NOTIFY
popdesk_changes`` with the table's name as the payload) when its transaction commits; popdesk's
windows listen and refresh what shows that table. A local store has one writer, the window
itself, so on SQLite there is nothing to announce.

``popdesk_fold(text)`` gives text without case or accents, as ``popdesk.domain.text.fold``
does in Python ("Łukasz" and "LUKASZ" both "lukasz"), so an erasure finds a person however
their name was typed. SQLite has it from popdesk's connection (``db.sqlite.connection``); the
server gets it here, from ``unaccent``.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

from popdesk.db.seam import by_engine

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

CHANNEL = "popdesk_changes"

# The tables whose changes show in a window (the audit log and the kept figures follow them).
ANNOUNCED = (
    "organisations",
    "neighbourhoods",
    "contacts",
    "contact_phones",
    "contact_emails",
    "staff",
    "topics",
    "spoc_assignments",
    "groups",
    "representations",
    "meetings",
    "meeting_attendance",
    "engagements",
    "actions",
    "problems",
    "problem_partners",
    "agreements",
    "agreement_parties",
    "data_sources",
    "handovers",
    "handover_items",
    "handover_signoffs",
    "stakeholder_ratings",
)


def upgrade() -> None:
    by_engine(op.get_context().dialect.name, sqlite=_sqlite, postgresql=_postgresql)()


def _sqlite() -> None:
    """One writer per file: nothing to announce."""


def _postgresql() -> None:
    op.execute(
        "CREATE FUNCTION popdesk_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE "
        "AS $$ SELECT lower(unaccent('unaccent'::regdictionary, $1)) $$"
    )
    # Statement-level, so an import of 5,000 contacts sends one notice, not 5,000 (and the
    # server folds identical notices of one transaction into one).
    op.execute(
        "CREATE FUNCTION popdesk_announce() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME); RETURN NULL; END $$"
    )
    for table in ANNOUNCED:
        op.execute(
            f"CREATE TRIGGER {table}_announce AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION popdesk_announce()"
        )


def downgrade() -> None:
    by_engine(op.get_context().dialect.name, sqlite=_sqlite, postgresql=_postgresql_undone)()


def _postgresql_undone() -> None:
    for table in ANNOUNCED:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_announce ON {table}")
    op.execute("DROP FUNCTION IF EXISTS popdesk_announce()")
    op.execute("DROP FUNCTION IF EXISTS popdesk_fold(text)")
