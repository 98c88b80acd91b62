"""The dashboard's statements, by name, built from the rules (``repositories.rules``). Each is
run with named values: ``today``, ``since``, ``until``, ``now`` and ``limit`` as the reads in
``repositories.dashboard`` give them."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from sqlalchemy import Date, Integer, Select, bindparam, func, select
from sqlalchemy.orm import Session, aliased

from popdesk.db.base import UtcDateTime
from popdesk.db.models import (
    Action,
    Agreement,
    Contact,
    Group,
    Handover,
    HandoverItem,
    Meeting,
    Organisation,
    SpocAssignment,
    StaffMember,
    Topic,
)
from popdesk.domain.enums import HandoverStatus, ItemStatus, MeetingStatus
from popdesk.repositories import rules
from popdesk.repositories.dashboard import COUNTED
from popdesk.repositories.kept import record_counts

TODAY = bindparam("today", type_=Date)
SINCE = bindparam("since", type_=UtcDateTime)
UNTIL = bindparam("until", type_=Date)
NOW = bindparam("now", type_=UtcDateTime)
UNTIL_MOMENT = bindparam("until", type_=UtcDateTime)
LIMIT = bindparam("limit", type_=Integer)


def _count(condition: object, entity: object) -> Select:  # type: ignore[type-arg]
    return select(func.count()).select_from(entity).where(condition)  # type: ignore[arg-type]


def _roles(condition: object) -> Select:  # type: ignore[type-arg]
    """The first ``limit`` roles matching ``condition`` in register order (organisation,
    topic): chosen first, then joined to the people, so only the lines shown are looked up."""
    order = (func.lower(Organisation.name), Topic.name, SpocAssignment.id)
    chosen = (
        select(SpocAssignment.id.label("id"))
        .join(Organisation, Organisation.id == SpocAssignment.organisation_id)
        .join(Topic, Topic.id == SpocAssignment.topic_id)
        .where(condition)  # type: ignore[arg-type]
        .order_by(*order)
        .limit(LIMIT)
        .subquery("chosen")
    )
    return (
        select(
            SpocAssignment.id,
            Organisation.name,
            Topic.name,
            StaffMember.name,
            Contact.name,
            SpocAssignment.review_due,
        )
        .select_from(chosen)
        .join(SpocAssignment, SpocAssignment.id == chosen.c.id)
        .join(Organisation, Organisation.id == SpocAssignment.organisation_id)
        .join(Topic, Topic.id == SpocAssignment.topic_id)
        .outerjoin(StaffMember, StaffMember.id == SpocAssignment.our_spoc_id)
        .outerjoin(Contact, Contact.id == SpocAssignment.their_spoc_id)
        .order_by(*order)
    )


def _actions(condition: object) -> Select:  # type: ignore[type-arg]
    return (
        select(
            Action.id,
            Action.description,
            func.coalesce(StaffMember.name, Contact.name),
            Action.due_date,
        )
        .outerjoin(StaffMember, StaffMember.id == Action.owner_staff_id)
        .outerjoin(Contact, Contact.id == Action.owner_contact_id)
        .where(condition)  # type: ignore[arg-type]
        .order_by(Action.due_date, Action.id)
        .limit(LIMIT)
    )


def _contacts_due() -> Select:  # type: ignore[type-arg]
    order = (func.lower(Contact.name), Contact.id)
    chosen = (
        select(Contact.id.label("id"))
        .where(rules.contact_due(UNTIL))
        .order_by(*order)
        .limit(LIMIT)
        .subquery("chosen")
    )
    return (
        select(Contact.id, Contact.name, Organisation.name, Contact.review_due)
        .select_from(chosen)
        .join(Contact, Contact.id == chosen.c.id)
        .outerjoin(Organisation, Organisation.id == Contact.organisation_id)
        .order_by(*order)
    )


def _handovers() -> Select:  # type: ignore[type-arg]
    outgoing, incoming = aliased(StaffMember), aliased(StaffMember)
    items = select(func.count()).where(HandoverItem.handover_id == Handover.id)
    return (
        select(
            Handover.id,
            Handover.post,
            outgoing.name,
            incoming.name,
            items.where(HandoverItem.status != ItemStatus.TODO).scalar_subquery(),
            items.scalar_subquery(),
        )
        .join(outgoing, outgoing.id == Handover.outgoing_staff_id)
        .outerjoin(incoming, incoming.id == Handover.incoming_staff_id)
        .where(Handover.status == HandoverStatus.IN_PROGRESS)
        .order_by(Handover.due_date.is_(None), Handover.due_date, Handover.id)
    )


@cache
def statements() -> dict[str, Select]:  # type: ignore[type-arg]
    from popdesk.db.base import Base

    tables = Base.metadata.tables
    found: dict[str, Select] = {  # type: ignore[type-arg]
        "kept_counts": select(record_counts.c.kind, record_counts.c.n),
        "overdue_actions": _actions(rules.overdue_action(TODAY)),
        "overdue_actions_count": _count(rules.overdue_action(TODAY), Action),
        "due_today_actions": _actions(rules.overdue_action(TODAY, due_today=True)),
        "due_today_actions_count": _count(rules.overdue_action(TODAY, due_today=True), Action),
        "vacant_roles": _roles(rules.vacant_role()),
        "vacant_roles_count": _count(rules.vacant_role(), SpocAssignment),
        "stale_roles": _roles(rules.stale_role(TODAY, SINCE)),
        "stale_roles_count": _count(rules.stale_role(TODAY, SINCE), SpocAssignment),
        "unrepresented_groups": select(Group.id, Group.name, Group.cadence)
        .where(rules.unrepresented_group())
        .order_by(func.lower(Group.name), Group.id)
        .limit(LIMIT),
        "unrepresented_groups_count": _count(rules.unrepresented_group(), Group),
        "upcoming_meetings": select(Meeting.id, Group.name, Meeting.venue, Meeting.starts_at)
        .join(Group, Group.id == Meeting.group_id)
        .where(
            Meeting.starts_at >= NOW,
            Meeting.starts_at < UNTIL_MOMENT,
            Meeting.status == MeetingStatus.SCHEDULED,
        )
        .order_by(Meeting.starts_at, Meeting.id),
        "handovers_in_progress": _handovers(),
        "agreements_due": select(Agreement.id, Agreement.title, Agreement.review_date)
        .where(rules.agreement_due(UNTIL))
        .order_by(func.lower(Agreement.title), Agreement.id),
        "contacts_due": _contacts_due(),
        "contacts_due_count": _count(rules.contact_due(UNTIL), Contact),
    }
    for table in COUNTED.values():
        found[f"count_{table}"] = select(func.count()).select_from(tables[table])
    return found


class SessionStatements:
    """The dashboard's statements run in a session, on whatever engine the store is on: the
    runner ``repositories.dashboard``'s reads take."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def __call__(self, name: str, params: dict[str, Any]) -> list[Sequence[Any]]:
        return list(self._session.execute(statements()[name], params).all())
