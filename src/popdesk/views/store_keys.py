"""The main window's care of the store's safety: backups and restore, the passphrase and the
recovery key (re-encrypting under a new key), and checking the store."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from popdesk.errors import PopdeskError
from popdesk.services import Services
from popdesk.services.store_control import StoreControl
from popdesk.views import prompts
from popdesk.views.detail import when
from popdesk.views.i18n import error_text, key_words
from popdesk.views.security import IdleWatcher, NewPassphraseDialog, RecoveryKeyDialog
from popdesk.views.workers import run_in_background

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from popdesk.views.main_window import MainWindow


class StoreKeys(QObject):
    passphrase_changed = Signal()  # the store now opens with another passphrase

    def __init__(
        self,
        window: MainWindow,
        services: Services,
        control: StoreControl | None,
        idle: IdleWatcher,
        parent: QObject | None = None,
    ) -> None:
        """``idle`` is the lock's watcher: it is held still while the store is re-encrypted."""
        super().__init__(parent)
        self.window = window
        self.services = services
        self.control = control
        self.idle = idle

    def status_text(self) -> str:
        if self.control is None:
            return ""
        return self.tr("Encrypted · {0}").format(key_words(self.control.key_place()))

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

    def backup_now(self) -> None:
        if self.control is not None:
            self._back_up(self.control.backup_now, self.tr("Backed up to {0}"))

    def backup_to(self) -> None:
        if self.control is None:
            return
        dialog = QFileDialog(
            self.window,
            self.tr("Back up to"),
            str(Path.home() / f"{self.control.path.stem}-backup.db"),
            self.tr("popdesk backups (*.db)"),
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("db")  # a name typed without one is listed by Restore (*.db)
        if dialog.exec() == QFileDialog.DialogCode.Accepted and dialog.selectedFiles():
            self.back_up_to(Path(dialog.selectedFiles()[0]))

    def back_up_to(self, target: Path) -> None:
        """Back up to ``target``, over a file already there (the file dialog asked); a name
        without an extension is given ".db", as Restore lists only those."""
        if self.control is None:
            return
        if not target.suffix:
            target = target.with_name(target.name + ".db")
        control = self.control
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
        if self.control.has_passphrase and (
            self._present_passphrase(
                self.tr("Change passphrase"),
                self.tr("The present passphrase:"),
                self.tr("Passphrase not changed"),
            )
            is None
        ):
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

    def _present_passphrase(self, title: str, label: str, refused: str) -> str | None:
        """Whoever changes the store's key knows the present passphrase (a desk left unlocked
        is not enough): asked, and checked at once, before anything else is asked or done. A
        wrong one is said and nothing changes (None)."""
        from PySide6.QtWidgets import QLineEdit

        assert self.control is not None
        current, given = prompts.text(self.window, title, label, QLineEdit.EchoMode.Password)
        if not given:
            return None
        if not self.control.is_passphrase(current):
            QMessageBox.warning(
                self.window,
                refused,
                self.tr("That is not the store's passphrase. Nothing was changed."),
            )
            return None
        return current

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
            current = self._present_passphrase(
                self.tr("New recovery key"),
                self.tr("The store's passphrase (it stays the same):"),
                self.tr("No new recovery key"),
            )
            if current is None:
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
            if what == "passphrase":
                self.passphrase_changed.emit()
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
