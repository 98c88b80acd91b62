"""Start-up: the window is drawn before the store opens, then filled; closing stops background
checks instead of leaving them running against a closed store."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from popdesk.errors import CheckStopped


def private_folders(tmp_path: Path) -> dict[str, str]:
    """The environment for a popdesk process whose settings and logs stay in ``tmp_path``."""
    return {
        **os.environ,
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }


DRIVER = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from popdesk import app as popdesk_app
from popdesk.views.main_window import MainWindow

app = QApplication(sys.argv)
opening = popdesk_app.open_for_gui
seen = {}

def open_for_gui(*args):
    shell = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    print("shell", shell._painted and shell.isVisible(), shell.ui.sidebar.isEnabled(),
          shell.ui.page_title.text(), flush=True)
    seen["window"] = shell
    return opening(*args)

popdesk_app.open_for_gui = open_for_gui

def quit_once_filled():
    window = seen.get("window")
    dashboard = getattr(window, "pages", {}).get("dashboard")
    if dashboard is not None and dashboard.filled:
        print("filled", window.ui.sidebar.isEnabled(), len(dashboard.lines("Overdue actions")),
              flush=True)
        window.close()
        QApplication.quit()
    else:
        QTimer.singleShot(20, quit_once_filled)

QTimer.singleShot(0, quit_once_filled)
sys.exit(popdesk_app.run_gui(None, demo=True))
"""


def test_the_window_is_painted_first_then_the_demo_store_fills_its_dashboard(
    tmp_path: Path,
) -> None:
    """The real start-up, in a process of its own: the shell is on screen, sidebar not yet
    usable, when the store starts opening; then the dashboard shows the store's data."""
    done = subprocess.run(
        [sys.executable, "-c", DRIVER],
        capture_output=True,
        text=True,
        timeout=120,
        env=private_folders(tmp_path),
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert lines[0] == "shell True False Opening the store…"
    filled = lines[1].split()
    assert filled[:2] == ["filled", "True"] and int(filled[2]) > 0


EARLY_DRIVER = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from popdesk import app as popdesk_app
from popdesk.services.dashboard import DashboardService
from popdesk.views.main_window import MainWindow

app = QApplication(sys.argv)
attaching = popdesk_app._attach_store
reads = []
seen = {}
DashboardService.read = lambda self, *a, real=DashboardService.read: reads.append(1) or real(
    self, *a
)

def attach_store(window, *args):
    early = window._early.get("dashboard")
    print("early", early is not None and early.filled, window.ui.sidebar.isEnabled(),
          window.ui.page_title.text(), len(early.lines("Overdue actions")), flush=True)
    seen["window"], seen["early"] = window, early
    attaching(window, *args)
    dashboard = window.pages["dashboard"]
    print("attached", dashboard is early, window.ui.sidebar.isEnabled(), len(reads), flush=True)
    window.go("dashboard")  # shown afresh when asked for
    print("again", len(reads), len(dashboard.lines("Overdue actions")), flush=True)
    print(window.windowTitle(), flush=True)
    window.close()
    QApplication.quit()

popdesk_app._attach_store = attach_store
sys.exit(popdesk_app.run_gui(sys.argv[1]))
"""


def test_on_a_store_whose_key_is_at_hand_the_dashboard_is_read_before_the_rest_loads(
    tmp_path: Path,
) -> None:
    """popdesk on an everyday store: the dashboard shows the store's lines before the store is
    attached (sidebar still waiting), and attaching keeps that page instead of reading it again."""
    from popdesk.db.store import open_store
    from popdesk.demo.small import DemoService

    store = open_store(tmp_path / "everyday.db", create=True)
    DemoService(store.sessions).fill()
    store.close(backup=False)
    done = subprocess.run(
        [sys.executable, "-c", EARLY_DRIVER, str(tmp_path / "everyday.db")],
        capture_output=True,
        text=True,
        timeout=120,
        env=private_folders(tmp_path),
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    early, attached, again = (line.split() for line in done.stdout.splitlines()[:3])
    assert early[:4] == ["early", "True", "False", "Dashboard"] and int(early[4]) > 0
    assert attached == ["attached", "True", "True", "0"]
    assert again == ["again", "1", early[4]]
    assert done.stdout.splitlines()[3] == "everyday.db – popdesk"  # windows told apart


def test_a_page_check_stopped_part_way_never_reports_damage(tmp_path: Path) -> None:
    from popdesk.app import open_demo_store
    from popdesk.security import sqlcipher_files
    from popdesk.services.store_control import StoreControl

    store = open_demo_store(tmp_path)
    control = StoreControl(store)
    outcome: list[object] = []

    def check() -> None:
        try:
            outcome.append(control.quick_check())
        except CheckStopped as exc:
            outcome.append(exc)

    worker = threading.Thread(target=check)
    worker.start()
    control.stop_checks()
    worker.join(timeout=30)
    assert outcome and (outcome[0] is None or isinstance(outcome[0], CheckStopped))
    stopped = sqlcipher_files.Interruptible()
    stopped.stop()  # asked to stop before it began: it does not report anything either
    with pytest.raises(CheckStopped):
        sqlcipher_files.integrity(store.path, store._require_key(), quick=True, stop=stopped)
    store.close(backup=False)
