"""The main window's care of the store itself, in three parts over one open store: the idle lock
(store_lock), backups, keys and the check (store_keys), and the menu items, settings, who is
using popdesk, the audit log and the data-protection review (store_actions)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from popdesk import config
from popdesk.services import Services
from popdesk.services.store_control import StoreControl
from popdesk.views.security import RecoveryKeyDialog
from popdesk.views.store_actions import StoreActions
from popdesk.views.store_keys import StoreKeys
from popdesk.views.store_lock import StoreLock

if TYPE_CHECKING:
    from popdesk.views.main_window import MainWindow


class StoreGuard(QObject):
    """What the window and the app ask of the three parts; the parts themselves are
    ``locking``, ``keys`` and ``actions``."""

    def __init__(
        self,
        window: MainWindow,
        services: Services,
        control: StoreControl | None,
        settings: config.Settings,
    ) -> None:
        super().__init__(window)
        self.control = control
        self.locking = StoreLock(window, control, settings.idle_lock_minutes, self)
        self.keys = StoreKeys(window, services, control, self.locking.idle, self)
        self.keys.passphrase_changed.connect(self.locking.forget_demo_passphrase)
        self.actions = StoreActions(
            window, services, control, settings, self.locking, self.keys, self
        )

    def add_actions(self, file_menu: QMenu, records_menu: QMenu, before: QAction) -> None:
        self.actions.add_actions(file_menu, records_menu, before)

    def status_text(self) -> str:
        return self.keys.status_text()

    def check_after_opening(self) -> None:
        self.keys.check_after_opening()

    def ask_who_is_using(self) -> None:
        self.actions.ask_who_is_using()

    def show_recovery_key(self, key: str, store_name: str | None = None) -> RecoveryKeyDialog:
        return self.keys.show_recovery_key(key, store_name)
