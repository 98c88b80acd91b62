"""The store's protection as a person meets it: first passphrase, unlocking without a keyring,
the idle lock, the recovery key, the clipboard, backups, the audit log and the review queue."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton

from popdesk import app as popdesk_app
from popdesk import config
from popdesk.db.store import Store, open_store
from popdesk.errors import StoreLocked
from popdesk.services import Services
from popdesk.services.store_control import StoreControl
from popdesk.views import widgets
from popdesk.views.main_window import MainWindow
from popdesk.views.security import LockScreen, NewPassphraseDialog, RecoveryKeyDialog, UnlockDialog
from tests.builders import small_world
from tests.gui.conftest import type_text

PASSPHRASE = "a gorse-covered hillside"


def when_dialog(kind: type, act: Callable[[QDialog], None], *, tries: int = 100) -> None:
    """Answer the next modal dialog of ``kind`` once it is up (dialogs run their own loop)."""

    def poll(left: int = tries) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            act(widget)
        elif left:
            QTimer.singleShot(20, lambda: poll(left - 1))

    QTimer.singleShot(0, poll)


@pytest.fixture
def guarded(qtbot, tmp_path: Path) -> Iterator[tuple[MainWindow, Store, Services]]:
    store = open_store(tmp_path / "s.db", create=True, passphrase=PASSPHRASE)
    services = Services.over(store.sessions, compact=store.compact)
    small_world(services)
    window = MainWindow(
        services,
        store_label="Store: s.db",
        settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
        control=StoreControl(store),
        app_settings=config.Settings(idle_lock_minutes=5),
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    yield window, store, services
    store.close(backup=False)


@pytest.fixture
def first_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No store yet at the default place (the app makes one there on first run)."""
    path = tmp_path / "data" / "popdesk.db"
    monkeypatch.delenv("POPDESK_DB", raising=False)
    monkeypatch.setattr(config, "default_store_path", lambda: path)
    return path


def test_with_no_keyring_the_app_makes_a_store_then_reopens_it_with_the_passphrase(
    qtbot, first_run: Path, no_keyring: None
) -> None:
    path = first_run
    seen: dict[str, str] = {}

    def set_passphrase(dialog: QDialog) -> None:
        seen["intro"] = dialog.ui.intro_label.text()
        type_text(dialog.ui.passphrase_edit, PASSPHRASE)
        type_text(dialog.ui.again_edit, PASSPHRASE)
        dialog.ui.button_box.accepted.emit()

    when_dialog(NewPassphraseDialog, set_passphrase)
    store, _ = popdesk_app.open_for_gui(None, False, config.Settings())
    assert store is not None and store.recovery_key
    assert "There is no usable keyring (there is no keyring on this computer)" in seen["intro"]
    store.close()

    def unlock(dialog: QDialog) -> None:
        seen["reason"] = dialog.ui.reason_label.text()
        type_text(dialog.ui.passphrase_edit, PASSPHRASE)
        dialog.ui.unlock_button.click()

    when_dialog(UnlockDialog, unlock)
    again, _ = popdesk_app.open_for_gui(str(path), False, config.Settings())
    assert again is not None and again.key_place.unlocked_with == "passphrase"
    assert seen["reason"].startswith("There is no keyring on this computer, so popdesk needs")
    again.close()


def test_cancelling_the_first_passphrase_makes_nothing(qtbot, first_run: Path) -> None:
    when_dialog(NewPassphraseDialog, lambda d: d.reject())
    store, _ = popdesk_app.open_for_gui(None, False, config.Settings())
    assert store is None and list(first_run.parent.iterdir()) == []


def test_the_idle_lock_hides_everything_closes_the_store_and_opens_with_the_passphrase(
    qtbot, guarded: tuple[MainWindow, Store, Services]
) -> None:
    window, store, services = guarded
    window.go("contacts")
    from popdesk.views.dialogs.organisation_dialog import OrganisationDialog

    half_typed = OrganisationDialog(services.partners, None, parent=window)
    half_typed.show()
    type_text(half_typed.ui.name_edit, "Hafod Trust")
    window.guard.locking.idle.timer.setInterval(50)  # as if the minutes had passed
    window.guard.locking.idle.timer.start()
    qtbot.waitUntil(lambda: store.locked, timeout=3000)

    assert isinstance(window.centralWidget(), LockScreen)
    assert not window.menuBar().isEnabled()
    assert window.guard.locking._covers and window.guard.locking._covers[0].parent() is half_typed
    with pytest.raises(StoreLocked):
        services.partners.list_contacts()
    dialog = window.guard.locking.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.ui.passphrase_edit, "not the passphrase")
    dialog.ui.unlock_button.click()
    assert store.locked and "does not unlock" in dialog.ui.error_label.text()
    dialog.reject()  # what Escape does: it does not get past the lock
    assert dialog.isVisible()
    type_text(dialog.ui.passphrase_edit, PASSPHRASE)
    dialog.ui.unlock_button.click()

    assert not store.locked and not isinstance(window.centralWidget(), LockScreen)
    assert window.menuBar().isEnabled() and window.guard.locking._covers == []
    assert half_typed.ui.name_edit.text() == "Hafod Trust"  # nothing typed was lost
    assert [c.name for c in services.partners.list_contacts()]
    half_typed.close()


