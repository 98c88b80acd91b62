"""Pieces shared by the editing dialogs: saving with errors shown beside their fields, and the
follow-up actions editor of the engagement and meeting dialogs."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from popdesk.errors import PopdeskError, ValidationError
from popdesk.services.engagements import ActionInput
from popdesk.views.i18n import error_text
from popdesk.views.widgets import ID_ROLE, confirm, show_error

STAFF, CONTACT = "staff", "contact"


class FormDialog(QDialog):
    """An editing dialog that stays still and loses nothing by accident.

    Room for each field's message (labels named ``*_error``) is kept from the start, so a
    message appearing as you type does not push the Save button from under the pointer; and
    Escape, Cancel or closing the window ask before throwing typed changes away.
    """

    _asked_to_discard = False

    def setVisible(self, visible: bool) -> None:
        if visible and not getattr(self, "_fitted", False):
            self._fitted = True
            reserve_message_room(self)  # first: the form is fitted as it will stay
            fit_to_screen(self)
        super().setVisible(visible)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not getattr(self, "_steadied", False):
            self._steadied = True
            self._state_when_opened = form_state(self)
            for box in self.findChildren(QDialogButtonBox):
                for button in box.buttons():
                    if box.buttonRole(button) == QDialogButtonBox.ButtonRole.RejectRole:
                        button.pressed.connect(self._asking)

    def changed(self) -> bool:
        """Has anything been typed or chosen since the dialog opened?"""
        opened = getattr(self, "_state_when_opened", None)
        return opened is not None and form_state(self) != opened

    def _asking(self) -> None:
        self._asked_to_discard = True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._asking()
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # only the window's own close button asks: a close by popdesk (quitting, locking)
        # is not the person throwing their typing away
        if event.spontaneous() and self.isVisible() and not self._may_discard():
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        asked, self._asked_to_discard = self._asked_to_discard, False
        if asked and not self._may_discard():
            return
        super().reject()

    def _may_discard(self) -> bool:
        if not self.changed():
            return True
        if confirm(
            self,
            self.tr("Discard your changes?"),
            self.tr("What you typed in this form has not been saved."),
            self.tr("&Discard"),
            destructive=True,
        ):
            self._state_when_opened = form_state(self)  # asked once: closing goes on
            return True
        return False


FRAME_ALLOWANCE = 48  # a window manager's title bar and frame, above the dialog's own area
FRAME_SIDES = 16  # the frame's borders, left and right


def keep_within_screen(dialog: QWidget) -> None:
    """A dialog opens within the screen's available area with room for its window's frame
    (a 1,024×768 laptop), however large its form was drawn: narrower or shorter if need be,
    its tables' stretching columns giving way."""
    screen = dialog.screen()
    if screen is None:
        return
    room = screen.availableGeometry()
    width = min(dialog.width(), room.width() - FRAME_SIDES)
    height = min(dialog.height(), room.height() - FRAME_ALLOWANCE)
    if (width, height) != (dialog.width(), dialog.height()):
        dialog.resize(width, height)


def fit_to_screen(dialog: QDialog) -> None:
    """A dialog taller than the screen (a 768-pixel laptop) keeps its buttons in view: what is
    above them scrolls instead, and the dialog opens as tall as the screen allows."""
    keep_within_screen(dialog)
    screen = dialog.screen()
    layout = dialog.layout()
    if screen is None or not isinstance(layout, QBoxLayout):
        return
    room = screen.availableGeometry().height() - FRAME_ALLOWANCE
    dialog.ensurePolished()
    layout.activate()
    if dialog.sizeHint().height() <= room:
        return
    buttons = next(
        (
            index
            for index in range(layout.count() - 1, -1, -1)
            if isinstance(layout.itemAt(index).widget(), QDialogButtonBox)
        ),
        None,
    )
    if buttons is None or buttons == 0:
        return
    inner = _ScrolledForm()
    inner_layout = QVBoxLayout(inner)
    inner_layout.setContentsMargins(0, 0, 0, 0)
    for _ in range(buttons):  # everything above the buttons, in order
        item = layout.takeAt(0)
        if item is None:
            continue
        if item.widget() is not None:
            inner_layout.addWidget(item.widget())
        elif item.layout() is not None:
            sub = item.layout()
            sub.setParent(None)  # type: ignore[call-overload]
            inner_layout.addLayout(sub)
        else:
            inner_layout.addItem(item)
    scroll = QScrollArea(dialog)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(inner)
    layout.insertWidget(0, scroll, 1)
    layout.activate()  # the dialog's least height is now the scroll area's, not the form's
    width = max(
        dialog.width(), inner.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
    )
    dialog.resize(min(width, screen.availableGeometry().width() - FRAME_SIDES), room)


