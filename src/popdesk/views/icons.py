"""popdesk's icon set, from the compiled resources. A module of its own, light to import, so the
window can draw its sidebar before anything else of the views is loaded."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QFile, QIODevice
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from popdesk.views.forms import popdesk_rc  # noqa: F401  (registers the :/icons resources)


def icon(name: str, colour: str | None = None) -> QIcon:
    """An icon from the set; ``colour`` redraws its strokes (white on the dark sidebar)."""
    if colour is None:
        return QIcon(f":/icons/{name}.svg")
    source = QFile(f":/icons/{name}.svg")
    source.open(QIODevice.OpenModeFlag.ReadOnly)
    svg = bytes(source.readAll().data()).replace(b"#2b3a55", colour.encode())
    source.close()
    renderer = QSvgRenderer(QByteArray(svg))
    pixmap = QPixmap(48, 48)
    pixmap.fill(QColor(0, 0, 0, 0))  # transparent; Qt's namespace is slow to load at start-up
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    return QIcon(pixmap)