def test_a_copied_number_leaves_the_clipboard_but_something_copied_since_stays(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(widgets, "CLIPBOARD_CLEAR_MS", 60)
    clipboard = QGuiApplication.clipboard()
    widgets.copy_to_clipboard("029 2018 0123")
    assert clipboard.text() == "029 2018 0123"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)
    widgets.copy_to_clipboard("sian.evans@council.example.org")
    clipboard.setText("my own note")  # the person copied something else meanwhile
    qtbot.wait(150)
    assert clipboard.text() == "my own note"


def test_the_recovery_key_must_be_kept_before_ok_and_saves_as_a_marked_pdf(
    qtbot, guarded: tuple[MainWindow, Store, Services], tmp_path: Path
) -> None:
    window, _store, _ = guarded
    dialog = window.guard.show_recovery_key("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567")
    assert not dialog.ok.isEnabled()
    dialog.reject()
    assert dialog.isVisible()  # not dismissed before the key is kept
    dialog.save_to(tmp_path / "key.pdf")
    assert "Saved to" in dialog.ui.saved_label.text()
    from pypdf import PdfReader

    text = PdfReader(tmp_path / "key.pdf").pages[0].extract_text()
    assert "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567" in text and "OFFICIAL-SENSITIVE" in text
    dialog.ui.noted_check.setChecked(True)
    dialog.ok.click()
    assert not dialog.isVisible()
    assert isinstance(dialog, RecoveryKeyDialog)


def test_backup_then_restore_from_the_window(
    qtbot, guarded: tuple[MainWindow, Store, Services], tmp_path: Path
) -> None:
    window, _store, services = guarded
    made = window.guard.control.backup_to(tmp_path / "saved.db")  # type: ignore[union-attr]
    services.partners.create_organisation(name="Added after the backup", sector="health")
    assert window.guard.keys.restore(made, confirm=False)
    names = [o.name for o in services.partners.list_organisations()]
    assert "Added after the backup" not in names and names
    assert "Restored from saved.db" in window.statusBar().currentMessage()
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"\x00" * 8192)
    (tmp_path / "broken.db.key").write_bytes((tmp_path / "saved.db.key").read_bytes())
    when_dialog(QMessageBox, lambda box: box.accept())
    assert not window.guard.keys.restore(broken, confirm=False)
    assert [o.name for o in services.partners.list_organisations()] == names


def test_a_supervisor_reads_filters_and_exports_the_audit_log(
    qtbot, guarded: tuple[MainWindow, Store, Services], tmp_path: Path
) -> None:
    window, _store, services = guarded
    from popdesk.views.dialogs.audit_dialog import AuditDialog

    dialog = AuditDialog(services.audit, window)
    qtbot.addWidget(dialog)
    dialog.show()
    rows = dialog.model.rowCount()
    assert rows == services.audit.count() and rows > 3
    texts = [dialog.model.index(r, 3).data() for r in range(rows)]
    assert "contact: Siân Evans" in texts
    dialog.ui.action_combo.setCurrentIndex(dialog.ui.action_combo.findText("Updated"))
    assert dialog.model.rowCount() < rows
    dialog.export_to(tmp_path / "audit.csv")
    with (tmp_path / "audit.csv").open(encoding="utf-8-sig") as handle:
        exported = list(csv.reader(handle))
    assert exported[0][0] == "When (UTC)" and len(exported) == dialog.model.rowCount() + 1
    assert services.audit.entries(limit=1)[0].summary == "Exported the audit log"


