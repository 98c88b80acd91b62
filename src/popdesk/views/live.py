"""Keeping the open section current on a shared store: a thread waits for the server's notices
of changes (``services.changes``) and the section shown is read again on the GUI thread when a
change touches it. Other sections are read afresh whenever they are shown anyway."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from popdesk.services.changes import ChangeFeed

log = logging.getLogger(__name__)

WAIT_S = 1.0  # each wait on the server; stopping takes at most this long
SETTLE_MS = 400  # a burst of changes is one refresh


class LiveUpdates(QObject):
    changed = Signal(object)  # a set of section keys, from the listening thread

    def __init__(
        self,
        feed: ChangeFeed,
        current: Callable[[], str | None],
        refresh: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._feed = feed
        self._current = current
        self._refresh = refresh
        self._pending: set[str] = set()
        self._stop = threading.Event()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self._apply)
        self.changed.connect(self._gather)
        self._thread = threading.Thread(target=self._listen, name="popdesk-changes", daemon=True)
        self._thread.start()

    def _listen(self) -> None:
        while not self._stop.is_set():
            try:
                sections = self._feed.next_changes(WAIT_S)
            except Exception:  # never let the listener end the app; it tries again
                log.exception("listening for changes failed")
                self._stop.wait(WAIT_S)
                continue
            if sections and not self._stop.is_set():
                self.changed.emit(sections)

    def _gather(self, sections: set[str]) -> None:
        self._pending |= sections
        self._timer.start()

    def _apply(self) -> None:
        pending, self._pending = self._pending, set()
        key = self._current()
        if key is not None and key in pending:
            self._refresh(key)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=WAIT_S + 1)
        self._feed.close()
