"""Partnership groups: who represents us, who belongs, when they meet."""

from __future__ import annotations

import uuid
from html import escape

from PySide6.QtCore import QModelIndex, QUrl
from PySide6.QtWidgets import QWidget

from popdesk.domain.dto import GroupDTO, MeetingDTO, RepresentationDTO
from popdesk.domain.enums import HandoverStatus, MeetingStatus
from popdesk.errors import PopdeskError
from popdesk.services.contact_export import ContactExportService
from popdesk.services.exports import ExportService
from popdesk.services.groups import GroupService
from popdesk.services.handovers import HandoverService
from popdesk.services.partners import PartnerService
from popdesk.services.staff import StaffService
from popdesk.views import prompts
from popdesk.views.detail import Html, flag, open_link, placeholder, when
from popdesk.views.dialogs.export_dialog import ExportDialog
from popdesk.views.dialogs.group_dialog import GroupDialog
from popdesk.views.dialogs.meeting_dialog import MeetingDialog
from popdesk.views.dialogs.representative_dialog import RepresentativeDialog
from popdesk.views.forms.ui_groups_view import Ui_GroupsView
from popdesk.views.i18n import error_text, label_of
from popdesk.views.icons import icon
from popdesk.views.models import Column, PagedTableModel
from popdesk.views.pages.base import Page
from popdesk.views.widgets import fill_combo


