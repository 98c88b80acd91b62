"""The rules of what needs attention, written once as SQLAlchemy conditions: the dashboard's
statements (``repositories.dashboard``) and the services' lists are built from these, on every
engine, and the statements the app reads before SQLAlchemy is loaded are compiled from them
(``repositories.dashboard_sqlite``, kept equal by a test)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, exists, not_, or_, select

from popdesk.db.models import (
    Action,
    Agreement,
    Contact,
    Group,
    Representation,
    SpocAssignment,
)
from popdesk.domain.enums import ActionStatus, AgreementStatus
from popdesk.repositories.kept import organisation_last_engaged


def current_role() -> ColumnElement[bool]:
    return SpocAssignment.end_date.is_(None)


def vacant_role() -> ColumnElement[bool]:
    """A current SPOC role with our side or theirs empty."""
    return and_(
        current_role(),
        or_(SpocAssignment.our_spoc_id.is_(None), SpocAssignment.their_spoc_id.is_(None)),
    )


def stale_role(today: Any, since: Any) -> ColumnElement[bool]:
    """A current SPOC role overdue for review (``review_due`` before ``today``), or whose
    organisation has had no engagement since ``since``."""
    kept = organisation_last_engaged.c
    engaged = exists().where(
        kept.organisation_id == SpocAssignment.organisation_id, kept.occurred_at >= since
    )
    return and_(current_role(), or_(SpocAssignment.review_due < today, not_(engaged)))


def overdue_action(today: Any, *, due_today: bool = False) -> ColumnElement[bool]:
    """An open action due before ``today`` (with ``due_today``: on it)."""
    due = Action.due_date == today if due_today else Action.due_date < today
    return and_(Action.status == ActionStatus.OPEN, due)


def unrepresented_group() -> ColumnElement[bool]:
    """An active group with nobody currently representing us."""
    seated = exists(
        select(Representation.id).where(
            Representation.group_id == Group.id, Representation.end_date.is_(None)
        )
    )
    return and_(Group.active.is_(True), not_(seated))


def agreement_due(until: Any) -> ColumnElement[bool]:
    """A live agreement whose review falls on or before ``until``."""
    return and_(
        or_(
            Agreement.status == AgreementStatus.ACTIVE,
            Agreement.status == AgreementStatus.UNDER_REVIEW,
        ),
        Agreement.review_date.is_not(None),
        Agreement.review_date <= until,
    )


def contact_review_by(until: Any) -> ColumnElement[bool]:
    """A contact (active or not) whose data-protection review falls on or before ``until``:
    the contacts list's filter, which can show deactivated contacts too."""
    due: ColumnElement[bool] = Contact.review_due <= until
    return due


def contact_due(until: Any) -> ColumnElement[bool]:
    """An active contact whose data-protection review falls on or before ``until``."""
    return and_(Contact.active.is_(True), contact_review_by(until))
