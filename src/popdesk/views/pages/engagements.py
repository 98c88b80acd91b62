"""The engagement log: newest first, filtered, a page of rows at a time."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, time, timedelta
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QModelIndex, QTimer
from PySide6.QtWidgets import QWidget

from popdesk.domain.dto import EngagementDTO
from popdesk.domain.enums import EngagementType
from popdesk.errors import PopdeskError
from popdesk.services.engagements import ActionService, EngagementService
from popdesk.services.partners import PartnerService
from popdesk.services.problems import ProblemService
from popdesk.services.staff import StaffService
from popdesk.views.detail import Html, flag, open_link, placeholder, when
from popdesk.views.dialogs.engagement_dialog import EngagementDialog
from popdesk.views.forms.ui_engagements_view import Ui_EngagementsView
from popdesk.views.i18n import error_text, label_of
from popdesk.views.icons import icon
from popdesk.views.models import Column, PagedTableModel
from popdesk.views.pages.base import Page
from popdesk.views.widgets import fill_combo

COLUMNS: list[Column[EngagementDTO]] = [
    Column(
        QT_TRANSLATE_NOOP("Columns", "When"),
        lambda e: when(e.occurred_at),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Type"), lambda e: label_of(e.type)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Organisations"),
        lambda e: ", ".join(o.name for o in e.organisations),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Our staff"), lambda e: ", ".join(s.name for s in e.staff)),
    Column(QT_TRANSLATE_NOOP("Columns", "Summary"), lambda e: e.summary.replace("\n", " ")),
]


class EngagementsView(Page):
    title = "Engagement log"

    def __init__(
        self,
        engagements: EngagementService,
        actions: ActionService,
        partners: PartnerService,
        staff: StaffService,
        problems: ProblemService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.engagements, self.action_service, self.partners, self.problems = (
            engagements,
            actions,
            partners,
            problems,
        )
        self.staff = staff
        self.ui = Ui_EngagementsView()
        self.ui.setupUi(self)
        self.model: PagedTableModel[EngagementDTO] = PagedTableModel(
            COLUMNS, self._fetch, parent=self
        )
        self.setup_table(
            self.ui.table_view, self.model, {0: 125, 1: 105, 2: 200, 3: 150}, stretch=4
        )
        # The log keeps most of a small screen; the detail pane wraps its text to what is left.
        self.ui.splitter.setSizes([900, 320])
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.log_button.setIcon(icon("engagement"))
        self.shown: EngagementDTO | None = None
        for combo, characters in (
            (self.ui.type_combo, 7),
            (self.ui.organisation_combo, 10),
            (self.ui.staff_combo, 8),
            (self.ui.problem_combo, 8),
        ):  # narrow in the bar; the drop-down list shows names in full
            combo.setSizeAdjustPolicy(combo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(characters)
        self.clear_filters(reload=False)
        for combo in (
            self.ui.type_combo,
            self.ui.organisation_combo,
            self.ui.staff_combo,
            self.ui.problem_combo,
        ):
            combo.currentIndexChanged.connect(self._reload)
        self.ui.since_edit.dateChanged.connect(self._reload)
        self.ui.until_edit.dateChanged.connect(self._reload)
        self.ui.clear_button.clicked.connect(lambda: self.clear_filters())
        self.ui.table_view.selectionModel().currentRowChanged.connect(self._show_current)
        self.ui.detail_browser.anchorClicked.connect(self.follow_link)
        self.ui.log_button.clicked.connect(self.new_record)

    def clear_filters(self, reload: bool = True) -> None:
        today = self.engagements.context.today()
        for widget in (self.ui.since_edit, self.ui.until_edit, self.ui.type_combo):
            widget.blockSignals(True)
        self.ui.since_edit.setDate(QDate(today.year - 2, today.month, 1))
        self.ui.until_edit.setDate(QDate(today.year, today.month, today.day))
        fill_combo(
            self.ui.type_combo,
            [(label_of(t), t) for t in EngagementType],
            first=(self.tr("All types"), None),
            keep="",
        )
        for widget in (self.ui.since_edit, self.ui.until_edit, self.ui.type_combo):
            widget.blockSignals(False)
        for combo in (self.ui.organisation_combo, self.ui.staff_combo, self.ui.problem_combo):
            combo.setCurrentIndex(0)
        if reload:
            self._reload()

    def _fetch(self, offset: int, limit: int) -> Sequence[EngagementDTO]:
        since = datetime.combine(self.ui.since_edit.date().toPython(), time.min).astimezone()
        until = datetime.combine(
            self.ui.until_edit.date().toPython() + timedelta(days=1), time.min
        ).astimezone()
        return self.engagements.list_engagements(
            since=since,
            until=until,
            type=self.ui.type_combo.currentData(),
            organisation_id=self.ui.organisation_combo.currentData(),
            staff_id=self.ui.staff_combo.currentData(),
            problem_id=self.ui.problem_combo.currentData(),
            offset=offset,
            limit=limit,
        )

    def refresh(self) -> None:
        """The log first; the filter lists (thousands of names at force scale) just after, so
        the first rows do not wait for them. Until then the filters keep what they held."""
        self._reload()
        QTimer.singleShot(0, self, self._fill_filters)

    def _fill_filters(self) -> None:
        fill_combo(
            self.ui.organisation_combo,
            self.partners.organisation_names(),
            first=(self.tr("All organisations"), None),
        )
        fill_combo(
            self.ui.staff_combo,
            self.staff.staff_names(),
            first=(self.tr("All staff"), None),
        )
        fill_combo(
            self.ui.problem_combo,
            [(p.title, p.id) for p in self.problems.list_problems()],
            first=(self.tr("Any problem"), None),
        )

    def _reload(self) -> None:
        self.model.reload()
        self.select_row(self.ui.table_view, 0)
        self._show_current()

    def current(self) -> EngagementDTO | None:
        return self.model.record(self.current_row(self.ui.table_view))

    def open_record(self, record_id: uuid.UUID) -> None:
        row = self.model.row_of(lambda e: e.id == record_id)
        if row >= 0:
            self.select_row(self.ui.table_view, row)
            self._show_current()
        else:  # outside the filters or far down the log: show it without moving the list
            self._show(self.engagements.get(record_id))

    def _show_current(self, *_: QModelIndex) -> None:
        engagement = self.current()
        if engagement is None:
            self.shown = None
            self.ui.detail_browser.setHtml(
                placeholder(self.tr("No engagements match these filters."))
            )
            return
        self._show(engagement)

    def _show(self, e: EngagementDTO) -> None:
        self.shown = e
        try:
            follow_ups = self.action_service.list_actions(source=("engagement", e.id))
        except PopdeskError as exc:
            self.ui.detail_browser.setHtml(placeholder(error_text(exc)))
            return
        html = Html(e.summary.split("\n")[0][:120], f"{label_of(e.type)} · {when(e.occurred_at)}")
        html.facts(
            [
                (
                    self.tr("Organisations"),
                    ", ".join(open_link("organisation", o.id, o.name) for o in e.organisations),
                ),
                (
                    self.tr("Contacts"),
                    ", ".join(open_link("contact", c.id, c.name) for c in e.contacts),
                ),
                (self.tr("Our staff"), escape(", ".join(s.name for s in e.staff))),
                (self.tr("Where"), escape(e.location or "")),
                (self.tr("Problem"), escape(e.problem.name) if e.problem else ""),
            ],
            raw=True,
        )
        html.text(self.tr("Summary"), e.summary).text(self.tr("Outcome"), e.outcome)
        html.section(
            self.tr("Follow-up actions"),
            [
                escape(a.description + " – " + (a.owner.name if a.owner else self.tr("no owner")))
                + (", " + self.tr("due {0}").format(when(a.due_date)) if a.due_date else "")
                + f" ({escape(label_of(a.status).lower())})"
                + (" " + flag(self.tr("overdue")) if a.overdue else "")
                for a in follow_ups
            ],
            self.tr("No follow-up actions."),
        )
        self.ui.detail_browser.setHtml(html.render())

    def new_record(self) -> None:
        self.keep_dialog(
            EngagementDialog(
                self.engagements, self.partners, self.staff, self.problems, parent=self
            )
        )
        self.dialog.saved.connect(self._saved)
        self.dialog.open()

    def _saved(self, engagement: EngagementDTO) -> None:
        self.status.emit(self.tr("Logged: {0}").format(engagement.summary[:60]))
        if engagement.occurred_at.date() > self.ui.until_edit.date().toPython():
            self.ui.until_edit.setDate(QDate.currentDate())
        self.model.reload()
        self.open_record(engagement.id)
