"""Data-protection review and erasure of partner contacts.

A contact past its review date is kept (for another review period), updated, or erased. Erasing
replaces the person's details everywhere they appear: the contact record becomes "Erased contact"
(so an engagement still shows that someone from the organisation took part), their numbers,
addresses, ratings and group memberships go, and their name, numbers and addresses are replaced
in every free-text field. The store is then compacted so that no page still holds the old bytes.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from popdesk.db import models as m
from popdesk.domain import dto, redaction
from popdesk.domain.enums import AuditAction
from popdesk.domain.rules import review_due_from
from popdesk.domain.text import fold
from popdesk.domain.validation import QT_TRANSLATE_NOOP, format_phone
from popdesk.errors import Conflict
from popdesk.repositories import erasure as repo
from popdesk.repositories import partners as partners_repo
from popdesk.repositories import search as search_repo
from popdesk.repositories import spoc as spoc_repo
from popdesk.repositories.base import get
from popdesk.services import mappers
from popdesk.services.base import Context, Service, UnitOfWork
from popdesk.services.partners import PartnerService

ERASED_NAME = "Erased contact"
ERASED_TEXT = "[erased contact]"

# Free text that may mention a person: every such column is searched and rewritten on erasure.
FREE_TEXT: list[tuple[Any, tuple[str, ...]]] = [
    (m.Contact, ("notes",)),
    (m.Organisation, ("notes", "address")),
    (m.Neighbourhood, ("notes",)),
    (m.Engagement, ("summary", "outcome", "location")),
    (m.Action, ("description",)),
    (m.Group, ("terms_of_reference",)),
    (m.Representation, ("end_reason",)),
    (m.Meeting, ("venue", "agenda", "notes", "decisions")),
    (m.SpocAssignment, ("notes", "end_reason")),
    (m.Problem, ("title", "description", "evaluation_notes", "cost_benefit_notes")),
    (m.ProblemPartner, ("role",)),
    (m.Agreement, ("purpose", "data_items", "document_location")),
    (m.AgreementSignatory, ("name", "position")),
    (m.DataSource, ("description",)),
    (m.Handover, ("notes",)),
    (m.HandoverItem, ("title", "detail", "note")),
    (m.HandoverSignoff, ("note",)),
    (m.ExportRecord, ("purpose", "file_name")),
]


@dataclass(frozen=True)
class Erasure:
    contact_id: uuid.UUID
    rewritten: int  # free-text fields in which the person's details were replaced
    removed: int  # numbers, addresses, ratings and memberships removed
    redacted: int = 0  # chosen fields where a forename or surname alone was redacted


class RetentionService(Service):
    """The review queue and erasure. ``partners`` (sharing this service's unit of work) lists
    the contacts due review; ``compact`` (from the store) wipes freed pages after an erasure;
    without it the caller must compact the store itself."""

    def __init__(
        self,
        work: UnitOfWork,
        context: Context | None = None,
        *,
        partners: PartnerService,
        compact: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(work, context)
        self.partners = self._sharing(partners)
        self._compact = compact

    def review_queue(self) -> list[dto.ContactDTO]:
        """Active contacts whose review date has passed, oldest first."""
        due = self.partners.contacts_due_review()
        return sorted(due, key=lambda c: (c.review_due or date.min, c.name))

    def keep(self, contact_id: uuid.UUID | str, *, until: date | None = None) -> dto.ContactDTO:
        """Reviewed and still needed: the next review falls a review period from today."""
        with self._tx() as s:
            contact = get(s, m.Contact, contact_id, "contact", options=_LOAD)
            contact.review_due = until or review_due_from(
                self.context.today(), self.context.contact_review_days
            )
            s.flush()
            self.auditor.record(
                s,
                AuditAction.UPDATE,
                "contact",
                contact.id,
                f"Reviewed a contact: kept until {contact.review_due:%d %b %Y}",
            )
            return mappers.contact(contact)

    def mentions(self, contact_id: uuid.UUID | str) -> list[dto.Mention]:
        """Free text elsewhere that names the person by a forename or surname alone: not
        erased unless chosen (``erase(..., redact=...)``), so it is shown first. Refuses, as
        erasing would, a person who is still someone's SPOC."""
        with self._tx() as s:
            contact = get(s, m.Contact, contact_id, "contact", options=_LOAD)
            _refuse_current_roles(s, contact)  # said before anyone is asked to confirm
            return _mentions(s, contact)

    def erase(
        self,
        contact_id: uuid.UUID | str,
        *,
        redact: Iterable[tuple[str, uuid.UUID, str]] = (),
    ) -> Erasure:
        """Erase the person; ``redact``: the (table, record, field) of mentions of a name
        alone to redact too."""
        with self._tx() as s:
            contact = get(s, m.Contact, contact_id, "contact", options=_LOAD)
            if contact.name == ERASED_NAME and not contact.phones and not contact.emails:
                raise Conflict(QT_TRANSLATE_NOOP("Errors", "This contact has already been erased."))
            _refuse_current_roles(s, contact)
            needles = _needles(contact)
            parts = redaction.name_parts(contact.name)
            removed = _remove_links(s, contact)
            rewritten, redacted = _rewrite_free_text(s, contact.id, needles, parts, set(redact))
            contact.name = ERASED_NAME
            contact.job_title = None
            contact.notes = None
            contact.preferred_channel = None
            contact.review_due = None
            contact.active = False
            s.flush()
            search_repo.after_erasure(s)
            self.auditor.record(
                s,
                AuditAction.ERASE,
                "contact",
                contact.id,
                f"Erased a contact: details replaced in {rewritten} places, "
                f"{removed} linked records removed"
                + (f", a name alone redacted in {redacted} more" if redacted else ""),
            )
            erasure = Erasure(contact.id, rewritten, removed, redacted)
        if self._compact is not None:
            self._compact()
        return erasure


_LOAD = list(partners_repo.CONTACT_LOAD)  # phones and emails: they are what is erased


def _refuse_current_roles(s: Session, contact: m.Contact) -> None:
    roles = spoc_repo.current(s, contact_id=contact.id)
    if roles:
        raise Conflict.worded(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This person is their SPOC in {0} current role(s). End or "
                "reassign those roles in the SPOC register first, then erase "
                "them.",
            ),
            len(roles),
        )


