"""Exporting documents: gather the contents, render, write whole, and record it in the audit.

PDF libraries load only when an export is asked for, so they cost nothing at start-up.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from pathlib import Path

from popdesk.db.models import ExportRecord
from popdesk.domain import dto
from popdesk.domain.documents import (
    DirectoryEntry,
    DirectoryOrganisation,
    HandoverPack,
    MeetingBrief,
    MemberLine,
    PartnerActivity,
    PartnerDirectory,
    PartnerSpoc,
)
from popdesk.domain.enums import AuditAction, HandoverStatus, Marking, MeetingStatus, ProblemStatus
from popdesk.domain.rules import parse_enum
from popdesk.domain.validation import QT_TRANSLATE_NOOP, clean_text
from popdesk.errors import ValidationError
from popdesk.services.agreements import AgreementService
from popdesk.services.base import Context, Service, UnitOfWork
from popdesk.services.engagements import ActionService, EngagementService
from popdesk.services.groups import GroupService
from popdesk.services.handovers import HandoverService
from popdesk.services.partners import PartnerService
from popdesk.services.problems import ProblemService
from popdesk.services.spocs import SpocService

# Anything listing partner staff's contact details is OFFICIAL-SENSITIVE unless chosen otherwise.
DEFAULT_MARKING = {
    "handover-pack": Marking.OFFICIAL_SENSITIVE,
    "meeting-brief": Marking.OFFICIAL_SENSITIVE,
    "partner-directory": Marking.OFFICIAL_SENSITIVE,
}
RECENT_DAYS = 90


class ExportService(Service):
    """The printed documents. Their contents are read through the services that list each kind
    of record, handed in by the composition root and sharing this service's unit of work, so
    that each document is one consistent read."""

    def __init__(
        self,
        work: UnitOfWork,
        context: Context | None = None,
        *,
        partners: PartnerService,
        spocs: SpocService,
        groups: GroupService,
        engagements: EngagementService,
        actions: ActionService,
        problems: ProblemService,
        agreements: AgreementService,
        handovers: HandoverService,
    ) -> None:
        super().__init__(work, context)
        self.partners = self._sharing(partners)
        self.spocs = self._sharing(spocs)
        self.groups = self._sharing(groups)
        self.engagements = self._sharing(engagements)
        self.actions = self._sharing(actions)
        self.problems = self._sharing(problems)
        self.agreements = self._sharing(agreements)
        self.handovers = self._sharing(handovers)

    # contents -----------------------------------------------------------------------------

    def handover_pack_contents(self, handover_id: uuid.UUID | str) -> HandoverPack:
        with self._tx():  # one consistent read
            h = self.handovers.get(handover_id)
            holder = (
                h.incoming if h.status is HandoverStatus.COMPLETED and h.incoming else h.outgoing
            )
            roles = self.spocs.list_current(staff_id=holder.id)
            contacts = {c.id: c for c in self.partners.list_contacts()} if roles else {}
            seats = [
                (seat, self.groups.get(seat.group.id))
                for seat in self.groups.representations(staff_id=holder.id, current=True)
            ]
            since = self.context.now() - timedelta(days=RECENT_DAYS)
            activity = []
            for org in sorted({r.organisation for r in roles}, key=lambda o: o.name):
                recent = self.engagements.list_engagements(
                    organisation_id=org.id, since=since, limit=500
                )
                activity.append(PartnerActivity(org, len(recent), recent[0] if recent else None))
            owned = [
                a for a in self.agreements.list_agreements() if a.owner and a.owner.id == holder.id
            ]
            return HandoverPack(
                handover=h,
                holder=holder,
                moves=tuple(self.handovers.preview_completion(h.id)),
                spocs=tuple(
                    PartnerSpoc(r, contacts.get(r.their_spoc.id) if r.their_spoc else None)
                    for r in roles
                ),
                seats=tuple(seats),
                actions=tuple(self.actions.open_for(staff_id=holder.id)),
                problems=tuple(
                    self.problems.list_problems(status=ProblemStatus.LIVE, lead_staff_id=holder.id)
                ),
                agreements=tuple(
                    sorted(
                        owned,
                        key=lambda a: (not a.review_due, a.review_date or datetime.max.date()),
                    )
                ),
                activity=tuple(activity),
                generated_at=self.context.now().astimezone(),
            )

    def meeting_brief_contents(self, meeting_id: uuid.UUID | str) -> MeetingBrief:
        with self._tx():
            leaving = {
                h.outgoing.id: h.due_date
                for h in self.handovers.list_handovers(status=HandoverStatus.IN_PROGRESS)
            }
            meeting = self.groups.get_meeting(meeting_id)
            group = self.groups.get(meeting.group.id)
            members = []
            for ref in group.member_contacts:
                contact = self.partners.get_contact(ref.id)
                members.append(MemberLine(contact, self.engagements.last_with_contact(contact.id)))
            org_ids = [o.id for o in group.member_organisations]
            activity = tuple(self.engagements.last_with_organisation(o) for o in org_ids)
            open_actions: dict[uuid.UUID, dto.ActionDTO] = {}
            for earlier in self.groups.meetings(group_id=group.id, limit=50):
                for a in self.actions.list_actions(source=("meeting", earlier.id)):
                    if a.status.value == "open":
                        open_actions[a.id] = a
            for ref in group.member_contacts:
                for a in self.actions.open_for(contact_id=ref.id):
                    open_actions[a.id] = a
            for r in group.representatives:
                for a in self.actions.open_for(staff_id=r.staff.id):
                    if a.source_kind == "meeting" or a.id in open_actions:
                        open_actions[a.id] = a
            linked = [
                p
                for p in self.problems.list_problems(status=ProblemStatus.LIVE)
                if {x.organisation.id for x in p.partners} & set(org_ids)
            ]
            previous = next(
                (
                    m
                    for m in self.groups.meetings(
                        group_id=group.id, until=meeting.starts_at, limit=20
                    )
                    if m.status is MeetingStatus.HELD and m.id != meeting.id
                ),
                None,
            )
            return MeetingBrief(
                group=group,
                meeting=meeting,
                members=tuple(members),
                organisation_activity=activity,
                actions=tuple(
                    sorted(open_actions.values(), key=lambda a: (a.due_date is None, a.due_date))
                ),
                problems=tuple(linked),
                previous=previous,
                generated_at=self.context.now().astimezone(),
                handing_over={
                    r.staff.id: leaving[r.staff.id]
                    for r in group.representatives
                    if r.staff.id in leaving
                },
            )

    def partner_directory_contents(self) -> PartnerDirectory:
        with self._tx():
            roles: dict[object, list[str]] = {}
            w = self.context.words  # the directory's language
            for a in self.spocs.list_current():
                if a.their_spoc is not None:
                    ours = a.our_spoc.name if a.our_spoc else w.translate("Pdf", "vacant")
                    roles.setdefault(a.their_spoc.id, []).append(
                        w.translate("Pdf", "Their SPOC for {0} (ours: {1})").format(a.topic, ours)
                    )
            by_org: dict[object, list[DirectoryEntry]] = {}
            for c in self.partners.list_contacts(active=True):
                if c.organisation is not None:
                    by_org.setdefault(c.organisation.id, []).append(
                        DirectoryEntry(c, tuple(roles.get(c.id, ())))
                    )
            return PartnerDirectory(
                organisations=tuple(
                    DirectoryOrganisation(o, tuple(by_org.get(o.id, ())))
                    for o in self.partners.list_organisations(active=True)
                ),
                generated_at=self.context.now().astimezone(),
            )

    def partner_directory(
        self,
        out: Path,
        *,
        marking: Marking | str | None = None,
        password: str | None = None,
        purpose: str | None = None,
    ) -> Path:
        from popdesk.exports.pdf import directory

        chosen = self._marking(marking, "partner-directory")
        contents = self.partner_directory_contents()
        pdf = directory.build(
            contents, marking=chosen.value, author=self.context.actor, words=self.context.words
        )
        return self._write(
            out, pdf, password, "directory", None, "the partner directory", chosen, purpose
        )

    # exports ------------------------------------------------------------------------------

    def handover_pack(
        self,
        handover_id: uuid.UUID | str,
        out: Path,
        *,
        marking: Marking | str | None = None,
        password: str | None = None,
        purpose: str | None = None,
    ) -> Path:
        from popdesk.exports.pdf import handover_pack

        chosen = self._marking(marking, "handover-pack")
        pack = self.handover_pack_contents(handover_id)
        pdf = handover_pack.build(
            pack, marking=chosen.value, author=self.context.actor, words=self.context.words
        )
        return self._write(
            out,
            pdf,
            password,
            "handover",
            pack.handover.id,
            f"handover pack for {pack.handover.post}",
            chosen,
            purpose,
        )

    def meeting_brief(
        self,
        meeting_id: uuid.UUID | str,
        out: Path,
        *,
        marking: Marking | str | None = None,
        password: str | None = None,
        purpose: str | None = None,
    ) -> Path:
        from popdesk.exports.pdf import meeting_brief

        chosen = self._marking(marking, "meeting-brief")
        brief = self.meeting_brief_contents(meeting_id)
        pdf = meeting_brief.build(
            brief, marking=chosen.value, author=self.context.actor, words=self.context.words
        )
        title = f"meeting brief for {brief.group.name}, {brief.meeting.starts_at:%d %b %Y}"
        return self._write(out, pdf, password, "meeting", brief.meeting.id, title, chosen, purpose)

    def recovery_sheet(self, out: Path, *, store: str, recovery_key: str) -> Path:
        """The recovery key as a printable page (always OFFICIAL-SENSITIVE). The audit log says a
        sheet was written, never the key."""
        from popdesk.exports.files import write_atomically
        from popdesk.exports.pdf import recovery_sheet

        target = Path(out)
        if target.suffix.lower() != ".pdf":
            raise ValidationError.worded(
                QT_TRANSLATE_NOOP("Errors", "{0} should end in .pdf."),
                target.name,
                field="out",
            )
        pdf = recovery_sheet.build(
            store=store,
            recovery_key=recovery_key,
            author=self.context.actor,
            generated_at=self.context.now().astimezone(),
            words=self.context.words,
        )
        write_atomically(target, pdf)
        with self._tx() as s:
            entry = self.auditor.record(
                s, AuditAction.EXPORT, "store", None, "Wrote a recovery key sheet"
            )
            s.add(ExportRecord(audit_entry_id=entry.id, purpose=None, file_name=str(target)))
        return target

    def default_marking(self, kind: str) -> Marking:
        """The marking a document of this kind gets unless another is chosen: the settings',
        else popdesk's."""
        chosen = self.context.markings.get(kind)
        return Marking.parse(chosen) if chosen else DEFAULT_MARKING[kind]

    def _marking(self, marking: Marking | str | None, kind: str) -> Marking:
        if marking is None or marking == "":
            return self.default_marking(kind)
        return parse_enum(Marking, marking, "Marking", "marking")

    def _write(
        self,
        out: Path,
        pdf: bytes,
        password: str | None,
        entity: str,
        entity_id: uuid.UUID | None,
        what: str,
        marking: Marking,
        purpose: str | None,
    ) -> Path:
        from popdesk.exports.files import encrypt_pdf, write_atomically

        purpose = clean_text(purpose, "Purpose or recipient", max_length=200)
        if password is not None:
            pdf = encrypt_pdf(pdf, password)
        target = Path(out)
        if target.suffix.lower() != ".pdf":
            raise ValidationError.worded(
                QT_TRANSLATE_NOOP("Errors", "{0} should end in .pdf."),
                target.name,
                field="out",
            )
        write_atomically(target, pdf)
        with self._tx() as s:
            protected = ", password-protected" if password else ""
            entry = self.auditor.record(
                s,
                AuditAction.EXPORT,
                entity,
                entity_id,
                f"Exported {what} marked {marking.value}{protected}",
            )
            s.add(ExportRecord(audit_entry_id=entry.id, purpose=purpose, file_name=str(target)))
        return target
