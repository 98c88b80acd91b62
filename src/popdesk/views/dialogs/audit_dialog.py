"""The audit log for a supervisor: who did what to which record and when, filtered, exportable."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QMessageBox, QWidget

from popdesk.domain.dto import AuditDTO
from popdesk.domain.enums import AuditAction
from popdesk.errors import PopdeskError
from popdesk.services.audit import AuditService
from popdesk.views.detail import when
from popdesk.views.editing import keep_within_screen
from popdesk.views.forms.ui_audit_dialog import Ui_AuditDialog
from popdesk.views.i18n import error_text, label_of
from popdesk.views.models import Column, PagedTableModel
from popdesk.views.widgets import fill_combo, qdate, save_folder


class AuditDialog(QDialog):
    def __init__(self, audit: AuditService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.audit = audit
        self.ui = Ui_AuditDialog()
        self.ui.setupUi(self)
        keep_within_screen(self)  # a 1,024×768 laptop
        self.setWindowTitle(self.tr("Audit log"))
        fill_combo(
            self.ui.actor_combo, [(a, a) for a in audit.actors()], first=(self.tr("Anyone"), "")
        )
        fill_combo(
            self.ui.action_combo,
            [(label_of(a), a) for a in AuditAction],
            first=(self.tr("Any action"), None),
        )
        today = audit.context.today()
        self.ui.until_edit.setDate(qdate(today))
        self.ui.since_edit.setDate(QDate(2000, 1, 1))
        self.ui.since_edit.setMinimumDate(QDate(2000, 1, 1))
        self.ui.since_edit.setSpecialValueText(self.tr("the start"))
        self.model: PagedTableModel[AuditDTO] = PagedTableModel(
            [
                Column(self.tr("When (UTC)"), lambda e: f"{when(e.at.date())} {e.at:%H:%M}"),
                Column(self.tr("Who"), lambda e: e.actor),
                Column(self.tr("Action"), lambda e: label_of(e.action)),
                Column(self.tr("Record"), _record),
                Column(self.tr("What"), lambda e: e.summary),
                Column(self.tr("For"), lambda e: e.purpose or ""),
            ],
            self._fetch,
            parent=self,
        )
        table = self.ui.table
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(24)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in {0: 125, 1: 100, 2: 80, 3: 260, 5: 130}.items():
            table.setColumnWidth(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for signal in (
            self.ui.actor_combo.currentIndexChanged,
            self.ui.action_combo.currentIndexChanged,
            self.ui.since_edit.dateChanged,
            self.ui.until_edit.dateChanged,
        ):
            signal.connect(self.reload)
        self.ui.export_button.clicked.connect(self.choose_export)
        self.ui.button_box.rejected.connect(self.reject)
        self.reload()

    def filters(self) -> dict[str, object]:
        since = self.ui.since_edit.date()
        return {
            "actor": self.ui.actor_combo.currentData() or None,
            "action": _action(self.ui.action_combo.currentData()),
            "since": None if since == self.ui.since_edit.minimumDate() else _day(since),
            "until": _day(self.ui.until_edit.date()),
        }

    def _fetch(self, offset: int, limit: int) -> list[AuditDTO]:
        return self.audit.entries(offset=offset, limit=limit, **self.filters())  # type: ignore[arg-type]

    def reload(self) -> None:
        self.model.reload()
        total = self.audit.count()
        shown = self.model.rowCount()
        more = "+" if self.model.canFetchMore() else ""
        self.ui.count_label.setText(
            self.tr(
                "{0}{1} entries shown of {2} in the log. Entries cannot be changed or removed."
            ).format(shown, more, total)
            if total
            else self.tr("Nothing has been recorded yet.")
        )

    def choose_export(self) -> None:
        folder = save_folder()
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the audit log"),
            str(Path(folder) / "popdesk-audit-log.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        try:
            self.audit.export_csv(path, **self.filters())
        except (OSError, PopdeskError) as exc:
            QMessageBox.warning(self, self.tr("Not exported"), error_text(exc))
            return
        self.ui.count_label.setText(self.tr("Exported to {0}").format(path))


def _record(entry: AuditDTO) -> str:
    kind = entry.entity.replace("_", " ")
    return f"{kind}: {entry.record}" if entry.record else kind


def _action(value: object) -> AuditAction | None:
    if value in (None, ""):
        return None
    return AuditAction.parse(value)  # Qt hands enum data back as a plain string


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
