"""Import contacts: choose a file, map its columns if popdesk does not know them, check a preview
of every row, then import all of it in one go (or none of it) with progress."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QFileDialog, QHeaderView, QLabel, QWidget, QWizard

from popdesk.errors import PopdeskError
from popdesk.interchange.csv_contacts import MAPPABLE, guess_mapping
from popdesk.services.contact_import import ImportPlan, ImportResult, ImportService, csv_table
from popdesk.views.editing import keep_within_screen
from popdesk.views.forms.ui_import_wizard import Ui_ImportWizard
from popdesk.views.i18n import error_text
from popdesk.views.models import WARNING_BACKGROUND
from popdesk.views.widgets import show_error
from popdesk.views.workers import run_in_background

FILE, MAPPING, PREVIEW, DONE = range(4)
# The fields a column can be mapped to (csv_contacts.MAPPABLE), as the wizard shows them.
FIELD_LABELS = (
    QT_TRANSLATE_NOOP("ImportWizard", "Full name"),
    QT_TRANSLATE_NOOP("ImportWizard", "First name"),
    QT_TRANSLATE_NOOP("ImportWizard", "Last name"),
    QT_TRANSLATE_NOOP("ImportWizard", "Organisation"),
    QT_TRANSLATE_NOOP("ImportWizard", "Job title"),
    QT_TRANSLATE_NOOP("ImportWizard", "Phone"),
    QT_TRANSLATE_NOOP("ImportWizard", "Mobile"),
    QT_TRANSLATE_NOOP("ImportWizard", "Email"),
    QT_TRANSLATE_NOOP("ImportWizard", "Notes"),
)
STATUS_TEXT = {
    "new": QT_TRANSLATE_NOOP("ImportWizard", "New"),
    "duplicate": QT_TRANSLATE_NOOP("ImportWizard", "Already in popdesk"),
    "invalid": QT_TRANSLATE_NOOP("ImportWizard", "Refused"),
}


class _Progress(QObject):
    """Carries progress from the worker thread to the wizard (a queued signal)."""

    moved = Signal(int, int)


class ImportWizard(QWizard):
    imported = Signal(object)  # ImportResult

    def __init__(self, imports: ImportService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.imports = imports
        self.ui = Ui_ImportWizard()
        self.ui.setupUi(self)
        keep_within_screen(self)  # a 1,024×768 laptop
        self.setWindowTitle(self.tr("Import contacts"))
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.headers: list[str] = []
        self.sample: dict[str, str] = {}  # the first row, to show what each column holds
        self.combos: dict[str, QComboBox] = {}
        self._importing = False
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)
        for label in (self.ui.file_error, self.ui.mapping_error):
            label.setStyleSheet("color: #b3261e;")
            show_error(label, None)
        self.ui.formats_label.setText(
            self.tr(
                "Recognised without any setting up: popdesk's own CSV, Outlook's and Google "
                "Contacts' CSV exports, and vCard files (.vcf) from Outlook, Apple Contacts, "
                "Google and Android phones. Any other CSV: you say which column holds what."
            )
        )
        self.ui.browse_button.clicked.connect(self._browse)
        self.ui.problems_check.toggled.connect(lambda _on: self._fill_preview())
        self.ui.progress_bar.setVisible(False)
        self.ui.preview_page.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.preview_model = QStandardItemModel(0, 4, self)
        self.preview_model.setHorizontalHeaderLabels(
            [self.tr("What happens"), self.tr("Name"), self.tr("Organisation"), self.tr("Why")]
        )
        table = self.ui.preview_table
        table.setModel(self.preview_model)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(table.EditTrigger.NoEditTriggers)
        for column, width in {0: 140, 1: 200, 2: 220}.items():
            table.setColumnWidth(column, width)
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    # pages --------------------------------------------------------------------------------

    def nextId(self) -> int:
        page = self.currentId()
        if page == FILE:
            return MAPPING if self.plan is None and self.headers else PREVIEW
        if page == MAPPING:
            return PREVIEW
        if page == PREVIEW:
            return DONE
        return -1

    def validateCurrentPage(self) -> bool:
        page = self.currentId()
        if page == FILE:
            return self._read_file()
        if page == MAPPING:
            return self._apply_mapping()
        if page == PREVIEW:
            return self._import()
        return True

    def _browse(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DownloadLocation
        ) or str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import contacts from"),
            folder,
            self.tr("Contacts (*.csv *.vcf *.vcard);;All files (*)"),
        )
        if name:
            self.ui.file_edit.setText(name)

    def _read_file(self) -> bool:
        show_error(self.ui.file_error, None)
        text = self.ui.file_edit.text().strip()
        if not text:
            show_error(self.ui.file_error, self.tr("Choose the file to import."))
            return False
        path = Path(text).expanduser()
        self.plan, self.headers = None, []
        try:
            if path.suffix.lower() in (".csv", ".txt"):
                table = csv_table(path)
                if table.layout is None:
                    self.headers = table.headers
                    first = table.rows[0][1] if table.rows else []
                    self.sample = {
                        h: (first[i] if i < len(first) else "") for i, h in enumerate(table.headers)
                    }
                    self._build_mapping(table.headers)
                    return True
            self.plan = self.imports.read(path)
        except PopdeskError as exc:
            show_error(self.ui.file_error, error_text(exc))
            return False
        self._fill_preview()
        return True

    def _build_mapping(self, headers: list[str]) -> None:
        grid = self.ui.mapping_grid
        while grid.count():
            item = grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        guessed = guess_mapping(headers)
        self.combos = {}
        for row, (field, (label, _)) in enumerate(MAPPABLE.items()):
            combo = QComboBox(self.ui.mapping_page)
            combo.addItem(self.tr("(not in this file)"), "")
            for header in headers:
                combo.addItem(header, header)
            if field in guessed:
                combo.setCurrentIndex(combo.findData(guessed[field]))
            combo.setAccessibleName(self.tr(label))
            caption = QLabel(self.tr(label), self.ui.mapping_page)
            caption.setBuddy(combo)
            example = QLabel(self.ui.mapping_page)
            example.setStyleSheet("color: #5f6368;")

            def show_example(
                _index: int, combo: QComboBox = combo, example: QLabel = example
            ) -> None:
                value = self.sample.get(combo.currentData() or "", "")
                example.setText(self.tr("e.g. {0}").format(value[:60]) if value else "")

            combo.currentIndexChanged.connect(show_example)
            show_example(0)
            grid.addWidget(caption, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(example, row, 2)
            self.combos[field] = combo
        grid.setColumnStretch(2, 1)

    def mapping(self) -> dict[str, str]:
        return {f: c.currentData() for f, c in self.combos.items() if c.currentData()}

    def _apply_mapping(self) -> bool:
        show_error(self.ui.mapping_error, None)
        try:
            self.plan = self.imports.read(Path(self.ui.file_edit.text().strip()), self.mapping())
        except PopdeskError as exc:
            show_error(self.ui.mapping_error, error_text(exc))
            return False
        self._fill_preview()
        return True

    def _fill_preview(self) -> None:
        plan = self.plan
        if plan is None:
            return
        self.ui.summary_label.setText(
            self.tr("{0} ({1}): {2}.").format(plan.source, plan.kind, plan.summary())
        )
        orgs = plan.new_organisations
        self.ui.organisations_label.setText(
            self.tr("New organisations, made with their sector to be set: {0}").format(
                ", ".join(orgs)
            )
            if orgs
            else ""
        )
        self.ui.organisations_label.setVisible(bool(orgs))
        model = self.preview_model
        model.removeRows(0, model.rowCount())
        only_problems = self.ui.problems_check.isChecked()
        for row in plan.rows:
            if only_problems and row.status == "new" and not row.reason:
                continue
            cells = [
                QStandardItem(self.tr(STATUS_TEXT[row.status])),
                QStandardItem(row.incoming.name or self.tr("(no name)")),
                QStandardItem(row.incoming.organisation or ""),
                QStandardItem(row.reason or ""),
            ]
            for cell in cells:
                cell.setToolTip(cell.text())
                if row.status != "new" or row.reason:
                    cell.setBackground(WARNING_BACKGROUND)
            model.appendRow(cells)
        new = plan.count("new")
        self.setButtonText(
            QWizard.WizardButton.CommitButton,
            self.tr("&Import {0} contacts").format(new) if new else self.tr("&Import"),
        )

    def _import(self) -> bool:
        """Run the import off the GUI thread; the page moves on once it has finished."""
        if self.result is not None:
            return True
        if self.plan is None or self.plan.count("new") == 0:
            self.ui.summary_label.setText(self.tr("There is nothing new to import."))
            return False
        if self._importing:
            return False
        self._importing = True
        self.ui.progress_bar.setVisible(True)
        self.ui.progress_bar.setRange(0, self.plan.count("new"))
        for button in (
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(button).setEnabled(False)
        plan = self.plan
        run_in_background(
            lambda: self.imports.commit(plan, progress=self._progress.moved.emit),
            self._done,
            self._failed,
            owner=self,
        )
        return False

    def _moved(self, done: int, total: int) -> None:
        self.ui.progress_bar.setRange(0, total)
        self.ui.progress_bar.setValue(done)

    def _done(self, result: ImportResult) -> None:
        self._importing = False
        self.result = result
        self.ui.result_label.setText(
            self.tr(
                "Imported {0} contacts and {1} new organisations; {2} rows were left out."
            ).format(result.contacts, result.organisations, result.skipped)
        )
        self.imported.emit(result)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        self.next()

    def _failed(self, error: BaseException) -> None:
        self._importing = False
        self.ui.progress_bar.setVisible(False)
        for button in (
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(button).setEnabled(True)
        if not isinstance(error, PopdeskError):
            raise error
        self.ui.summary_label.setText(
            self.tr("Nothing was imported: {0}").format(error_text(error))
        )

    def keyPressEvent(self, event: object) -> None:  # type: ignore[override]
        if self._importing and getattr(event, "key", lambda: None)() == Qt.Key.Key_Escape:
            return  # an import under way finishes, whole or not at all
        super().keyPressEvent(event)  # type: ignore[arg-type]
