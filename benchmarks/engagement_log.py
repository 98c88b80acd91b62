"""The engagement log over the large store's 500,000 engagements: time from building the view to
its first rows painted, and the peak memory of the process showing them (a benchmark, not a
test). Each run is a new process (``startup_probe.py engagements``), so the peak is its own."""

from __future__ import annotations

from pathlib import Path

from common import Figure, median, probe

TARGET_MS = 150
TARGET_MB = 350


def measure(store: Path, runs: int) -> list[Figure]:
    shown: list[float] = []
    peaks: list[float] = []
    rows = 0
    for _ in range(runs):
        events = probe("engagements", str(store))
        shown.append(events["shown"] - events["started"])
        peaks.append(events["peak_kib"] / 1024)
        rows = int(events["rows"])
    ms, peak = median(shown) * 1000, max(peaks)
    return [
        Figure(
            "engagement log, 500,000 rows: first rows shown",
            f"{ms:.0f} ms; peak {peak:.0f} MB",
            f"≤ {TARGET_MS} ms; ≤ {TARGET_MB} MB",
            f"{rows} rows loaded of the first page",
            ms <= TARGET_MS and peak <= TARGET_MB,
        )
    ]
