"""Export a document: where to save it, its marking, and an optional password. The export
runs off the GUI thread; afterwards the file can be opened straight away."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from popdesk.domain.enums import Marking
from popdesk.errors import PopdeskError
from popdesk.views.editing import keep_within_screen
from popdesk.views.forms.ui_export_dialog import Ui_ExportDialog
from popdesk.views.i18n import error_text, label_of
from popdesk.views.widgets import choose, fill_combo, remember_folder, save_folder, show_error
from popdesk.views.workers import run_in_background

# (path, marking, password or None, purpose or None) -> the file written
Export = Callable[[Path, Marking, str | None, str | None], Path]


class ExportDialog(QDialog):
    exported = Signal(object)  # Path

    def __init__(
        self,
        document: str,
        suggested_name: str,
        default_marking: Marking,
        export: Export,
        parent: QWidget | None = None,
        *,
        kind: str = "",
    ) -> None:
        super().__init__(parent)
        self.export = export
        # The marking last chosen for this kind of document is the default next time.
        self.settings_key = f"export/marking/{kind}" if kind else ""
        remembered = QSettings().value(self.settings_key) if self.settings_key else None
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        keep_within_screen(self)  # a 1,024×768 laptop
        self.setWindowTitle(self.tr("Export {0}").format(document))
        self.ui.document_label.setText(document)
        self.ui.file_edit.setText(str(save_folder() / suggested_name))
        fill_combo(self.ui.marking_combo, [(label_of(m), m) for m in Marking])
        choose(self.ui.marking_combo, Marking.parse(remembered) if remembered else default_marking)
        self.ui.password_check.toggled.connect(self._password_shown)
        self._password_shown(False)
        self.ui.browse_button.clicked.connect(self._browse)
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Export"))
        save.clicked.connect(self.start)
        self.ui.button_box.rejected.connect(self.reject)
        self.progress: QProgressDialog | None = None
        self.written: Path | None = None

    def _password_shown(self, on: bool) -> None:
        for widget in (
            self.ui.password_edit,
            self.ui.confirm_edit,
            self.ui.password_edit_label,
            self.ui.confirm_edit_label,
        ):
            widget.setVisible(on)
        if not on:
            show_error(self.ui.password_error, None)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as"), self.ui.file_edit.text(), self.tr("PDF documents (*.pdf)")
        )
        if chosen:
            self.ui.file_edit.setText(
                chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf"
            )

    def password(self) -> str | None:
        if not self.ui.password_check.isChecked():
            return None
        return self.ui.password_edit.text()

    def start(self) -> None:
        for label in (self.ui.file_error, self.ui.password_error, self.ui.form_error):
            show_error(label, None)
        target = Path(self.ui.file_edit.text().strip()).expanduser()
        if not self.ui.file_edit.text().strip():
            show_error(self.ui.file_error, self.tr("Say where to save the document."))
            return
        if not target.parent.is_dir():
            show_error(
                self.ui.file_error,
                self.tr("The folder {0} does not exist: choose another with Browse.").format(
                    target.parent
                ),
            )
            return
        remember_folder(target)
        password = self.password()
        if password is not None and password != self.ui.confirm_edit.text():
            show_error(self.ui.password_error, self.tr("The two passwords differ."))
            return
        marking = self.ui.marking_combo.currentData()
        if self.settings_key:
            QSettings().setValue(self.settings_key, str(marking))
        self.progress = QProgressDialog(self.tr("Writing {0}…").format(target.name), "", 0, 0, self)
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.setEnabled(False)
        purpose = self.ui.purpose_edit.text().strip() or None
        run_in_background(
            lambda: self.export(target, marking, password, purpose),
            self._done,
            self._failed,
            owner=self,
        )

    def _finish(self) -> None:
        self.setEnabled(True)
        if self.progress is not None:
            self.progress.close()
            self.progress = None

    def _done(self, written: Path) -> None:
        self._finish()
        self.written = written
        self.exported.emit(written)
        self.accept()
        self.offer_to_open(written)

    def offer_to_open(self, written: Path) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Exported"),
            self.tr("Saved {0}.").format(written),
            parent=self.parentWidget(),
        )
        opener = box.addButton(self.tr("Open file"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(QMessageBox.StandardButton.Close)
        box.open()
        box.buttonClicked.connect(
            lambda clicked: (
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
                if clicked is opener
                else None
            )
        )
        self.opened_box = box

    def _failed(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, PopdeskError):
            target = (
                self.ui.password_error
                if getattr(error, "field", None) == "password"
                else self.ui.form_error
            )
            if getattr(error, "field", None) == "out":
                target = self.ui.file_error
            show_error(target, error_text(error))
        elif isinstance(error, OSError):
            show_error(
                self.ui.form_error,
                self.tr("Could not write the file: {0}. Nothing was saved.").format(
                    error.strerror or error
                ),
            )
        else:
            show_error(self.ui.form_error, self.tr("The export failed: {0}").format(error))
