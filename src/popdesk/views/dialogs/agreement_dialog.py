"""Record a data-sharing agreement with the fields the ICO's data sharing code asks for."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from popdesk.domain.enums import AgreementStatus, LawfulBasis, Marking, PartyRole, SharingDirection
from popdesk.services.agreements import AgreementService
from popdesk.services.partners import PartnerService
from popdesk.services.staff import StaffService
from popdesk.views.editing import FormDialog, submit
from popdesk.views.forms.ui_agreement_dialog import Ui_AgreementDialog
from popdesk.views.i18n import label_of
from popdesk.views.widgets import fill_combo, qdate


class AgreementDialog(FormDialog):
    saved = Signal(object)  # AgreementDTO

    def __init__(
        self,
        agreements: AgreementService,
        partners: PartnerService,
        staff: StaffService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.agreements = agreements
        self.ui = Ui_AgreementDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("New data-sharing agreement"))
        fill_combo(
            self.ui.basis_combo,
            [(label_of(b), b) for b in LawfulBasis],
            keep=LawfulBasis.PUBLIC_TASK,
        )
        fill_combo(
            self.ui.direction_combo,
            [(label_of(d), d) for d in SharingDirection],
            keep=SharingDirection.BOTH,
        )
        fill_combo(
            self.ui.marking_combo,
            [(label_of(m), m) for m in Marking],
            keep=Marking.OFFICIAL_SENSITIVE,
        )
        fill_combo(self.ui.status_combo, [(label_of(s), s) for s in AgreementStatus])
        fill_combo(
            self.ui.owner_combo,
            [(s.name, s.id) for s in staff.list_staff(active=True)],
            first=(self.tr("No owner yet"), None),
        )
        self.ui.parties_picker.set_choices(
            [(o.name, o.id) for o in partners.list_organisations(active=True)]
        )
        today = agreements.context.today()
        self.ui.start_edit.setDate(qdate(today))
        self.ui.review_edit.setDate(qdate(today + timedelta(days=365)))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)

    def save(self) -> None:
        submit(
            self,
            lambda: self.agreements.create(
                title=self.ui.title_edit.text(),
                reference=self.ui.reference_edit.text(),
                purpose=self.ui.purpose_edit.toPlainText(),
                lawful_basis=self.ui.basis_combo.currentData(),
                parties=[
                    (org, PartyRole.CONTROLLER if n == 0 else PartyRole.JOINT_CONTROLLER)
                    for n, org in enumerate(self.ui.parties_picker.ids())
                ],
                data_items=self.ui.data_items_edit.toPlainText(),
                direction=self.ui.direction_combo.currentData(),
                method=self.ui.method_edit.text(),
                marking=self.ui.marking_combo.currentData(),
                retention=self.ui.retention_edit.text(),
                start_date=self.ui.start_edit.date().toPython(),
                review_date=self.ui.review_edit.date().toPython(),
                status=self.ui.status_combo.currentData(),
                document_location=self.ui.document_edit.text(),
                owner_staff_id=self.ui.owner_combo.currentData(),
            ),
            {
                "title": self.ui.title_error,
                "purpose": self.ui.purpose_error,
                "parties": self.ui.parties_error,
                "review_date": self.ui.review_error,
            },
            self.ui.form_error,
        )
