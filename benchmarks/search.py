"""Global search at force scale: p95 over 30 queries, against the same SQL run raw (a benchmark,
not a test).

    .venv/bin/python benchmarks/search.py [--store big.db] [--runs 7]

Without --store it first writes the large demo (about 70 s) into a temporary folder. Each query is
timed through popdesk's search service and as the raw FTS5 statements the service runs, on one
keyed connection, alternately, so both see the same cache; the medians of the runs are compared.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    from sqlalchemy import text

    from popdesk.db.store import open_store
    from popdesk.repositories import search as search_repo
    from popdesk.security.keyring_access import TransientKeyring
    from popdesk.services import Services
    from popdesk.services.demo_large import LargeDemoService

    keyring = TransientKeyring()
    path = args.store
    if path is None:
        path = Path(tempfile.mkdtemp(prefix="popdesk-bench-")) / "large.db"
        store = open_store(path, create=True, keyring=keyring)
        started = time.perf_counter()
        LargeDemoService(store.sessions).fill()
        print(f"large demo written in {time.perf_counter() - started:.0f} s")
    else:
        store = open_store(path, keyring=keyring, passphrase=_passphrase())
    services = Services.over(store.sessions)

    def raw(query: str) -> None:
        """The statements the service runs, straight on a keyed connection."""
        match = search_repo.fts_query(query)
        if match is None:
            return
        with store.engine.connect() as conn:
            found: set[str] = set()
            for each in search_repo.passes(match):  # as the service: stop once 40 are found
                rows = conn.execute(
                    text(search_repo.RANKED_MATCHES),
                    {"query": each, "limit": 40, "ranked": search_repo.RANKED},
                ).all()
                found.update(row[1] for row in rows)
                if len(found) >= 40:
                    break

    ours: dict[str, list[float]] = {q: [] for q in QUERIES}
    bare: dict[str, list[float]] = {q: [] for q in QUERIES}
    for q in QUERIES:  # warm the cache for both
        services.search.search(q, limit=40)
        raw(q)
    for _ in range(args.runs):
        for q in QUERIES:
            t = time.perf_counter()
            services.search.search(q, limit=40)
            ours[q].append(time.perf_counter() - t)
            t = time.perf_counter()
            raw(q)
            bare[q].append(time.perf_counter() - t)
    store.close(backup=False)

    medians = sorted((statistics.median(ours[q]), statistics.median(bare[q]), q) for q in QUERIES)
    p95 = _p95([m for m, _, _ in medians])
    raw_p95 = _p95([r for _, r, _ in medians])
    print(f"{'query':<20} {'popdesk ms':>11} {'raw SQL ms':>11}")
    for ms, raw_ms, q in medians[-8:]:
        print(f"{q:<20} {ms * 1000:11.1f} {raw_ms * 1000:11.1f}")
    ratio = p95 / raw_p95 if raw_p95 else float("inf")
    verdict = "PASS" if p95 * 1000 <= TARGET_MS and ratio <= TARGET_RATIO else "FAIL"
    print(
        f"search p95 over {len(QUERIES)} queries: {p95 * 1000:.1f} ms (target {TARGET_MS} ms); "
        f"raw SQL p95 {raw_p95 * 1000:.1f} ms, ratio {ratio:.2f} (target {TARGET_RATIO}): {verdict}"
    )
    return 0


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _passphrase() -> str | None:
    import os

    return os.environ.get("POPDESK_PASSPHRASE") or None


if __name__ == "__main__":
    raise SystemExit(main())
