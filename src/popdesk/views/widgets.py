"""Small widgets and helpers shared by the views."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import date

from PySide6.QtCore import (
    QDate,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent
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

ID_ROLE = Qt.ItemDataRole.UserRole


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
    label.setText(message or "")
    label.setVisible(bool(message))
    label.setAccessibleName(message or "")
    window = label.window()
    if message and window.height() < window.sizeHint().height():
        window.resize(window.width(), window.sizeHint().height())  # make room for the note


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
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(index_of(combo, current), 0))
    combo.blockSignals(False)


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

    Enter picks the first match; Delete or Backspace on a chosen name removes it.
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
        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setMaxVisibleItems(12)
        self.edit.setCompleter(self.completer)
        self.completer.activated.connect(self._picked)
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
        self._model.setStringList(list(self._choices))

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
        exact = [label for label in self._choices if label.casefold() == typed.casefold()]
        matches = exact or [
            label for label in self._choices if typed.casefold() in label.casefold()
        ]
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
