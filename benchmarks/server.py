"""popdesk on a PostgreSQL server, at force scale (a benchmark, not a test). Run by
``benchmarks/run.py --engine postgresql --server URL``, where URL is a superuser's on a cluster
of this machine: a database ``popdesk_bench`` is made there (or reused), set up, and filled with
the large demo.

- search: p95 over the same 30 queries as on SQLite, through the service and as the same
  statements run raw on a psycopg cursor, taking turns;
- the dashboard read through the service;
- 20 client processes at once, each logging 50 engagements with an action and searching after
  each: p95 of a save, rows lost or doubled, and the throughput against one client alone.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from typing import Any

from common import HERE, Figure, median, p95

DATABASE = "popdesk_bench"
SEARCH_MS, SEARCH_RATIO = 50, 2.0
DASHBOARD_MS = 250
SAVE_P95_MS = 150
CLIENTS, SAVES = 20, 50
DEMO_TARGET_S = 180


def _url(admin: str, database: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(admin).set(database=database).render_as_string(hide_password=False)


def prepare(admin: str) -> tuple[str, Figure | None]:
    """The benchmark database, set up and filled with the large demo (kept for later runs)."""
    from sqlalchemy import text

    from popdesk.db.postgresql.connection import make_server_engine
    from popdesk.db.postgresql.server import setup
    from popdesk.db.postgresql.store import open_server_store
    from popdesk.demo.large import LargeDemoService

    engine = make_server_engine(admin).execution_options(isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        exists = conn.execute(
            text("SELECT 1 FROM pg_database WHERE datname = :d"), {"d": DATABASE}
        ).first()
        if exists is None:
            conn.execute(text(f'CREATE DATABASE "{DATABASE}"'))
    engine.dispose()
    url = _url(admin, DATABASE)
    target = make_server_engine(url)
    setup(target)
    with target.connect() as conn:
        filled = conn.execute(text("SELECT count(*) FROM engagements")).scalar_one()
    target.dispose()
    if filled:
        return url, None
    store = open_server_store(url)
    started = time.perf_counter()
    counts = LargeDemoService(store.sessions).fill(progress=lambda s: print(f"  demo: {s}"))
    took = time.perf_counter() - started
    with store.engine.connect() as conn:
        size = conn.execute(text("SELECT pg_database_size(current_database())")).scalar_one()
        conn.execute(text("COMMIT"))
    store.close()
    vacuum = make_server_engine(url).execution_options(isolation_level="AUTOCOMMIT")
    with vacuum.connect() as conn:
        conn.execute(text("VACUUM ANALYZE"))
    vacuum.dispose()
    return url, Figure(
        "demo --scale large written (PostgreSQL)",
        f"{took:.0f} s",
        f"< {DEMO_TARGET_S} s",
        f"{counts.get('engagements', 0):,} engagements, {size / 1e6:.0f} MB",
        took < DEMO_TARGET_S,
    )


def search_figure(url: str, runs: int) -> Figure:
    import psycopg
    from search import QUERIES

    from popdesk.db.postgresql import search as server_search
    from popdesk.db.postgresql.store import open_server_store
    from popdesk.repositories import search as search_repo
    from popdesk.services import Services

    store = open_server_store(url)
    services = Services.over(store.sessions)
    dialect = store.engine.dialect
    raw_conn = psycopg.connect(url, autocommit=True)

    def raw(typed: str) -> None:
        words = search_repo.words_of(typed)
        if not words:
            return
        with raw_conn.cursor() as cursor:

            def run(sql: str, params: dict[str, Any]) -> list[Any]:
                cursor.execute(sql, params, prepare=False)
                return cursor.fetchall()

            hits: dict[Any, tuple[str, Any, str]] = {}
            for kind, record_id, title in server_search.search_with(run, words, 40, url):
                hits.setdefault(record_id, (kind, record_id, title))
            for _kind, statement in search_repo.detail_queries(list(hits.values())[:40]):
                compiled = statement.compile(
                    dialect=dialect, compile_kwargs={"render_postcompile": True}
                )
                cursor.execute(str(compiled), compiled.construct_params())
                cursor.fetchall()

    def service(typed: str) -> None:
        services.search.search(typed, limit=40)

    ours: dict[str, list[float]] = {q: [] for q in QUERIES}
    bare: dict[str, list[float]] = {q: [] for q in QUERIES}
    for q in QUERIES:
        service(q)
        raw(q)
    for run in range(runs):
        for q in QUERIES:
            pairs = (
                ((service, ours), (raw, bare)) if run % 2 == 0 else ((raw, bare), (service, ours))
            )
            for each, times in pairs:
                started = time.perf_counter()
                each(q)
                times[q].append(time.perf_counter() - started)
    raw_conn.close()
    store.close()
    ms = p95([median(ours[q]) for q in QUERIES]) * 1000
    raw_ms = p95([median(bare[q]) for q in QUERIES]) * 1000
    ratio = ms / raw_ms if raw_ms else float("inf")
    slowest = max(QUERIES, key=lambda q: median(ours[q]))
    return Figure(
        f"global search (PostgreSQL), {len(QUERIES)} queries, p95",
        f"{ms:.1f} ms ({ratio:.2f} ×)",
        f"≤ {SEARCH_MS} ms and ≤ {SEARCH_RATIO:.0f} × raw",
        f"same SQL raw {raw_ms:.1f} ms; slowest '{slowest}' {median(ours[slowest]) * 1000:.0f} ms",
        ms <= SEARCH_MS and ratio <= SEARCH_RATIO,
    )


def dashboard_figure(url: str, runs: int) -> Figure:
    from popdesk.db.postgresql.store import open_server_store
    from popdesk.services import Services

    store = open_server_store(url)
    services = Services.over(store.sessions)
    services.dashboard.read()
    times = []
    for _ in range(max(runs, 5)):
        started = time.perf_counter()
        board = services.dashboard.read()
        times.append(time.perf_counter() - started)
    store.close()
    ms = median(times) * 1000
    return Figure(
        "dashboard read (PostgreSQL), large store",
        f"{ms:.0f} ms",
        f"≤ {DASHBOARD_MS} ms",
        f"{board.counts['engagements']:,} engagements counted; {board.stale_roles.total:,} "
        "stale roles",
        ms <= DASHBOARD_MS,
    )


def _clients(url: str, count: int, tag: str) -> tuple[list[float], float]:
    """``count`` client processes, started and then told to go together once all are ready;
    every save's seconds, and the wall time from "go" to the last client done."""
    procs = [
        subprocess.Popen(
            [sys.executable, str(HERE / "server_client.py"), url, f"{tag}-{n}", str(SAVES)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for n in range(count)
    ]
    for proc in procs:
        assert proc.stdout is not None
        if proc.stdout.readline().strip() != "ready":
            proc.wait(timeout=60)
            raise RuntimeError(f"a benchmark client failed to start ({proc.returncode})")
    started = time.perf_counter()
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    saves: list[float] = []
    for proc in procs:
        out, _ = proc.communicate(timeout=600)
        if proc.returncode != 0:
            raise RuntimeError(f"a benchmark client failed ({proc.returncode})")
        saves += json.loads(out)["saves"]
    return saves, time.perf_counter() - started


def concurrency_figure(url: str) -> Figure:
    from sqlalchemy import text

    from popdesk.db.postgresql.connection import make_server_engine

    tag = f"bench{int(time.time())}"
    alone, _ = _clients(url, 1, f"{tag}-alone")
    together, together_s = _clients(url, CLIENTS, tag)
    engine = make_server_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT count(*), count(DISTINCT e.summary), count(a.id) FROM engagements e "
                "LEFT JOIN actions a ON a.engagement_id = e.id WHERE e.summary LIKE :t"
            ),
            {"t": f"{tag}-%"},
        ).one()
    engine.dispose()
    expected = (CLIENTS + 1) * SAVES
    whole = rows[0] == rows[1] == rows[2] == expected
    ms = p95(together) * 1000
    rate_one = SAVES / sum(alone)
    rate_all = len(together) / together_s
    return Figure(
        f"{CLIENTS} clients × {SAVES} engagements at once (PostgreSQL): save p95",
        f"{ms:.0f} ms; {rate_all:.0f} saves/s",
        f"≤ {SAVE_P95_MS} ms; none lost or doubled",
        f"{rows[0]:,} of {expected:,} engagements, {rows[2]:,} actions; one client alone "
        f"{rate_one:.0f} saves/s, p95 {p95(alone) * 1000:.0f} ms",
        ms <= SAVE_P95_MS and whole,
    )


def measure(admin: str, runs: int) -> list[Figure]:
    url, written = prepare(admin)
    figures = [written] if written else []
    for name, work in (
        ("search", lambda: search_figure(url, runs)),
        ("dashboard", lambda: dashboard_figure(url, runs)),
        ("clients", lambda: concurrency_figure(url)),
    ):
        started = time.perf_counter()
        figures.append(work())
        print(f"  postgresql {name}: measured in {time.perf_counter() - started:.0f} s")
    return figures


if __name__ == "__main__":
    for figure in measure(sys.argv[1], 3):
        print(figure)
        sys.stdout.flush()
