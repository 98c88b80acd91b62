"""Who is at the keyboard: a staff member of the store, named on ticks, sign-offs, the audit
log and the documents' footers instead of the computer's login."""

from __future__ import annotations

import uuid

from popdesk.domain import dto
from popdesk.domain.text import fold
from popdesk.domain.validation import QT_TRANSLATE_NOOP
from popdesk.errors import NotFound, PopdeskError, ValidationError
from popdesk.services import mappers
from popdesk.services.base import Service


class UserService(Service):
    def current(self) -> uuid.UUID | None:
        """The staff member using popdesk, or None while it is only the computer's login."""
        return self.context.user_id

    def identify(self, staff_id: uuid.UUID | str) -> dto.StaffDTO:
        """From now on, act as this staff member."""
        from popdesk.db.models import StaffMember
        from popdesk.repositories.base import get

        with self._tx() as s:
            staff = mappers.staff(get(s, StaffMember, staff_id, "staff member"))
        self.context.user_id = staff.id
        self.context.actor = staff.name
        return staff

    def recall(self, staff_id: str | None) -> dto.StaffDTO | None:
        """Act as the staff member remembered for this store, if they are still in it."""
        if not staff_id:
            return None
        try:
            return self.identify(staff_id)
        except (PopdeskError, ValueError):  # removed since, or not an id: the login stands in
            return None

    def forget(self) -> None:
        """Back to the computer's login (nobody chosen)."""
        self.context.user_id = None
        self.context.actor = self.context.login

    def find(self, typed: str) -> dto.StaffDTO:
        """The staff member ``typed`` names: an id, a collar or staff number, or a name (case
        and accents ignored) that names one person only."""
        from popdesk.repositories import partners as repo

        wanted = " ".join(typed.split())
        if not wanted:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Name the staff member using popdesk."), "staff"
            )
        with self._tx() as s:
            everyone = [mappers.staff(m) for m in repo.staff(s, active=None)]
        for person in everyone:
            if str(person.id) == wanted.lower() or person.staff_number == wanted:
                return person
        named = [p for p in everyone if fold(p.name) == fold(wanted)]
        if not named:
            named = [p for p in everyone if fold(wanted) in fold(p.name)]
        if len(named) == 1:
            return named[0]
        if not named:
            raise NotFound.worded(
                QT_TRANSLATE_NOOP(
                    "Errors", "No staff member is called or numbered '{0}'. Add them first."
                ),
                wanted,
            )
        raise ValidationError.worded(
            QT_TRANSLATE_NOOP(
                "Errors", "'{0}' could be any of {1}: give the staff number instead."
            ),
            wanted,
            ", ".join(f"{p.name} ({p.staff_number or p.id})" for p in named[:6]),
            field="staff",
        )
