"""What the benchmarks share: a figure and its verdict, medians, a keyring kept in a file so child
processes open the store as the desktop app does, and running a probe in a child process."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for folder in (ROOT / "src", ROOT, HERE):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))


@dataclass(frozen=True)
class Figure:
    name: str
    measured: str
    target: str
    compared: str
    passed: bool


def median(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def use_file_keyring(folder: Path) -> None:
    """From here on, this process and its children keep store keys in ``folder/keyring.json``."""
    os.environ["PYTHON_KEYRING_BACKEND"] = "bench_keyring.FileKeyring"
    os.environ["POPDESK_BENCH_KEYRING"] = str(folder / "keyring.json")
    os.environ["PYTHONPATH"] = os.pathsep.join(
        [str(HERE), str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]
    ).rstrip(os.pathsep)
    # settings, remembered window state and logs of the benchmark's own, not the user's
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(folder / name.lower())
    os.environ["QT_QPA_PLATFORM"] = "offscreen"


def probe(*args: str) -> dict[str, float]:
    """Run ``startup_probe.py ARGS`` in a new Python process; each event's seconds since the
    process was started (and any plain numbers it printed)."""
    started = time.time()
    done = subprocess.run(
        [sys.executable, str(HERE / "startup_probe.py"), *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    events: dict[str, float] = {}
    for line in done.stdout.splitlines():
        event, _, value = line.partition(" ")
        try:
            number = float(value)
        except ValueError:
            continue
        events[event] = number - started if number > 1e9 else number
    if done.returncode != 0 or not events:
        raise RuntimeError(f"probe {args} failed:\n{done.stderr[-2000:]}")
    return events


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"
