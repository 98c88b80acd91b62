"""Small widgets and helpers shared by the views."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QGuiApplication,
    QKeyEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from popdesk.domain.text import fold

ID_ROLE = Qt.ItemDataRole.UserRole
FOLDED_ROLE = Qt.ItemDataRole.UserRole + 40  # a suggestion's text without case or accents


class FoldedCompleter(QCompleter):
    """Suggestions under a line edit for names that contain what is typed, blind to case and
    accents ("sian pri" finds Siân Pritchard, "lukasz" Łukasz); the first is highlighted, so
    the first Enter picks it."""

    picked = Signal(str)  # the label chosen

    def __init__(self, box: QLineEdit, parent: QObject) -> None:
        super().__init__(parent)
        self.labels = QStandardItemModel(self)
        self.setModel(self.labels)
        self.setCompletionRole(FOLDED_ROLE)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)  # both sides are folded
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setMaxVisibleItems(12)
        self.setWidget(box)  # not box.setCompleter: the box must not take the folded text
        self.box = box
        box.textEdited.connect(self.suggest)
        self.activated[QModelIndex].connect(self._activated)

    def set_labels(self, labels: Iterable[str]) -> None:
        self.labels.clear()
        for label in labels:
            item = QStandardItem(label)
            item.setData(fold(label), FOLDED_ROLE)
            self.labels.appendRow(item)

    def matches(self, typed: str) -> list[str]:
        """The labels that contain ``typed``, blind to case and accents; exact ones first."""
        wanted = fold(" ".join(typed.split()))
        if not wanted:
            return []
        found = [
            self.labels.item(row).text()
            for row in range(self.labels.rowCount())
            if wanted in self.labels.item(row).data(FOLDED_ROLE)
        ]
        return sorted(found, key=lambda label: fold(label) != wanted)

    def suggest(self, typed: str) -> None:
        wanted = fold(" ".join(typed.split()))
        if not wanted:
            self.popup().hide()
            return
        self.setCompletionPrefix(wanted)
        if self.completionCount() == 0:
            self.popup().hide()
            return
        self.complete()
        self.popup().setCurrentIndex(self.completionModel().index(0, 0))

    def _activated(self, index: QModelIndex) -> None:
        self.picked.emit(str(index.data(Qt.ItemDataRole.DisplayRole)))


_AWAY = (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)


class _FocusToPopup(QObject):
    """Whether an editable combo's focus last went to a popup or another window (its
    suggestions, which a window manager may activate), seen before its line edit reacts to it
    (the combo takes the focus events and hands them to its line edit)."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.to_popup = False
        combo.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.to_popup = event.reason() in _AWAY  # type: ignore[attr-defined]
        elif event.type() == QEvent.Type.FocusIn:
            self.to_popup = False
        return False


def make_searchable(combo: QComboBox) -> None:
    """Let a long list of records be chosen by typing part of a name (case and accents
    ignored); what is left typed but not chosen goes back to the chosen item."""
    if combo.property("searchable"):
        return
    combo.setProperty("searchable", True)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setCompleter(None)
    box = combo.lineEdit()
    assert box is not None
    completer = FoldedCompleter(box, combo)
    watch = _FocusToPopup(combo)

    def relabel() -> None:
        completer.set_labels(combo.itemText(row) for row in range(combo.count()))

    def pick(label: str) -> None:
        row = combo.findText(label, Qt.MatchFlag.MatchExactly)
        if row >= 0:
            combo.setCurrentIndex(row)
            box.setText(label)

    def settle() -> None:
        if not isValid(box):
            return  # the combo is being destroyed
        if watch.to_popup and completer.popup().isVisible():
            # The suggestions opening under the box take its focus in a real window (not
            # offscreen), which finishes its editing after the first letter: the person is
            # still typing and choosing, so nothing is settled yet.
            return
        typed = box.text()
        if typed == combo.currentText() and combo.findText(typed) == combo.currentIndex():
            return
        found = completer.matches(typed)
        if found and (len(found) == 1 or fold(found[0]) == fold(typed)):
            pick(found[0])
        else:
            box.setText(combo.itemText(combo.currentIndex()))

    model = combo.model()
    for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
        signal.connect(relabel)
    relabel()
    completer.picked.connect(pick)
    box.editingFinished.connect(settle)


def confirm(
    parent: QWidget, title: str, question: str, yes: str, *, destructive: bool = False
) -> bool:
    """Ask before doing something; Cancel is the default, so Enter never destroys anything."""
    icon_kind = QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question
    box = QMessageBox(icon_kind, title, question, parent=parent)
    role = (
        QMessageBox.ButtonRole.DestructiveRole if destructive else QMessageBox.ButtonRole.AcceptRole
    )
    go = box.addButton(yes, role)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go


def show_error(label: QLabel, message: str | None) -> None:
    """Say what is wrong beside the field (or hide the note when nothing is)."""
    kept = label.sizePolicy().retainSizeWhenHidden()  # its room kept (editing.FormDialog)
    label.setText(message or (" " if kept else ""))  # " ": see editing.reserve_message_room
    label.setVisible(bool(message))
    label.setAccessibleName(message or "")
    window = label.window()
    if kept:
        return  # nothing moves
    if message and window.height() < window.sizeHint().height():
        window.resize(window.width(), window.sizeHint().height())  # make room for the note