def _needles(contact: m.Contact) -> list[str]:
    found = {contact.name}
    for phone in contact.phones:
        found.update({phone.number, format_phone(phone.number)})
    for email in contact.emails:
        found.add(email.address)
    return sorted((n for n in found if n and len(n) >= 3), key=len, reverse=True)


def _remove_links(s: Session, contact: m.Contact) -> int:
    removed = len(contact.phones) + len(contact.emails)
    contact.phones.clear()
    contact.emails.clear()
    return removed + repo.remove_ratings_and_memberships(s, contact.id)


def _holding(s: Session, model: Any, columns: tuple[str, ...], needles: list[str]) -> Any:
    """The records of ``model`` whose free text holds any needle, case and accents aside."""
    return repo.holding(s, model, columns, sorted({fold(n) for n in needles if fold(n).strip()}))


def _rewrite_free_text(
    s: Session,
    contact_id: uuid.UUID,
    needles: list[str],
    parts: list[str],
    chosen: set[tuple[str, uuid.UUID, str]],
) -> tuple[int, int]:
    """Replace the person's details in every free-text field, and their forename or surname
    alone in the fields chosen: (fields rewritten, chosen fields redacted)."""
    rewritten = redacted = 0
    for model, columns in FREE_TEXT:
        for record in _holding(s, model, columns, needles):
            if model is m.Contact and record.id == contact_id:
                continue
            for column in columns:
                value = getattr(record, column)
                if value and redaction.find(value, needles):
                    setattr(record, column, redaction.redact(value, needles, ERASED_TEXT))
                    rewritten += 1
    for table, record_id, column in chosen:
        model = _MODELS.get(table)
        if model is None or column not in dict(FREE_TEXT)[model]:
            continue
        record = s.get(model, record_id)
        value = getattr(record, column, None) if record is not None else None
        if value and redaction.find(value, parts, whole_words=True):
            setattr(record, column, redaction.redact(value, parts, ERASED_TEXT, whole_words=True))
            redacted += 1
    return rewritten, redacted


def _mentions(s: Session, contact: m.Contact) -> list[dto.Mention]:
    parts = redaction.name_parts(contact.name)
    if not parts:
        return []
    full = _needles(contact)
    found: list[dto.Mention] = []
    for model, columns in FREE_TEXT:
        for record in _holding(s, model, columns, parts):
            if model is m.Contact and record.id == contact.id:
                continue
            for column in columns:
                value = getattr(record, column) or ""
                # what erasing replaces anyway is not a mention of a name alone
                rest = redaction.redact(value, full, "\0") if full else value
                spans = redaction.find(rest, parts, whole_words=True)
                if not spans:
                    continue
                start, end = spans[0]
                excerpt = rest[max(0, start - 40) : end + 40].replace("\0", ERASED_TEXT)
                found.append(
                    dto.Mention(
                        table=model.__tablename__,
                        record_id=record.id,
                        field=column,
                        kind=_kind(model.__tablename__),
                        excerpt=" ".join(excerpt.split()),
                        names=sorted({rest[a:b] for a, b in spans}),
                    )
                )
    return found


_MODELS = {model.__tablename__: model for model, _columns in FREE_TEXT}


def _kind(table: str) -> str:
    """A table's record in words: "handover_items" -> "handover item"."""
    one = table[:-3] + "y" if table.endswith("ies") else table.removesuffix("s")
    return one.replace("_", " ")
