"""Full-text search on a server store: PostgreSQL's own documents (migrations 0002 and 0008), each
word typed a prefix ("lic" finds "licensing"), read through the store's text search
configuration so accents and case are ignored as they are when indexing. Titles first, then
everything, each ranked among the newest RANKED matches, as on SQLite.

A GIN index gives the matching rows in no useful order, so the newest can only be found by
visiting every match; when a word is in thousands of rows that is most of the time taken. So
each pass asks the planner first how many rows each word alone would match (a phrase matches no
more than its rarest word; the planner, counting the words as independent, would guess far
fewer for "off-road bikes"), and walks back from the newest key through the rows that should hold
RANKED of them when that costs less than fetching every match. If the walk finds fewer, the
index is asked after all, so the answer is always the newest RANKED matches, however found.
"""

from __future__ import annotations

import math
import time
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy.orm import Session

from popdesk.db.seam import Hit

RANKED = 2000
# A match fetched through the index costs about as much as this many rows read walking back
# (measured on the large demo: some 5 to 7 µs against 0.5): so walk when the rows to walk
# through, RANKED * rows / expected, cost less than fetching the expected matches.
FETCH_PER_WALKED_ROW = 10
# Walk through this many times the rows that should hold RANKED matches, before asking the index.
WALK_SPARE = 3

# The planner's expectations change only when the server gathers statistics again: kept for a
# while, per database, table and word, they save three round trips in four as people type.
EXPECTATIONS_KEPT_S = 300.0
_expected: dict[tuple[str, str, str], tuple[float, int]] = {}

# (table, document) of each pass: titles alone, then everything.
PASSES = (("search_index_titles", "title_doc"), ("search_index", "doc"))

_QUERY = "to_tsquery('popdesk', %(query)s)"
_FOUND = (
    "SELECT s.kind, s.record_id, s.title, h.found FROM ("
    "  SELECT key, rank, found FROM ("
    f"   SELECT key, ts_rank(doc, {_QUERY}) AS rank, count(*) OVER () AS found FROM ("
    "     {matches}"
    "   ) AS m"
    "  ) AS r ORDER BY rank DESC, key DESC LIMIT %(limit)s"
    ") AS h JOIN search_index AS s ON s.key = h.key "
    "ORDER BY h.rank DESC, h.key DESC"
)
# The newest matches as the planner finds them (through the GIN index when words are rare) ...
_INDEXED = (
    "SELECT key, {doc} AS doc FROM {table} WHERE {doc} @@ " + _QUERY + " "
    "ORDER BY key DESC LIMIT %(ranked)s"
)
# ... or among the newest %(window)s rows, read newest first and no further than needed.
_WALKED = (
    "SELECT key, {doc} AS doc FROM ("
    " SELECT key, {doc} FROM {table} ORDER BY key DESC LIMIT %(window)s"
    ") AS w WHERE {doc} @@ " + _QUERY + " ORDER BY key DESC LIMIT %(ranked)s"
)
_EXPECTED = "EXPLAIN (FORMAT JSON) SELECT 1 FROM {table} WHERE {doc} @@ " + _QUERY
_ROWS = "SELECT reltuples::bigint FROM pg_class WHERE oid = %(table)s::regclass"

# Runs one statement (psycopg's parameter style, never prepared) and gives its rows.
Run = Callable[[str, dict[str, Any]], Sequence[Sequence[Any]]]


def statement(table: str, doc: str, *, walked: bool) -> str:
    matches = (_WALKED if walked else _INDEXED).format(table=table, doc=doc)
    return _FOUND.replace("{matches}", matches)


def term(word: str) -> str:
    """One word as a prefix term. Words are letters and digits only (``repositories.search``),
    so quoting them is enough."""
    return f"'{word}':*"


def window(
    run: Run, table: str, doc: str, words: Sequence[str], database: str | None = None
) -> int | None:
    """How many of the newest rows to walk through, or None to ask the index. ``database``
    names the store, for keeping the planner's expectations a while."""

    def rows() -> int:
        found = run(_ROWS, {"table": table})
        return int(found[0][0]) if found else -1

    def planned(word: str) -> Callable[[], int]:
        sql = _EXPECTED.format(table=table, doc=doc)
        return lambda: int(run(sql, {"query": term(word)})[0][0][0]["Plan"]["Plan Rows"])

    total = _kept(database, table, "", rows)
    if total <= 0:  # never analysed: nothing to go on
        return None
    expected = min([total, *(_kept(database, table, word, planned(word)) for word in words)])
    if expected * expected * FETCH_PER_WALKED_ROW < RANKED * total:
        return None
    return min(total, math.ceil(WALK_SPARE * RANKED * total / expected))


def _kept(database: str | None, table: str, word: str, ask: Callable[[], int]) -> int:
    if database is None:
        return ask()
    key, now = (database, table, word), time.monotonic()
    kept = _expected.get(key)
    if kept is not None and now - kept[0] < EXPECTATIONS_KEPT_S:
        return kept[1]
    value = ask()
    if len(_expected) > 10_000:
        _expected.clear()
    _expected[key] = (now, value)
    return value


def matches(
    run: Run, table: str, doc: str, words: Sequence[str], limit: int, database: str | None = None
) -> list[tuple[str, Any, str]]:
    """One pass: the best ``limit`` of the newest RANKED matches, best first."""
    params: dict[str, Any] = {
        "query": " & ".join(term(word) for word in words),
        "ranked": RANKED,
        "limit": limit,
    }
    walk = window(run, table, doc, words, database)
    if walk is not None:
        found = run(statement(table, doc, walked=True), {**params, "window": walk})
        # Enough found: they are the newest. Fewer: the table's size is the planner's estimate,
        # and rows added since may lie beyond the walk, so the index answers.
        if found and found[0][3] >= RANKED:
            return [(kind, record_id, title) for kind, record_id, title, _n in found]
    found = run(statement(table, doc, walked=False), params)
    return [(kind, record_id, title) for kind, record_id, title, _n in found]


def search_with(
    run: Run, words: Sequence[str], limit: int, database: str | None = None
) -> list[Hit]:
    rows: list[Hit] = []
    seen: set[uuid.UUID] = set()
    for table, doc in PASSES:
        for kind, record_id, title in matches(run, table, doc, words, limit, database):
            if record_id not in seen:
                seen.add(record_id)
                rows.append((kind, record_id, title))
        if len(rows) >= limit:
            break
    return rows[:limit]


def search(session: Session, words: Sequence[str], limit: int) -> list[Hit]:
    connection = session.connection()
    driver = connection.connection.driver_connection
    assert driver is not None

    def run(sql: str, params: dict[str, Any]) -> Sequence[Sequence[Any]]:
        # Never prepared: a prepared statement's plan, made once for any words, would choose
        # between the walk and the index without knowing them.
        with driver.cursor() as cursor:
            cursor.execute(sql, params, prepare=False)
            rows: list[Sequence[Any]] = cursor.fetchall()
            return rows

    return search_with(run, words, limit, connection.engine.url.render_as_string())
