"""Time the handover pack for the largest handover in a demo store (a benchmark, not a test).

    .venv/bin/python benchmarks/handover_pack.py [--runs 5]

Builds a fresh demo store, plus a handover for someone holding 200 SPOC roles, and prints the
median, fastest and slowest time to gather, lay out and write each pack.
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from tests.unit.test_exports import holder_of_200_roles

    from popdesk.app import open_demo_store
    from popdesk.db.store import open_store
    from popdesk.security.keyring_access import TransientKeyring
    from popdesk.services import Services
    from popdesk.services.exports import ExportService

    folder = Path(tempfile.mkdtemp(prefix="popdesk-bench-"))
    (folder / "demo").mkdir()
    demo_store = open_demo_store(folder / "demo")
    demo = Services.over(demo_store.sessions)
    largest = max(demo.handovers.list_handovers(), key=lambda h: h.total)
    big_store = open_store(folder / "big.db", create=True, keyring=TransientKeyring())
    big = holder_of_200_roles(Services.over(big_store.sessions))

    print(f"{'handover':<48} {'items':>5} {'pages':>5} {'median s':>9} {'min s':>7} {'max s':>7}")
    for label, store, handover_id, items in (
        (f"demo: {largest.post}", demo_store, largest.id, largest.total),
        ("200 SPOC roles", big_store, big.id, big.total),  # type: ignore[attr-defined]
    ):
        exporter = ExportService(store.sessions)
        times = []
        for run in range(args.runs):
            started = time.perf_counter()
            out = exporter.handover_pack(handover_id, folder / f"pack-{run}.pdf")
            times.append(time.perf_counter() - started)
        from pypdf import PdfReader

        pages = len(PdfReader(out).pages)
        print(
            f"{label[:48]:<48} {items:>5} {pages:>5} {statistics.median(times):>9.3f} "
            f"{min(times):>7.3f} {max(times):>7.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
