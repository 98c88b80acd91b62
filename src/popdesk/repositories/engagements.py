"""Queries over the engagement log and actions."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import cast

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, aliased, joinedload, selectinload

from popdesk.db.models import (
    Action,
    Contact,
    Engagement,
    StaffMember,
    engagement_contacts,
    engagement_organisations,
    engagement_staff,
)
from popdesk.domain.enums import ActionStatus, EngagementType
from popdesk.repositories import rules

ENGAGEMENT_LOAD = (
    selectinload(Engagement.staff),
    selectinload(Engagement.contacts),
    selectinload(Engagement.organisations),
)
ACTION_LOAD = (joinedload(Action.owner_staff), joinedload(Action.owner_contact))


def engagements(
    session: Session,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    type: EngagementType | None = None,
    organisation_id: uuid.UUID | None = None,
    contact_id: uuid.UUID | None = None,
    staff_id: uuid.UUID | None = None,
    problem_id: uuid.UUID | None = None,
    offset: int = 0,
    limit: int | None = None,
) -> Sequence[Engagement]:
    """Newest first, filtered; paged with offset and limit so long logs load a page at a time."""
    query = select(Engagement).options(*ENGAGEMENT_LOAD)
    if since is not None:
        query = query.where(Engagement.occurred_at >= since)
    if until is not None:
        query = query.where(Engagement.occurred_at < until)
    if type is not None:
        query = query.where(Engagement.type == type)
    if problem_id is not None:
        query = query.where(Engagement.problem_id == problem_id)
    if organisation_id is not None:
        query = query.where(
            Engagement.id.in_(
                select(engagement_organisations.c.engagement_id).where(
                    engagement_organisations.c.organisation_id == organisation_id
                )
            )
        )
    if contact_id is not None:
        query = query.where(
            Engagement.id.in_(
                select(engagement_contacts.c.engagement_id).where(
                    engagement_contacts.c.contact_id == contact_id
                )
            )
        )
    if staff_id is not None:
        query = query.where(
            Engagement.id.in_(
                select(engagement_staff.c.engagement_id).where(
                    engagement_staff.c.staff_id == staff_id
                )
            )
        )
    query = query.order_by(Engagement.occurred_at.desc(), Engagement.id).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return session.scalars(query).all()


def last_dates_by_organisation(
    session: Session, organisation_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, datetime]:
    ids = list(set(organisation_ids))
    if not ids:
        return {}
    rows = session.execute(
        select(engagement_organisations.c.organisation_id, func.max(Engagement.occurred_at))
        .join(Engagement, Engagement.id == engagement_organisations.c.engagement_id)
        .where(engagement_organisations.c.organisation_id.in_(ids))
        .group_by(engagement_organisations.c.organisation_id)
    ).all()
    # func.max bypasses the column type, so SQLite hands back text; go through the type.
    column_type = Engagement.__table__.c.occurred_at.type
    convert = column_type.result_processor(session.get_bind().dialect, None)
    return {org: cast(datetime, convert(value) if convert else value) for org, value in rows}


def latest_with(session: Session, link_column: object, subject_id: uuid.UUID) -> Engagement | None:
    table = link_column.table  # type: ignore[attr-defined]
    return session.scalars(
        select(Engagement)
        .join(table, table.c.engagement_id == Engagement.id)
        .where(link_column == subject_id)  # type: ignore[arg-type]
        .order_by(Engagement.occurred_at.desc())
        .limit(1)
    ).first()


def _actions() -> Select[Action]:
    return select(Action).options(*ACTION_LOAD)


def contact_owners(session: Session) -> list[tuple[str, uuid.UUID]]:
    """(name, id) of every partner contact who owns an action, in name order."""
    rows = session.execute(
        select(Contact.name, Contact.id)
        .where(
            Contact.id.in_(
                select(Action.owner_contact_id).where(Action.owner_contact_id.is_not(None))
            )
        )
        .order_by(func.lower(Contact.name))
    ).all()
    return [(name, contact_id) for name, contact_id in rows]


def actions(
    session: Session,
    *,
    status: ActionStatus | None = None,
    staff_id: uuid.UUID | None = None,
    contact_id: uuid.UUID | None = None,
    overdue_on: date | None = None,
    source: tuple[str, uuid.UUID] | None = None,
    by_owner: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> Sequence[Action]:
    """Soonest due first, or grouped by owner's name (unowned last) with ``by_owner``."""
    query = _actions()
    if status is not None:
        query = query.where(Action.status == status)
    if staff_id is not None:
        query = query.where(Action.owner_staff_id == staff_id)
    if contact_id is not None:
        query = query.where(Action.owner_contact_id == contact_id)
    if overdue_on is not None:
        query = query.where(rules.overdue_action(overdue_on))
    if source is not None:
        kind, source_id = source
        query = query.where(getattr(Action, f"{kind}_id") == source_id)
    if by_owner:
        staff, contact = aliased(StaffMember), aliased(Contact)
        owner = func.lower(func.coalesce(staff.name, contact.name))
        query = (
            query.outerjoin(staff, staff.id == Action.owner_staff_id)
            .outerjoin(contact, contact.id == Action.owner_contact_id)
            .order_by(owner.is_(None), owner)
        )
    if overdue_on is not None:  # every one has a due date: the (status, due) index gives the order
        query = query.order_by(Action.due_date, Action.id).offset(offset)
    else:
        query = query.order_by(Action.due_date.is_(None), Action.due_date, Action.id).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return session.scalars(query).all()


def count_overdue(session: Session, today: date) -> int:
    return (
        session.scalar(select(func.count()).select_from(Action).where(rules.overdue_action(today)))
        or 0
    )


def open_actions_for_organisation(session: Session, organisation_id: uuid.UUID) -> Sequence[Action]:
    """Open actions that came from engagements with the organisation, or that its people own."""
    from_engagements = select(engagement_organisations.c.engagement_id).where(
        engagement_organisations.c.organisation_id == organisation_id
    )
    its_people = select(Contact.id).where(Contact.organisation_id == organisation_id)
    return session.scalars(
        _actions()
        .where(
            Action.status == ActionStatus.OPEN,
            or_(
                Action.engagement_id.in_(from_engagements),
                Action.owner_contact_id.in_(its_people),
            ),
        )
        .order_by(Action.due_date.is_(None), Action.due_date)
    ).all()


def count_engagements(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Engagement)) or 0
