"""Moving what one staff member holds to their successor, keeping the history.

SPOC roles and group seats are ended and started afresh for the successor; open actions are
marked handed over and continued by a new action; problem leads and agreement owners change.
Runs inside the caller's transaction (``HandoverService.complete``), so it is all or nothing.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.orm import Session

from popdesk.db.models import Action, Representation, StaffMember
from popdesk.domain import dto
from popdesk.domain.enums import ActionStatus, AuditAction, ItemKind
from popdesk.repositories import groups as group_repo
from popdesk.repositories import handovers as repo
from popdesk.services.base import Auditor
from popdesk.services.spocs import SpocService


def transfer_roles(
    s: Session,
    auditor: Auditor,
    spocs: SpocService,
    handover_id: uuid.UUID,
    outgoing: StaffMember,
    incoming: StaffMember,
    day: date,
) -> None:
    """Move what ``outgoing`` holds to ``incoming`` in the open transaction ``s``: SPOC roles
    through ``spocs.assign`` (which joins it: ``spocs`` must share the caller's unit of work),
    the rest here, each change recorded by ``auditor``."""
    reason = f"Handed over to {incoming.name}"
    for a in repo.spoc_roles(s, outgoing.id):
        spocs.assign(
            organisation_id=a.organisation_id,
            topic=a.topic.name,
            our_spoc_id=incoming.id,
            their_spoc_id=a.their_spoc_id,
            our_deputy_ids=[d.id for d in a.our_deputies if d.id != incoming.id],
            their_deputy_ids=[d.id for d in a.their_deputies],
            start_date=max(day, a.start_date),
            review_due=a.review_due,
            notes=a.notes,
            reason=reason,
        )
    for a in repo.deputy_roles(s, outgoing.id):
        keep = [d for d in a.our_deputies if d.id != outgoing.id]
        if a.our_spoc_id != incoming.id and incoming not in keep:
            keep.append(incoming)
        a.our_deputies = keep
        auditor.record(
            s,
            AuditAction.UPDATE,
            "spoc_assignment",
            a.id,
            f"Deputy SPOC for {a.organisation.name}, {a.topic.name}: {reason}",
        )
    for seat in group_repo.representations(s, staff_id=outgoing.id, current=True):
        seat.end_date = max(day, seat.start_date)
        seat.end_reason = reason
        already = group_repo.representations(
            s, group_ids=[seat.group_id], staff_id=incoming.id, current=True
        )
        if not already:
            s.add(
                Representation(
                    group_id=seat.group_id,
                    staff=incoming,
                    role=seat.role,
                    start_date=seat.end_date,
                )
            )
        auditor.record(
            s,
            AuditAction.UPDATE,
            "representation",
            seat.id,
            f"Seat on {seat.group.name}: {reason}",
        )
    for action in repo.open_actions(s, outgoing.id):
        continuation = Action(
            description=action.description,
            owner_staff=incoming,
            due_date=action.due_date,
            status=ActionStatus.OPEN,
            engagement_id=action.engagement_id,
            meeting_id=action.meeting_id,
            problem_id=action.problem_id,
            handover_id=handover_id,
        )
        s.add(continuation)
        s.flush()
        action.status = ActionStatus.HANDED_OVER
        action.completed_on = day
        action.continued_by_id = continuation.id
        auditor.record(
            s,
            AuditAction.UPDATE,
            "action",
            action.id,
            f"Action {reason.lower()}",
        )
    for problem in repo.live_problems(s, outgoing.id):
        problem.lead_staff_id = incoming.id
        auditor.record(
            s,
            AuditAction.UPDATE,
            "problem",
            problem.id,
            f"Lead on a problem: {reason}",
        )
    for agreement in repo.agreements(s, outgoing.id):
        agreement.owner_staff_id = incoming.id
        auditor.record(
            s,
            AuditAction.UPDATE,
            "agreement",
            agreement.id,
            f"Owner of an agreement: {reason}",
        )


def moves_for(s: Session, staff_id: uuid.UUID) -> list[dto.HandoverMove]:
    moves = [
        dto.HandoverMove(ItemKind.SPOC, a.id, f"SPOC for {a.organisation.name}: {a.topic.name}")
        for a in repo.spoc_roles(s, staff_id)
    ]
    moves += [
        dto.HandoverMove(
            ItemKind.SPOC, a.id, f"Deputy SPOC for {a.organisation.name}: {a.topic.name}"
        )
        for a in repo.deputy_roles(s, staff_id)
    ]
    moves += [
        dto.HandoverMove(
            ItemKind.REPRESENTATION, r.id, f"Seat on {r.group.name} ({r.role.label.lower()})"
        )
        for r in group_repo.representations(s, staff_id=staff_id, current=True)
    ]
    moves += [
        dto.HandoverMove(ItemKind.ACTION, a.id, a.description)
        for a in repo.open_actions(s, staff_id)
    ]
    moves += [
        dto.HandoverMove(ItemKind.PROBLEM, p.id, f"Lead on problem: {p.title}")
        for p in repo.live_problems(s, staff_id)
    ]
    moves += [
        dto.HandoverMove(ItemKind.AGREEMENT, a.id, f"Owner of agreement: {a.title}")
        for a in repo.agreements(s, staff_id)
    ]
    return moves
