"""An inspector's day through the real widgets: organisations, contacts, SPOCs, engagements,
actions and search, each checked against the store."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QCompleter, QDialogButtonBox

from popdesk.domain.enums import ActionStatus
from popdesk.services import Services
from popdesk.views.main_window import MainWindow
from tests.gui.conftest import type_text

pytestmark = pytest.mark.gui


def save(dialog) -> None:
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()


def make_organisation(
    qtbot, window: MainWindow, name: str, sector: str = "Local authority"
) -> None:
    page = window.go("organisations")
    qtbot.mouseClick(page.ui.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.ui.name_edit, name)
    dialog.ui.sector_combo.setCurrentIndex(dialog.ui.sector_combo.findText(sector))
    type_text(dialog.ui.website_edit, "www.glanafon.example.org")
    save(dialog)
    assert not dialog.isVisible()


def make_contact(qtbot, window: MainWindow, name: str, organisation: str, phone: str) -> None:
    page = window.go("contacts")
    page.ui.new_button.click()
    dialog = page.dialog
    type_text(dialog.ui.name_edit, name)
    dialog.ui.organisation_combo.setCurrentIndex(
        dialog.ui.organisation_combo.findText(organisation)
    )
    type_text(dialog.ui.phone_edit, phone)
    type_text(dialog.ui.email_edit, name.split()[0].lower() + "@council.example.org")
    save(dialog)
    assert not dialog.isVisible(), dialog.ui.form_error.text()


def test_create_an_organisation_and_see_it_selected(
    qtbot, window: MainWindow, services: Services
) -> None:
    make_organisation(qtbot, window, "Glanafon Council – ASB Team")
    orgs = services.partners.list_organisations()
    assert [o.name for o in orgs] == ["Glanafon Council – ASB Team"]
    assert orgs[0].website == "https://www.glanafon.example.org"
    page = window.pages["organisations"]
    assert page.current() is not None and page.current().name == "Glanafon Council – ASB Team"
    assert "Glanafon Council – ASB Team" in page.ui.detail_browser.toPlainText()
    assert "No SPOC assigned" in page.ui.detail_browser.toPlainText()


def test_organisation_dialog_says_what_is_wrong_as_you_type(
    qtbot, window: MainWindow, services: Services
) -> None:
    page = window.go("organisations")
    page.ui.new_button.click()
    dialog = page.dialog
    type_text(dialog.ui.website_edit, "not a site")
    assert dialog.ui.website_error.isVisible()
    assert "does not look like a web address" in dialog.ui.website_error.text()
    save(dialog)  # no name, bad website: nothing is saved, the dialog stays open
    assert dialog.isVisible()
    assert "Name is required" in dialog.ui.name_error.text()
    assert services.partners.list_organisations() == []


def test_add_a_contact_with_phone_and_email(qtbot, window: MainWindow, services: Services) -> None:
    make_organisation(qtbot, window, "Glanafon Council")
    make_contact(qtbot, window, "Siân Evans", "Glanafon Council", "029 2018 0123")
    contact = services.partners.list_contacts()[0]
    assert contact.organisation is not None and contact.organisation.name == "Glanafon Council"
    assert contact.phones[0].number == "+442920180123"
    detail = window.pages["contacts"].ui.detail_browser.toPlainText()
    assert "029 2018 0123" in detail and "siân@council.example.org" in detail


def test_an_invalid_phone_shows_why_saves_nothing_and_keeps_the_typing(
    qtbot, window: MainWindow, services: Services
) -> None:
    page = window.go("contacts")
    page.ui.new_button.click()
    dialog = page.dialog
    type_text(dialog.ui.name_edit, "Gwenllïan Hughes")
    type_text(dialog.ui.phone_edit, "029 2018")
    assert dialog.ui.phone_error.isVisible()
    assert "not a valid" in dialog.ui.phone_error.text()
    save(dialog)
    assert dialog.isVisible()
    assert services.partners.list_contacts() == []
    assert dialog.ui.name_edit.text() == "Gwenllïan Hughes"
    assert dialog.ui.phone_edit.text() == "029 2018"
    assert "Nothing was saved" in dialog.ui.form_error.text()
    type_text(dialog.ui.phone_edit, "0123")  # mend it: the note goes and it saves
    assert not dialog.ui.phone_error.isVisible()
    save(dialog)
    assert not dialog.isVisible()
    assert services.partners.list_contacts()[0].phones[0].display == "029 2018 0123"


def test_clicking_a_number_copies_it(qtbot, window: MainWindow, services: Services) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QGuiApplication

    make_organisation(qtbot, window, "Glanafon Council")
    make_contact(qtbot, window, "Siân Evans", "Glanafon Council", "029 2018 0123")
    page = window.pages["contacts"]
    page.ui.detail_browser.anchorClicked.emit(QUrl("copy:%2B442920180123"))
    assert QGuiApplication.clipboard().text() == "+442920180123"
    assert "Copied" in window.statusBar().currentMessage()


def staff(services: Services) -> None:
    services.staff.create_staff(name="PS Gwenllïan Hughes", staff_number="4512")
    services.staff.create_staff(name="PC Dafydd ap Gruffudd", staff_number="1187")


def test_assign_then_reassign_a_spoc_and_the_history_shows_both(
    qtbot, window: MainWindow, services: Services
) -> None:
    staff(services)
    make_organisation(qtbot, window, "Glanafon Council")
    make_contact(qtbot, window, "Siân Evans", "Glanafon Council", "029 2018 0123")
    page = window.go("spocs")
    page.ui.assign_button.click()
    dialog = page.dialog
    dialog.ui.organisation_combo.setCurrentIndex(
        dialog.ui.organisation_combo.findText("Glanafon Council")
    )
    dialog.ui.topic_combo.setCurrentText("Licensing")
    dialog.ui.our_combo.setCurrentIndex(dialog.ui.our_combo.findText("PS Gwenllïan Hughes"))
    dialog.ui.their_combo.setCurrentIndex(dialog.ui.their_combo.findText("Siân Evans"))
    dialog.ui.start_edit.setDate(date(2026, 3, 1))
    save(dialog)
    assert not dialog.isVisible(), dialog.ui.form_error.text()
    assert page.model.rowCount() == 1

    page.select_row(page.ui.table_view, 0)
    page.ui.reassign_button.click()
    dialog = page.dialog
    assert dialog.ui.history_table.rowCount() == 1
    # the dialog starts from the current holders on both sides
    assert dialog.ui.our_combo.currentText() == "PS Gwenllïan Hughes"
    assert dialog.ui.their_combo.currentText() == "Siân Evans"
    dialog.ui.our_combo.setCurrentIndex(dialog.ui.our_combo.findText("PC Dafydd ap Gruffudd"))
    dialog.ui.reason_edit.setText("Gwen moved to response")
    save(dialog)
    assert not dialog.isVisible(), dialog.ui.form_error.text()

    current = services.spocs.list_current()
    assert [(a.topic, a.our_spoc.name, a.their_spoc.name) for a in current] == [
        ("Licensing", "PC Dafydd ap Gruffudd", "Siân Evans")
    ]
    page.select_row(page.ui.table_view, 0)
    page.ui.reassign_button.click()
    history = page.dialog.ui.history_table
    rows = [
        [history.item(r, c).text() for c in range(history.columnCount())]
        for r in range(history.rowCount())
    ]
    assert [r[0] for r in rows] == ["PC Dafydd ap Gruffudd", "PS Gwenllïan Hughes"]
    assert rows[0][3] == "current" and rows[1][4] == "Gwen moved to response"
    page.dialog.reject()


def test_log_an_engagement_with_two_contacts_and_an_action_then_mark_it_done(
    qtbot, window: MainWindow, services: Services
) -> None:
    staff(services)
    make_organisation(qtbot, window, "Glanafon Council")
    make_contact(qtbot, window, "Siân Evans", "Glanafon Council", "029 2018 0123")
    make_contact(qtbot, window, "Zoë O'Brien", "Glanafon Council", "029 2018 0124")

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Ctrl+L
    page = window.pages["engagements"]
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.ui.summary_edit, "Licensing review of the Red Lion")
    type_text(dialog.ui.staff_picker.edit, "Gwenll")
    qtbot.keyClick(dialog.ui.staff_picker.edit, Qt.Key.Key_Return)
    for typed in ("Siân", "Zoë"):
        type_text(dialog.ui.contacts_picker.edit, typed)
        qtbot.keyClick(dialog.ui.contacts_picker.edit, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter picks names; it does not save
    assert services.engagements.count() == 0
    assert dialog.ui.contacts_picker.names() == [
        "Siân Evans – Glanafon Council",
        "Zoë O'Brien – Glanafon Council",
    ]
    type_text(dialog.ui.action_edit, "Send the review papers")
    dialog.ui.action_owner_combo.setCurrentIndex(
        dialog.ui.action_owner_combo.findText("PS Gwenllïan Hughes")
    )
    qtbot.keyClick(dialog.ui.action_edit, Qt.Key.Key_Return)
    assert dialog.ui.actions_tree.topLevelItemCount() == 1
    assert dialog.isVisible() and services.engagements.count() == 0  # Enter added the action
    qtbot.keyClick(
        dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )  # Ctrl+Enter saves
    assert not dialog.isVisible(), dialog.ui.form_error.text()

    logged = services.engagements.list_engagements()
    assert len(logged) == 1
    assert [c.name for c in logged[0].contacts] == ["Siân Evans", "Zoë O'Brien"]
    actions = services.actions.list_actions()
    assert [(a.description, a.owner.name) for a in actions] == [
        ("Send the review papers", "PS Gwenllïan Hughes")
    ]
    assert "Send the review papers" in page.ui.detail_browser.toPlainText()

    actions_page = window.go("actions")
    assert actions_page.model.rowCount() == 1
    actions_page.select_row(actions_page.ui.table_view, 0)
    qtbot.mouseClick(actions_page.ui.done_button, Qt.MouseButton.LeftButton)
    assert services.actions.get(actions[0].id).status is ActionStatus.DONE
    assert actions_page.model.rowCount() == 0  # open actions only

    actions_page.ui.show_combo.setCurrentIndex(actions_page.ui.show_combo.findText("All"))
    actions_page.select_row(actions_page.ui.table_view, 0)
    actions_page.ui.source_button.click()  # jumps back to the engagement it came from
    assert window.ui.pages.currentWidget() is page
    assert page.shown is not None and page.shown.id == logged[0].id


def test_a_refused_engagement_keeps_the_dialog_and_says_why(
    qtbot, window: MainWindow, services: Services
) -> None:
    staff(services)
    page = window.go("engagements")
    page.ui.log_button.click()
    dialog = page.dialog
    type_text(dialog.ui.summary_edit, "A call")
    save(dialog)
    assert dialog.isVisible()
    assert "Say which of our staff" in dialog.ui.staff_error.text()
    assert services.engagements.count() == 0


def test_global_search_finds_the_engagement_and_opens_it(
    qtbot, window: MainWindow, services: Services
) -> None:
    from datetime import UTC, datetime

    staff(services)
    org = services.partners.create_organisation(name="Glanafon Council", sector="local_authority")
    gwen = services.staff.list_staff()[1]
    engagement = services.engagements.log(
        occurred_at=datetime(2026, 11, 20, 10, tzinfo=UTC),
        type="visit",
        summary="Walkabout on the Heol y Bont estate",
        staff_ids=[gwen.id],
        organisation_ids=[org.id],
    )
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)  # Ctrl+K
    assert window.ui.search_edit.hasFocus()
    type_text(window.ui.search_edit, "heol bont")
    popup = window.search_popup
    qtbot.waitUntil(lambda: popup.isVisible() and bool(popup.hits()), timeout=5000)
    groups = [popup.topLevelItem(i).text(0) for i in range(popup.topLevelItemCount())]
    assert groups == ["Engagements (1)"]
    assert popup.hits()[0].text(0).strip().replace("\xa0", " ") == (
        "Walkabout on the Heol y Bont estate  ·  20 Nov 2026, "
        f"{datetime(2026, 11, 20, 10, tzinfo=UTC).astimezone():%H:%M}  ·  Glanafon Council"
    )
    qtbot.keyClick(window.ui.search_edit, Qt.Key.Key_Return)
    assert not popup.isVisible()
    page = window.pages["engagements"]
    assert window.ui.pages.currentWidget() is page
    assert page.shown is not None and page.shown.id == engagement.id
    assert "Walkabout on the Heol y Bont estate" in page.ui.detail_browser.toPlainText()


def test_search_groups_results_by_kind(qtbot, window: MainWindow, services: Services) -> None:
    org = services.partners.create_organisation(name="Riverside Food Bank", sector="voluntary")
    services.partners.create_contact(name="Rhys Riverside", organisation_id=org.id)
    window.ui.search_edit.setFocus()
    type_text(window.ui.search_edit, "riverside")
    popup = window.search_popup
    qtbot.waitUntil(lambda: popup.isVisible() and len(popup.hits()) == 2, timeout=5000)
    assert sorted(popup.topLevelItem(i).text(0) for i in range(popup.topLevelItemCount())) == [
        "Contacts (1)",
        "Organisations (1)",
    ]
    qtbot.keyClick(window.ui.search_edit, Qt.Key.Key_Escape)
    assert not popup.isVisible()


def test_many_alike_hits_are_told_apart_newest_first_and_all_can_be_shown(
    qtbot, window: MainWindow, services: Services
) -> None:
    from datetime import UTC, datetime

    from popdesk.views.search import PER_KIND

    staff(services)
    gwen = services.staff.list_staff()[1]
    names = ["Afon Housing", "Riverside Food Bank", "Coleg Glanafon", "Tai Glanafon"]
    orgs = [services.partners.create_organisation(name=n, sector="voluntary") for n in names]
    for day in range(1, 9):
        services.engagements.log(
            occurred_at=datetime(2026, 10, day * 3, 10, tzinfo=UTC),
            type="visit",
            summary="Joint visit to a cuckooing address",
            staff_ids=[gwen.id],
            organisation_ids=[orgs[day % 4].id],
        )
    window.ui.search_edit.setFocus()
    type_text(window.ui.search_edit, "cuckooing")
    popup = window.search_popup
    qtbot.waitUntil(lambda: popup.isVisible() and bool(popup.hits()), timeout=5000)
    assert popup.topLevelItem(0).text(0) == "Engagements (8)"
    lines = [item.text(0).strip().replace("\xa0", " ") for item in popup.hits()]
    assert len(lines) == PER_KIND + 1 and lines[-1] == "Show all 8…"
    assert lines[0].startswith("Joint visit to a cuckooing address  ·  24 Oct 2026")
    assert lines[0].endswith("Afon Housing")  # 24 October: day 8, organisation 0
    assert lines[1].startswith("Joint visit to a cuckooing address  ·  21 Oct 2026")
    assert len(set(lines)) == len(lines)
    popup.setCurrentItem(popup.hits()[-1])
    qtbot.keyClick(window.ui.search_edit, Qt.Key.Key_Return)
    dialog = popup.results_dialog
    assert dialog is not None and dialog.isVisible()
    group = dialog.tree.topLevelItem(0)
    assert group.childCount() == 8
    dates = [group.child(i).text(1)[:11].replace("\xa0", " ") for i in range(8)]
    assert dates[0] == "24 Oct 2026" and dates[-1] == "03 Oct 2026"
    dialog.tree.setCurrentItem(group.child(2))
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    page = window.pages["engagements"]
    assert window.ui.pages.currentWidget() is page
    assert page.shown is not None and page.shown.occurred_at.day == 18


def test_deactivating_asks_first(
    qtbot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.partners.create_organisation(name="Pentre Rugby Club", sector="community_group")
    page = window.go("organisations")
    asked: list[str] = []
    monkeypatch.setattr(
        page, "confirm", lambda title, question, yes: asked.append(question) or False
    )
    page.ui.deactivate_button.click()
    assert asked and "Deactivate Pentre Rugby Club?" in asked[0]
    assert services.partners.list_organisations()[0].active  # said no: nothing changed
    monkeypatch.setattr(page, "confirm", lambda *args: True)
    page.ui.deactivate_button.click()
    assert not services.partners.list_organisations()[0].active
    assert page.model.rowCount() == 0  # deactivated ones are hidden unless asked for


def test_the_window_remembers_its_size_and_last_section(
    qtbot, services: Services, settings
) -> None:
    first = MainWindow(services, store_label="Store: a.db", settings=settings)
    qtbot.addWidget(first)
    first.resize(1180, 720)
    first.show()
    first.go("contacts")
    size = (first.size().width(), first.size().height())
    first.close()
    second = MainWindow(services, store_label="Store: a.db", settings=settings)
    qtbot.addWidget(second)
    assert second.ui.pages.currentWidget() is second.pages["contacts"]
    assert (second.size().width(), second.size().height()) == size
    assert size == (1180, 720)
    assert "a.db" in second.store_label.text()


def test_every_section_has_a_keyboard_shortcut_and_accessible_names(window: MainWindow) -> None:
    shortcuts = {
        a.text().replace("&", ""): a.shortcut().toString()
        for m in window.menuBar().findChildren(type(window.menuBar().addMenu("x")))
        for a in m.actions()
    }
    for n, title in enumerate(
        ["Dashboard", "Organisations", "Contacts", "SPOC register", "Engagement log", "Actions"],
        start=1,
    ):
        assert shortcuts.get(title) == f"Ctrl+{n}"
    assert shortcuts.get("Search everything") == "Ctrl+K"
    assert shortcuts.get("Log engagement…") == "Ctrl+L"
    from PySide6.QtWidgets import QComboBox, QLineEdit, QTableView

    for page in window.pages.values():
        for widget in (
            page.findChildren(QTableView)
            + page.findChildren(QComboBox)
            + page.findChildren(QLineEdit)
        ):
            internal = widget.objectName().startswith("qt_")  # a date field's own editor
            if (
                widget.isVisibleTo(page)
                and not internal
                and not isinstance(widget.parent(), QComboBox)
            ):
                assert widget.accessibleName(), f"{type(page).__name__}.{widget.objectName()}"


def test_editing_a_contact_keeps_what_was_not_changed(
    qtbot, window: MainWindow, services: Services
) -> None:
    make_organisation(qtbot, window, "Glanafon Council")
    make_contact(qtbot, window, "Siân Evans", "Glanafon Council", "029 2018 0123")
    page = window.pages["contacts"]
    page.edit_current()
    dialog = page.dialog
    assert dialog.ui.organisation_combo.currentText() == "Glanafon Council"
    assert dialog.ui.phone_edit.text() == "029 2018 0123"
    type_text(dialog.ui.job_title_edit, "ASB officer")
    save(dialog)
    assert not dialog.isVisible(), dialog.ui.form_error.text()
    contact = services.partners.list_contacts()[0]
    assert contact.job_title == "ASB officer"
    assert contact.organisation is not None and contact.organisation.name == "Glanafon Council"
    assert [p.number for p in contact.phones] == ["+442920180123"]
    assert contact.version == 2


def test_clear_resets_the_engagement_filters(qtbot, window: MainWindow, services: Services) -> None:
    from datetime import UTC, datetime

    staff(services)
    org = services.partners.create_organisation(name="Glanafon Council", sector="local_authority")
    member = services.staff.list_staff()[0]
    for kind in ("call", "visit"):
        services.engagements.log(
            occurred_at=datetime(2026, 11, 20, 10, tzinfo=UTC),
            type=kind,
            summary=f"A {kind}",
            staff_ids=[member.id],
            organisation_ids=[org.id],
        )
    page = window.go("engagements")
    assert page.model.rowCount() == 2
    page.ui.type_combo.setCurrentIndex(page.ui.type_combo.findText("Visit"))
    assert page.model.rowCount() == 1
    page.ui.clear_button.click()
    assert page.ui.type_combo.currentText() == "All types"
    assert page.model.rowCount() == 2


def test_opening_a_record_far_down_a_long_list_shows_it_without_loading_everything(
    qtbot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from popdesk.views.pages import base

    monkeypatch.setattr(base, "FIND_LIMIT", 2)
    for name in ("Aled", "Bethan", "Ceri", "Dafydd", "Zoë O'Brien"):
        services.partners.create_contact(name=name)
    monkeypatch.setattr("popdesk.views.pages.contacts.FIND_LIMIT", 2)
    page = window.go("contacts")
    page.model._page = page.model._first = 2  # small pages: the last contact is beyond the limit
    page.model.reload()
    last = services.partners.list_contacts()[-1]
    page.open_record(last.id)
    assert page.model.loaded <= 4
    assert "Zoë O'Brien" in page.ui.detail_browser.toPlainText()


def test_names_are_found_as_typed_blind_to_case_and_accents_and_the_first_enter_picks(
    qtbot, window: MainWindow, services: Services
) -> None:
    staff(services)
    council = services.partners.create_organisation(
        name="Glanafon Council", sector="local_authority"
    )
    services.partners.create_organisation(name="Łódź Twinning Association", sector="voluntary")
    for name in ("Siân Pritchard", "Sioned Price", "Łukasz Nowak", "Ceridwen Jones"):
        services.partners.create_contact(name=name, organisation_id=council.id)
    page = window.go("engagements")
    page.new_record()
    dialog = page.dialog
    picker = dialog.ui.contacts_picker
    picker.edit.setFocus()
    type_text(picker.edit, "sian pri")
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    shown = [
        picker.completer.completionModel().index(row, 0).data()
        for row in range(picker.completer.completionCount())
    ]
    assert shown == ["Siân Pritchard – Glanafon Council"]
    # the person's Enter goes to the open list, whose first line is already highlighted
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.names() == ["Siân Pritchard – Glanafon Council"]
    assert picker.edit.text() == "" and not popup.isVisible()
    for typed, expected in (("LUKASZ", "Łukasz Nowak"), ("ceridwen", "Ceridwen Jones")):
        type_text(picker.edit, typed)
        qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
        assert picker.names()[-1].startswith(expected)
    assert dialog.isVisible()
    dialog.reject()

    # a combo of records is searched by typing, blind to accents
    contacts = window.go("contacts")
    contacts.new_record()
    combo = contacts.dialog.ui.organisation_combo
    assert combo.isEditable()
    combo.lineEdit().selectAll()
    type_text(combo.lineEdit(), "lodz")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)  # the box settles on the one match
    assert combo.currentText() == "Łódź Twinning Association"
    combo.lineEdit().selectAll()
    type_text(combo.lineEdit(), "no such place")
    combo.lineEdit().editingFinished.emit()
    assert combo.currentText() == "Łódź Twinning Association"  # what was chosen stays

    # In a real window the suggestions take the box's focus as the first letter opens them,
    # which finishes its editing: the letter and those after it must stay as typed.
    combo.lineEdit().selectAll()
    type_text(combo.lineEdit(), "g")  # in both names
    completer = combo.findChild(QCompleter)
    assert completer is not None and completer.popup().isVisible()
    # Under a window manager the popup's window is activated: the box loses its focus that
    # way and finishes its editing (offscreen, only the focus event arrives; say the rest).
    QApplication.sendEvent(
        combo, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.ActiveWindowFocusReason)
    )
    combo.lineEdit().editingFinished.emit()
    assert combo.lineEdit().text() == "g"
    type_text(combo.lineEdit(), "lanafon co")
    assert combo.lineEdit().text() == "glanafon co"
    completer.popup().hide()
    combo.lineEdit().editingFinished.emit()  # leaving the box: the one match is chosen
    assert combo.currentText() == "Glanafon Council"
    contacts.dialog.reject()


def test_forms_keep_room_for_their_messages_and_ask_before_escape_discards_typing(
    qtbot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from popdesk.views import editing

    page = window.go("organisations")
    page.new_record()
    dialog = page.dialog
    assert dialog.ui.sector_combo.currentText() == "Not yet known"
    save_button = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    qtbot.wait(50)
    before = save_button.mapTo(dialog, save_button.rect().center())
    type_text(dialog.ui.website_edit, "not a website at all")
    qtbot.wait(50)
    assert dialog.ui.website_error.text()
    assert save_button.mapTo(dialog, save_button.rect().center()) == before
    dialog.ui.name_edit.setFocus()
    type_text(dialog.ui.name_edit, "x" * 400)  # far too long: a message appears
    qtbot.wait(50)
    assert dialog.ui.name_error.text()
    assert save_button.mapTo(dialog, save_button.rect().center()) == before  # Save stayed put

    asked: list[str] = []
    answer = [False]
    monkeypatch.setattr(
        editing,
        "confirm",
        lambda parent, title, question, yes, **_: asked.append(title) or answer[0],
    )
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Discard your changes?"] and dialog.isVisible()  # kept what was typed
    assert dialog.ui.name_edit.text() == "x" * 400
    answer[0] = True
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    page.new_record()  # nothing typed: Escape closes without a question
    asked.clear()
    qtbot.keyClick(page.dialog, Qt.Key.Key_Escape)
    assert asked == [] and not page.dialog.isVisible()


def test_todays_reminders_show_once_a_day_open_their_record_and_can_be_turned_off(
    qtbot, window: MainWindow, services: Services
) -> None:
    staff(services)
    gwen = services.staff.list_staff()[1]
    today = services.actions.context.today()
    action = services.actions.create(
        description="Send the closure order papers", owner_staff_id=gwen.id, due_date=today
    )
    reminders = window.reminders
    shown = reminders.check()
    assert [(r.kind, r.id) for r in shown] == [("action", action.id)]
    note = reminders.note
    assert note.isVisible()
    assert "Send the closure order papers (due today)" in note.text()
    assert reminders.check() == []  # once a day
    note.linkActivated.emit(f"action:{action.id}")
    page = window.pages["actions"]
    assert window.ui.pages.currentWidget() is page
    assert "Send the closure order papers" in page.ui.detail_browser.toPlainText()
    note.linkActivated.emit("close:")
    assert not note.isVisible()

    reminders.shown_on = None  # a new day, but reminders turned off in Settings
    reminders.set_enabled(False)
    assert reminders.check() == [] and not note.isVisible()


def test_files_are_offered_in_a_folder_that_exists_and_the_last_one_used_is_remembered(
    qtbot, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pathlib import Path

    from PySide6.QtCore import QSettings, QStandardPaths

    from popdesk.views import widgets

    QSettings().remove(widgets.LAST_FOLDER_KEY)
    monkeypatch.setattr(
        QStandardPaths, "writableLocation", lambda _kind: str(tmp_path / "no Documents here")
    )
    assert widgets.save_folder() == Path.home()  # a fresh account with no Documents folder
    chosen = tmp_path / "handover packs"
    chosen.mkdir()
    widgets.remember_folder(chosen / "pack.pdf")
    assert widgets.save_folder() == chosen
    chosen.rmdir()  # removed since: not offered
    assert widgets.save_folder() == Path.home()


def test_actions_can_be_filtered_by_a_partner_owner_and_the_map_has_a_shortcut(
    qtbot, window: MainWindow, services: Services
) -> None:
    from PySide6.QtGui import QKeySequence

    staff(services)
    org = services.partners.create_organisation(name="Afon Housing", sector="housing")
    sian = services.partners.create_contact(name="Siân Evans", organisation_id=org.id)
    gwen = services.staff.list_staff()[1]
    services.actions.create(description="Book the hall", owner_contact_id=sian.id)
    services.actions.create(description="Send the minutes", owner_staff_id=gwen.id)
    page = window.go("actions")
    page.refresh()
    combo = page.ui.owner_combo
    combo.setCurrentIndex(combo.findText("Siân Evans (partner)"))
    assert [page.model.record(r).description for r in range(page.model.rowCount())] == [
        "Book the hall"
    ]
    go = next(a for a in window.menuBar().actions() if a.text() == "&Go").menu()
    shortcut = next(a for a in go.actions() if a.text() == "Stakeholder map").shortcut()
    assert shortcut == QKeySequence("Ctrl+Shift+M")


def test_a_message_in_the_engagement_form_leaves_its_text_boxes_as_they_were(
    qtbot, window: MainWindow, services: Services
) -> None:
    page = window.go("engagements")
    page.new_record()
    dialog = page.dialog
    ui = dialog.ui
    qtbot.wait(50)

    def heights() -> list[int]:
        return [ui.summary_edit.height(), ui.outcome_edit.height(), ui.actions_tree.height()]

    def where() -> list[int]:
        return [w.mapTo(dialog, w.rect().topLeft()).y() for w in (ui.problem_combo, ui.action_edit)]

    before = (heights(), where())
    ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()  # nobody chosen
    qtbot.wait(50)
    assert ui.staff_error.isVisible() and dialog.isVisible()
    assert (heights(), where()) == before
    dialog.reject()
