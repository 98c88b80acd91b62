"""The main window's lock: after some minutes without use, or when asked, every window's contents
are hidden, the store is closed, and the passphrase (or the recovery key) opens it again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from popdesk.services.store_control import StoreControl
from popdesk.views.security import IdleWatcher, LockScreen, UnlockDialog

if TYPE_CHECKING:
    from popdesk.views.main_window import MainWindow


class StoreLock(QObject):
    def __init__(
        self,
        window: MainWindow,
        control: StoreControl | None,
        idle_minutes: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.control = control
        self.idle_minutes = idle_minutes
        self.lock_screen: LockScreen | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self._covers: list[QWidget] = []
        self._content: QWidget | None = None
        # a demo store's published passphrase, said while it still opens the store
        self.demo_passphrase = control.demo_passphrase if control is not None else None
        self.idle = IdleWatcher(idle_minutes, self)
        self.idle.idle.connect(lambda: self.lock(idle=True))
        if control is None:
            self.idle.pause()

    def forget_demo_passphrase(self) -> None:
        """The demo store's passphrase was changed: the published one opens it no more."""
        self.demo_passphrase = None

    def _demo_hint(self) -> str:
        if not self.demo_passphrase:
            return ""
        return self.tr("This is a demo store: its passphrase is “{0}”.").format(
            self.demo_passphrase
        )

    def set_idle_minutes(self, minutes: int) -> None:
        self.idle_minutes = minutes
        self.idle.set_minutes(minutes)

    def lock(self, *, idle: bool = False) -> None:
        """Hide every window's contents, close the store, and ask for the passphrase."""
        if self.control is None or self.control.locked:
            return
        self.idle.pause()
        window = self.window
        window.search_popup.hide()
        for top in list(window.app_windows()):
            cover = QWidget(top)
            cover.setAutoFillBackground(True)
            cover.setGeometry(top.rect())
            cover.show()
            cover.raise_()
            self._covers.append(cover)
        self._content = window.takeCentralWidget()
        hint = self._demo_hint()
        why = (
            self.tr("popdesk locked itself after {0} minutes without use").format(self.idle_minutes)
            if idle
            else self.tr("popdesk was locked")
        )
        self.lock_screen = LockScreen(
            self.tr("{0} and closed the store. Nothing unsaved was lost. {1}").format(why, hint),
            window,
        )
        self.lock_screen.unlock_requested.connect(self.ask_to_unlock)
        window.setCentralWidget(self.lock_screen)
        window.menuBar().setEnabled(False)
        self.control.lock()
        self.ask_to_unlock()

    def ask_to_unlock(self) -> None:
        if self.control is None or not self.control.locked:
            return
        if self.unlock_dialog is not None and self.unlock_dialog.isVisible():
            self.unlock_dialog.raise_()
            return
        reason = (
            self.tr("Type the passphrase (or the recovery key) of {0} to carry on.")
            if self.control.has_passphrase
            else self.tr(
                "{0} has no passphrase yet: type its recovery key to carry on, then set a "
                "passphrase in Settings."
            )
        ).format(self.control.path.name)
        hint = self._demo_hint()  # said here too: the dialog covers the lock screen behind it
        if hint:
            reason += " " + hint
        dialog = UnlockDialog(
            self.tr("popdesk is locked"),
            reason,
            attempt=self.control.unlock,
            parent=self.window,
        )
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.accepted.connect(self.unlocked)
        dialog.finished.connect(lambda _r: self._maybe_quit(dialog))
        self.unlock_dialog = dialog
        dialog.open()

    def _maybe_quit(self, dialog: UnlockDialog) -> None:
        if dialog.quit_requested:
            self.window.close()

    def unlocked(self) -> None:
        window = self.window
        for cover in self._covers:
            cover.deleteLater()
        self._covers.clear()
        if self.lock_screen is not None:
            window.takeCentralWidget()
            self.lock_screen.deleteLater()
            self.lock_screen = None
        if self._content is not None:
            window.setCentralWidget(self._content)
            self._content = None
        window.menuBar().setEnabled(True)
        self.idle.resume()
        window.refresh()
        window.say(self.tr("Unlocked"))
