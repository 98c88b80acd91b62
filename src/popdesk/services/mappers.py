"""Turning loaded models into DTOs. Callers load the relationships these read."""

from __future__ import annotations

from datetime import date
from typing import Any

from popdesk.db import models as m
from popdesk.domain import dto
from popdesk.domain.enums import ActionStatus
from popdesk.domain.text import sort_key
from popdesk.domain.validation import format_phone


def ref(record: Any) -> dto.Ref:
    return dto.Ref(record.id, str(getattr(record, "name", None) or getattr(record, "title", "")))


def opt_ref(record: Any | None) -> dto.Ref | None:
    return None if record is None else ref(record)


def organisation(o: m.Organisation) -> dto.OrganisationDTO:
    return dto.OrganisationDTO(
        id=o.id,
        name=o.name,
        sector=o.sector,
        approach=o.approach,
        website=o.website,
        address=o.address,
        notes=o.notes,
        active=o.active,
        neighbourhoods=tuple(n.name for n in o.neighbourhoods),
        version=o.version,
    )


def contact(c: m.Contact) -> dto.ContactDTO:
    return dto.ContactDTO(
        id=c.id,
        name=c.name,
        job_title=c.job_title,
        organisation=opt_ref(c.organisation),
        phones=tuple(dto.PhoneDTO(p.number, format_phone(p.number), p.label) for p in c.phones),
        emails=tuple(e.address for e in c.emails),
        preferred_channel=c.preferred_channel,
        notes=c.notes,
        lawful_basis=c.lawful_basis,
        review_due=c.review_due,
        active=c.active,
        version=c.version,
    )


def staff(s: m.StaffMember) -> dto.StaffDTO:
    return dto.StaffDTO(
        id=s.id,
        name=s.name,
        kind=s.kind,
        rank=s.rank,
        staff_number=s.staff_number,
        post_role=s.post_role,
        post_area=s.post_area,
        team=s.team,
        phone=s.phone,
        email=s.email,
        in_post_since=s.in_post_since,
        expected_move=s.expected_move,
        active=s.active,
        version=s.version,
    )


def spoc(a: m.SpocAssignment, today: date) -> dto.SpocDTO:
    current = a.end_date is None
    return dto.SpocDTO(
        id=a.id,
        organisation=ref(a.organisation),
        topic=a.topic.name,
        our_spoc=opt_ref(a.our_spoc),
        their_spoc=opt_ref(a.their_spoc),
        our_deputies=tuple(ref(d) for d in a.our_deputies),
        their_deputies=tuple(ref(d) for d in a.their_deputies),
        start_date=a.start_date,
        end_date=a.end_date,
        end_reason=a.end_reason,
        review_due=a.review_due,
        last_reviewed=a.last_reviewed,
        vacant=current and (a.our_spoc_id is None or a.their_spoc_id is None),
        review_overdue=current and a.review_due is not None and a.review_due < today,
    )


def representation(r: m.Representation) -> dto.RepresentationDTO:
    return dto.RepresentationDTO(
        id=r.id,
        group=ref(r.group),
        staff=ref(r.staff),
        role=r.role,
        start_date=r.start_date,
        end_date=r.end_date,
    )


def action(a: m.Action, today: date) -> dto.ActionDTO:
    owner = a.owner_staff or a.owner_contact
    source_kind, source_id = None, None
    for kind in ("engagement", "meeting", "problem", "handover"):
        value = getattr(a, f"{kind}_id")
        if value is not None:
            source_kind, source_id = kind, value
            break
    return dto.ActionDTO(
        id=a.id,
        description=a.description,
        owner=opt_ref(owner),
        owner_is_staff=a.owner_staff is not None,
        due_date=a.due_date,
        status=a.status,
        completed_on=a.completed_on,
        overdue=a.status is ActionStatus.OPEN and a.due_date is not None and a.due_date < today,
        source_kind=source_kind,
        source_id=source_id,
        continued_by=a.continued_by_id,
        version=a.version,
    )


def engagement(e: m.Engagement, problem: m.Problem | None) -> dto.EngagementDTO:
    return dto.EngagementDTO(
        id=e.id,
        occurred_at=e.occurred_at,
        type=e.type,
        summary=e.summary,
        outcome=e.outcome,
        location=e.location,
        staff=tuple(ref(s) for s in sorted(e.staff, key=lambda s: sort_key(s.name))),
        contacts=tuple(ref(c) for c in sorted(e.contacts, key=lambda c: sort_key(c.name))),
        organisations=tuple(
            ref(o) for o in sorted(e.organisations, key=lambda o: sort_key(o.name))
        ),
        problem=opt_ref(problem),
        version=e.version,
    )
