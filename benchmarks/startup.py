"""Start-up on the large store against a bare PySide6 window started the same way (a benchmark,
not a test): both are new Python processes running ``startup_probe.py``, alternately, so machine
noise falls on both alike. Run by ``benchmarks/run.py``."""

from __future__ import annotations

from pathlib import Path

from common import Figure, median, probe

PAINT_RATIO = 1.5
FILLED_RATIO = 4.0


def measure(store: Path, runs: int) -> list[Figure]:
    bare: list[float] = []
    painted: list[float] = []
    filled: list[float] = []
    probe("bare")  # the first start of any Python process pays for a cold file cache
    probe("popdesk", str(store))
    for _ in range(runs):
        bare.append(probe("bare")["painted"])
        ours = probe("popdesk", str(store))
        painted.append(ours["painted"])
        filled.append(ours["filled"])
    window = median(bare)
    first, full = median(painted), median(filled)
    return [
        Figure(
            "start to first painted main window, large store",
            f"{first * 1000:.0f} ms ({first / window:.2f} ×)",
            f"≤ {PAINT_RATIO} × bare window",
            f"bare PySide6 window {window * 1000:.0f} ms",
            first <= PAINT_RATIO * window,
        ),
        Figure(
            "start to dashboard filled with data, large store",
            f"{full * 1000:.0f} ms ({full / window:.2f} ×)",
            f"≤ {FILLED_RATIO:.0f} × bare window",
            f"bare PySide6 window {window * 1000:.0f} ms",
            full <= FILLED_RATIO * window,
        ),
    ]
