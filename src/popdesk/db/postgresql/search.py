"""Full-text search on a server store: PostgreSQL's own documents (migration 0002), each
word typed a prefix ("lic" finds "licensing"), read through the store's text search
configuration so accents and case are ignored as they are when indexing. Titles (weight A)
first, then everything, each ranked among the newest RANKED matches, as on SQLite."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import text
from sqlalchemy.orm import Session

from popdesk.db.seam import Hit

RANKED = 2000

# The newest :ranked matches in one of the documents (titles alone, or everything), best first.
_RANKED = (
    "SELECT hit.kind, hit.record_id, hit.title FROM ("
    "  SELECT key, kind, record_id, title, {doc} AS doc FROM search_index"
    "  WHERE {doc} @@ to_tsquery('popdesk', %(query)s)"
    "  ORDER BY key DESC LIMIT %(ranked)s"
    ") AS hit "
    "ORDER BY ts_rank(hit.doc, to_tsquery('popdesk', %(query)s)) DESC, hit.key DESC "
    "LIMIT %(limit)s"
)
TITLE_MATCHES = _RANKED.format(doc="title_doc")
RANKED_MATCHES = _RANKED.format(doc="doc")


def passes(words: Sequence[str]) -> tuple[tuple[str, str], tuple[str, str]]:
    """The two passes, (statement, query): every word's prefix in a title, then anywhere.
    Words are letters and digits only (``repositories.search``), so quoting them is enough."""
    query = " & ".join(f"'{word}':*" for word in words)
    return (TITLE_MATCHES, query), (RANKED_MATCHES, query)


def search(session: Session, words: Sequence[str], limit: int) -> list[Hit]:
    rows: list[Hit] = []
    seen: set[uuid.UUID] = set()
    for sql, query in passes(words):
        statement = text(sql.replace("%(", ":").replace(")s", ""))
        found = session.execute(statement, {"query": query, "ranked": RANKED, "limit": limit})
        for kind, record_id, title in found:
            if record_id not in seen:
                seen.add(record_id)
                rows.append((kind, record_id, title))
        if len(rows) >= limit:
            break
    return rows[:limit]
