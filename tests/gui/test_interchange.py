"""Importing and exporting contacts from the app: the wizard's preview, mapping and refusals,
and files saved from the contacts and groups views."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QWizard

from popdesk.services import Services
from popdesk.views import prompts
from popdesk.views.dialogs.import_wizard import DONE, FILE, MAPPING, PREVIEW, ImportWizard
from popdesk.views.main_window import MainWindow

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"


def wizard_on(qtbot, window: MainWindow) -> ImportWizard:
    page = window.go("contacts")
    page.import_contacts()
    wizard = page.dialog
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    qtbot.addWidget(wizard)
    return wizard


def test_the_wizard_previews_an_outlook_file_then_imports_it_whole(
    qtbot, window: MainWindow, services: Services
) -> None:
    wizard = wizard_on(qtbot, window)
    assert wizard.currentId() == FILE
    wizard.ui.file_edit.setText(str(FIXTURES / "outlook.csv"))
    wizard.next()
    assert wizard.currentId() == PREVIEW  # a layout popdesk knows needs no mapping
    assert wizard.ui.summary_label.text() == (
        "outlook.csv (Outlook CSV): 3 new, 0 already in popdesk, 0 refused."
    )
    model = wizard.preview_model
    rows = [[model.item(r, c).text() for c in range(4)] for r in range(model.rowCount())]
    # a phone cell that is not a number: the person comes, the cell kept, and the preview says so
    assert rows[2] == [
        "New",
        "Zoë Pritchard",
        "Afon Housing Association",
        "kept unchecked in the notes: phone 'not a number'",
    ]
    wizard.ui.problems_check.setChecked(True)  # what needs a look: that row, and only that row
    assert [model.item(r, 1).text() for r in range(model.rowCount())] == ["Zoë Pritchard"]
    assert "Bwrdd Iechyd Glanafon" in wizard.ui.organisations_label.text()
    assert wizard.buttonText(QWizard.WizardButton.CommitButton) == "&Import 3 contacts"
    wizard.next()  # the commit page: the import runs in the background
    qtbot.waitUntil(lambda: wizard.currentId() == DONE, timeout=10000)
    assert "Imported 3 contacts and 3 new organisations" in wizard.ui.result_label.text()
    names = {c.name for c in services.partners.list_contacts()}
    assert {"Siân Evans", "Dr Priya Raman", "Zoë Pritchard"} <= names
    page = window.pages["contacts"]
    assert page.model.row_of(lambda c: c.name == "Siân Evans") >= 0


def test_an_unknown_csv_is_mapped_column_by_column(
    qtbot, window: MainWindow, services: Services
) -> None:
    wizard = wizard_on(qtbot, window)
    wizard.ui.file_edit.setText(str(FIXTURES / "other-utf16.csv"))
    wizard.next()
    assert wizard.currentId() == MAPPING
    assert wizard.mapping() == {
        "name": "Full name",
        "organisation": "Agency",
        "job_title": "Role",
        "phone": "Tel",
        "email": "Email",
    }
    name = wizard.combos["name"]
    name.setCurrentIndex(0)  # "(not in this file)"
    wizard.next()
    assert wizard.currentId() == MAPPING
    assert "column that holds the name" in wizard.ui.mapping_error.text()
    name.setCurrentIndex(name.findData("Full name"))
    wizard.next()
    assert wizard.currentId() == PREVIEW
    assert "2 new" in wizard.ui.summary_label.text()


def test_a_hostile_file_is_refused_on_the_first_page(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    fake = tmp_path / "contacts.vcf"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x01" * 300)
    wizard = wizard_on(qtbot, window)
    wizard.ui.file_edit.setText(str(fake))
    wizard.next()
    assert wizard.currentId() == FILE
    assert "is a PNG image, not a vCard file" in wizard.ui.file_error.text()


def test_contacts_and_a_calendar_are_saved_from_the_views(
    qtbot, window: MainWindow, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.builders import small_world

    small_world(services)
    chosen: list[Path] = []

    def save_as(*_args: object, **_kw: object) -> tuple[str, str]:
        return str(chosen[-1]), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    monkeypatch.setattr(prompts, "text", (lambda *a, **k: ("For the PACT", True)))
    page = window.go("contacts")
    chosen.append(tmp_path / "people")  # no suffix typed: it is added
    page.export_contacts("vcard")
    qtbot.waitUntil(lambda: (tmp_path / "people.vcf").exists(), timeout=5000)
    assert "FN:Siân Evans" in (tmp_path / "people.vcf").read_text(encoding="utf-8")
    chosen.append(tmp_path / "meetings.ics")
    window.go("groups").export_calendar()
    qtbot.waitUntil(lambda: (tmp_path / "meetings.ics").exists(), timeout=5000)
    assert (tmp_path / "meetings.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")

    def exported() -> list[object]:  # the file is in place a moment before its audit entry
        return [e for e in services.audit.entries(limit=5) if e.purpose == "For the PACT"]

    qtbot.waitUntil(lambda: len(exported()) == 2, timeout=5000)
