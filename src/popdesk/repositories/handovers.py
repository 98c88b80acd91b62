"""Queries over handovers and checklist templates, and what a staff member holds."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, joinedload, selectinload

from popdesk.db.models import (
    Action,
    Agreement,
    ChecklistTemplate,
    Handover,
    Problem,
    SpocAssignment,
    spoc_our_deputies,
)
from popdesk.domain.enums import ActionStatus, AgreementStatus, HandoverStatus, ProblemStatus
from popdesk.repositories.engagements import ACTION_LOAD
from popdesk.repositories.spoc import SPOC_LOAD

HANDOVER_LOAD = (
    joinedload(Handover.outgoing),
    joinedload(Handover.incoming),
    joinedload(Handover.supervisor),
    selectinload(Handover.items),
    selectinload(Handover.signoffs),
)
OPEN_STATES = (HandoverStatus.DRAFT, HandoverStatus.IN_PROGRESS)


def handovers(session: Session, *, status: HandoverStatus | None = None) -> Sequence[Handover]:
    query = select(Handover).options(*HANDOVER_LOAD)
    if status is not None:
        query = query.where(Handover.status == status)
    return (
        session.scalars(query.order_by(Handover.due_date.is_(None), Handover.due_date))
        .unique()
        .all()
    )


def count_in_progress(session: Session) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(Handover)
            .where(Handover.status == HandoverStatus.IN_PROGRESS)
        )
        or 0
    )


def open_for(session: Session, staff_id: uuid.UUID) -> Handover | None:
    return session.scalars(
        select(Handover).where(
            Handover.outgoing_staff_id == staff_id, Handover.status.in_(OPEN_STATES)
        )
    ).first()


def spoc_roles(session: Session, staff_id: uuid.UUID) -> Sequence[SpocAssignment]:
    return (
        session.scalars(
            select(SpocAssignment)
            .options(*SPOC_LOAD)
            .where(SpocAssignment.end_date.is_(None), SpocAssignment.our_spoc_id == staff_id)
        )
        .unique()
        .all()
    )


def deputy_roles(session: Session, staff_id: uuid.UUID) -> Sequence[SpocAssignment]:
    deputies = select(spoc_our_deputies.c.assignment_id).where(
        spoc_our_deputies.c.staff_id == staff_id
    )
    return (
        session.scalars(
            select(SpocAssignment)
            .options(*SPOC_LOAD)
            .where(SpocAssignment.end_date.is_(None), SpocAssignment.id.in_(deputies))
        )
        .unique()
        .all()
    )


def open_actions(session: Session, staff_id: uuid.UUID) -> Sequence[Action]:
    return session.scalars(
        select(Action)
        .options(*ACTION_LOAD)
        .where(Action.owner_staff_id == staff_id, Action.status == ActionStatus.OPEN)
        .order_by(Action.due_date.is_(None), Action.due_date)
    ).all()


def live_problems(session: Session, staff_id: uuid.UUID) -> Sequence[Problem]:
    return session.scalars(
        select(Problem)
        .where(Problem.lead_staff_id == staff_id, Problem.status == ProblemStatus.LIVE)
        .order_by(Problem.title)
    ).all()


def agreements(session: Session, staff_id: uuid.UUID) -> Sequence[Agreement]:
    return session.scalars(
        select(Agreement)
        .where(
            Agreement.owner_staff_id == staff_id,
            or_(
                Agreement.status.in_(
                    (AgreementStatus.DRAFT, AgreementStatus.ACTIVE, AgreementStatus.UNDER_REVIEW)
                )
            ),
        )
        .order_by(Agreement.title)
    ).all()


def templates(session: Session) -> Sequence[ChecklistTemplate]:
    return session.scalars(
        select(ChecklistTemplate)
        .options(selectinload(ChecklistTemplate.items))
        .order_by(ChecklistTemplate.is_default.desc(), ChecklistTemplate.name)
    ).all()
