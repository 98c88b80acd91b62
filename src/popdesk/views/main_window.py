"""The main window. For now an overview of the store: its records and where the gaps are."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)


class CheckReportSource(Protocol):
    def check(self) -> object: ...


RECORD_LABELS = {"spocs": "SPOC assignments", "staff": "Staff members"}

GAPS = (
    ("organisations_without_spoc", "Organisations with no SPOC"),
    ("vacant_spocs", "SPOC assignments with a side vacant"),
    ("spoc_reviews_overdue", "SPOC reviews overdue"),
    ("groups_without_representative", "Groups with no representative"),
    ("overdue_actions", "Overdue actions"),
    ("agreements_due_review", "Agreements due for review"),
    ("contacts_due_review", "Contacts due a data-protection review"),
    ("handovers_in_progress", "Handovers in progress"),
)


class MainWindow(QMainWindow):
    def __init__(self, check_service: CheckReportSource, *, store_label: str) -> None:
        super().__init__()
        self._check = check_service
        self.setWindowTitle(self.tr("popdesk"))
        self.resize(760, 520)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        title = QLabel(self.tr("Partnership overview"))
        title.setObjectName("title_label")
        font = title.font()
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)

        columns = QHBoxLayout()
        self.records_box = QGroupBox(self.tr("Records"))
        self.records_form = QFormLayout(self.records_box)
        self.gaps_box = QGroupBox(self.tr("Needs attention"))
        self.gaps_form = QFormLayout(self.gaps_box)
        columns.addWidget(self.records_box)
        columns.addWidget(self.gaps_box)
        layout.addLayout(columns)
        layout.addStretch(1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(store_label)

        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(refresh)
        menu.addAction(quit_action)
        self.refresh()

    def refresh(self) -> None:
        report = self._check.check()
        counts = report.counts  # type: ignore[attr-defined]
        _fill(
            self.records_form,
            [(RECORD_LABELS.get(k, k.capitalize()), n) for k, n in counts.items()],
        )
        _fill(self.gaps_form, [(self.tr(label), getattr(report, key)) for key, label in GAPS])


def _fill(form: QFormLayout, rows: list[tuple[str, int]]) -> None:
    while form.rowCount():
        form.removeRow(0)
    for label, value in rows:
        number = QLabel(f"{value:,}")
        number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        number.setAccessibleName(f"{label}: {value}")
        form.addRow(label, number)


def install_error_dialog(log_file: Path) -> None:
    """An uncaught error is logged and shown, never a silent exit."""

    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("Uncaught error", exc_info=(kind, error, tb))
        details = "".join(traceback.format_exception(kind, error, tb))
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle("popdesk")
        box.setText(f"Something went wrong: {error}")
        box.setInformativeText(f"The details are in {log_file}.")
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = handle
