"""A row of filters and buttons that wraps onto a second line when the window is narrow."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QWidget,
)


class FlowLayout(QLayout):
    """Lays its widgets out left to right and starts a new line where the next would not fit;
    its height follows from its width, so the page below moves down instead of the window
    refusing to get narrower."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        needed = self._place(rect, move=True)
        holder = self.parentWidget()
        if isinstance(holder, _FlowHolder) and needed != holder.height():
            # The widgets' sizes settled after the holder took its height (styles, fonts and
            # texts arrive late on a first show): take the height the lines now need.
            QTimer.singleShot(0, holder, holder.fit)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _place(self, rect: QRect, *, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y, line = rect.x(), y + line + self._gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap
            line = max(line, hint.height())
        return y + line - rect.y()


class _FlowHolder(QWidget):
    """Holds a FlowLayout at the height its lines take at the width it is given (box layouts
    size a height-for-width item from its narrowest width, one widget a line)."""

    def __init__(self, flow: FlowLayout, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.flow = flow
        self.setLayout(flow)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(max(flow.minimumSize().height(), 1))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit()

    def fit(self) -> None:
        height = max(self.flow.heightForWidth(self.width()), 1)
        if height != self.height():
            self.setFixedHeight(height)


def wrap_row(row: QBoxLayout) -> FlowLayout:
    """Put a horizontal row's widgets into a FlowLayout in its place, each label kept with the
    field it names; stretches and spacers go (the flow leaves the rest of a line empty)."""
    parent = row.parentWidget()
    outer = next(
        (
            layout
            for layout in ([parent.layout()] if parent is not None else [])
            + (parent.findChildren(QLayout) if parent is not None else [])
            if layout is not None and layout is not row and layout.indexOf(row) >= 0
        ),
        None,
    )
    widgets: list[QWidget] = []
    while row.count():
        item = row.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widgets.append(widget)
    flow = FlowLayout()
    index = 0
    while index < len(widgets):
        widget = widgets[index]
        if isinstance(widget, QLabel) and index + 1 < len(widgets):
            pair = QWidget(parent)
            pair.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            pair_layout = QHBoxLayout(pair)
            pair_layout.setContentsMargins(0, 0, 0, 0)
            pair_layout.addWidget(widget)
            pair_layout.addWidget(widgets[index + 1])
            flow.addWidget(pair)
            index += 2
            continue
        flow.addWidget(widget)
        index += 1
    holder = _FlowHolder(flow, parent)
    if isinstance(outer, QBoxLayout):
        position = outer.indexOf(row)
        outer.removeItem(row)
        outer.insertWidget(position, holder)
    row.deleteLater()
    return flow
