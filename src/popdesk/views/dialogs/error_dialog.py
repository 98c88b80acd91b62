"""What an uncaught error shows: what went wrong in a sentence, where the log is, and the
details (hidden until asked for) with a button that copies them for whoever supports popdesk."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from popdesk.views.forms.ui_error_dialog import Ui_ErrorDialog
from popdesk.views.widgets import copy_to_clipboard


class ErrorDialog(QDialog):
    def __init__(
        self, message: str, details: str, log_file: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ErrorDialog()
        self.ui.setupUi(self)
        self.setWindowTitle("popdesk")
        heading = self.ui.heading_label.font()
        heading.setBold(True)
        heading.setPointSize(heading.pointSize() + 2)
        self.ui.heading_label.setFont(heading)
        self.ui.message_label.setText(message)
        self.ui.advice_label.setText(
            self.tr(
                "popdesk carries on; what you were doing may not have been saved. "
                "The details are in {0}."
            ).format(log_file)
            if log_file is not None
            else self.tr("popdesk carries on; what you were doing may not have been saved.")
        )
        self.details = details
        self.ui.details_edit.setPlainText(details)
        self.ui.details_edit.setVisible(False)
        self.ui.details_button.toggled.connect(self._show_details)
        self.ui.copy_button.clicked.connect(self.copy_details)
        self.ui.close_button.clicked.connect(self.accept)

    def _show_details(self, shown: bool) -> None:
        self.ui.details_edit.setVisible(shown)
        self.ui.details_button.setText(
            self.tr("Hide &details") if shown else self.tr("Show &details")
        )
        self.adjustSize()

    def copy_details(self) -> None:
        # an error's text can name a record, so the clipboard is cleared again in 30 s
        copy_to_clipboard(self.details)
        self.ui.copy_button.setText(self.tr("Copied for 30 seconds"))
