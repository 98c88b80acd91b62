"""Log an engagement quickly from the keyboard: type-ahead for people and organisations,
several of each, and follow-up actions with owners and due dates. Ctrl+Enter saves."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from popdesk.domain.enums import EngagementType, ProblemStatus
from popdesk.services.engagements import EngagementService
from popdesk.services.partners import PartnerService
from popdesk.services.problems import ProblemService
from popdesk.services.staff import StaffService
from popdesk.views.editing import CONTACT, STAFF, ActionRows, FormDialog, no_default_button, submit
from popdesk.views.forms.ui_engagement_dialog import Ui_EngagementDialog
from popdesk.views.i18n import label_of
from popdesk.views.widgets import fill_combo


class EngagementDialog(FormDialog):
    saved = Signal(object)  # EngagementDTO

    def __init__(
        self,
        engagements: EngagementService,
        partners: PartnerService,
        staff: StaffService,
        problems: ProblemService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.engagements, self.partners = engagements, partners
        self.ui = Ui_EngagementDialog()
        self.ui.setupUi(self)
        now = engagements.context.now().astimezone()
        self.ui.when_edit.setDateTime(
            QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, (now.minute // 15) * 15))
        )
        self.ui.when_edit.setMaximumDateTime(self.ui.when_edit.dateTime().addDays(1))
        fill_combo(
            self.ui.type_combo,
            [(label_of(t), t) for t in EngagementType],
            keep=EngagementType.MEETING,
        )
        self.staff = staff.list_staff(active=True)
        contacts = partners.list_contacts(active=True)
        self.contact_names = {c.id: c.name for c in contacts}
        self.ui.staff_picker.set_choices([(s.name, s.id) for s in self.staff])
        self.ui.contacts_picker.set_choices(
            [
                (f"{c.name} – {c.organisation.name}" if c.organisation else c.name, c.id)
                for c in contacts
            ]
        )
        self.ui.organisations_picker.set_choices(
            [(o.name, o.id) for o in partners.list_organisations(active=True)]
        )
        fill_combo(
            self.ui.problem_combo,
            [(p.title, p.id) for p in problems.list_problems(status=ProblemStatus.LIVE)],
            first=(self.tr("None"), None),
        )
        today = engagements.context.today()
        self.ui.action_due_edit.setDate(QDate(today.year, today.month, today.day).addDays(14))
        self.ui.actions_tree.setColumnWidth(0, 340)
        self._owners()
        self.ui.contacts_picker.changed.connect(self._owners)
        self.ui.staff_picker.changed.connect(self._owners)
        self.rows = ActionRows(
            self.ui.action_edit,
            self.ui.action_owner_combo,
            self.ui.action_due_edit,
            self.ui.add_action_button,
            self.ui.remove_action_button,
            self.ui.actions_tree,
        )

        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setToolTip(self.tr("Save (Ctrl+Enter)"))
        no_default_button(self)
        save.clicked.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        self.ui.staff_picker.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        no_default_button(self)  # the button box makes Save the default again when shown

    def _owners(self) -> None:
        """Owners offered for an action: who took part first, then all other staff."""
        chosen_staff = set(self.ui.staff_picker.ids())
        items: list[tuple[str, object]] = [
            (s.name, (STAFF, s.id)) for s in self.staff if s.id in chosen_staff
        ]
        items += [(self.contact_names[c], (CONTACT, c)) for c in self.ui.contacts_picker.ids()]
        items += [(s.name, (STAFF, s.id)) for s in self.staff if s.id not in chosen_staff]
        fill_combo(self.ui.action_owner_combo, items, first=(self.tr("No owner yet"), None))

    def save(self) -> None:
        self.rows.flush()
        when = self.ui.when_edit.dateTime().toPython().astimezone()
        submit(
            self,
            lambda: self.engagements.log(
                occurred_at=when,
                type=self.ui.type_combo.currentData(),
                summary=self.ui.summary_edit.toPlainText(),
                outcome=self.ui.outcome_edit.toPlainText(),
                staff_ids=self.ui.staff_picker.ids(),
                contact_ids=self.ui.contacts_picker.ids(),
                organisation_ids=self.ui.organisations_picker.ids(),
                problem_id=self.ui.problem_combo.currentData(),
                actions=self.rows.inputs(),
            ),
            {
                "staff": self.ui.staff_error,
                "contacts": self.ui.contacts_error,
                "summary": self.ui.summary_error,
            },
            self.ui.form_error,
        )
