"""Setting a server store up, upgrading it and adding people to it: run by the database's
owner (``popdesk --db URL server setup | upgrade | add-user``).

Security lives in the server. Three roles hold the privileges, and logins are members of one:
- ``popdesk_reader`` reads everything, and may only add to the audit log and the record of
  exports (printing a brief is recorded);
- ``popdesk_editor`` also adds, changes and removes records, but never changes or removes an
  audit entry (no privilege, and a trigger refuses it even to the owner);
- ``popdesk_admin`` is an editor who may also add logins (``server add-user``).
"""

from __future__ import annotations

import re
import uuid

from sqlalchemy import Connection, Engine, text

from popdesk.db import migrations
from popdesk.db.postgresql.store import LOGINS, revision_of
from popdesk.domain.validation import QT_TRANSLATE_NOOP
from popdesk.errors import StoreTooNew, ValidationError

ROLES = {"reader": "popdesk_reader", "editor": "popdesk_editor", "admin": "popdesk_admin"}
APPEND_ONLY = ("audit_entries", "export_records")
_LOGIN = re.compile(r"^[a-z_][a-z0-9_.\-]{0,62}$")


def setup(engine: Engine) -> str:
    """Make (or bring up to date) the schema and the roles; returns what was done, in words."""
    before = revision_of(engine)
    if before is not None and not migrations.is_known(before):
        raise StoreTooNew.worded(
            QT_TRANSLATE_NOOP(
                "Errors", "This server store was set up by a newer popdesk (schema {0})."
            ),
            before,
        )
    if before is None or migrations.needs_upgrade(before):
        migrations.upgrade(engine, new_store=before is None)
    with engine.begin() as conn:
        conn.execute(
            text(
                f"CREATE TABLE IF NOT EXISTS {LOGINS} (login TEXT PRIMARY KEY, "
                "staff_id UUID REFERENCES staff (id) ON DELETE SET NULL)"
            )
        )
        _roles(conn)
        _grants(conn)
    if before is None:
        return (
            f"Set up popdesk (schema {migrations.head()}) with roles {', '.join(ROLES.values())}."
        )
    if before != migrations.head():
        return f"Upgraded from schema {before} to {migrations.head()}; privileges renewed."
    return f"Already at schema {before}; privileges renewed."


def _roles(conn: Connection) -> None:
    for role in ROLES.values():
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role})
        if exists.first() is None:
            conn.execute(text(f"CREATE ROLE {role} NOLOGIN"))
    conn.execute(text("GRANT popdesk_reader TO popdesk_editor"))
    conn.execute(text("GRANT popdesk_editor TO popdesk_admin"))


def _grants(conn: Connection) -> None:
    schema = conn.execute(text("SELECT current_schema()")).scalar_one()
    tables = conn.execute(
        text(
            "SELECT c.relname, c.relkind FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = :s AND c.relkind IN ('r', 'v', 'p')"
        ),
        {"s": schema},
    ).all()
    conn.execute(text(f'GRANT USAGE ON SCHEMA "{schema}" TO popdesk_reader'))
    # No login makes objects beside popdesk's (a function of theirs could otherwise be chosen
    # over a built-in one by code that runs as the schema's owner).
    conn.execute(text(f'REVOKE CREATE ON SCHEMA "{schema}" FROM PUBLIC'))
    for table, kind in tables:
        conn.execute(text(f'REVOKE ALL ON "{table}" FROM popdesk_reader, popdesk_editor'))
        conn.execute(text(f'GRANT SELECT ON "{table}" TO popdesk_reader'))
        if table in APPEND_ONLY:
            conn.execute(text(f'GRANT INSERT ON "{table}" TO popdesk_reader'))
        elif kind != "v" and table not in ("alembic_version", LOGINS):
            conn.execute(text(f'GRANT INSERT, UPDATE, DELETE ON "{table}" TO popdesk_editor'))
    # An erasure rewrites a person's details in the record of an export (a trigger allows that
    # change alone).
    conn.execute(text('GRANT UPDATE ON "export_records" TO popdesk_editor'))
    conn.execute(
        text(f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "{schema}" TO popdesk_editor')
    )
    conn.execute(text(f'GRANT INSERT ON "{LOGINS}" TO popdesk_admin'))


def add_user(
    engine: Engine, login: str, role: str, password: str, staff_id: uuid.UUID | None
) -> str:
    """A new login, member of one popdesk role, linked to a staff member if given."""
    if role not in ROLES:
        raise ValidationError(f"The role is one of: {', '.join(ROLES)}.", "role")
    if not _LOGIN.match(login):
        raise ValidationError(
            "A login is lower-case letters, digits, '.', '-' or '_', starting with a letter "
            "(at most 63 characters).",
            "login",
        )
    if not password:
        raise ValidationError("The new login needs a password.", "password")
    with engine.begin() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login})
        if exists.first() is not None:
            raise ValidationError(f"There is already a login called {login}.", "login")
        # The password goes as a literal (CREATE ROLE takes no parameters), quoted by the server.
        quoted = conn.execute(text("SELECT quote_literal(:p)"), {"p": password}).scalar_one()
        conn.execute(text(f'CREATE ROLE "{login}" LOGIN PASSWORD {quoted} IN ROLE {ROLES[role]}'))
        conn.execute(
            text(f"INSERT INTO {LOGINS} (login, staff_id) VALUES (:l, :s)"),
            {"l": login, "s": staff_id},
        )
    return f"Added the login {login} as a popdesk {role}."
