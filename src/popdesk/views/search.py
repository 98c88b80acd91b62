"""Global search: results grouped by kind under the search box, opened with Enter or a click."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QTreeWidget, QTreeWidgetItem, QWidget

from popdesk.services.dto import SearchHit
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


class SearchPopup(QTreeWidget):
    """A list of hits floating below the search box; the box keeps the keyboard focus."""

    chosen = Signal(str, object)  # kind, id

    def __init__(
        self, edit: QLineEdit, search: Callable[[str], list[SearchHit]], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.edit = edit
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
        )

    def show_hits(self, typed: str, hits: list[SearchHit], error: str | None = None) -> None:
        if typed != self.edit.text():
            return  # a newer search is on its way
        self.clear()
        if error or not hits:
            empty = QTreeWidgetItem([error or self.tr("Nothing found for “{0}”").format(typed)])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addTopLevelItem(empty)
        groups: dict[str, QTreeWidgetItem] = {}
        first: QTreeWidgetItem | None = None
        for hit in hits:
            group = groups.get(hit.kind)
            if group is None:
                group = QTreeWidgetItem([self.tr(KIND_LABELS.get(hit.kind, hit.kind.title()))])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                groups[hit.kind] = group
                self.addTopLevelItem(group)
            item = QTreeWidgetItem(
                ["    " + hit.title + (f"  ·  {hit.detail}" if hit.detail else "")]
            )
            item.setData(0, ID_ROLE, (hit.kind, hit.id))
            group.addChild(item)
            first = first or item
        self.expandAll()
        if first is not None:
            self.setCurrentItem(first)
        self._place()
        self.show()
        self.raise_()

    def _place(self) -> None:
        parent = self.parentWidget()
        corner = self.edit.mapTo(parent, QPoint(0, self.edit.height() + 2))
        width = max(self.edit.width(), 520)
        x = min(corner.x(), parent.width() - width - 8)
        self.setGeometry(x, corner.y(), width, min(460, parent.height() - corner.y() - 30))

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
        self.chosen.emit(kind, record_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.edit
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
