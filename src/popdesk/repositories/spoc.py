"""Queries over SPOC assignments."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import Select, exists, func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from popdesk.db.models import Organisation, SpocAssignment, Topic
from popdesk.repositories import rules

SPOC_LOAD = (
    joinedload(SpocAssignment.organisation),
    joinedload(SpocAssignment.topic),
    joinedload(SpocAssignment.our_spoc),
    joinedload(SpocAssignment.their_spoc),
    selectinload(SpocAssignment.our_deputies),
    selectinload(SpocAssignment.their_deputies),
)


def _current() -> Select[SpocAssignment]:
    return (
        select(SpocAssignment)
        .options(*SPOC_LOAD)
        .join(Organisation, SpocAssignment.organisation_id == Organisation.id)
        .join(Topic, SpocAssignment.topic_id == Topic.id)
        .where(SpocAssignment.end_date.is_(None))
        .order_by(func.lower(Organisation.name), Topic.name)
    )


def stale(
    session: Session, today: date, since: datetime, limit: int | None
) -> tuple[int, Sequence[SpocAssignment]]:
    """Current assignments overdue for review or whose organisation has had no engagement since
    ``since``: how many, and the first ``limit`` in register order. One look-up per assignment
    in the links' (organisation, date) index, however long the log."""
    stale_now = rules.stale_role(today, since)
    total = session.scalar(select(func.count()).select_from(SpocAssignment).where(stale_now))
    query = _current().where(stale_now)
    if limit is not None:
        query = query.limit(limit)
    return total or 0, session.scalars(query).unique().all()


def current_for(
    session: Session, organisation_id: uuid.UUID, topic_id: uuid.UUID
) -> SpocAssignment | None:
    return session.scalars(
        select(SpocAssignment)
        .options(*SPOC_LOAD)
        .where(
            SpocAssignment.organisation_id == organisation_id,
            SpocAssignment.topic_id == topic_id,
            SpocAssignment.end_date.is_(None),
        )
    ).first()


def current(
    session: Session,
    *,
    organisation_id: uuid.UUID | None = None,
    staff_id: uuid.UUID | None = None,
    contact_id: uuid.UUID | None = None,
) -> Sequence[SpocAssignment]:
    query = _current()
    if organisation_id is not None:
        query = query.where(SpocAssignment.organisation_id == organisation_id)
    if staff_id is not None:
        query = query.where(SpocAssignment.our_spoc_id == staff_id)
    if contact_id is not None:
        query = query.where(SpocAssignment.their_spoc_id == contact_id)
    return session.scalars(query).unique().all()


def vacant(session: Session, limit: int | None = None) -> Sequence[SpocAssignment]:
    query = _current().where(_VACANT)
    if limit is not None:
        query = query.limit(limit)
    return session.scalars(query).unique().all()


def count_vacant(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(SpocAssignment).where(_VACANT)) or 0


_VACANT = rules.vacant_role()


def review_overdue(session: Session, today: date) -> Sequence[SpocAssignment]:
    query = _current().where(SpocAssignment.review_due < today)
    return session.scalars(query).unique().all()


def history(
    session: Session, organisation_id: uuid.UUID, topic_id: uuid.UUID
) -> Sequence[SpocAssignment]:
    return session.scalars(
        select(SpocAssignment)
        .options(*SPOC_LOAD)
        .where(
            SpocAssignment.organisation_id == organisation_id,
            SpocAssignment.topic_id == topic_id,
        )
        .order_by(SpocAssignment.end_date.is_(None).desc(), SpocAssignment.start_date.desc())
    ).all()


def organisations_without_spoc(session: Session) -> Sequence[Organisation]:
    has_current = exists().where(
        SpocAssignment.organisation_id == Organisation.id, SpocAssignment.end_date.is_(None)
    )
    return session.scalars(
        select(Organisation)
        .options(selectinload(Organisation.neighbourhoods))
        .where(Organisation.active.is_(True), ~has_current)
        .order_by(func.lower(Organisation.name))
    ).all()
