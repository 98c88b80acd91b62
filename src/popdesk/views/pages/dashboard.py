"""The home page: where partnership working needs attention, and what the store holds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from popdesk.services.records import CheckService
from popdesk.views.forms.ui_dashboard_view import Ui_DashboardView
from popdesk.views.pages.base import Page

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


class DashboardView(Page):
    title = "Dashboard"

    def __init__(self, check: CheckService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = check
        self.ui = Ui_DashboardView()
        self.ui.setupUi(self)

    def refresh(self) -> None:
        report = self.check.check()
        _fill(self.ui.gaps_form, [(self.tr(label), getattr(report, key)) for key, label in GAPS])
        _fill(
            self.ui.records_form,
            [(RECORD_LABELS.get(k, k.capitalize()), n) for k, n in report.counts.items()],
        )


def _fill(form: QFormLayout, rows: list[tuple[str, int]]) -> None:
    while form.rowCount():
        form.removeRow(0)
    for label, value in rows:
        number = QLabel(f"{value:,}")
        number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        number.setAccessibleName(f"{label}: {value}")
        form.addRow(label, number)
