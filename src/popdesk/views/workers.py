"""Running slow work off the GUI thread, with the result handed back on it.

Nothing Qt owns is made per task. The work runs as a plain callable on the global thread pool
(which owns the runnable it wraps it in), and its result travels back through one long-lived
dispatcher that lives on the GUI thread, keyed by a number. An earlier design gave each task a
QRunnable and a QObject of its own and dropped them from the GUI thread when the result arrived:
Python could then free the runnable while the pool's thread was still returning from it, and
the QObject while its own queued signal was being delivered, a crash that came and went with
timing (typing in global search at ordinary speed).
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal, Slot
from shiboken6 import isValid


@dataclass
class _Waiting:
    on_done: Callable[[Any], None]
    on_failed: Callable[[BaseException], None]
    owner: QObject | None


class _Dispatcher(QObject):
    """Hands each finished task's outcome to its callbacks, on the GUI thread."""

    finished = Signal(int, bool, object)  # task number, succeeded, result or exception

    def __init__(self) -> None:
        super().__init__()
        self.waiting: dict[int, _Waiting] = {}
        self.lock = threading.Lock()
        self.numbers = itertools.count(1)
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def add(self, waiting: _Waiting) -> int:
        number = next(self.numbers)
        self.waiting[number] = waiting
        return number

    @Slot(int, bool, object)
    def _deliver(self, number: int, succeeded: bool, value: object) -> None:
        waiting = self.waiting.pop(number, None)
        if waiting is None:
            return
        if waiting.owner is not None and not isValid(waiting.owner):
            return  # closed before the result arrived: its widgets are gone
        if succeeded:
            waiting.on_done(value)
        else:
            assert isinstance(value, BaseException)
            waiting.on_failed(value)

    def pending(self) -> int:
        return len(self.waiting)


_dispatcher: _Dispatcher | None = None


def _the_dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None:
        app = QCoreApplication.instance()
        assert app is not None, "run_in_background needs a running Qt application"
        _dispatcher = _Dispatcher()
        _dispatcher.moveToThread(app.thread())
        app.destroyed.connect(_forget_dispatcher)
    return _dispatcher


def _forget_dispatcher(*_: object) -> None:
    global _dispatcher
    _dispatcher = None


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
    owner: QObject | None = None,
) -> None:
    """Run ``work`` on the thread pool; ``on_done(result)`` or ``on_failed(error)`` is then
    called on the GUI thread, unless ``owner`` (a widget the callbacks use) was destroyed."""
    dispatcher = _the_dispatcher()
    number = dispatcher.add(_Waiting(on_done, on_failed, owner))
    signal = dispatcher.finished

    def run() -> None:
        try:
            result = work()
        except Exception as exc:  # handed to the GUI thread, which shows it
            signal.emit(number, False, exc)
        else:
            signal.emit(number, True, result)

    QThreadPool.globalInstance().start(run)


def tasks_waiting() -> int:
    """How many results have not yet been handed back (for tests)."""
    return 0 if _dispatcher is None else _dispatcher.pending()
