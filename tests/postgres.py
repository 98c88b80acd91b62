"""Server stores for tests: each test gets a fresh database made from a migrated template on the
PostgreSQL cluster named by POPDESK_TEST_POSTGRES_URL (its superuser's URL, as ``.ci/run``
exports it). Without that variable the tests that need a server skip, saying why; under CI they
fail instead, so a server that did not start is never mistaken for a pass."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

ENV = "POPDESK_TEST_POSTGRES_URL"
# The login the service tests work as: an editor, as most people are, so every service is
# shown to work with an editor's privileges alone (and the audit log names this login).
EDITOR = "insp.test"
_names = itertools.count(1)
_template: str | None = None


def admin_url() -> str:
    url = os.environ.get(ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"{ENV} is not set: CI must start a PostgreSQL cluster for these tests")
        pytest.skip(f"no PostgreSQL server to test against: set {ENV} (see the README)")
    return url


def url_for(database: str, user: str | None = None) -> str:
    from sqlalchemy.engine import make_url

    url = make_url(admin_url()).set(database=database)
    if user is not None:
        url = url.set(username=user, password=None)
    return url.render_as_string(hide_password=False)


def _admin_engine():  # type: ignore[no-untyped-def]
    from popdesk.db.postgresql.connection import make_server_engine

    return make_server_engine(admin_url()).execution_options(isolation_level="AUTOCOMMIT")


def template() -> str:
    """A database with popdesk set up in it, made once per test run."""
    global _template
    if _template is None:
        from sqlalchemy import text

        from popdesk.db.postgresql.connection import make_server_engine
        from popdesk.db.postgresql.server import setup

        name = f"popdesk_template_{os.getpid()}"
        admin = _admin_engine()
        try:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        finally:
            admin.dispose()
        engine = make_server_engine(url_for(name))
        try:
            setup(engine)
            with engine.begin() as conn:
                found = conn.execute(
                    text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": EDITOR}
                )
                if found.first() is None:
                    conn.execute(text(f'CREATE ROLE "{EDITOR}" LOGIN IN ROLE popdesk_editor'))
        finally:
            engine.dispose()
        _template = name
    return _template


@contextmanager
def fresh_database(user: str | None = EDITOR) -> Iterator[str]:
    """A new database copied from the template; its URL, as ``user`` (None: the superuser)."""
    from sqlalchemy import text

    source = template()
    name = f"popdesk_test_{os.getpid()}_{next(_names)}"
    admin = _admin_engine()
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{source}"'))
        yield url_for(name, user)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def drop_template() -> None:
    global _template
    if _template is None:
        return
    from sqlalchemy import text

    admin = _admin_engine()
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{_template}" WITH (FORCE)'))
    finally:
        admin.dispose()
    _template = None
