"""Edit the handover checklist templates: items in order, each required or optional."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QWidget

from popdesk.domain.dto import TemplateDTO
from popdesk.errors import PopdeskError
from popdesk.services.checklists import ChecklistService
from popdesk.views.editing import FormDialog
from popdesk.views.forms.ui_templates_dialog import Ui_TemplatesDialog
from popdesk.views.i18n import error_text
from popdesk.views.widgets import fill_combo, show_error


class TemplatesDialog(FormDialog):
    def __init__(self, checklists: ChecklistService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checklists = checklists
        self.ui = Ui_TemplatesDialog()
        self.ui.setupUi(self)
        self.templates: list[TemplateDTO] = []
        self._load()
        self.ui.template_combo.currentIndexChanged.connect(self._show)
        self.ui.add_item_button.clicked.connect(self.add_item)
        self.ui.new_item_edit.returnPressed.connect(self.add_item)
        self.ui.remove_item_button.clicked.connect(self._remove)
        self.ui.up_button.clicked.connect(lambda: self._move(-1))
        self.ui.down_button.clicked.connect(lambda: self._move(1))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)

    def _load(self, keep: object = None) -> None:
        self.templates = self.checklists.templates()
        fill_combo(
            self.ui.template_combo,
            [(t.name, t.id) for t in self.templates],
            first=(self.tr("New template…"), None),
            keep=keep or (self.templates[0].id if self.templates else None),
        )
        self._show()

    def _show(self) -> None:
        chosen = next(
            (t for t in self.templates if t.id == self.ui.template_combo.currentData()), None
        )
        self.ui.name_edit.setText(chosen.name if chosen else "")
        self.ui.default_check.setChecked(bool(chosen and chosen.is_default))
        self.ui.items_list.clear()
        for title, required in chosen.items if chosen else ():
            self._add(title, required)

    def _add(self, title: str, required: bool) -> None:
        item = QListWidgetItem(title)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
        item.setCheckState(Qt.CheckState.Checked if required else Qt.CheckState.Unchecked)
        self.ui.items_list.addItem(item)

    def add_item(self) -> None:
        text = self.ui.new_item_edit.text().strip()
        if text:
            self._add(text, True)
            self.ui.new_item_edit.clear()

    def _remove(self) -> None:
        for item in self.ui.items_list.selectedItems():
            self.ui.items_list.takeItem(self.ui.items_list.row(item))

    def _move(self, step: int) -> None:
        row = self.ui.items_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.ui.items_list.count():
            return
        item = self.ui.items_list.takeItem(row)
        self.ui.items_list.insertItem(target, item)
        self.ui.items_list.setCurrentRow(target)

    def items(self) -> list[tuple[str, bool]]:
        rows = (self.ui.items_list.item(i) for i in range(self.ui.items_list.count()))
        return [(r.text(), r.checkState() == Qt.CheckState.Checked) for r in rows]

    def save(self) -> None:
        show_error(self.ui.form_error, None)
        try:
            saved = self.checklists.save_template(
                name=self.ui.name_edit.text(),
                items=self.items(),
                template_id=self.ui.template_combo.currentData(),
                make_default=self.ui.default_check.isChecked(),
            )
        except PopdeskError as exc:
            show_error(self.ui.form_error, error_text(exc))
            return
        self._load(keep=saved.id)
        show_error(self.ui.form_error, None)
        self.setWindowTitle(self.tr("Checklist templates – saved {0}").format(saved.name))
