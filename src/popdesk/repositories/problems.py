"""Queries over problems worked with partners."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from popdesk.db.models import Problem, ProblemPartner
from popdesk.domain.enums import ProblemStatus

PROBLEM_LOAD = (
    joinedload(Problem.neighbourhood),
    joinedload(Problem.lead_staff),
    selectinload(Problem.partners).joinedload(ProblemPartner.organisation),
    selectinload(Problem.partners).joinedload(ProblemPartner.contact),
)


def problems(
    session: Session,
    *,
    status: ProblemStatus | None = None,
    lead_staff_id: uuid.UUID | None = None,
) -> Sequence[Problem]:
    """Problems (of one status, or led by one staff member), in title order."""
    query = select(Problem).options(*PROBLEM_LOAD)
    if status is not None:
        query = query.where(Problem.status == status)
    if lead_staff_id is not None:
        query = query.where(Problem.lead_staff_id == lead_staff_id)
    return session.scalars(query.order_by(func.lower(Problem.title))).unique().all()


def by_ids(session: Session, ids: Iterable[uuid.UUID | None]) -> Sequence[Problem]:
    """The problems with these ids (None among them is passed over), in no particular order."""
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return []
    return session.scalars(select(Problem).where(Problem.id.in_(wanted))).all()
