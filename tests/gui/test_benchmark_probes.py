"""The benchmarks' child processes still run against today's popdesk (a changed constructor
broke one unseen): each is started here on a small store, as benchmarks/run.py starts it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCHMARKS = ROOT / "benchmarks"


def child_env() -> dict[str, str]:
    """The environment of a benchmark's child: the tests' keyring (tests.fakes) found from
    the project's folder, as the test run has it now."""
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "PYTHONPATH": path}


def test_the_engagement_log_probe_shows_rows(tmp_path: Path) -> None:
    from popdesk.db.store import open_store
    from popdesk.demo.small import DemoService

    store = open_store(tmp_path / "demo.db", create=True)
    DemoService(store.sessions).fill()
    store.close(backup=False)
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "startup_probe.py"), "engagements", str(store.path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**child_env(), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    rows = [line for line in done.stdout.splitlines() if line.startswith("rows ")]
    assert rows and int(rows[0].split()[1]) > 0


def test_the_server_benchmark_client_logs_its_engagements() -> None:
    from popdesk.db.postgresql.store import open_server_store
    from popdesk.demo.small import DemoService
    from tests.postgres import fresh_database

    with fresh_database() as url:
        store = open_server_store(url)
        DemoService(store.sessions).fill()
        store.close()
        done = subprocess.run(
            [sys.executable, str(BENCHMARKS / "server_client.py"), url, "probe", "3"],
            input="go\n",
            capture_output=True,
            text=True,
            timeout=120,
            env=child_env(),
        )
        assert done.returncode == 0, done.stderr[-2000:]
        ready, result = done.stdout.splitlines()
        assert ready == "ready" and len(json.loads(result)["saves"]) == 3
