"""The engagement log and follow-up actions."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from popdesk.db.models import (
    Action,
    Contact,
    Engagement,
    Handover,
    Meeting,
    Organisation,
    Problem,
    StaffMember,
    engagement_contacts,
    engagement_organisations,
)
from popdesk.domain import dto
from popdesk.domain.enums import ActionStatus, AuditAction, EngagementType
from popdesk.domain.rules import enum_parser, parse_date
from popdesk.domain.validation import (
    QT_TRANSLATE_NOOP,
    TEXT_MAX,
    TITLE_MAX,
    clean_text,
    required_text,
)
from popdesk.errors import Conflict, ValidationError
from popdesk.repositories import engagements as repo
from popdesk.repositories import problems as problem_repo
from popdesk.repositories.base import get
from popdesk.services import mappers
from popdesk.services.base import Service

ACTION_SOURCES: dict[str, type[Any]] = {
    "engagement": Engagement,
    "meeting": Meeting,
    "problem": Problem,
    "handover": Handover,
}


@dataclass(frozen=True)
class ActionInput:
    description: str
    owner_staff_id: uuid.UUID | None = None
    owner_contact_id: uuid.UUID | None = None
    due_date: date | str | None = None


class EngagementService(Service):
    def log(
        self,
        *,
        occurred_at: datetime,
        type: EngagementType | str,
        summary: str,
        staff_ids: Iterable[uuid.UUID] = (),
        contact_ids: Iterable[uuid.UUID] = (),
        organisation_ids: Iterable[uuid.UUID] = (),
        outcome: str | None = None,
        location: str | None = None,
        problem_id: uuid.UUID | None = None,
        meeting_id: uuid.UUID | None = None,
        actions: Sequence[ActionInput] = (),
    ) -> dto.EngagementDTO:
        """Record one engagement with its participants and follow-up actions, all or nothing."""
        if occurred_at.tzinfo is None:
            occurred_at = occurred_at.astimezone()
        if occurred_at > self.context.now() + timedelta(days=1):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The engagement log is for what has happened; that date is in the future.",
                ),
                "occurred_at",
            )
        with self._tx() as s:
            staff = [get(s, StaffMember, i, "staff member") for i in dict.fromkeys(staff_ids)]
            contacts = [get(s, Contact, i, "contact") for i in dict.fromkeys(contact_ids)]
            orgs = {
                o.id: o for o in (get(s, Organisation, i, "organisation") for i in organisation_ids)
            }
            for contact in contacts:  # a contact's organisation takes part with them
                if contact.organisation_id is not None and contact.organisation_id not in orgs:
                    orgs[contact.organisation_id] = get(
                        s, Organisation, contact.organisation_id, "organisation"
                    )
            if not staff:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Say which of our staff took part."), "staff"
                )
            if not contacts and not orgs:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Say which partner contact or organisation took part."
                    ),
                    "contacts",
                )
            engagement = Engagement(
                occurred_at=occurred_at,
                type=enum_parser(EngagementType, "Type", "type")(type),
                summary=required_text(
                    summary, "Summary", field="summary", max_length=TEXT_MAX, multiline=True
                ),
                outcome=clean_text(
                    outcome, "Outcome", field="outcome", max_length=TEXT_MAX, multiline=True
                ),
                location=clean_text(location, "Location", field="location", max_length=TITLE_MAX),
                problem_id=None
                if problem_id is None
                else get(s, Problem, problem_id, "problem").id,
                meeting_id=None
                if meeting_id is None
                else get(s, Meeting, meeting_id, "meeting").id,
                staff=staff,
                contacts=contacts,
                organisations=sorted(orgs.values(), key=lambda o: o.name),
            )
            s.add(engagement)
            s.flush()
            for item in actions:
                new_action(s, item, engagement_id=engagement.id)
            names = ", ".join(o.name for o in engagement.organisations)
            self.auditor.record(
                s,
                AuditAction.CREATE,
                "engagement",
                engagement.id,
                f"Logged {engagement.type.label.lower()} with {names or 'partners'}",
            )
            return self._dto(s, engagement)

    def get(self, engagement_id: uuid.UUID | str) -> dto.EngagementDTO:
        with self._tx() as s:
            engagement = get(
                s, Engagement, engagement_id, "engagement", options=list(repo.ENGAGEMENT_LOAD)
            )
            return self._dto(s, engagement)

    def list_engagements(self, **filters: Any) -> list[dto.EngagementDTO]:
        """Newest first. Filters: since, until, type, organisation_id, contact_id, staff_id,
        problem_id; paging: offset, limit."""
        with self._tx() as s:
            rows = repo.engagements(s, **filters)
            problems = {p.id: p for p in problem_repo.by_ids(s, {e.problem_id for e in rows})}
            return [mappers.engagement(e, problems.get(e.problem_id)) for e in rows]  # type: ignore[arg-type]

    def count(self) -> int:
        with self._tx() as s:
            return repo.count_engagements(s)

    def last_with_organisation(self, organisation_id: uuid.UUID) -> dto.LastEngagement:
        with self._tx() as s:
            org = get(s, Organisation, organisation_id, "organisation")
            found = repo.latest_with(s, engagement_organisations.c.organisation_id, org.id)
            return _last(mappers.ref(org), found)

    def last_with_contact(self, contact_id: uuid.UUID) -> dto.LastEngagement:
        with self._tx() as s:
            contact = get(s, Contact, contact_id, "contact")
            found = repo.latest_with(s, engagement_contacts.c.contact_id, contact.id)
            return _last(mappers.ref(contact), found)

    def _dto(self, s: Session, e: Engagement) -> dto.EngagementDTO:
        problem = None if e.problem_id is None else s.get(Problem, e.problem_id)
        return mappers.engagement(e, problem)


class ActionService(Service):
    def create(
        self,
        *,
        description: str,
        owner_staff_id: uuid.UUID | None = None,
        owner_contact_id: uuid.UUID | None = None,
        due_date: date | str | None = None,
        source: tuple[str, uuid.UUID] | None = None,
    ) -> dto.ActionDTO:
        with self._tx() as s:
            links: dict[str, uuid.UUID] = {}
            if source is not None:
                kind, source_id = source
                if kind not in ACTION_SOURCES:
                    raise ValidationError.worded(
                        QT_TRANSLATE_NOOP("Errors", "Actions cannot come from a {0}."),
                        kind,
                    )
                links[f"{kind}_id"] = get(s, ACTION_SOURCES[kind], source_id, kind).id
            item = ActionInput(description, owner_staff_id, owner_contact_id, due_date)
            action = new_action(s, item, **links)
            self.auditor.record(
                s,
                AuditAction.CREATE,
                "action",
                action.id,
                "Added an action",
            )
            return mappers.action(action, self.context.today())

    def complete(self, action_id: uuid.UUID, *, on: date | None = None) -> dto.ActionDTO:
        return self._set_status(action_id, ActionStatus.DONE, on or self.context.today())

    def cancel(self, action_id: uuid.UUID) -> dto.ActionDTO:
        return self._set_status(action_id, ActionStatus.CANCELLED, None)

    def reopen(self, action_id: uuid.UUID) -> dto.ActionDTO:
        return self._set_status(action_id, ActionStatus.OPEN, None)

    def get(self, action_id: uuid.UUID | str) -> dto.ActionDTO:
        with self._tx() as s:
            action = get(s, Action, action_id, "action", options=list(repo.ACTION_LOAD))
            return mappers.action(action, self.context.today())

    def list_actions(self, **filters: Any) -> list[dto.ActionDTO]:
        """Soonest due first. Filters: status, staff_id, contact_id, source; offset, limit."""
        today = self.context.today()
        with self._tx() as s:
            return [mappers.action(a, today) for a in repo.actions(s, **filters)]

    def contact_owners(self) -> list[tuple[str, uuid.UUID]]:
        """Partner contacts who own actions, for the owner filter beside our staff."""
        with self._tx() as s:
            return repo.contact_owners(s)

    def open_for(
        self, *, staff_id: uuid.UUID | None = None, contact_id: uuid.UUID | None = None
    ) -> list[dto.ActionDTO]:
        if (staff_id is None) == (contact_id is None):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Give one owner: a staff member or a contact.")
            )
        return self.list_actions(status=ActionStatus.OPEN, staff_id=staff_id, contact_id=contact_id)

    def overdue(self, limit: int | None = None) -> list[dto.ActionDTO]:
        """Open actions past their due date, longest overdue first."""
        today = self.context.today()
        with self._tx() as s:
            return [
                mappers.action(a, today) for a in repo.actions(s, overdue_on=today, limit=limit)
            ]

    def count_overdue(self) -> int:
        with self._tx() as s:
            return repo.count_overdue(s, self.context.today())

    def open_by_owner(self) -> dict[str, list[dto.ActionDTO]]:
        """Open actions grouped under their owner's name (unowned ones under "No owner")."""
        grouped: dict[str, list[dto.ActionDTO]] = {}
        for action in self.list_actions(status=ActionStatus.OPEN):
            grouped.setdefault(action.owner.name if action.owner else "No owner", []).append(action)
        return dict(sorted(grouped.items(), key=lambda kv: kv[0].casefold()))

    def open_for_organisation(self, organisation_id: uuid.UUID) -> list[dto.ActionDTO]:
        today = self.context.today()
        with self._tx() as s:
            return [
                mappers.action(a, today)
                for a in repo.open_actions_for_organisation(s, organisation_id)
            ]

    def _set_status(
        self, action_id: uuid.UUID, status: ActionStatus, on: date | None
    ) -> dto.ActionDTO:
        with self._tx() as s:
            action = get(s, Action, action_id, "action", options=list(repo.ACTION_LOAD))
            if action.status is ActionStatus.HANDED_OVER:
                raise Conflict(
                    QT_TRANSLATE_NOOP(
                        "Errors", "This action was handed over; change its continuation instead."
                    )
                )
            if action.status is not status:
                action.status = status
                action.completed_on = on
                s.flush()
                self.auditor.record(
                    s,
                    AuditAction.UPDATE,
                    "action",
                    action.id,
                    f"Marked an action {status.label.lower()}",
                )
            return mappers.action(action, self.context.today())


def new_action(s: Session, item: ActionInput, **links: uuid.UUID) -> Action:
    """Add one action inside the caller's transaction (an engagement's, a meeting's ...)."""
    if item.owner_staff_id is not None and item.owner_contact_id is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "An action has one owner: a staff member or a contact, not both."
            ),
            "owner",
        )
    action = Action(
        description=required_text(
            item.description, "Action", field="description", max_length=TEXT_MAX, multiline=True
        ),
        owner_staff=None
        if item.owner_staff_id is None
        else get(s, StaffMember, item.owner_staff_id, "staff member"),
        owner_contact=None
        if item.owner_contact_id is None
        else get(s, Contact, item.owner_contact_id, "contact"),
        due_date=parse_date(item.due_date, "Due date", "due_date"),
        status=ActionStatus.OPEN,
        **links,
    )
    s.add(action)
    s.flush()
    return action


def _last(subject: dto.Ref, found: Engagement | None) -> dto.LastEngagement:
    if found is None:
        return dto.LastEngagement(subject, None, None, None, None)
    return dto.LastEngagement(subject, found.id, found.occurred_at, found.type, found.summary)
