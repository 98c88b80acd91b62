"""Queries over groups, representation and meetings."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from popdesk.db.models import Group, Meeting, MeetingAttendance, Representation
from popdesk.domain.enums import MeetingStatus

GROUP_LOAD = (
    joinedload(Group.chair_organisation),
    joinedload(Group.neighbourhood),
    selectinload(Group.member_organisations),
    selectinload(Group.member_contacts),
)
REPRESENTATION_LOAD = (joinedload(Representation.group), joinedload(Representation.staff))
MEETING_LOAD = (
    joinedload(Meeting.group),
    selectinload(Meeting.attendance).joinedload(MeetingAttendance.staff),
    selectinload(Meeting.attendance).joinedload(MeetingAttendance.contact),
)


def groups(session: Session, *, active: bool | None = None) -> Sequence[Group]:
    query = select(Group).options(*GROUP_LOAD)
    if active is not None:
        query = query.where(Group.active == active)
    return session.scalars(query.order_by(func.lower(Group.name))).unique().all()


def _unrepresented() -> ColumnElement[bool]:
    from popdesk.repositories import rules

    return rules.unrepresented_group()


def without_representative(session: Session, limit: int | None = None) -> Sequence[Group]:
    query = select(Group).options(*GROUP_LOAD).where(_unrepresented())
    query = query.order_by(func.lower(Group.name))
    if limit is not None:
        query = query.limit(limit)
    return session.scalars(query).unique().all()


def count_without_representative(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Group).where(_unrepresented())) or 0


def representations(
    session: Session,
    *,
    group_ids: Iterable[uuid.UUID] | None = None,
    staff_id: uuid.UUID | None = None,
    current: bool | None = None,
) -> Sequence[Representation]:
    query = select(Representation).options(*REPRESENTATION_LOAD)
    if group_ids is not None:
        query = query.where(Representation.group_id.in_(list(group_ids)))
    if staff_id is not None:
        query = query.where(Representation.staff_id == staff_id)
    if current is True:
        query = query.where(Representation.end_date.is_(None))
    elif current is False:
        query = query.where(Representation.end_date.is_not(None))
    return session.scalars(
        query.order_by(Representation.end_date.is_(None).desc(), Representation.start_date.desc())
    ).all()


def next_meetings(
    session: Session, group_ids: Iterable[uuid.UUID], after: datetime
) -> dict[uuid.UUID, datetime]:
    ids = list(group_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(Meeting.group_id, Meeting.starts_at)
        .where(
            Meeting.group_id.in_(ids),
            Meeting.starts_at >= after,
            Meeting.status == MeetingStatus.SCHEDULED,
        )
        .order_by(Meeting.starts_at.desc())
    ).all()
    return {group_id: starts_at for group_id, starts_at in rows}  # the earliest wins


def meetings(
    session: Session,
    *,
    group_id: uuid.UUID | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    offset: int = 0,
    limit: int | None = None,
) -> Sequence[Meeting]:
    query = select(Meeting).options(*MEETING_LOAD)
    if group_id is not None:
        query = query.where(Meeting.group_id == group_id)
    if since is not None:
        query = query.where(Meeting.starts_at >= since)
    if until is not None:
        query = query.where(Meeting.starts_at < until)
    query = query.order_by(Meeting.starts_at.desc()).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return session.scalars(query).unique().all()
