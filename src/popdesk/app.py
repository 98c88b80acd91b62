"""Composition root of the desktop app: paths, logging, Qt, the store and its key, the window.

Opening the store may need the person: a passphrase for a new store, the passphrase when the
keyring cannot give the key, the recovery key shown once. So Qt starts first, and every refusal
of the store is shown in a dialog rather than on a terminal nobody is looking at.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from popdesk.errors import PopdeskError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from popdesk import config
    from popdesk.db.postgresql.store import ServerStore
    from popdesk.db.store import Store, UnlockRequest
    from popdesk.repositories.dashboard import Dashboard
    from popdesk.security.instance_lock import InstanceLock
    from popdesk.security.keyring_access import Keyring
    from popdesk.services.store_control import StoreControl
    from popdesk.views.main_window import MainWindow

log = logging.getLogger("popdesk")

DEMO_PASSPHRASE = "glanafon demo"


def setup_logging() -> Path:
    import logging.handlers

    from popdesk import config

    folder = config.log_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":  # left readable by others by an earlier popdesk: no longer
        os.chmod(folder, 0o700)
        for old in folder.iterdir():
            if old.is_file() and not old.is_symlink():
                os.chmod(old, 0o600)
    handler = logging.handlers.RotatingFileHandler(
        folder / "popdesk.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    record_native_crashes(folder)
    return folder / "popdesk.log"


CRASH_LOG = "crash.log"
_crash_file: object = None  # kept open for faulthandler, which writes to its descriptor


def record_native_crashes(folder: Path) -> Path:
    """A crash Python cannot catch (a segmentation fault in Qt, an abort) writes the Python
    stack of every thread to crash.log in the log folder; each start is marked in it, so the
    trace is found under the session it ended. Over 1 MB, the file starts afresh."""
    import faulthandler
    from datetime import datetime

    global _crash_file
    path = folder / CRASH_LOG
    try:
        if path.exists() and path.stat().st_size > 1_000_000:
            path.replace(folder / (CRASH_LOG + ".1"))
        crash_file = path.open("a", encoding="utf-8")
        crash_file.write(f"popdesk started {datetime.now():%Y-%m-%d %H:%M:%S}, pid {os.getpid()}\n")
        crash_file.flush()
    except OSError as exc:
        log.warning("native crashes will not be recorded in %s: %s", path, exc)
        return path
    faulthandler.enable(file=crash_file, all_threads=True)
    _crash_file = crash_file
    return path


DEMO_PREFIX = "popdesk-demo-"


def remove_abandoned_demos(temp: Path | None = None, older_than: float = 60.0) -> list[Path]:
    """Demo stores left in the temporary folder by a popdesk that did not close (killed, or
    crashed): each is removed once no popdesk holds its lock. Returns what was removed."""
    import time

    from popdesk.security.instance_lock import InstanceLock

    removed = []
    for folder in Path(temp or tempfile.gettempdir()).glob(DEMO_PREFIX + "*"):
        try:
            if not folder.is_dir() or folder.is_symlink():
                continue
            if time.time() - folder.stat().st_mtime < older_than:
                continue  # being made by a popdesk starting now
            lock = InstanceLock(folder / "demo.db")
            try:
                lock.acquire()
            except PopdeskError:
                continue  # still open in a running popdesk
            lock.release()  # before removing: Windows keeps an open file's folder
            shutil.rmtree(folder)
            removed.append(folder)
        except OSError as exc:
            log.warning("abandoned demo store %s not removed: %s", folder, exc)
    return removed


def open_demo_store(folder: Path, language: str = "en") -> Store:
    """A throwaway store filled with the demo neighbourhood (in Welsh for "cy"): encrypted like
    any other, its key held in memory only, its passphrase the published demo one."""
    from popdesk.db.store import open_store
    from popdesk.demo.small import DemoService
    from popdesk.security.backups import BackupPolicy
    from popdesk.security.keyring_access import TransientKeyring

    store = open_store(
        folder / "demo.db",
        create=True,
        keyring=TransientKeyring(),
        passphrase=DEMO_PASSPHRASE,
        policy=BackupPolicy(on_close=False),
    )
    DemoService(store.sessions).fill(language)
    return store


def ask_in_dialog(parent: QWidget | None = None):  # type: ignore[no-untyped-def]
    """The unlock question as a dialog: what the keyring could not do, then the passphrase."""
    from PySide6.QtCore import QCoreApplication

    from popdesk.views.security import UnlockDialog

    def ask(request: UnlockRequest) -> str | None:
        from popdesk.views.i18n import reason_words

        words = reason_words(request.reason)
        reason = words[:1].upper() + words[1:]
        dialog = UnlockDialog(
            QCoreApplication.translate("App", "Unlock {0}").format(request.path.name),
            QCoreApplication.translate(
                "App", "{0}, so popdesk needs the store's passphrase (or its recovery key)."
            ).format(reason),
            wrong=request.wrong,
            quit_text=QCoreApplication.translate("App", "&Cancel"),
            parent=parent,
        )
        return dialog.secret if dialog.exec() == UnlockDialog.DialogCode.Accepted else None

    return ask


@dataclass
class EarlyRead:
    """The dashboard read before the rest of popdesk is loaded, with what it took to read it:
    the store's lock (held) and its key (given again to ``open_store``)."""

    board: Dashboard
    lock: InstanceLock
    keyring: Keyring


