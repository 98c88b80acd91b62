"""Partnership groups, our representation on them, and their meetings."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from popdesk.db.models import (
    Contact,
    Group,
    Meeting,
    MeetingAttendance,
    Neighbourhood,
    Organisation,
    Representation,
    StaffMember,
)
from popdesk.domain import dto
from popdesk.domain.enums import (
    Attendance,
    AuditAction,
    Cadence,
    GroupKind,
    MeetingStatus,
    RepresentationRole,
)
from popdesk.domain.rules import enum_parser, parse_date
from popdesk.domain.text import sort_key
from popdesk.domain.validation import (
    QT_TRANSLATE_NOOP,
    TEXT_MAX,
    TITLE_MAX,
    check_date_order,
    clean_text,
    required_text,
)
from popdesk.errors import Conflict, ValidationError
from popdesk.repositories import groups as repo
from popdesk.repositories.base import get
from popdesk.services import mappers
from popdesk.services.base import Service
from popdesk.services.engagements import ActionInput, new_action
from popdesk.services.partners import apply_fields, check_version

GROUP_FIELDS = {
    "name": lambda v: required_text(v, "Name", field="name", max_length=TITLE_MAX),
    "kind": enum_parser(GroupKind, "Kind of group", "kind"),
    "cadence": enum_parser(Cadence, "How often it meets", "cadence"),
    "terms_of_reference": lambda v: clean_text(
        v, "Terms of reference", field="terms_of_reference", max_length=TEXT_MAX, multiline=True
    ),
}


class GroupService(Service):
    # Groups -----------------------------------------------------------------------------

    def create(
        self,
        *,
        name: str,
        kind: GroupKind | str = GroupKind.OTHER,
        cadence: Cadence | str = Cadence.MONTHLY,
        chair_organisation_id: uuid.UUID | None = None,
        neighbourhood_id: uuid.UUID | None = None,
        member_organisation_ids: Iterable[uuid.UUID] = (),
        member_contact_ids: Iterable[uuid.UUID] = (),
        terms_of_reference: str | None = None,
    ) -> dto.GroupDTO:
        with self._tx() as s:
            group = Group(active=True)
            apply_fields(
                group,
                GROUP_FIELDS,
                {
                    "name": name,
                    "kind": kind,
                    "cadence": cadence,
                    "terms_of_reference": terms_of_reference,
                },
            )
            group.chair_organisation = (
                None
                if chair_organisation_id is None
                else get(s, Organisation, chair_organisation_id, "organisation")
            )
            group.neighbourhood = (
                None
                if neighbourhood_id is None
                else get(s, Neighbourhood, neighbourhood_id, "neighbourhood")
            )
            group.member_organisations = [
                get(s, Organisation, i, "organisation")
                for i in dict.fromkeys(member_organisation_ids)
            ]
            group.member_contacts = [
                get(s, Contact, i, "contact") for i in dict.fromkeys(member_contact_ids)
            ]
            s.add(group)
            s.flush()
            self.auditor.record(
                s, AuditAction.CREATE, "group", group.id, f"Added group {group.name}"
            )
            return self._dto(s, group)

    def update(
        self, group_id: uuid.UUID, *, expected_version: int | None = None, **fields: Any
    ) -> dto.GroupDTO:
        with self._tx() as s:
            group = self._group(s, group_id)
            check_version(group, expected_version, "group")
            changed = apply_fields(group, GROUP_FIELDS, fields)
            if changed:
                s.flush()
                self.auditor.record(
                    s,
                    AuditAction.UPDATE,
                    "group",
                    group.id,
                    f"Changed {', '.join(changed).replace('_', ' ')} of {group.name}",
                )
            return self._dto(s, group)

    def set_members(
        self,
        group_id: uuid.UUID,
        *,
        organisation_ids: Iterable[uuid.UUID] | None = None,
        contact_ids: Iterable[uuid.UUID] | None = None,
    ) -> dto.GroupDTO:
        with self._tx() as s:
            group = self._group(s, group_id)
            if organisation_ids is not None:
                group.member_organisations = [
                    get(s, Organisation, i, "organisation") for i in dict.fromkeys(organisation_ids)
                ]
            if contact_ids is not None:
                group.member_contacts = [
                    get(s, Contact, i, "contact") for i in dict.fromkeys(contact_ids)
                ]
            group.updated_at = self.context.now()
            s.flush()
            self.auditor.record(
                s, AuditAction.UPDATE, "group", group.id, f"Changed the members of {group.name}"
            )
            return self._dto(s, group)

    def get(self, group_id: uuid.UUID | str) -> dto.GroupDTO:
        with self._tx() as s:
            return self._dto(s, self._group(s, group_id))

    def list_groups(self, *, active: bool | None = None) -> list[dto.GroupDTO]:
        with self._tx() as s:
            return self._dtos(s, repo.groups(s, active=active))

    def without_representative(self) -> list[dto.GroupDTO]:
        """Active groups on which nobody currently represents us."""
        return self.unrepresented()[1]

    def unrepresented(self, limit: int | None = None) -> tuple[int, list[dto.GroupDTO]]:
        """How many active groups have nobody representing us, and the first ``limit`` of
        them by name."""
        with self._tx() as s:
            groups = repo.without_representative(s, limit)
            total = len(groups) if limit is None else repo.count_without_representative(s)
            return total, self._dtos(s, groups)

    # Representation ---------------------------------------------------------------------

    def add_representative(
        self,
        *,
        group_id: uuid.UUID,
        staff_id: uuid.UUID,
        role: RepresentationRole | str = RepresentationRole.MEMBER,
        start_date: date | str | None = None,
    ) -> dto.RepresentationDTO:
        with self._tx() as s:
            group = get(s, Group, group_id, "group")
            member = get(s, StaffMember, staff_id, "staff member")
            if not member.active:
                raise ValidationError.worded(
                    QT_TRANSLATE_NOOP("Errors", "{0} is no longer active."),
                    member.name,
                    field="staff",
                )
            role_value = enum_parser(RepresentationRole, "Role", "role")(role)
            start = parse_date(start_date, "Start date", "start_date") or self.context.today()
            current = repo.representations(s, group_ids=[group.id], current=True)
            if any(r.staff_id == member.id for r in current):
                raise Conflict.worded(
                    QT_TRANSLATE_NOOP("Errors", "{0} already represents us on {1}."),
                    member.name,
                    group.name,
                )
            if role_value is RepresentationRole.CHAIR and any(
                r.role is RepresentationRole.CHAIR for r in current
            ):
                raise Conflict.worded(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{0} already has a chair from us; end that seat first."
                    ),
                    group.name,
                )
            seat = Representation(group=group, staff=member, role=role_value, start_date=start)
            s.add(seat)
            s.flush()
            self.auditor.record(
                s,
                AuditAction.CREATE,
                "representation",
                seat.id,
                f"{member.name} represents us on {group.name} ({role_value.label.lower()})",
            )
            return mappers.representation(seat)

    def end_representation(
        self,
        representation_id: uuid.UUID,
        *,
        end_date: date | str | None = None,
        reason: str | None = None,
    ) -> dto.RepresentationDTO:
        with self._tx() as s:
            seat = get(
                s,
                Representation,
                representation_id,
                "representation",
                options=list(repo.REPRESENTATION_LOAD),
            )
            if seat.end_date is not None:
                raise Conflict(QT_TRANSLATE_NOOP("Errors", "That seat has already ended."))
            end = parse_date(end_date, "End date", "end_date") or self.context.today()
            check_date_order(seat.start_date, end, "Start date", "End date")
            seat.end_date = end
            seat.end_reason = clean_text(reason, "Reason", max_length=200)
            s.flush()
            self.auditor.record(
                s,
                AuditAction.UPDATE,
                "representation",
                seat.id,
                f"{seat.staff.name} no longer represents us on {seat.group.name}",
            )
            return mappers.representation(seat)

    def representations(
        self,
        *,
        group_id: uuid.UUID | None = None,
        staff_id: uuid.UUID | None = None,
        current: bool | None = None,
    ) -> list[dto.RepresentationDTO]:
        with self._tx() as s:
            rows = repo.representations(
                s,
                group_ids=None if group_id is None else [group_id],
                staff_id=staff_id,
                current=current,
            )
            return [mappers.representation(r) for r in rows]

    # Meetings ---------------------------------------------------------------------------

    def schedule_meeting(
        self,
        *,
        group_id: uuid.UUID,
        starts_at: datetime,
        venue: str | None = None,
        agenda: str | None = None,
    ) -> dto.MeetingDTO:
        if starts_at.tzinfo is None:
            starts_at = starts_at.astimezone()
        with self._tx() as s:
            group = get(s, Group, group_id, "group")
            meeting = Meeting(
                group=group,
                starts_at=starts_at,
                venue=clean_text(venue, "Venue", field="venue", max_length=TITLE_MAX),
                agenda=clean_text(
                    agenda, "Agenda", field="agenda", max_length=TEXT_MAX, multiline=True
                ),
                status=MeetingStatus.SCHEDULED,
            )
            s.add(meeting)
            s.flush()
            self.auditor.record(
                s,
                AuditAction.CREATE,
                "meeting",
                meeting.id,
                f"Scheduled {group.name} on {starts_at:%d %b %Y}",
            )
            return _meeting(self._meeting(s, meeting.id))

    def record_meeting(
        self,
        meeting_id: uuid.UUID,
        *,
        attendance: Mapping[uuid.UUID, Attendance | str] = {},
        notes: str | None = None,
        decisions: str | None = None,
        status: MeetingStatus | str = MeetingStatus.HELD,
        actions: Sequence[ActionInput] = (),
        venue: str | None = None,
        agenda: str | None = None,
    ) -> dto.MeetingDTO:
        """Write up a sitting: who came (staff or contacts, by id), notes, decisions and the
        actions agreed, all in one transaction."""
        with self._tx() as s:
            meeting = self._meeting(s, meeting_id)
            parse_attendance = enum_parser(Attendance, "Attendance", "attendance")
            meeting.attendance.clear()
            s.flush()
            for person_id, value in attendance.items():
                row = MeetingAttendance(attendance=parse_attendance(value))
                if s.get(StaffMember, person_id) is not None:
                    row.staff_id = person_id
                elif s.get(Contact, person_id) is not None:
                    row.contact_id = person_id
                else:
                    raise ValidationError.worded(
                        QT_TRANSLATE_NOOP("Errors", "No staff member or contact with id {0}."),
                        person_id,
                    )
                meeting.attendance.append(row)
            meeting.notes = clean_text(
                notes, "Notes", field="notes", max_length=TEXT_MAX, multiline=True
            )
            meeting.decisions = clean_text(
                decisions, "Decisions", field="decisions", max_length=TEXT_MAX, multiline=True
            )
            meeting.status = enum_parser(MeetingStatus, "Status", "status")(status)
            if venue is not None:
                meeting.venue = clean_text(venue, "Venue", field="venue", max_length=TITLE_MAX)
            if agenda is not None:
                meeting.agenda = clean_text(
                    agenda, "Agenda", field="agenda", max_length=TEXT_MAX, multiline=True
                )
            meeting.updated_at = self.context.now()
            s.flush()
            for item in actions:
                new_action(s, item, meeting_id=meeting.id)
            self.auditor.record(
                s,
                AuditAction.UPDATE,
                "meeting",
                meeting.id,
                f"Recorded {meeting.group.name} meeting",
            )
            return _meeting(self._meeting(s, meeting.id))

    def get_meeting(self, meeting_id: uuid.UUID | str) -> dto.MeetingDTO:
        with self._tx() as s:
            return _meeting(self._meeting(s, meeting_id))

    def meetings(self, **filters: Any) -> list[dto.MeetingDTO]:
        """Newest first. Filters: group_id, since, until; paging: offset, limit."""
        with self._tx() as s:
            return [_meeting(m) for m in repo.meetings(s, **filters)]

    def upcoming_meetings(self, days: int = 14) -> list[dto.MeetingDTO]:
        from datetime import timedelta

        now = self.context.now()
        found = self.meetings(since=now, until=now + timedelta(days=days))
        return sorted(
            (m for m in found if m.status is MeetingStatus.SCHEDULED), key=lambda m: m.starts_at
        )

    # helpers ----------------------------------------------------------------------------

    def _group(self, s: Session, group_id: uuid.UUID | str) -> Group:
        return get(s, Group, group_id, "group", options=list(repo.GROUP_LOAD))

    def _meeting(self, s: Session, meeting_id: uuid.UUID | str) -> Meeting:
        return get(
            s,
            Meeting,
            meeting_id,
            "meeting",
            options=list(repo.MEETING_LOAD),
            populate_existing=True,
        )

    def _dto(self, s: Session, group: Group) -> dto.GroupDTO:
        return self._dtos(s, [group])[0]

    def _dtos(self, s: Session, groups: Iterable[Group]) -> list[dto.GroupDTO]:
        groups = list(groups)
        ids = [g.id for g in groups]
        seats: dict[uuid.UUID, list[dto.RepresentationDTO]] = {}
        for r in repo.representations(s, group_ids=ids, current=True):
            seats.setdefault(r.group_id, []).append(mappers.representation(r))
        upcoming = repo.next_meetings(s, ids, self.context.now())
        return [
            dto.GroupDTO(
                id=g.id,
                name=g.name,
                kind=g.kind,
                chair_organisation=mappers.opt_ref(g.chair_organisation),
                neighbourhood=mappers.opt_ref(g.neighbourhood),
                cadence=g.cadence,
                terms_of_reference=g.terms_of_reference,
                active=g.active,
                member_organisations=tuple(
                    mappers.ref(o)
                    for o in sorted(g.member_organisations, key=lambda o: sort_key(o.name))
                ),
                member_contacts=tuple(
                    mappers.ref(c)
                    for c in sorted(g.member_contacts, key=lambda c: sort_key(c.name))
                ),
                representatives=tuple(seats.get(g.id, ())),
                next_meeting=upcoming.get(g.id),
                version=g.version,
            )
            for g in groups
        ]


def _meeting(m: Meeting) -> dto.MeetingDTO:
    people = []
    for row in m.attendance:
        person = row.staff or row.contact
        assert person is not None
        people.append(
            dto.AttendanceDTO(mappers.ref(person), row.staff is not None, row.attendance.value)
        )
    return dto.MeetingDTO(
        id=m.id,
        group=mappers.ref(m.group),
        starts_at=m.starts_at,
        venue=m.venue,
        status=m.status,
        agenda=m.agenda,
        notes=m.notes,
        decisions=m.decisions,
        attendance=tuple(sorted(people, key=lambda a: (not a.is_staff, sort_key(a.person.name)))),
        version=m.version,
    )
