"""The register of data-sharing agreements, reviews due, and who holds which data."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import timedelta
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QModelIndex
from PySide6.QtWidgets import QWidget

from popdesk.domain.dto import AgreementDTO
from popdesk.domain.enums import AgreementStatus
from popdesk.errors import PopdeskError
from popdesk.services.agreements import AgreementService
from popdesk.services.partners import PartnerService
from popdesk.services.staff import StaffService
from popdesk.views import prompts
from popdesk.views.detail import Html, flag, open_link, placeholder, when
from popdesk.views.dialogs.agreement_dialog import AgreementDialog
from popdesk.views.forms.ui_agreements_view import Ui_AgreementsView
from popdesk.views.i18n import label_of
from popdesk.views.icons import icon
from popdesk.views.models import Column, PagedTableModel
from popdesk.views.pages.base import Page
from popdesk.views.widgets import fill_combo

COLUMNS: list[Column[AgreementDTO]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Agreement"), lambda a: a.title),
    Column(QT_TRANSLATE_NOOP("Columns", "Reference"), lambda a: a.reference or ""),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda a: label_of(a.status)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Partners"), lambda a: ", ".join(p.name for p in a.parties)
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Review"),
        lambda a: (
            when(a.review_date)
            + (QCoreApplication.translate("AgreementsView", " – due") if a.review_due else "")
        ),
    ),
]


class AgreementsView(Page):
    title = "Agreements"

    def __init__(
        self,
        agreements: AgreementService,
        partners: PartnerService,
        staff: StaffService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.agreements, self.partners, self.staff = agreements, partners, staff
        self.ui = Ui_AgreementsView()
        self.ui.setupUi(self)
        self._rows: list[AgreementDTO] = []
        self.model: PagedTableModel[AgreementDTO] = PagedTableModel(
            COLUMNS,
            self._fetch,
            flag=lambda a: self.tr("Review due") if a.review_due else None,
            parent=self,
        )
        self.setup_table(self.ui.table_view, self.model, {1: 90, 2: 70, 3: 190, 4: 160}, stretch=0)
        self.ui.splitter.setSizes([800, 380])
        fill_combo(
            self.ui.show_combo,
            [
                (self.tr("All agreements"), "all"),
                (self.tr("Due for review"), "due"),
                (self.tr("Active"), "active"),
            ],
        )
        self.ui.new_button.setIcon(icon("add"))
        self.ui.reviewed_button.setIcon(icon("review"))
        self.ui.show_combo.currentIndexChanged.connect(self.refresh)
        self.ui.table_view.selectionModel().currentRowChanged.connect(self._show_current)
        self.ui.detail_browser.anchorClicked.connect(self.follow_link)
        self.ui.new_button.clicked.connect(self.new_record)
        self.ui.reviewed_button.clicked.connect(lambda: self.mark_reviewed())

    def _fetch(self, offset: int, limit: int) -> Sequence[AgreementDTO]:
        return self._rows[offset : offset + limit]

    def refresh(self) -> None:
        chosen = self.current()
        show = self.ui.show_combo.currentData() or "all"
        if show == "due":
            rows = self.agreements.due_for_review()
        else:
            rows = self.agreements.list_agreements()
            if show == "active":
                rows = [a for a in rows if a.status is AgreementStatus.ACTIVE]
        self._rows = rows
        self.model.reload()
        row = self.model.row_of(lambda a: chosen is not None and a.id == chosen.id)
        self.select_row(self.ui.table_view, row if row >= 0 else 0)
        self._show_current()

    def current(self) -> AgreementDTO | None:
        return self.model.record(self.current_row(self.ui.table_view))

    def open_record(self, record_id: uuid.UUID) -> None:
        row = self.model.row_of(lambda a: a.id == record_id)
        if row < 0:
            self.ui.show_combo.setCurrentIndex(0)
            row = self.model.row_of(lambda a: a.id == record_id)
        self.select_row(self.ui.table_view, row)
        self._show_current()

    def _show_current(self, *_: QModelIndex) -> None:
        a = self.current()
        self.ui.reviewed_button.setEnabled(a is not None)
        if a is None:
            self.ui.detail_browser.setHtml(placeholder(self.tr("No agreements to show.")))
            return
        held = {}
        for org, source in self.agreements.data_sources():
            held.setdefault(org, []).append(source)
        html = Html(
            a.title,
            " · ".join(
                [
                    a.reference or self.tr("no reference"),
                    label_of(a.status).lower(),
                    label_of(a.marking),
                ]
            ),
        )
        html.facts(
            [
                (self.tr("Purpose"), escape(a.purpose)),
                (self.tr("Lawful basis"), escape(label_of(a.lawful_basis))),
                (self.tr("Data items"), escape(a.data_items or "")),
                (self.tr("Direction"), escape(label_of(a.direction))),
                (self.tr("Method"), escape(a.method or "")),
                (self.tr("Retention"), escape(a.retention or "")),
                (self.tr("Starts"), when(a.start_date)),
                (
                    self.tr("Review"),
                    flag(when(a.review_date) + self.tr(" – due"))
                    if a.review_due
                    else when(a.review_date),
                ),
                (self.tr("Owner"), escape(a.owner.name) if a.owner else flag(self.tr("no owner"))),
                (self.tr("Signed copy"), escape(a.document_location or "")),
            ],
            raw=True,
        )
        html.section(
            self.tr("Partners and the data they hold"),
            [
                open_link("organisation", p.id, p.name)
                + (
                    escape(self.tr(" – holds {0}").format(", ".join(held[p])))
                    if held.get(p)
                    else ""
                )
                for p in a.parties
            ],
            self.tr("No partners recorded."),
        )
        self.ui.detail_browser.setHtml(html.render())

    def new_record(self) -> None:
        self.keep_dialog(AgreementDialog(self.agreements, self.partners, self.staff, parent=self))
        self.dialog.saved.connect(
            lambda a: (
                self.refresh(),
                self.open_record(a.id),
                self.status.emit(self.tr("Added {0}").format(a.title)),
            )
        )
        self.dialog.open()

    def mark_reviewed(self, next_review: object = None) -> None:
        a = self.current()
        if a is None:
            return
        if next_review is None:
            proposed = self.agreements.context.today() + timedelta(days=365)
            text, ok = prompts.text(
                self,
                self.tr("Agreement reviewed"),
                self.tr("Reviewed today. Next review (YYYY-MM-DD):"),
                text=proposed.isoformat(),
            )
            if not ok:
                return
            next_review = QDate.fromString(text.strip(), "yyyy-MM-dd").toPython()
            if not next_review:
                self.report(
                    PopdeskError(self.tr("'{0}' is not a date (use YYYY-MM-DD).").format(text))
                )
                return
        try:
            done = self.agreements.mark_reviewed(a.id, next_review=next_review)  # type: ignore[arg-type]
        except PopdeskError as exc:
            self.report(exc)
            return
        self.status.emit(
            self.tr("Reviewed {0}; next review {1}").format(done.title, when(done.review_date))
        )
        self.refresh()
