"""A crash leaves a trace, and what a crashed demo left behind is cleared at the next start."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from popdesk.app import DEMO_PREFIX, remove_abandoned_demos
from popdesk.security.instance_lock import InstanceLock

CRASHING = """
import ctypes, sys
from pathlib import Path
from popdesk.app import record_native_crashes

def searching_for_cuckooing():
    ctypes.string_at(0)  # reads address 0: a segmentation fault, as a crash in Qt would be

record_native_crashes(Path(sys.argv[1]))
searching_for_cuckooing()
"""


def test_a_native_crash_writes_the_stack_into_the_log_folder(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CRASHING, str(tmp_path)], capture_output=True, text=True
    )
    assert done.returncode != 0
    trace = (tmp_path / "crash.log").read_text(encoding="utf-8")
    assert "popdesk started" in trace
    assert "Segmentation fault" in trace
    assert "searching_for_cuckooing" in trace


def test_the_crash_log_is_marked_at_each_start_and_begun_afresh_when_large(
    tmp_path: Path,
) -> None:
    (tmp_path / "crash.log").write_text("x" * 1_000_001, encoding="utf-8")
    marking = "import sys; from pathlib import Path; from popdesk.app import record_native_crashes;"
    marking += "record_native_crashes(Path(sys.argv[1]))"
    subprocess.run([sys.executable, "-c", marking, str(tmp_path)], check=True)
    path = tmp_path / "crash.log"
    assert path.read_text(encoding="utf-8").startswith("popdesk started")
    assert (tmp_path / "crash.log.1").stat().st_size == 1_000_001


def abandoned(temp: Path, name: str, age: float = 3600) -> Path:
    folder = temp / (DEMO_PREFIX + name)
    folder.mkdir()
    (folder / "demo.db").write_bytes(b"encrypted")
    (folder / "demo.db-wal").write_bytes(b"encrypted")
    then = time.time() - age
    os.utime(folder, (then, then))
    return folder


def test_demo_stores_left_by_a_crash_are_removed_and_open_ones_kept(tmp_path: Path) -> None:
    crashed = abandoned(tmp_path, "crashed")
    open_now = abandoned(tmp_path, "open")
    starting = abandoned(tmp_path, "starting", age=1)
    (tmp_path / "popdesk-demo-a-file").write_text("not a folder", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("mine", encoding="utf-8")
    (tmp_path / (DEMO_PREFIX + "link")).symlink_to(elsewhere)
    lock = InstanceLock(open_now / "demo.db").acquire()  # a popdesk has this one open
    try:
        removed = remove_abandoned_demos(tmp_path)
    finally:
        lock.release()
    assert removed == [crashed]
    assert not crashed.exists()
    assert (open_now / "demo.db").exists() and (starting / "demo.db").exists()
    assert (elsewhere / "keep.txt").exists()


def test_a_demo_killed_outright_is_cleared_by_the_next_start(tmp_path: Path) -> None:
    """A real ``popdesk --demo`` killed with SIGKILL, then the clean-up of the next start."""
    env = {**os.environ, "TMPDIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen(
        [sys.executable, "-m", "popdesk", "--demo"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.time() + 60
        while time.time() < deadline and not list(tmp_path.glob(DEMO_PREFIX + "*/demo.db")):
            time.sleep(0.1)
        assert list(tmp_path.glob(DEMO_PREFIX + "*/demo.db"))
        time.sleep(1)
        # while it runs, its store is kept
        assert remove_abandoned_demos(tmp_path, older_than=0) == []
    finally:
        app.kill()
        app.wait()
    assert len(remove_abandoned_demos(tmp_path, older_than=0)) == 1
    assert not list(tmp_path.glob(DEMO_PREFIX + "*"))
