"""The home page: where partnership working needs attention now. Every line opens its record.

It shows a ``Dashboard`` read in one go (see ``popdesk.repositories.dashboard``): by the dashboard
service once the store is attached, or, when popdesk starts, read from the store before the rest
of popdesk is loaded and handed to ``show``.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QFormLayout, QHeaderView, QLabel, QTreeWidgetItem, QWidget

from popdesk.views.detail import when
from popdesk.views.forms.ui_dashboard_view import Ui_DashboardView
from popdesk.views.i18n import label_of
from popdesk.views.pages.base import Page

if TYPE_CHECKING:
    from popdesk.services import Services
    from popdesk.services.dashboard import Dashboard

# what the store counts, by the name the dashboard service gives each count
RECORD_LABELS = {
    "organisations": QT_TRANSLATE_NOOP("DashboardView", "Organisations"),
    "contacts": QT_TRANSLATE_NOOP("DashboardView", "Contacts"),
    "staff": QT_TRANSLATE_NOOP("DashboardView", "Staff members"),
    "spocs": QT_TRANSLATE_NOOP("DashboardView", "SPOC assignments"),
    "groups": QT_TRANSLATE_NOOP("DashboardView", "Groups"),
    "meetings": QT_TRANSLATE_NOOP("DashboardView", "Meetings"),
    "engagements": QT_TRANSLATE_NOOP("DashboardView", "Engagements"),
    "actions": QT_TRANSLATE_NOOP("DashboardView", "Actions"),
    "problems": QT_TRANSLATE_NOOP("DashboardView", "Problems"),
    "agreements": QT_TRANSLATE_NOOP("DashboardView", "Agreements"),
    "handovers": QT_TRANSLATE_NOOP("DashboardView", "Handovers"),
    "audit entries": QT_TRANSLATE_NOOP("DashboardView", "Audit entries"),
}
KIND_ROLE = Qt.ItemDataRole.UserRole  # on a line: "kind:record id"
HEADING_ROLE = Qt.ItemDataRole.UserRole + 1  # on a section: its heading, without the count
Line = tuple[str, str, str, uuid.UUID]  # kind of record, text, hint, record id


class DashboardView(Page):
    title = "Dashboard"

    def __init__(self, services: Services | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.s = services  # None until the store is attached; ``show`` works without it
        self.ui = Ui_DashboardView()
        self.ui.setupUi(self)
        tree = self.ui.attention_tree
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # what needs attention
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        tree.setRootIsDecorated(True)
        tree.itemActivated.connect(self._open)
        tree.itemDoubleClicked.connect(self._open)
        self.filled = False  # True once it shows the store's data

    def refresh(self) -> None:
        if self.s is not None:
            self.show_dashboard(self.s.dashboard.read())

    def show_dashboard(self, board: Dashboard) -> None:
        tree = self.ui.attention_tree
        expanded = {
            tree.topLevelItem(i).data(0, HEADING_ROLE)
            for i in range(tree.topLevelItemCount())
            if tree.topLevelItem(i).isExpanded()
        }
        tree.clear()
        sections = self._sections(board)
        for heading, total, lines in sections:
            top = QTreeWidgetItem([f"{heading} ({total:,})"])
            top.setData(0, HEADING_ROLE, heading)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            tree.addTopLevelItem(top)
            for kind, text, hint, record_id in lines:
                child = QTreeWidgetItem([text, hint])
                # plain text, not a Python tuple: tens of thousands of tuples held by Qt items
                # crashed PySide6 here (a reference count run down to nothing)
                child.setData(0, KIND_ROLE, f"{kind}:{record_id}")
                child.setToolTip(0, text + "\n" + self.tr("Enter or double-click to open"))
                top.addChild(child)
            if total > len(lines):
                more = QTreeWidgetItem(
                    [
                        self.tr("… and {0:,} more: see the section for all of them").format(
                            total - len(lines)
                        )
                    ]
                )
                more.setFlags(Qt.ItemFlag.NoItemFlags)
                top.addChild(more)
            if not lines:
                none = QTreeWidgetItem([self.tr("Nothing here.")])
                none.setFlags(Qt.ItemFlag.NoItemFlags)
                top.addChild(none)
            top.setExpanded(bool(lines) and (not expanded or heading in expanded))
        _fill(
            self.ui.records_form,
            [(self.tr(RECORD_LABELS.get(k, k)), n) for k, n in board.counts.items()],
        )
        self.filled = True

    def _sections(self, board: Dashboard) -> list[tuple[str, int, list[Line]]]:
        nobody = self.tr("no owner")
        vacant = self.tr("vacant")
        our_side, their_side = self.tr("our side vacant"), self.tr("their side vacant")
        unnamed = self.tr("successor not named")
        return [
            (
                self.tr("Overdue actions"),
                board.overdue_actions.total,
                [
                    (
                        "action",
                        f"{a.description} – {a.owner or nobody}",
                        self.tr("due {0}").format(when(a.due_date)),
                        a.id,
                    )
                    for a in board.overdue_actions.lines
                ],
            ),
            (
                self.tr("Vacant SPOC roles"),
                board.vacant_roles.total,
                [
                    (
                        "spoc",
                        f"{r.name}: {our_side if r.our_spoc is None else their_side}",
                        "",
                        r.id,
                    )
                    for r in board.vacant_roles.lines
                ],
            ),
            (
                self.tr("Stale SPOC roles"),
                board.stale_roles.total,
                [
                    (
                        "spoc",
                        f"{r.name} – {r.our_spoc or vacant}",
                        self.tr("review due {0}").format(when(r.review_due))
                        if r.review_overdue
                        else self.tr("no recent engagement"),
                        r.id,
                    )
                    for r in board.stale_roles.lines
                ],
            ),
            (
                self.tr("Groups with no representative"),
                board.unrepresented_groups.total,
                [
                    ("group", g.name, label_of(g.cadence).lower(), g.id)
                    for g in board.unrepresented_groups.lines
                ],
            ),
            (
                self.tr("Meetings in the next 14 days"),
                board.upcoming_meetings.total,
                [
                    (
                        "meeting",
                        m.group + (f", {m.venue}" if m.venue else ""),
                        when(m.starts_at),
                        m.id,
                    )
                    for m in board.upcoming_meetings.lines
                ],
            ),
            (
                self.tr("Handovers in progress"),
                board.handovers_in_progress.total,
                [
                    (
                        "handover",
                        f"{h.post}: {h.outgoing} → {h.incoming or unnamed}",
                        self.tr("{0} of {1} done").format(h.done, h.total),
                        h.id,
                    )
                    for h in board.handovers_in_progress.lines
                ],
            ),
            (
                self.tr("Agreements due for review"),
                board.agreements_due.total,
                [
                    ("agreement", a.title, self.tr("review {0}").format(when(a.review_date)), a.id)
                    for a in board.agreements_due.lines
                ],
            ),
            (
                self.tr("Contacts due a data-protection review"),
                board.contacts_due.total,
                [
                    (
                        "contact",
                        c.name + (f" – {c.organisation}" if c.organisation else ""),
                        self.tr("review {0}").format(when(c.review_due)),
                        c.id,
                    )
                    for c in board.contacts_due.lines
                ],
            ),
        ]

    def lines(self, heading: str) -> list[str]:
        """The texts under one heading (for tests and screen readers)."""
        tree = self.ui.attention_tree
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            if top.text(0).startswith(heading):
                return [
                    top.child(j).text(0)
                    for j in range(top.childCount())
                    if top.child(j).data(0, KIND_ROLE)
                ]
        return []

    def _open(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, KIND_ROLE)
        if target:
            kind, record_id = str(target).split(":", 1)
            self.navigate.emit(kind, uuid.UUID(record_id))


def _fill(form: QFormLayout, rows: list[tuple[str, int]]) -> None:
    while form.rowCount():
        form.removeRow(0)
    for label, value in rows:
        number = QLabel(f"{value:,}")
        number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        number.setAccessibleName(f"{label}: {value}")
        form.addRow(label, number)
