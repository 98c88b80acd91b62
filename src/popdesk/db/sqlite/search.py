"""Full-text search on the local store: SQLite's FTS5 index (migration 0002), kept current by
triggers. Each word typed becomes a quoted prefix term, so punctuation in what people type can
never be read as FTS5 query syntax, and "lic" finds "licensing" (type-ahead)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import text
from sqlalchemy.orm import Session

from popdesk.db.seam import Hit

RANKED = 2000

# The newest :ranked matches of :query, best first (see ``search`` for why only the newest).
RANKED_MATCHES = (
    "SELECT k.kind, k.record_id, hit.title FROM ("
    "  SELECT rowid, title, rank FROM search_index WHERE search_index MATCH :query"
    "  ORDER BY rowid DESC LIMIT :ranked"
    ") AS hit JOIN search_index_keys AS k ON k.key = hit.rowid "
    "ORDER BY hit.rank LIMIT :limit"
)


def fts_query(words: Sequence[str]) -> str:
    return " ".join(f'"{w}"*' for w in words)


def passes(query: str) -> tuple[str, str]:
    """Titles first, then everything."""
    return f"title : ({query})", query


def search(session: Session, words: Sequence[str], limit: int) -> list[Hit]:
    # Ranking every match costs time in proportion to the matches (a word in most of 500,000
    # rows takes a fifth of a second). So rank the newest RANKED matches, which FTS5 walks to
    # cheaply in reverse key order: identical results whenever there are fewer matches than
    # that. Matches in titles (names of organisations and people, summaries) come first, so an
    # organisation is not crowded out by newer engagements that merely mention it.
    rows: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for match in passes(fts_query(words)):
        for kind, record_id, title in session.execute(
            text(RANKED_MATCHES), {"query": match, "limit": limit, "ranked": RANKED}
        ):
            if record_id not in seen:
                seen.add(record_id)
                rows.append((kind, record_id, title))
        if len(rows) >= limit:
            break
    return [(kind, uuid.UUID(hex=record_id), title) for kind, record_id, title in rows[:limit]]


def merge_index(session: Session) -> None:
    """Rewrite the index as one segment: FTS5 otherwise keeps deleted terms in older segments
    until they happen to be merged, and an erasure must leave none behind."""
    session.execute(text("INSERT INTO search_index(search_index) VALUES ('optimize')"))
