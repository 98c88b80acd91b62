"""Started as a child process by the benchmarks: a bare PySide6 window, or popdesk itself, each
printing the wall-clock moment of what it was asked to show (a benchmark aid, not a test).

    python startup_probe.py bare
    python startup_probe.py popdesk STORE
    python startup_probe.py engagements STORE

Each line printed is ``EVENT SECONDS_SINCE_EPOCH``; the parent took the time before starting the
process, so the difference covers interpreter start, imports, the store and the first paint.
"""

from __future__ import annotations

import resource
import sys
import time


def say(event: str, when: float | None = None) -> None:
    print(event, repr(when if when is not None else time.time()), flush=True)


def _peak_kib() -> int:
    """This process's peak resident memory. On Linux from VmHWM: ru_maxrss also keeps the
    parent's resident size from before exec, which is large when the parent has just written
    the large demo."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def bare() -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1280, 800)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and watched is window:
                say("painted")
                QTimer.singleShot(0, app.quit)
            return False

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    return int(app.exec())


def popdesk(store: str) -> int:
    """The real start-up, ``popdesk --db STORE`` through its command line: first paint of the
    main window, then the first paint of the dashboard once it holds the store's data.

    The first paint is seen by the window's own paint handler, as the bare window's is seen by
    a filter on that window alone: an application-wide filter would run Python for every event
    of every widget being built and slow down what it measures. It is installed only after the
    first paint, to see the dashboard's."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QApplication

    from popdesk.views.main_window import MainWindow

    app = QApplication(sys.argv)
    seen: set[str] = set()

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.Paint:
                return False
            if watched.objectName() != "qt_scrollarea_viewport":
                return False
            tree = watched.parent()
            if tree is None or tree.objectName() != "attention_tree":
                return False
            page = tree.parent()
            while page is not None and not hasattr(page, "filled"):
                page = page.parent()
            if page is not None and page.filled and "filled" not in seen:
                seen.add("filled")
                say("filled")
                QTimer.singleShot(0, app.quit)
            return False

    watch = Watch()
    painting = MainWindow.paintEvent

    def first_paint(window: MainWindow, event: QPaintEvent) -> None:
        painting(window, event)
        if "painted" not in seen:
            seen.add("painted")
            say("painted")
            app.installEventFilter(watch)

    MainWindow.paintEvent = first_paint  # type: ignore[method-assign]
    from popdesk.cli import main

    return main(["--db", store])  # as ``popdesk --db STORE``


def engagements(store: str) -> int:
    """The engagement log over the whole store: time to its first rows on screen, and the
    process's peak memory once they are. The store has answered one query first (the counts
    the dashboard shows), as in the app, where the log is never the first thing read."""
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from popdesk.db.store import open_store
    from popdesk.services import Services
    from popdesk.views.pages.engagements import EngagementsView

    app = QApplication(sys.argv)
    opened = open_store(Path(store))
    services = Services.over(opened.sessions)
    services.check.counts()
    started = time.time()
    view = EngagementsView(
        services.engagements,
        services.actions,
        services.partners,
        services.staff,
        services.problems,
    )
    view.resize(1280, 800)
    view.show()
    view.refresh()
    rows = view.ui.table_view.model().rowCount()
    view.ui.table_view.viewport().repaint()  # drawn now, with the rows in it
    say("shown")
    app.processEvents()  # and what the page does next (filling its filter lists)
    say("started", started)
    print("rows", rows, flush=True)
    print("peak_kib", _peak_kib(), flush=True)
    opened.close(backup=False)
    return 0


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "bare":
        sys.exit(bare())
    if mode == "popdesk":
        sys.exit(popdesk(sys.argv[2]))
    if mode == "engagements":
        sys.exit(engagements(sys.argv[2]))
    sys.exit(f"unknown mode {mode}")
