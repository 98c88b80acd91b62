"""Contacts out as CSV or vCard, meetings and action due dates out as iCalendar; each written
whole or not at all and recorded in the audit log."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

from popdesk.db.models import ExportRecord
from popdesk.domain.enums import ActionStatus, AuditAction, Marking
from popdesk.domain.rules import parse_enum
from popdesk.domain.validation import QT_TRANSLATE_NOOP, clean_text
from popdesk.errors import ValidationError
from popdesk.interchange import calendar, csv_contacts, vcards
from popdesk.services.base import Context, Service, UnitOfWork
from popdesk.services.engagements import ActionService
from popdesk.services.groups import GroupService
from popdesk.services.partners import PartnerService

CALENDAR_PAST_DAYS = 90


class ContactExportService(Service):
    """Contacts, meetings and due dates out to other programs, read through the services that
    list them (handed in by the composition root, sharing this service's unit of work)."""

    def __init__(
        self,
        work: UnitOfWork,
        context: Context | None = None,
        *,
        partners: PartnerService,
        groups: GroupService,
        actions: ActionService,
    ) -> None:
        super().__init__(work, context)
        self.partners = self._sharing(partners)
        self.groups = self._sharing(groups)
        self.actions = self._sharing(actions)

    def contacts(
        self,
        out: Path,
        *,
        format: str,
        organisation_id: uuid.UUID | None = None,
        purpose: str | None = None,
        marking: Marking | str | None = None,
    ) -> Path:
        """Active contacts (of one organisation, or all) as ``csv`` or ``vcard``, marked
        (OFFICIAL-SENSITIVE unless told otherwise: they are personal data) in the file and in
        the audit log."""
        marked = _marking(marking)
        if format not in ("csv", "vcard"):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose csv or vcard."), "format")
        suffixes = {"csv": (".csv",), "vcard": (".vcf", ".vcard")}[format]
        target = Path(out)
        if target.suffix.lower() not in suffixes:
            raise ValidationError.worded(
                QT_TRANSLATE_NOOP("Errors", "{0} should end in {1}."),
                target.name,
                suffixes[0],
                field="out",
            )
        filters = {"active": True}
        if organisation_id is not None:
            filters["organisation_id"] = organisation_id  # type: ignore[assignment]
        people = self.partners.list_contacts(**filters)
        if format == "csv":
            data = csv_contacts.contacts_to_csv(people, marked.value).encode("utf-8-sig")  # BOM
        else:
            data = vcards.contacts_to_vcards(people, marked.value).encode("utf-8")
        what = "CSV" if format == "csv" else "vCard"
        return self._write(
            target,
            data,
            f"Exported {len(people)} contacts as {what} marked {marked.value}",
            purpose,
        )

    def calendar(
        self, out: Path, *, purpose: str | None = None, marking: Marking | str | None = None
    ) -> Path:
        """Meetings from the last 90 days on, and the due dates of open actions, marked
        (OFFICIAL unless told otherwise) in the file and in the audit log."""
        marked = _marking(marking, Marking.OFFICIAL)
        target = Path(out)
        if target.suffix.lower() != ".ics":
            raise ValidationError.worded(
                QT_TRANSLATE_NOOP("Errors", "{0} should end in .ics."),
                target.name,
                field="out",
            )
        since = self.context.now() - timedelta(days=CALENDAR_PAST_DAYS)
        meetings = self.groups.meetings(since=since)
        actions = self.actions.list_actions(status=ActionStatus.OPEN)
        data = calendar.calendar_bytes(meetings, actions, self.context.now(), marked.value)
        dated = sum(1 for a in actions if a.due_date)
        return self._write(
            target,
            data,
            f"Exported a calendar of {len(meetings)} meetings and {dated} action due dates "
            f"marked {marked.value}",
            purpose,
        )

    def _write(self, target: Path, data: bytes, summary: str, purpose: str | None) -> Path:
        from popdesk.exports.files import write_atomically

        purpose = clean_text(purpose, "Purpose or recipient", max_length=200)
        write_atomically(target, data)
        with self._tx() as s:
            entry = self.auditor.record(s, AuditAction.EXPORT, "contacts", None, summary)
            s.add(ExportRecord(audit_entry_id=entry.id, purpose=purpose, file_name=str(target)))
        return target


def _marking(
    marking: Marking | str | None, default: Marking = Marking.OFFICIAL_SENSITIVE
) -> Marking:
    if marking is None or marking == "":
        return default
    return parse_enum(Marking, marking, "Marking", "marking")
