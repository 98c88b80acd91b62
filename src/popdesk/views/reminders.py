"""Reminders while offline: at start and then once a day, what is due, as partner systems
prompt at log-on. A desktop notification where there is a system tray, a note at the top of the
dashboard otherwise; clicking opens the record. Nothing leaves the computer."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel, QSystemTrayIcon, QWidget

from popdesk.services.dashboard import Reminder
from popdesk.views.icons import icon

WHY = {
    "overdue": QT_TRANSLATE_NOOP("Reminders", "overdue"),
    "due today": QT_TRANSLATE_NOOP("Reminders", "due today"),
    "tomorrow": QT_TRANSLATE_NOOP("Reminders", "tomorrow"),
    "review due": QT_TRANSLATE_NOOP("Reminders", "review due"),
}
KINDS = {
    "action": QT_TRANSLATE_NOOP("Reminders", "Action"),
    "meeting": QT_TRANSLATE_NOOP("Reminders", "Meeting"),
    "spoc": QT_TRANSLATE_NOOP("Reminders", "SPOC role"),
    "contact": QT_TRANSLATE_NOOP("Reminders", "Contact's details"),
}
log = logging.getLogger(__name__)

SHOWN = 6  # lines in a notification; the dashboard has the rest
IN_NOTE = 3  # lines in the note at the top of the window, which should not crowd the section


def line(reminder: Reminder) -> str:
    translate = QCoreApplication.translate
    kind = translate("Reminders", KINDS.get(reminder.kind, reminder.kind))
    why = translate("Reminders", WHY.get(reminder.why, reminder.why))
    return f"{kind}: {reminder.what} ({why})"


class Reminders(QObject):
    """Puts the day's reminders to the person once a day while popdesk is open."""

    def __init__(
        self,
        read: Callable[[], list[Reminder]],
        today: Callable[[], date],
        open_record: Callable[[str, uuid.UUID], None],
        note: QLabel,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.read, self.today, self.open_record, self.note = read, today, open_record, note
        self.enabled = True
        self.shown_on: date | None = None
        self.latest: list[Reminder] = []
        self.tray: QSystemTrayIcon | None = None
        note.setWordWrap(True)
        note.setOpenExternalLinks(False)
        note.linkActivated.connect(self._link)
        note.setStyleSheet(
            "QLabel { background: #fff4d6; border: 1px solid #e0c36b; border-radius: 4px;"
            " padding: 6px 8px; color: #3b2f00; }"
        )
        note.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(60 * 60 * 1000)  # hourly: a new day is noticed within the hour
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        if not enabled:
            self.note.hide()
            if self.tray is not None:
                self.tray.hide()

    def check(self) -> list[Reminder]:
        """Remind, unless already done today (or turned off); returns what was shown."""
        window = self.parent()
        if isinstance(window, QWidget) and not window.isVisible():
            return []  # closed, or locked: its store may be closed too
        today = self.today()
        if not self.enabled or self.shown_on == today:
            return []
        self.shown_on = today
        try:
            self.latest = self.read()
        except Exception:  # a reminder is a courtesy: its failure is logged, never shown
            log.warning("today's reminders not read", exc_info=True)
            return []
        if not self.latest:
            self.note.hide()
            return []
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._notify()
        self._show_note()
        return self.latest

    def _notify(self) -> None:
        if self.tray is None:
            self.tray = QSystemTrayIcon(icon("popdesk"), self)
            self.tray.setToolTip("popdesk")
            self.tray.messageClicked.connect(self._clicked)
        self.tray.show()
        body = "\n".join(line(r) for r in self.latest[:SHOWN])
        if len(self.latest) > SHOWN:
            body += "\n" + self.tr("… and {0} more on the dashboard").format(
                len(self.latest) - SHOWN
            )
        self.tray.showMessage(
            self.tr("popdesk: {0} things need you today").format(len(self.latest)),
            body,
            QSystemTrayIcon.MessageIcon.Information,
            15_000,
        )

    def _show_note(self) -> None:
        counts: dict[str, int] = {}
        for reminder in self.latest:
            counts[reminder.kind] = counts.get(reminder.kind, 0) + 1
        kinds = {
            kind: QCoreApplication.translate("Reminders", KINDS.get(kind, kind)) for kind in counts
        }
        summary = ", ".join(f"{n} × {kinds[kind]}" for kind, n in counts.items())
        links = [f'<a href="{r.kind}:{r.id}">{escape(line(r))}</a>' for r in self.latest[:IN_NOTE]]
        more = (
            "<br/>"
            + escape(self.tr("… and {0} more on the dashboard").format(len(self.latest) - IN_NOTE))
            if len(self.latest) > IN_NOTE
            else ""
        )
        dismiss = escape(self.tr("Dismiss"))
        heading = escape(self.tr("Today's reminders"))
        self.note.setText(
            f'<b>{heading}</b> ({escape(summary)})&nbsp;&nbsp;<a href="close:">{dismiss}</a><br/>'
            + "<br/>".join(links)
            + more
        )
        self.note.show()

    def _clicked(self) -> None:
        """The notification was clicked: one reminder opens its record; several, the first."""
        if self.latest:
            first = self.latest[0]
            self.open_record(first.kind, first.id)
        window = self.parent()
        if isinstance(window, QWidget):
            window.showNormal()
            window.raise_()
            window.activateWindow()

    def _link(self, target: str) -> None:
        kind, _, record_id = target.partition(":")
        if kind == "close":
            self.note.hide()
            return
        self.open_record(kind, uuid.UUID(record_id))
