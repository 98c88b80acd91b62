"""The main window's care of the store itself: the idle lock, backups and restore, settings, the
passphrase and recovery key, the audit log and the data-protection review."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QWidget

from popdesk import config
from popdesk.errors import PopdeskError
from popdesk.services import Services
from popdesk.services.store_control import StoreControl
from popdesk.views.detail import when
from popdesk.views.i18n import error_text, key_words
from popdesk.views.icons import icon
from popdesk.views.security import (
    IdleWatcher,
    LockScreen,
    NewPassphraseDialog,
    RecoveryKeyDialog,
    UnlockDialog,
)
from popdesk.views.workers import run_in_background

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from popdesk.views.main_window import MainWindow


class StoreGuard(QObject):
    def __init__(
        self,
        window: MainWindow,
        services: Services,
        control: StoreControl | None,
        settings: config.Settings,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.control = control
        self.settings = settings
        self.lock_screen: LockScreen | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self._covers: list[QWidget] = []
        self._content: QWidget | None = None
        self.idle = IdleWatcher(settings.idle_lock_minutes, self)
        self.idle.idle.connect(lambda: self.lock(idle=True))
        if control is None:
            self.idle.pause()

    # menus --------------------------------------------------------------------------------

    def add_actions(self, file_menu: QMenu, records_menu: QMenu, before: QAction) -> None:
        def action(text: str, shortcut: str | None, slot: object, menu: QMenu) -> QAction:
            act = QAction(text, self.window)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
            menu.insertAction(before, act) if menu is file_menu else menu.addAction(act)
            return act

        has_store = self.control is not None
        self.lock_action = action(self.tr("&Lock"), "Ctrl+Shift+L", self.lock, file_menu)
        self.lock_action.setIcon(icon("lock"))
        self.backup_action = action(self.tr("&Back up now"), None, self.backup_now, file_menu)
        self.backup_to_action = action(self.tr("Back up &to…"), None, self.backup_to, file_menu)
        self.restore_action = action(
            self.tr("&Restore from a backup…"), None, self.choose_restore, file_menu
        )
        self.settings_action = action(
            self.tr("&Settings…"), "Ctrl+,", self.open_settings, file_menu
        )
        file_menu.insertSeparator(before)
        for act in (
            self.lock_action,
            self.backup_action,
            self.backup_to_action,
            self.restore_action,
        ):
            act.setEnabled(has_store)
        action(self.tr("&Check the store"), None, self.check_store, records_menu)
        action(self.tr("&Audit log…"), "Ctrl+Shift+A", self.open_audit, records_menu)
        action(self.tr("Data-protection &review…"), "Ctrl+Shift+R", self.open_review, records_menu)

    def check_after_opening(self) -> None:
        """A large store was opened without reading every page: read them now, off the GUI
        thread, and say so if any is damaged."""
        if self.control is None or self.control.checked_on_open:
            return
        control = self.control

        def done(problem: object) -> None:
            if problem:
                QMessageBox.warning(
                    self.window,
                    self.tr("The store is damaged"),
                    self.tr(
                        "popdesk found damage in {0} ({1}). Restore the newest backup "
                        "(File, Restore from a backup) before making changes."
                    ).format(control.path.name, problem),
                )

        def failed(error: BaseException) -> None:
            if not isinstance(error, PopdeskError):
                raise error

        run_in_background(control.quick_check, done, failed)

    def status_text(self) -> str:
        if self.control is None:
            return ""
        return self.tr("Encrypted · {0}").format(key_words(self.control.key_place()))

    # locking ------------------------------------------------------------------------------

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
        hint = (
            self.tr("This is a demo store: its passphrase is “{0}”.").format(
                self.control.demo_passphrase
            )
            if self.control.demo_passphrase
            else ""
        )
        why = (
            self.tr("popdesk locked itself after {0} minutes without use").format(
                self.settings.idle_lock_minutes
            )
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

    # backups ------------------------------------------------------------------------------

    def backup_now(self) -> None:
        if self.control is not None:
            self._back_up(self.control.backup_now, self.tr("Backed up to {0}"))

    def backup_to(self) -> None:
        if self.control is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Back up to"),
            str(Path.home() / f"{self.control.path.stem}-backup.db"),
            self.tr("popdesk backups (*.db)"),
        )
        if name:
            control, target = self.control, Path(name)
            self._back_up(
                lambda: control.backup_to(target, replace=True),
                self.tr("Backed up to {0}, with its key file beside it"),
            )

    def _back_up(self, work: Callable[[], Path], said: str) -> None:
        """Copy the store off the GUI thread (a force-sized one takes a while)."""
        self.window.say(self.tr("Backing up…"))

        def failed(error: BaseException) -> None:
            if not isinstance(error, (PopdeskError, OSError)):
                raise error
            QMessageBox.warning(self.window, self.tr("Not backed up"), error_text(error))

        run_in_background(work, lambda made: self.window.say(said.format(made)), failed)

    def choose_restore(self) -> None:
        if self.control is None:
            return
        folder = self.control.backup_folder
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Restore from a backup"),
            str(folder if folder.is_dir() else Path.home()),
            self.tr("popdesk backups (*.db)"),
        )
        if name:
            self.restore(Path(name))

    def restore(self, backup: Path, *, confirm: bool = True) -> bool:
        if self.control is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self.window,
                self.tr("Restore {0}?").format(backup.name),
                self.tr(
                    "Everything in the store is replaced by the contents of this backup, once it "
                    "has been checked. What the store holds now is kept as a backup first."
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            done = self.control.restore(backup)
        except (PopdeskError, OSError) as exc:
            QMessageBox.warning(
                self.window,
                self.tr("Not restored"),
                self.tr("{0}\n\nThe store was not changed.").format(exc),
            )
            return False
        self.window.refresh()
        kept = (
            " " + self.tr("The previous contents are kept in {0}.").format(done.previous)
            if done.previous
            else ""
        )
        self.window.say(self.tr("Restored from {0}.").format(backup.name) + kept)
        return True

    # settings and key ---------------------------------------------------------------------

    def ask_who_is_using(self) -> None:
        """Once per store: who is at the keyboard. "Not now" is remembered too (Settings can
        still choose)."""
        if self.control is None:
            return
        staff = self.services.partners.staff_names()
        if not staff:
            return  # nobody to choose yet
        from popdesk.views.dialogs.user_dialog import UserDialog

        dialog = UserDialog(staff, self.services.users.context.login, self.window)
        path = self.control.path

        def answered(result: int) -> None:
            chosen = dialog.chosen() if result == QDialog.DialogCode.Accepted else None
            self.use_as(path, chosen)

        dialog.finished.connect(answered)
        self.user_dialog = dialog
        dialog.open()

    def use_as(self, path: Path, staff_id: uuid.UUID | None) -> None:
        """Record ``staff_id`` (None: nobody) as the person using the store at ``path``."""
        if staff_id is None:
            self.services.users.forget()
        else:
            self.services.users.identify(staff_id)
        self.settings = self.settings.with_user(path, "" if staff_id is None else str(staff_id))
        try:
            config.save_settings(self.settings)
        except (OSError, ValueError) as exc:
            log.warning("who is using popdesk not saved: %s", exc)
        if staff_id is not None:
            self.window.say(
                self.tr("popdesk records {0} as the person using it").format(
                    self.services.users.context.actor
                )
            )

    def open_settings(self) -> None:
        from popdesk.views.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self.settings,
            self.control,
            self.window,
            staff=self.services.partners.staff_names() if self.control is not None else (),
            user=self.services.users.current(),
        )
        dialog.change_passphrase.connect(self.change_passphrase)
        dialog.renew_recovery_key.connect(self.renew_recovery_key)

        def saved() -> None:
            if dialog.saved is None:
                return
            self.settings = dialog.saved
            self.idle.set_minutes(self.settings.idle_lock_minutes)
            if self.control is not None:
                self.control.set_backup_policy(self.settings.backup_policy())
            context = self.services.audit.context  # one context, shared by every service
            context.contact_review_days = self.settings.contact_review_days()
            context.markings = self.settings.markings()
            self.window.reminders.set_enabled(self.settings.reminders)
            if self.control is not None and dialog.chosen_user() != self.services.users.current():
                self.use_as(self.control.path, dialog.chosen_user())
            self.window.say(self.tr("Settings saved"))

        dialog.accepted.connect(saved)
        dialog.open()

    def change_passphrase(self) -> None:
        if self.control is None:
            return
        dialog = NewPassphraseDialog(
            self.tr("Change passphrase"),
            self.tr(
                "The passphrase unlocks popdesk after it locks itself, and opens the store on a "
                "computer without its key. Changing it re-encrypts the store under a new key "
                "and issues a new recovery key: the old passphrase and recovery key will open "
                "nothing made from now on."
            ),
            self.window,
        )
        if self.control.has_passphrase and not self._current_passphrase_given():
            return
        if dialog.exec() != NewPassphraseDialog.DialogCode.Accepted:
            return
        old_backups = self._ask_about_old_backups()
        if old_backups is None:
            return
        control, passphrase = self.control, dialog.passphrase
        self._rotate(
            lambda: control.set_passphrase(passphrase, old_backups=old_backups),
            self.tr("Passphrase not changed"),
            self.tr("Passphrase changed"),
            "passphrase",
        )

    def _current_passphrase_given(self) -> bool:
        """Whoever changes the passphrase knows the present one (a desk left unlocked is not
        enough); a wrong one is said and nothing changes."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        assert self.control is not None
        current, given = QInputDialog.getText(
            self.window,
            self.tr("Change passphrase"),
            self.tr("The present passphrase:"),
            QLineEdit.EchoMode.Password,
        )
        if not given:
            return False
        if not self.control.is_passphrase(current):
            QMessageBox.warning(
                self.window,
                self.tr("Passphrase not changed"),
                self.tr("That is not the store's passphrase. Nothing was changed."),
            )
            return False
        return True

    def renew_recovery_key(self) -> None:
        if self.control is None:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("New recovery key?"),
            self.tr(
                "The store will be re-encrypted under a new key, so that the old recovery key "
                "opens nothing. Make a new one?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        current: str | None = None
        if self.control.has_passphrase:
            from PySide6.QtWidgets import QInputDialog, QLineEdit

            current, given = QInputDialog.getText(
                self.window,
                self.tr("New recovery key"),
                self.tr("The store's passphrase (it stays the same):"),
                QLineEdit.EchoMode.Password,
            )
            if not given:
                return
        old_backups = self._ask_about_old_backups()
        if old_backups is None:
            return
        control = self.control
        self._rotate(
            lambda: control.renew_recovery_key(current, old_backups=old_backups),
            self.tr("No new recovery key"),
            self.tr("New recovery key made"),
            "recovery key",
        )

    def _ask_about_old_backups(self) -> str | None:
        """What becomes of the backups made before a new key: "keep", "reencrypt", "remove",
        or None if the person cancelled. Not asked when there are none."""
        assert self.control is not None
        count = len(self.control.backups())
        if not count:
            return "keep"
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Backups made before"))
        box.setText(
            self.tr(
                "Backups made before this change: {0}. As they are, they still open with the "
                "old passphrase and recovery key (so does any copy made elsewhere). Re-encrypt "
                "them under the new key, or remove them?"
            ).format(count)
        )
        reencrypt = box.addButton(self.tr("&Re-encrypt them"), QMessageBox.ButtonRole.AcceptRole)
        remove = box.addButton(self.tr("Re&move them"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep them as they are"), QMessageBox.ButtonRole.NoRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(reencrypt)
        box.exec()
        chosen = box.clickedButton()
        return {reencrypt: "reencrypt", remove: "remove", keep: "keep"}.get(chosen)

    def _rotate(self, work: Callable[[], object], refused: str, said: str, what: str) -> None:
        """Re-encrypt the store off the GUI thread, the window held still meanwhile; then the
        new recovery key, shown once."""
        from PySide6.QtWidgets import QProgressDialog

        progress = QProgressDialog(
            self.tr("Re-encrypting the store under a new key…"), "", 0, 0, self.window
        )
        progress.setWindowTitle("popdesk")
        progress.setCancelButton(None)  # type: ignore[arg-type]
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        self.idle.pause()

        def finished() -> None:
            progress.close()
            if self.control is not None:
                self.idle.resume()

        def done(rotation: object) -> None:
            finished()
            try:
                self.services.check.record_key_change(what)
            except PopdeskError as exc:
                log.warning("key change not recorded in the audit log: %s", exc)
            self.window.say(said)
            self.show_recovery_key(rotation.recovery_key)  # type: ignore[attr-defined]

        def failed(error: BaseException) -> None:
            finished()
            if not isinstance(error, (PopdeskError, OSError)):
                raise error
            QMessageBox.warning(self.window, refused, error_text(error))

        self.rotation_progress = progress
        run_in_background(work, done, failed)

    def show_recovery_key(self, key: str, store_name: str | None = None) -> RecoveryKeyDialog:
        """A new recovery key, shown once: this store's, or that of ``store_name``, just made."""
        if store_name is None:
            assert self.control is not None
        name = store_name or self.control.path.name  # type: ignore[union-attr]
        dialog = RecoveryKeyDialog(
            key,
            name,
            lambda path: self.services.exports.recovery_sheet(path, store=name, recovery_key=key),
            self.window,
        )
        dialog.open()
        return dialog

    # records ------------------------------------------------------------------------------

    def check_store(self) -> None:
        """SQLite's full integrity check off the GUI thread, then the store's health in words."""
        self.window.say(self.tr("Checking the store…"))

        def done(report: object) -> None:
            QMessageBox.information(self.window, self.tr("Check the store"), self.report(report))

        def failed(error: BaseException) -> None:
            if not isinstance(error, PopdeskError):
                raise error
            QMessageBox.warning(self.window, self.tr("Check the store"), error_text(error))

        run_in_background(self.services.check.check, done, failed)

    def report(self, report: object) -> str:
        integrity = getattr(report, "integrity", "?")
        lines = [
            self.tr("Integrity: {0}").format(
                self.tr("whole, no damage found") if integrity == "ok" else integrity
            )
        ]
        if self.control is not None:
            backups = self.control.backups()
            lines.append(
                self.tr("Encryption: SQLCipher (AES-256). {0}.").format(
                    key_words(self.control.key_place())
                )
            )
            newest = (
                self.tr(", the newest taken {0} UTC").format(
                    f"{when(backups[0].taken.date())} {backups[0].taken:%H:%M}"
                )
                if backups
                else ""
            )
            lines.append(
                self.tr("Backups: {0} in {1}{2}.").format(
                    len(backups), self.control.backup_folder, newest
                )
            )
        broken = getattr(report, "audit_break", None)
        if broken is None:
            lines.append(
                self.tr(
                    "Audit log: {0} entries, each chained to the one before, none changed."
                ).format(getattr(report, "audit_entries_checked", 0))
            )
        else:
            where = (
                self.tr("entry {0}").format(broken.seq)
                if broken.seq is not None
                else self.tr("an entry outside the chain")
            )
            how = {
                "changed": self.tr("it was changed after it was written"),
                "missing": self.tr("an entry before it was removed"),
            }.get(broken.reason, self.tr("it was slipped in past the chain"))
            lines.append(
                self.tr(
                    "Audit log: tampered with. The chain breaks at {0} ({1}): {2}. Keep the "
                    "store as it is and report it."
                ).format(where, when(broken.at.date()) if broken.at else "?", how)
            )
        due = getattr(report, "contacts_due_review", 0)
        if due:
            lines.append(
                self.tr("{0} contacts are due a data-protection review (Tools menu).").format(due)
            )
        if integrity != "ok":
            lines.append(self.tr("Restore a backup (File menu) to repair the store."))
        return "\n\n".join(lines)

    def open_audit(self) -> None:
        from popdesk.views.dialogs.audit_dialog import AuditDialog

        AuditDialog(self.services.audit, self.window).open()

    def open_review(self) -> None:
        from popdesk.views.dialogs.review_dialog import ReviewDialog

        dialog = ReviewDialog(self.services.retention, self.services.partners, self.window)
        dialog.changed.connect(self.window.refresh)
        dialog.open()