def read_dashboard_early(path: Path) -> EarlyRead | None:
    """The dashboard of the store at ``path``, read on a plain SQLCipher connection before
    SQLAlchemy, the models and the services are loaded (they take longer to load than the whole
    dashboard takes to read). Only for the everyday case: an encrypted store whose key is in the
    keyring and whose schema is current. Anything else gives None, and the ordinary opening
    says what is wrong or asks what it needs."""
    from datetime import UTC, datetime

    from popdesk.db import migrations
    from popdesk.db.inspection import FileState, inspect_file, verify_encrypted
    from popdesk.repositories import dashboard
    from popdesk.security import sqlcipher_files
    from popdesk.security.instance_lock import InstanceLock
    from popdesk.security.keyring_access import KnownKey, SystemKeyring

    try:
        found = inspect_file(path)
        if found.state is not FileState.ENCRYPTED or found.key_file is None:
            return None
        lock = InstanceLock(path).acquire()
    except PopdeskError:
        return None
    try:
        keyring = SystemKeyring()
        key, result = keyring.load(found.key_file.store_id)
        if key is None or not found.key_file.matches(key):
            lock.release()
            return None
        if migrations.needs_upgrade(verify_encrypted(path, key)):
            lock.release()
            return None
        with sqlcipher_files.opened(path, key) as conn:
            board = dashboard.read(conn, datetime.now(UTC))
    except Exception:  # whatever it was, the ordinary opening meets it again and says so
        log.info("dashboard not read early from %s", path, exc_info=True)
        lock.release()
        return None
    return EarlyRead(board, lock, KnownKey(keyring, found.key_file.store_id, key, result))


def open_for_gui(
    db: str | None,
    demo: bool,
    settings: config.Settings,
    early: EarlyRead | None = None,
    language: str = "en",
) -> tuple[Store | ServerStore | None, Path | None]:
    """The store the window shows (None if the person cancelled); for ``--demo`` a throwaway.
    With ``early``, the store whose dashboard was read early, with its lock and key."""
    if demo:
        removed = remove_abandoned_demos()
        if removed:
            log.info("removed %d demo stores left by an earlier popdesk", len(removed))
        folder = Path(tempfile.mkdtemp(prefix=DEMO_PREFIX))
        return open_demo_store(folder, language), folder
    from popdesk import config
    from popdesk.db.inspection import FileState, inspect_file
    from popdesk.db.store import open_store
    from popdesk.security.keyring_access import SystemKeyring

    url = config.server_url(db)
    if url is not None:
        from popdesk.db.postgresql.store import open_server_store

        return open_server_store(url, keyring=SystemKeyring(), ask=ask_server_password), None
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
        keyring=early.keyring if early else None,
        ask=ask_in_dialog(),
        passphrase=passphrase,
        policy=settings.backup_policy(),
        instance_lock=early.lock if early else None,
    )
    return store, None


