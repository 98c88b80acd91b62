"""Importing a 50,000-contact CSV into a new store, against inserting the same rows with raw SQL
(a benchmark, not a test). Run by ``benchmarks/run.py``.

The file is the large demo's own contacts exported as popdesk CSV, made distinct (a number after
each name, an address of its own, and one of 16,000 numbers from Ofcom's drama ranges for the
first 16,000, none for the rest) so every row is new. Each run imports it whole
(read, check every row, look for duplicates, write in one transaction) into a new store; then the
rows that import wrote (contacts, phones, emails, organisations, audit entries) are inserted into
another new store with ``executemany`` on the bare cursor, in one transaction, so the search
index triggers run for both.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from common import Figure, median

# Ofcom's ranges for drama: 1,000 numbers each, never given to anyone.
DRAMA = (
    "113496",
    "114496",
    "115496",
    "116496",
    "117496",
    "118496",
    "121496",
    "131496",
    "141496",
    "151496",
    "161496",
    "1914980",
    "2079460",
    "2920180",
    "1632960",
    "2896496",
)
TARGET_S = 10.0
TARGET_RATIO = 3.0


def measure(folder: Path, large_store: Path, runs: int) -> list[Figure]:
    from popdesk.db.base import Base
    from popdesk.db.store import open_store
    from popdesk.services import Services

    exported = folder / "contacts-50k-exported.csv"
    if not exported.exists():
        store = open_store(large_store)
        Services.over(store.sessions).contact_exports.contacts(exported, format="csv")
        store.close(backup=False)
    csv_file = folder / "contacts-50k.csv"
    if not csv_file.exists():
        _distinct(exported, csv_file)

    tables = [t.name for t in Base.metadata.sorted_tables]

    def rows_of(store: Any) -> dict[str, set[tuple[Any, ...]]]:
        with store.engine.connect() as conn:
            cursor = conn.connection.driver_connection.cursor()
            found = {}
            for table in tables:
                cursor.execute(f'SELECT * FROM "{table}"')
                found[table] = set(cursor.fetchall())
            return found

    stores = Path(tempfile.mkdtemp(prefix="imports-", dir=folder))  # new stores every time
    ours: list[float] = []
    contacts = 0
    written: dict[str, list[tuple[Any, ...]]] = {}
    for run in range(runs):
        store = open_store(stores / f"import-{run}.db", create=True)
        before = rows_of(store) if run == 0 else {}
        imports = Services.over(store.sessions).imports
        started = time.perf_counter()
        result = imports.commit(imports.read(csv_file))
        ours.append(time.perf_counter() - started)
        contacts = result.contacts
        if run == 0:
            after = rows_of(store)
            written = {t: sorted(after[t] - before[t], key=repr) for t in tables}
        store.close(backup=False)

    bare: list[float] = []
    for run in range(runs):
        store = open_store(stores / f"raw-{run}.db", create=True)
        with store.engine.connect() as conn:
            raw = conn.connection.driver_connection
            cursor = raw.cursor()
            started = time.perf_counter()
            cursor.execute("BEGIN")
            for table in tables:
                rows = written[table]
                if rows:
                    marks = ", ".join("?" * len(rows[0]))
                    cursor.executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows)
            cursor.execute("COMMIT")
            bare.append(time.perf_counter() - started)
        store.close(backup=False)

    took, raw_took = median(ours), median(bare)
    ratio = took / raw_took
    return [
        Figure(
            f"import of a {contacts:,}-contact CSV",
            f"{took:.1f} s ({ratio:.2f} ×)",
            f"≤ {TARGET_S:.0f} s and ≤ {TARGET_RATIO:.0f} × raw",
            f"same rows by raw SQL {raw_took:.2f} s "
            f"({sum(len(r) for r in written.values()):,} rows)",
            took <= TARGET_S and ratio <= TARGET_RATIO,
        )
    ]


def _distinct(exported: Path, out: Path) -> None:
    import csv

    with exported.open(encoding="utf-8-sig", newline="") as f:
        first = f.readline()  # the file's marking, above the header row
        if "," in first:
            f.seek(0)
        rows = list(csv.DictReader(f))
    for n, row in enumerate(rows):
        row["Name"] = f"{row['Name']} {n:05d}"
        row["Emails"] = f"contact{n}@partner{n % 5000}.example.org"
        prefix = DRAMA[n // 1000] if n < 1000 * len(DRAMA) else None
        row["Phones"] = f"Office: +44{prefix}{n % 1000:0{13 - 3 - len(prefix)}d}" if prefix else ""
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
