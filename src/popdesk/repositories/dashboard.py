"""The dashboard's reads, in plain SQL over a DB-API connection.

The dashboard is the first thing popdesk shows, so its lines are read without the ORM: the app
can fill it from a bare SQLCipher connection before SQLAlchemy and the models are loaded, and the
dashboard service runs the same statements on a session's connection afterwards. Every section
is counted in the store and lists at most ``limit`` lines; ``tests/unit/test_dashboard_reads.py``
holds each section equal to what the services return for the same question.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, Generic, Protocol, TypeVar

from popdesk.domain.enums import (
    ActionStatus,
    AgreementStatus,
    Cadence,
    HandoverStatus,
    ItemStatus,
    MeetingStatus,
)
from popdesk.domain.rules import SPOC_STALE_DAYS

CONTACT_REVIEW_NOTICE_DAYS = 30
AGREEMENT_REVIEW_NOTICE_DAYS = 30
MEETING_DAYS = 14
SHOWN = 100

# What the dashboard counts, by the name it shows, and the table each lives in.
COUNTED = {
    "organisations": "organisations",
    "contacts": "contacts",
    "staff": "staff",
    "spocs": "spoc_assignments",
    "groups": "groups",
    "meetings": "meetings",
    "engagements": "engagements",
    "actions": "actions",
    "problems": "problems",
    "agreements": "agreements",
    "handovers": "handovers",
    "audit entries": "audit_entries",
}


class Connection(Protocol):
    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Any: ...


@dataclass(frozen=True)
class OverdueAction:
    id: uuid.UUID
    description: str
    owner: str | None
    due_date: date


@dataclass(frozen=True)
class Role:
    """A current SPOC assignment as the dashboard lists it."""

    id: uuid.UUID
    organisation: str
    topic: str
    our_spoc: str | None
    their_spoc: str | None
    review_due: date
    review_overdue: bool

    @property
    def name(self) -> str:
        return f"{self.organisation}: {self.topic}"


@dataclass(frozen=True)
class QuietGroup:
    id: uuid.UUID
    name: str
    cadence: Cadence


@dataclass(frozen=True)
class UpcomingMeeting:
    id: uuid.UUID
    group: str
    venue: str | None
    starts_at: datetime


@dataclass(frozen=True)
class OpenHandover:
    id: uuid.UUID
    post: str
    outgoing: str
    incoming: str | None
    done: int
    total: int


@dataclass(frozen=True)
class AgreementDue:
    id: uuid.UUID
    title: str
    review_date: date


@dataclass(frozen=True)
class ContactDue:
    id: uuid.UUID
    name: str
    organisation: str | None
    review_due: date


T = TypeVar("T")


@dataclass(frozen=True)
class Section(Generic[T]):
    total: int  # how many there are in the store; ``lines`` holds the first of them
    lines: list[T] = field(default_factory=list)


@dataclass(frozen=True)
class Dashboard:
    overdue_actions: Section[OverdueAction]
    vacant_roles: Section[Role]
    stale_roles: Section[Role]
    unrepresented_groups: Section[QuietGroup]
    upcoming_meetings: Section[UpcomingMeeting]
    handovers_in_progress: Section[OpenHandover]
    agreements_due: Section[AgreementDue]
    contacts_due: Section[ContactDue]
    counts: dict[str, int]


def read(conn: Connection, now: datetime, limit: int = SHOWN) -> Dashboard:
    """Everything the dashboard shows, as at ``now`` (an aware datetime)."""
    today = now.astimezone().date()
    return Dashboard(
        overdue_actions=overdue_actions(conn, today, limit),
        vacant_roles=vacant_roles(conn, today, limit),
        stale_roles=stale_roles(conn, today, limit),
        unrepresented_groups=unrepresented_groups(conn, limit),
        upcoming_meetings=upcoming_meetings(conn, now),
        handovers_in_progress=handovers_in_progress(conn),
        agreements_due=agreements_due(conn, today),
        contacts_due=contacts_due(conn, today, limit),
        counts=counts(conn),
    )


def counts(conn: Connection) -> dict[str, int]:
    """How many records of each kind: the tables that grow without end from the counts the
    store keeps (migration 0005), the others counted."""
    kept = dict(conn.execute("SELECT kind, n FROM record_counts").fetchall())
    return {
        name: int(kept[table])
        if table in kept
        else _count(conn, f"SELECT count(*) FROM {table}", [])
        for name, table in COUNTED.items()
    }


def overdue_actions(
    conn: Connection, today: date, limit: int, *, due_today: bool = False
) -> Section[OverdueAction]:
    """Open actions due before ``today`` (or, with ``due_today``, on it)."""
    where = f"a.status = ? AND a.due_date {'=' if due_today else '<'} ?"
    params = [ActionStatus.OPEN.value, today.isoformat()]
    rows = conn.execute(
        "SELECT a.id, a.description, coalesce(s.name, c.name), a.due_date FROM actions a "
        "LEFT JOIN staff s ON s.id = a.owner_staff_id "
        "LEFT JOIN contacts c ON c.id = a.owner_contact_id "
        f"WHERE {where} ORDER BY a.due_date, a.id LIMIT ?",
        [*params, limit],
    ).fetchall()
    return Section(
        _count(conn, f"SELECT count(*) FROM actions a WHERE {where}", params),
        [OverdueAction(_id(r[0]), r[1], r[2], _date(r[3])) for r in rows],
    )


def _roles(conn: Connection, where: str, params: list[Any], today: date, limit: int) -> list[Role]:
    """The first ``limit`` roles matching ``where`` in register order (organisation, topic):
    chosen first, then joined to the people, so only the lines shown are looked up."""
    order = "ORDER BY lower(o.name), t.name, a.id"
    rows = conn.execute(
        "SELECT a.id, o.name, t.name, s.name, c.name, a.review_due FROM ("
        "SELECT a.id AS id FROM spoc_assignments a "
        "JOIN organisations o ON o.id = a.organisation_id JOIN topics t ON t.id = a.topic_id "
        f"WHERE {where} {order} LIMIT ?) AS chosen "
        "JOIN spoc_assignments a ON a.id = chosen.id "
        "JOIN organisations o ON o.id = a.organisation_id JOIN topics t ON t.id = a.topic_id "
        "LEFT JOIN staff s ON s.id = a.our_spoc_id LEFT JOIN contacts c ON c.id = a.their_spoc_id "
        f"{order}",
        [*params, limit],
    ).fetchall()
    return [Role(_id(r[0]), r[1], r[2], r[3], r[4], _date(r[5]), _date(r[5]) < today) for r in rows]


def vacant_roles(conn: Connection, today: date, limit: int) -> Section[Role]:
    where = "a.end_date IS NULL AND (a.our_spoc_id IS NULL OR a.their_spoc_id IS NULL)"
    return Section(
        _count(conn, f"SELECT count(*) FROM spoc_assignments a WHERE {where}", []),
        _roles(conn, where, [], today, limit),
    )


def stale_since(today: date, days: int = SPOC_STALE_DAYS) -> datetime:
    """The local midnight ``days`` before ``today``: an organisation with no engagement since
    then makes its SPOC roles stale."""
    return datetime.combine(today - timedelta(days=days), datetime.min.time()).astimezone()


def stale_roles(conn: Connection, today: date, limit: int) -> Section[Role]:
    """Current roles overdue for review, or whose organisation has had no engagement since
    ``stale_since``: read from the date of each organisation's latest engagement, which the
    store keeps (migration 0005)."""
    where = (
        "a.end_date IS NULL AND (a.review_due < ? OR NOT EXISTS (SELECT 1 FROM "
        "organisation_last_engaged e WHERE e.organisation_id = a.organisation_id "
        "AND e.occurred_at >= ?))"
    )
    params = [today.isoformat(), _stored(stale_since(today))]
    return Section(
        _count(conn, f"SELECT count(*) FROM spoc_assignments a WHERE {where}", params),
        _roles(conn, where, params, today, limit),
    )


def unrepresented_groups(conn: Connection, limit: int) -> Section[QuietGroup]:
    where = (
        "g.active IS 1 AND NOT EXISTS (SELECT 1 FROM representations r "
        "WHERE r.group_id = g.id AND r.end_date IS NULL)"
    )
    rows = conn.execute(
        f"SELECT g.id, g.name, g.cadence FROM groups g WHERE {where} "
        "ORDER BY lower(g.name), g.id LIMIT ?",
        [limit],
    ).fetchall()
    return Section(
        _count(conn, f"SELECT count(*) FROM groups g WHERE {where}", []),
        [QuietGroup(_id(r[0]), r[1], Cadence.parse(r[2])) for r in rows],
    )


def upcoming_meetings(conn: Connection, now: datetime) -> Section[UpcomingMeeting]:
    rows = conn.execute(
        "SELECT m.id, g.name, m.venue, m.starts_at FROM meetings m "
        "JOIN groups g ON g.id = m.group_id "
        "WHERE m.starts_at >= ? AND m.starts_at < ? AND m.status = ? ORDER BY m.starts_at, m.id",
        [
            _stored(now),
            _stored(now + timedelta(days=MEETING_DAYS)),
            MeetingStatus.SCHEDULED.value,
        ],
    ).fetchall()
    lines = [UpcomingMeeting(_id(r[0]), r[1], r[2], _moment(r[3])) for r in rows]
    return Section(len(lines), lines)


def handovers_in_progress(conn: Connection) -> Section[OpenHandover]:
    rows = conn.execute(
        "SELECT h.id, h.post, o.name, i.name, "
        "(SELECT count(*) FROM handover_items x WHERE x.handover_id = h.id AND x.status != ?), "
        "(SELECT count(*) FROM handover_items x WHERE x.handover_id = h.id) "
        "FROM handovers h JOIN staff o ON o.id = h.outgoing_staff_id "
        "LEFT JOIN staff i ON i.id = h.incoming_staff_id WHERE h.status = ? "
        "ORDER BY h.due_date IS NULL, h.due_date, h.id",
        [ItemStatus.TODO.value, HandoverStatus.IN_PROGRESS.value],
    ).fetchall()
    lines = [OpenHandover(_id(r[0]), r[1], r[2], r[3], r[4], r[5]) for r in rows]
    return Section(len(lines), lines)


def agreements_due(
    conn: Connection, today: date, notice_days: int = AGREEMENT_REVIEW_NOTICE_DAYS
) -> Section[AgreementDue]:
    """Live agreements whose review falls within ``notice_days`` (or has passed)."""
    rows = conn.execute(
        "SELECT id, title, review_date FROM agreements WHERE status IN (?, ?) "
        "AND review_date IS NOT NULL AND review_date <= ? ORDER BY lower(title), id",
        [
            AgreementStatus.ACTIVE.value,
            AgreementStatus.UNDER_REVIEW.value,
            (today + timedelta(days=notice_days)).isoformat(),
        ],
    ).fetchall()
    lines = [AgreementDue(_id(r[0]), r[1], _date(r[2])) for r in rows]
    return Section(len(lines), lines)


def contacts_due(
    conn: Connection, today: date, limit: int, notice_days: int = CONTACT_REVIEW_NOTICE_DAYS
) -> Section[ContactDue]:
    """Active contacts whose data-protection review falls within ``notice_days``."""
    where = "c.active IS 1 AND c.review_due <= ?"
    params = [(today + timedelta(days=notice_days)).isoformat()]
    order = "ORDER BY lower(c.name), c.id"
    rows = conn.execute(
        "SELECT c.id, c.name, o.name, c.review_due FROM ("
        f"SELECT c.id AS id FROM contacts c WHERE {where} {order} LIMIT ?) AS chosen "
        "JOIN contacts c ON c.id = chosen.id "
        f"LEFT JOIN organisations o ON o.id = c.organisation_id {order}",
        [*params, limit],
    ).fetchall()
    return Section(
        _count(conn, f"SELECT count(*) FROM contacts c WHERE {where}", params),
        [ContactDue(_id(r[0]), r[1], r[2], _date(r[3])) for r in rows],
    )


# Stored forms: UUIDs as 32 hex digits, dates ISO, date-times naive UTC with microseconds.


def _count(conn: Connection, sql: str, params: list[Any]) -> int:
    return int(conn.execute(sql, params).fetchone()[0])


def _id(value: str) -> uuid.UUID:
    return uuid.UUID(hex=value)


def _date(value: str) -> date:
    return date.fromisoformat(value)


def _stored(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _moment(value: str) -> datetime:
    return datetime.fromisoformat(value).replace(tzinfo=UTC)
