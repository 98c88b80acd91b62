"""Handovers: the checklist worked through with the successor, signed off, then completed."""

from __future__ import annotations

import uuid
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QTreeWidgetItem, QWidget

from popdesk.domain.dto import HandoverDTO, HandoverItemDTO
from popdesk.domain.enums import (
    HandoverStatus,
    ItemKind,
    ItemStatus,
    SignoffRole,
)
from popdesk.errors import PopdeskError
from popdesk.exports.words import item_title
from popdesk.services.checklists import ChecklistService
from popdesk.services.exports import ExportService
from popdesk.services.handovers import HandoverService
from popdesk.services.staff import StaffService
from popdesk.views import prompts
from popdesk.views.detail import when
from popdesk.views.dialogs.export_dialog import ExportDialog
from popdesk.views.dialogs.handover_start_dialog import HandoverStartDialog
from popdesk.views.dialogs.templates_dialog import TemplatesDialog
from popdesk.views.forms.ui_handovers_view import Ui_HandoversView
from popdesk.views.i18n import QtWords, label_of
from popdesk.views.icons import icon
from popdesk.views.pages.base import Page
from popdesk.views.widgets import ID_ROLE, fill_combo

KIND_HEADINGS = {
    ItemKind.SPOC: QT_TRANSLATE_NOOP("HandoversView", "SPOC roles"),
    ItemKind.REPRESENTATION: QT_TRANSLATE_NOOP("HandoversView", "Group seats"),
    ItemKind.ACTION: QT_TRANSLATE_NOOP("HandoversView", "Open actions"),
    ItemKind.PROBLEM: QT_TRANSLATE_NOOP("HandoversView", "Live problems"),
    ItemKind.AGREEMENT: QT_TRANSLATE_NOOP("HandoversView", "Agreements"),
    ItemKind.TEMPLATE: QT_TRANSLATE_NOOP("HandoversView", "Checklist"),
}


