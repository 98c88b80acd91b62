"""Connecting to a server store: ``postgresql://[USER@]HOST[:PORT]/DBNAME[?sslmode=…]``.

The URL is handed to libpq (through psycopg 3) as it is, so everything libpq reads works: a
password from PGPASSWORD or ``~/.pgpass``, Kerberos (``gssencmode``), and TLS with the server's
certificate checked (``sslmode=verify-full&sslrootcert=…``). A password is never put in a URL
popdesk shows or logs.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

SCHEMES = ("postgresql://", "postgres://")
STATEMENT_TIMEOUT_MS = 30_000
CONNECT_TIMEOUT_S = 10


def is_server_url(text: str | None) -> bool:
    return bool(text) and str(text).lower().startswith(SCHEMES)


def shown(url: str) -> str:
    """The URL without its password, for titles, messages and logs."""
    return (
        make_url(_driver_url(url)).set(drivername="postgresql").render_as_string(hide_password=True)
    )


def _driver_url(url: str) -> str:
    rest = url.split("://", 1)[1]
    return f"postgresql+psycopg://{rest}"


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    with dbapi_connection.cursor() as cursor:
        # A statement that waits on a lock or a slow disk for half a minute is stopped and
        # reported, not left to hang the window.
        cursor.execute(f"SET statement_timeout = {STATEMENT_TIMEOUT_MS}")
        cursor.execute("SET application_name = 'popdesk'")
    dbapi_connection.commit()


def login_probe(url: str, password: str | None = None) -> str:
    """How logging in to the server at ``url`` goes, tried with one bare libpq connection:
    "ok", "needs password" (the server asks for one and libpq found none: libpq's own
    PQconnectionNeedsPassword), "refused" (a password was sent and turned down) or
    "unreachable" (anything else: the connection itself failed)."""
    from psycopg import pq
    from psycopg.conninfo import make_conninfo

    extra: dict[str, object] = {"connect_timeout": CONNECT_TIMEOUT_S}
    if password is not None:
        extra["password"] = password
    conn = pq.PGconn.connect(make_conninfo(url, **extra).encode())  # type: ignore[arg-type]
    try:
        if conn.status == pq.ConnStatus.OK:
            return "ok"
        if conn.needs_password:
            return "needs password"
        return "refused" if conn.used_password else "unreachable"
    finally:
        conn.finish()


def title(url: str) -> str:
    """A server store's short name: its database and host."""
    parsed = make_url(_driver_url(url))
    return f"{parsed.database} on {parsed.host or 'localhost'}"


def make_server_engine(url: str, *, password: str | None = None) -> Engine:
    """An engine on the server store at ``url``; ``password`` when libpq has none of its own."""
    target = make_url(_driver_url(url))
    if password is not None:
        target = target.set(password=password)
    query = dict(target.query)
    query.setdefault("connect_timeout", str(CONNECT_TIMEOUT_S))
    engine = create_engine(
        target.set(query=query),
        pool_pre_ping=True,  # a connection the server dropped is replaced, not handed out
        pool_size=4,
        max_overflow=4,
    )
    event.listen(engine, "connect", _on_connect)
    return engine


def make_sessions(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False, autoflush=True)
