"""Global search: results grouped by kind under the search box, opened with Enter or a click."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from popdesk.domain.dto import SearchHit
from popdesk.views.detail import when
from popdesk.views.i18n import error_text
from popdesk.views.widgets import ID_ROLE
from popdesk.views.workers import run_in_background

KIND_LABELS = {
    "organisation": QT_TRANSLATE_NOOP("SearchPopup", "Organisations"),
    "contact": QT_TRANSLATE_NOOP("SearchPopup", "Contacts"),
    "staff": QT_TRANSLATE_NOOP("SearchPopup", "Staff"),
    "group": QT_TRANSLATE_NOOP("SearchPopup", "Groups"),
    "engagement": QT_TRANSLATE_NOOP("SearchPopup", "Engagements"),
    "action": QT_TRANSLATE_NOOP("SearchPopup", "Actions"),
    "problem": QT_TRANSLATE_NOOP("SearchPopup", "Problems"),
    "agreement": QT_TRANSLATE_NOOP("SearchPopup", "Agreements"),
}


PER_KIND = 5  # hits of one kind shown under the box; "Show all" opens the rest
SHOW_ALL = "show-all"


def hit_line(hit: SearchHit) -> str:
    """A hit as one line, with what tells it apart from others that read the same."""
    parts = [hit.title]
    if hit.when is not None:
        parts.append(when(hit.when))
    if hit.detail:
        parts.append(hit.detail)
    return "  ·  ".join(parts)


class SearchPopup(QTreeWidget):
    """A list of hits floating below the search box; the box keeps the keyboard focus."""

    chosen = Signal(str, object)  # kind, id

    def __init__(
        self, edit: QLineEdit, search: Callable[[str], list[SearchHit]], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.box = edit  # not "edit": that name is a virtual of QAbstractItemView
        self.search = search
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setAccessibleName(self.tr("Search results"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet(
            "QTreeWidget { border: 1px solid #9aa7b8; background: white; }"
            "QTreeWidget::item { padding: 3px; }"
        )
        self.hide()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self.run)
        self.pending = ""
        self.shown_for = ""  # the text whose hits are shown
        self.all_hits: list[SearchHit] = []
        self.results_dialog: SearchResultsDialog | None = None
        edit.textEdited.connect(self._typed)
        edit.installEventFilter(self)
        self.itemClicked.connect(lambda item, _column: self._open(item))

    def _typed(self, text: str) -> None:
        self.pending = text
        if not text.strip():
            self.hide()
            return
        self.timer.start()

    def run(self) -> None:
        wanted = self.pending
        run_in_background(
            lambda: self.search(wanted),
            lambda hits: self.show_hits(wanted, hits),
            lambda error: self.show_hits(wanted, [], error=error_text(error)),
            owner=self,
        )

    def show_hits(self, typed: str, hits: list[SearchHit], error: str | None = None) -> None:
        if typed != self.box.text():
            return  # a newer search is on its way
        self.shown_for = typed
        self.all_hits = hits
        self.clear()
        if error or not hits:
            empty = QTreeWidgetItem([error or self.tr("Nothing found for “{0}”").format(typed)])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addTopLevelItem(empty)
        by_kind: dict[str, list[SearchHit]] = {}
        for hit in hits:
            by_kind.setdefault(hit.kind, []).append(hit)
        first: QTreeWidgetItem | None = None
        for kind, kind_hits in by_kind.items():
            group = QTreeWidgetItem(
                [
                    self.tr("{0} ({1})").format(
                        self.tr(KIND_LABELS.get(kind, kind.title())), len(kind_hits)
                    )
                ]
            )
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.addTopLevelItem(group)
            for hit in kind_hits[:PER_KIND]:
                item = QTreeWidgetItem(["    " + hit_line(hit)])
                item.setToolTip(0, hit_line(hit))
                item.setData(0, ID_ROLE, (hit.kind, hit.id))
                group.addChild(item)
                first = first or item
            if len(kind_hits) > PER_KIND:
                more = QTreeWidgetItem(["    " + self.tr("Show all {0}…").format(len(kind_hits))])
                more.setData(0, ID_ROLE, (SHOW_ALL, kind))
                font = more.font(0)
                font.setItalic(True)
                more.setFont(0, font)
                group.addChild(more)
        self.expandAll()
        if first is not None:
            self.setCurrentItem(first)
        self._place()
        self.show()
        self.raise_()

    def _place(self) -> None:
        parent = self.parentWidget()
        corner = self.box.mapTo(parent, QPoint(0, self.box.height() + 2))
        width = max(self.box.width(), 520)
        x = min(corner.x(), parent.width() - width - 8)
        rows = sum(1 + self.topLevelItem(i).childCount() for i in range(self.topLevelItemCount()))
        needed = rows * max(self.sizeHintForRow(0), 1) + 2 * self.frameWidth() + 4
        room = parent.height() - corner.y() - 30
        self.setGeometry(x, corner.y(), width, max(40, min(460, needed, room)))

    def hits(self) -> list[QTreeWidgetItem]:
        found = []
        for i in range(self.topLevelItemCount()):
            group = self.topLevelItem(i)
            found += [group.child(j) for j in range(group.childCount())]
        return found

    def _move(self, step: int) -> None:
        hits = self.hits()
        if not hits:
            return
        current = self.currentItem()
        index = hits.index(current) if current in hits else -1
        self.setCurrentItem(hits[max(0, min(len(hits) - 1, index + step))])

    def _open(self, item: QTreeWidgetItem | None) -> None:
        if item is None or item.data(0, ID_ROLE) is None:
            return
        kind, record_id = item.data(0, ID_ROLE)
        self.hide()
        if kind == SHOW_ALL:
            self.show_all(record_id)
            return
        self.chosen.emit(kind, record_id)

    def show_all(self, kind: str | None = None) -> None:
        """Every hit of the latest search in a window of its own, opened at ``kind``."""
        dialog = SearchResultsDialog(self.shown_for, self.all_hits, kind, self.parentWidget())
        dialog.chosen.connect(self.chosen)
        self.results_dialog = dialog
        dialog.open()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            key = event.key()
            if key == Qt.Key.Key_Escape and self.isVisible():
                self.hide()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.isVisible():
                self._move(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.timer.isActive():  # typed and pressed Enter at once: search first
                    self.timer.stop()
                    self.run()
                    return True
                self._open(self.currentItem())
                return True
        return super().eventFilter(watched, event)


def as_uuid(value: object) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


class SearchResultsDialog(QDialog):
    """All hits of one search, by kind, each with its date and details; Enter or a double
    click opens one."""

    chosen = Signal(str, object)  # kind, id

    def __init__(
        self, typed: str, hits: list[SearchHit], kind: str | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search results for “{0}”").format(typed))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("{0} found for “{1}”").format(len(hits), typed)))
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Found"), self.tr("When"), self.tr("Details")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(self.tr("Search results"))
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        start: QTreeWidgetItem | None = None
        group: QTreeWidgetItem | None = None
        for hit in hits:
            if group is None or group.data(0, ID_ROLE) != hit.kind:
                group = QTreeWidgetItem([self.tr(KIND_LABELS.get(hit.kind, hit.kind.title()))])
                group.setData(0, ID_ROLE, hit.kind)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                self.tree.addTopLevelItem(group)
            item = QTreeWidgetItem([hit.title, when(hit.when), hit.detail])
            for column in range(3):
                item.setToolTip(column, item.text(column))
            item.setData(1, ID_ROLE, (hit.kind, hit.id))
            group.addChild(item)
            if start is None and (kind is None or hit.kind == kind):
                start = item
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setColumnWidth(0, 360)
        if start is not None:
            self.tree.setCurrentItem(start)
            self.tree.scrollToItem(start, QTreeWidget.ScrollHint.PositionAtTop)
        self.tree.itemActivated.connect(lambda item, _column: self._open(item))
        self.resize(900, 520)

    def _open(self, item: QTreeWidgetItem) -> None:
        chosen = item.data(1, ID_ROLE)
        if chosen is None:
            return
        self.accept()
        self.chosen.emit(*chosen)
