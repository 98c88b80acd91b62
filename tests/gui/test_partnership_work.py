"""Issue-4 workflows through the real widgets: a whole handover, a meeting feeding the
dashboard, the problem board, the agreements register and the stakeholder map."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from popdesk.domain.enums import Attendance, HandoverStatus, MeetingStatus, SaraStage
from popdesk.services import Services
from popdesk.views.main_window import MainWindow
from tests.gui.conftest import type_text

pytestmark = pytest.mark.gui


def save(dialog) -> None:
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()


def neighbourhood_team(services: Services) -> dict[str, object]:
    p = services.partners
    council = p.create_organisation(name="Glanafon Council", sector="local_authority")
    sian = p.create_contact(name="Siân Evans", organisation_id=council.id)
    gwen = services.staff.create_staff(
        name="PS Gwenllïan Hughes",
        staff_number="4512",
        post_role="Neighbourhood sergeant",
        post_area="Riverside",
    )
    marc = services.staff.create_staff(name="PS Marc Llewellyn", staff_number="4513")
    ruth = services.staff.create_staff(name="Insp Ruth Okafor", staff_number="0301")
    services.spocs.assign(
        organisation_id=council.id,
        topic="Licensing",
        our_spoc_id=gwen.id,
        their_spoc_id=sian.id,
        start_date="2026-02-01",
    )
    pact = services.groups.create(name="Riverside PACT", kind="pact", member_contact_ids=[sian.id])
    services.groups.add_representative(
        group_id=pact.id, staff_id=gwen.id, role="chair", start_date="2026-01-10"
    )
    return {
        "council": council,
        "sian": sian,
        "gwen": gwen,
        "marc": marc,
        "ruth": ruth,
        "pact": pact,
    }


def test_a_whole_handover_through_the_widgets(
    qtbot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    team = neighbourhood_team(services)
    page = window.go("handovers")
    assert page.shown is None
    page.ui.start_button.click()
    dialog = page.dialog
    dialog.ui.outgoing_combo.setCurrentIndex(
        dialog.ui.outgoing_combo.findText("PS Gwenllïan Hughes")
    )
    assert dialog.ui.post_edit.text() == "Neighbourhood sergeant – Riverside"
    dialog.ui.incoming_combo.setCurrentIndex(dialog.ui.incoming_combo.findText("PS Marc Llewellyn"))
    dialog.ui.supervisor_combo.setCurrentIndex(
        dialog.ui.supervisor_combo.findText("Insp Ruth Okafor")
    )
    save(dialog)
    assert not dialog.isVisible(), dialog.ui.form_error.text()
    assert page.shown is not None and page.shown.status is HandoverStatus.IN_PROGRESS

    tree = page.ui.checklist_tree
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert groups == ["SPOC roles", "Group seats", "Checklist"]
    required = [i for i in page.shown.items if i.required]
    for item in required:  # select each required item and press Done
        page._reload_keeping(item.id)
        assert tree.currentItem().data(0, Qt.ItemDataRole.UserRole) == item.id
        qtbot.mouseClick(page.ui.done_button, Qt.MouseButton.LeftButton)
    assert page.ui.progress_bar.value() == len(required)

    # the person at the keyboard is the outgoing officer; each sign-off asks first
    outgoing = page.shown.outgoing
    services.users.identify(outgoing.id)
    asked: list[str] = []
    answer = [False]
    monkeypatch.setattr(
        page, "confirm", lambda title, question, yes: asked.append(question) or answer[0]
    )
    page.ui.sign_outgoing_button.click()
    assert page.ui.sign_outgoing_button.isEnabled()  # said no: nothing signed
    answer[0] = True
    for button in (
        page.ui.sign_outgoing_button,
        page.ui.sign_incoming_button,
        page.ui.sign_supervisor_button,
    ):
        assert button.isEnabled()
        button.click()
        assert not button.isEnabled() and "✓" in button.text()
    assert "on PS Marc Llewellyn's behalf" not in asked[1]  # the outgoing officer's own
    assert "on PS Marc Llewellyn's behalf" in asked[2]
    assert page.ui.sign_outgoing_button.text().startswith("Outgoing ✓ PS Gwenllïan Hughes, ")
    signoffs = {x.role.value: x for x in page.shown.signoffs}
    assert signoffs["outgoing"].note is None
    assert signoffs["incoming"].note == (
        "Recorded by PS Gwenllïan Hughes on behalf of PS Marc Llewellyn."
    )
    ticked = [i.ticked_by for i in page.shown.items if i.ticked_by]
    assert ticked and set(ticked) == {"insp.test"}  # ticked before anyone was chosen: the login
    asked.clear()
    page.ui.complete_button.click()
    assert "from PS Gwenllïan Hughes to PS Marc Llewellyn" in asked[0]
    assert "SPOC for Glanafon Council: Licensing" in asked[0]
    assert "Seat on Riverside PACT (chair)" in asked[0]
    assert page.shown.status is HandoverStatus.COMPLETED
    assert not page.ui.done_button.isEnabled()  # completed handovers stay readable, unchanged

    spocs = window.go("spocs")
    row = spocs.model.record(0)
    assert row is not None and row.our_spoc.name == "PS Marc Llewellyn"
    spocs.select_row(spocs.ui.table_view, 0)
    spocs.reassign()
    history = spocs.dialog.ui.history_table
    assert [history.item(r, 0).text() for r in range(history.rowCount())] == [
        "PS Marc Llewellyn",
        "PS Gwenllïan Hughes",
    ]
    spocs.dialog.reject()

    groups_page = window.go("groups")
    groups_page.open_record(team["pact"].id)
    detail = groups_page.ui.detail_browser.toPlainText()
    current, past = detail.split("Past representatives")
    assert "PS Marc Llewellyn – chair" in current.split("Our representatives")[1]
    assert "PS Gwenllïan Hughes – chair, 10 Jan 2026 to" in past


def test_a_meeting_with_attendance_and_an_action_that_reaches_the_dashboard_once_overdue(
    qtbot, window: MainWindow, services: Services
) -> None:
    team = neighbourhood_team(services)
    page = window.go("groups")
    page.open_record(team["pact"].id)
    page.ui.schedule_button.click()
    dialog = page.dialog
    dialog.ui.status_combo.setCurrentIndex(dialog.ui.status_combo.findText("Held"))
    dialog.set_attendance(team["gwen"].id, Attendance.PRESENT)
    dialog.set_attendance(team["sian"].id, Attendance.APOLOGIES)
    type_text(dialog.ui.notes_edit, "Parking on Heol y Bont raised again.")
    type_text(dialog.ui.action_edit, "Write to residents about parking")
    dialog.ui.action_owner_combo.setCurrentIndex(
        dialog.ui.action_owner_combo.findText("PS Gwenllïan Hughes")
    )
    dialog.ui.action_due_edit.setDate(date(2026, 12, 5))
    qtbot.keyClick(dialog.ui.action_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.ui.actions_tree.topLevelItemCount() == 1
    save(dialog)
    assert not dialog.isVisible(), dialog.ui.form_error.text()

    meeting = services.groups.meetings(group_id=team["pact"].id)[0]
    assert meeting.status is MeetingStatus.HELD
    assert {(a.person.name, a.attendance) for a in meeting.attendance} == {
        ("PS Gwenllïan Hughes", "present"),
        ("Siân Evans", "apologies"),
    }
    action = services.actions.list_actions(source=("meeting", meeting.id))[0]
    assert action.description == "Write to residents about parking"

    dashboard = window.go("dashboard")
    assert not any("Write to residents" in line for line in dashboard.lines("Overdue actions"))
    services.actions.context.clock.now = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)  # type: ignore[attr-defined]
    dashboard.refresh()
    overdue = dashboard.lines("Overdue actions")
    assert overdue == ["Write to residents about parking – PS Gwenllïan Hughes"]

    tree = dashboard.ui.attention_tree
    top = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0).startswith("Overdue")
    )
    tree.itemActivated.emit(top.child(0), 0)  # Enter on the line opens the action
    actions_page = window.pages["actions"]
    assert window.ui.pages.currentWidget() is actions_page
    assert actions_page.current() is not None and actions_page.current().id == action.id


def test_dashboard_lines_open_their_records(qtbot, window: MainWindow, services: Services) -> None:
    team = neighbourhood_team(services)
    services.groups.create(name="Hate Crime Forum", kind="other")
    dashboard = window.go("dashboard")
    assert dashboard.lines("Groups with no representative") == ["Hate Crime Forum"]
    tree = dashboard.ui.attention_tree
    top = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0).startswith("Groups")
    )
    tree.itemDoubleClicked.emit(top.child(0), 0)
    groups = window.pages["groups"]
    assert window.ui.pages.currentWidget() is groups
    assert groups.current() is not None and groups.current().name == "Hate Crime Forum"
    _ = team


def test_the_problem_board_moves_a_problem_through_sara(
    qtbot, window: MainWindow, services: Services
) -> None:
    services.problems.create(title="Off-road bikes on the riverside path")
    page = window.go("problems")
    assert page.ui.scanning_list.count() == 1
    page.open_record(page.chosen.id)
    page.ui.next_stage_button.click()
    assert page.ui.scanning_list.count() == 0 and page.ui.analysis_list.count() == 1
    assert services.problems.list_problems()[0].stage is SaraStage.ANALYSIS
    assert "Analysis" in page.ui.detail_browser.toPlainText()


def test_agreements_due_for_review_are_marked_and_a_review_clears_them(
    qtbot, window: MainWindow, services: Services
) -> None:
    org = services.partners.create_organisation(name="Glanafon Council", sector="local_authority")
    services.agreements.create(
        title="ASB case information sharing",
        purpose="Joint case management",
        lawful_basis="public_task",
        parties=[(org.id, "controller")],
        status="active",
        start_date="2025-01-01",
        review_date="2026-11-01",
    )
    page = window.go("agreements")
    assert page.model.rowCount() == 1 and page.current().review_due
    assert "due" in page.ui.detail_browser.toPlainText()
    page.mark_reviewed(next_review=date(2027, 11, 1))
    assert not services.agreements.list_agreements()[0].review_due
    assert page.current().review_date == date(2027, 11, 1)


def drag(view, start: QPointF, end: QPointF) -> None:
    """Press, move and release the left button on a graphics view, as a mouse would."""
    viewport = view.viewport()
    a, b = view.mapFromScene(start), view.mapFromScene(end)
    for kind, point, buttons in (
        (QEvent.Type.MouseButtonPress, a, Qt.MouseButton.LeftButton),
        (
            QEvent.Type.MouseMove,
            QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2),
            Qt.MouseButton.LeftButton,
        ),
        (QEvent.Type.MouseMove, b, Qt.MouseButton.LeftButton),
        (QEvent.Type.MouseButtonRelease, b, Qt.MouseButton.NoButton),
    ):
        event = QMouseEvent(
            kind,
            QPointF(point),
            QPointF(viewport.mapToGlobal(point)),
            Qt.MouseButton.LeftButton,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(viewport, event)


def test_dragging_a_partner_on_the_map_changes_its_stored_rating(
    qtbot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    from popdesk.views.pages.stakeholders import cell_rect

    org = services.partners.create_organisation(name="Riverside Food Bank", sector="voluntary")
    services.stakeholders.rate(organisation_id=org.id, influence=2, interest=2)
    page = window.go("stakeholders")
    marker = page.markers[org.id]
    target = cell_rect((5, 5), (4, 4)).center()  # interest 5, influence 4: manage closely
    drag(page.ui.map_view, marker.scenePos(), target)
    rating = services.stakeholders.ratings()[0]
    assert (rating.interest, rating.influence) == (5, 4)
    assert page.markers[org.id].rating.influence == 4
    assert "influence 4, interest 5" in window.statusBar().currentMessage()

    saved = page.export_png(tmp_path / "map.png")
    image = QImage(str(saved))
    assert image.width() > 1000 and image.height() > 1000
    assert not list(tmp_path.glob("*.tmp*"))  # written whole, nothing left behind


def test_exporting_the_map_to_a_folder_that_does_not_exist_leaves_nothing(
    qtbot, window: MainWindow, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.go("stakeholders")
    reported: list[str] = []
    monkeypatch.setattr(page, "report", lambda error: reported.append(error.message))
    assert page.export_png(tmp_path / "missing" / "map.png") is None
    assert reported and "Could not save" in reported[0]
    assert not (tmp_path / "missing").exists()


def test_past_due_meeting_appears_in_the_next_fortnight_list_only_while_upcoming(
    qtbot, window: MainWindow, services: Services
) -> None:
    team = neighbourhood_team(services)
    services.groups.schedule_meeting(
        group_id=team["pact"].id,
        starts_at=datetime(2026, 12, 1, 18, tzinfo=UTC),
        venue="Riverside Library",
    )
    dashboard = window.go("dashboard")
    assert dashboard.lines("Meetings in the next 14 days") == ["Riverside PACT, Riverside Library"]
    services.actions.context.clock.now = datetime(2026, 12, 2, tzinfo=UTC) + timedelta(days=1)  # type: ignore[attr-defined]
    dashboard.refresh()
    assert dashboard.lines("Meetings in the next 14 days") == []


def test_evaluation_notes_are_saved_from_the_board(
    qtbot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from popdesk.views import prompts

    services.problems.create(title="Fly-tipping in back lanes")
    page = window.go("problems")
    monkeypatch.setattr(prompts, "lines", lambda *a, **k: ("Fewer reports since the gates.", True))
    page.ui.evaluation_button.click()
    assert services.problems.list_problems()[0].evaluation_notes == "Fewer reports since the gates."
    assert "Fewer reports since the gates." in page.ui.detail_browser.toPlainText()


def test_exporting_a_handover_pack_and_a_meeting_brief_from_the_app(
    qtbot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    team = neighbourhood_team(services)
    services.handovers.start(outgoing_staff_id=team["gwen"].id, incoming_staff_id=team["marc"].id)
    page = window.go("handovers")
    page.ui.pack_button.click()
    dialog = page.dialog
    assert dialog.ui.marking_combo.currentText() == "OFFICIAL-SENSITIVE"
    target = tmp_path / "pack.pdf"
    dialog.ui.file_edit.setText(str(target))
    type_text(dialog.ui.purpose_edit, "Handover to PC Marc Llewelyn")
    save(dialog)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20000)
    assert target.exists() and "Handover pack" in PdfReader(target).pages[0].extract_text()
    exported = services.audit.entries(limit=1)[0]
    assert exported.purpose == "Handover to PC Marc Llewelyn"
    assert exported.summary.endswith("marked OFFICIAL-SENSITIVE")
    assert [b.text() for b in dialog.opened_box.buttons()].count("Open file") == 1
    dialog.opened_box.close()

    services.groups.schedule_meeting(
        group_id=team["pact"].id, starts_at=datetime(2026, 12, 1, 18, tzinfo=UTC)
    )
    groups = window.go("groups")
    groups.open_record(team["pact"].id)
    groups.ui.brief_button.click()
    brief = groups.dialog
    brief.ui.file_edit.setText(str(tmp_path / "brief.pdf"))
    brief.ui.password_check.setChecked(True)
    brief.ui.password_edit.setText("correct horse")
    brief.ui.confirm_edit.setText("correct horsf")
    save(brief)
    assert "differ" in brief.ui.password_error.text() and not (tmp_path / "brief.pdf").exists()
    brief.ui.confirm_edit.setText("correct horse")
    save(brief)
    qtbot.waitUntil(lambda: brief.written is not None, timeout=20000)
    assert PdfReader(tmp_path / "brief.pdf").is_encrypted
    brief.opened_box.close()


def test_a_failed_export_says_why_and_keeps_the_dialog(
    qtbot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    team = neighbourhood_team(services)
    services.handovers.start(outgoing_staff_id=team["gwen"].id)
    page = window.go("handovers")
    page.ui.pack_button.click()
    dialog = page.dialog
    dialog.ui.file_edit.setText(str(tmp_path / "no such folder" / "pack.pdf"))
    save(dialog)
    qtbot.waitUntil(
        lambda: dialog.ui.form_error.isVisible() or dialog.ui.file_error.isVisible(), timeout=20000
    )
    assert "does not exist" in (dialog.ui.form_error.text() + dialog.ui.file_error.text())
    assert dialog.isVisible() and dialog.isEnabled()


def test_the_export_dialog_remembers_the_marking_chosen_for_each_kind_of_document(
    qtbot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    QSettings().remove("export/marking")
    services.partners.create_organisation(name="Glanafon Council", sector="local_authority")
    page = window.go("organisations")
    page.ui.directory_button.click()
    first = page.dialog
    assert first.ui.marking_combo.currentText() == "OFFICIAL-SENSITIVE"
    first.ui.marking_combo.setCurrentIndex(first.ui.marking_combo.findText("OFFICIAL"))
    first.ui.file_edit.setText(str(tmp_path / "directory.pdf"))
    save(first)
    qtbot.waitUntil(lambda: first.written is not None, timeout=20000)
    first.opened_box.close()
    page.ui.directory_button.click()
    assert page.dialog.ui.marking_combo.currentText() == "OFFICIAL"
    page.dialog.reject()
    QSettings().remove("export/marking")


def test_new_group_representative_problem_and_agreement_are_saved_from_their_dialogs(
    qtbot, window: MainWindow, services: Services
) -> None:
    team = neighbourhood_team(services)
    groups = window.go("groups")
    groups.ui.new_button.click()
    dialog = groups.dialog
    save(dialog)  # no name: refused beside the field, nothing saved
    assert "Name is required" in dialog.ui.name_error.text() and dialog.isVisible()
    type_text(dialog.ui.name_edit, "Pubwatch")
    type_text(dialog.ui.organisations_picker.edit, "Glanafon")
    qtbot.keyClick(dialog.ui.organisations_picker.edit, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter picked the organisation; it did not save
    save(dialog)
    assert not dialog.isVisible()
    (pubwatch,) = [g for g in services.groups.list_groups() if g.name == "Pubwatch"]
    assert [o.name for o in pubwatch.member_organisations] == ["Glanafon Council"]

    groups.open_record(pubwatch.id)
    groups.ui.represent_button.click()
    seat = groups.dialog
    seat.ui.staff_combo.setCurrentIndex(seat.ui.staff_combo.findText("PS Marc Llewellyn"))
    save(seat)
    assert not seat.isVisible()
    assert [r.staff.name for r in services.groups.get(pubwatch.id).representatives] == [
        "PS Marc Llewellyn"
    ]

    problems = window.go("problems")
    problems.ui.new_button.click()
    problem = problems.dialog
    type_text(problem.ui.title_edit, "Drinking near the skate park")
    save(problem)
    assert not problem.isVisible()
    assert [p.title for p in services.problems.list_problems()] == ["Drinking near the skate park"]

    agreements = window.go("agreements")
    agreements.ui.new_button.click()
    agreement = agreements.dialog
    type_text(agreement.ui.title_edit, "Youth referrals")
    type_text(agreement.ui.purpose_edit, "Refer young people to diversion")
    save(agreement)  # no partner yet: said beside the partners field
    assert "at least one partner" in agreement.ui.parties_error.text() and agreement.isVisible()
    type_text(agreement.ui.parties_picker.edit, "Glanafon")
    qtbot.keyClick(agreement.ui.parties_picker.edit, Qt.Key.Key_Return)
    assert agreement.isVisible() and services.agreements.list_agreements() == []
    save(agreement)
    assert not agreement.isVisible()
    assert [a.title for a in services.agreements.list_agreements()] == ["Youth referrals"]
    _ = team


def test_the_map_names_partners_at_length_tells_people_apart_and_lists_a_crowded_cell(
    qtbot, window: MainWindow, services: Services
) -> None:
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    from popdesk.views.pages.stakeholders import CellMembers

    names = [
        f"Glanafon County Borough Council – {team}"
        for team in (
            "ASB Team",
            "Community Safety",
            "Licensing",
            "Housing Options",
            "Youth Service",
            "Parks",
        )
    ]
    for name in names:
        org = services.partners.create_organisation(name=name, sector="local_authority")
        services.stakeholders.rate(organisation_id=org.id, influence=4, interest=5)
    person = services.partners.create_contact(name="Siân Evans")
    services.stakeholders.rate(contact_id=person.id, influence=2, interest=1)
    page = window.go("stakeholders")
    labels = [m.label.text() for m in page.markers.values()]
    assert len(labels) == 5  # four in the crowded cell, and the person
    shown_orgs = [t for t in labels if t.startswith("Glanafon")]
    assert len(set(shown_orgs)) == 4  # told apart although they share 34 characters
    assert all(
        t.endswith(("Team", "Safety", "sing", "ptions", "vice", "Parks")) for t in shown_orgs
    )
    person_label = page.markers[person.id].label
    assert person_label.text() == "Siân Evans" and person_label.font().italic()
    texts = [i.text() for i in page.scene.items() if isinstance(i, QGraphicsSimpleTextItem)]
    assert "Organisation" in texts and "Contact (a person)" in texts
    more = next(i for i in page.scene.items() if isinstance(i, CellMembers))
    assert more.text() == "+2 more: click to list"
    box = more.show_members()
    assert box.text().splitlines() == sorted(names)
    box.close()


def test_a_representative_is_saved_only_once_someone_is_chosen(
    qtbot, window: MainWindow, services: Services
) -> None:
    team = neighbourhood_team(services)
    groups = window.go("groups")
    groups.open_record(team["pact"].id)
    groups.ui.represent_button.click()
    seat = groups.dialog
    combo = seat.ui.staff_combo
    assert combo.currentText() == "Choose who represents us" and combo.currentData() is None
    assert combo.itemText(1) == "Insp Ruth Okafor"  # the people come after it
    # A name typed that matches nobody does not settle on anyone: Save refuses, beside the field.
    combo.setFocus()
    combo.lineEdit().selectAll()
    type_text(combo.lineEdit(), "Nobody by that name")
    save(seat)
    assert seat.isVisible()
    assert seat.ui.staff_error.isVisible()
    assert seat.ui.staff_error.text() == "Choose who represents us."
    assert [r.staff.name for r in services.groups.get(team["pact"].id).representatives] == [
        "PS Gwenllïan Hughes"
    ]
    # Choosing someone clears the message; Save then adds that person.
    combo.setCurrentIndex(combo.findText("PS Marc Llewellyn"))
    assert not seat.ui.staff_error.isVisible()
    save(seat)
    assert not seat.isVisible()
    assert sorted(r.staff.name for r in services.groups.get(team["pact"].id).representatives) == [
        "PS Gwenllïan Hughes",
        "PS Marc Llewellyn",
    ]


def test_the_representative_dialog_has_no_empty_rows_between_its_fields(
    qtbot, window: MainWindow, services: Services
) -> None:
    team = neighbourhood_team(services)
    groups = window.go("groups")
    groups.open_record(team["pact"].id)
    groups.ui.represent_button.click()
    seat = groups.dialog
    ui = seat.ui
    fields = [ui.group_label, ui.staff_combo, ui.role_combo, ui.start_edit]
    tops = [w.mapTo(seat, w.rect().topLeft()).y() for w in fields]
    bottoms = [w.mapTo(seat, w.rect().bottomLeft()).y() for w in fields]
    gaps = [top - bottom for bottom, top in zip(bottoms, tops[1:], strict=False)]
    stretched = [w.objectName() for w in fields if w.height() > w.sizeHint().height() + 2]
    assert stretched == []  # no row is taller than what it shows
    message = seat.fontMetrics().lineSpacing()  # the room kept for a message under the staff
    assert gaps[0] <= 12 and gaps[2] <= 12, gaps  # one row's spacing, no empty rows
    assert gaps[1] <= message + 2 * 12, gaps
    # the fields take the width; their labels only what they need
    assert ui.staff_combo.width() > seat.width() / 2
    assert ui.group_label.x() == ui.staff_combo.x()
    seat.reject()


def test_starting_a_handover_keeps_a_typed_post_and_a_message_goes_once_the_choice_changes(
    qtbot, window: MainWindow, services: Services
) -> None:
    neighbourhood_team(services)
    page = window.go("handovers")
    page.ui.start_button.click()
    dialog = page.dialog
    ui = dialog.ui

    def choose(combo, name: str) -> None:
        combo.setCurrentIndex(combo.findText(name))

    # Post is filled in while it is empty, and follows the choice while it is the one filled in.
    choose(ui.outgoing_combo, "PS Gwenllïan Hughes")
    assert ui.post_edit.text() == "Neighbourhood sergeant – Riverside"
    choose(ui.outgoing_combo, "PS Marc Llewellyn")  # no post recorded for him
    assert ui.post_edit.text() == ""
    # A post the person typed stays, whoever is chosen after.
    type_text(ui.post_edit, "Licensing lead – Harbourside")
    choose(ui.outgoing_combo, "PS Gwenllïan Hughes")
    assert ui.post_edit.text() == "Licensing lead – Harbourside"

    # Nobody chosen: said beside Outgoing, and gone as soon as someone is chosen.
    choose(ui.outgoing_combo, "Choose who is moving post")
    save(dialog)
    assert ui.outgoing_error.isVisible() and dialog.isVisible()
    choose(ui.outgoing_combo, "PS Gwenllïan Hughes")
    assert not ui.outgoing_error.isVisible()

    # The same person twice: said beside Successor, and gone once the choice is put right,
    # before Start is pressed again.
    choose(ui.incoming_combo, "PS Gwenllïan Hughes")
    save(dialog)
    assert dialog.isVisible()
    assert ui.incoming_error.isVisible()
    assert "someone other than the outgoing person" in ui.incoming_error.text()
    choose(ui.incoming_combo, "PS Marc Llewellyn")
    assert not ui.incoming_error.isVisible() and not ui.form_error.isVisible()
    save(dialog)
    assert not dialog.isVisible()
    assert services.handovers.list_handovers()[0].post == "Licensing lead – Harbourside"


def test_the_name_the_successor_prompt_shows_its_title_whole(
    qtbot, window: MainWindow, services: Services
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QInputDialog

    team = neighbourhood_team(services)
    handover = services.handovers.start(outgoing_staff_id=team["gwen"].id)
    page = window.go("handovers")
    page.open_record(handover.id)
    seen: list[tuple[str, int]] = []

    def answer(left: int = 100) -> None:
        prompt = QApplication.activeModalWidget()
        if isinstance(prompt, QInputDialog):
            seen.append((prompt.windowTitle(), prompt.width()))
            prompt.reject()
        elif left:
            QTimer.singleShot(20, lambda: answer(left - 1))

    QTimer.singleShot(0, answer)
    page.ui.successor_button.click()
    ((title, width),) = seen
    bold = QFont(window.font())
    bold.setBold(True)
    assert title == "Name the successor"
    assert width >= QFontMetrics(bold).horizontalAdvance(title) + 100
