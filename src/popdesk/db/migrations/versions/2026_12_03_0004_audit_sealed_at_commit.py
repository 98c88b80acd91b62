"""On the server, an audit entry takes its place in the chain when its transaction commits.

Migration 0006 gave each entry its position and hash as it was inserted, under a lock held until
the transaction ended; an entry is written early in a save, so the lock was held while the
client went on writing the record's links and actions. With twenty people saving at once they
queued on it. Now the entry is inserted with no position (whatever the client sends), and a
deferred constraint trigger seals it at COMMIT: the lock is taken then, for the time of one
update, and positions follow the order in which transactions commit. The sealing runs as the
schema's owner, since popdesk's logins may insert entries but never update them.

The append-only triggers still refuse every UPDATE and DELETE, except the sealing itself: an
update made from within a trigger (``pg_trigger_depth() > 0``) of an entry not yet sealed, that
gives it a position and changes nothing else. Popdesk's logins have no UPDATE privilege on the
log, may not run the sealing function themselves, and cannot make objects in the schema
(``server setup`` revokes that from PUBLIC), so only the sealing can make that update. Nothing
changes on SQLite, where one writer at a time holds the file.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

from popdesk.db.seam import by_engine
from popdesk.security.audit_chain import FIELDS, GENESIS, VERSION

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

CHAIN_LOCK = 0x504F5044  # as in 0006

_JSON = {
    "id": "to_json(replace(NEW.id::text, '-', ''))",
    "at": """to_json(to_char(NEW.at, 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))""",
    "entity_id": "to_json(replace(NEW.entity_id::text, '-', ''))",
}
_HASHED = " || ',' || ".join(
    f"coalesce({_JSON.get(name, f'to_json(NEW.{name})')}::text, 'null')" for name in FIELDS
)
_UNCHANGED = " AND ".join(
    f"NEW.{name} IS NOT DISTINCT FROM OLD.{name}"
    for name in (*FIELDS, "created_at", "updated_at", "version")
)
_REFUSAL = "The audit log is append-only: entries cannot be changed."


def upgrade() -> None:
    by_engine(op.get_context().dialect.name, sqlite=_nothing, postgresql=_postgresql)()


def downgrade() -> None:
    by_engine(op.get_context().dialect.name, sqlite=_nothing, postgresql=_postgresql_undone)()


def _nothing() -> None:
    """One writer at a time: the chain is extended as entries are written."""


def _postgresql() -> None:
    op.execute(
        "CREATE OR REPLACE FUNCTION audit_entries_chain() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN NEW.actor := session_user; NEW.seq := NULL; NEW.chain := NULL; "
        "RETURN NEW; END $$"
    )
    schema = op.get_bind().exec_driver_sql("SELECT quote_ident(current_schema())").scalar_one()
    table = f"{schema}.audit_entries"
    # As the schema's owner (popdesk's logins may insert entries, never update them), so it
    # trusts nothing of its caller's: its own search path (pg_catalog first, temporary objects
    # last, so no login's table or function can stand in for the real ones), the table named
    # in full, a check that it was fired as the seal of that table, and the entry as stored.
    op.execute(
        f"CREATE FUNCTION {schema}.audit_entries_seal() RETURNS trigger LANGUAGE plpgsql "
        "SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ "
        f"DECLARE last_seq integer; last_chain text; next_seq integer; entry {table}%ROWTYPE; "
        "BEGIN "
        f"IF TG_RELID <> '{table}'::regclass OR TG_OP <> 'INSERT' OR TG_WHEN <> 'AFTER' THEN "
        "RAISE EXCEPTION 'audit_entries_seal seals audit entries only' "
        "USING ERRCODE = 'insufficient_privilege'; END IF; "
        f"PERFORM pg_advisory_xact_lock({CHAIN_LOCK}); "
        f"SELECT * INTO entry FROM {table} WHERE id = NEW.id; "
        "IF NOT FOUND OR entry.seq IS NOT NULL THEN RETURN NULL; END IF; "
        f"SELECT seq, chain INTO last_seq, last_chain FROM {table} "
        "WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1; "
        "next_seq := coalesce(last_seq, 0) + 1; "
        f"UPDATE {table} SET seq = next_seq, chain = encode(sha256(convert_to("
        f"'[{VERSION},' || next_seq || ',' || to_json(coalesce(last_chain, '{GENESIS}'))::text "
        f"|| ',' || {_HASHED.replace('NEW.', 'entry.')} || ']', 'UTF8')), 'hex') "
        "WHERE id = entry.id; "
        "RETURN NULL; END $$"
    )
    op.execute(f"REVOKE EXECUTE ON FUNCTION {schema}.audit_entries_seal() FROM PUBLIC")
    op.execute(
        "CREATE CONSTRAINT TRIGGER audit_entries_seal AFTER INSERT ON audit_entries "
        "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_entries_seal()"
    )
    op.execute("DROP TRIGGER audit_entries_no_update ON audit_entries")
    op.execute(
        "CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries FOR EACH ROW "
        "WHEN (NOT (pg_trigger_depth() > 0 AND OLD.seq IS NULL AND NEW.seq IS NOT NULL "
        f"AND {_UNCHANGED})) "
        f"EXECUTE FUNCTION popdesk_refuse('{_REFUSAL}')"
    )


def _postgresql_undone() -> None:
    op.execute("DROP TRIGGER audit_entries_no_update ON audit_entries")
    op.execute(
        "CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries FOR EACH ROW "
        f"EXECUTE FUNCTION popdesk_refuse('{_REFUSAL}')"
    )
    op.execute("DROP TRIGGER audit_entries_seal ON audit_entries")
    op.execute("DROP FUNCTION audit_entries_seal()")
    op.execute(
        "CREATE OR REPLACE FUNCTION audit_entries_chain() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "DECLARE last_seq integer; last_chain text; "
        "BEGIN "
        "NEW.actor := session_user; "
        f"PERFORM pg_advisory_xact_lock({CHAIN_LOCK}); "
        "SELECT seq, chain INTO last_seq, last_chain FROM audit_entries "
        "WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1; "
        "NEW.seq := coalesce(last_seq, 0) + 1; "
        "NEW.chain := encode(sha256(convert_to("
        f"'[{VERSION},' || NEW.seq || ',' || to_json(coalesce(last_chain, '{GENESIS}'))::text "
        f"|| ',' || {_HASHED} || ']', 'UTF8')), 'hex'); "
        "RETURN NEW; END $$"
    )
