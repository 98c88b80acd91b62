"""File › New store… and Open store…: each store opens in a popdesk window of its own (one popdesk
holds one store, and its lock), so both end by starting popdesk again on the chosen file."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QProcess
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from popdesk.errors import PopdeskError
from popdesk.views.i18n import error_text
from popdesk.views.widgets import remember_folder, save_folder

log = logging.getLogger(__name__)

# Makes a new, empty, encrypted store at the path (asking for its passphrase) and gives its
# recovery key, or None if the person cancelled. Given by the composition root.
MakeStore = Callable[[Path], "str | None"]
# Shows a new store's recovery key, once, with the name of the store it opens.
ShowKey = Callable[[str, Path], object]


def popdesk_command(path: Path) -> tuple[str, list[str]]:
    """The program and arguments that start popdesk on ``path``, installed or from source."""
    if getattr(sys, "frozen", False):  # the packaged app is its own executable
        return sys.executable, ["--db", str(path)]
    return sys.executable, ["-m", "popdesk", "--db", str(path)]


def taken_by(path: Path) -> Path | None:
    """The file (the store or its key file) that a new store at ``path`` would write over."""
    for candidate in (path, path.with_name(path.name + ".key")):
        if candidate.exists() or candidate.is_symlink():
            return candidate
    return None


class StoreFiles(QObject):
    def __init__(
        self,
        parent: QWidget,
        current: Path | None,
        make: MakeStore | None,
        show_key: ShowKey,
        *,
        start: Callable[[str, list[str]], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.current = current
        self.make = make
        self.show_key = show_key
        self.start = start or _start_detached

    def folder(self) -> Path:
        return save_folder()

    def choose_new(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.parent_widget,
            QCoreApplication.translate("StoreFiles", "New store"),
            str(self.folder() / "popdesk.db"),
            QCoreApplication.translate("StoreFiles", "popdesk stores (*.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if name:
            self.new_store(Path(name))

    def new_store(self, path: Path) -> bool:
        """Make an empty store at ``path`` and open it in a new window; never over a file."""
        if path.suffix.lower() != ".db":
            path = path.with_name(path.name + ".db")
        taken = taken_by(path)
        if taken is not None:
            QMessageBox.warning(
                self.parent_widget,
                QCoreApplication.translate("StoreFiles", "Store not made"),
                QCoreApplication.translate(
                    "StoreFiles",
                    "{0} already exists. popdesk never writes over a file: choose another name, "
                    "or open that store with File, Open store.",
                ).format(taken),
            )
            return False
        if self.make is None:
            return False
        remember_folder(path)
        try:
            key = self.make(path)
        except (PopdeskError, OSError) as exc:
            log.warning("store not made at %s: %s", path, exc)
            QMessageBox.warning(
                self.parent_widget,
                QCoreApplication.translate("StoreFiles", "Store not made"),
                error_text(exc),
            )
            return False
        if key is None:
            return False  # the passphrase was not chosen
        dialog = self.show_key(key, path)
        finished = getattr(dialog, "finished", None)
        if finished is not None:  # open the new store once its key has been seen
            finished.connect(lambda _result: self.launch(path))
        else:
            self.launch(path)
        return True

    def choose_open(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            QCoreApplication.translate("StoreFiles", "Open store"),
            str(self.folder()),
            QCoreApplication.translate("StoreFiles", "popdesk stores (*.db);;All files (*)"),
        )
        if name:
            self.open_store(Path(name))

    def open_store(self, path: Path) -> bool:
        """Open the store at ``path`` in a new window (the new popdesk says if it cannot)."""
        if self.current is not None and _same_file(path, self.current):
            QMessageBox.information(
                self.parent_widget,
                QCoreApplication.translate("StoreFiles", "Already open"),
                QCoreApplication.translate(
                    "StoreFiles", "{0} is the store open in this window."
                ).format(path.name),
            )
            return False
        if not path.is_file():
            QMessageBox.warning(
                self.parent_widget,
                QCoreApplication.translate("StoreFiles", "Store not opened"),
                QCoreApplication.translate(
                    "StoreFiles", "{0} is not a file popdesk can open."
                ).format(path),
            )
            return False
        remember_folder(path)
        return self.launch(path)

    def launch(self, path: Path) -> bool:
        program, arguments = popdesk_command(path)
        if self.start(program, arguments):
            return True
        QMessageBox.warning(
            self.parent_widget,
            QCoreApplication.translate("StoreFiles", "Store not opened"),
            QCoreApplication.translate(
                "StoreFiles", "popdesk could not be started again to open {0}."
            ).format(path),
        )
        return False


def _start_detached(program: str, arguments: list[str]) -> bool:
    started = QProcess.startDetached(program, arguments)
    return bool(started[0] if isinstance(started, tuple) else started)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False
