"""Add one of our staff as a representative on a group, in a role, from a date."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from popdesk.domain.dto import GroupDTO
from popdesk.domain.enums import RepresentationRole
from popdesk.services.groups import GroupService
from popdesk.services.staff import StaffService
from popdesk.views.editing import FormDialog, submit
from popdesk.views.forms.ui_representative_dialog import Ui_RepresentativeDialog
from popdesk.views.i18n import label_of
from popdesk.views.widgets import fill_combo, show_error


class RepresentativeDialog(FormDialog):
    saved = Signal(object)  # RepresentationDTO

    def __init__(
        self,
        groups: GroupService,
        staff: StaffService,
        group: GroupDTO,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.groups, self.group = groups, group
        self.ui = Ui_RepresentativeDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Representative on {0}").format(group.name))
        self.ui.group_label.setText(group.name)
        seated = {r.staff.id for r in group.representatives}
        fill_combo(
            self.ui.staff_combo,
            [(s.name, s.id) for s in staff.list_staff(active=True) if s.id not in seated],
            first=(self.tr("Choose who represents us"), None),
        )
        fill_combo(self.ui.role_combo, [(label_of(r), r) for r in RepresentationRole])
        today = groups.context.today()
        self.ui.start_edit.setDate(QDate(today.year, today.month, today.day))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.staff_combo.currentIndexChanged.connect(
            lambda _row: show_error(self.ui.staff_error, None)
        )

    def save(self) -> None:
        """Nobody is saved until someone is chosen: a name typed that matched nobody leaves
        the "Choose who…" entry, and Save says so beside the field."""
        show_error(self.ui.form_error, None)
        staff_id = self.ui.staff_combo.currentData()
        if staff_id is None:
            show_error(self.ui.staff_error, self.tr("Choose who represents us."))
            self.ui.staff_combo.setFocus()
            return
        submit(
            self,
            lambda: self.groups.add_representative(
                group_id=self.group.id,
                staff_id=staff_id,
                role=self.ui.role_combo.currentData(),
                start_date=self.ui.start_edit.date().toPython(),
            ),
            {"staff": self.ui.staff_error},
            self.ui.form_error,
        )
