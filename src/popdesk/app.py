"""Composition root of the desktop app: paths, logging, Qt, the store and its key, the window.

Opening the store may need the person: a passphrase for a new store, the passphrase when the
keyring cannot give the key, the recovery key shown once. So Qt starts first, and every refusal
of the store is shown in a dialog rather than on a terminal nobody is looking at.
"""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from popdesk.errors import PopdeskError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from popdesk import config
    from popdesk.db.store import Store, UnlockRequest

log = logging.getLogger("popdesk")

DEMO_PASSPHRASE = "glanafon demo"


def setup_logging() -> Path:
    import logging.handlers

    from popdesk import config

    folder = config.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        folder / "popdesk.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return folder / "popdesk.log"


def open_demo_store(folder: Path) -> Store:
    """A throwaway store filled with the demo neighbourhood: encrypted like any other, its key
    held in memory only, its passphrase the published demo one."""
    from popdesk.db.store import open_store
    from popdesk.security.backups import BackupPolicy
    from popdesk.security.keyring_access import TransientKeyring
    from popdesk.services.demo import DemoService

    store = open_store(
        folder / "demo.db",
        create=True,
        keyring=TransientKeyring(),
        passphrase=DEMO_PASSPHRASE,
        policy=BackupPolicy(on_close=False),
    )
    DemoService(store.sessions).fill()
    return store


def ask_in_dialog(parent: QWidget | None = None):  # type: ignore[no-untyped-def]
    """The unlock question as a dialog: what the keyring could not do, then the passphrase."""
    from popdesk.views.security import UnlockDialog

    def ask(request: UnlockRequest) -> str | None:
        reason = request.reason[:1].upper() + request.reason[1:]
        dialog = UnlockDialog(
            f"Unlock {request.path.name}",
            f"{reason}, so popdesk needs the store's passphrase (or its recovery key).",
            wrong=request.wrong,
            quit_text="&Cancel",
            parent=parent,
        )
        return dialog.secret if dialog.exec() == UnlockDialog.DialogCode.Accepted else None

    return ask


def open_for_gui(
    db: str | None, demo: bool, settings: config.Settings
) -> tuple[Store | None, Path | None]:
    """The store the window shows (None if the person cancelled); for ``--demo`` a throwaway."""
    if demo:
        folder = Path(tempfile.mkdtemp(prefix="popdesk-demo-"))
        return open_demo_store(folder), folder
    from popdesk import config
    from popdesk.db.inspection import FileState, inspect_file
    from popdesk.db.store import open_store
    from popdesk.security.keyring_access import SystemKeyring

    path, is_default = config.store_path(db)
    if is_default:
        path.parent.mkdir(parents=True, exist_ok=True)
    state = inspect_file(path).state
    passphrase = None
    making = state in (FileState.NEW, FileState.PLAIN) or (
        state is FileState.MISSING and is_default
    )
    if making:
        passphrase = choose_first_passphrase(path, state is FileState.PLAIN, SystemKeyring())
        if passphrase is None:
            return None, None
    store = open_store(
        path,
        create=is_default,
        ask=ask_in_dialog(),
        passphrase=passphrase,
        policy=settings.backup_policy(),
    )
    return store, None


def choose_first_passphrase(path: Path, encrypting: bool, keyring: object) -> str | None:
    from popdesk.views.security import NewPassphraseDialog

    described = keyring.describe()  # type: ignore[attr-defined]
    where = (
        f"Its key will be kept in {described.backend}, so popdesk opens without asking."
        if described.ok
        else f"There is no usable keyring ({described.reason}), so popdesk will ask for this "
        "passphrase each time it opens."
    )
    first = (
        f"popdesk will now encrypt {path.name}, which an earlier popdesk left unencrypted."
        if encrypting
        else f"popdesk keeps partner contacts in an encrypted store, {path.name}."
    )
    dialog = NewPassphraseDialog(
        "Protect the store",
        f"{first} {where} Choose a passphrase: it unlocks popdesk after it locks itself and "
        "opens the store if the keyring is ever lost.",
    )
    return dialog.passphrase if dialog.exec() == NewPassphraseDialog.DialogCode.Accepted else None


def run_gui(db: str | None, *, demo: bool = False) -> int:
    """The window first, as a shell that paints at once; then, from the event loop, logging,
    the settings, the store (asking for a passphrase over the window if need be) and the
    sections built over it."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from popdesk.views.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("popdesk")
    app.setOrganizationName("popdesk")
    app.setWindowIcon(QIcon(":/icons/popdesk.svg"))
    window = MainWindow(store_label="Demo store" if demo else "")
    opened: dict[str, object] = {}
    window.first_painted.connect(lambda: _open_into(window, db, demo, opened))
    window.show()
    status = int(app.exec())
    status = int(opened.get("status", status))  # type: ignore[call-overload]
    control = opened.get("control")
    if control is not None:
        control.stop_checks()  # type: ignore[attr-defined]
    QThreadPool.globalInstance().waitForDone()
    store = opened.get("store")
    if store is not None:
        store.close(backup=not demo)  # type: ignore[attr-defined]
    temporary = opened.get("temporary")
    if temporary is not None:
        shutil.rmtree(temporary, ignore_errors=True)  # type: ignore[arg-type]
    return status


def _open_into(window: QWidget, db: str | None, demo: bool, opened: dict) -> None:
    """Open the store and attach it to the window; a refusal or a cancelled passphrase is said
    and quits with status 1."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from popdesk import config
    from popdesk.views.main_window import install_error_dialog

    install_error_dialog(setup_logging())
    settings = config.load_settings()

    from popdesk.services import Services
    from popdesk.services.store_control import StoreControl

    try:
        store, temporary = open_for_gui(db, demo, settings)
    except PopdeskError as exc:
        log.warning("store not opened: %s", exc)
        QMessageBox.critical(window, "popdesk", str(exc))
        store = None
    if store is None:
        opened["status"] = 1
        window.close()
        QApplication.quit()
        return
    opened.update(store=store, temporary=temporary)
    services = Services.over(store.sessions, compact=store.compact)
    control = StoreControl(store, demo_passphrase=DEMO_PASSPHRASE if demo else None)
    opened["control"] = control
    window.store_label.setText(_store_label(store, demo))  # type: ignore[attr-defined]
    window.attach(services, control=control, app_settings=settings)  # type: ignore[attr-defined]
    window.guard.check_after_opening()  # type: ignore[attr-defined]
    if store.recovery_key and not demo:
        window.guard.show_recovery_key(store.recovery_key)  # type: ignore[attr-defined]


def _store_label(store: Store, demo: bool) -> str:
    return f"Demo store (discarded on exit): {store.path}" if demo else f"Store: {store.path}"