class GroupsView(Page):
    title = "Groups"

    def __init__(
        self,
        groups: GroupService,
        partners: PartnerService,
        staff: StaffService,
        handovers: HandoverService,
        exports: ExportService,
        contact_exports: ContactExportService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.groups, self.partners, self.staff, self.handovers = groups, partners, staff, handovers
        self.exports = exports
        self.contact_exports = contact_exports
        self.ui = Ui_GroupsView()
        self.ui.setupUi(self)
        self._rows: list[GroupDTO] = []
        self._leaving: set[uuid.UUID] = set()
        columns: list[Column[GroupDTO]] = [
            Column(self.tr("Group"), lambda g: g.name),
            Column(self.tr("Meets"), lambda g: label_of(g.cadence)),
            Column(
                self.tr("Our representatives"),
                lambda g: ", ".join(r.staff.name for r in g.representatives) or self.tr("None"),
            ),
            Column(
                self.tr("Next meeting"),
                lambda g: when(g.next_meeting.date()) if g.next_meeting else "",
            ),
            Column(self.tr("Attention"), lambda g: self._flag(g) or ""),
        ]
        self.model: PagedTableModel[GroupDTO] = PagedTableModel(
            columns,
            lambda offset, limit: self._rows[offset : offset + limit],
            flag=self._flag,
            parent=self,
        )
        self.setup_table(
            self.ui.table_view, self.model, {1: 115, 2: 190, 3: 100, 4: 125}, stretch=0
        )
        self.ui.splitter.setSizes([820, 360])
        fill_combo(
            self.ui.show_combo,
            [
                (self.tr("All groups"), "all"),
                (self.tr("No representative"), "gap"),
                (self.tr("Representative handing over"), "leaving"),
            ],
        )
        self.ui.new_button.setIcon(icon("add"))
        self.ui.represent_button.setIcon(icon("contact"))
        self.ui.schedule_button.setIcon(icon("group"))
        self.ui.record_button.setIcon(icon("edit"))
        self.ui.show_combo.currentIndexChanged.connect(self.refresh)
        self.ui.table_view.selectionModel().currentRowChanged.connect(self._show_current)
        self.ui.detail_browser.anchorClicked.connect(self.follow_link)
        self.ui.new_button.clicked.connect(self.new_record)
        self.ui.represent_button.clicked.connect(self.add_representative)
        self.ui.end_seat_button.clicked.connect(self.end_seat)
        self.ui.schedule_button.clicked.connect(lambda: self.open_meeting(None))
        self.ui.record_button.clicked.connect(self.record_meeting)
        self.ui.brief_button.clicked.connect(self.export_brief)

    def _flag(self, g: GroupDTO) -> str | None:
        if not g.representatives:
            return self.tr("No representative")
        if any(r.staff.id in self._leaving for r in g.representatives):
            return self.tr("Handing over")
        return None

    def refresh(self) -> None:
        chosen = self.current()
        self._leaving = {
            h.outgoing.id for h in self.handovers.list_handovers(status=HandoverStatus.IN_PROGRESS)
        }
        rows = self.groups.list_groups(active=True)
        show = self.ui.show_combo.currentData() or "all"
        if show == "gap":
            rows = [g for g in rows if not g.representatives]
        elif show == "leaving":
            rows = [g for g in rows if self._flag(g) == "Handing over"]
        self._rows = rows
        self.model.reload()
        row = self.model.row_of(lambda g: chosen is not None and g.id == chosen.id)
        self.select_row(self.ui.table_view, row if row >= 0 else 0)
        self._show_current()

    def current(self) -> GroupDTO | None:
        return self.model.record(self.current_row(self.ui.table_view))

    def open_record(self, record_id: uuid.UUID) -> None:
        row = self.model.row_of(lambda g: g.id == record_id)
        if row < 0:
            self.ui.show_combo.setCurrentIndex(0)
            row = self.model.row_of(lambda g: g.id == record_id)
        self.select_row(self.ui.table_view, row)
        self._show_current()

    def _show_current(self, *_: QModelIndex) -> None:
        group = self.current()
        for button in (
            self.ui.brief_button,
            self.ui.represent_button,
            self.ui.end_seat_button,
            self.ui.schedule_button,
            self.ui.record_button,
        ):
            button.setEnabled(group is not None)
        if group is None:
            self.ui.detail_browser.setHtml(placeholder(self.tr("No groups to show.")))
            return
        try:
            self.ui.detail_browser.setHtml(self._detail(group))
        except PopdeskError as exc:
            self.ui.detail_browser.setHtml(placeholder(error_text(exc)))

    def _detail(self, g: GroupDTO) -> str:
        seats = self.groups.representations(group_id=g.id)
        meetings = self.groups.meetings(group_id=g.id, limit=8)
        html = Html(
            g.name,
            f"{label_of(g.kind)} · " + self.tr("meets {0}").format(label_of(g.cadence).lower()),
        )
        html.facts(
            [
                (
                    self.tr("Chaired by"),
                    open_link("organisation", g.chair_organisation.id, g.chair_organisation.name)
                    if g.chair_organisation
                    else "",
                ),
                (
                    self.tr("Neighbourhood"),
                    escape(g.neighbourhood.name) if g.neighbourhood else self.tr("Borough-wide"),
                ),
                (
                    self.tr("Next meeting"),
                    escape(when(g.next_meeting))
                    if g.next_meeting
                    else flag(self.tr("none scheduled")),
                ),
            ],
            raw=True,
        )
        current = [r for r in seats if r.end_date is None]
        past = [r for r in seats if r.end_date is not None]
        html.section(
            self.tr("Our representatives"),
            [
                f"<b>{escape(r.staff.name)}</b> – "
                + self.tr("{0} since {1}").format(_seat(r), when(r.start_date))
                + (" " + flag(self.tr("handing over")) if r.staff.id in self._leaving else "")
                for r in current
            ],
            self.tr("Nobody represents us on this group."),
        )
        if past:
            html.section(
                self.tr("Past representatives"),
                [
                    f"{escape(r.staff.name)} – "
                    + self.tr("{0}, {1} to {2}").format(
                        _seat(r), when(r.start_date), when(r.end_date)
                    )
                    for r in past
                ],
                "",
            )
        html.section(
            self.tr("Meetings"),
            [
                f'<a href="meeting:{m.id}">{when(m.starts_at)}</a> – '
                + escape(label_of(m.status).lower() + (f", {m.venue}" if m.venue else ""))
                for m in meetings
            ],
            self.tr("No meetings yet."),
        )
        html.section(
            self.tr("Member organisations"),
            [open_link("organisation", o.id, o.name) for o in g.member_organisations],
            self.tr("No member organisations recorded."),
        )
        html.section(
            self.tr("Member contacts"),
            [open_link("contact", c.id, c.name) for c in g.member_contacts],
            self.tr("No member contacts recorded."),
        )
        return html.text(self.tr("Terms of reference"), g.terms_of_reference).render()

    def follow_link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("meeting:"):
            self.open_meeting(self.groups.get_meeting(text.split(":", 1)[1]))
        else:
            super().follow_link(url)

    # commands -----------------------------------------------------------------------------

    def new_record(self) -> None:
        self.keep_dialog(GroupDialog(self.groups, self.partners, parent=self))
        self.dialog.saved.connect(
            lambda g: (
                self.refresh(),
                self.open_record(g.id),
                self.status.emit(self.tr("Added {0}").format(g.name)),
            )
        )
        self.dialog.open()

    def add_representative(self) -> None:
        group = self.current()
        if group is None:
            return
        self.keep_dialog(RepresentativeDialog(self.groups, self.staff, group, parent=self))
        self.dialog.saved.connect(
            lambda seat: (self.refresh(), self.status.emit(self.tr("{0} added").format(seat.name)))
        )
        self.dialog.open()

    def end_seat(self) -> None:
        group = self.current()
        if group is None or not group.representatives:
            return
        names = [f"{r.staff.name} ({label_of(r.role).lower()})" for r in group.representatives]
        chosen, ok = prompts.item(
            self,
            self.tr("End a seat"),
            self.tr("Whose seat on {0} ends?").format(group.name),
            names,
            0,
            False,
        )
        if not ok:
            return
        seat = group.representatives[names.index(chosen)]
        reason, ok = prompts.text(
            self, self.tr("End a seat"), self.tr("Why does it end? (kept in the history)")
        )
        if not ok:
            return
        try:
            self.groups.end_representation(seat.id, reason=reason or None)
        except PopdeskError as exc:
            self.report(exc)
            return
        self.status.emit(
            self.tr("{0} no longer represents us on {1}").format(seat.staff.name, group.name)
        )
        self.refresh()

    def export_calendar(self) -> None:
        """Every meeting from 90 days back, and open actions' due dates, as an .ics file."""
        if self.contact_exports is None:
            return
        from popdesk.views.file_export import save_file

        exporter = self.contact_exports
        save_file(
            self,
            self.tr("Save the calendar"),
            "popdesk-meetings.ics",
            self.tr("Calendar files (*.ics)"),
            lambda path, purpose: exporter.calendar(path, purpose=purpose),
            self.status.emit,
        )

    def export_brief(self) -> None:
        """The brief for the group's next meeting (or its latest, when none is scheduled)."""
        group = self.current()
        if group is None:
            return
        meetings = self.groups.meetings(group_id=group.id, limit=12)
        if not meetings:
            self.report(
                PopdeskError(
                    self.tr("{0} has no meetings yet; schedule one first.").format(group.name)
                )
            )
            return
        now = self.groups.context.now()
        upcoming = [
            m for m in meetings if m.starts_at >= now and m.status is MeetingStatus.SCHEDULED
        ]
        meeting = upcoming[-1] if upcoming else meetings[0]
        exports = self.exports
        slug = "-".join(group.name.lower().split())[:30]
        name = f"meeting-brief-{slug}-{meeting.starts_at:%Y-%m-%d}.pdf"
        self.keep_dialog(
            ExportDialog(
                self.tr("Meeting brief: {0}, {1}").format(group.name, when(meeting.starts_at)),
                name,
                exports.default_marking("meeting-brief"),
                lambda path, marking, password, purpose: exports.meeting_brief(
                    meeting.id, path, marking=marking, password=password, purpose=purpose
                ),
                parent=self,
                kind="meeting-brief",
            )
        )
        self.dialog.exported.connect(
            lambda path: self.status.emit(self.tr("Saved {0}").format(path))
        )
        self.dialog.open()

    def record_meeting(self) -> None:
        group = self.current()
        if group is None:
            return
        meetings = self.groups.meetings(group_id=group.id, limit=12)
        if not meetings:
            self.open_meeting(None)
            return
        now = self.groups.context.now()
        due = [m for m in meetings if m.starts_at <= now and m.status is MeetingStatus.SCHEDULED]
        names = [f"{when(m.starts_at)} – {label_of(m.status).lower()}" for m in meetings]
        default = meetings.index(due[0]) if due else 0
        chosen, ok = prompts.item(
            self, self.tr("Record a meeting"), self.tr("Which meeting?"), names, default, False
        )
        if ok:
            self.open_meeting(meetings[names.index(chosen)])

    def open_meeting(self, meeting: MeetingDTO | None) -> None:
        group = self.current() if meeting is None else self.groups.get(meeting.group.id)
        if group is None:
            return
        self.keep_dialog(
            MeetingDialog(self.groups, self.partners, self.staff, group, meeting, parent=self)
        )
        self.dialog.saved.connect(self._meeting_saved)
        self.dialog.open()

    def _meeting_saved(self, meeting: MeetingDTO) -> None:
        self.status.emit(
            self.tr("Saved the {0} meeting of {1}").format(
                when(meeting.starts_at), meeting.group.name
            )
        )
        self.refresh()
        self.open_record(meeting.group.id)


def _seat(seat: RepresentationDTO) -> str:
    return escape(label_of(seat.role).lower())
