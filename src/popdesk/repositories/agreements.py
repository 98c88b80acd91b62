"""Queries over data-sharing agreements."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from popdesk.db.models import Agreement, AgreementParty
from popdesk.repositories import rules

AGREEMENT_LOAD = (
    joinedload(Agreement.owner_staff),
    selectinload(Agreement.parties).joinedload(AgreementParty.organisation),
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
