"""Composition root of the desktop app: paths, logging, the store, services, Qt, the window."""

from __future__ import annotations

import logging
import logging.handlers
import shutil
import sys
import tempfile
from pathlib import Path

from popdesk import config
from popdesk.db.store import Store, open_store
from popdesk.services import Services

log = logging.getLogger("popdesk")


def setup_logging() -> Path:
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


def open_for_gui(db: str | None, demo: bool) -> tuple[Store, Path | None]:
    """The store the window shows; for ``--demo`` a throwaway one filled with demo data."""
    if demo:
        from popdesk.services.demo import DemoService

        folder = Path(tempfile.mkdtemp(prefix="popdesk-demo-"))
        store = open_store(folder / "demo.db", create=True)
        DemoService(store.sessions).fill()
        return store, folder
    path, is_default = config.store_path(db)
    if is_default:
        path.parent.mkdir(parents=True, exist_ok=True)
    return open_store(path, create=is_default), None


def run_gui(db: str | None, *, demo: bool = False) -> int:
    log_file = setup_logging()
    store, temporary = open_for_gui(db, demo)
    try:
        from PySide6.QtGui import QIcon
        from PySide6.QtWidgets import QApplication

        from popdesk.views.main_window import MainWindow, install_error_dialog

        app = QApplication.instance() or QApplication(sys.argv)
        app.setApplicationName("popdesk")
        app.setOrganizationName("popdesk")
        app.setWindowIcon(QIcon(":/icons/popdesk.svg"))
        install_error_dialog(log_file)
        services = Services.over(store.sessions, compact=store.compact)
        window = MainWindow(services, store_label=_store_label(store, demo))
        window.show()
        return int(app.exec())
    finally:
        store.close()
        if temporary is not None:
            shutil.rmtree(temporary, ignore_errors=True)


def _store_label(store: Store, demo: bool) -> str:
    return f"Demo store (discarded on exit): {store.path}" if demo else f"Store: {store.path}"
