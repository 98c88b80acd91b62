"""The main window's menu items for the store (lock, backups, restore, settings, the check, the
audit log and the data-protection review), the settings themselves, and who is using popdesk."""

from __future__ import annotations

import logging
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu

from popdesk import config
from popdesk.services import Services
from popdesk.services.store_control import StoreControl
from popdesk.views.icons import icon
from popdesk.views.store_keys import StoreKeys
from popdesk.views.store_lock import StoreLock

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from popdesk.views.main_window import MainWindow


class StoreActions(QObject):
    def __init__(
        self,
        window: MainWindow,
        services: Services,
        control: StoreControl | None,
        settings: config.Settings,
        locking: StoreLock,
        keys: StoreKeys,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.services = services
        self.control = control
        self.settings = settings
        self.locking = locking
        self.keys = keys

    def add_actions(self, file_menu: QMenu, records_menu: QMenu, before: QAction) -> None:
        def action(text: str, shortcut: str | None, slot: object, menu: QMenu) -> QAction:
            act = QAction(text, self.window)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
            menu.insertAction(before, act) if menu is file_menu else menu.addAction(act)
            return act

        has_store = self.control is not None
        self.lock_action = action(self.tr("&Lock"), "Ctrl+Shift+L", self.locking.lock, file_menu)
        self.lock_action.setIcon(icon("lock"))
        self.backup_action = action(self.tr("&Back up now"), None, self.keys.backup_now, file_menu)
        self.backup_to_action = action(
            self.tr("Back up &to…"), None, self.keys.backup_to, file_menu
        )
        self.restore_action = action(
            self.tr("&Restore from a backup…"), None, self.keys.choose_restore, file_menu
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
        action(self.tr("&Check the store"), None, self.keys.check_store, records_menu)
        action(self.tr("&Audit log…"), "Ctrl+Shift+A", self.open_audit, records_menu)
        action(self.tr("Data-protection &review…"), "Ctrl+Shift+R", self.open_review, records_menu)

    def ask_who_is_using(self) -> None:
        """Once per store: who is at the keyboard. "Not now" is remembered too (Settings can
        still choose)."""
        if self.control is None:
            return
        staff = self.services.staff.staff_names()
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

    def throwaway(self) -> bool:
        """Is the open store a demo (a published passphrase), removed when popdesk closes?"""
        return self.control is not None and self.control.demo_passphrase is not None

    def use_as(self, path: Path, staff_id: uuid.UUID | None) -> None:
        """Record ``staff_id`` (None: nobody) as the person using the store at ``path``. For a
        demo store only while it is open: its path means nothing once it is removed, so it is
        kept out of the settings file."""
        if staff_id is None:
            self.services.users.forget()
        else:
            self.services.users.identify(staff_id)
        if not self.throwaway():
            chosen = "" if staff_id is None else str(staff_id)
            self.settings = self.settings.with_user(path, chosen)
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
            staff=self.services.staff.staff_names() if self.control is not None else (),
            user=self.services.users.current(),
        )
        dialog.change_passphrase.connect(self.keys.change_passphrase)
        dialog.renew_recovery_key.connect(self.keys.renew_recovery_key)

        def saved() -> None:
            if dialog.saved is None:
                return
            self.settings = dialog.saved
            self.locking.set_idle_minutes(self.settings.idle_lock_minutes)
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

    def open_audit(self) -> None:
        from popdesk.views.dialogs.audit_dialog import AuditDialog

        AuditDialog(self.services.audit, self.window).open()

    def open_review(self) -> None:
        from popdesk.views.dialogs.review_dialog import ReviewDialog

        dialog = ReviewDialog(self.services.retention, self.services.partners, self.window)
        dialog.changed.connect(self.window.refresh)
        dialog.open()
