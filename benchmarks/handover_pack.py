"""The handover pack of someone holding 200 SPOC roles, 20 group seats and 2,000 engagements with
their partners in the last 90 days (a benchmark, not a test). Run by ``benchmarks/run.py``.

Times gathering, laying out and writing the whole PDF, median of the runs.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from common import Figure, median
from tests.builders import busy_holder

TARGET_S = 2.0


def measure(folder: Path, runs: int) -> list[Figure]:
    from pypdf import PdfReader

    from popdesk.db.store import open_store
    from popdesk.services import Services

    made = Path(tempfile.mkdtemp(prefix="busy-holder-", dir=folder))  # a new store each run
    store = open_store(made / "busy-holder.db", create=True)
    services = Services.over(store.sessions)
    handover = busy_holder(services, groups=20, engagements=2000)
    exporter = services.exports
    times = []
    for run in range(runs):
        started = time.perf_counter()
        out = exporter.handover_pack(handover.id, folder / f"pack-{run}.pdf")
        times.append(time.perf_counter() - started)
    pages = len(PdfReader(out).pages)
    store.close(backup=False)
    took = median(times)
    return [
        Figure(
            "handover pack: 200 SPOC roles, 20 groups, 2,000 engagements",
            f"{took:.2f} s",
            f"≤ {TARGET_S:.0f} s",
            f"{handover.total} checklist items, {pages} pages; fastest {min(times):.2f} s",
            took <= TARGET_S,
        )
    ]
