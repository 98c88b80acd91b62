"""Full-text search: the one module that knows the store's FTS5 index exists.

Each word typed becomes a quoted prefix term, so punctuation in what people type can never be
read as FTS5 query syntax, and "lic" finds "licensing" (type-ahead).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Executable, func, select, text
from sqlalchemy.orm import Session

_WORD = re.compile(r"\w+", re.UNICODE)
RANKED = 2000


def fts_query(typed: str) -> str | None:
    words = _WORD.findall(typed)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words[:12])


# The newest :ranked matches of :query, best first (see ``search`` for why only the newest).
RANKED_MATCHES = (
    "SELECT k.kind, k.record_id, hit.title FROM ("
    "  SELECT rowid, title, rank FROM search_index WHERE search_index MATCH :query"
    "  ORDER BY rowid DESC LIMIT :ranked"
    ") AS hit JOIN search_index_keys AS k ON k.key = hit.rowid "
    "ORDER BY hit.rank LIMIT :limit"
)


def passes(query: str) -> tuple[str, str]:
    """Titles first, then everything."""
    return f"title : ({query})", query


def search(session: Session, typed: str, limit: int = 50) -> Sequence[tuple[str, uuid.UUID, str]]:
    """(kind, id, title) of the best matches, most relevant first."""
    query = fts_query(typed)
    if query is None:
        return []
    # Ranking every match costs time in proportion to the matches (a word in most of 500,000
    # rows takes a fifth of a second). So rank the newest RANKED matches, which FTS5 walks to
    # cheaply in reverse key order: identical results whenever there are fewer matches than
    # that. Matches in titles (names of organisations and people, summaries) come first, so an
    # organisation is not crowded out by newer engagements that merely mention it.
    rows: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for match in passes(query):
        for kind, record_id, title in session.execute(
            text(RANKED_MATCHES), {"query": match, "limit": limit, "ranked": RANKED}
        ):
            if record_id not in seen:
                seen.add(record_id)
                rows.append((kind, record_id, title))
        if len(rows) >= limit:
            break
    rows = rows[:limit]
    return [(kind, uuid.UUID(hex=record_id), title) for kind, record_id, title in rows]


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


def merge_index(session: Session) -> None:
    """Rewrite the index as one segment: FTS5 otherwise keeps deleted terms in older segments
    until they happen to be merged, and an erasure must leave none behind."""
    session.execute(text("INSERT INTO search_index(search_index) VALUES ('optimize')"))
