"""Open a problem to work on with partners."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from popdesk.domain.enums import Priority, SaraStage
from popdesk.services.partners import PartnerService
from popdesk.services.problems import ProblemService
from popdesk.services.staff import StaffService
from popdesk.views.editing import FormDialog, submit
from popdesk.views.forms.ui_problem_dialog import Ui_ProblemDialog
from popdesk.views.i18n import label_of
from popdesk.views.widgets import fill_combo


class ProblemDialog(FormDialog):
    saved = Signal(object)  # ProblemDTO

    def __init__(
        self,
        problems: ProblemService,
        partners: PartnerService,
        staff: StaffService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.problems = problems
        self.ui = Ui_ProblemDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("New problem"))
        fill_combo(
            self.ui.neighbourhood_combo,
            [(n.name, n.id) for n in partners.list_neighbourhoods()],
            first=(self.tr("Borough-wide"), None),
        )
        fill_combo(
            self.ui.priority_combo, [(label_of(p), p) for p in Priority], keep=Priority.MEDIUM
        )
        fill_combo(
            self.ui.lead_combo,
            [(s.name, s.id) for s in staff.list_staff(active=True)],
            first=(self.tr("No lead yet"), None),
        )
        fill_combo(self.ui.stage_combo, [(label_of(s), s) for s in SaraStage])
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)

    def save(self) -> None:
        submit(
            self,
            lambda: self.problems.create(
                title=self.ui.title_edit.text(),
                description=self.ui.description_edit.toPlainText(),
                neighbourhood_id=self.ui.neighbourhood_combo.currentData(),
                priority=self.ui.priority_combo.currentData(),
                lead_staff_id=self.ui.lead_combo.currentData(),
                stage=self.ui.stage_combo.currentData(),
            ),
            {"title": self.ui.title_error},
            self.ui.form_error,
        )
