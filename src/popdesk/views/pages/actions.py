"""Actions: open ones by owner, overdue ones marked; done with one key; a jump to the source."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from popdesk.domain.dto import ActionDTO
from popdesk.domain.enums import ActionStatus
from popdesk.errors import PopdeskError
from popdesk.services.engagements import ActionService
from popdesk.services.staff import StaffService
from popdesk.views.detail import Html, flag, open_link, placeholder, when
from popdesk.views.editing import CONTACT, STAFF
from popdesk.views.forms.ui_actions_view import Ui_ActionsView
from popdesk.views.i18n import label_of
from popdesk.views.icons import icon
from popdesk.views.models import Column, PagedTableModel
from popdesk.views.pages.base import FIND_LIMIT, Page
from popdesk.views.widgets import fill_combo

OPENABLE = ("engagement",)
SOURCES = {
    "engagement": QT_TRANSLATE_NOOP("ActionsView", "Engagement"),
    "meeting": QT_TRANSLATE_NOOP("ActionsView", "Meeting"),
    "problem": QT_TRANSLATE_NOOP("ActionsView", "Problem"),
    "handover": QT_TRANSLATE_NOOP("ActionsView", "Handover"),
}


def _due(a: ActionDTO) -> str:
    return when(a.due_date) if a.due_date else ""


def _status(a: ActionDTO) -> str:
    return QCoreApplication.translate("ActionsView", "Overdue") if a.overdue else label_of(a.status)


def _source(a: ActionDTO) -> str:
    kind = SOURCES.get(a.source_kind or "")
    return QCoreApplication.translate("ActionsView", kind) if kind else ""


def _owner(a: ActionDTO) -> str:
    if a.owner is None:
        return QCoreApplication.translate("ActionsView", "No owner")
    if a.owner_is_staff:
        return a.owner.name
    return QCoreApplication.translate("ActionsView", "{0} (partner)").format(a.owner.name)


COLUMNS: list[Column[ActionDTO]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Owner"), _owner),
    Column(QT_TRANSLATE_NOOP("Columns", "Action"), lambda a: a.description.replace("\n", " ")),
    Column(QT_TRANSLATE_NOOP("Columns", "Due"), _due),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), _status),
    Column(QT_TRANSLATE_NOOP("Columns", "From"), _source),
]


class ActionsView(Page):
    title = "Actions"

    def __init__(
        self, actions: ActionService, staff: StaffService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.action_service, self.staff = actions, staff
        self.ui = Ui_ActionsView()
        self.ui.setupUi(self)
        self.model: PagedTableModel[ActionDTO] = PagedTableModel(
            COLUMNS,
            self._fetch,
            flag=lambda a: self.tr("Overdue") if a.overdue else None,
            parent=self,
        )
        self.setup_table(self.ui.table_view, self.model, {0: 190, 2: 100, 3: 80, 4: 95}, stretch=1)
        fill_combo(
            self.ui.show_combo,
            [
                (self.tr("Open"), ("open", ActionStatus.OPEN)),
                (self.tr("Overdue"), ("overdue", None)),
                (self.tr("Done"), ("done", ActionStatus.DONE)),
                (self.tr("All"), ("all", None)),
            ],
        )
        self.ui.done_button.setIcon(icon("action"))
        self.ui.reopen_button.setIcon(icon("review"))
        self.ui.source_button.setIcon(icon("open"))
        QShortcut(QKeySequence("Ctrl+D"), self, activated=self.mark_done)
        self.ui.show_combo.currentIndexChanged.connect(self._reload)
        self.ui.owner_combo.currentIndexChanged.connect(self._reload)
        self.ui.table_view.selectionModel().currentRowChanged.connect(self._enable)
        self.ui.splitter.setSizes([760, 420])
        self.ui.detail_browser.anchorClicked.connect(self.follow_link)
        self.ui.table_view.doubleClicked.connect(lambda _: self.go_to_source())
        self.ui.done_button.clicked.connect(self.mark_done)
        self.ui.reopen_button.clicked.connect(self.reopen)
        self.ui.source_button.clicked.connect(self.go_to_source)

    def _fetch(self, offset: int, limit: int) -> Sequence[ActionDTO]:
        show, status = self.ui.show_combo.currentData() or ("open", ActionStatus.OPEN)
        owner = self.ui.owner_combo.currentData()
        filters: dict[str, Any] = {"offset": offset, "limit": limit, "by_owner": True}
        if owner is not None:
            kind, owner_id = owner
            filters["staff_id" if kind == STAFF else "contact_id"] = owner_id
        if show == "overdue":
            filters["overdue_on"] = self.action_service.context.today()
        elif status is not None:
            filters["status"] = status
        return self.action_service.list_actions(**filters)

    def refresh(self) -> None:
        fill_combo(
            self.ui.owner_combo,
            [(s.name, (STAFF, s.id)) for s in self.staff.list_staff(active=True)]
            + [
                (self.tr("{0} (partner)").format(name), (CONTACT, contact_id))
                for name, contact_id in self.action_service.contact_owners()
            ],
            first=(self.tr("Anyone"), None),
        )
        self._reload()

    def _reload(self) -> None:
        chosen = self.current()
        self.model.reload()
        row = self.model.row_of(lambda a: a.id == chosen.id, load_up_to=400) if chosen else -1
        self.select_row(self.ui.table_view, row if row >= 0 else 0)
        self._enable()

    def current(self) -> ActionDTO | None:
        return self.model.record(self.current_row(self.ui.table_view))

    def _enable(self, *_: object) -> None:
        action = self.current()
        is_open = action is not None and action.status is ActionStatus.OPEN
        self.ui.done_button.setEnabled(is_open)
        self.ui.reopen_button.setEnabled(
            action is not None and action.status in (ActionStatus.DONE, ActionStatus.CANCELLED)
        )
        self.ui.source_button.setEnabled(action is not None and action.source_kind is not None)
        self._show(action)

    def _show(self, a: ActionDTO | None) -> None:
        if a is None:
            self.ui.detail_browser.setHtml(placeholder(self.tr("No actions to show.")))
            return
        owner = a.owner.name if a.owner else self.tr("No owner yet")
        html = Html(a.description.split("\n")[0][:120], f"{label_of(a.status)} · {owner}")
        source = ""
        if a.source_kind and a.source_id:
            label = _source(a) or a.source_kind
            source = (
                open_link(a.source_kind, a.source_id, label)
                if a.source_kind in OPENABLE
                else escape(label)
            )
        html.facts(
            [
                (self.tr("Owner"), escape(_owner(a))),
                (self.tr("Due"), flag(_due(a)) if a.overdue else escape(_due(a))),
                (self.tr("Done on"), escape(when(a.completed_on))),
                (self.tr("Came from"), source),
                (
                    self.tr("Continued by"),
                    open_link("action", a.continued_by, self.tr("the successor's action"))
                    if a.continued_by
                    else "",
                ),
            ],
            raw=True,
        )
        self.ui.detail_browser.setHtml(html.text(self.tr("Action"), a.description).render())

    def open_record(self, record_id: uuid.UUID) -> None:
        row = self.model.row_of(lambda a: a.id == record_id, load_up_to=FIND_LIMIT)
        if row < 0:
            self.ui.owner_combo.setCurrentIndex(0)
            self.ui.show_combo.setCurrentIndex(3)
            row = self.model.row_of(lambda a: a.id == record_id, load_up_to=FIND_LIMIT)
        if row < 0:  # far down a long list: show it without paging through everything
            self.ui.table_view.clearSelection()
            self._show(self.action_service.get(record_id))
            return
        self.select_row(self.ui.table_view, row)
        self._enable()

    def mark_done(self) -> None:
        action = self.current()
        if action is None or action.status is not ActionStatus.OPEN:
            return
        try:
            self.action_service.complete(action.id)
        except PopdeskError as exc:
            self.report(exc)
            return
        self.status.emit(self.tr("Done: {0}").format(action.description[:60]))
        row = self.current_row(self.ui.table_view)
        self.model.reload()
        self.select_row(self.ui.table_view, min(row, self.model.loaded - 1))
        self._enable()

    def reopen(self) -> None:
        action = self.current()
        if action is None:
            return
        try:
            self.action_service.reopen(action.id)
        except PopdeskError as exc:
            self.report(exc)
            return
        self.status.emit(self.tr("Reopened: {0}").format(action.description[:60]))
        self._reload()

    def go_to_source(self) -> None:
        action = self.current()
        if action is not None and action.source_kind and action.source_id:
            self.navigate.emit(action.source_kind, action.source_id)
