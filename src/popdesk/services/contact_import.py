"""Importing contacts: read a file, show what would happen (new, duplicate, invalid, each with its
reason), then write all of it in one transaction or none of it."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table

from popdesk.db import models as m
from popdesk.domain.enums import AuditAction, Sector, WorkingApproach
from popdesk.domain.rules import review_due_from
from popdesk.domain.text import fold
from popdesk.domain.validation import (
    QT_TRANSLATE_NOOP,
    TEXT_MAX,
    TITLE_MAX,
    clean_text,
    email_key,
    normalise_email,
    normalise_phone,
)
from popdesk.errors import ValidationError
from popdesk.interchange import csv_contacts, vcards
from popdesk.interchange.model import IncomingContact
from popdesk.repositories import bulk
from popdesk.repositories import partners as partner_repo
from popdesk.repositories.audit import extend_chain
from popdesk.services.base import Service
from popdesk.services.partners import CONTACT_FIELDS, ORGANISATION_FIELDS, check_contact

LAYOUT_NAMES = {
    "popdesk": "popdesk CSV",
    "outlook": "Outlook CSV",
    "google": "Google Contacts CSV",
    None: "CSV with chosen columns",
}
Progress = Callable[[int, int], None]
FLUSH_EVERY = 500
# The fields whose failed check does not refuse a person (see _leniently).
LENIENT = frozenset(
    {"phone", "email", "preferred_channel", "lawful_basis", "review_due", "notes", "job_title"}
)


@dataclass(frozen=True)
class PlannedRow:
    incoming: IncomingContact
    status: str  # "new", "duplicate" or "invalid"
    reason: str | None = None
    new_organisation: bool = False
    checked: Mapping[str, Any] | None = None  # a new row's fields, checked and normalised


@dataclass(frozen=True)
class ImportPlan:
    source: str
    kind: str
    rows: tuple[PlannedRow, ...]

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def new_organisations(self) -> list[str]:
        seen: dict[str, str] = {}
        for row in self.rows:
            if row.status == "new" and row.new_organisation and row.incoming.organisation:
                seen.setdefault(fold(row.incoming.organisation), row.incoming.organisation)
        return sorted(seen.values(), key=fold)

    def summary(self) -> str:
        return (
            f"{self.count('new')} new, {self.count('duplicate')} already in popdesk, "
            f"{self.count('invalid')} refused"
        )


@dataclass(frozen=True)
class ImportResult:
    contacts: int
    organisations: int
    skipped: int


def csv_table(path: Path) -> csv_contacts.CsvTable:
    """A CSV file's header and rows, and whether popdesk recognises its layout."""
    return csv_contacts.read_csv(path)


class ImportService(Service):
    def read(self, path: Path, mapping: Mapping[str, str] | None = None) -> ImportPlan:
        """Parse ``path`` (.csv, .vcf) and plan the import; a refused file raises one
        ValidationError saying why."""
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix in (".vcf", ".vcard"):
            return self.plan(vcards.read_vcards(path), path.name, "vCard")
        if suffix in (".csv", ".txt"):
            table = csv_contacts.read_csv(path)
            incoming = csv_contacts.contacts_from_table(table, mapping)
            kind = LAYOUT_NAMES[None if mapping is not None else table.layout]
            return self.plan(incoming, path.name, kind)
        if suffix == ".ics":
            raise ValidationError.worded(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{0} is a calendar: popdesk writes calendars (export "
                    "calendar) but imports contacts only, from .csv or .vcf "
                    "files.",
                ),
                path.name,
                field="file",
            )
        raise ValidationError.worded(
            QT_TRANSLATE_NOOP(
                "Errors", "popdesk imports contacts from .csv and .vcf files; {0} is neither."
            ),
            path.name,
            field="file",
        )

    def plan(self, incoming: list[IncomingContact], source: str, kind: str) -> ImportPlan:
        with self._tx() as s:
            known = _Known.load(s)
        rows = []
        for item in incoming:  # each row's phones and emails are parsed once, here
            if item.problem is not None:
                rows.append(PlannedRow(item, "invalid", item.problem))
                continue
            notice = None
            try:  # the organisation is checked here as it will be when it is made
                clean_text(item.organisation, "Organisation", field="organisation")
            except ValidationError as exc:
                rows.append(PlannedRow(item, "invalid", exc.message))
                continue
            try:
                checked = check_contact(**_fields(item))
            except ValidationError as exc:
                if exc.field not in LENIENT:
                    rows.append(PlannedRow(item, "invalid", exc.message))
                    continue
                try:
                    item, checked, notice = _leniently(item)
                except ValidationError as again:
                    rows.append(PlannedRow(item, "invalid", again.message))
                    continue
            duplicate = known.duplicate_of(item, checked)
            if duplicate is not None:
                rows.append(PlannedRow(item, "duplicate", duplicate))
                continue
            known.add(item, checked)
            new_org = bool(item.organisation) and fold(item.organisation or "") not in known.orgs
            said = "; ".join(filter(None, (*item.warnings, notice)))
            rows.append(PlannedRow(item, "new", said or None, new_org, checked))
        return ImportPlan(source, kind, tuple(rows))

    def commit(self, plan: ImportPlan, progress: Progress | None = None) -> ImportResult:
        """Every new contact of the plan, and the organisations they name that popdesk does
        not know yet, in one transaction: all of them are saved, or none is.

        The rows were checked when the plan was made, so they are written in batches of plain
        values (contacts, phones, emails and their audit entries), not one object at a time."""
        todo = [r for r in plan.rows if r.status == "new"]
        with self._tx() as s:
            orgs = {fold(name): org_id for name, org_id in partner_repo.names(s, m.Organisation)}
            batch = _Batch(self.context.now())
            made_orgs = 0
            for name in plan.new_organisations:
                if fold(name) not in orgs:
                    orgs[fold(name)] = org_id = batch.organisation(name)
                    added = self.auditor.values(
                        AuditAction.CREATE, "organisation", org_id, f"Added organisation {name}"
                    )
                    batch.audit(added)
                    made_orgs += 1
            batch.write(s)
            review_due = review_due_from(self.context.today(), self.context.contact_review_days)
            for done, row in enumerate(todo, start=1):
                item = row.incoming
                checked = row.checked or check_contact(**_fields(item))
                contact_id = batch.contact(
                    checked,
                    organisation_id=orgs.get(fold(item.organisation))
                    if item.organisation
                    else None,
                    review_due=review_due,
                )
                added = self.auditor.values(
                    AuditAction.CREATE, "contact", contact_id, "Added a contact"
                )
                batch.audit(added)
                if done % FLUSH_EVERY == 0 or done == len(todo):
                    batch.write(s)
                    if progress is not None:
                        progress(done, len(todo))
            self.auditor.record(
                s,
                AuditAction.IMPORT,
                "contact",
                None,
                f"Imported {len(todo)} contacts and {made_orgs} organisations from a "
                f"{plan.kind} file ({plan.count('duplicate')} duplicates and "
                f"{plan.count('invalid')} refused rows left out)",
            )
        return ImportResult(len(todo), made_orgs, len(plan.rows) - len(todo))


