"""Full-text search: the one module that knows the store's FTS5 index exists.

Each word typed becomes a quoted prefix term, so punctuation in what people type can never be
read as FTS5 query syntax, and "lic" finds "licensing" (type-ahead).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence

from sqlalchemy import Executable, select, text
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


def detail_queries(hits: Sequence[tuple[str, uuid.UUID, str]]) -> list[tuple[str, Executable]]:
    """The keyed queries behind ``details``, each with the kind of record it describes: at most
    two, whatever the number of matches."""
    from popdesk.db.models import Contact, Engagement, Organisation

    queries: list[tuple[str, Executable]] = []
    engagement_ids = [i for kind, i, _ in hits if kind == "engagement"]
    if engagement_ids:
        queries.append(
            (
                "engagement",
                select(Engagement.id, Engagement.occurred_at).where(
                    Engagement.id.in_(engagement_ids)
                ),
            )
        )
    contact_ids = [i for kind, i, _ in hits if kind == "contact"]
    if contact_ids:
        queries.append(
            (
                "contact",
                select(Contact.id, Contact.job_title, Organisation.name)
                .outerjoin(Organisation, Organisation.id == Contact.organisation_id)
                .where(Contact.id.in_(contact_ids)),
            )
        )
    return queries


def details(session: Session, hits: Sequence[tuple[str, uuid.UUID, str]]) -> dict[uuid.UUID, str]:
    """A few words per hit that tell alike titles apart: an engagement's date, a contact's
    organisation and job title."""
    found: dict[uuid.UUID, str] = {}
    for kind, query in detail_queries(hits):
        for row in session.execute(query):
            if kind == "engagement":  # when it happened
                found[row[0]] = f"{row[1]:%d %b %Y}"
            else:  # a contact's job title and organisation
                found[row[0]] = ", ".join(x for x in row[1:] if x)
    return found


def merge_index(session: Session) -> None:
    """Rewrite the index as one segment: FTS5 otherwise keeps deleted terms in older segments
    until they happen to be merged, and an erasure must leave none behind."""
    session.execute(text("INSERT INTO search_index(search_index) VALUES ('optimize')"))