def test_the_review_queue_keeps_and_erases(
    qtbot, guarded: tuple[MainWindow, Store, Services]
) -> None:
    window, _store, services = guarded
    due = [c for c in services.partners.list_contacts()][:2]
    for contact in due:
        services.partners.update_contact(contact.id, review_due="2026-01-01")
    from popdesk.views.dialogs.review_dialog import ReviewDialog

    dialog = ReviewDialog(services.retention, services.partners, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 2
    dialog.ui.table.selectRow(0)
    first = dialog.current()
    assert first is not None
    dialog.keep()
    assert dialog.model.rowCount() == 1
    dialog.ui.table.selectRow(0)
    second = dialog.current()
    assert second is not None

    def confirm(box: QMessageBox) -> None:
        erase = next(b for b in box.buttons() if b.text() == "Erase")
        assert isinstance(erase, QPushButton)
        erase.click()

    when_dialog(QMessageBox, confirm)
    dialog.erase()
    qtbot.waitUntil(lambda: dialog.isEnabled() and dialog.model.rowCount() == 0, timeout=5000)
    assert services.partners.get_contact(second.id).name == "Erased contact"
    assert dialog.ui.empty_label.isVisible()


def test_settings_are_saved_for_the_app_and_the_command_line(
    qtbot, guarded: tuple[MainWindow, Store, Services], tmp_path: Path
) -> None:
    window, _store, _ = guarded
    from popdesk.views.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.guard.actions.settings, window.guard.control, window)
    qtbot.addWidget(dialog)
    assert "Key stored in" in dialog.ui.key_label.text()
    dialog.ui.idle_spin.setValue(3)
    dialog.ui.kept_spin.setValue(4)
    dialog.ui.folder_edit.setText("relative/folder")
    dialog.ui.button_box.accepted.emit()
    assert "full path" in dialog.ui.error_label.text()
    dialog.ui.folder_edit.setText(str(tmp_path / "elsewhere"))
    dialog.ui.button_box.accepted.emit()
    assert config.load_settings() == config.Settings(
        idle_lock_minutes=3, backups_kept=4, backup_folder=str(tmp_path / "elsewhere")
    )
    assert dialog.saved is not None
    window.guard.actions.settings = dialog.saved
    window.guard.control.set_backup_policy(dialog.saved.backup_policy())  # type: ignore[union-attr]
    window.guard.keys.backup_now()
    qtbot.waitUntil(
        lambda: bool(list((tmp_path / "elsewhere").glob("s.manual-*.db"))), timeout=5000
    )


def test_erasing_from_the_contacts_view_and_checking_the_store(
    qtbot, guarded: tuple[MainWindow, Store, Services]
) -> None:
    window, _store, services = guarded
    page = window.go("contacts")
    row = page.model.row_of(lambda c: c.name == "Siân Evans")
    page.select_row(page.ui.table_view, row)
    page.choose_export()
    erase = next(a for a in page.export_menu.actions() if a.text() == "E&rase this person…")
    assert erase.isEnabled()
    page.export_menu.close()

    def confirm(box: QMessageBox) -> None:
        next(b for b in box.buttons() if b.text() == "Erase").click()

    when_dialog(QMessageBox, confirm)
    page.erase_current()
    qtbot.waitUntil(lambda: page.isEnabled(), timeout=5000)
    assert "Siân Evans" not in [c.name for c in services.partners.list_contacts()]
    assert "Erased contact" in [c.name for c in services.partners.list_contacts()]

    text = window.guard.keys.report(services.check.check())
    assert "Integrity: whole, no damage found" in text
    assert "Encryption: SQLCipher (AES-256). Key stored in" in text
    assert "Backups: 0 in" in text


def test_a_large_store_is_checked_in_the_background_after_opening(
    qtbot, guarded: tuple[MainWindow, Store, Services], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _store, _ = guarded
    from popdesk.db import inspection

    monkeypatch.setattr(inspection, "QUICK_CHECK_LIMIT", 0)
    control = window.guard.control
    assert control is not None and not control.checked_on_open
    warned: list[str] = []
    monkeypatch.setattr(control, "quick_check", lambda: "page 12: checksum mismatch")
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, title, text: warned.append(text))
    )
    window.guard.check_after_opening()
    qtbot.waitUntil(lambda: bool(warned), timeout=3000)
    assert "page 12: checksum mismatch" in warned[0] and "Restore the newest backup" in warned[0]