LAST_FOLDER_KEY = "files/last-folder"


def save_folder() -> Path:
    """Where a file is offered to be saved: the folder last saved to, else Documents, else
    home; only a folder that exists (a fresh account may have no Documents)."""
    from PySide6.QtCore import QSettings, QStandardPaths

    for candidate in (
        str(QSettings().value(LAST_FOLDER_KEY, "") or ""),
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation),
    ):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return Path.home()


def remember_folder(path: Path) -> None:
    """The folder a file was just saved to, offered next time."""
    from PySide6.QtCore import QSettings

    QSettings().setValue(LAST_FOLDER_KEY, str(Path(path).parent))


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


CLIPBOARD_CLEAR_MS = 30_000


def copy_to_clipboard(text: str) -> None:
    """Copy a phone number or address; 30 s later it is cleared again if it is still there, so
    a partner's details do not linger for whatever is pasted next."""
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(text)

    def clear_if_unchanged() -> None:
        if clipboard.text() == text:
            clipboard.clear()

    QTimer.singleShot(CLIPBOARD_CLEAR_MS, clipboard, clear_if_unchanged)


def fill_combo(
    combo: QComboBox,
    items: Iterable[tuple[str, object]],
    *,
    first: tuple[str, object] | None = None,
    keep: object = None,
) -> None:
    """Replace a combo's items (text, data), keeping the chosen one where it still exists."""
    current = combo.currentData() if keep is None else keep
    combo.blockSignals(True)
    combo.clear()
    if first is not None:
        combo.addItem(first[0], first[1])
    records = False
    for text, data in items:
        combo.addItem(text, data)
        records = (
            records
            or isinstance(data, uuid.UUID)
            or (isinstance(data, tuple) and any(isinstance(part, uuid.UUID) for part in data))
        )
    combo.setCurrentIndex(max(index_of(combo, current), 0))
    combo.blockSignals(False)
    if records:  # a list of people or organisations, which may be long: typed into
        make_searchable(combo)


def index_of(combo: QComboBox, value: object) -> int:
    """The row holding ``value``, compared as Python values (Qt's findData compares two
    equal UUIDs by identity and misses them)."""
    if value is None:
        return -1
    for row in range(combo.count()):
        if combo.itemData(row) == value:
            return row
    return -1


def choose(combo: QComboBox, value: object) -> None:
    """Select the item holding ``value`` (the first item if none does)."""
    combo.setCurrentIndex(max(index_of(combo, value), 0))


class TokenPicker(QWidget):
    """Choose several records by typing: a type-ahead box above the chosen names.

    Enter picks the highlighted suggestion (or the first match, case and accents ignored);
    Delete or Backspace on a chosen name removes it.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: dict[str, uuid.UUID] = {}
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Type a name and press Enter"))
        self.chosen = QListWidget(self)
        self.chosen.setFlow(QListWidget.Flow.LeftToRight)
        self.chosen.setWrapping(True)
        self.chosen.setMaximumHeight(54)
        self.chosen.setSpacing(2)
        self.chosen.setAccessibleName(self.tr("Chosen"))
        self.chosen.installEventFilter(self)
        self.completer = FoldedCompleter(self.edit, self)
        self.completer.picked.connect(self._picked)
        self.edit.installEventFilter(self)  # Enter picks a name; it never reaches the dialog
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        clear = QToolButton(self)
        clear.setText(self.tr("Remove"))
        clear.setToolTip(self.tr("Remove the selected name (Delete)"))
        clear.clicked.connect(self._remove_selected)
        row.addWidget(clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.chosen)
        self.setFocusProxy(self.edit)

    def set_choices(self, choices: Sequence[tuple[str, uuid.UUID]]) -> None:
        self._choices = {}
        for name, record_id in choices:
            label = name if name not in self._choices else f"{name} ({str(record_id)[:4]})"
            self._choices[label] = record_id
        self.completer.set_labels(self._choices)

    def add(self, record_id: uuid.UUID) -> None:
        if record_id in self.ids():
            return
        for label, known in self._choices.items():
            if known == record_id:
                item = QListWidgetItem(label)
                item.setData(ID_ROLE, record_id)
                self.chosen.addItem(item)
                self.changed.emit()
                return

    def ids(self) -> list[uuid.UUID]:
        return [self.chosen.item(i).data(ID_ROLE) for i in range(self.chosen.count())]

    def names(self) -> list[str]:
        return [self.chosen.item(i).text() for i in range(self.chosen.count())]

    def _picked(self, text: str) -> None:
        if text in self._choices:
            self.add(self._choices[text])
        self.edit.clear()

    def _enter(self) -> None:
        typed = self.edit.text().strip()
        if not typed:
            return
        matches = self.completer.matches(typed)
        if matches:
            self._picked(matches[0])

    def _remove_selected(self) -> None:
        for item in self.chosen.selectedItems():
            self.chosen.takeItem(self.chosen.row(item))
        self.changed.emit()

    def eventFilter(self, watched: object, event: object) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if watched is self.edit and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._enter()
                return True
            if watched is self.chosen and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self._remove_selected()
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]