class HandoversView(Page):
    title = "Handovers"
    WRAPPED_ROWS = ("filter_layout", "people_row", "tick_row", "sign_row")

    def __init__(
        self,
        handovers: HandoverService,
        staff: StaffService,
        checklists: ChecklistService,
        exports: ExportService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.handovers, self.staff, self.checklists = handovers, staff, checklists
        self.exports = exports
        self.ui = Ui_HandoversView()
        self.ui.setupUi(self)
        self.shown: HandoverDTO | None = None
        fill_combo(
            self.ui.show_combo,
            [
                (self.tr("In progress"), HandoverStatus.IN_PROGRESS),
                (self.tr("Completed"), HandoverStatus.COMPLETED),
                (self.tr("All"), "all"),
            ],
        )
        self.ui.splitter.setSizes([330, 850])
        self.ui.handover_list.setWordWrap(True)
        self.ui.start_button.setIcon(icon("handover"))
        self.ui.done_button.setIcon(icon("action"))
        self.ui.complete_button.setIcon(icon("handover"))
        tree = self.ui.checklist_tree
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)  # status
        for column, width in ((2, 140), (3, 140)):  # note; who ticked (when, in its tooltip)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            tree.setColumnWidth(column, width)
        tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        # the count inside the bar stays readable over the filled part
        self.ui.progress_bar.setStyleSheet(
            "QProgressBar { border: 1px solid #9aa7b8; border-radius: 3px; text-align: center;"
            " color: #1b2430; background: #f4f6f9; }"
            "QProgressBar::chunk { background: #a9cbe8; }"
        )
        QShortcut(
            QKeySequence(Qt.Key.Key_Space),
            tree,
            activated=self.toggle_done,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.ui.show_combo.currentIndexChanged.connect(self.refresh)
        self.ui.handover_list.currentRowChanged.connect(lambda _: self._show_chosen())
        self.ui.start_button.clicked.connect(self.new_record)
        self.ui.templates_button.clicked.connect(self.edit_templates)
        self.ui.successor_button.clicked.connect(lambda: self.name_successor())
        self.ui.supervisor_button.clicked.connect(lambda: self.set_supervisor())
        self.ui.done_button.clicked.connect(lambda: self.tick(ItemStatus.DONE))
        self.ui.todo_button.clicked.connect(lambda: self.tick(ItemStatus.TODO))
        self.ui.not_needed_button.clicked.connect(self.not_needed)
        self.ui.note_button.clicked.connect(self.add_note)
        self.ui.sign_outgoing_button.clicked.connect(lambda: self.sign_off(SignoffRole.OUTGOING))
        self.ui.sign_incoming_button.clicked.connect(lambda: self.sign_off(SignoffRole.INCOMING))
        self.ui.sign_supervisor_button.clicked.connect(
            lambda: self.sign_off(SignoffRole.SUPERVISOR)
        )
        self.ui.complete_button.clicked.connect(self.complete)
        self.ui.pack_button.clicked.connect(self.export_pack)

    # loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        keep = self.shown.id if self.shown else None
        show = self.ui.show_combo.currentData()
        rows = self.handovers.list_handovers(status=None if show == "all" else show)
        self.ui.handover_list.blockSignals(True)
        self.ui.handover_list.clear()
        for h in rows:
            successor = h.incoming.name if h.incoming else self.tr("successor not named")
            progress = self.tr("{0} of {1} done · {2}").format(h.done, h.total, label_of(h.status))
            item = QListWidgetItem(f"{h.post}\n{h.outgoing.name} → {successor}\n{progress}")
            item.setData(ID_ROLE, h.id)
            item.setToolTip(h.post)
            self.ui.handover_list.addItem(item)
        self.ui.handover_list.blockSignals(False)
        ids = [h.id for h in rows]
        self.ui.handover_list.setCurrentRow(ids.index(keep) if keep in ids else (0 if ids else -1))
        self._show_chosen()

    def open_record(self, record_id: uuid.UUID) -> None:
        for row in range(self.ui.handover_list.count()):
            if self.ui.handover_list.item(row).data(ID_ROLE) == record_id:
                self.ui.handover_list.setCurrentRow(row)
                return
        self.ui.show_combo.setCurrentIndex(self.ui.show_combo.count() - 1)  # "All"
        for row in range(self.ui.handover_list.count()):
            if self.ui.handover_list.item(row).data(ID_ROLE) == record_id:
                self.ui.handover_list.setCurrentRow(row)

    def _show_chosen(self) -> None:
        item = self.ui.handover_list.currentItem()
        self.shown = self.handovers.get(item.data(ID_ROLE)) if item else None
        self._render()

    def _render(self) -> None:
        h = self.shown
        editable = h is not None and h.status is HandoverStatus.IN_PROGRESS
        self.ui.pack_button.setEnabled(h is not None)
        for button in (
            self.ui.successor_button,
            self.ui.supervisor_button,
            self.ui.done_button,
            self.ui.todo_button,
            self.ui.not_needed_button,
            self.ui.note_button,
            self.ui.complete_button,
        ):
            button.setEnabled(editable)
        tree = self.ui.checklist_tree
        tree.clear()
        if h is None:
            self.ui.header_label.setText(
                self.tr("<i>No handovers here. Start one when someone moves post.</i>")
            )
            self.ui.progress_bar.setRange(0, 1)
            self.ui.progress_bar.setValue(0)
            for button in (
                self.ui.sign_outgoing_button,
                self.ui.sign_incoming_button,
                self.ui.sign_supervisor_button,
            ):
                button.setEnabled(False)
            return
        self.ui.header_label.setText(self._header(h))
        self.ui.progress_bar.setRange(0, max(h.total, 1))
        self.ui.progress_bar.setValue(h.done)
        groups: dict[ItemKind, QTreeWidgetItem] = {}
        for item in h.items:
            parent = groups.get(item.kind)
            if parent is None:
                parent = QTreeWidgetItem([self.tr(KIND_HEADINGS[item.kind])])
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[item.kind] = parent
                tree.addTopLevelItem(parent)
            parent.addChild(self._row(item))
        for parent in groups.values():
            done = sum(
                1
                for i in range(parent.childCount())
                if parent.child(i).text(1) != label_of(ItemStatus.TODO)
            )
            parent.setText(1, f"{done}/{parent.childCount()}")
        tree.expandAll()
        signed = {s.role: s for s in h.signoffs}
        for role, button in (
            (SignoffRole.OUTGOING, self.ui.sign_outgoing_button),
            (SignoffRole.INCOMING, self.ui.sign_incoming_button),
            (SignoffRole.SUPERVISOR, self.ui.sign_supervisor_button),
        ):
            button.setEnabled(editable and role not in signed)
            given = signed.get(role)
            if given is None:
                button.setText(self.tr("Sign off: {0}").format(label_of(role).lower()))
                button.setToolTip("")
            else:
                button.setText(
                    self.tr("{0} ✓ {1}, {2}").format(
                        label_of(role), given.name, when(given.signed_at)
                    )
                )
                button.setToolTip(given.note or "")

    def _row(self, item: HandoverItemDTO) -> QTreeWidgetItem:
        title = self._title(item.title) + ("" if item.required else self.tr("  (optional)"))
        ticked = (
            f"{item.ticked_by}, {when(item.ticked_at)}" if item.ticked_by and item.ticked_at else ""
        )
        row = QTreeWidgetItem([title, label_of(item.status), item.note or "", item.ticked_by or ""])
        row.setData(0, ID_ROLE, item.id)
        row.setToolTip(0, item.detail or item.title)
        row.setToolTip(2, item.note or "")
        row.setToolTip(3, ticked)
        if item.status is ItemStatus.TODO and item.required:
            row.setForeground(1, Qt.GlobalColor.darkRed)
        return row

    def _title(self, title: str) -> str:
        """An item's title in the interface's words (titles are kept as they were written)."""
        return item_title(QtWords(), title)

    def _header(self, h: HandoverDTO) -> str:
        successor = (
            escape(h.incoming.name)
            if h.incoming
            else "<span style='color:#8c1d18'>{}</span>".format(self.tr("successor not named"))
        )
        facts = [f"{escape(h.outgoing.name)} → {successor}"]
        if h.supervisor:
            facts.append(self.tr("supervisor {0}").format(escape(h.supervisor.name)))
        if h.due_date:
            facts.append(self.tr("due {0}").format(when(h.due_date)))
        facts.append(escape(label_of(h.status).lower()))
        lines = [
            f"<span style='font-size:14pt; font-weight:bold'>{escape(h.post)}</span>",
            " · ".join(facts),
        ]
        if h.status is HandoverStatus.COMPLETED:
            lines.append(
                self.tr("Completed {0}; this record stays as it was.").format(when(h.completed_at))
            )
        else:
            waiting = self.handovers.blockers(h.id)
            if waiting:
                lines.append(
                    "<span style='color:#555'>{}</span>".format(
                        self.tr("To complete: {0}.").format(escape("; ".join(waiting)))
                    )
                )
            else:
                lines.append(
                    "<span style='color:#1b5e20'>{}</span>".format(self.tr("Ready to complete."))
                )
        return "<br>".join(lines)

    # working through ----------------------------------------------------------------------

    def chosen_item(self) -> uuid.UUID | None:
        item = self.ui.checklist_tree.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def tick(
        self, status: ItemStatus, note: str | None = None, item_id: uuid.UUID | None = None
    ) -> None:
        target = item_id or self.chosen_item()
        if target is None or self.shown is None:
            return
        try:
            self.handovers.tick(target, status, note)
        except PopdeskError as exc:
            self.report(exc)
            return
        self._reload_keeping(target)

    def toggle_done(self) -> None:
        item = self.ui.checklist_tree.currentItem()
        if item is None or item.data(0, ID_ROLE) is None:
            return
        self.tick(ItemStatus.TODO if item.text(1) == label_of(ItemStatus.DONE) else ItemStatus.DONE)

    def not_needed(self) -> None:
        if self.chosen_item() is None:
            return
        reason, ok = prompts.text(self, self.tr("Not needed"), self.tr("Why is this not needed?"))
        if ok:
            self.tick(ItemStatus.NOT_NEEDED, reason)

    def add_note(self) -> None:
        item = self.ui.checklist_tree.currentItem()
        if item is None or item.data(0, ID_ROLE) is None:
            return
        note, ok = prompts.text(
            self, self.tr("Note"), self.tr("Note on this item:"), text=item.text(2)
        )
        if ok:
            status = next(s for s in ItemStatus if label_of(s) == item.text(1))
            self.tick(status, note)

    def _reload_keeping(self, item_id: uuid.UUID) -> None:
        self.refresh()
        tree = self.ui.checklist_tree
        for i in range(tree.topLevelItemCount()):
            group = tree.topLevelItem(i)
            for j in range(group.childCount()):
                if group.child(j).data(0, ID_ROLE) == item_id:
                    tree.setCurrentItem(group.child(j))

    def name_successor(self, staff_id: uuid.UUID | None = None) -> None:
        if self.shown is None:
            return
        if staff_id is None:
            staff_id = self._pick_staff(
                self.tr("Name the successor"), exclude=self.shown.outgoing.id
            )
            if staff_id is None:
                return
        try:
            self.handovers.name_successor(self.shown.id, staff_id)
        except PopdeskError as exc:
            self.report(exc)
            return
        self.refresh()

    def set_supervisor(self, staff_id: uuid.UUID | None = None) -> None:
        if self.shown is None:
            return
        if staff_id is None:
            staff_id = self._pick_staff(
                self.tr("Set the supervisor"), exclude=self.shown.outgoing.id
            )
            if staff_id is None:
                return
        try:
            self.handovers.set_supervisor(self.shown.id, staff_id)
        except PopdeskError as exc:
            self.report(exc)
            return
        self.refresh()

    def _pick_staff(self, title: str, exclude: uuid.UUID) -> uuid.UUID | None:
        staff = [s for s in self.staff.list_staff(active=True) if s.id != exclude]
        names = [s.name for s in staff]
        chosen, ok = prompts.item(self, title, title, names, 0, False)
        return staff[names.index(chosen)].id if ok else None

    def sign_off(self, role: SignoffRole) -> None:
        if self.shown is None:
            return
        h = self.shown
        name = None
        if role is SignoffRole.SUPERVISOR and h.supervisor is None:
            name, ok = prompts.text(
                self, self.tr("Supervisor sign-off"), self.tr("Supervisor's name:")
            )
            if not ok:
                return
        signer = (
            name
            or {
                SignoffRole.OUTGOING: h.outgoing.name,
                SignoffRole.INCOMING: h.incoming.name if h.incoming else "",
                SignoffRole.SUPERVISOR: h.supervisor.name if h.supervisor else "",
            }[role]
        )
        signer_id = {
            SignoffRole.OUTGOING: h.outgoing.id,
            SignoffRole.INCOMING: h.incoming.id if h.incoming else None,
            SignoffRole.SUPERVISOR: h.supervisor.id if h.supervisor else None,
        }[role]
        user = self.handovers.context.user_id
        question = self.tr(
            "{0} signs off this handover as the {1}. The date and time are recorded and "
            "printed on the handover pack; a sign-off cannot be taken back."
        ).format(signer, label_of(role).lower())
        if user is not None and signer_id != user:
            question += "\n\n" + self.tr(
                "You are signing on {0}'s behalf: the sign-off will say it was recorded by {1}."
            ).format(signer, self.handovers.context.actor)
        elif user is None:
            question += "\n\n" + self.tr(
                "popdesk does not know who is using it (File, Settings): the sign-off will "
                "not say who recorded it."
            )
        if signer and not self.confirm(
            self.tr("Sign off as {0}?").format(signer), question, self.tr("Sign off")
        ):
            return
        try:
            self.handovers.sign_off(self.shown.id, role, name=name)
        except PopdeskError as exc:
            self.report(exc)
            return
        self.status.emit(self.tr("{0} sign-off recorded").format(label_of(role)))
        self.refresh()

    def complete(self) -> None:
        h = self.shown
        if h is None:
            return
        waiting = self.handovers.blockers(h.id)
        if waiting:
            self.report(PopdeskError(self.tr("Not yet: ") + "; ".join(waiting) + "."))
            return
        moves = self.handovers.preview_completion(h.id)
        assert h.incoming is not None
        listed = "\n".join(f"• {m.title}" for m in moves) or self.tr("(nothing is held)")
        question = self.tr(
            "Completing moves these from {0} to {1}, ending {0}'s records and starting new ones "
            "(the history is kept):\n\n{2}\n\nComplete the handover?"
        ).format(h.outgoing.name, h.incoming.name, listed)
        if not self.confirm(self.tr("Complete handover"), question, self.tr("Complete handover")):
            return
        try:
            self.handovers.complete(h.id)
        except PopdeskError as exc:
            self.report(exc)
            return
        self.status.emit(
            self.tr("Handover complete: {0} moved to {1}").format(len(moves), h.incoming.name)
        )
        self.ui.show_combo.setCurrentIndex(self.ui.show_combo.count() - 1)
        self.refresh()
        self.open_record(h.id)

    def export_pack(self) -> None:
        h = self.shown
        if h is None:
            return
        slug = "-".join(h.post.lower().replace("–", " ").split())[:40]
        exports = self.exports
        self.keep_dialog(
            ExportDialog(
                self.tr("Handover pack: {0}").format(h.post),
                f"handover-pack-{slug}.pdf",
                exports.default_marking("handover-pack"),
                lambda path, marking, password, purpose: exports.handover_pack(
                    h.id, path, marking=marking, password=password, purpose=purpose
                ),
                parent=self,
                kind="handover-pack",
            )
        )
        self.dialog.exported.connect(
            lambda path: self.status.emit(self.tr("Saved {0}").format(path))
        )
        self.dialog.open()

    def new_record(self) -> None:
        self.keep_dialog(
            HandoverStartDialog(self.handovers, self.staff, self.checklists, parent=self)
        )
        self.dialog.saved.connect(self._started)
        self.dialog.open()

    def _started(self, handover: HandoverDTO) -> None:
        self.status.emit(self.tr("Started the handover of {0}").format(handover.post))
        self.ui.show_combo.setCurrentIndex(0)
        self.refresh()
        self.open_record(handover.id)

    def edit_templates(self) -> None:
        self.keep_dialog(TemplatesDialog(self.checklists, parent=self))
        self.dialog.open()