def test_document_markings_review_period_and_language_take_effect_when_saved(
    qtbot, guarded: tuple[MainWindow, Store, Services], tmp_path: Path
) -> None:
    from datetime import date, timedelta

    from popdesk.domain.enums import Marking
    from popdesk.views.dialogs.settings_dialog import SettingsDialog

    window, _store, services = guarded
    assert services.exports.default_marking("handover-pack") is Marking.OFFICIAL_SENSITIVE
    window.guard.actions.open_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog.ui.handover_pack_combo.currentText() == "OFFICIAL-SENSITIVE"
    assert dialog.ui.review_spin.value() == 12
    assert dialog.ui.language_combo.currentText() == "As this computer"
    dialog.ui.handover_pack_combo.setCurrentIndex(
        dialog.ui.handover_pack_combo.findText("OFFICIAL")
    )
    dialog.ui.review_spin.setValue(6)
    dialog.ui.language_combo.setCurrentIndex(dialog.ui.language_combo.findText("Cymraeg (Welsh)"))
    dialog.ui.button_box.accepted.emit()
    assert not dialog.isVisible()

    saved = config.load_settings()
    assert (saved.handover_pack_marking, saved.meeting_brief_marking) == (
        "OFFICIAL",
        "OFFICIAL-SENSITIVE",
    )
    assert (saved.contact_review_months, saved.language) == (6, "cy")
    # the running app follows at once: exports, and contacts added from now on
    assert services.exports.default_marking("handover-pack") is Marking.OFFICIAL
    assert services.exports.default_marking("meeting-brief") is Marking.OFFICIAL_SENSITIVE
    added = services.partners.create_contact(name="Ffion Pugh")
    today = services.partners.context.today()
    assert added.review_due == today + timedelta(days=182)
    assert isinstance(added.review_due, date)


@pytest.mark.parametrize(
    ("change", "refusal"),
    [
        ({"contact_review_months": 0}, "every 1 to 60 months"),
        ({"handover_pack_marking": "SECRET"}, "is not one of: OFFICIAL, OFFICIAL-SENSITIVE"),
        ({"language": "fr"}, "no translation 'fr'"),
    ],
)
def test_settings_out_of_range_are_refused_with_a_reason(change: dict, refusal: str) -> None:
    from dataclasses import replace

    with pytest.raises(ValueError, match=refusal):
        config.check_settings(replace(config.Settings(), **change))


def test_the_app_asks_once_who_is_using_it_and_records_that_person(
    qtbot, guarded: tuple[MainWindow, Store, Services]
) -> None:
    window, store, services = guarded
    guard = window.guard
    guard.ask_who_is_using()
    dialog = guard.actions.user_dialog
    assert dialog.isVisible()
    combo = dialog.staff_combo
    combo.setFocus()
    combo.lineEdit().selectAll()
    type_text(combo.lineEdit(), "gwenllian")  # typed without her accent
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert combo.currentText() == "PS Gwenllïan Hughes"
    dialog.use_button.click()
    gwen = next(s for s in services.staff.list_staff() if s.name == "PS Gwenllïan Hughes")
    assert services.users.current() == gwen.id
    assert config.load_settings().user_for(store.path) == str(gwen.id)
    org = services.partners.create_organisation(name="Afon Housing", sector="housing")
    entries = services.audit.entries(entity_id=org.id)
    assert entries and all(e.actor == "PS Gwenllïan Hughes" for e in entries)

    # "Not now" is remembered as an answer: the question is not put again at the next start
    services.users.forget()
    guard.ask_who_is_using()
    guard.actions.user_dialog.later_button.click()
    assert services.users.current() is None
    assert config.load_settings().user_for(store.path) == ""