class _Batch:
    """Checked contacts as rows for their tables, written a batch at a time."""

    def __init__(self, now: datetime) -> None:
        self.now = now
        self.stamp = {"created_at": now, "updated_at": now, "version": 1}  # shared by every row
        self.organisations: list[dict[str, Any]] = []
        self.contacts: list[dict[str, Any]] = []
        self.phones: list[dict[str, Any]] = []
        self.emails: list[dict[str, Any]] = []
        self.audits: list[dict[str, Any]] = []

    def audit(self, values: Mapping[str, Any]) -> None:
        self.audits.append({k: v for k, v in values.items() if k != "at"})

    def organisation(self, name: str) -> uuid.UUID:
        """A new organisation known by name only, its sector to be filled in later."""
        org_id = uuid.uuid4()
        self.organisations.append(
            {
                "id": org_id,
                **dict.fromkeys(("website", "address", "notes")),
                "name": ORGANISATION_FIELDS["name"](name),
                "sector": Sector.UNKNOWN,
                "approach": WorkingApproach.UNKNOWN,
                "active": True,
            }
        )
        return org_id

    def contact(
        self, checked: Mapping[str, Any], *, organisation_id: uuid.UUID | None, review_due: date
    ) -> uuid.UUID:
        contact_id = uuid.uuid4()
        fields = dict(checked)
        del fields["phones"], fields["emails"]
        fields["review_due"] = fields["review_due"] or review_due
        self.contacts.append(
            {
                "id": contact_id,
                **fields,
                "organisation_id": organisation_id,
                "active": True,
            }
        )
        for position, (label, number) in enumerate(checked["phones"]):
            self.phones.append(
                {
                    "id": uuid.uuid4(),
                    "contact_id": contact_id,
                    "label": label,
                    "number": number,
                    "position": position,
                }
            )
        for position, address in enumerate(checked["emails"]):
            self.emails.append(
                {
                    "id": uuid.uuid4(),
                    "contact_id": contact_id,
                    "label": None,
                    "address": address,
                    "address_key": email_key(address),
                    "position": position,
                }
            )
        return contact_id

    def write(self, s: Any) -> None:
        """Insert what has been gathered, in foreign-key order; the timestamps and version every
        row shares are converted once, not for each of thousands of rows."""
        for model, rows in (
            (m.Organisation, self.organisations),
            (m.Contact, self.contacts),
            (m.ContactPhone, self.phones),
            (m.ContactEmail, self.emails),
            (m.AuditEntry, self.audits),
        ):
            table: Table = model.__table__  # type: ignore[assignment]
            if model is m.AuditEntry:  # the time is part of what the chain hashes
                for row in rows:
                    row["at"] = self.now
                extend_chain(s, rows)
            bulk.insert_rows(s, table, rows, self.stamp)
            rows.clear()


