"""Create a partnership group: who chairs it, how often it meets, who belongs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from popdesk.domain.enums import Cadence, GroupKind
from popdesk.services.groups import GroupService
from popdesk.services.partners import PartnerService
from popdesk.views.editing import FormDialog, submit
from popdesk.views.forms.ui_group_dialog import Ui_GroupDialog
from popdesk.views.i18n import label_of
from popdesk.views.widgets import fill_combo


class GroupDialog(FormDialog):
    saved = Signal(object)  # GroupDTO

    def __init__(
        self, groups: GroupService, partners: PartnerService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.groups = groups
        self.ui = Ui_GroupDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("New partnership group"))
        fill_combo(self.ui.kind_combo, [(label_of(k), k) for k in GroupKind])
        fill_combo(self.ui.cadence_combo, [(label_of(c), c) for c in Cadence], keep=Cadence.MONTHLY)
        orgs = partners.list_organisations(active=True)
        fill_combo(
            self.ui.chair_combo,
            [(o.name, o.id) for o in orgs],
            first=(self.tr("Not chaired by a partner"), None),
        )
        fill_combo(
            self.ui.neighbourhood_combo,
            [(n.name, n.id) for n in partners.list_neighbourhoods()],
            first=(self.tr("Borough-wide"), None),
        )
        self.ui.organisations_picker.set_choices([(o.name, o.id) for o in orgs])
        self.ui.contacts_picker.set_choices(
            [
                (f"{c.name} – {c.organisation.name}" if c.organisation else c.name, c.id)
                for c in partners.list_contacts(active=True)
            ]
        )
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.name_edit.setFocus()

    def save(self) -> None:
        submit(
            self,
            lambda: self.groups.create(
                name=self.ui.name_edit.text(),
                kind=self.ui.kind_combo.currentData(),
                cadence=self.ui.cadence_combo.currentData(),
                chair_organisation_id=self.ui.chair_combo.currentData(),
                neighbourhood_id=self.ui.neighbourhood_combo.currentData(),
                member_organisation_ids=self.ui.organisations_picker.ids(),
                member_contact_ids=self.ui.contacts_picker.ids(),
                terms_of_reference=self.ui.terms_edit.toPlainText(),
            ),
            {"name": self.ui.name_error},
            self.ui.form_error,
        )
