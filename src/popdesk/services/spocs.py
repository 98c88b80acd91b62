"""Single points of contact: at most one current assignment per organisation and topic.

Reassigning ends the current assignment and starts a new one, so who held the role, and
when, stays in the history.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from popdesk.db.models import Contact, Organisation, SpocAssignment, StaffMember, Topic
from popdesk.domain import dto
from popdesk.domain.enums import AuditAction
from popdesk.domain.rules import (
    SPOC_REVIEW_DAYS,
    SPOC_STALE_DAYS,
    SUGGESTED_TOPICS,
    parse_date,
    review_due_from,
)
from popdesk.domain.validation import (
    QT_TRANSLATE_NOOP,
    SHORT_MAX,
    TEXT_MAX,
    clean_text,
    required_text,
)
from popdesk.errors import Conflict, ValidationError
from popdesk.repositories import partners as partner_repo
from popdesk.repositories import spoc as repo
from popdesk.repositories.base import get
from popdesk.services import mappers
from popdesk.services.base import Service


class SpocService(Service):
    def topics(self) -> list[str]:
        with self._tx() as s:
            known = [t.name for t in partner_repo.topics(s)]
        return sorted(set(known) | set(SUGGESTED_TOPICS), key=str.casefold)

    def assign(
        self,
        *,
        organisation_id: uuid.UUID,
        topic: str,
        our_spoc_id: uuid.UUID | None = None,
        their_spoc_id: uuid.UUID | None = None,
        our_deputy_ids: Iterable[uuid.UUID] = (),
        their_deputy_ids: Iterable[uuid.UUID] = (),
        start_date: date | str | None = None,
        review_due: date | str | None = None,
        notes: str | None = None,
        reason: str = "Reassigned",
    ) -> dto.SpocDTO:
        """Make (organisation, topic)'s current SPOC assignment this one, ending any before it."""
        today = self.context.today()
        with self._tx() as s:
            org = get(s, Organisation, organisation_id, "organisation")
            if not org.active:
                raise ValidationError.worded(
                    QT_TRANSLATE_NOOP("Errors", "{0} is deactivated; reactivate it first."),
                    org.name,
                )
            start = parse_date(start_date, "Start date", "start_date") or today
            topic_row = self._topic(s, topic)
            ours = self._staff(s, our_spoc_id)
            theirs = self._contact(s, their_spoc_id, org)
            deputies_ours = [self._staff(s, d) for d in dict.fromkeys(our_deputy_ids)]
            deputies_theirs = [self._contact(s, d, org) for d in dict.fromkeys(their_deputy_ids)]
            if ours is not None and ours in deputies_ours:
                raise ValidationError.worded(
                    QT_TRANSLATE_NOOP("Errors", "{0} cannot be both SPOC and deputy."),
                    ours.name,
                    field="our_deputies",
                )
            if theirs is not None and theirs in deputies_theirs:
                raise ValidationError.worded(
                    QT_TRANSLATE_NOOP("Errors", "{0} cannot be both SPOC and deputy."),
                    theirs.name,
                    field="their_deputies",
                )

            old = repo.current_for(s, org.id, topic_row.id)
            if old is not None:
                self._end(s, old, start, reason)
            assignment = SpocAssignment(
                organisation=org,
                topic=topic_row,
                our_spoc=ours,
                their_spoc=theirs,
                our_deputies=[d for d in deputies_ours if d is not None],
                their_deputies=[d for d in deputies_theirs if d is not None],
                start_date=start,
                review_due=parse_date(review_due, "Review due", "review_due")
                or review_due_from(start, SPOC_REVIEW_DAYS),
                last_reviewed=start,
                notes=clean_text(notes, "Notes", max_length=TEXT_MAX, multiline=True),
            )
            s.add(assignment)
            s.flush()
            who = (
                f"ours {ours.name if ours else 'vacant'}, theirs {'named' if theirs else 'vacant'}"
            )
            self.auditor.record(
                s,
                AuditAction.CREATE,
                "spoc_assignment",
                assignment.id,
                f"SPOC for {org.name}, {topic_row.name}: {who}",
            )
            return mappers.spoc(assignment, today)

    def end(
        self, assignment_id: uuid.UUID, *, end_date: date | None = None, reason: str
    ) -> dto.SpocDTO:
        with self._tx() as s:
            assignment = self._assignment(s, assignment_id)
            if assignment.end_date is not None:
                raise Conflict(
                    QT_TRANSLATE_NOOP("Errors", "That SPOC assignment has already ended.")
                )
            self._end(s, assignment, end_date or self.context.today(), reason)
            return mappers.spoc(assignment, self.context.today())

    def mark_reviewed(
        self, assignment_id: uuid.UUID, *, next_review: date | None = None
    ) -> dto.SpocDTO:
        """Record that the assignment was confirmed with the partner today."""
        today = self.context.today()
        with self._tx() as s:
            assignment = self._assignment(s, assignment_id)
            if assignment.end_date is not None:
                raise Conflict(
                    QT_TRANSLATE_NOOP(
                        "Errors", "That SPOC assignment has ended; reviews apply to current ones."
                    )
                )
            assignment.last_reviewed = today
            assignment.review_due = next_review or review_due_from(today, SPOC_REVIEW_DAYS)
            s.flush()
            self.auditor.record(
                s,
                AuditAction.UPDATE,
                "spoc_assignment",
                assignment.id,
                f"Reviewed SPOC for {assignment.organisation.name}, {assignment.topic.name}",
            )
            return mappers.spoc(assignment, today)

    def get(self, assignment_id: uuid.UUID | str) -> dto.SpocDTO:
        with self._tx() as s:
            return mappers.spoc(self._assignment(s, assignment_id), self.context.today())

    def list_current(
        self,
        *,
        organisation_id: uuid.UUID | None = None,
        staff_id: uuid.UUID | None = None,
        contact_id: uuid.UUID | None = None,
    ) -> list[dto.SpocDTO]:
        today = self.context.today()
        with self._tx() as s:
            rows = repo.current(
                s, organisation_id=organisation_id, staff_id=staff_id, contact_id=contact_id
            )
            return [mappers.spoc(a, today) for a in rows]

    def history(self, organisation_id: uuid.UUID, topic: str) -> list[dto.SpocDTO]:
        """Every assignment for (organisation, topic), the current one first, then newest."""
        today = self.context.today()
        with self._tx() as s:
            topic_row = partner_repo.topic_by_key(s, _topic_key(topic))
            if topic_row is None:
                return []
            return [mappers.spoc(a, today) for a in repo.history(s, organisation_id, topic_row.id)]

    def list_vacant(self) -> list[dto.SpocDTO]:
        """Current assignments with our side or theirs unfilled."""
        return self.vacant()[1]

    def vacant(self, limit: int | None = None) -> tuple[int, list[dto.SpocDTO]]:
        """How many current assignments have a side unfilled, and the first ``limit`` of them
        in register order."""
        today = self.context.today()
        with self._tx() as s:
            rows = repo.vacant(s, limit)
            total = len(rows) if limit is None else repo.count_vacant(s)
            return total, [mappers.spoc(a, today) for a in rows]

    def list_review_overdue(self) -> list[dto.SpocDTO]:
        today = self.context.today()
        with self._tx() as s:
            return [mappers.spoc(a, today) for a in repo.review_overdue(s, today)]

    def list_stale(
        self, days: int = SPOC_STALE_DAYS, limit: int | None = None
    ) -> list[dto.SpocDTO]:
        """Current assignments overdue for review, or with no engagement with the partner in
        ``days`` days."""
        return self.stale(days, limit)[1]

    def stale(
        self, days: int = SPOC_STALE_DAYS, limit: int | None = None
    ) -> tuple[int, list[dto.SpocDTO]]:
        """How many assignments are stale, and the first ``limit`` of them."""
        today = self.context.today()
        since = datetime.combine(today - timedelta(days=days), datetime.min.time()).astimezone()
        with self._tx() as s:
            total, rows = repo.stale(s, today, since, limit)
            return total, [mappers.spoc(a, today) for a in rows]

    def organisations_without_spoc(self) -> list[dto.OrganisationDTO]:
        with self._tx() as s:
            return [mappers.organisation(o) for o in repo.organisations_without_spoc(s)]

    # helpers ----------------------------------------------------------------------------

    def _end(self, s: Session, assignment: SpocAssignment, end: date, reason: str) -> None:
        if end < assignment.start_date:
            raise ValidationError.worded(
                QT_TRANSLATE_NOOP(
                    "Errors", "The assignment started on {0:%d %b %Y}; it cannot end before then."
                ),
                assignment.start_date,
                field="end_date",
            )
        assignment.end_date = end
        assignment.end_reason = clean_text(reason, "Reason", max_length=200)
        s.flush()
        self.auditor.record(
            s,
            AuditAction.UPDATE,
            "spoc_assignment",
            assignment.id,
            f"Ended SPOC for {assignment.organisation.name}, {assignment.topic.name}",
        )

    def _assignment(self, s: Session, assignment_id: uuid.UUID | str) -> SpocAssignment:
        return get(
            s, SpocAssignment, assignment_id, "SPOC assignment", options=list(repo.SPOC_LOAD)
        )

    def _topic(self, s: Session, name: str) -> Topic:
        clean = required_text(name, "Topic", field="topic", max_length=SHORT_MAX)
        found = partner_repo.topic_by_key(s, _topic_key(clean))
        if found is None:
            found = Topic(name=clean, name_key=_topic_key(clean))
            s.add(found)
            s.flush()
        return found

    def _staff(self, s: Session, staff_id: uuid.UUID | None) -> StaffMember | None:
        if staff_id is None:
            return None
        member = get(s, StaffMember, staff_id, "staff member")
        if not member.active:
            raise ValidationError.worded(
                QT_TRANSLATE_NOOP("Errors", "{0} is no longer active."),
                member.name,
                field="our_spoc",
            )
        return member

    def _contact(
        self, s: Session, contact_id: uuid.UUID | None, org: Organisation
    ) -> Contact | None:
        if contact_id is None:
            return None
        contact = get(s, Contact, contact_id, "contact")
        if not contact.active:
            raise ValidationError.worded(
                QT_TRANSLATE_NOOP("Errors", "{0} is no longer active."),
                contact.name,
                field="their_spoc",
            )
        if contact.organisation_id != org.id:
            raise ValidationError.worded(
                QT_TRANSLATE_NOOP("Errors", "{0} does not work for {1}."),
                contact.name,
                org.name,
                field="their_spoc",
            )
        return contact


def _topic_key(name: str) -> str:
    return " ".join(name.split()).casefold()
