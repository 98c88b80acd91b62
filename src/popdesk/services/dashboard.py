"""The dashboard: what needs attention now, read in one transaction."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from popdesk.repositories import dashboard as repo
from popdesk.services.base import Service

# What ``read`` hands out: the views name its type from here, never from the repositories.
Dashboard = repo.Dashboard


class DashboardService(Service):
    def read(self, limit: int = repo.SHOWN) -> repo.Dashboard:
        """Every section of the dashboard as at the service's clock, each listing at most
        ``limit`` lines and counting the rest."""
        with self._tx() as s:
            return repo.read(_statements(s), self.context.now(), limit)

    def reminders(self, board: repo.Dashboard | None = None) -> list[Reminder]:
        """What to remind the person of today (see ``reminders``), with the actions due today
        (which the dashboard does not list)."""
        today = self.context.today()
        with self._tx() as s:
            statements = _statements(s)
            board = board or repo.read(statements, self.context.now(), repo.SHOWN)
            due = repo.overdue_actions(statements, today, repo.SHOWN, due_today=True)
        return [
            Reminder("action", a.id, a.description, "due today") for a in due.lines
        ] + reminders(board, today)

    def counts(self) -> dict[str, int]:
        """How many records of each kind, as the store keeps them."""
        with self._tx() as s:
            return repo.counts(_statements(s))


def _statements(session: Session) -> repo.Runner:
    """The dashboard's statements run in ``session`` (loaded when first read)."""
    from popdesk.repositories.dashboard_statements import SessionStatements

    return SessionStatements(session)


@dataclass(frozen=True)
class Reminder:
    """One thing to be reminded of at the start of the day: its kind of record and id (to open
    it), what it is, and why now."""

    kind: str  # action, meeting, spoc, contact
    id: uuid.UUID
    what: str
    why: str  # "overdue", "due today", "tomorrow", "review due"


def reminders(board: repo.Dashboard, today: date) -> list[Reminder]:
    """What to remind the person of today, from the dashboard already read: actions due today
    or overdue, meetings tomorrow, SPOC reviews and contacts' data-protection reviews due."""
    found = [
        Reminder(
            "action",
            a.id,
            a.description,
            "overdue",
        )
        for a in board.overdue_actions.lines
        if a.due_date < today
    ]
    tomorrow = today + timedelta(days=1)
    found += [
        Reminder("meeting", m.id, m.group, "tomorrow")
        for m in board.upcoming_meetings.lines
        if m.starts_at.astimezone().date() == tomorrow
    ]
    found += [
        Reminder("spoc", r.id, r.name, "review due")
        for r in board.stale_roles.lines
        if r.review_due <= today
    ]
    found += [
        Reminder("contact", c.id, c.name, "review due")
        for c in board.contacts_due.lines
        if c.review_due <= today
    ]
    return found
