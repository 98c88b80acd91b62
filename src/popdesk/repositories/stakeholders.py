"""Queries over stakeholder ratings."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from popdesk.db.models import StakeholderRating


def rating_of(
    session: Session,
    *,
    organisation_id: uuid.UUID | None = None,
    contact_id: uuid.UUID | None = None,
    problem_id: uuid.UUID | None = None,
) -> StakeholderRating | None:
    """The rating of one organisation (or, without one, of one contact), for one problem or
    (without one) overall; None if there is none yet."""
    return session.scalars(
        select(StakeholderRating).where(
            StakeholderRating.organisation_id == organisation_id
            if organisation_id is not None
            else StakeholderRating.contact_id == contact_id,
            StakeholderRating.problem_id.is_(None)
            if problem_id is None
            else StakeholderRating.problem_id == problem_id,
        )
    ).first()


def ratings(session: Session, problem_id: uuid.UUID | None = None) -> Sequence[StakeholderRating]:
    """Every rating for one problem, or (without one) every overall rating."""
    return session.scalars(
        select(StakeholderRating).where(
            StakeholderRating.problem_id.is_(None)
            if problem_id is None
            else StakeholderRating.problem_id == problem_id
        )
    ).all()
