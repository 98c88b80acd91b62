"""What encryption costs: opening and reading an encrypted store against the same store unencrypted,
measured in one run on one machine (a benchmark, not a test).

    .venv/bin/python benchmarks/open_store.py [--runs 15] [--engagements 20000]

Builds one demo store, grows its engagement log, and keeps an unencrypted copy of it (the form an
earlier popdesk wrote). Then, alternating the two so machine noise falls on both alike, it times:
connecting and reading the first page of the engagement log; a full-text search; and popdesk's
whole ``open_store`` (keyring, key check, quick_check) on the encrypted store.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--engagements", type=int, default=20_000)
    args = parser.parse_args()

    from popdesk.db.sqlite.connection import make_engine, make_sessions
    from popdesk.db.store import open_store
    from popdesk.demo.small import DemoService
    from popdesk.security import sqlcipher_files as files
    from popdesk.security.keyring_access import TransientKeyring
    from popdesk.services import Services

    folder = Path(tempfile.mkdtemp(prefix="popdesk-bench-"))
    keyring = TransientKeyring()
    store = open_store(folder / "enc.db", create=True, keyring=keyring)
    DemoService(store.sessions).fill()
    _grow(store.engine, args.engagements)
    key = store._key
    assert key is not None
    store.close(backup=False)
    plain = folder / "plain.db"
    with files.opened(folder / "enc.db", key) as conn:  # the same contents, unencrypted
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    size = (folder / "enc.db").stat().st_size / 1e6

    def first_page(path: Path, key: bytes | None) -> Callable[[], None]:
        def run() -> None:
            engine = make_engine(path, key)
            Services.over(make_sessions(engine)).engagements.list_engagements(limit=200)
            engine.dispose()

        return run

    def search(path: Path, key: bytes | None) -> Callable[[], None]:
        def run() -> None:
            engine = make_engine(path, key)
            Services.over(make_sessions(engine)).search.search("licensing", limit=40)
            engine.dispose()

        return run

    def quick_check(path: Path, key: bytes | None) -> Callable[[], None]:
        def run() -> None:
            assert files.integrity(path, key, quick=True) is None

        return run

    def full_open() -> None:
        open_store(folder / "enc.db", keyring=keyring).close(backup=False)

    rows = [
        (
            "connect + first 200 engagements",
            first_page(plain, None),
            first_page(folder / "enc.db", key),
        ),
        ("connect + search 'licensing'", search(plain, None), search(folder / "enc.db", key)),
        (
            "quick_check (reads every page)",
            quick_check(plain, None),
            quick_check(folder / "enc.db", key),
        ),
    ]
    print(f"store: {size:.1f} MB, {args.engagements + 400} engagements; {args.runs} runs each")
    print(f"{'operation':<34} {'plain ms':>9} {'encrypted ms':>13} {'ratio':>6}")
    for label, plain_run, encrypted_run in rows:
        p, e = _alternate(plain_run, encrypted_run, args.runs)
        print(f"{label:<34} {p * 1000:9.1f} {e * 1000:13.1f} {e / p:6.2f}")
    whole = _median(full_open, args.runs)
    print(f"{'open_store (keyring, checks)':<34} {'':>9} {whole * 1000:13.1f}")
    return 0


def _grow(engine: object, count: int) -> None:
    """Many more engagements, written straight into the table (fast), to give the files size."""
    import uuid

    from sqlalchemy import insert

    from popdesk.db.models import Engagement
    from popdesk.domain.enums import EngagementType

    start = datetime(2024, 1, 1, tzinfo=UTC)
    rows = [
        {
            "id": uuid.uuid4(),
            "occurred_at": start + timedelta(hours=n),
            "type": EngagementType.CALL,
            "summary": f"Call about licensing and the night-time economy, number {n}",
            "outcome": "Agreed a joint visit",
            "created_at": start,
            "updated_at": start,
            "version": 1,
        }
        for n in range(count)
    ]
    with engine.begin() as conn:  # type: ignore[attr-defined]
        conn.execute(insert(Engagement), rows)


def _alternate(a: Callable[[], None], b: Callable[[], None], runs: int) -> tuple[float, float]:
    a()
    b()  # warm both: the first open pays for imports and the page cache
    times_a, times_b = [], []
    for _ in range(runs):
        for run, times in ((a, times_a), (b, times_b)):
            t = time.perf_counter()
            run()
            times.append(time.perf_counter() - t)
    return statistics.median(times_a), statistics.median(times_b)


def _median(run: Callable[[], None], runs: int) -> float:
    run()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        run()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


if __name__ == "__main__":
    raise SystemExit(main())
