"""Pieces shared by the editing dialogs: saving with errors shown beside their fields, and the
follow-up actions editor of the engagement and meeting dialogs."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
)

from popdesk.errors import PopdeskError, ValidationError
from popdesk.services.engagements import ActionInput
from popdesk.views.i18n import error_text
from popdesk.views.widgets import ID_ROLE, show_error

STAFF, CONTACT = "staff", "contact"


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