class _ScrolledForm(QWidget):
    """A form inside a scroll area, kept at its least height for the width (or the area's
    height, if more). Without this, once a message that wraps appears (a label whose height
    depends on its width), the scroll area sizes the form by its preferred height for the
    width, and the text boxes grow to theirs, pushing the fields below them out of view."""

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        if layout is None:
            return super().heightForWidth(width)
        return layout.totalMinimumHeightForWidth(width)


def reserve_message_room(dialog: QDialog) -> None:
    """Each field's message label keeps one line's height, shown or not.

    While it has nothing to say it holds a space (``show_error`` puts it back): a label with
    text that wraps asks its layout for a height for its width, and a layout holding one
    shares out its room differently, so a message appearing in an empty label would change
    the text boxes' heights and move the fields below them."""
    for label in dialog.findChildren(QLabel):
        if not label.objectName().endswith("_error"):
            continue
        policy = label.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        label.setSizePolicy(policy)
        label.setMinimumHeight(label.fontMetrics().lineSpacing())
        if not label.text():
            label.setText(" ")


def form_state(dialog: QDialog) -> tuple[object, ...]:
    """What the person has typed and chosen in a dialog, to tell whether it changed."""
    values: list[object] = []
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            values.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)) and not widget.isReadOnly():
            values.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            values.append(widget.currentIndex())
        elif isinstance(widget, QDateTimeEdit):
            values.append(widget.dateTime().toString())
        elif isinstance(widget, (QSpinBox, QAbstractSpinBox)):
            values.append(widget.text())
        elif isinstance(widget, QCheckBox):
            values.append(widget.isChecked())
        elif isinstance(widget, QListWidget):
            values.append(tuple(widget.item(i).text() for i in range(widget.count())))
        elif isinstance(widget, QTreeWidget):
            values.append(widget.topLevelItemCount())
    return tuple(values)


def no_default_button(dialog: QDialog) -> None:
    """Where Enter picks a name or adds an action, it must never save the dialog."""
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.setDefault(False)


def submit(
    dialog: QDialog,
    save: Callable[[], Any],
    field_labels: Mapping[str, QLabel],
    form_error: QLabel,
) -> bool:
    """Run ``save``; a refusal is shown beside its field (else under the form) and the dialog
    stays open with everything typed; success emits ``dialog.saved`` and closes it."""
    for label in (*field_labels.values(), form_error):
        show_error(label, None)
    try:
        result = save()
    except ValidationError as exc:
        show_error(field_labels.get(exc.field or "", form_error), error_text(exc))
        return False
    except PopdeskError as exc:
        show_error(form_error, error_text(exc))
        return False
    dialog.saved.emit(result)  # type: ignore[attr-defined]
    dialog.accept()
    return True


class ActionRows:
    """Follow-up actions typed one per line: description, owner, due date; Enter adds one."""

    def __init__(
        self,
        edit: QLineEdit,
        owner: QComboBox,
        due: QDateEdit,
        add_button: QPushButton,
        remove_button: QPushButton,
        tree: QTreeWidget,
    ) -> None:
        self.edit, self.owner, self.due, self.tree = edit, owner, due, tree
        add_button.clicked.connect(self.add)
        edit.returnPressed.connect(self.add)
        remove_button.clicked.connect(self.remove)

    def add(self) -> None:
        text = self.edit.text().strip()
        if not text:
            return
        owner = self.owner.currentData()  # (STAFF | CONTACT, id) or None
        due = self.due.date()
        shown = self.owner.currentText() if owner else ""
        item = QTreeWidgetItem([text, shown, due.toString("dd MMM yyyy")])
        item.setData(0, ID_ROLE, (text, owner, due.toPython()))
        self.tree.addTopLevelItem(item)
        self.edit.clear()
        self.edit.setFocus()

    def remove(self) -> None:
        for item in self.tree.selectedItems():
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(item))

    def flush(self) -> None:
        """An action typed but not yet added is kept rather than lost."""
        if self.edit.text().strip():
            self.add()

    def inputs(self) -> list[ActionInput]:
        found = []
        for i in range(self.tree.topLevelItemCount()):
            text, owner, due = self.tree.topLevelItem(i).data(0, ID_ROLE)
            kind, owner_id = owner if owner else (None, None)
            staff_id: uuid.UUID | None = owner_id if kind == STAFF else None
            contact_id: uuid.UUID | None = owner_id if kind == CONTACT else None
            found.append(
                ActionInput(
                    text, owner_staff_id=staff_id, owner_contact_id=contact_id, due_date=due
                )
            )
        return found
