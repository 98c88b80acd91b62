"""The SPOC register: for each organisation and topic, our SPOC and theirs."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from popdesk.domain.dto import SpocDTO
from popdesk.errors import PopdeskError
from popdesk.services.partners import PartnerService
from popdesk.services.spocs import SpocService
from popdesk.services.staff import StaffService
from popdesk.views import prompts
from popdesk.views.detail import when
from popdesk.views.dialogs.spoc_dialog import SpocDialog
from popdesk.views.forms.ui_spocs_view import Ui_SpocsView
from popdesk.views.icons import icon
from popdesk.views.models import Column, PagedTableModel
from popdesk.views.pages.base import Page
from popdesk.views.widgets import fill_combo

SHOW = ("current", "vacant", "overdue", "stale")


class SpocsView(Page):
    title = "SPOC register"

    def __init__(
        self,
        spocs: SpocService,
        partners: PartnerService,
        staff: StaffService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.spocs, self.partners, self.staff = spocs, partners, staff
        self.ui = Ui_SpocsView()
        self.ui.setupUi(self)
        self._rows: list[SpocDTO] = []
        self._stale: set[uuid.UUID] = set()
        vacant = self.tr("Vacant")
        columns: list[Column[SpocDTO]] = [
            Column(self.tr("Organisation"), lambda a: a.organisation.name),
            Column(self.tr("Topic"), lambda a: a.topic),
            Column(self.tr("Our SPOC"), lambda a: a.our_spoc.name if a.our_spoc else vacant),
            Column(self.tr("Their SPOC"), lambda a: a.their_spoc.name if a.their_spoc else vacant),
            Column(self.tr("Since"), lambda a: when(a.start_date)),
            Column(self.tr("Review due"), lambda a: when(a.review_due)),
            Column(self.tr("Attention"), lambda a: self._flag(a) or ""),
        ]
        self.model: PagedTableModel[SpocDTO] = PagedTableModel(
            columns, self._fetch, flag=self._flag, parent=self
        )
        self.setup_table(
            self.ui.table_view,
            self.model,
            {1: 150, 2: 170, 3: 170, 4: 110, 5: 110, 6: 160},
            stretch=0,
        )
        fill_combo(
            self.ui.show_combo,
            [
                (self.tr("All current assignments"), "current"),
                (self.tr("Vacant (a side unfilled)"), "vacant"),
                (self.tr("Review overdue"), "overdue"),
                (self.tr("Stale (overdue, or no recent engagement)"), "stale"),
            ],
        )
        self.ui.assign_button.setIcon(icon("add"))
        self.ui.reassign_button.setIcon(icon("spoc"))
        self.ui.review_button.setIcon(icon("review"))
        self.ui.end_button.setIcon(icon("deactivate"))
        self.ui.show_combo.currentIndexChanged.connect(self.refresh)
        self.ui.table_view.selectionModel().currentRowChanged.connect(self._enable)
        self.ui.table_view.doubleClicked.connect(lambda _: self.reassign())
        self.ui.assign_button.clicked.connect(self.new_record)
        self.ui.reassign_button.clicked.connect(self.reassign)
        self.ui.review_button.clicked.connect(self.mark_reviewed)
        self.ui.end_button.clicked.connect(self.end)

    def _flag(self, a: SpocDTO) -> str | None:
        notes = []
        if a.vacant:
            notes.append(self.tr("Vacant"))
        if a.review_overdue:
            notes.append(self.tr("Review overdue"))
        elif a.id in self._stale:
            notes.append(self.tr("No recent engagement"))
        return ", ".join(notes) or None

    def _fetch(self, offset: int, limit: int) -> Sequence[SpocDTO]:
        return self._rows[offset : offset + limit]

    def refresh(self) -> None:
        show = self.ui.show_combo.currentData() or "current"
        chosen = self.current()
        stale = self.spocs.list_stale()
        self._stale = {a.id for a in stale}
        self._rows = {
            "current": self.spocs.list_current,
            "vacant": self.spocs.list_vacant,
            "overdue": self.spocs.list_review_overdue,
            "stale": lambda: stale,
        }[show]()
        self.model.reload()
        row = self.model.row_of(lambda a: chosen is not None and a.id == chosen.id)
        self.select_row(self.ui.table_view, row if row >= 0 else 0)
        self._enable()

    def current(self) -> SpocDTO | None:
        return self.model.record(self.current_row(self.ui.table_view))

    def _enable(self, *_: object) -> None:
        has = self.current() is not None
        for button in (self.ui.reassign_button, self.ui.review_button, self.ui.end_button):
            button.setEnabled(has)

    def open_record(self, record_id: uuid.UUID) -> None:
        self.ui.show_combo.setCurrentIndex(0)
        self.select_row(self.ui.table_view, self.model.row_of(lambda a: a.id == record_id))

    def new_record(self) -> None:
        self._open_dialog(None)

    def reassign(self) -> None:
        current = self.current()
        if current is not None:
            self._open_dialog(current)

    def _open_dialog(self, current: SpocDTO | None) -> None:
        self.keep_dialog(SpocDialog(self.spocs, self.partners, self.staff, current, parent=self))
        self.dialog.saved.connect(self._saved)
        self.dialog.open()

    def _saved(self, assignment: SpocDTO) -> None:
        self.status.emit(self.tr("SPOC for {0} saved").format(assignment.name))
        self.refresh()
        self.open_record(assignment.id)

    def mark_reviewed(self) -> None:
        current = self.current()
        if current is None:
            return
        try:
            done = self.spocs.mark_reviewed(current.id)
        except PopdeskError as exc:
            self.report(exc)
            return
        self.status.emit(self.tr("Reviewed; next review due {0}").format(when(done.review_due)))
        self.refresh()

    def end(self) -> None:
        current = self.current()
        if current is None:
            return
        reason, ok = prompts.text(
            self,
            self.tr("End SPOC assignment"),
            self.tr("End the SPOC assignment for {0}? It stays in the history.\nReason:").format(
                current.name
            ),
        )
        if not ok:
            return
        try:
            self.spocs.end(current.id, reason=reason or self.tr("Ended"))
        except PopdeskError as exc:
            self.report(exc)
            return
        self.status.emit(self.tr("Ended the SPOC assignment for {0}").format(current.name))
        self.refresh()
