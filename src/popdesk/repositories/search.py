"""Full-text search: the words typed, the engine's index (``popdesk.db.seam``), and what tells
alike hits apart. Only words are searched for, so punctuation typed is never query syntax, and
"lic" finds "licensing" (type-ahead)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Executable, func, select
from sqlalchemy.orm import Session

from popdesk.db.seam import backend_of

_WORD = re.compile(r"\w+", re.UNICODE)


def words_of(typed: str) -> list[str]:
    """The words searched for: at most twelve, each matched as a prefix."""
    return _WORD.findall(typed)[:12]


def search(session: Session, typed: str, limit: int = 50) -> Sequence[tuple[str, uuid.UUID, str]]:
    """(kind, id, title) of the best matches, most relevant first: matches in titles (names of
    organisations and people, summaries) before matches anywhere, then by the engine's rank."""
    words = words_of(typed)
    if not words:
        return []
    return backend_of(session).search(session, words, limit)


@dataclass(frozen=True)
class HitDetail:
    """What tells one hit from another that reads the same: when (an engagement's date, an
    action's due date) and a few words (organisations, a job title, an owner)."""

    when: date | datetime | None = None
    words: str = ""


def detail_queries(hits: Sequence[tuple[str, uuid.UUID, str]]) -> list[tuple[str, Executable]]:
    """The keyed queries behind ``details``, each with the kind of record it describes: at most
    three, whatever the number of matches."""
    from popdesk.db.models import (
        Action,
        Contact,
        Engagement,
        Organisation,
        StaffMember,
        engagement_organisations,
    )

    queries: list[tuple[str, Executable]] = []
    engagement_ids = [i for kind, i, _ in hits if kind == "engagement"]
    if engagement_ids:
        queries.append(
            (
                "engagement",
                select(Engagement.id, Engagement.occurred_at, Organisation.name)
                .outerjoin(
                    engagement_organisations,
                    engagement_organisations.c.engagement_id == Engagement.id,
                )
                .outerjoin(
                    Organisation, Organisation.id == engagement_organisations.c.organisation_id
                )
                .where(Engagement.id.in_(engagement_ids))
                .order_by(Engagement.id, Organisation.name),
            )
        )
    contact_ids = [i for kind, i, _ in hits if kind == "contact"]
    if contact_ids:
        queries.append(
            (
                "contact",
                select(Contact.id, Organisation.name, Contact.job_title)
                .outerjoin(Organisation, Organisation.id == Contact.organisation_id)
                .where(Contact.id.in_(contact_ids)),
            )
        )
    action_ids = [i for kind, i, _ in hits if kind == "action"]
    if action_ids:
        queries.append(
            (
                "action",
                select(
                    Action.id,
                    Action.due_date,
                    func.coalesce(StaffMember.name, Contact.name),
                )
                .outerjoin(StaffMember, StaffMember.id == Action.owner_staff_id)
                .outerjoin(Contact, Contact.id == Action.owner_contact_id)
                .where(Action.id.in_(action_ids)),
            )
        )
    return queries


def details(
    session: Session, hits: Sequence[tuple[str, uuid.UUID, str]]
) -> dict[uuid.UUID, HitDetail]:
    """What tells alike titles apart: an engagement's date and organisations, a contact's
    organisation and job title, an action's owner and due date."""
    found: dict[uuid.UUID, HitDetail] = {}
    organisations: dict[uuid.UUID, list[str]] = {}
    for kind, query in detail_queries(hits):
        for row in session.execute(query):
            if kind == "engagement":
                organisations.setdefault(row[0], [])
                if row[2]:
                    organisations[row[0]].append(row[2])
                found[row[0]] = HitDetail(row[1], ", ".join(organisations[row[0]]))
            elif kind == "contact":
                found[row[0]] = HitDetail(None, ", ".join(x for x in row[1:] if x))
            else:
                found[row[0]] = HitDetail(row[1], row[2] or "")
    return found


def after_erasure(session: Session) -> None:
    """No erased word left in the search index's own storage."""
    backend_of(session).after_erasure(session)
