"""The store's key, as the person meets it: unlocking, choosing a passphrase, the recovery key,
and the lock that closes the store after a spell of idleness."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QWidget,
)

from popdesk.errors import PopdeskError, ValidationError
from popdesk.security.keys import check_passphrase
from popdesk.views.forms.ui_lock_screen import Ui_LockScreen
from popdesk.views.forms.ui_new_passphrase_dialog import Ui_NewPassphraseDialog
from popdesk.views.forms.ui_recovery_key_dialog import Ui_RecoveryKeyDialog
from popdesk.views.forms.ui_unlock_dialog import Ui_UnlockDialog
from popdesk.views.i18n import error_text
from popdesk.views.icons import icon
from popdesk.views.widgets import copy_to_clipboard, save_folder, show_error


def _heading(label: QWidget, grow: int = 4) -> None:
    font = label.font()
    font.setPointSize(font.pointSize() + grow)
    font.setBold(True)
    label.setFont(font)


def _show_typing(check_toggled: bool, *edits: QLineEdit) -> None:
    mode = QLineEdit.EchoMode.Normal if check_toggled else QLineEdit.EchoMode.Password
    for edit in edits:
        edit.setEchoMode(mode)


class UnlockDialog(QDialog):
    """Asks for the passphrase (or recovery key). With ``attempt`` it checks the answer itself
    and stays open on a wrong one; without, the caller reads ``secret`` after it is accepted."""

    def __init__(
        self,
        heading: str,
        reason: str,
        *,
        attempt: Callable[[str], bool] | None = None,
        wrong: bool = False,
        quit_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Unlock popdesk"))
        self.attempt = attempt
        self.secret = ""
        self.quit_requested = False
        _heading(self.ui.heading_label)
        self.ui.heading_label.setText(heading)
        self.ui.reason_label.setText(reason)
        self.ui.show_check.toggled.connect(lambda on: _show_typing(on, self.ui.passphrase_edit))
        self.ui.unlock_button.clicked.connect(self._unlock)
        self.ui.quit_button.clicked.connect(self._quit)
        if quit_text:
            self.ui.quit_button.setText(quit_text)
        self.ui.error_label.setStyleSheet("color: #b3261e;")
        show_error(self.ui.error_label, self._wrong_text() if wrong else None)
        self.ui.passphrase_edit.setFocus()

    def _wrong_text(self) -> str:
        return self.tr(
            "That does not unlock the store. Check Caps Lock and the keyboard layout, "
            "or type the recovery key."
        )

    def _unlock(self) -> None:
        secret = self.ui.passphrase_edit.text()
        if not secret:
            show_error(self.ui.error_label, self.tr("Type the passphrase first."))
            return
        if self.attempt is not None and not self.attempt(secret):
            self.ui.passphrase_edit.clear()
            show_error(self.ui.error_label, self._wrong_text())
            self.ui.passphrase_edit.setFocus()
            return
        self.secret = secret
        self.accept()

    def _quit(self) -> None:
        self.quit_requested = True
        super().reject()

    def reject(self) -> None:
        """Escape does not dismiss a lock: only Unlock or Quit ends this dialog."""
        if self.attempt is None:
            self._quit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._unlock()
            return
        super().keyPressEvent(event)


class NewPassphraseDialog(QDialog):
    """Choose a passphrase, typed twice; refusals shown beside the fields as they are found."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NewPassphraseDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.intro_label.setText(intro)
        self.ui.error_label.setStyleSheet("color: #b3261e;")
        show_error(self.ui.error_label, None)
        self.ui.show_check.toggled.connect(
            lambda on: _show_typing(on, self.ui.passphrase_edit, self.ui.again_edit)
        )
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Set passphrase"))
        self.ui.button_box.accepted.connect(self._accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.passphrase = ""

    def _accept(self) -> None:
        first = self.ui.passphrase_edit.text()
        try:
            check_passphrase(first)
        except ValidationError as exc:
            show_error(self.ui.error_label, error_text(exc))
            self.ui.passphrase_edit.setFocus()
            return
        if self.ui.again_edit.text() != first:
            show_error(self.ui.error_label, self.tr("The two passphrases differ; type it again."))
            self.ui.again_edit.clear()
            self.ui.again_edit.setFocus()
            return
        self.passphrase = first
        self.accept()


class RecoveryKeyDialog(QDialog):
    """Shows a new recovery key once, with ways to keep it; OK only once it has been kept."""

    def __init__(
        self,
        recovery_key: str,
        store_name: str,
        save_sheet: Callable[[Path], Path],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RecoveryKeyDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Recovery key for {0}").format(store_name))
        self.recovery_key = recovery_key
        self.store_name = store_name
        self.save_sheet = save_sheet
        self.ui.intro_label.setText(
            self.tr(
                "This recovery key opens the store if you forget its passphrase or this "
                "computer's keyring is lost. It is shown only now: print it or write it down, "
                "and keep it locked away, apart from this laptop."
            )
        )
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSize(mono.pointSize() + 6)
        mono.setBold(True)
        self.ui.key_label.setFont(mono)
        self.ui.key_label.setText(recovery_key)
        self.ui.copy_button.setIcon(icon("copy"))
        self.ui.copy_button.clicked.connect(self._copy)
        self.ui.save_button.clicked.connect(self._save)
        self.ui.saved_label.setVisible(False)
        self.ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.ui.noted_check.toggled.connect(self.ok.setEnabled)
        self.ui.button_box.accepted.connect(self.accept)

    def _copy(self) -> None:
        copy_to_clipboard(self.recovery_key)
        self._say(self.tr("Copied. The clipboard is cleared again after 30 seconds."))

    def _save(self) -> None:
        folder = save_folder()
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recovery key"),
            str(Path(folder) / f"popdesk-recovery-key-{Path(self.store_name).stem}.pdf"),
            self.tr("PDF documents (*.pdf)"),
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> None:
        try:
            written = self.save_sheet(path)
        except (PopdeskError, OSError) as exc:
            self._say(self.tr("Not saved: {0}").format(exc))
            return
        self._say(self.tr("Saved to {0}. Print it, then delete the file.").format(written))

    def _say(self, message: str) -> None:
        self.ui.saved_label.setText(message)
        self.ui.saved_label.setVisible(True)

    def reject(self) -> None:
        if self.ok.isEnabled():
            super().reject()


class LockScreen(QWidget):
    unlock_requested = Signal()

    def __init__(self, info: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LockScreen()
        self.ui.setupUi(self)
        self.setAutoFillBackground(True)
        self.ui.icon_label.setPixmap(icon("lock").pixmap(64, 64))
        _heading(self.ui.heading_label, 8)
        self.ui.info_label.setText(info)
        self.ui.unlock_button.clicked.connect(self.unlock_requested)


class IdleWatcher(QObject):
    """Fires ``idle`` after ``minutes`` with no key press, click or mouse movement in the app."""

    idle = Signal()
    ACTIVITY = (
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    )

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.start()

    def pause(self) -> None:
        self.timer.stop()

    def resume(self) -> None:
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False