def test_file_new_store_makes_an_empty_encrypted_store_then_opens_it_in_a_popdesk_of_its_own(
    qtbot, guarded: tuple[MainWindow, Store, Services], tmp_path: Path, monkeypatch
) -> None:
    import subprocess

    window, store, _ = guarded
    files = window.store_files
    started: list[list[str]] = []
    files.start = lambda program, arguments: started.append([program, *arguments]) or True
    files.make = popdesk_app.make_store
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _title, text: warned.append(text))
    )
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _title, text: warned.append(text))
    )

    when_dialog(NewPassphraseDialog, lambda d: d.reject())
    assert not files.new_store(tmp_path / "cancelled.db")
    assert not (tmp_path / "cancelled.db").exists() and started == []

    def choose(dialog: QDialog) -> None:
        type_text(dialog.ui.passphrase_edit, PASSPHRASE)
        type_text(dialog.ui.again_edit, PASSPHRASE)
        dialog.ui.button_box.accepted.emit()

    when_dialog(NewPassphraseDialog, choose)
    made = tmp_path / "team" / "ward-7"  # ".db" is added
    made.parent.mkdir()
    assert files.new_store(made)
    path = made.with_suffix(".db")
    assert path.read_bytes()[:16] != b"SQLite format 3\x00"  # encrypted from the first byte
    assert path.with_name("ward-7.db.key").is_file()
    key_dialog = next(d for d in window.findChildren(RecoveryKeyDialog) if d.isVisible())
    assert "ward-7.db" in key_dialog.windowTitle()
    assert started == []  # not opened before its recovery key has been kept
    key_dialog.ui.noted_check.setChecked(True)
    key_dialog.ok.click()
    assert started and started[-1][-2:] == ["--db", str(path)]

    # The command started opens the new store, which is empty and unlocked from the keyring.
    shown = subprocess.run(
        [*started[-1], "list", "organisations", "--json"], capture_output=True, text=True
    )
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip() == "[]"

    # Never over a file: the store made, or a key file left alone, is refused and untouched.
    before = path.read_bytes()
    lone_key = tmp_path / "team" / "old.db.key"
    lone_key.write_text("someone's key file")
    for taken in (path, tmp_path / "team" / "old.db"):
        assert not files.new_store(taken)
    assert "ward-7.db already exists" in warned[0] and "old.db.key already exists" in warned[1]
    assert path.read_bytes() == before and lone_key.read_text() == "someone's key file"
    assert not (tmp_path / "team" / "old.db").exists() and len(started) == 1

    # Open store…: another store starts a popdesk of its own; this one, or no file, is said.
    assert files.open_store(path) and started[-1][-2:] == ["--db", str(path)]
    assert not files.open_store(store.path)
    assert "is the store open in this window" in warned[-1]
    assert not files.open_store(tmp_path / "nowhere.db")
    assert "is not a file popdesk can open" in warned[-1]
    assert len(started) == 2


def test_changing_the_passphrase_in_the_app_re_encrypts_and_shows_a_new_recovery_key(
    qtbot, guarded: tuple[MainWindow, Store, Services], monkeypatch
) -> None:
    from popdesk.security.keys import key_file_path, read_key_file

    window, store, services = guarded
    store.backup("on-close")  # one backup made before the change
    asked: list[str] = []

    def choose(dialog: QDialog) -> None:
        type_text(dialog.ui.passphrase_edit, "heather over the quarry")
        type_text(dialog.ui.again_edit, "heather over the quarry")
        dialog.ui.button_box.accepted.emit()

    def reencrypt(box: QMessageBox) -> None:
        asked.append(box.text())
        next(b for b in box.buttons() if "Re-encrypt" in b.text()).click()

    def present(dialog: QDialog) -> None:
        dialog.setTextValue(PASSPHRASE)  # type: ignore[attr-defined]
        dialog.accept()

    from PySide6.QtWidgets import QInputDialog

    # A wrong present passphrase first: refused, nothing changes.
    refused: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text: refused.append(text))
    )

    def wrong(dialog: QDialog) -> None:
        dialog.setTextValue("not the passphrase at all")  # type: ignore[attr-defined]
        dialog.accept()

    when_dialog(QInputDialog, wrong)
    window.guard.keys.change_passphrase()
    assert refused == ["That is not the store's passphrase. Nothing was changed."]
    when_dialog(QInputDialog, present)
    when_dialog(NewPassphraseDialog, choose)
    when_dialog(QMessageBox, reencrypt)
    window.guard.keys.change_passphrase()
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in window.findChildren(RecoveryKeyDialog)), timeout=20000
    )
    assert asked and "Backups made before this change: 1." in asked[0]
    key_file = read_key_file(key_file_path(store.path))
    assert key_file is not None
    assert key_file.unwrap("heather over the quarry") is not None
    assert key_file.unwrap(PASSPHRASE) is None
    shown = next(d for d in window.findChildren(RecoveryKeyDialog) if d.isVisible())
    assert key_file.unwrap(shown.recovery_key) is not None
    assert services.audit.entries(limit=1)[0].summary.startswith("Changed the passphrase")
    # The window carries on over the re-encrypted store, reading and writing.
    services.partners.create_organisation(name="After the change", sector="voluntary")
    assert "After the change" in [o.name for o in services.partners.list_organisations()]
    backup = store.list_backups()[0].path
    backup_key = read_key_file(key_file_path(backup))
    assert backup_key is not None and backup_key.unwrap(PASSPHRASE) is None  # re-encrypted


