"""A lazy table model: rows arrive a page at a time as the view scrolls (canFetchMore)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

RECORD_ROLE = Qt.ItemDataRole.UserRole
WARNING_BACKGROUND = QColor("#fdecea")
WARNING_TEXT = QColor("#8c1d18")


@dataclass(frozen=True)
class Column(Generic[T]):
    header: str
    value: Callable[[T], str]
    width: int | None = None  # a hint in characters


class PagedTableModel(QAbstractTableModel, Generic[T]):
    """Rows of DTOs from ``fetch(offset, limit)``; ``flag(row)`` marks rows needing attention."""

    def __init__(
        self,
        columns: Sequence[Column[T]],
        fetch: Callable[[int, int], Sequence[T]],
        *,
        flag: Callable[[T], str | None] = lambda row: None,
        page_size: int = 200,
        first_page: int = 60,
        parent: QObject | None = None,
    ) -> None:
        # Owned by its page: without a Qt parent, Python's garbage collector may delete the
        # model while the table view still uses it (a crash when the page goes away).
        super().__init__(parent)
        self._columns = list(columns)
        self._fetch = fetch
        self._flag = flag
        self._page = page_size
        self._first = first_page  # a screenful: the rows seen first come without waiting for more
        self._rows: list[T] = []
        self._done = False

    # loading ------------------------------------------------------------------------------

    def reload(self, fetch: Callable[[int, int], Sequence[T]] | None = None) -> None:
        """Start again from the first page (after a filter or an edit)."""
        self.beginResetModel()
        if fetch is not None:
            self._fetch = fetch
        self._rows = []
        self._done = False
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._done

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._done:
            return
        size = self._page if self._rows else self._first
        more = list(self._fetch(len(self._rows), size))
        if len(more) < size:
            self._done = True
        if more:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def row_of(self, predicate: Callable[[T], bool], *, load_up_to: int = 2000) -> int:
        """The row of the first record matching, loading pages as needed (or -1)."""
        while True:
            for number, record in enumerate(self._rows):
                if predicate(record):
                    return number
            if self._done or len(self._rows) >= load_up_to:
                return -1
            self.fetchMore(QModelIndex())

    def record(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @property
    def loaded(self) -> int:
        return len(self._rows)

    # Qt model -----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            # module-level columns mark their headers with QT_TRANSLATE_NOOP("Columns", ...)
            return QCoreApplication.translate("Columns", self._columns[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._columns[index.column()].value(record)
            if role == Qt.ItemDataRole.ToolTipRole:
                flag = self._flag(record)
                return f"{text}\n{flag}" if flag else (text or None)
            return text
        if role == RECORD_ROLE:
            return record
        flag = self._flag(record)
        if flag and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(WARNING_BACKGROUND)
        if flag and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(WARNING_TEXT)
        return None
