"""Partner organisations, their contacts, and neighbourhoods."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from types import SimpleNamespace
from typing import Any

from sqlalchemy.orm import Session, selectinload

from popdesk.db.models import (
    Contact,
    ContactEmail,
    ContactPhone,
    Neighbourhood,
    Organisation,
)
from popdesk.domain import dto
from popdesk.domain.enums import (
    AuditAction,
    Channel,
    LawfulBasis,
    Sector,
    WorkingApproach,
)
from popdesk.domain.rules import (
    clean_website,
    enum_parser,
    optional_enum_parser,
    parse_date,
    review_due_from,
)
from popdesk.domain.validation import (
    NAME_MAX,
    QT_TRANSLATE_NOOP,
    TEXT_MAX,
    TITLE_MAX,
    clean_text,
    email_key,
    normalise_email,
    normalise_phone,
    required_text,
)
from popdesk.errors import Conflict, ValidationError
from popdesk.repositories import partners as repo
from popdesk.repositories.base import get
from popdesk.services import mappers
from popdesk.services.base import Service

Parser = Callable[[Any], Any]

ORGANISATION_FIELDS: Mapping[str, Parser] = {
    "name": lambda v: required_text(v, "Name", field="name", max_length=TITLE_MAX),
    "sector": enum_parser(Sector, "Sector", "sector"),
    "approach": enum_parser(WorkingApproach, "Working approach", "approach"),
    "website": clean_website,
    "address": lambda v: clean_text(v, "Address", field="address", max_length=500, multiline=True),
    "notes": lambda v: clean_text(v, "Notes", field="notes", max_length=TEXT_MAX, multiline=True),
}

CONTACT_FIELDS: Mapping[str, Parser] = {
    "name": lambda v: required_text(v, "Name", field="name", max_length=NAME_MAX),
    "job_title": lambda v: clean_text(v, "Job title", field="job_title", max_length=TITLE_MAX),
    "preferred_channel": optional_enum_parser(Channel, "Preferred channel", "preferred_channel"),
    "notes": lambda v: clean_text(v, "Notes", field="notes", max_length=TEXT_MAX, multiline=True),
    "lawful_basis": enum_parser(LawfulBasis, "Data-protection basis", "lawful_basis"),
    "review_due": lambda v: parse_date(v, "Review due", "review_due"),
}


def apply_fields(
    record: Any, parsers: Mapping[str, Parser], values: Mapping[str, Any]
) -> list[str]:
    """Validate and set each given field; return the names that changed."""
    unknown = set(values) - set(parsers)
    if unknown:
        raise ValidationError.worded(
            QT_TRANSLATE_NOOP("Errors", "Unknown field(s): {0}."),
            ", ".join(sorted(unknown)),
        )
    changed = []
    for name, value in values.items():
        parsed = parsers[name](value)
        if getattr(record, name, None) != parsed:
            setattr(record, name, parsed)
            changed.append(name)
    return changed


def check_version(record: Any, expected: int | None, what: str) -> None:
    if expected is not None and record.version != expected:
        raise Conflict.worded(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This {0} was changed elsewhere since you opened it. Reload it and try again.",
            ),
            what,
        )


class PartnerService(Service):
    # Neighbourhoods ---------------------------------------------------------------------

    def add_neighbourhood(self, name: str, area: str | None = None) -> dto.NeighbourhoodDTO:
        with self._tx() as s:
            clean = required_text(name, "Neighbourhood", field="name", max_length=NAME_MAX)
            if repo.neighbourhood_by_name(s, clean):
                raise ValidationError.worded(
                    QT_TRANSLATE_NOOP("Errors", "There is already a neighbourhood called {0}."),
                    clean,
                    field="name",
                )
            n = Neighbourhood(name=clean, area=clean_text(area, "Area", max_length=NAME_MAX))
            s.add(n)
            s.flush()
            self.auditor.record(
                s, AuditAction.CREATE, "neighbourhood", n.id, f"Added neighbourhood {clean}"
            )
            return dto.NeighbourhoodDTO(n.id, n.name, n.area)

    def list_neighbourhoods(self) -> list[dto.NeighbourhoodDTO]:
        with self._tx() as s:
            return [dto.NeighbourhoodDTO(n.id, n.name, n.area) for n in repo.neighbourhoods(s)]

    # Organisations ----------------------------------------------------------------------

    def create_organisation(
        self,
        *,
        name: str,
        sector: Sector | str,
        neighbourhood_ids: Iterable[uuid.UUID] = (),
        **fields: Any,
    ) -> dto.OrganisationDTO:
        with self._tx() as s:
            org = Organisation(active=True, approach=WorkingApproach.UNKNOWN)
            apply_fields(org, ORGANISATION_FIELDS, {"name": name, "sector": sector, **fields})
            org.neighbourhoods = [
                get(s, Neighbourhood, n, "neighbourhood") for n in neighbourhood_ids
            ]
            s.add(org)
            s.flush()
            self.auditor.record(
                s, AuditAction.CREATE, "organisation", org.id, f"Added organisation {org.name}"
            )
            return mappers.organisation(org)

    def update_organisation(
        self,
        organisation_id: uuid.UUID,
        *,
        expected_version: int | None = None,
        neighbourhood_ids: Iterable[uuid.UUID] | None = None,
        **fields: Any,
    ) -> dto.OrganisationDTO:
        with self._tx() as s:
            org = self._organisation(s, organisation_id)
            check_version(org, expected_version, "organisation")
            changed = apply_fields(org, ORGANISATION_FIELDS, fields)
            if neighbourhood_ids is not None:
                org.neighbourhoods = [
                    get(s, Neighbourhood, n, "neighbourhood") for n in neighbourhood_ids
                ]
                changed.append("neighbourhoods")
            if changed:
                s.flush()
                self.auditor.record(
                    s,
                    AuditAction.UPDATE,
                    "organisation",
                    org.id,
                    f"Changed {', '.join(changed).replace('_', ' ')} of {org.name}",
                )
            return mappers.organisation(org)

    def set_organisation_active(
        self, organisation_id: uuid.UUID, active: bool
    ) -> dto.OrganisationDTO:
        with self._tx() as s:
            org = self._organisation(s, organisation_id)
            self._set_active(s, org, active, "organisation")
            return mappers.organisation(org)

    def get_organisation(self, organisation_id: uuid.UUID | str) -> dto.OrganisationDTO:
        with self._tx() as s:
            return mappers.organisation(self._organisation(s, organisation_id))

    def list_organisations(self, **filters: Any) -> list[dto.OrganisationDTO]:
        with self._tx() as s:
            return [mappers.organisation(o) for o in repo.organisations(s, **filters)]

    def organisation_names(self) -> list[tuple[str, uuid.UUID]]:
        """(name, id) of every organisation, in name order, for pickers and filters."""
        with self._tx() as s:
            return repo.names(s, Organisation)

    def organisations_named(self, name: str) -> list[uuid.UUID]:
        """The ids of the organisations called ``name``, letter case and accents aside."""
        from popdesk.domain.text import fold

        wanted = fold(name.strip())
        return [oid for each, oid in self.organisation_names() if fold(each) == wanted]

    def _organisation(self, s: Session, organisation_id: uuid.UUID | str) -> Organisation:
        return get(
            s,
            Organisation,
            organisation_id,
            "organisation",
            options=[selectinload(Organisation.neighbourhoods)],
        )

    # Contacts ---------------------------------------------------------------------------

    def create_contacts(self, rows: Iterable[Mapping[str, Any]]) -> list[dto.ContactDTO]:
        """Several contacts in one transaction: every one of them is saved, or none is."""
        with self._tx():
            return [self.create_contact(**row) for row in rows]

    def create_contact(
        self,
        *,
        name: str,
        organisation_id: uuid.UUID | None = None,
        phones: Iterable[str | tuple[str | None, str]] = (),
        emails: Iterable[str] = (),
        **fields: Any,
    ) -> dto.ContactDTO:
        with self._tx() as s:
            contact = Contact(active=True, lawful_basis=LawfulBasis.PUBLIC_TASK)
            apply_fields(contact, CONTACT_FIELDS, {"name": name, **fields})
            if contact.review_due is None:
                contact.review_due = review_due_from(
                    self.context.today(), self.context.contact_review_days
                )
            if organisation_id is not None:
                contact.organisation = get(s, Organisation, organisation_id, "organisation")
            contact.phones = _phones(phones)
            contact.emails = _emails(emails)
            s.add(contact)
            s.flush()
            self.auditor.record(s, AuditAction.CREATE, "contact", contact.id, "Added a contact")
            return mappers.contact(contact)

    def update_contact(
        self,
        contact_id: uuid.UUID,
        *,
        expected_version: int | None = None,
        organisation_id: uuid.UUID | str | None = "unchanged",
        phones: Iterable[str | tuple[str | None, str]] | None = None,
        emails: Iterable[str] | None = None,
        **fields: Any,
    ) -> dto.ContactDTO:
        with self._tx() as s:
            contact = self._contact(s, contact_id)
            check_version(contact, expected_version, "contact")
            changed = apply_fields(contact, CONTACT_FIELDS, fields)
            if organisation_id != "unchanged":
                contact.organisation = (
                    None
                    if organisation_id is None
                    else get(s, Organisation, organisation_id, "organisation")
                )
                changed.append("organisation")
            if phones is not None:
                contact.phones = _phones(phones)
                changed.append("phones")
            if emails is not None:
                contact.emails = _emails(emails)
                changed.append("emails")
            if changed:
                contact.updated_at = self.context.now()
                s.flush()
                self.auditor.record(
                    s,
                    AuditAction.UPDATE,
                    "contact",
                    contact.id,
                    f"Changed {', '.join(changed).replace('_', ' ')} of a contact",
                )
            return mappers.contact(contact)

    def set_contact_active(self, contact_id: uuid.UUID, active: bool) -> dto.ContactDTO:
        with self._tx() as s:
            contact = self._contact(s, contact_id)
            self._set_active(s, contact, active, "contact")
            return mappers.contact(contact)

    def get_contact(self, contact_id: uuid.UUID | str) -> dto.ContactDTO:
        with self._tx() as s:
            return mappers.contact(self._contact(s, contact_id))

    def list_contacts(self, **filters: Any) -> list[dto.ContactDTO]:
        with self._tx() as s:
            return [mappers.contact(c) for c in repo.contacts(s, **filters)]

    def contacts_due_review(
        self, within_days: int = 0, limit: int | None = None
    ) -> list[dto.ContactDTO]:
        """Active contacts whose data-protection review falls due within ``within_days``."""
        by = review_due_from(self.context.today(), within_days)
        with self._tx() as s:
            return [mappers.contact(c) for c in repo.contacts_due_review(s, by, limit)]

    def count_due_review(self, within_days: int = 0) -> int:
        by = review_due_from(self.context.today(), within_days)
        with self._tx() as s:
            return repo.count_contacts_due_review(s, by)

    def find_duplicate_contacts(
        self, *, emails: Iterable[str] = (), phones: Iterable[str] = ()
    ) -> set[uuid.UUID]:
        """Contacts already holding one of these addresses or numbers (normalised)."""
        with self._tx() as s:
            found: set[uuid.UUID] = set()
            for address in emails:
                found.update(repo.contact_ids_by_email(s, email_key(normalise_email(address))))
            for number in phones:
                found.update(repo.contact_ids_by_phone(s, normalise_phone(number)))
            return found

    def _contact(self, s: Session, contact_id: uuid.UUID | str) -> Contact:
        return get(s, Contact, contact_id, "contact", options=list(repo.CONTACT_LOAD))

    def _set_active(
        self, s: Session, record: Organisation | Contact, active: bool, entity: str
    ) -> None:
        """Deactivating keeps the record and its history; it only leaves current lists."""
        if record.active != active:
            record.active = active
            s.flush()
            verb = "Reactivated" if active else "Deactivated"
            # Contacts are named by id only: the audit log outlives an erasure, names must not.
            what = record.name if isinstance(record, Organisation) else "a contact"
            self.auditor.record(s, AuditAction.UPDATE, entity, record.id, f"{verb} {what}")


def new_contact(
    *,
    name: str,
    organisation_id: uuid.UUID | None,
    review_due_default: Any,
    phones: Iterable[str | tuple[str | None, str]] = (),
    emails: Iterable[str] = (),
    **fields: Any,
) -> Contact:
    """A checked, unsaved contact with its id set (so many can be added before one flush)."""
    contact = Contact(id=uuid.uuid4(), active=True, lawful_basis=LawfulBasis.PUBLIC_TASK)
    apply_fields(contact, CONTACT_FIELDS, {"name": name, **fields})
    if contact.review_due is None:
        contact.review_due = review_due_default
    contact.organisation_id = organisation_id
    contact.phones = _phones(phones)
    contact.emails = _emails(emails)
    return contact


def check_contact(**row: Any) -> dict[str, Any]:
    """Raise the ValidationError saving ``row`` would, without touching the store (an
    import's preview); else the contact's checked values: every field as it would be stored,
    phones as (label, E.164) and emails normalised, ready to be written without checking again."""
    fields = dict(row)
    phones, emails = fields.pop("phones", ()), fields.pop("emails", ())
    checked = SimpleNamespace(**dict.fromkeys(CONTACT_FIELDS))
    checked.lawful_basis = LawfulBasis.PUBLIC_TASK
    apply_fields(checked, CONTACT_FIELDS, fields)
    return {
        **vars(checked),
        "phones": _phone_values(phones),
        "emails": _email_values(emails),
    }


def _phone_values(values: Iterable[str | tuple[str | None, str]]) -> list[tuple[str | None, str]]:
    """(label, E.164) of each number, the first of any repeated one kept."""
    result: dict[str, str | None] = {}
    for value in values:
        label, number = value if isinstance(value, tuple) else (None, value)
        e164 = normalise_phone(number)
        if e164 not in result:
            result[e164] = clean_text(label, "Phone label", max_length=40)
    return [(label, number) for number, label in result.items()]


def _email_values(values: Iterable[str]) -> list[str]:
    """Each address normalised, the first of any repeated one kept."""
    result: dict[str, str] = {}
    for value in values:
        address = normalise_email(value)
        result.setdefault(email_key(address), address)
    return list(result.values())


def _phones(values: Iterable[str | tuple[str | None, str]]) -> list[ContactPhone]:
    return [
        ContactPhone(number=number, label=label, position=position)
        for position, (label, number) in enumerate(_phone_values(values))
    ]


def _emails(values: Iterable[str]) -> list[ContactEmail]:
    return [
        ContactEmail(address=address, address_key=email_key(address), position=position)
        for position, address in enumerate(_email_values(values))
    ]
