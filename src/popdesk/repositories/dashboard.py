"""The dashboard's reads: every section counted in the store, listing at most ``limit`` lines.

The statements are SQLAlchemy's, built from the rules in ``repositories.rules`` (see
``statements``), and run on any engine through a session. The dashboard is the first thing
popdesk shows, so the app can also read it on a bare SQLCipher connection before SQLAlchemy and
the models are loaded: from the same statements compiled for SQLite ahead of time
(``repositories.dashboard_sqlite``, written by ``tools/compile_dashboard.py``; a test keeps it
equal to the statements). ``tests/unit/test_dashboard_reads.py`` holds each section equal to
what the services return for the same question.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, Generic, Protocol, TypeVar

from popdesk.domain.enums import Cadence
from popdesk.domain.rules import AGREEMENT_REVIEW_NOTICE_DAYS, SPOC_STALE_DAYS

CONTACT_REVIEW_NOTICE_DAYS = 30
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
    """A DB-API connection (the early read) ..."""

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Any: ...


class Runner(Protocol):
    """... or anything that runs the statement called ``name`` with ``params`` and gives rows."""

    def __call__(self, name: str, params: dict[str, Any]) -> list[Sequence[Any]]: ...


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


def read(run: Runner | Connection, now: datetime, limit: int = SHOWN) -> Dashboard:
    """Everything the dashboard shows, as at ``now`` (an aware datetime)."""
    run = _runner(run)
    today = now.astimezone().date()
    return Dashboard(
        overdue_actions=overdue_actions(run, today, limit),
        vacant_roles=vacant_roles(run, today, limit),
        stale_roles=stale_roles(run, today, limit),
        unrepresented_groups=unrepresented_groups(run, limit),
        upcoming_meetings=upcoming_meetings(run, now),
        handovers_in_progress=handovers_in_progress(run),
        agreements_due=agreements_due(run, today),
        contacts_due=contacts_due(run, today, limit),
        counts=counts(run),
    )


def counts(run: Runner | Connection) -> dict[str, int]:
    """How many records of each kind: the tables that grow without end from the figures the
    store keeps (migration 0005), the others counted."""
    run = _runner(run)
    kept = {kind: n for kind, n in run("kept_counts", {})}
    return {
        name: int(kept[table]) if table in kept else _count(run, f"count_{table}", {})
        for name, table in COUNTED.items()
    }


def overdue_actions(
    run: Runner | Connection, today: date, limit: int, *, due_today: bool = False
) -> Section[OverdueAction]:
    """Open actions due before ``today`` (or, with ``due_today``, on it)."""
    run = _runner(run)
    which = "due_today" if due_today else "overdue"
    params = {"today": today, "limit": limit}
    rows = run(f"{which}_actions", params)
    return Section(
        _count(run, f"{which}_actions_count", params),
        [OverdueAction(_id(r[0]), r[1], r[2], _date(r[3])) for r in rows],
    )


def _roles(run: Runner, which: str, params: dict[str, Any], today: date) -> Section[Role]:
    rows = run(f"{which}_roles", params)
    return Section(
        _count(run, f"{which}_roles_count", params),
        [Role(_id(r[0]), r[1], r[2], r[3], r[4], _date(r[5]), _date(r[5]) < today) for r in rows],
    )


def vacant_roles(run: Runner | Connection, today: date, limit: int) -> Section[Role]:
    return _roles(_runner(run), "vacant", {"limit": limit}, today)


def stale_since(today: date, days: int = SPOC_STALE_DAYS) -> datetime:
    """The local midnight ``days`` before ``today``: an organisation with no engagement since
    then makes its SPOC roles stale."""
    return datetime.combine(today - timedelta(days=days), datetime.min.time()).astimezone()


def stale_roles(run: Runner | Connection, today: date, limit: int) -> Section[Role]:
    """Current roles overdue for review, or whose organisation has had no engagement since
    ``stale_since``: read from the date of each organisation's latest engagement, which the
    store keeps (migration 0005)."""
    params = {"today": today, "since": stale_since(today), "limit": limit}
    return _roles(_runner(run), "stale", params, today)


def unrepresented_groups(run: Runner | Connection, limit: int) -> Section[QuietGroup]:
    run = _runner(run)
    rows = run("unrepresented_groups", {"limit": limit})
    return Section(
        _count(run, "unrepresented_groups_count", {}),
        [QuietGroup(_id(r[0]), r[1], Cadence.parse(_value(r[2]))) for r in rows],
    )


def upcoming_meetings(run: Runner | Connection, now: datetime) -> Section[UpcomingMeeting]:
    run = _runner(run)
    rows = run("upcoming_meetings", {"now": now, "until": now + timedelta(days=MEETING_DAYS)})
    lines = [UpcomingMeeting(_id(r[0]), r[1], r[2], _moment(r[3])) for r in rows]
    return Section(len(lines), lines)


def handovers_in_progress(run: Runner | Connection) -> Section[OpenHandover]:
    rows = _runner(run)("handovers_in_progress", {})
    lines = [OpenHandover(_id(r[0]), r[1], r[2], r[3], r[4], r[5]) for r in rows]
    return Section(len(lines), lines)


def agreements_due(
    run: Runner | Connection, today: date, notice_days: int = AGREEMENT_REVIEW_NOTICE_DAYS
) -> Section[AgreementDue]:
    """Live agreements whose review falls within ``notice_days`` (or has passed)."""
    rows = _runner(run)("agreements_due", {"until": today + timedelta(days=notice_days)})
    lines = [AgreementDue(_id(r[0]), r[1], _date(r[2])) for r in rows]
    return Section(len(lines), lines)


def contacts_due(
    run: Runner | Connection,
    today: date,
    limit: int,
    notice_days: int = CONTACT_REVIEW_NOTICE_DAYS,
) -> Section[ContactDue]:
    """Active contacts whose data-protection review falls within ``notice_days``."""
    run = _runner(run)
    params = {"until": today + timedelta(days=notice_days), "limit": limit}
    return Section(
        _count(run, "contacts_due_count", params),
        [ContactDue(_id(r[0]), r[1], r[2], _date(r[3])) for r in run("contacts_due", params)],
    )


# Running the statements: through a session (any engine), or on a bare SQLite connection from
# the compiled statements, with values in the forms SQLite stores them in: UUIDs as 32 hex
# digits, dates ISO, date-times naive UTC with microseconds.


def _runner(run: Runner | Connection) -> Runner:
    if hasattr(run, "execute"):
        return CompiledRunner(run)  # type: ignore[arg-type]
    return run


class CompiledRunner:
    """The statements compiled for SQLite, on a DB-API connection."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def __call__(self, name: str, params: dict[str, Any]) -> list[Sequence[Any]]:
        from popdesk.repositories.dashboard_sqlite import STATEMENTS

        sql, names, fixed = STATEMENTS[name]
        values = [fixed[n] if n in fixed else _stored(params[n]) for n in names]
        return list(self._conn.execute(sql, values).fetchall())


def _count(run: Runner, name: str, params: dict[str, Any]) -> int:
    return int(run(name, params)[0][0])


def _id(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(hex=value)


def _date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def _value(value: Any) -> Any:
    return getattr(value, "value", value)


def _stored(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _moment(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.fromisoformat(value).replace(tzinfo=UTC)
