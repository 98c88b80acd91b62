"""The Welsh translation: complete, current with the code, compiled, and what the dashboard and
the handover view actually show."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTreeWidget,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import i18n  # noqa: E402  (tools/i18n.py)

from popdesk.domain.checklists import DEFAULT_TEMPLATE_ITEMS  # noqa: E402

WELSH = i18n.ts_path("cy")
PLACEHOLDER = re.compile(r"\{[^}]*\}|%[vm]")


def catalogue() -> dict[tuple[str, str], ET.Element]:
    return i18n.messages(ET.parse(WELSH))


def test_every_string_of_the_interface_has_its_welsh() -> None:
    missing = i18n.untranslated(ET.parse(WELSH))
    assert not missing, f"{len(missing)} strings without Welsh, e.g. {missing[:5]}"


def test_the_translation_is_current_with_the_code() -> None:
    """A string added to the interface and not yet in the .ts fails here (tools/i18n.py update
    adds it; then it needs its Welsh)."""
    in_code = set(i18n.messages(i18n.extracted()))
    in_ts = set(catalogue())
    assert in_code - in_ts == set(), "run: python tools/i18n.py update"
    assert in_ts - in_code == set(), "strings no longer used: run python tools/i18n.py update"


def test_each_translation_keeps_its_placeholders_and_its_shortcut_key() -> None:
    for (context, source), message in catalogue().items():
        welsh = message.findtext("translation") or ""
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(welsh)), (
            context,
            source,
        )
        if "&" in source.replace("&&", "") and "<" not in source:
            assert "&" in welsh, (context, source, welsh)


def test_the_compiled_translation_is_the_one_in_the_resources(tmp_path: Path) -> None:
    subprocess.run(
        [str(i18n.BIN / "pyside6-lrelease"), "-silent", str(WELSH), "-qm", str(tmp_path / "cy.qm")],
        check=True,
    )
    assert (tmp_path / "cy.qm").read_bytes() == WELSH.with_suffix(".qm").read_bytes()


# The interface in Welsh ------------------------------------------------------------------------

# Words that give away an English sentence in a button, menu, heading or column.
ENGLISH = re.compile(
    r"\b(the|and|of|to|is|are|not|for|with|from|this|that|new|show|add|edit|open|save|"
    r"export|import|review|due|done|none|all|any|no|yes|cancel|close|settings|help)\b",
    re.IGNORECASE,
)


@pytest.fixture
def welsh_window(qtbot, tmp_path: Path) -> Iterator[QWidget]:
    from popdesk.app import DEMO_PASSPHRASE, open_demo_store
    from popdesk.services import Services
    from popdesk.services.store_control import StoreControl
    from popdesk.views.i18n import install, uninstall
    from popdesk.views.main_window import MainWindow

    app = QApplication.instance()
    assert install(app, "cy") == "cy"
    store = open_demo_store(tmp_path, "cy")  # the demo in Welsh too
    from popdesk.services import Context
    from popdesk.views.i18n import QtWords

    window = MainWindow(
        Services.over(store.sessions, Context(language="cy", words=QtWords())),
        store_label=app.translate("MainWindow", "Demo store"),
        settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
        control=StoreControl(store, demo_passphrase=DEMO_PASSPHRASE),
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    try:
        yield window
    finally:
        window.close()
        uninstall(app)
        store.close(backup=False)


def _record_texts(window: QWidget) -> list[str]:
    """Every line of the trees on screen: the dashboard's and the handover checklist's."""
    found = []
    for tree in window.findChildren(QTreeWidget):
        if tree.isVisible():
            for i in range(tree.topLevelItemCount()):
                top = tree.topLevelItem(i)
                found += [top.child(j).text(c) for j in range(top.childCount()) for c in range(3)]
    return found


def interface_texts(window: QWidget) -> list[str]:
    """The words of the interface itself (not the records): buttons, menus, group titles,
    column headers, section headings, field labels' own text, placeholders and tooltips."""
    found: list[str] = []
    for button in window.findChildren(QAbstractButton):
        if button.isVisible():
            found += [button.text(), button.toolTip()]
    for menu in window.findChildren(QMenu):
        found.append(menu.title())
        found += [action.text() for action in menu.actions()]
    for box in window.findChildren(QGroupBox):
        if box.isVisible():
            found.append(box.title())
    for edit in window.findChildren(QLineEdit):
        if edit.isVisible():
            found.append(edit.placeholderText())
    for table in window.findChildren(QTableView):
        if table.isVisible() and table.model() is not None:
            model = table.model()
            found += [
                str(model.headerData(i, Qt.Orientation.Horizontal))
                for i in range(model.columnCount())
            ]
    for tree in window.findChildren(QTreeWidget):
        if tree.isVisible():
            header = tree.headerItem()
            found += [header.text(i) for i in range(tree.columnCount())]
            found += [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.buddy() is not None:  # a field's label
            found.append(label.text())
    return [t.replace("&", "") for t in found if t and t.strip()]


@pytest.mark.parametrize("section", ["dashboard", "handovers"])
def test_the_welsh_dashboard_and_handover_view_show_no_english_words(
    welsh_window: QWidget, section: str
) -> None:
    page = welsh_window.go(section)  # type: ignore[attr-defined]
    QApplication.processEvents()
    if section == "handovers":
        page.ui.handover_list.setCurrentRow(0)
        QApplication.processEvents()
        header = " ".join(label.text() for label in welsh_window.findChildren(QLabel))
        assert "I’w gwblhau:" in header and "llofnod ar goll gan" in header
    english = {source.replace("&", "") for (_c, source), m in catalogue().items()} - {
        (m.findtext("translation") or "").replace("&", "") for m in catalogue().values()
    }
    texts = interface_texts(welsh_window)
    assert len(texts) > 40
    untranslated = [t for t in texts if t.split(" (")[0] in english]
    assert not untranslated, untranslated
    looks_english = [t for t in texts if ENGLISH.search(t) and not t.startswith(("SPOC", "PDF"))]
    assert not looks_english, looks_english
    assert welsh_window.ui.page_title.text() in ("Dangosfwrdd", "Trosglwyddiadau")  # type: ignore[attr-defined]
    # and the records themselves are the Welsh demo's: no English demo text anywhere on screen
    from popdesk.demo import data

    shown = " ".join(interface_texts(welsh_window) + _record_texts(welsh_window))
    english_demo = [a for a in data.ACTIONS if a in shown]
    english_demo += [g[0] for g in data.GROUPS if g[0] in shown]
    english_demo += [t[0] for t in DEFAULT_TEMPLATE_ITEMS if t[0] in shown]
    assert not english_demo, english_demo


def test_the_language_chosen_in_settings_is_the_one_popdesk_starts_in(
    qtbot, tmp_path: Path
) -> None:
    """Saved in Settings, mirrored where the next start reads it before the first widget."""
    from PySide6.QtCore import QSettings

    from popdesk import config
    from popdesk.app import remember_language
    from popdesk.views.dialogs.settings_dialog import SettingsDialog
    from popdesk.views.i18n import LANGUAGE_KEY, chosen_language

    dialog = SettingsDialog(config.Settings(), None)
    qtbot.addWidget(dialog)
    dialog.ui.language_combo.setCurrentIndex(dialog.ui.language_combo.findData("cy"))
    dialog.ui.button_box.accepted.emit()
    assert config.load_settings().language == "cy"
    assert QSettings().value(LANGUAGE_KEY) == "cy"
    assert chosen_language(str(QSettings().value(LANGUAGE_KEY))) == "cy"
    remember_language("")  # settings.json edited back by hand: the next start follows it
    assert QSettings().value(LANGUAGE_KEY) == ""
    assert chosen_language("") in ("en", "cy")  # this computer's language, if popdesk has it


def test_documents_exported_from_the_welsh_interface_are_in_welsh(tmp_path: Path) -> None:
    from pypdf import PdfReader

    from popdesk.app import open_demo_store
    from popdesk.services import Context, Services
    from popdesk.views.i18n import QtWords, install, uninstall

    app = QApplication.instance()
    assert install(app, "cy") == "cy"
    try:
        store = open_demo_store(tmp_path, "cy")
        services = Services.over(store.sessions, Context(language="cy", words=QtWords()))
        handover = services.handovers.list_handovers()[0]
        pack = services.exports.handover_pack(handover.id, tmp_path / "pecyn.pdf")
        meeting = services.groups.meetings(limit=1)[0]
        brief = services.exports.meeting_brief(meeting.id, tmp_path / "papur.pdf")
        directory = services.exports.partner_directory(tmp_path / "cyfeiriadur.pdf")
        store.close(backup=False)
    finally:
        uninstall(app)
    brief_words = " ".join(page.extract_text() for page in PdfReader(brief).pages)
    assert "Papur briffio cyfarfod" in brief_words and "Aelodau" in brief_words
    assert "Meeting brief" not in brief_words and "Members" not in brief_words
    directory_words = " ".join(page.extract_text() for page in PdfReader(directory).pages)
    assert "Cyfeiriadur partneriaid" in directory_words and "Eu SPOC ar gyfer" in directory_words
    assert "Their SPOC for" not in directory_words and "Partner directory" not in directory_words
    words = " ".join(page.extract_text() for page in PdfReader(pack).pages)
    for welsh in ("Pecyn trosglwyddo", "Tudalen 1 o", "Beth sy’n symud i’r olynydd", "Llofnodi"):
        assert welsh in words
    assert "SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE" in words  # the marking in both languages
    for english in ("Handover pack", "Page 1 of", "What moves", "Sign-off", "SPOC for "):
        assert english not in words


def test_no_translated_string_hides_inside_an_f_string() -> None:
    """Qt's lupdate does not look inside f-strings: a tr() there is never translated."""
    import ast

    hidden = []
    for path in i18n.sources():
        if path.suffix != ".py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    func = getattr(inner, "func", None)
                    name = getattr(func, "attr", getattr(func, "id", ""))
                    if isinstance(inner, ast.Call) and name in ("tr", "translate"):
                        hidden.append(f"{path.name}:{inner.lineno}")
    assert not hidden, hidden


def test_a_refusal_in_the_welsh_interface_is_in_welsh(qtbot, tmp_path: Path) -> None:
    """The checks' refusals keep their wording apart from their values, so a form in Welsh
    says what is wrong in Welsh; in English they read as before."""
    from popdesk.errors import ValidationError
    from popdesk.views.dialogs.contact_dialog import ContactDialog
    from popdesk.views.i18n import error_text, install, uninstall
    from tests.builders import make_services

    store, services = make_services(tmp_path / "s.db")
    app = QApplication.instance()
    assert install(app, "cy") == "cy"
    try:
        refusal = ValidationError.worded("{0} is required.", "Name", field="name")
        assert refusal.message == "Name is required."  # the English message is unchanged
        assert error_text(refusal) == "Enw: mae angen hwn."
        too_long = ValidationError.worded(
            "{0} is too long: {1:,} characters, the most is {2:,}.", "Job title", 1234, 200
        )
        assert error_text(too_long) == "Teitl swydd: mae’n rhy hir: 1,234 nod, yr uchafswm yw 200."
        # the services' own refusals too: a fixed one, and one with a record's name in it
        from popdesk.errors import Conflict, PopdeskError

        try:
            services.partners.add_neighbourhood("Riverside")
            services.partners.add_neighbourhood("Riverside")
        except PopdeskError as exc:
            assert exc.message == "There is already a neighbourhood called Riverside."
            assert error_text(exc) == "Mae cymdogaeth o’r enw Riverside eisoes."
        else:
            raise AssertionError("a second Riverside was accepted")
        mari = services.partners.create_contact(name="Mari Jones").id
        services.retention.erase(mari)
        with pytest.raises(Conflict) as ended:
            services.retention.erase(mari)
        assert error_text(ended.value) == "Mae’r cyswllt hwn eisoes wedi’i ddileu."
        dialog = ContactDialog(services.partners, None)
        qtbot.addWidget(dialog)
        dialog.ui.phone_edit.textEdited.emit("12")  # as typed: checked at once
        dialog.ui.phone_edit.setText("12")
        dialog.save()  # and again on saving, with the name missing too
        assert "Nid yw '12' yn rhif ffôn" in dialog.ui.phone_error.text()
        assert dialog.ui.name_error.text() == "Enw: mae angen hwn."
    finally:
        uninstall(app)
        store.close(backup=False)


def test_why_the_keyring_failed_is_said_in_welsh() -> None:
    from popdesk.views.i18n import install, reason_words, uninstall

    app = QApplication.instance()
    assert reason_words("the keyring is locked") == "the keyring is locked"
    assert install(app, "cy") == "cy"
    try:
        assert reason_words("there is no keyring on this computer") == (
            "nid oes cylch allweddi ar y cyfrifiadur hwn"
        )
        assert reason_words("the key is not in KWallet") == "nid yw’r allwedd yn KWallet"
        assert reason_words("the keyring failed (OSError: no)") == (
            "methodd y cylch allweddi (OSError: no)"
        )
        assert reason_words("something new") == "something new"  # unknown: as given
    finally:
        uninstall(app)