def test_erasing_shows_a_name_alone_elsewhere_and_redacts_what_is_ticked(
    qtbot, guarded: tuple[MainWindow, Store, Services]
) -> None:
    import datetime as dt

    from popdesk.views.dialogs.review_dialog import MentionsDialog

    window, _store, services = guarded
    staff = services.staff.list_staff()[0]
    org = services.partners.list_organisations()[0]
    logged = [
        services.engagements.log(
            type="call",
            occurred_at=dt.datetime(2026, 11, 20, 10, 0, tzinfo=dt.UTC),
            summary=summary,
            staff_ids=[staff.id],
            organisation_ids=[org.id],
        )
        for summary in ("Evans rang about the CCTV", "Siân from the council called")
    ]
    page = window.go("contacts")
    page.select_row(page.ui.table_view, page.model.row_of(lambda c: c.name == "Siân Evans"))
    seen: list[str] = []

    def tick_first(dialog: QDialog) -> None:
        seen.extend(dialog.list.item(r).text() for r in range(dialog.list.count()))
        dialog.list.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.accept()

    when_dialog(MentionsDialog, tick_first)
    page.erase_current()
    qtbot.waitUntil(lambda: page.isEnabled(), timeout=5000)
    assert "Siân Evans" not in [c.name for c in services.partners.list_contacts()]
    assert len(seen) == 2 and all(text.startswith("Engagement: …") for text in seen)
    summaries = sorted(services.engagements.get(e.id).summary for e in logged)
    ticked = next(s for s in seen if "Evans rang" in s) == seen[0]
    assert summaries == sorted(
        ["[erased contact] rang about the CCTV", "Siân from the council called"]
        if ticked
        else ["Evans rang about the CCTV", "[erased contact] from the council called"]
    )


def test_erasing_someone_still_a_spoc_is_refused_before_anything_is_asked(
    qtbot, guarded: tuple[MainWindow, Store, Services], monkeypatch
) -> None:
    window, _store, services = guarded
    sian = next(c for c in services.partners.list_contacts() if c.name == "Siân Evans")
    services.spocs.assign(
        organisation_id=sian.organisation.id,  # type: ignore[union-attr]
        topic="Anti-social behaviour",
        our_spoc_id=services.staff.list_staff()[0].id,
        their_spoc_id=sian.id,
    )
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text: warned.append(text))
    )
    page = window.go("contacts")
    asked: list[str] = []
    monkeypatch.setattr(page, "confirm", lambda title, *_: asked.append(title) or False)
    page.select_row(page.ui.table_view, page.model.row_of(lambda c: c.name == "Siân Evans"))
    page.erase_current()
    qtbot.waitUntil(lambda: bool(warned), timeout=5000)
    assert asked == [] and len(warned) == 1 and "their SPOC in 1 current role" in warned[0]
    assert "Siân Evans" in [c.name for c in services.partners.list_contacts()]


