"""Queries for erasing a partner contact (``services.retention``): the links that go with the
person, and the free text that mentions them."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from popdesk.db.models import StakeholderRating, group_member_contacts


def remove_ratings_and_memberships(session: Session, contact_id: uuid.UUID) -> int:
    """Delete the contact's stakeholder ratings and group memberships; how many went."""
    removed = 0
    for statement in (
        delete(StakeholderRating).where(StakeholderRating.contact_id == contact_id),
        delete(group_member_contacts).where(group_member_contacts.c.contact_id == contact_id),
    ):
        removed += session.execute(statement).rowcount or 0  # type: ignore[attr-defined]
    return removed


def holding(session: Session, model: Any, columns: Sequence[str], folded: Iterable[str]) -> Any:
    """The records of ``model`` whose free text in ``columns`` holds any of the ``folded``
    needles (folded as ``popdesk.domain.text.fold`` does), matched against the column folded
    by the store's ``popdesk_fold`` function: case and accents aside."""
    cols = [getattr(model, c) for c in columns]
    needles = list(folded)
    return session.scalars(
        select(model).where(
            or_(
                *(
                    func.popdesk_fold(col).contains(f, autoescape=True)
                    for col in cols
                    for f in needles
                )
            )
        )
    )
