"""Create or edit a partner organisation, checking each field as it is typed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QWidget

from popdesk.domain.dto import OrganisationDTO
from popdesk.domain.enums import Sector, WorkingApproach
from popdesk.domain.rules import clean_website
from popdesk.domain.validation import TITLE_MAX, required_text
from popdesk.errors import ValidationError
from popdesk.services.partners import PartnerService
from popdesk.views.editing import FormDialog, submit
from popdesk.views.forms.ui_organisation_dialog import Ui_OrganisationDialog
from popdesk.views.i18n import error_text, label_of
from popdesk.views.widgets import ID_ROLE, choose, fill_combo, show_error


class OrganisationDialog(FormDialog):
    saved = Signal(object)  # OrganisationDTO

    def __init__(
        self,
        partners: PartnerService,
        organisation: OrganisationDTO | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.partners = partners
        self.organisation = organisation
        self.ui = Ui_OrganisationDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(
            self.tr("Edit organisation") if organisation else self.tr("New organisation")
        )
        # "Not yet known" first and chosen for a new partner: a sector is never guessed
        fill_combo(
            self.ui.sector_combo,
            [(label_of(Sector.UNKNOWN), Sector.UNKNOWN)]
            + [(label_of(s), s) for s in Sector if s is not Sector.UNKNOWN],
            keep=Sector.UNKNOWN,
        )
        fill_combo(
            self.ui.approach_combo,
            [(label_of(a), a) for a in WorkingApproach],
            keep=WorkingApproach.UNKNOWN,
        )
        chosen = set(organisation.neighbourhoods) if organisation else set()
        for hood in partners.list_neighbourhoods():
            item = QListWidgetItem(hood.name)
            item.setData(ID_ROLE, hood.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if hood.name in chosen else Qt.CheckState.Unchecked
            )
            self.ui.neighbourhoods_list.addItem(item)
        if organisation is not None:
            self.ui.name_edit.setText(organisation.name)
            choose(self.ui.sector_combo, organisation.sector)
            choose(self.ui.approach_combo, organisation.approach)
            self.ui.website_edit.setText(organisation.website or "")
            self.ui.address_edit.setPlainText(organisation.address or "")
            self.ui.notes_edit.setPlainText(organisation.notes or "")
        self.errors = {"name": self.ui.name_error, "website": self.ui.website_error}
        self.ui.name_edit.textChanged.connect(self._check_name)
        self.ui.website_edit.textChanged.connect(self._check_website)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.name_edit.setFocus()

    def _check_name(self) -> bool:
        try:
            required_text(self.ui.name_edit.text(), "Name", max_length=TITLE_MAX)
        except ValidationError as exc:
            show_error(self.ui.name_error, error_text(exc))
            return False
        show_error(self.ui.name_error, None)
        return True

    def _check_website(self) -> bool:
        try:
            clean_website(self.ui.website_edit.text())
        except ValidationError as exc:
            show_error(self.ui.website_error, error_text(exc))
            return False
        show_error(self.ui.website_error, None)
        return True

    def neighbourhood_ids(self) -> list[object]:
        items = (
            self.ui.neighbourhoods_list.item(i) for i in range(self.ui.neighbourhoods_list.count())
        )
        return [i.data(ID_ROLE) for i in items if i.checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        show_error(self.ui.form_error, None)
        if not (self._check_name() & self._check_website()):
            return
        fields = {
            "name": self.ui.name_edit.text(),
            "sector": self.ui.sector_combo.currentData(),
            "approach": self.ui.approach_combo.currentData(),
            "website": self.ui.website_edit.text(),
            "address": self.ui.address_edit.toPlainText(),
            "notes": self.ui.notes_edit.toPlainText(),
        }
        submit(
            self,
            lambda: (
                self.partners.create_organisation(
                    neighbourhood_ids=self.neighbourhood_ids(), **fields
                )
                if self.organisation is None
                else self.partners.update_organisation(
                    self.organisation.id,
                    expected_version=self.organisation.version,
                    neighbourhood_ids=self.neighbourhood_ids(),
                    **fields,
                )
            ),
            self.errors,
            self.ui.form_error,
        )
