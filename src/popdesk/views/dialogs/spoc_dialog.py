"""Assign or reassign a SPOC role, with the role's history in view."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Signal
from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from popdesk.domain.dto import SpocDTO
from popdesk.domain.rules import SPOC_REVIEW_DAYS
from popdesk.services.partners import PartnerService
from popdesk.services.spocs import SpocService
from popdesk.services.staff import StaffService
from popdesk.views.detail import when
from popdesk.views.editing import FormDialog, submit
from popdesk.views.forms.ui_spoc_dialog import Ui_SpocDialog
from popdesk.views.widgets import fill_combo, qdate, show_error

HISTORY_HEADERS = (
    QT_TRANSLATE_NOOP("SpocDialog", "Our SPOC"),
    QT_TRANSLATE_NOOP("SpocDialog", "Their SPOC"),
    QT_TRANSLATE_NOOP("SpocDialog", "From"),
    QT_TRANSLATE_NOOP("SpocDialog", "To"),
    QT_TRANSLATE_NOOP("SpocDialog", "Why it ended"),
)


class SpocDialog(FormDialog):
    saved = Signal(object)  # SpocDTO

    def __init__(
        self,
        spocs: SpocService,
        partners: PartnerService,
        staff: StaffService,
        current: SpocDTO | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.spocs, self.partners, self.current = spocs, partners, current
        self.ui = Ui_SpocDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Reassign SPOC") if current else self.tr("Assign SPOC"))
        today = partners.context.today()
        fill_combo(
            self.ui.organisation_combo,
            [(o.name, o.id) for o in partners.list_organisations(active=True)],
            keep=current.organisation.id if current else None,
        )
        self.ui.topic_combo.addItems(spocs.topics())
        fill_combo(
            self.ui.our_combo,
            [(s.name, s.id) for s in staff.list_staff(active=True)],
            first=(self.tr("Vacant"), None),
            keep=current.our_spoc.id if current and current.our_spoc else None,
        )
        self.ui.start_edit.setDate(qdate(today))
        self.ui.review_edit.setDate(qdate(today + timedelta(days=SPOC_REVIEW_DAYS)))
        self.ui.history_table.setColumnCount(len(HISTORY_HEADERS))
        self.ui.history_table.setHorizontalHeaderLabels([self.tr(h) for h in HISTORY_HEADERS])
        self.ui.history_table.verticalHeader().setVisible(False)
        self.ui.history_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.ui.history_table.horizontalHeader().setStretchLastSection(True)
        if current is not None:
            self.ui.topic_combo.setCurrentText(current.topic)
            self.ui.organisation_combo.setEnabled(False)
            self.ui.topic_combo.setEnabled(False)
            self.ui.reason_edit.setText(self.tr("Previous SPOC moved post"))
        else:
            self.ui.topic_combo.setCurrentText("")
            self.ui.reason_edit.setEnabled(False)
        self._their_choices(keep=current.their_spoc.id if current and current.their_spoc else None)
        self._history()
        self.ui.organisation_combo.currentIndexChanged.connect(
            lambda _: (self._their_choices(), self._history())
        )
        self.ui.topic_combo.currentTextChanged.connect(lambda _: self._history())
        self.ui.start_edit.dateChanged.connect(self._start_changed)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)

    def _their_choices(self, keep: object = None) -> None:
        org = self.ui.organisation_combo.currentData()
        people = self.partners.list_contacts(organisation_id=org, active=True) if org else []
        fill_combo(
            self.ui.their_combo,
            [(c.name, c.id) for c in people],
            first=(self.tr("Vacant"), None),
            keep=keep,
        )

    def _start_changed(self, start: QDate) -> None:
        self.ui.review_edit.setDate(start.addDays(SPOC_REVIEW_DAYS))

    def _history(self) -> None:
        org = self.ui.organisation_combo.currentData()
        topic = self.ui.topic_combo.currentText().strip()
        rows = self.spocs.history(org, topic) if org and topic else []
        if rows and self.current is None:
            self.ui.reason_edit.setEnabled(True)
        table = self.ui.history_table
        table.setRowCount(len(rows))
        for r, a in enumerate(rows):
            cells = (
                a.our_spoc.name if a.our_spoc else self.tr("Vacant"),
                a.their_spoc.name if a.their_spoc else self.tr("Vacant"),
                when(a.start_date),
                when(a.end_date) if a.end_date else self.tr("current"),
                a.end_reason or "",
            )
            for c, text in enumerate(cells):
                table.setItem(r, c, QTableWidgetItem(text))
        self.ui.history_label.setText(
            self.tr("History ({0})").format(len(rows)) if rows else self.tr("History: none yet")
        )

    def save(self) -> None:
        for label in (
            self.ui.form_error,
            self.ui.topic_error,
            self.ui.their_error,
            self.ui.start_error,
        ):
            show_error(label, None)
        org = self.ui.organisation_combo.currentData()
        if org is None:
            show_error(self.ui.form_error, self.tr("Choose an organisation."))
            return
        ours, theirs = self.ui.our_combo.currentData(), self.ui.their_combo.currentData()
        keep_ours = (
            [d.id for d in self.current.our_deputies if d.id != ours] if self.current else []
        )
        keep_theirs = (
            [d.id for d in self.current.their_deputies if d.id != theirs] if self.current else []
        )
        submit(
            self,
            lambda: self.spocs.assign(
                organisation_id=org,
                topic=self.ui.topic_combo.currentText(),
                our_spoc_id=ours,
                their_spoc_id=theirs,
                our_deputy_ids=keep_ours,
                their_deputy_ids=keep_theirs,
                start_date=self.ui.start_edit.date().toPython(),
                review_due=self.ui.review_edit.date().toPython(),
                reason=self.ui.reason_edit.text() or self.tr("Reassigned"),
            ),
            {
                "topic": self.ui.topic_error,
                "their_spoc": self.ui.their_error,
                "end_date": self.ui.start_error,
            },
            self.ui.form_error,
        )
