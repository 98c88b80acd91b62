"""Schedule a group's meeting, or write one up: attendance ticked from the membership, notes,
decisions and the actions agreed."""

from __future__ import annotations

import uuid
from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from popdesk.domain.dto import GroupDTO, MeetingDTO
from popdesk.domain.enums import Attendance, MeetingStatus
from popdesk.errors import PopdeskError
from popdesk.services.groups import GroupService
from popdesk.services.partners import PartnerService
from popdesk.services.staff import StaffService
from popdesk.views.editing import CONTACT, STAFF, ActionRows, FormDialog, no_default_button
from popdesk.views.forms.ui_meeting_dialog import Ui_MeetingDialog
from popdesk.views.i18n import error_text, label_of
from popdesk.views.widgets import ID_ROLE, choose, fill_combo, show_error


class MeetingDialog(FormDialog):
    saved = Signal(object)  # MeetingDTO

    def __init__(
        self,
        groups: GroupService,
        partners: PartnerService,
        staff: StaffService,
        group: GroupDTO,
        meeting: MeetingDTO | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.groups, self.group, self.meeting = groups, group, meeting
        self.ui = Ui_MeetingDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(
            self.tr("{0}: meeting").format(group.name)
            if meeting
            else self.tr("Schedule a meeting of {0}").format(group.name)
        )
        self.ui.group_label.setText(group.name)
        fill_combo(self.ui.status_combo, [(label_of(s), s) for s in MeetingStatus])
        if meeting is None:
            start = datetime.combine(groups.context.today() + timedelta(days=7), time(18, 0))
            choose(self.ui.status_combo, MeetingStatus.SCHEDULED)
        else:
            start = meeting.starts_at.astimezone().replace(tzinfo=None)
            self.ui.venue_edit.setText(meeting.venue or "")
            self.ui.agenda_edit.setPlainText(meeting.agenda or "")
            self.ui.notes_edit.setPlainText(meeting.notes or "")
            self.ui.decisions_edit.setPlainText(meeting.decisions or "")
            held = meeting.status is MeetingStatus.HELD or meeting.starts_at <= groups.context.now()
            choose(self.ui.status_combo, MeetingStatus.HELD if held else meeting.status)
            self.ui.starts_edit.setEnabled(False)
        self.ui.starts_edit.setDateTime(
            QDateTime(QDate(start.year, start.month, start.day), QTime(start.hour, start.minute))
        )
        self._attendance(partners)
        self._owners(staff)
        today = groups.context.today()
        self.ui.action_due_edit.setDate(QDate(today.year, today.month, today.day).addDays(21))
        self.ui.actions_tree.setColumnWidth(0, 360)
        self.ui.attendance_table.setMinimumHeight(220)  # the membership is the point here
        self.ui.notes_edit.setMaximumHeight(110)
        self.ui.decisions_edit.setMaximumHeight(80)
        self.ui.actions_tree.setMaximumHeight(120)
        self.rows = ActionRows(
            self.ui.action_edit,
            self.ui.action_owner_combo,
            self.ui.action_due_edit,
            self.ui.add_action_button,
            self.ui.remove_action_button,
            self.ui.actions_tree,
        )
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        no_default_button(self)

    def _attendance(self, partners: PartnerService) -> None:
        """One row per person expected: our representatives, then the member contacts."""
        recorded = (
            {a.person.id: a.attendance for a in self.meeting.attendance} if self.meeting else {}
        )
        contacts = {c.id: c for c in partners.list_contacts(active=True)}
        people: list[tuple[uuid.UUID, str, str]] = [
            (r.staff.id, r.staff.name, self.tr("Our {0}").format(label_of(r.role).lower()))
            for r in self.group.representatives
        ]
        for ref in self.group.member_contacts:
            found = contacts.get(ref.id)
            org = found.organisation.name if found and found.organisation else ""
            people.append((ref.id, ref.name, org))
        for person_id, _ in recorded.items():  # someone recorded before who is no longer listed
            if person_id not in {p[0] for p in people}:
                people.append((person_id, self.tr("(former member)"), ""))
        table = self.ui.attendance_table
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("For"), self.tr("Attendance")])
        table.verticalHeader().setVisible(False)
        table.setRowCount(len(people))
        for row, (person_id, name, where) in enumerate(people):
            cell = QTableWidgetItem(name)
            cell.setData(ID_ROLE, person_id)
            table.setItem(row, 0, cell)
            table.setItem(row, 1, QTableWidgetItem(where))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Attendance of {0}").format(name))
            fill_combo(
                combo, [(label_of(a), a) for a in Attendance], first=(self.tr("Not recorded"), None)
            )
            value = recorded.get(person_id)
            choose(combo, Attendance(value) if value else None)
            table.setCellWidget(row, 2, combo)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(2, 150)

    def set_attendance(self, person_id: uuid.UUID, value: Attendance | None) -> None:
        for row in range(self.ui.attendance_table.rowCount()):
            if self.ui.attendance_table.item(row, 0).data(ID_ROLE) == person_id:
                choose(self.ui.attendance_table.cellWidget(row, 2), value)  # type: ignore[arg-type]

    def attendance(self) -> dict[uuid.UUID, Attendance]:
        marked = {}
        for row in range(self.ui.attendance_table.rowCount()):
            value = self.ui.attendance_table.cellWidget(row, 2).currentData()  # type: ignore[union-attr]
            if value is not None:
                marked[self.ui.attendance_table.item(row, 0).data(ID_ROLE)] = value
        return marked

    def _owners(self, staff: StaffService) -> None:
        items: list[tuple[str, object]] = [
            (r.staff.name, (STAFF, r.staff.id)) for r in self.group.representatives
        ]
        items += [(c.name, (CONTACT, c.id)) for c in self.group.member_contacts]
        seated = {r.staff.id for r in self.group.representatives}
        items += [
            (s.name, (STAFF, s.id)) for s in staff.list_staff(active=True) if s.id not in seated
        ]
        fill_combo(self.ui.action_owner_combo, items, first=(self.tr("No owner yet"), None))

    def save(self) -> None:
        show_error(self.ui.form_error, None)
        self.rows.flush()
        status = self.ui.status_combo.currentData()
        try:
            meeting = self.meeting
            if meeting is None:
                when = self.ui.starts_edit.dateTime().toPython().astimezone()
                meeting = self.groups.schedule_meeting(
                    group_id=self.group.id,
                    starts_at=when,
                    venue=self.ui.venue_edit.text(),
                    agenda=self.ui.agenda_edit.toPlainText(),
                )
            written = (
                self.attendance() or self.ui.notes_edit.toPlainText().strip() or self.rows.inputs()
            )
            if self.meeting is not None or written or status is not MeetingStatus.SCHEDULED:
                meeting = self.groups.record_meeting(
                    meeting.id,
                    attendance=self.attendance(),
                    notes=self.ui.notes_edit.toPlainText(),
                    decisions=self.ui.decisions_edit.toPlainText(),
                    status=status,
                    actions=self.rows.inputs(),
                    venue=self.ui.venue_edit.text(),
                    agenda=self.ui.agenda_edit.toPlainText(),
                )
        except PopdeskError as exc:
            show_error(self.ui.form_error, error_text(exc))
            return
        self.saved.emit(meeting)
        self.accept()