def ask_server_password(store: str, wrong: bool) -> str | None:
    """The server's password, asked over the window when libpq found none of its own; popdesk
    keeps it in the keyring once it works."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QLineEdit

    from popdesk.views import prompts

    label = QCoreApplication.translate("App", "Password for {0}:").format(store)
    if wrong:
        label = QCoreApplication.translate(
            "App", "The server refused that password. Password for {0}:"
        ).format(store)
    text, ok = prompts.text(
        QApplication.activeWindow(), "popdesk", label, QLineEdit.EchoMode.Password
    )
    return text if ok and text else None


def make_store(path: Path) -> str | None:
    """File › New store…: a new, empty, encrypted store at ``path``, closed again for a popdesk
    of its own to open; its recovery key, or None if no passphrase was chosen. Never over a file:
    the store is made only where nothing is."""
    from popdesk import config
    from popdesk.db.inspection import FileState, inspect_file
    from popdesk.db.store import open_store
    from popdesk.errors import StoreError
    from popdesk.security.keyring_access import SystemKeyring

    if inspect_file(path).state is not FileState.MISSING:
        raise StoreError(f"{path} already exists: popdesk never writes over a file.")
    keyring = SystemKeyring()
    passphrase = choose_first_passphrase(path, False, keyring)
    if passphrase is None:
        return None
    store = open_store(
        path,
        create=True,
        keyring=keyring,
        passphrase=passphrase,
        policy=config.load_settings().backup_policy(),
    )
    key = store.recovery_key
    store.close(backup=False)
    return key


def choose_first_passphrase(path: Path, encrypting: bool, keyring: object) -> str | None:
    from PySide6.QtCore import QCoreApplication

    from popdesk.views.i18n import reason_words
    from popdesk.views.security import NewPassphraseDialog

    described = keyring.describe()  # type: ignore[attr-defined]
    where = (
        QCoreApplication.translate(
            "App", "Its key will be kept in {0}, so popdesk opens without asking."
        ).format(QCoreApplication.translate("Keyrings", described.backend))
        if described.ok
        else QCoreApplication.translate(
            "App",
            "There is no usable keyring ({0}), so popdesk will ask for this passphrase each "
            "time it opens.",
        ).format(reason_words(described.reason or ""))
    )
    first = (
        QCoreApplication.translate(
            "App", "popdesk will now encrypt {0}, which an earlier popdesk left unencrypted."
        ).format(path.name)
        if encrypting
        else QCoreApplication.translate(
            "App", "popdesk keeps partner contacts in an encrypted store, {0}."
        ).format(path.name)
    )
    choose = QCoreApplication.translate(
        "App",
        "Choose a passphrase: it unlocks popdesk after it locks itself and opens the store if "
        "the keyring is ever lost.",
    )
    dialog = NewPassphraseDialog(
        QCoreApplication.translate("App", "Protect the store"), f"{first} {where} {choose}"
    )
    return dialog.passphrase if dialog.exec() == NewPassphraseDialog.DialogCode.Accepted else None


def run_gui(db: str | None, *, demo: bool = False) -> int:
    """The window first, as a shell that paints at once; then, from the event loop, logging,
    the settings, the store (asking for a passphrase over the window if need be) and the
    sections built over it."""
    from PySide6.QtCore import QSettings, QThreadPool
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from popdesk.views.i18n import LANGUAGE_KEY, install
    from popdesk.views.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("popdesk")
    app.setOrganizationName("popdesk")
    app.setWindowIcon(QIcon(":/icons/popdesk.svg"))
    # The language before the first widget, so every word is translated: from Qt's settings,
    # which mirror settings.json's choice and are read without loading anything more.
    language = install(app, str(QSettings().value(LANGUAGE_KEY, "")))
    window = MainWindow(
        store_label=QApplication.translate("MainWindow", "Demo store") if demo else ""
    )
    opened = _Opened()
    window.first_painted.connect(lambda: _open_into(window, db, demo, opened, language))
    window.show()
    status = int(app.exec())
    if opened.control is not None:
        opened.control.stop_checks()  # a page check still running is stopped, not waited for
    QThreadPool.globalInstance().waitForDone()
    if opened.store is not None:
        opened.store.close(backup=not demo)
    if opened.temporary is not None:
        shutil.rmtree(opened.temporary, ignore_errors=True)
    return opened.status if opened.status is not None else status


@dataclass
class _Opened:
    """What opening the store left for closing it: set once the window has been painted."""

    store: Store | ServerStore | None = None
    temporary: Path | None = None
    control: StoreControl | None = None
    status: int | None = None  # set when the store was not opened


def _open_into(
    window: MainWindow, db: str | None, demo: bool, opened: _Opened, language: str
) -> None:
    """Logging, the settings, then the store. When the window opens on the dashboard and the
    store's key is at hand, the dashboard is read and shown first, and the store is attached
    to the window on the next turn of the event loop, once that has been painted."""
    from popdesk import config
    from popdesk.views.main_window import install_error_dialog

    install_error_dialog(setup_logging())
    settings = config.load_settings()
    remember_language(settings.language)
    early = None
    local = config.server_url(db) is None
    if local and not demo and window.first_section() == "dashboard":
        early = read_dashboard_early(config.store_path(db)[0])
    if early is None:
        _attach_store(window, db, demo, opened, settings, None, language)
        return
    window.show_early_dashboard(
        early.board, lambda: _attach_store(window, db, demo, opened, settings, early, language)
    )


def remember_language(language: str) -> None:
    """Keep the language chosen in settings.json where the next start reads it before anything
    else (a change takes effect then)."""
    from PySide6.QtCore import QSettings

    from popdesk.views.i18n import LANGUAGE_KEY

    stored = QSettings()
    if str(stored.value(LANGUAGE_KEY, "")) != language:
        stored.setValue(LANGUAGE_KEY, language)


def _attach_store(
    window: MainWindow,
    db: str | None,
    demo: bool,
    opened: _Opened,
    settings: config.Settings,
    early: EarlyRead | None,
    language: str,
) -> None:
    """Open the store and attach it to the window; a refusal or a cancelled passphrase is said
    and quits with status 1."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from popdesk.services import Context, Services
    from popdesk.services.store_control import StoreControl
    from popdesk.views.i18n import error_text

    try:
        store, temporary = open_for_gui(db, demo, settings, early, language)
    except PopdeskError as exc:
        log.warning("store not opened: %s", exc)
        if early is not None:
            early.lock.release()
        QMessageBox.critical(window, "popdesk", error_text(exc))
        store = None
    if store is None:
        opened.status = 1
        window.close()
        QApplication.quit()
        return
    opened.store, opened.temporary = store, temporary
    context = Context.from_settings(settings)
    context.language = language  # what popdesk writes into the store (the first checklist)
    if language != "en":
        from popdesk.views.i18n import QtWords

        context.words = QtWords()  # documents in the interface's language
    services = Services.over(store.sessions, context, compact=store.compact)
    if store.path is None:  # a server store: the login says who is using popdesk
        from popdesk.db.postgresql.connection import title

        services.users.recall(store.linked_staff())
        window.store_label.setText(
            QApplication.translate("MainWindow", "Server store: {0}").format(store.url)
        )
        window.setWindowTitle(title(store.url) + " – popdesk")
        from popdesk.services.changes import ChangeFeed

        notices = store.notices()
        window.attach(
            services,
            control=None,
            app_settings=settings,
            make_store=make_store,
            changes=ChangeFeed(notices.wait, notices.close),
        )
        return
    opened.control = control = StoreControl(
        store, demo_passphrase=DEMO_PASSPHRASE if demo else None
    )
    window.store_label.setText(_store_label(store, demo))
    # Each store opens in a window of its own: the title tells them apart in the task bar.
    shown_name = QApplication.translate("MainWindow", "Demo store") if demo else store.path.name
    window.setWindowTitle(shown_name + " – popdesk")
    if not demo:
        services.users.recall(settings.user_for(store.path))
    window.attach(services, control=control, app_settings=settings, make_store=make_store)
    window.guard.check_after_opening()
    if not demo and settings.user_for(store.path) is None:
        window.guard.ask_who_is_using()
    if store.recovery_key and not demo:
        window.guard.show_recovery_key(store.recovery_key)


