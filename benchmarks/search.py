"""Global search at force scale: p95 over 30 queries, against the same SQL run raw (a benchmark,
not a test). Run by ``benchmarks/run.py``.

Each query is timed through popdesk's search service and as the very statements the service runs
(the full-text passes, then the keyed look-ups that tell alike hits apart), compiled once and run
straight on the DB-API cursor of one keyed connection; the two alternate, so both see the same
cache, and the medians of the runs are compared.
"""

from __future__ import annotations

import time
import uuid
from pathlib import Path
from typing import Any

from common import Figure, median, p95

QUERIES = [
    # words in most rows, then common words, then names, places and rare words
    "a",
    "the",
    "to",
    "call",
    "meeting",
    "partner",
    "joint",
    "review",
    "licensing",
    "safeguarding",
    "riverside",
    "castle",
    "harbour",
    "pentre",
    "oakfield",
    "evans",
    "jones",
    "hughes",
    "siân",
    "council",
    "housing",
    "school",
    "youth",
    "fire",
    "cctv",
    "off-road bikes",
    "closure order",
    "speed watch",
    "pubwatch banning",
    "zzzz",
]
TARGET_MS = 50
TARGET_RATIO = 2.0


def measure(path: Path, runs: int) -> list[Figure]:
    from popdesk.db.sqlite import search as fts
    from popdesk.db.store import open_store
    from popdesk.repositories import search as search_repo
    from popdesk.services import Services

    store = open_store(path)
    services = Services.over(store.sessions)
    dialect = store.engine.dialect

    def plain(value: Any) -> Any:
        return value.hex if isinstance(value, uuid.UUID) else value  # as the Uuid type binds it

    def raw(typed: str) -> None:
        """The service's statements on the bare cursor: no session, no result processing."""
        words = search_repo.words_of(typed)
        if not words:
            return
        match = fts.fts_query(words)
        with store.engine.connect() as conn:
            cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
            hits: dict[str, tuple[str, uuid.UUID, str]] = {}
            for each in fts.passes(match):
                cursor.execute(
                    fts.RANKED_MATCHES,
                    {"query": each, "ranked": fts.RANKED, "limit": 40},
                )
                for kind, record_id, title in cursor.fetchall():
                    hits.setdefault(record_id, (kind, uuid.UUID(hex=record_id), title))
                if len(hits) >= 40:
                    break
            for _kind, query in search_repo.detail_queries(list(hits.values())[:40]):
                compiled = query.compile(
                    dialect=dialect, compile_kwargs={"render_postcompile": True}
                )
                params = compiled.construct_params()
                cursor.execute(
                    str(compiled), [plain(params[name]) for name in compiled.positiontup or []]
                )
                cursor.fetchall()

    ours: dict[str, list[float]] = {q: [] for q in QUERIES}
    bare: dict[str, list[float]] = {q: [] for q in QUERIES}
    for q in QUERIES:  # warm the cache for both
        services.search.search(q, limit=40)
        raw(q)

    def service(typed: str) -> None:
        services.search.search(typed, limit=40)

    for run in range(runs):
        for q in QUERIES:
            # whichever goes first may find less in the cache: take turns
            for each, times in (((service, ours), (raw, bare)), ((raw, bare), (service, ours)))[
                run % 2
            ]:
                t = time.perf_counter()
                each(q)
                times[q].append(time.perf_counter() - t)
    store.close(backup=False)

    ms = p95([median(ours[q]) for q in QUERIES]) * 1000
    raw_ms = p95([median(bare[q]) for q in QUERIES]) * 1000
    ratio = ms / raw_ms if raw_ms else float("inf")
    slowest = max(QUERIES, key=lambda q: median(ours[q]))
    return [
        Figure(
            f"global search, {len(QUERIES)} queries, p95",
            f"{ms:.1f} ms ({ratio:.2f} ×)",
            f"≤ {TARGET_MS} ms and ≤ {TARGET_RATIO:.0f} × raw",
            f"same SQL raw {raw_ms:.1f} ms; slowest '{slowest}' "
            f"{median(ours[slowest]) * 1000:.0f} ms",
            ms <= TARGET_MS and ratio <= TARGET_RATIO,
        )
    ]
