"""Partner contacts: who they are, how to reach them, and the SPOC roles they hold."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex
from PySide6.QtWidgets import QDialog, QWidget

from popdesk.domain.dto import ContactDTO
from popdesk.errors import PopdeskError
from popdesk.services.contact_export import ContactExportService
from popdesk.services.contact_import import ImportService
from popdesk.services.engagements import EngagementService
from popdesk.services.partners import PartnerService
from popdesk.services.retention import RetentionService
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
from popdesk.views.dialogs.contact_dialog import ContactDialog
from popdesk.views.forms.ui_contacts_view import Ui_ContactsView
from popdesk.views.i18n import error_text, label_of
from popdesk.views.icons import icon
from popdesk.views.models import Column, PagedTableModel
from popdesk.views.pages.base import FIND_LIMIT, EditablePage
from popdesk.views.widgets import fill_combo

# the labels popdesk gives phone numbers (contact dialog, imports), shown in the reader's language
PHONE_LABELS = (
    QT_TRANSLATE_NOOP("ContactsView", "Office"),
    QT_TRANSLATE_NOOP("ContactsView", "Mobile"),
)

COLUMNS: list[Column[ContactDTO]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda c: c.name),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Organisation"),
        lambda c: (
            c.organisation.name
            if c.organisation
            else QCoreApplication.translate("ContactsView", "Individual")
        ),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Job title"), lambda c: c.job_title or ""),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Phone"), lambda c: c.phones[0].display if c.phones else ""
    ),
]


class ContactsView(EditablePage):
    title = "Contacts"

    def __init__(
        self,
        partners: PartnerService,
        spocs: SpocService,
        engagements: EngagementService,
        retention: RetentionService | None = None,
        imports: ImportService | None = None,
        contact_exports: ContactExportService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.partners, self.spocs, self.engagements = partners, spocs, engagements
        self.retention = retention
        self.imports, self.contact_exports = imports, contact_exports
        self.ui = Ui_ContactsView()
        self.ui.setupUi(self)
        self.model: PagedTableModel[ContactDTO] = PagedTableModel(
            COLUMNS, self._fetch, flag=self._flag, parent=self
        )
        self.setup_table(self.ui.table_view, self.model, {0: 180, 2: 190, 3: 115}, stretch=1)
        self.ui.splitter.setSizes([800, 400])
        self.ui.new_button.setIcon(icon("add"))
        self.ui.edit_button.setIcon(icon("edit"))
        self.ui.deactivate_button.setIcon(icon("deactivate"))

        self.ui.organisation_combo.currentIndexChanged.connect(self.refresh)
        self.ui.review_due_check.toggled.connect(self.refresh)
        self.ui.show_inactive_check.toggled.connect(self.refresh)
        self.ui.table_view.selectionModel().currentRowChanged.connect(self._show_current)
        self.ui.table_view.doubleClicked.connect(lambda _: self.edit_current())
        self.ui.detail_browser.anchorClicked.connect(self.follow_link)
        self.ui.new_button.clicked.connect(self.new_record)
        self.ui.edit_button.clicked.connect(self.edit_current)
        self.ui.deactivate_button.clicked.connect(self.toggle_active)
        self.ui.export_button.clicked.connect(lambda: self.choose_export())
        self.ui.export_button.setVisible(contact_exports is not None or imports is not None)

    def import_contacts(self) -> None:
        if self.imports is None:
            return
        from popdesk.views.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.imports, self)
        wizard.imported.connect(
            lambda result: (
                self.refresh(),
                self.status.emit(self.tr("Imported {0} contacts").format(result.contacts)),
            )
        )
        self.keep_dialog(wizard)
        wizard.open()

    def choose_export(self) -> None:
        """Import; export as CSV (a spreadsheet) or vCard (a phone, Outlook); erase."""
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        menu.addAction(self.tr("&Import contacts…")).triggered.connect(
            lambda _checked=False: self.import_contacts()
        )
        menu.addSeparator()
        menu.addAction(self.tr("Export as &CSV (spreadsheet)…")).triggered.connect(
            lambda _checked=False: self.export_contacts("csv")
        )
        menu.addAction(self.tr("Export as &vCard (phone, Outlook)…")).triggered.connect(
            lambda _checked=False: self.export_contacts("vcard")
        )
        if self.retention is not None:
            menu.addSeparator()
            erase = menu.addAction(self.tr("E&rase this person…"))
            erase.setEnabled(self.current() is not None)
            erase.triggered.connect(lambda _checked=False: self.erase_current())
        self.export_menu = menu
        button = self.ui.export_button
        menu.popup(button.mapToGlobal(button.rect().bottomLeft()))

    def export_contacts(self, format: str) -> None:
        if self.contact_exports is None:
            return
        from popdesk.views.file_export import save_file

        exporter = self.contact_exports
        suffix, kind = (
            (".csv", self.tr("CSV files (*.csv)"))
            if format == "csv"
            else (".vcf", self.tr("vCard files (*.vcf)"))
        )
        save_file(
            self,
            self.tr("Save the contacts"),
            f"popdesk-contacts{suffix}",
            self.tr(kind),
            lambda path, purpose: exporter.contacts(path, format=format, purpose=purpose),
            self.status.emit,
        )

    def erase_current(self) -> None:
        contact = self.current()
        if contact is None or self.retention is None:
            return
        from popdesk.views.dialogs.review_dialog import erase_contact

        def done() -> None:
            self.refresh()
            self.status.emit(self.tr("The contact was erased"))

        erase_contact(self, self.retention, contact, done, self.confirm)

    def _flag(self, contact: ContactDTO) -> str | None:
        if not contact.active:
            return self.tr("Deactivated")
        if contact.review_due is not None and contact.review_due <= self.partners.context.today():
            return self.tr("Data-protection review due")
        return None

    def _fetch(self, offset: int, limit: int) -> Sequence[ContactDTO]:
        return self.partners.list_contacts(
            organisation_id=self.ui.organisation_combo.currentData(),
            active=None if self.ui.show_inactive_check.isChecked() else True,
            review_due_by=self.partners.context.today()
            if self.ui.review_due_check.isChecked()
            else None,
            offset=offset,
            limit=limit,
        )

    def refresh(self) -> None:
        fill_combo(
            self.ui.organisation_combo,
            [(o.name, o.id) for o in self.partners.list_organisations(active=True)],
            first=(self.tr("All organisations"), None),
        )
        chosen = self.current()
        self.model.reload()
        row = self.model.row_of(lambda c: c.id == chosen.id, load_up_to=400) if chosen else -1
        self.select_row(self.ui.table_view, row if row >= 0 else 0)
        self._show_current()

    def current(self) -> ContactDTO | None:
        return self.model.record(self.current_row(self.ui.table_view))

    def open_record(self, record_id: uuid.UUID) -> None:
        row = self.model.row_of(lambda c: c.id == record_id, load_up_to=FIND_LIMIT)
        if row < 0:
            self.ui.organisation_combo.setCurrentIndex(0)
            self.ui.review_due_check.setChecked(False)
            self.ui.show_inactive_check.setChecked(True)
            row = self.model.row_of(lambda c: c.id == record_id, load_up_to=FIND_LIMIT)
        if row < 0:  # far down a long list: show it without paging through everything
            self.ui.table_view.clearSelection()
            self._show_record(self.partners.get_contact(record_id))
            return
        self.select_row(self.ui.table_view, row)
        self._show_current()

    def _show_current(self, *_: QModelIndex) -> None:
        self._show_record(self.current())

    def _show_record(self, contact: ContactDTO | None) -> None:
        self.ui.edit_button.setEnabled(contact is not None)
        self.ui.deactivate_button.setEnabled(contact is not None)
        if contact is None:
            self.ui.detail_browser.setHtml(placeholder(self.tr("No contact chosen.")))
            return
        self.ui.deactivate_button.setText(
            self.tr("Re&activate") if not contact.active else self.tr("&Deactivate…")
        )
        try:
            self.ui.detail_browser.setHtml(self._detail(contact))
        except PopdeskError as exc:
            self.ui.detail_browser.setHtml(placeholder(error_text(exc)))

    def _detail(self, c: ContactDTO) -> str:
        roles = self.spocs.list_current(contact_id=c.id)
        last = self.engagements.last_with_contact(c.id)
        subtitle = " · ".join(
            x for x in (c.job_title, c.organisation.name if c.organisation else None) if x
        )
        due = c.review_due is not None and c.review_due <= self.partners.context.today()
        html = Html(c.name, subtitle or None)
        reach = [
            (self.tr(p.label) if p.label else self.tr("Phone"), copy_link(p.number, p.display))
            for p in c.phones
        ] + [(self.tr("Email"), copy_link(e)) for e in c.emails]
        if c.preferred_channel:
            reach.append((self.tr("Prefers"), escape(label_of(c.preferred_channel))))
        html.facts(reach, raw=True)
        if c.organisation:
            html.facts(
                [
                    (
                        self.tr("Organisation"),
                        open_link("organisation", c.organisation.id, c.organisation.name),
                    )
                ],
                raw=True,
            )
        html.section(
            self.tr("SPOC roles"),
            [
                self.tr("Their SPOC for {0} (our SPOC: {1})").format(
                    f"<b>{escape(r.topic)}</b>",
                    escape(r.our_spoc.name) if r.our_spoc else flag(self.tr("vacant")),
                )
                for r in roles
            ],
            self.tr("Holds no SPOC role."),
        )
        html.section(
            self.tr("Last engagement"),
            last_engagement(last),
            self.tr("No engagement logged with this contact."),
        )
        html.facts(
            [
                (self.tr("Data-protection basis"), escape(label_of(c.lawful_basis))),
                (
                    self.tr("Review due"),
                    (
                        flag(self.tr("{0} – due").format(when(c.review_due)))
                        if due
                        else when(c.review_due)
                    ),
                ),
            ],
            raw=True,
        )
        return html.text(self.tr("Notes"), c.notes).render()

    def make_dialog(self, record: ContactDTO | None) -> QDialog:
        return ContactDialog(
            self.partners,
            record,
            organisation_id=self.ui.organisation_combo.currentData(),
            parent=self,
        )

    def set_active(self, record: ContactDTO, active: bool) -> ContactDTO:
        return self.partners.set_contact_active(record.id, active)

    def deactivate_question(self, record: ContactDTO) -> tuple[str, str]:
        return (
            self.tr("Deactivate contact"),
            self.tr(
                "Deactivate {0}? They leave the current lists but their history stays; "
                "you can reactivate them later."
            ).format(record.name),
        )
