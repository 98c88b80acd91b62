"""The stakeholder map: partners on a power/interest grid; drag one to re-rate it."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, QSaveFile, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import (
    QFileDialog,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QMessageBox,
    QWidget,
)

from popdesk.domain.dto import RatingDTO
from popdesk.errors import PopdeskError
from popdesk.services.problems import ProblemService
from popdesk.services.stakeholders import StakeholderService
from popdesk.views.forms.ui_stakeholder_map_view import Ui_StakeholderMapView
from popdesk.views.icons import icon
from popdesk.views.pages.base import Page
from popdesk.views.widgets import fill_combo

# A cell is wider than it is tall: names read across, and the map fills a wide panel.
CELL_W = 230  # pixels per step of interest
CELL_H = 118  # pixels per step of influence
MARGIN = 60
WIDTH, HEIGHT = CELL_W * 5, CELL_H * 5
PER_CELL = 4  # markers drawn in one cell; the rest are listed by "+N more"
LABEL_CHARACTERS = 30  # a name longer than this is cut in its middle (whole in its tooltip)
ORGANISATION_COLOUR, CONTACT_COLOUR = "#1f5fa8", "#8e44ad"
# (label, interest range, influence range, colour): the quadrants split between 2 and 3
QUADRANTS = (
    (QT_TRANSLATE_NOOP("StakeholderMapView", "Keep satisfied"), (1, 2), (3, 5), "#fff4e0"),
    (QT_TRANSLATE_NOOP("StakeholderMapView", "Manage closely"), (3, 5), (3, 5), "#fde7e7"),
    (QT_TRANSLATE_NOOP("StakeholderMapView", "Monitor"), (1, 2), (1, 2), "#f1f3f6"),
    (QT_TRANSLATE_NOOP("StakeholderMapView", "Keep informed"), (3, 5), (1, 2), "#e6f2ea"),
)


def cell_rect(interest: tuple[int, int], influence: tuple[int, int]) -> QRectF:
    left = MARGIN + (interest[0] - 1) * CELL_W
    top = MARGIN + (5 - influence[1]) * CELL_H
    return QRectF(
        left,
        top,
        (interest[1] - interest[0] + 1) * CELL_W,
        (influence[1] - influence[0] + 1) * CELL_H,
    )


def rating_at(point: QPointF) -> tuple[int, int]:
    """(interest, influence) of the cell under a scene point, kept within 1..5."""
    interest = int((point.x() - MARGIN) // CELL_W) + 1
    influence = 5 - int((point.y() - MARGIN) // CELL_H)
    return max(1, min(5, interest)), max(1, min(5, influence))


class PartnerMarker(QGraphicsEllipseItem):
    """One rated partner; dropped in another cell, it asks for the new rating to be stored."""

    RADIUS = 8

    def __init__(
        self, rating: RatingDTO, on_drop: Callable[[PartnerMarker, int, int], None]
    ) -> None:
        r = self.RADIUS
        super().__init__(-r, -r, 2 * r, 2 * r)
        self.rating = rating
        self.on_drop = on_drop
        colour = QColor(ORGANISATION_COLOUR if rating.subject_is_organisation else CONTACT_COLOUR)
        self.setBrush(QBrush(colour))
        self.setPen(QPen(Qt.GlobalColor.white, 2))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolTip(
            rating.subject.name
            + "\n"
            + QCoreApplication.translate(
                "StakeholderMapView", "influence {0}, interest {1}"
            ).format(rating.influence, rating.interest)
        )
        self.label = QGraphicsSimpleTextItem(_short(rating.subject.name, LABEL_CHARACTERS), self)
        font = QFont()
        font.setPointSize(9)
        font.setItalic(not rating.subject_is_organisation)  # a person, not an organisation
        self.label.setFont(font)
        self.label.setBrush(QBrush(colour.darker(130)))
        self.label.setPos(r + 4, -9)
        self.setZValue(2)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        interest, influence = rating_at(self.scenePos())
        self.on_drop(self, interest, influence)


class StakeholderMapView(Page):
    title = "Stakeholder map"

    def __init__(
        self,
        stakeholders: StakeholderService,
        problems: ProblemService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.stakeholders, self.problems = stakeholders, problems
        self.ui = Ui_StakeholderMapView()
        self.ui.setupUi(self)
        self.scene = QGraphicsScene(self)
        self.ui.map_view.setScene(self.scene)
        self.ui.map_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.markers: dict[uuid.UUID, PartnerMarker] = {}
        fill_combo(
            self.ui.show_combo,
            [
                (self.tr("Organisations and contacts"), "both"),
                (self.tr("Organisations"), "organisations"),
                (self.tr("Contacts"), "contacts"),
            ],
        )
        self.ui.export_button.setIcon(icon("open"))
        self.ui.problem_combo.currentIndexChanged.connect(self._draw)
        self.ui.show_combo.currentIndexChanged.connect(self._draw)
        self.ui.export_button.clicked.connect(lambda: self.export_png())

    def refresh(self) -> None:
        fill_combo(
            self.ui.problem_combo,
            [(p.title, p.id) for p in self.problems.list_problems()],
            first=(self.tr("Overall ratings"), None),
        )
        self._draw()

    def open_record(self, record_id: uuid.UUID) -> None:
        marker = self.markers.get(record_id)
        if marker is not None:
            self.scene.clearSelection()
            marker.setSelected(True)
            self.ui.map_view.centerOn(marker)

    def _draw(self) -> None:
        self.scene.clear()
        self.markers = {}
        self._grid()
        show = self.ui.show_combo.currentData() or "both"
        ratings = [
            r
            for r in self.stakeholders.ratings(problem_id=self.ui.problem_combo.currentData())
            if show == "both" or (show == "organisations") == r.subject_is_organisation
        ]
        by_cell: dict[tuple[int, int], list[RatingDTO]] = {}
        for r in ratings:
            by_cell.setdefault((r.interest, r.influence), []).append(r)
        for (interest, influence), here in by_cell.items():
            box = cell_rect((interest, interest), (influence, influence))
            shown = sorted(here, key=lambda x: x.subject.name)
            for n, r in enumerate(shown[:PER_CELL]):
                marker = PartnerMarker(r, self._dropped)
                marker.setPos(box.left() + 14, box.top() + 14 + n * 22)
                self.scene.addItem(marker)
                self.markers[r.subject.id] = marker
            if len(shown) > PER_CELL:  # a crowded cell lists the rest rather than piling up
                more = CellMembers(
                    self.tr("+{0} more: click to list").format(len(shown) - PER_CELL),
                    [r.subject.name for r in shown],
                    self,
                )
                more.setPos(box.left() + 8, box.top() + 14 + PER_CELL * 22 - 10)
                self.scene.addItem(more)
        self._legend()
        self.scene.setSceneRect(QRectF(0, 0, WIDTH + 2 * MARGIN + 20, HEIGHT + 2 * MARGIN))
        self.ui.map_view.fitInView(self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def _grid(self) -> None:
        big = QFont()
        big.setPointSize(13)
        big.setBold(True)
        for label, interest, influence, colour in QUADRANTS:
            rect = cell_rect(interest, influence)
            self.scene.addRect(rect, QPen(Qt.PenStyle.NoPen), QBrush(QColor(colour))).setZValue(-2)
            text = self.scene.addSimpleText(self.tr(label), big)
            text.setBrush(QBrush(QColor("#6b7785")))
            size = text.boundingRect()
            text.setPos(rect.right() - size.width() - 10, rect.bottom() - size.height() - 6)
            text.setZValue(-1)
        thin = QPen(QColor("#d5dbe3"))
        for step in range(6):
            y = MARGIN + step * CELL_H
            x = MARGIN + step * CELL_W
            self.scene.addLine(MARGIN, y, MARGIN + WIDTH, y, thin)
            self.scene.addLine(x, MARGIN, x, MARGIN + HEIGHT, thin)
        axis = QFont()
        axis.setPointSize(10)
        for value in range(1, 6):
            x = self.scene.addSimpleText(str(value), axis)
            x.setPos(MARGIN + (value - 0.5) * CELL_W - 4, MARGIN + HEIGHT + 6)
            y = self.scene.addSimpleText(str(value), axis)
            y.setPos(MARGIN - 20, MARGIN + (5 - value + 0.5) * CELL_H - 8)
        title = QFont()
        title.setPointSize(11)
        title.setBold(True)
        xt = self.scene.addSimpleText(self.tr("Interest →"), title)
        xt.setPos(MARGIN + WIDTH / 2 - 40, MARGIN + HEIGHT + 26)
        yt = self.scene.addSimpleText(self.tr("Influence →"), title)
        yt.setRotation(-90)
        yt.setPos(MARGIN - 50, MARGIN + HEIGHT / 2 + 45)

    def _legend(self) -> None:
        """Which marks are organisations and which are people, above the grid."""
        font = QFont()
        font.setPointSize(10)
        x = MARGIN
        for colour, words, italic in (
            (ORGANISATION_COLOUR, self.tr("Organisation"), False),
            (CONTACT_COLOUR, self.tr("Contact (a person)"), True),
        ):
            dot = self.scene.addEllipse(
                x, 22, 14, 14, QPen(Qt.GlobalColor.white, 2), QBrush(QColor(colour))
            )
            dot.setZValue(1)
            font.setItalic(italic)
            label = self.scene.addSimpleText(words, font)
            label.setPos(x + 20, 20)
            x += 20 + label.boundingRect().width() + 30
        hint = self.scene.addSimpleText(
            self.tr("Names in full in their tooltips; drag a mark to re-rate it."), font
        )
        font.setItalic(False)
        hint.setFont(font)
        hint.setBrush(QBrush(QColor("#6b7785")))
        hint.setPos(x + 10, 20)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.ui.map_view.fitInView(self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def _dropped(self, marker: PartnerMarker, interest: int, influence: int) -> None:
        r = marker.rating
        if (interest, influence) == (r.interest, r.influence):
            self._draw()  # back into its own cell: tidy it
            return
        self.rerate(r, interest, influence)

    def rerate(self, r: RatingDTO, interest: int, influence: int) -> None:
        try:
            self.stakeholders.rate(
                organisation_id=r.subject.id if r.subject_is_organisation else None,
                contact_id=None if r.subject_is_organisation else r.subject.id,
                problem_id=r.problem.id if r.problem else None,
                influence=influence,
                interest=interest,
            )
        except PopdeskError as exc:
            self.report(exc)
        else:
            self.status.emit(
                self.tr("{0}: influence {1}, interest {2}").format(
                    r.subject.name, influence, interest
                )
            )
        self._draw()

    def export_png(self, path: str | Path | None = None) -> Path | None:
        """Save the map as a PNG; written whole or not at all."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the map"),
                "stakeholder-map.png",
                self.tr("PNG pictures (*.png)"),
            )
            if not chosen:
                return None
            path = chosen
        target = Path(path)
        rect = self.scene.sceneRect()
        image = QImage(int(rect.width() * 2), int(rect.height() * 2), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.scene.clearSelection()
        self.scene.render(painter)
        painter.end()
        out = QSaveFile(str(target))
        if (
            not out.open(QSaveFile.OpenModeFlag.WriteOnly)
            or not image.save(out, "PNG")
            or not out.commit()
        ):
            out.cancelWriting()
            self.report(
                PopdeskError(self.tr("Could not save {0}: {1}").format(target, out.errorString()))
            )
            return None
        self.status.emit(self.tr("Saved the map to {0}").format(target))
        return target


class CellMembers(QGraphicsSimpleTextItem):
    """ "+N more" in a crowded cell: a click lists everyone in the cell."""

    def __init__(self, text: str, names: list[str], view: QWidget) -> None:
        super().__init__(text)
        self.names, self.view = names, view
        self.setBrush(QBrush(QColor("#1f5fa8")))
        self.setToolTip("\n".join(names))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setZValue(2)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.accept()
        self.show_members()

    def show_members(self) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.NoIcon,
            QCoreApplication.translate("StakeholderMapView", "In this cell"),
            "\n".join(self.names),
            QMessageBox.StandardButton.Close,
            self.view,
        )
        box.open()
        self.members_box = box
        return box


def _short(name: str, limit: int) -> str:
    """A long name cut in its middle, so two that differ only at the end stay apart."""
    if len(name) <= limit:
        return name
    head = (limit - 1) * 2 // 3
    return name[:head] + "…" + name[-(limit - 1 - head) :]