def _leniently(item: IncomingContact) -> tuple[IncomingContact, dict[str, Any], str]:
    """A row one of whose values failed its check: each phone number and address popdesk
    cannot check is kept as written in the contact's notes, marked unchecked, and a channel,
    basis or review date it does not understand is left out; the person still arrives, and the
    preview says what happened. Raises if the row is refused all the same (no name)."""
    kept: list[str] = []
    said: list[str] = []
    phones: list[tuple[str | None, str]] = []
    for label, number in item.phones:
        try:
            normalise_phone(number)
        except ValidationError:
            text = " ".join(number.split())[:200]
            kept.append(f"Unchecked phone{f' ({label})' if label else ''}: {text}")
            said.append(f"phone '{text[:40]}'")
            continue
        phones.append((label, number))
    emails: list[str] = []
    for address in item.emails:
        try:
            normalise_email(address)
        except ValidationError:
            text = " ".join(address.split())[:254]
            kept.append(f"Unchecked email: {text}")
            said.append(f"email '{text[:60]}'")
            continue
        emails.append(address)
    changes: dict[str, Any] = {"phones": tuple(phones), "emails": tuple(emails)}
    left_out: list[str] = []
    for field, parser in (
        ("preferred_channel", CONTACT_FIELDS["preferred_channel"]),
        ("lawful_basis", CONTACT_FIELDS["lawful_basis"]),
        ("review_due", CONTACT_FIELDS["review_due"]),
    ):
        value = getattr(item, field)
        if value:
            try:
                parser(value)
            except ValidationError:
                changes[field] = None
                left_out.append(f"{field.replace('_', ' ')} '{str(value)[:40]}' not understood")
    unchecked = "\n".join(kept)
    room = TEXT_MAX - (len(unchecked) + 1 if unchecked else 0)  # never cut what was kept
    for field, written, most, said_as in (
        ("notes", item.notes, room, "notes cut to their"),
        ("job_title", item.job_title, TITLE_MAX, "job title cut to its"),
    ):
        if written and len(written.strip()) > most:
            written = written.strip()[:most].rstrip()
            left_out.append(f"{said_as} first {most:,} characters")
        changes[field] = written
    changes["notes"] = "\n".join(filter(None, (changes["notes"], unchecked))) or None
    lenient = dataclasses.replace(item, **changes)
    checked = check_contact(**_fields(lenient))
    notice = []
    if said:
        notice.append(f"kept unchecked in the notes: {', '.join(said)}")
    if left_out:
        notice.append(", ".join(left_out))
    return lenient, checked, "; ".join(notice)


def _fields(item: IncomingContact) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "name": item.name,
        "job_title": item.job_title,
        "phones": list(item.phones),
        "emails": list(item.emails),
        "notes": item.notes,
    }
    if item.preferred_channel:
        fields["preferred_channel"] = item.preferred_channel
    if item.lawful_basis:
        fields["lawful_basis"] = item.lawful_basis
    if item.review_due:
        fields["review_due"] = item.review_due
    return fields


class _Known:
    """What the store (and the rows planned so far) already hold, to find duplicates by."""

    def __init__(self) -> None:
        self.emails: dict[str, str] = {}
        self.phones: dict[str, str] = {}
        self.names: dict[tuple[str, str], str] = {}
        self.orgs: set[str] = set()

    @classmethod
    def load(cls, s: Any) -> _Known:
        known = cls()
        org_names: dict[uuid.UUID | None, str] = {
            o.id: o.name for o in partner_repo.every(s, m.Organisation)
        }
        known.orgs = {fold(n) for n in org_names.values()}
        names = {}
        for contact in partner_repo.every(s, m.Contact):
            org = org_names.get(contact.organisation_id, "")
            who = f"{contact.name}" + (f" ({org})" if org else "")
            names[contact.id] = who
            known.names[(fold(contact.name), fold(org))] = who
        for email in partner_repo.every(s, m.ContactEmail):
            known.emails[email.address_key] = names.get(email.contact_id, "a contact")
        for phone in partner_repo.every(s, m.ContactPhone):
            known.phones[phone.number] = names.get(phone.contact_id, "a contact")
        return known

    def duplicate_of(self, item: IncomingContact, checked: Mapping[str, Any]) -> str | None:
        for address in checked["emails"]:
            hit = self.emails.get(email_key(address))
            if hit:
                return f"same email as {hit}"
        for _label, number in checked["phones"]:
            hit = self.phones.get(number)
            if hit:
                return f"same phone number as {hit}"
        hit = self.names.get((fold(item.name), fold(item.organisation or "")))
        if hit:
            return f"same name and organisation as {hit}"
        return None

    def add(self, item: IncomingContact, checked: Mapping[str, Any]) -> None:
        who = f"an earlier entry in this file ({item.line})"
        for address in checked["emails"]:
            self.emails.setdefault(email_key(address), who)
        for _label, number in checked["phones"]:
            self.phones.setdefault(number, who)
        self.names.setdefault((fold(item.name), fold(item.organisation or "")), who)
