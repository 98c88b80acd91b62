"""Global search typed into at human speed, with the event loop running between key presses.

A person types, pauses, deletes and types again while earlier searches are still running on
the thread pool; results come back out of order. The check runs in a child process, so a
crash (the kind that timing brings out) fails the test instead of ending the test run.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

SCRIPT = r"""
import random, sys, faulthandler
from pathlib import Path
faulthandler.enable()
from PySide6.QtCore import Qt, QElapsedTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from popdesk.db.store import open_store
from popdesk.services import Services
from popdesk.demo.small import DemoService
from popdesk.views.main_window import MainWindow
from popdesk.views.workers import tasks_waiting
from popdesk.views.main_window import SEARCH_LIMIT

app = QApplication([])
store = open_store(Path(sys.argv[1]), create=True)
DemoService(store.sessions).fill()
services = Services.over(store.sessions)
window = MainWindow(services, store_label="demo")
window.resize(1280, 800)
window.show()
edit = window.ui.search_edit
popup = window.search_popup
edit.setFocus()

def wait(ms):
    clock = QElapsedTimer()
    clock.start()
    while clock.elapsed() < ms:
        app.processEvents()
        QTest.qWait(1)

def settled():
    return not popup.timer.isActive() and tasks_waiting() == 0

def shown():
    from popdesk.views.search import SHOW_ALL
    from popdesk.views.widgets import ID_ROLE
    return [item.data(0, ID_ROLE) for item in popup.hits()
            if item.data(0, ID_ROLE)[0] != SHOW_ALL]

def expected(text):
    from popdesk.views.search import PER_KIND
    found, per_kind = [], {}
    for hit in services.search.search(text, limit=SEARCH_LIMIT):
        per_kind[hit.kind] = per_kind.get(hit.kind, 0) + 1
        if per_kind[hit.kind] <= PER_KIND:
            found.append((hit.kind, hit.id))
    return found

words = ["cuckooing", "licensing", "glanafon", "council", "youth", "safeguarding", "heol",
         "food bank", "asb", "pubwatch", "school", "housing", "visit", "siân", "ceridwen"]
rng = random.Random(20261203)
queries = checks = 0
while queries < 200:
    word = rng.choice(words)
    if rng.random() < 0.3 and edit.text():
        QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    for ch in word[: rng.randint(1, len(word))]:
        QTest.sendKeyEvent(QTest.KeyAction.Click, edit, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)
        queries += 1
        wait(rng.choice([20, 35, 50, 80, 120, 160, 200, 260, 330, 400]))
    if rng.random() < 0.3:
        QTest.keyClick(edit, Qt.Key.Key_Backspace)
        queries += 1
        wait(rng.randint(20, 400))
    if rng.random() < 0.25:
        clock = QElapsedTimer()
        clock.start()
        while not settled() and clock.elapsed() < 5000:
            wait(10)
        wait(30)
        text = edit.text()
        if text.strip():
            assert popup.isVisible(), f"no results shown for {text!r}"
            assert popup.shown_for == text, f"shows {popup.shown_for!r} for {text!r}"
            want = expected(text) or []
            assert shown() == want, f"for {text!r}: {shown()!r} != {want!r}"
            checks += 1
print(f"survived {queries} queries, {checks} checks")
"""


def test_two_hundred_queries_typed_at_human_speed_always_show_the_latest_text(
    tmp_path: Path,
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "store.db")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "survived" in done.stdout
    queries, checks = (int(part.split()[0]) for part in done.stdout.split("survived")[1].split(","))
    assert queries >= 200 and checks >= 10
