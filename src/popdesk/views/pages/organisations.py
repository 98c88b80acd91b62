"""Partner organisations: a filterable table and everything about the selected one."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex
from PySide6.QtWidgets import QDialog, QWidget

from popdesk.domain.dto import OrganisationDTO
from popdesk.domain.enums import Sector
from popdesk.errors import PopdeskError
from popdesk.services.engagements import ActionService, EngagementService
from popdesk.services.exports import ExportService
from popdesk.services.partners import PartnerService
from popdesk.services.spocs import SpocService
from popdesk.views.detail import (
    Html,
    copy_link,
    flag,
    last_engagement,
    open_link,
    placeholder,
    when,
)
from popdesk.views.dialogs.export_dialog import ExportDialog
from popdesk.views.dialogs.organisation_dialog import OrganisationDialog
from popdesk.views.forms.ui_organisations_view import Ui_OrganisationsView
from popdesk.views.i18n import error_text, label_of
from popdesk.views.icons import icon
from popdesk.views.models import Column, PagedTableModel
from popdesk.views.pages.base import FIND_LIMIT, EditablePage
from popdesk.views.widgets import fill_combo

COLUMNS: list[Column[OrganisationDTO]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda o: o.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Sector"), lambda o: label_of(o.sector)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Neighbourhoods"),
        lambda o: (
            ", ".join(o.neighbourhoods)
            or QCoreApplication.translate("OrganisationsView", "Borough-wide")
        ),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Status"),
        lambda o: (
            QCoreApplication.translate("OrganisationsView", "Active")
            if o.active
            else QCoreApplication.translate("OrganisationsView", "Deactivated")
        ),
    ),
]


class OrganisationsView(EditablePage):
    title = "Organisations"

    def __init__(
        self,
        partners: PartnerService,
        spocs: SpocService,
        engagements: EngagementService,
        actions: ActionService,
        exports: ExportService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.partners, self.spocs, self.engagements, self.action_service = (
            partners,
            spocs,
            engagements,
            actions,
        )
        self.exports = exports
        self.ui = Ui_OrganisationsView()
        self.ui.setupUi(self)
        self.model: PagedTableModel[OrganisationDTO] = PagedTableModel(
            COLUMNS,
            self._fetch,
            flag=lambda o: None if o.active else self.tr("Deactivated"),
            parent=self,
        )
        self.setup_table(self.ui.table_view, self.model, {1: 130, 2: 150, 3: 120}, stretch=0)
        self.ui.splitter.setSizes([760, 420])
        self.ui.new_button.setIcon(icon("add"))
        self.ui.edit_button.setIcon(icon("edit"))
        self.ui.deactivate_button.setIcon(icon("deactivate"))
        fill_combo(
            self.ui.sector_combo,
            [(label_of(s), s) for s in Sector],
            first=(self.tr("All sectors"), None),
        )

        self.ui.sector_combo.currentIndexChanged.connect(self.refresh)
        self.ui.neighbourhood_combo.currentIndexChanged.connect(self.refresh)
        self.ui.show_inactive_check.toggled.connect(self.refresh)
        self.ui.table_view.selectionModel().currentRowChanged.connect(self._show_current)
        self.ui.table_view.doubleClicked.connect(lambda _: self.edit_current())
        self.ui.detail_browser.anchorClicked.connect(self.follow_link)
        self.ui.new_button.clicked.connect(self.new_record)
        self.ui.edit_button.clicked.connect(self.edit_current)
        self.ui.deactivate_button.clicked.connect(self.toggle_active)
        self.ui.directory_button.clicked.connect(self.export_directory)

    # data ---------------------------------------------------------------------------------

    def _fetch(self, offset: int, limit: int) -> Sequence[OrganisationDTO]:
        return self.partners.list_organisations(
            active=None if self.ui.show_inactive_check.isChecked() else True,
            sector=self.ui.sector_combo.currentData(),
            neighbourhood_id=self.ui.neighbourhood_combo.currentData(),
            offset=offset,
            limit=limit,
        )

    def refresh(self) -> None:
        fill_combo(
            self.ui.neighbourhood_combo,
            [(n.name, n.id) for n in self.partners.list_neighbourhoods()],
            first=(self.tr("All neighbourhoods"), None),
        )
        chosen = self.current()
        self.model.reload()
        row = self.model.row_of(lambda o: o.id == chosen.id, load_up_to=400) if chosen else -1
        self.select_row(self.ui.table_view, row if row >= 0 else 0)
        self._show_current()

    def current(self) -> OrganisationDTO | None:
        return self.model.record(self.current_row(self.ui.table_view))

    def open_record(self, record_id: uuid.UUID) -> None:
        row = self.model.row_of(lambda o: o.id == record_id, load_up_to=FIND_LIMIT)
        if row < 0:  # filtered out: clear the filters and look again
            self.ui.sector_combo.setCurrentIndex(0)
            self.ui.neighbourhood_combo.setCurrentIndex(0)
            self.ui.show_inactive_check.setChecked(True)
            row = self.model.row_of(lambda o: o.id == record_id, load_up_to=FIND_LIMIT)
        if row < 0:  # far down a long list: show it without paging through everything
            self.ui.table_view.clearSelection()
            self._show_record(self.partners.get_organisation(record_id))
            return
        self.select_row(self.ui.table_view, row)
        self._show_current()

    # detail -------------------------------------------------------------------------------

    def _show_current(self, *_: QModelIndex) -> None:
        self._show_record(self.current())

    def _show_record(self, org: OrganisationDTO | None) -> None:
        has = org is not None
        self.ui.edit_button.setEnabled(has)
        self.ui.deactivate_button.setEnabled(has)
        if org is None:
            self.ui.detail_browser.setHtml(placeholder(self.tr("No organisation chosen.")))
            return
        self.ui.deactivate_button.setText(
            self.tr("Re&activate") if not org.active else self.tr("&Deactivate…")
        )
        try:
            self.ui.detail_browser.setHtml(self._detail(org))
        except PopdeskError as exc:
            self.ui.detail_browser.setHtml(placeholder(error_text(exc)))

    def _detail(self, org: OrganisationDTO) -> str:
        contacts = self.partners.list_contacts(organisation_id=org.id, active=True)
        spocs = self.spocs.list_current(organisation_id=org.id)
        last = self.engagements.last_with_organisation(org.id)
        actions = self.action_service.open_for_organisation(org.id)
        subtitle = label_of(org.sector) + ("" if org.active else " · " + self.tr("deactivated"))
        html = Html(org.name, subtitle).facts(
            [
                (self.tr("Working approach"), label_of(org.approach)),
                (
                    self.tr("Neighbourhoods"),
                    ", ".join(org.neighbourhoods) or self.tr("Borough-wide"),
                ),
                (self.tr("Website"), org.website),
                (self.tr("Address"), org.address.replace("\n", ", ") if org.address else None),
            ]
        )
        html.section(
            self.tr("SPOCs by topic"),
            [
                f"<b>{escape(s.topic)}</b>: "
                + self.tr("ours {0}, theirs {1}").format(_who(s.our_spoc), _who(s.their_spoc))
                + (" · " + flag(self.tr("review overdue")) if s.review_overdue else "")
                for s in spocs
            ],
            self.tr("No SPOC assigned for this organisation."),
        )
        html.section(
            self.tr("Contacts"),
            [
                open_link("contact", c.id, c.name)
                + (f" – {escape(c.job_title)}" if c.job_title else "")
                + (f" · {copy_link(c.phones[0].number, c.phones[0].display)}" if c.phones else "")
                + (f" · {copy_link(c.emails[0])}" if c.emails else "")
                for c in contacts
            ],
            self.tr("No contacts yet."),
        )
        html.section(
            self.tr("Last engagement"),
            last_engagement(last),
            self.tr("No engagement logged with this organisation."),
        )
        html.section(
            self.tr("Open actions"),
            [
                escape(a.description + " – " + (a.owner.name if a.owner else self.tr("no owner")))
                + (", " + self.tr("due {0}").format(when(a.due_date)) if a.due_date else "")
                + (" " + flag(self.tr("overdue")) if a.overdue else "")
                for a in actions
            ],
            self.tr("No open actions."),
        )
        return html.text(self.tr("Notes"), org.notes).render()

    # commands -----------------------------------------------------------------------------

    def export_directory(self) -> None:
        exports = self.exports
        self.keep_dialog(
            ExportDialog(
                self.tr("Partner directory"),
                "partner-directory.pdf",
                exports.default_marking("partner-directory"),
                lambda path, marking, password, purpose: exports.partner_directory(
                    path, marking=marking, password=password, purpose=purpose
                ),
                parent=self,
                kind="partner-directory",
            )
        )
        self.dialog.exported.connect(
            lambda path: self.status.emit(self.tr("Saved {0}").format(path))
        )
        self.dialog.open()

    def make_dialog(self, record: OrganisationDTO | None) -> QDialog:
        return OrganisationDialog(self.partners, record, parent=self)

    def set_active(self, record: OrganisationDTO, active: bool) -> OrganisationDTO:
        return self.partners.set_organisation_active(record.id, active)

    def deactivate_question(self, record: OrganisationDTO) -> tuple[str, str]:
        return (
            self.tr("Deactivate organisation"),
            self.tr(
                "Deactivate {0}? It leaves the current lists but keeps its history; "
                "you can reactivate it later."
            ).format(record.name),
        )


def _who(ref: object) -> str:
    name = getattr(ref, "name", None)
    return (
        f"<b>{escape(name)}</b>"
        if name
        else flag(QCoreApplication.translate("OrganisationsView", "vacant"))
    )
