"""Our own staff: officers and police staff, their posts, and who is in which."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import Any

from popdesk.db.models import StaffMember
from popdesk.domain import dto
from popdesk.domain.enums import AuditAction, StaffKind
from popdesk.domain.rules import enum_parser, parse_date
from popdesk.domain.validation import (
    NAME_MAX,
    QT_TRANSLATE_NOOP,
    SHORT_MAX,
    clean_text,
    normalise_email,
    normalise_phone,
    required_text,
)
from popdesk.errors import ValidationError
from popdesk.repositories import partners as repo
from popdesk.repositories.base import get
from popdesk.services import mappers
from popdesk.services.base import Service
from popdesk.services.partners import apply_fields, check_version

Parser = Callable[[Any], Any]

STAFF_FIELDS: Mapping[str, Parser] = {
    "name": lambda v: required_text(v, "Name", field="name", max_length=NAME_MAX),
    "kind": enum_parser(StaffKind, "Officer or staff", "kind"),
    "rank": lambda v: clean_text(v, "Rank or grade", field="rank", max_length=SHORT_MAX),
    "staff_number": lambda v: clean_text(
        v, "Collar or staff number", field="staff_number", max_length=20
    ),
    "post_role": lambda v: clean_text(v, "Post", field="post_role", max_length=NAME_MAX),
    "post_area": lambda v: clean_text(v, "Area", field="post_area", max_length=NAME_MAX),
    "team": lambda v: clean_text(v, "Team", field="team", max_length=NAME_MAX),
    "phone": lambda v: None if not v else normalise_phone(v),
    "email": lambda v: None if not v else normalise_email(v),
    "in_post_since": lambda v: parse_date(v, "In post since", "in_post_since"),
    "expected_move": lambda v: parse_date(v, "Expected move", "expected_move"),
}


class StaffService(Service):
    def create_staff(self, *, name: str, **fields: Any) -> dto.StaffDTO:
        with self._tx() as s:
            member = StaffMember(active=True, kind=StaffKind.OFFICER)
            apply_fields(member, STAFF_FIELDS, {"name": name, **fields})
            if member.staff_number and repo.staff_by_number(s, member.staff_number):
                raise ValidationError.worded(
                    QT_TRANSLATE_NOOP("Errors", "Collar or staff number {0} is already in use."),
                    member.staff_number,
                    field="staff_number",
                )
            s.add(member)
            s.flush()
            self.auditor.record(
                s, AuditAction.CREATE, "staff", member.id, f"Added staff member {member.name}"
            )
            return mappers.staff(member)

    def update_staff(
        self, staff_id: uuid.UUID, *, expected_version: int | None = None, **fields: Any
    ) -> dto.StaffDTO:
        with self._tx() as s:
            member = get(s, StaffMember, staff_id, "staff member")
            check_version(member, expected_version, "staff member")
            changed = apply_fields(member, STAFF_FIELDS, fields)
            if changed:
                s.flush()
                self.auditor.record(
                    s,
                    AuditAction.UPDATE,
                    "staff",
                    member.id,
                    f"Changed {', '.join(changed).replace('_', ' ')} of {member.name}",
                )
            return mappers.staff(member)

    def get_staff(self, staff_id: uuid.UUID | str) -> dto.StaffDTO:
        with self._tx() as s:
            return mappers.staff(get(s, StaffMember, staff_id, "staff member"))

    def staff_names(self) -> list[tuple[str, uuid.UUID]]:
        """(name, id) of every staff member, in name order, for pickers and filters."""
        with self._tx() as s:
            return repo.names(s, StaffMember)

    def list_staff(self, *, active: bool | None = None) -> list[dto.StaffDTO]:
        with self._tx() as s:
            return [mappers.staff(m) for m in repo.staff(s, active=active)]
