"""Start a handover: who is moving, and (if known) who takes over and who supervises."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from popdesk.services.checklists import ChecklistService
from popdesk.services.handovers import HandoverService
from popdesk.services.staff import StaffService
from popdesk.views.editing import FormDialog, submit
from popdesk.views.forms.ui_handover_start_dialog import Ui_HandoverStartDialog
from popdesk.views.widgets import fill_combo, show_error


class HandoverStartDialog(FormDialog):
    saved = Signal(object)  # HandoverDTO

    def __init__(
        self,
        handovers: HandoverService,
        staff: StaffService,
        checklists: ChecklistService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.handovers = handovers
        self.ui = Ui_HandoverStartDialog()
        self.ui.setupUi(self)
        self.staff = staff.list_staff(active=True)
        people = [(s.name, s.id) for s in self.staff]
        fill_combo(
            self.ui.outgoing_combo, people, first=(self.tr("Choose who is moving post"), None)
        )
        fill_combo(self.ui.incoming_combo, people, first=(self.tr("Not known yet"), None))
        fill_combo(self.ui.supervisor_combo, people, first=(self.tr("Not known yet"), None))
        fill_combo(self.ui.template_combo, [(t.name, t.id) for t in checklists.templates()])
        due = handovers.context.today() + timedelta(days=28)
        self.ui.due_edit.setDate(QDate(due.year, due.month, due.day))
        self._suggested_post = ""  # what _suggest_post last filled in
        self.ui.outgoing_combo.currentIndexChanged.connect(self._suggest_post)
        for combo in (self.ui.outgoing_combo, self.ui.incoming_combo, self.ui.supervisor_combo):
            combo.currentIndexChanged.connect(self._choice_changed)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Start"))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)

    def _choice_changed(self) -> None:
        """Who is moving, who takes over or who supervises changed: a message about the
        choice ("the successor must be someone other than…") is no longer true."""
        for label in (self.ui.outgoing_error, self.ui.incoming_error, self.ui.form_error):
            show_error(label, None)

    def _suggest_post(self) -> None:
        """The outgoing person's post, filled in for them, never over a post the person typed
        (only over an empty one, or over the one filled in for the person chosen before)."""
        typed = self.ui.post_edit.text()
        if typed and typed != self._suggested_post:
            return
        chosen = next((s for s in self.staff if s.id == self.ui.outgoing_combo.currentData()), None)
        suggested = (
            " – ".join(p for p in (chosen.post_role, chosen.post_area) if p) if chosen else ""
        )
        self.ui.post_edit.setText(suggested)
        self._suggested_post = suggested

    def save(self) -> None:
        self._choice_changed()
        outgoing = self.ui.outgoing_combo.currentData()
        if outgoing is None:
            show_error(self.ui.outgoing_error, self.tr("Choose who is moving post."))
            return
        submit(
            self,
            lambda: self.handovers.start(
                outgoing_staff_id=outgoing,
                incoming_staff_id=self.ui.incoming_combo.currentData(),
                supervisor_staff_id=self.ui.supervisor_combo.currentData(),
                post=self.ui.post_edit.text() or None,
                due_date=self.ui.due_edit.date().toPython(),
                template_id=self.ui.template_combo.currentData(),
            ),
            {"outgoing": self.ui.outgoing_error, "incoming": self.ui.incoming_error},
            self.ui.form_error,
        )
