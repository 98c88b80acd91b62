"""The home page: where partnership working needs attention now. Every line opens its record."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QTreeWidgetItem, QWidget

from popdesk.domain.enums import HandoverStatus
from popdesk.services import Services
from popdesk.views.detail import when
from popdesk.views.forms.ui_dashboard_view import Ui_DashboardView
from popdesk.views.pages.base import Page

RECORD_LABELS = {"spocs": "SPOC assignments", "staff": "Staff members"}
CONTACT_REVIEW_NOTICE_DAYS = 30
KIND_ROLE = Qt.ItemDataRole.UserRole
SHOWN = 100  # lines a section lists; its count says how many there are


class DashboardView(Page):
    title = "Dashboard"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.s = services
        self.ui = Ui_DashboardView()
        self.ui.setupUi(self)
        tree = self.ui.attention_tree
        tree.setColumnWidth(0, 620)
        tree.setRootIsDecorated(True)
        tree.itemActivated.connect(self._open)
        tree.itemDoubleClicked.connect(self._open)
        self.filled = False  # True once it shows the store's data

    def refresh(self) -> None:
        s = self.s
        tree = self.ui.attention_tree
        expanded = {
            tree.topLevelItem(i).text(0).split(" (")[0]
            for i in range(tree.topLevelItemCount())
            if tree.topLevelItem(i).isExpanded()
        }
        tree.clear()
        stale_count, stale = s.spocs.stale(limit=SHOWN)
        vacant_count, vacant = s.spocs.vacant(limit=SHOWN)
        unrepresented_count, unrepresented = s.groups.unrepresented(limit=SHOWN)
        # Sections whose full length is counted by the store (the rest are short lists).
        totals = {
            self.tr("Overdue actions"): s.actions.count_overdue(),
            self.tr("Stale SPOC roles"): stale_count,
            self.tr("Vacant SPOC roles"): vacant_count,
            self.tr("Groups with no representative"): unrepresented_count,
            self.tr("Contacts due a data-protection review"): s.partners.count_due_review(
                within_days=CONTACT_REVIEW_NOTICE_DAYS
            ),
        }
        sections: list[tuple[str, list[tuple[str, str, str, uuid.UUID]]]] = [
            (
                self.tr("Overdue actions"),
                [
                    (
                        "action",
                        f"{a.description} – {a.owner.name if a.owner else 'no owner'}",
                        f"due {when(a.due_date)}",
                        a.id,
                    )
                    for a in s.actions.overdue(limit=SHOWN)
                ],
            ),
            (
                self.tr("Vacant SPOC roles"),
                [
                    (
                        "spoc",
                        f"{a.name}: {'our side' if a.our_spoc is None else 'their side'} vacant",
                        "",
                        a.id,
                    )
                    for a in vacant
                ],
            ),
            (
                self.tr("Stale SPOC roles"),
                [
                    (
                        "spoc",
                        f"{a.name} – {a.our_spoc.name if a.our_spoc else 'vacant'}",
                        f"review due {when(a.review_due)}"
                        if a.review_overdue
                        else "no recent engagement",
                        a.id,
                    )
                    for a in stale
                ],
            ),
            (
                self.tr("Groups with no representative"),
                [("group", g.name, g.cadence.label.lower(), g.id) for g in unrepresented],
            ),
            (
                self.tr("Meetings in the next 14 days"),
                [
                    (
                        "meeting",
                        f"{m.group.name}" + (f", {m.venue}" if m.venue else ""),
                        when(m.starts_at),
                        m.id,
                    )
                    for m in s.groups.upcoming_meetings(days=14)
                ],
            ),
            (
                self.tr("Handovers in progress"),
                [
                    (
                        "handover",
                        f"{h.post}: {h.outgoing.name} → "
                        + (h.incoming.name if h.incoming else "successor not named"),
                        f"{h.done} of {h.total} done",
                        h.id,
                    )
                    for h in s.handovers.list_handovers(status=HandoverStatus.IN_PROGRESS)
                ],
            ),
            (
                self.tr("Agreements due for review"),
                [
                    ("agreement", a.title, f"review {when(a.review_date)}", a.id)
                    for a in s.agreements.due_for_review()
                ],
            ),
            (
                self.tr("Contacts due a data-protection review"),
                [
                    (
                        "contact",
                        c.name + (f" – {c.organisation.name}" if c.organisation else ""),
                        f"review {when(c.review_due)}",
                        c.id,
                    )
                    for c in s.partners.contacts_due_review(
                        within_days=CONTACT_REVIEW_NOTICE_DAYS, limit=SHOWN
                    )
                ],
            ),
        ]
        for heading, lines in sections:
            total = totals.get(heading, len(lines))
            top = QTreeWidgetItem([f"{heading} ({total})"])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            tree.addTopLevelItem(top)
            for kind, text, hint, record_id in lines[:SHOWN]:
                child = QTreeWidgetItem([text, hint])
                # plain text, not a Python tuple: tens of thousands of tuples held by Qt items
                # crashed PySide6 here (a reference count run down to nothing)
                child.setData(0, KIND_ROLE, f"{kind}:{record_id}")
                child.setToolTip(0, self.tr("Enter or double-click to open"))
                top.addChild(child)
            if total > SHOWN:
                more = QTreeWidgetItem(
                    [
                        self.tr("… and {0:,} more: see the section for all of them").format(
                            total - SHOWN
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
            [(RECORD_LABELS.get(k, k.capitalize()), n) for k, n in s.check.counts().items()],
        )
        self.filled = True

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
