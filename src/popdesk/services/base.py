"""What every service shares: one transaction per public call (``UnitOfWork``), who acts and
when (``Context``), and the audit trail (``Auditor``)."""

from __future__ import annotations

import getpass
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy.exc import DatabaseError as DBAPIDatabaseError
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from popdesk.db.models import AuditEntry
from popdesk.db.seam import Failure, backend_of
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


class UnitOfWork:
    """The transactions of the services over one store. ``Services.over`` (the composition root)
    makes one and hands it to every service it builds; a service built on its own, from a
    ``sessionmaker``, gets one of its own.

    Every public service method is one transaction: its body runs in ``transaction()``, which
    opens a session, begins, commits when the block ends and rolls back if it raises (the
    store's refusals raised as popdesk's errors: ``Conflict``, ``StoreWriteFailed`` ...).

    Nested calls join. While a transaction is open on a unit of work in a thread, a further
    ``transaction()`` on it in that thread -- another public call of the same service, or of
    any service sharing the unit of work -- opens nothing: it is handed the open session, and
    the outermost block alone commits or rolls back. An error raised by an inner call passes
    through the outer block, so the whole of it is rolled back. This is what makes several
    public calls all or nothing: ``PartnerService.create_contacts`` (a ``create_contact`` per
    row), completing a handover (a ``SpocService.assign`` per role it moves), the coverage
    check and the printed documents' contents (one consistent read), the demo data, and a
    caller's own ``with services.work.transaction():`` around several calls.

    Only calls on the same unit of work join: services over another store, or built apart
    from these, have their own. A service that calls others is handed them by the
    composition root and checks that they share its unit of work (``Service._sharing``).
    The open transaction is per thread: a worker thread starts a transaction of its own."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions
        self._open = threading.local()

    @property
    def session(self) -> Session | None:
        """The session of the transaction open in this thread, if one is."""
        current: Session | None = getattr(self._open, "session", None)
        return current

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A transaction, or (inside one already open in this thread) the open one."""
        outer = self.session
        if outer is not None:
            yield outer
            return
        session = self.sessions()
        self._open.session = session
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
            raise Conflict(_integrity_message(backend_of(session).failure(exc))) from None
        except DBAPIDatabaseError as exc:
            failure = write_failure(backend_of(session).failure(exc))
            if failure is None:
                raise
            raise failure from None
        finally:
            self._open.session = None
            session.close()


S = TypeVar("S", bound="Service")


class Service:
    """A set of use cases. ``work``: the unit of work shared with the other services over the
    store (or a ``sessionmaker``, for a service standing alone); ``context``: who acts, and
    when. Services that call other services take them as keyword arguments, from
    ``Services.over``; no service builds another."""

    def __init__(
        self, work: UnitOfWork | sessionmaker[Session], context: Context | None = None
    ) -> None:
        self.work = work if isinstance(work, UnitOfWork) else UnitOfWork(work)
        self.context = context or Context()
        self.auditor = Auditor(self.context)

    def _tx(self) -> AbstractContextManager[Session]:
        """The transaction of one public call (``UnitOfWork.transaction``: a call made inside
        another joins it)."""
        return self.work.transaction()

    def _sharing(self, collaborator: S) -> S:
        """``collaborator``, a service this one calls inside its own transactions, once it is
        known to share this one's unit of work (else its calls would not join them)."""
        if collaborator.work is not self.work:
            raise ValueError(
                f"{type(collaborator).__name__} must share {type(self).__name__}'s unit of work"
            )
        return collaborator


def write_failure(kind: Failure | None) -> StoreError | None:
    """The plain message for a write the store refused (``kind`` as the store's engine read
    it); either way the transaction was rolled back whole. None for a failure popdesk has no
    words for."""
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
        return StoreWriteFailed(
            "popdesk could not save: the store file is read-only. Nothing of this change was "
            "saved; check the file's permissions."
        )
    if kind == "denied":
        return StoreReadOnly(
            "You can read this store but not change it: your login on the server is a "
            "reader's. Nothing was saved; ask your administrator if you need to make changes."
        )
    if kind == "lost":
        return ConnectionLost(
            "The connection to the store's server was lost (or the server restarted). Nothing "
            "of this change was saved; check the network and try again."
        )
    return None


def _integrity_message(kind: Failure | None) -> str:
    if kind == "foreign":
        return "That record is still in use elsewhere, so it cannot be changed that way."
    if kind == "unique":
        return "A record with those details already exists."
    return "The change breaks a rule of the store and was not saved."
