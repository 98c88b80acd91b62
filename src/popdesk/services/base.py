"""What every service shares: one transaction per public call, the actor, the clock, auditing."""

from __future__ import annotations

import getpass
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from sqlalchemy.exc import DatabaseError as DBAPIDatabaseError
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from popdesk.db.models import AuditEntry
from popdesk.domain.enums import AuditAction
from popdesk.domain.rules import CONTACT_REVIEW_DAYS
from popdesk.domain.validation import QT_TRANSLATE_NOOP
from popdesk.errors import (
    Conflict,
    ConnectionLost,
    StoreDamaged,
    StoreError,
    StoreReadOnly,
    StoreWriteFailed,
)
from popdesk.exports.words import English, Words
from popdesk.repositories import audit as audit_repo

if TYPE_CHECKING:
    from popdesk.config import Settings

_current: ContextVar[Session | None] = ContextVar("popdesk_session", default=None)


def _default_actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown user"


@dataclass
class Context:
    """Who is acting (for the audit trail) and what time it is (tests set a fixed clock)."""

    actor: str = field(default_factory=_default_actor)
    # the staff member at the keyboard (services/users.py); until one is chosen, the actor is
    # the computer's login
    user_id: uuid.UUID | None = None
    login: str = field(default_factory=_default_actor)
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    # From the settings: when a contact's data-protection review falls due, and the marking each
    # kind of document gets unless another is chosen (Marking values by document).
    contact_review_days: int = CONTACT_REVIEW_DAYS
    markings: dict[str, str] = field(default_factory=dict)
    language: str = "en"  # of what popdesk writes into the store itself (the first checklist)
    words: Words = field(default_factory=English)  # what the documents are printed in

    @classmethod
    def from_settings(cls, settings: Settings) -> Context:
        """The context of the app or the command line, with this computer's settings."""
        return cls(contact_review_days=settings.contact_review_days(), markings=settings.markings())

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        return self.clock().astimezone().date()


@dataclass(frozen=True)
class Auditor:
    """Writes the audit trail: each entry says the context's actor did ``action`` to a record,
    at the context's time, and takes its place in the hash chain. Every service has one (over
    its context); code that changes records inside a service's transaction on its behalf
    (``services.transfers``) is handed it."""

    context: Context

    def record(
        self,
        session: Session,
        action: AuditAction,
        entity: str,
        entity_id: uuid.UUID | None,
        summary: str,
        details: str | None = None,
    ) -> AuditEntry:
        """Add one entry to ``session`` (the transaction of the change it records)."""
        values = self.values(action, entity, entity_id, summary, details)
        return audit_repo.add_entries(session, [values])[0]

    def values(
        self,
        action: AuditAction,
        entity: str,
        entity_id: uuid.UUID | None,
        summary: str,
        details: str | None = None,
    ) -> dict[str, object]:
        """One entry's values, for writing many in bulk (``repositories.bulk``, after
        ``repositories.audit.extend_chain``)."""
        return {
            "id": uuid.uuid4(),
            "at": self.context.now(),
            "actor": self.context.actor,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "summary": summary,
            "details": details,
        }


class Service:
    def __init__(self, sessions: sessionmaker[Session], context: Context | None = None) -> None:
        self._sessions = sessions
        self.context = context or Context()
        self.auditor = Auditor(self.context)

    @contextmanager
    def _tx(self) -> Iterator[Session]:
        """A transaction for one public call; a call made inside another joins the outer one."""
        outer = _current.get()
        if outer is not None:
            yield outer
            return
        session = self._sessions()
        token = _current.set(session)
        try:
            with session.begin():
                yield session
        except StaleDataError:
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Someone else changed this record while you were editing it. "
                    "Reload it and make your change again.",
                )
            ) from None
        except IntegrityError as exc:
            raise Conflict(_integrity_message(exc)) from None
        except DBAPIDatabaseError as exc:
            failure = write_failure(exc)
            if failure is None:
                raise
            raise failure from None
        finally:
            _current.reset(token)
            session.close()


def write_failure(exc: BaseException) -> StoreError | None:
    """The plain message for a write the store refused, whatever its engine; either way the
    transaction was rolled back whole. None for a failure popdesk has no words for."""
    kind = _failure_kind(exc)
    if kind == "damaged":
        return StoreDamaged(
            "Part of the store cannot be read: it is damaged. Nothing of this change was "
            "saved. Restore the newest backup (File, Restore from a backup)."
        )
    if kind in ("full", "io"):
        return StoreWriteFailed(
            "popdesk could not save: the disk is full or the store file cannot grow. "
            "Nothing of this change was saved and the store is as it was; free some space "
            "and try again."
        )
    if kind == "readonly":
        if _engine_name(exc) == "postgresql":
            return StoreReadOnly(
                "You can read this store but not change it: your login on the server is a "
                "reader's. Nothing was saved; ask your administrator if you need to make changes."
            )
        return StoreWriteFailed(
            "popdesk could not save: the store file is read-only. Nothing of this change was "
            "saved; check the file's permissions."
        )
    if kind == "lost":
        return ConnectionLost(
            "The connection to the store's server was lost (or the server restarted). Nothing "
            "of this change was saved; check the network and try again."
        )
    return None


def _failure_kind(exc: BaseException) -> str | None:
    from popdesk.db.seam import backend_named

    name = _engine_name(exc)
    if name is None:
        return None
    return backend_named(name).failure(exc)


def _engine_name(exc: BaseException) -> str | None:
    """The engine whose driver raised ``exc`` (by the driver's module, not its wording)."""
    orig = getattr(exc, "orig", exc)
    module = type(orig).__module__ or ""
    if module.startswith(("sqlcipher3", "sqlite3")):
        return "sqlite"
    if module.startswith("psycopg"):
        return "postgresql"
    return None


def _integrity_message(exc: IntegrityError) -> str:
    kind = _failure_kind(exc)
    if kind == "foreign":
        return "That record is still in use elsewhere, so it cannot be changed that way."
    if kind == "unique":
        return "A record with those details already exists."
    return "The change breaks a rule of the store and was not saved."
