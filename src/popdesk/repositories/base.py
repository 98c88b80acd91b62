"""Fetching one record by id, with a NotFound a user can read."""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from popdesk.domain.validation import QT_TRANSLATE_NOOP
from popdesk.errors import NotFound, ValidationError

T = TypeVar("T")


def as_uuid(value: uuid.UUID | str, label: str = "id") -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value).strip())
    except ValueError:
        raise ValidationError.worded(
            QT_TRANSLATE_NOOP("Errors", "'{0}' is not a valid {1}."),
            value,
            label,
        ) from None


def get(session: Session, model: type[T], record_id: uuid.UUID | str, what: str, **opts: Any) -> T:
    """Load one record; with loader ``options`` it is read afresh, so a record created or
    changed earlier in the same transaction comes back with those relationships loaded."""
    if "options" in opts:
        opts.setdefault("populate_existing", True)
    found = session.get(model, as_uuid(record_id, f"{what} id"), **opts)
    if found is None:
        raise NotFound.worded(
            QT_TRANSLATE_NOOP("Errors", "No {0} with id {1}."),
            what,
            record_id,
        )
    return found
