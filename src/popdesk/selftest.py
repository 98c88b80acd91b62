"""``popdesk self-test``: does this installation work, end to end?

For IT teams checking a build or an install, and for CI checking the packaged app: a throwaway
encrypted demo store, every section of the window built and drawn over it (offscreen when no
display is given), a handover pack exported and read back. Each step prints what it found; the
first that fails names itself and the command exits 1. Nothing of the user's is touched: the
store, its key and the window's settings live in a temporary folder removed afterwards.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path


def run(say: Callable[[str], None] = print) -> int:
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
        from popdesk.app import open_demo_store
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