def test_the_demo_passphrase_is_said_in_the_unlock_dialog_until_it_is_changed(
    qtbot, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QInputDialog

    store = popdesk_app.open_demo_store(tmp_path)
    services = Services.over(store.sessions, compact=store.compact)
    window = MainWindow(
        services,
        store_label="Demo store",
        settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
        control=StoreControl(store, demo_passphrase=popdesk_app.DEMO_PASSPHRASE),
    )
    qtbot.addWidget(window)
    window.show()
    locking = window.guard.locking
    try:
        # The unlock dialog covers the lock screen: it says the demo passphrase itself.
        locking.lock()
        dialog = locking.unlock_dialog
        assert dialog is not None and dialog.isVisible()
        assert "“glanafon demo”" in dialog.ui.reason_label.text()
        type_text(dialog.ui.passphrase_edit, popdesk_app.DEMO_PASSPHRASE)
        dialog.ui.unlock_button.click()
        assert not store.locked

        # File › Change passphrase: from then on the old demo passphrase is not offered.
        def present(asked: QDialog) -> None:
            asked.setTextValue(popdesk_app.DEMO_PASSPHRASE)  # type: ignore[attr-defined]
            asked.accept()

        def choose(asked: QDialog) -> None:
            type_text(asked.ui.passphrase_edit, "heather over the quarry")
            type_text(asked.ui.again_edit, "heather over the quarry")
            asked.ui.button_box.accepted.emit()

        when_dialog(QInputDialog, present)
        when_dialog(NewPassphraseDialog, choose)
        window.guard.keys.change_passphrase()
        qtbot.waitUntil(
            lambda: any(d.isVisible() for d in window.findChildren(RecoveryKeyDialog)),
            timeout=20000,
        )
        shown = next(d for d in window.findChildren(RecoveryKeyDialog) if d.isVisible())
        shown.ui.noted_check.setChecked(True)
        shown.ok.click()

        locking.lock()
        screen = window.centralWidget()
        assert isinstance(screen, LockScreen)
        assert "glanafon demo" not in screen.ui.info_label.text()
        dialog = locking.unlock_dialog
        assert dialog is not None and dialog.isVisible()
        assert "glanafon demo" not in dialog.ui.reason_label.text()
        assert "Type the passphrase (or the recovery key)" in dialog.ui.reason_label.text()
        type_text(dialog.ui.passphrase_edit, "heather over the quarry")
        dialog.ui.unlock_button.click()
        assert not store.locked
    finally:
        store.close(backup=False)


def test_a_wrong_passphrase_for_a_new_recovery_key_is_refused_before_anything_else_is_asked(
    qtbot, guarded: tuple[MainWindow, Store, Services], monkeypatch
) -> None:
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QInputDialog

    from popdesk.security.keys import key_file_path

    window, store, _services = guarded
    store.backup("on-close")  # so there are old backups to ask about
    key_before = key_file_path(store.path).read_bytes()
    refused: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text: refused.append(text))
    )
    asked: list[str] = []
    prompts: list[tuple[str, int]] = []

    def yes(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    def wrong(dialog: QDialog) -> None:
        prompts.append((dialog.windowTitle(), dialog.width()))
        dialog.setTextValue("not the passphrase at all")  # type: ignore[attr-defined]
        dialog.accept()

    def anything_more(box: QMessageBox) -> None:
        asked.append(box.text())
        box.reject()

    when_dialog(QMessageBox, yes)
    when_dialog(QInputDialog, wrong)
    when_dialog(QMessageBox, anything_more, tries=50)
    window.guard.keys.renew_recovery_key()
    qtbot.wait(1200)  # time for a question about old backups, were one to come

    assert refused == ["That is not the store's passphrase. Nothing was changed."]
    assert len(asked) == 1 and asked[0].startswith("The store will be re-encrypted")
    assert getattr(window.guard.keys, "rotation_progress", None) is None  # nothing started
    assert key_file_path(store.path).read_bytes() == key_before
    # The prompt is wide enough for its title, with room for the title bar's icon and buttons.
    ((title, width),) = prompts
    bold = QFont(window.font())
    bold.setBold(True)
    assert title == "New recovery key"
    assert width >= QFontMetrics(bold).horizontalAdvance(title) + 100


def test_the_present_passphrase_prompt_shows_its_title_whole(
    qtbot, guarded: tuple[MainWindow, Store, Services], monkeypatch
) -> None:
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QInputDialog

    window, _store, _services = guarded
    seen: list[tuple[str, int]] = []

    def cancel(dialog: QDialog) -> None:
        seen.append((dialog.windowTitle(), dialog.width()))
        dialog.reject()

    when_dialog(QInputDialog, cancel)
    window.guard.keys.change_passphrase()
    ((title, width),) = seen
    bold = QFont(window.font())
    bold.setBold(True)
    assert title == "Change passphrase"
    assert width >= QFontMetrics(bold).horizontalAdvance(title) + 100


def test_a_backup_named_without_an_extension_is_written_as_a_db_file_restore_lists(
    qtbot, guarded: tuple[MainWindow, Store, Services], tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QFileDialog

    window, _store, _services = guarded
    folder = tmp_path / "backups"
    folder.mkdir()

    def name_it(dialog: QDialog) -> None:
        dialog.selectFile(str(folder / "weekly"))  # type: ignore[attr-defined]
        dialog.accept()

    when_dialog(QFileDialog, name_it)
    window.guard.keys.backup_to()  # File › Back up to…
    qtbot.waitUntil(lambda: (folder / "weekly.db").is_file(), timeout=10000)
    assert (folder / "weekly.db.key").is_file()
    assert not (folder / "weekly").exists()
    qtbot.waitUntil(lambda: "weekly.db" in window.statusBar().currentMessage(), timeout=5000)
    window.guard.keys.back_up_to(folder / "nightly")  # the same without the file dialog
    qtbot.waitUntil(lambda: (folder / "nightly.db").is_file(), timeout=10000)
    assert not (folder / "nightly").exists()
    assert sorted(p.name for p in folder.glob("*.db")) == ["nightly.db", "weekly.db"]


def test_who_is_using_a_demo_store_is_kept_for_the_session_not_in_the_settings_file(
    qtbot, tmp_path: Path, private_popdesk_settings: Path
) -> None:
    from popdesk.views.dialogs.settings_dialog import SettingsDialog

    store = popdesk_app.open_demo_store(tmp_path)
    services = Services.over(store.sessions, compact=store.compact)
    window = MainWindow(
        services,
        store_label="Demo store",
        settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
        control=StoreControl(store, demo_passphrase=popdesk_app.DEMO_PASSPHRASE),
        app_settings=config.load_settings(),
    )
    qtbot.addWidget(window)
    window.show()
    try:
        # Settings › Who is using popdesk, on the demo store
        window.guard.actions.open_settings()
        dialog = window.findChild(SettingsDialog)
        combo = dialog.ui.user_combo
        combo.setCurrentIndex(1)
        chosen = combo.currentData()
        dialog.ui.button_box.accepted.emit()
        assert services.users.current() == chosen  # this session acts as that person
        saved = private_popdesk_settings.read_text(encoding="utf-8")
        assert str(store.path) not in saved and str(chosen) not in saved
        assert config.load_settings().user_for(store.path) is None

        # Saving the settings again later does not write it either.
        window.guard.actions.open_settings()
        again = next(d for d in window.findChildren(SettingsDialog) if d.isVisible())
        assert again.chosen_user() == chosen
        again.ui.idle_spin.setValue(7)
        again.ui.button_box.accepted.emit()
        assert config.load_settings().idle_lock_minutes == 7
        assert config.load_settings().users == {}
    finally:
        store.close(backup=False)


def test_a_status_message_is_read_whole_at_1024_pixels(
    qtbot, guarded: tuple[MainWindow, Store, Services]
) -> None:
    import shutil
    import tempfile

    window, store, _services = guarded
    window.resize(1024, 700)
    window.store_label.setText(f"Demo store (discarded on exit): {store.path}")
    folder = Path(tempfile.mkdtemp(prefix="popdesk-demo-")) / "demo-backups"
    folder.mkdir()
    try:
        window.guard.keys.back_up_to(folder / "ward-seven-weekly.db")
        bar = window.statusBar()
        qtbot.waitUntil(lambda: "ward-seven" in bar.currentMessage(), timeout=10000)
    finally:
        shutil.rmtree(folder.parent)
    message = bar.currentMessage()
    assert str(folder / "ward-seven-weekly.db") in message

    def message_room() -> int:
        """What QStatusBar draws its message in: from 6 px in to 2 px before the first label
        beside it."""
        labels = [window.security_label, window.store_label]
        return min(label.x() for label in labels if label.isVisible()) - 2 - 6

    qtbot.waitUntil(lambda: message_room() >= bar.fontMetrics().horizontalAdvance(message))
    # the labels that gave way say all of themselves in their tooltips
    assert window.store_label.toolTip() == f"Demo store (discarded on exit): {store.path}"
    assert window.security_label.toolTip() == window.security_label.text()
    assert window.security_label.text().startswith("Encrypted · ")
    assert bar.toolTip() == message
    # once the message has gone, they have their room again
    labels = (window.security_label, window.store_label)
    narrowed = [label.width() for label in labels]
    bar.clearMessage()
    qtbot.waitUntil(
        lambda: all(label.width() > width for label, width in zip(labels, narrowed, strict=True))
    )
    assert not bar.toolTip()


def test_the_review_says_in_the_dialog_whom_it_kept_and_until_when(
    qtbot, guarded: tuple[MainWindow, Store, Services]
) -> None:
    window, _store, services = guarded
    due = services.partners.list_contacts()[:2]
    for contact in due:
        services.partners.update_contact(contact.id, review_due="2026-01-01")
    from popdesk.views.detail import when
    from popdesk.views.dialogs.review_dialog import ReviewDialog

    dialog = ReviewDialog(services.retention, services.partners, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.status_label.isVisible()  # nothing done yet
    dialog.ui.table.selectRow(0)
    first = dialog.current()
    assert first is not None
    dialog.ui.keep_button.click()
    kept = services.partners.get_contact(first.id)
    said = dialog.ui.status_label.text()
    assert dialog.ui.status_label.isVisible()
    assert said == f"Kept {first.name}: their review is due again on {when(kept.review_due)}."
    assert dialog.windowTitle() == "Data-protection review"
