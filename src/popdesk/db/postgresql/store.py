"""Opening a server store: connect, check it is a popdesk store at this popdesk's schema, and
hand out sessions. An ordinary client never changes the schema: a store behind this popdesk
is the administrator's to upgrade (``popdesk --db URL server upgrade``), and one ahead of it is
refused, as a file from a newer popdesk is."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from psycopg.conninfo import make_conninfo
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from popdesk.db import migrations
from popdesk.db.postgresql.connection import (
    login_probe,
    make_server_engine,
    make_sessions,
    shown,
)
from popdesk.domain.validation import QT_TRANSLATE_NOOP
from popdesk.errors import NotAStore, StoreError, StoreTooNew

if TYPE_CHECKING:
    from popdesk.db.postgresql.notices import ChangeNotices
    from popdesk.security.keyring_access import Keyring

log = logging.getLogger(__name__)
LOGINS = "popdesk_logins"  # which staff member each login is (server.py makes it)

_UNDEFINED_TABLE = "42P01"
_LOGIN_REFUSED = ("28000", "28P01")  # invalid_authorization_specification, invalid_password


class ServerNeedsUpgrade(StoreError):
    """The server store is at an older schema than this popdesk; its administrator upgrades it."""


@dataclass
class ServerStore:
    """An open server store. Unlike a local one it has no file, key or backups of its own: the
    server's administrators keep those with the force's own PostgreSQL tooling."""

    url: str  # as shown: no password
    engine: Engine
    sessions: sessionmaker[Session]
    path: None = None
    locked: bool = False
    changed: bool = False
    _conninfo: str = ""  # for connections made beside the engine's (notices)

    @property
    def name(self) -> str:
        return self.url

    def linked_staff(self) -> str | None:
        """The staff member the login is linked to (``server add-user --staff``), as an id."""
        with self.engine.connect() as conn:
            try:
                found = conn.execute(
                    text(f"SELECT staff_id FROM {LOGINS} WHERE login = session_user")
                ).scalar()
            except DBAPIError:
                return None
        return None if found is None else str(found)

    def mark_changed(self) -> None:
        self.changed = True

    def notices(self) -> ChangeNotices:
        """Notices of records changed on the server, on a connection of their own."""
        from popdesk.db.postgresql.notices import ChangeNotices

        return ChangeNotices(self._conninfo)

    def compact(self) -> None:
        """After an erasure: nothing a client can do (see the README on VACUUM)."""

    def close(self, *, backup: bool = True) -> None:
        self.engine.dispose()


def connect_error(url: str, exc: DBAPIError) -> StoreError:
    state = getattr(exc.orig, "sqlstate", None)
    first = (str(exc.orig).strip().splitlines() or [""])[0][:300]
    if state in _LOGIN_REFUSED:
        return StoreError.worded(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The server at {0} refused the login: {1}. Check the user name and password "
                "(PGPASSWORD or ~/.pgpass).",
            ),
            shown(url),
            first,
        )
    return StoreError.worded(
        QT_TRANSLATE_NOOP("Errors", "popdesk could not reach the store at {0}: {1}"),
        shown(url),
        first,
    )


def revision_of(engine: Engine) -> str | None:
    """The schema revision of the server store; None if popdesk was never set up there."""
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) == _UNDEFINED_TABLE:
                return None
            raise


AskPassword = Callable[[str, bool], str | None]  # (the store as shown, a wrong one given)
PASSWORD_ASKS = 3


def keyring_account(url: str) -> str:
    return f"server {shown(url)}"


def find_password(url: str, keyring: Keyring | None, ask: AskPassword | None) -> str | None:
    """The password for ``url`` when libpq has none of its own (PGPASSWORD, ~/.pgpass,
    Kerberos): the one kept in the keyring, else asked (and kept once it works). None when
    libpq needs no help."""
    if login_probe(url) != "needs password":
        return None
    account = keyring_account(url)
    if keyring is not None:
        kept, _ = keyring.load(account)
        if kept is not None and login_probe(url, kept.decode("utf-8")) == "ok":
            return kept.decode("utf-8")
    if ask is None:
        raise StoreError.worded(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The server at {0} asks for a password: set PGPASSWORD, put it in ~/.pgpass, or "
                "run popdesk in a terminal or the app to be asked.",
            ),
            shown(url),
        )
    wrong = False
    for _ in range(PASSWORD_ASKS):
        password = ask(shown(url), wrong)
        if password is None:
            raise StoreError.worded(
                QT_TRANSLATE_NOOP("Errors", "{0} was not opened: no password was given."),
                shown(url),
            )
        if login_probe(url, password) == "ok":
            if keyring is not None:
                keyring.save(account, password.encode("utf-8"))
            return password
        wrong = True
    raise StoreError.worded(
        QT_TRANSLATE_NOOP("Errors", "The server at {0} refused the password {1} times."),
        shown(url),
        PASSWORD_ASKS,
    )


def open_server_store(
    url: str,
    *,
    password: str | None = None,
    keyring: Keyring | None = None,
    ask: AskPassword | None = None,
) -> ServerStore:
    """Open the popdesk store on the server at ``url`` for everyday work. Without a
    ``password``, libpq's own sources are used, then the keyring, then ``ask``."""
    if password is None and (keyring is not None or ask is not None):
        password = find_password(url, keyring, ask)
    engine = make_server_engine(url, password=password)
    try:
        revision = revision_of(engine)
        check_revision(url, revision)
    except DBAPIError as exc:
        engine.dispose()
        raise connect_error(url, exc) from None
    except BaseException:
        engine.dispose()
        raise
    log.info("opened the server store %s", shown(url))
    conninfo = make_conninfo(url, password=password) if password else url
    return ServerStore(shown(url), engine, make_sessions(engine), _conninfo=conninfo)


def check_revision(url: str, revision: str | None) -> None:
    if revision is None:
        raise NotAStore.worded(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{0} is not set up for popdesk. Its owner sets it up with: popdesk --db {0} "
                "server setup",
            ),
            shown(url),
        )
    if not migrations.is_known(revision):
        raise StoreTooNew.worded(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{0} was set up by a newer popdesk (schema {1}). Update popdesk to use it; "
                "nothing was changed.",
            ),
            shown(url),
            revision,
        )
    if migrations.needs_upgrade(revision):
        raise ServerNeedsUpgrade.worded(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{0} is at an older schema ({1}) than this popdesk ({2}). Ask your administrator "
                "to upgrade it (popdesk --db URL server upgrade); nothing was changed.",
            ),
            shown(url),
            revision,
            migrations.head(),
        )
