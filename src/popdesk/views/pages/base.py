"""What every page of the main window offers the window."""

from __future__ import annotations

import uuid
from typing import Any
from urllib.parse import unquote

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHeaderView,
    QMessageBox,
    QTableView,
    QWidget,
)

from popdesk.errors import PopdeskError
from popdesk.views.i18n import error_text
from popdesk.views.models import PagedTableModel
from popdesk.views.widgets import confirm, copy_to_clipboard

# Opening a record pages through at most this many rows to select it in its list; beyond
# that its details are shown straight away (a long list is never loaded whole).
FIND_LIMIT = 2000


class ColumnFitter(QObject):
    """Keeps a table's short columns as wide as what they show (never wider than the width
    given) and, on a narrow window, narrows them in proportion so the stretching column keeps
    at least MEANING_SHARE of the table."""

    MEANING_SHARE = 0.35
    SHORT = 140

    def __init__(self, table: QTableView, widest: dict[int, int], parent: QObject) -> None:
        super().__init__(parent)
        self.table = table
        self.widest = widest
        self.natural = dict(widest)
        table.viewport().installEventFilter(self)

    def fit(self) -> None:
        """Measure the columns against the rows now shown, then share out the width."""
        header = self.table.horizontalHeader()
        if self.table.model() is None or not self.table.model().rowCount():
            return
        for column, widest in self.widest.items():
            needed = max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            self.natural[column] = min(widest, needed + 6)
        self.share()

    def share(self) -> None:
        """Short columns (dates, types, states: at most SHORT wide) keep their width; longer
        ones (names) give up width in proportion, and show the rest in their tooltips."""
        room = self.table.viewport().width()
        short = sum(w for w in self.natural.values() if w <= self.SHORT)
        names = sum(w for w in self.natural.values() if w > self.SHORT)
        budget = room * (1 - self.MEANING_SHARE) - short
        scale = min(1.0, max(budget, 0) / names) if names and room > 0 else 1.0
        for column, width in self.natural.items():
            if width > self.SHORT:
                width = max(self.SHORT // 2, int(width * scale))
            self.table.setColumnWidth(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.share()
        return False


class Page(QWidget):
    """A section of the main window."""

    status = Signal(str)  # a short message for the status bar
    navigate = Signal(str, object)  # (kind, id): open a record on another page

    title = ""
    dialog: Any = None  # the dialog this page last opened

    def keep_dialog(self, dialog: QDialog) -> None:
        """Hold the newly opened dialog; the one before it is deleted (it is no longer shown)."""
        if self.dialog is not None and not self.dialog.isVisible():
            self.dialog.deleteLater()
        self.dialog = dialog

    def refresh(self) -> None:
        """Reload what the page shows from the store."""

    def open_record(self, record_id: uuid.UUID) -> None:
        """Show one record (from search or a link)."""

    def new_record(self) -> None:
        """Ctrl+N on this page."""

    # shared helpers -----------------------------------------------------------------------

    WRAPPED_ROWS: tuple[str, ...] = ("filter_layout",)  # rows of the form that may wrap

    def relax_filters(self, narrowest: int = 80) -> None:
        """Let filter fields give up width on a small screen (their lists still show in full),
        and let the row of filters and buttons wrap onto a second line instead of holding the
        window wide."""
        if not getattr(self, "_wrapped", False):
            from popdesk.views.flow import wrap_row

            for name in self.WRAPPED_ROWS:
                row = getattr(getattr(self, "ui", None), name, None)
                if row is not None:
                    wrap_row(row)
            self._wrapped = True
        for field in self.findChildren(QComboBox) + self.findChildren(QDateEdit):
            field.setMinimumWidth(min(field.minimumSizeHint().width(), narrowest))
            if isinstance(field, QComboBox):
                field.view().setMinimumWidth(max(field.view().minimumWidth(), 300))

    def setup_table(
        self, table: QTableView, model: PagedTableModel, widths: dict[int, int], stretch: int
    ) -> None:
        """The given columns fitted to what they show (at most the width given, at least their
        heading); ``stretch``, the column that carries the meaning, takes the room left, so the
        table never needs a horizontal scroll bar. Text too long is cut in the middle, so two
        names that differ only at the end can be told apart, and shown whole in a tooltip."""
        table.setModel(model)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(26)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in widths.items():
            table.setColumnWidth(column, width)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        fitter = ColumnFitter(table, widths, self)
        model.modelReset.connect(lambda: QTimer.singleShot(0, fitter, fitter.fit))

    def select_row(self, table: QTableView, row: int) -> None:
        if row < 0:
            return
        index = table.model().index(row, 0)
        table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.scrollTo(index)

    def current_row(self, table: QTableView) -> int:
        index: QModelIndex = table.currentIndex()
        return index.row() if index.isValid() else -1

    def follow_link(self, url: QUrl) -> None:
        """copy:TEXT copies; open:KIND:ID opens a record."""
        text = url.toString()
        if text.startswith("copy:"):
            value = unquote(text[5:])
            copy_to_clipboard(value)
            self.status.emit(
                self.tr("Copied {0}; it is cleared from the clipboard after 30 seconds").format(
                    value
                )
            )
        elif text.startswith("open:"):
            _, kind, record_id = text.split(":", 2)
            self.navigate.emit(kind, uuid.UUID(record_id))

    def confirm(self, title: str, question: str, yes: str) -> bool:
        return confirm(self, title, question, yes)

    def report(self, error: PopdeskError) -> None:
        QMessageBox.warning(self, self.tr("popdesk"), error_text(error))


class EditablePage(Page):
    """A page of records that are created and edited in a dialog and deactivated, not deleted.

    Subclasses say how to make the dialog, how to (de)activate, and what to ask first.
    """

    def current(self) -> Any:
        raise NotImplementedError

    def make_dialog(self, record: Any) -> QDialog:
        """A dialog with a ``saved`` signal carrying the saved record."""
        raise NotImplementedError

    def set_active(self, record: Any, active: bool) -> Any:
        raise NotImplementedError

    def deactivate_question(self, record: Any) -> tuple[str, str]:
        """(title, question) asked before deactivating ``record``."""
        raise NotImplementedError

    def new_record(self) -> None:
        self._open_dialog(None)

    def edit_current(self) -> None:
        record = self.current()
        if record is not None:
            self._open_dialog(record)

    def _open_dialog(self, record: Any) -> None:
        self.keep_dialog(self.make_dialog(record))
        self.dialog.saved.connect(self._saved)
        self.dialog.open()

    def _saved(self, record: Any) -> None:
        self.status.emit(self.tr("Saved {0}").format(record.name))
        self.model.reload()  # type: ignore[attr-defined]
        self.open_record(record.id)

    def toggle_active(self) -> None:
        record = self.current()
        if record is None:
            return
        if record.active:
            title, question = self.deactivate_question(record)
            if not self.confirm(title, question, self.tr("Deactivate")):
                return
        try:
            changed = self.set_active(record, not record.active)
        except PopdeskError as exc:
            self.report(exc)
            return
        verb = self.tr("reactivated") if changed.active else self.tr("deactivated")
        self.status.emit(f"{changed.name} {verb}")
        self.refresh()
