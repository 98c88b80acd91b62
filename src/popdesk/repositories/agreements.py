"""Queries over data-sharing agreements and the data partners hold."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from popdesk.db.models import Agreement, AgreementParty, DataSource
from popdesk.repositories import rules

AGREEMENT_LOAD = (
    joinedload(Agreement.owner_staff),
    selectinload(Agreement.parties).joinedload(AgreementParty.organisation),
)


def agreements(session: Session) -> Sequence[Agreement]:
    """Every agreement, in title order."""
    return (
        session.scalars(
            select(Agreement).options(*AGREEMENT_LOAD).order_by(func.lower(Agreement.title))
        )
        .unique()
        .all()
    )


def due_for_review(session: Session, until: date) -> Sequence[Agreement]:
    """Live agreements whose review falls on or before ``until``, in title order (as the
    dashboard lists them)."""
    return (
        session.scalars(
            select(Agreement)
            .options(*AGREEMENT_LOAD)
            .where(rules.agreement_due(until))
            .order_by(func.lower(Agreement.title), Agreement.id)
        )
        .unique()
        .all()
    )


def data_sources(
    session: Session, organisation_id: uuid.UUID | None = None
) -> Sequence[DataSource]:
    """Which partner holds which data (of one organisation, or all), by the data's name."""
    query = select(DataSource).options(joinedload(DataSource.organisation))
    if organisation_id is not None:
        query = query.where(DataSource.organisation_id == organisation_id)
    return session.scalars(query.order_by(DataSource.name)).all()