def _store_label(store: Store, demo: bool) -> str:
    from PySide6.QtCore import QCoreApplication

    if demo:
        return QCoreApplication.translate(
            "MainWindow", "Demo store (discarded on exit): {0}"
        ).format(store.path)
    return QCoreApplication.translate("MainWindow", "Store: {0}").format(store.path)


def run_self_test(say: Callable[[str], None] = print) -> int:
    """``popdesk self-test``: does this installation work, end to end? For IT teams checking a
    build or an install, and for CI checking the packaged app: a throwaway encrypted demo store,
    every section of the window built and drawn over it (offscreen when no display is given), a
    handover pack exported and read back. Each step prints what it found; the first that fails
    names itself and the command exits 1. Nothing of the user's is touched: the store, its key
    and the window's settings live in a temporary folder removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="popdesk-self-test-"))
    step = "starting Qt"
    try:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import QSettings, qVersion
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication(["popdesk", *sys.argv[1:2]])
        assert isinstance(app, QApplication)
        say(f"Qt {qVersion()} (PySide6 {pyside_version}) on the {app.platformName()} platform")

        step = "making an encrypted demo store"
        from popdesk.services import Services
        from popdesk.services.store_control import StoreControl

        store = open_demo_store(folder)
        try:
            with store.engine.connect() as conn:
                cipher = conn.exec_driver_sql("PRAGMA cipher_version").scalar()
            services = Services.over(store.sessions, compact=store.compact)
            counts = services.check.counts()
            say(
                f"store: SQLCipher {cipher}, {counts['organisations']} organisations, "
                f"{counts['engagements']} engagements"
            )

            step = "drawing the window"
            from popdesk.views.main_window import MainWindow

            settings = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
            window = MainWindow(
                services,
                store_label="self-test",
                settings=settings,
                control=StoreControl(store, demo_passphrase="self-test"),
            )
            window.resize(1280, 800)
            window.show()
            for key in window.pages:
                window.go(key)
                app.processEvents()
                if window.grab().isNull():
                    raise RuntimeError(f"the {key} section could not be drawn")
            say(f"window: {len(window.pages)} sections built and drawn")

            step = "exporting a handover pack"
            handover = services.handovers.list_handovers()[0]
            pack = services.exports.handover_pack(handover.id, folder / "pack.pdf")
            from pypdf import PdfReader

            pages = len(PdfReader(pack).pages)
            if pages < 1:
                raise RuntimeError("the handover pack has no pages")
            say(f"handover pack: {pages} pages, {pack.stat().st_size // 1024} KB")
            window.close()
        finally:
            store.close(backup=False)

        step = "asking for the keyring"
        from popdesk.security.keyring_access import SystemKeyring

        described = SystemKeyring().describe()
        say(
            f"keyring: {described.backend}"
            + (
                ""
                if described.ok
                else f" (not usable: {described.reason}; popdesk will ask "
                "for the store's passphrase instead)"
            )
        )
    except Exception as exc:  # the point is to say what failed, whatever it was
        say(f"self-test failed while {step}: {type(exc).__name__}: {exc}")
        return 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    say("self-test passed")
    return 0
