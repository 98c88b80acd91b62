"""A tamper-evident audit log, sealed on every path; no free text copied into it.

- Summaries written by earlier versions that copied free text (problem and agreement titles, a
  cancelled handover's notes, a SPOC role's end reason) are reworded first: an erasure cannot
  reach into the log, so the log must never hold what an erasure removes.
- Each entry is given its position (``seq``) and the hash chaining it to the entry before
  (``popdesk.security.audit_chain``), oldest first.
- Triggers refuse an insert that would replace an entry (``INSERT OR REPLACE``, an upsert) as
  well as any UPDATE or DELETE; export records may no longer be removed or replaced, and may be
  changed only by an erasure's redaction.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from popdesk.db.base import UtcDateTime
from popdesk.db.seam import by_engine
from popdesk.security.audit_chain import FIELDS, GENESIS, VERSION, entry_hash

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

ERASED_TEXT = "[erased contact]"  # what an erasure writes in place of a person's details

# (where, new summary), in SQLite's dialect.
REWORDINGS = [
    ("entity = 'problem' AND summary LIKE 'Opened problem %'", "'Opened a problem'"),
    ("entity = 'problem' AND summary LIKE 'Closed problem %'", "'Closed a problem'"),
    (
        "entity = 'problem' AND summary LIKE 'Evaluation notes for %'",
        "'Evaluation notes for a problem'",
    ),
    (
        "entity = 'problem' AND summary LIKE 'Agreed priority % for %'",
        "substr(summary, 1, instr(summary, ' for ') - 1)",
    ),
    (
        "entity = 'problem' AND summary LIKE 'Moved % to %'",
        "'Moved a problem to ' || CASE "
        + " ".join(
            f"WHEN summary LIKE '% to {stage}' THEN '{stage}'"
            for stage in ("Scanning", "Analysis", "Response", "Assessment")
        )
        + " ELSE 'its next stage' END",
    ),
    (
        "entity = 'problem' AND summary LIKE '% joined %'",
        "substr(summary, 1, instr(summary, ' joined ') - 1) || ' joined a problem'",
    ),
    ("entity = 'problem' AND summary LIKE 'Lead on %'", "'Lead on a problem: handed over'"),
    ("entity = 'agreement' AND summary LIKE 'Added agreement %'", "'Added an agreement'"),
    ("entity = 'agreement' AND summary LIKE 'Reviewed agreement %'", "'Reviewed an agreement'"),
    (
        "entity = 'agreement' AND summary LIKE 'Owner of %'",
        "'Owner of an agreement: handed over'",
    ),
    (
        "entity = 'data_source' AND summary LIKE '% holds %'",
        "'Recorded data ' || substr(summary, 1, instr(summary, ' holds ') - 1) || ' holds'",
    ),
    (
        "entity = 'handover' AND summary LIKE 'Cancelled handover of %: %'",
        "substr(summary, 1, instr(summary, ': ') - 1)",
    ),
    (
        "entity = 'spoc_assignment' AND summary LIKE 'Ended SPOC for %: %'",
        "substr(summary, 1, instr(summary, ': ') - 1)",
    ),
]

_ABORT = "BEGIN SELECT RAISE(ABORT, '{0}'); END"
TRIGGERS = {
    "audit_entries_no_update": "BEFORE UPDATE ON audit_entries "
    + _ABORT.format("The audit log is append-only: entries cannot be changed."),
    "audit_entries_no_delete": "BEFORE DELETE ON audit_entries "
    + _ABORT.format("The audit log is append-only: entries cannot be removed."),
    "audit_entries_no_replace": "BEFORE INSERT ON audit_entries WHEN EXISTS (SELECT 1 FROM "
    "audit_entries WHERE id = NEW.id OR seq = NEW.seq OR rowid = NEW.rowid) "
    + _ABORT.format("The audit log is append-only: entries cannot be replaced."),
    "export_records_no_delete": "BEFORE DELETE ON export_records "
    + _ABORT.format("Export records cannot be removed."),
    "export_records_no_replace": "BEFORE INSERT ON export_records WHEN EXISTS (SELECT 1 FROM "
    "export_records WHERE id = NEW.id OR audit_entry_id = NEW.audit_entry_id "
    "OR rowid = NEW.rowid) " + _ABORT.format("Export records cannot be replaced."),
    # Only an erasure changes an export record: it replaces a person's details in the purpose
    # or the file name with its marker, and leaves the rest as it was.
    "export_records_redaction_only": "BEFORE UPDATE ON export_records WHEN NOT ("
    "NEW.id = OLD.id AND NEW.audit_entry_id = OLD.audit_entry_id "
    "AND NEW.created_at = OLD.created_at "
    f"AND (NEW.purpose IS OLD.purpose OR instr(NEW.purpose, '{ERASED_TEXT}') > 0) "
    f"AND (NEW.file_name IS OLD.file_name OR instr(NEW.file_name, '{ERASED_TEXT}') > 0)) "
    + _ABORT.format("Export records cannot be changed, except by an erasure."),
}
_EARLIER = ("audit_entries_no_update", "audit_entries_no_delete")  # made by 0003


def upgrade() -> None:
    by_engine(op.get_context().dialect.name, sqlite=_sqlite, postgresql=_postgresql)()


def _sqlite() -> None:
    for name in _EARLIER:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for where, summary in REWORDINGS:
        op.execute(f"UPDATE audit_entries SET summary = {summary} WHERE {where}")
    op.add_column("audit_entries", sa.Column("seq", sa.Integer(), nullable=True))
    op.add_column("audit_entries", sa.Column("chain", sa.String(length=64), nullable=True))
    _chain_existing("rowid")
    op.create_index(op.f("ix_audit_entries_seq"), "audit_entries", ["seq"], unique=True)
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


# The hash of ``popdesk.security.audit_chain.entry_hash`` (version 1), computed by the server:
# the same JSON array, byte for byte, of the version, the position, the previous hash and the
# entry's fields (``to_json`` escapes text as Python's ``json.dumps`` does without ASCII).
_JSON = {
    "id": "to_json(replace(NEW.id::text, '-', ''))",
    "at": """to_json(to_char(NEW.at, 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))""",
    "entity_id": "to_json(replace(NEW.entity_id::text, '-', ''))",
}
_HASHED = " || ',' || ".join(
    f"coalesce({_JSON.get(name, f'to_json(NEW.{name})')}::text, 'null')" for name in FIELDS
)
# Any constant will do: the lock that makes writers take positions one after another.
CHAIN_LOCK = 0x504F5044


def _postgresql() -> None:
    for where, summary in REWORDINGS:
        op.execute(
            f"UPDATE audit_entries SET summary = {summary.replace('instr(', 'strpos(')} "
            f"WHERE {where}"
        )
    op.add_column("audit_entries", sa.Column("seq", sa.Integer(), nullable=True))
    op.add_column("audit_entries", sa.Column("chain", sa.String(length=64), nullable=True))
    _chain_existing("id")
    op.create_index(op.f("ix_audit_entries_seq"), "audit_entries", ["seq"], unique=True)
    # Each new entry: its actor is the login that wrote it (whatever the client said), and
    # it takes the next position and hash, under a lock held until its transaction ends.
    op.execute(
        "CREATE FUNCTION audit_entries_chain() RETURNS trigger LANGUAGE plpgsql AS $$ "
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
    op.execute(
        "CREATE TRIGGER audit_entries_chain BEFORE INSERT ON audit_entries "
        "FOR EACH ROW EXECUTE FUNCTION audit_entries_chain()"
    )
    op.execute(
        "CREATE FUNCTION popdesk_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'insufficient_privilege'; END $$"
    )
    refusals = {
        "audit_entries_no_update": ("BEFORE UPDATE ON audit_entries FOR EACH ROW", "changed"),
        "audit_entries_no_delete": ("BEFORE DELETE ON audit_entries FOR EACH ROW", "removed"),
        "audit_entries_no_truncate": ("BEFORE TRUNCATE ON audit_entries", "removed"),
    }
    for name, (when, what) in refusals.items():
        op.execute(
            f"CREATE TRIGGER {name} {when} EXECUTE FUNCTION popdesk_refuse("
            f"'The audit log is append-only: entries cannot be {what}.')"
        )
    op.execute(
        "CREATE TRIGGER export_records_no_delete BEFORE DELETE OR TRUNCATE ON export_records "
        "EXECUTE FUNCTION popdesk_refuse('Export records cannot be removed.')"
    )
    op.execute(
        "CREATE FUNCTION export_records_redaction_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN IF NOT (NEW.id = OLD.id AND NEW.audit_entry_id = OLD.audit_entry_id "
        "AND NEW.created_at = OLD.created_at "
        f"AND (NEW.purpose IS NOT DISTINCT FROM OLD.purpose "
        f"OR strpos(NEW.purpose, '{ERASED_TEXT}') > 0) "
        f"AND (NEW.file_name IS NOT DISTINCT FROM OLD.file_name "
        f"OR strpos(NEW.file_name, '{ERASED_TEXT}') > 0)) THEN "
        "RAISE EXCEPTION 'Export records cannot be changed, except by an erasure.' "
        "USING ERRCODE = 'insufficient_privilege'; END IF; RETURN NEW; END $$"
    )
    op.execute(
        "CREATE TRIGGER export_records_redaction_only BEFORE UPDATE ON export_records "
        "FOR EACH ROW EXECUTE FUNCTION export_records_redaction_only()"
    )


def _chain_existing(tiebreak: str) -> None:
    """Every entry written so far, oldest first, given its position and hash."""
    entries = sa.table(
        "audit_entries",
        sa.column("id", sa.Uuid()),
        sa.column("at", UtcDateTime()),
        sa.column("created_at", UtcDateTime()),
        *(sa.column(name, sa.String()) for name in FIELDS[2:] if name != "entity_id"),
        sa.column("entity_id", sa.Uuid()),
        sa.column("seq", sa.Integer()),
        sa.column("chain", sa.String()),
    )
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(*(entries.c[name] for name in FIELDS)).order_by(
            entries.c.at, entries.c.created_at, sa.literal_column(tiebreak)
        )
    ).all()
    previous, updates = GENESIS, []
    for seq, row in enumerate(rows, start=1):
        previous = entry_hash(previous, seq, dict(zip(FIELDS, row, strict=True)))
        updates.append({"key": row[0], "seq": seq, "chain": previous})
    if updates:
        bind.execute(
            entries.update()
            .where(entries.c.id == sa.bindparam("key"))
            .values(seq=sa.bindparam("seq"), chain=sa.bindparam("chain")),
            updates,
        )


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index(op.f("ix_audit_entries_seq"), "audit_entries")
    op.drop_column("audit_entries", "chain")
    op.drop_column("audit_entries", "seq")
    for name, body in TRIGGERS.items():
        if name in _EARLIER:
            op.execute(f"CREATE TRIGGER {name} {body}")
