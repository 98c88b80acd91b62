"""Who is using popdesk: asked once for a store, changeable in Settings. The person chosen is
named on ticks, sign-offs, the audit log and the documents' footers."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from popdesk.views.widgets import choose, fill_combo


class UserDialog(QDialog):
    def __init__(
        self,
        staff: Sequence[tuple[str, uuid.UUID]],
        login: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is using popdesk?"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "popdesk names the person using it on the checklist items they tick, the "
                "sign-offs they record, the audit log and the documents they export. Choose "
                "yourself from the staff in this store (type part of your name). Until you do, "
                "popdesk records this computer's login, {0}. You can change this in File, "
                "Settings."
            ).format(login)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.staff_combo = QComboBox(self)
        self.staff_combo.setAccessibleName(self.tr("Staff member using popdesk"))
        fill_combo(self.staff_combo, staff)
        layout.addWidget(self.staff_combo)
        buttons = QDialogButtonBox(self)
        self.use_button = buttons.addButton(
            self.tr("&Use popdesk as this person"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.later_button = buttons.addButton(
            self.tr("&Not now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def choose(self, staff_id: uuid.UUID | None) -> None:
        choose(self.staff_combo, staff_id)

    def chosen(self) -> uuid.UUID | None:
        value = self.staff_combo.currentData()
        return value if isinstance(value, uuid.UUID) else None
