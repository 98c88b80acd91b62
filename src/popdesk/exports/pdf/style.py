"""The one document style every popdesk PDF shares.

A4; the protective marking in capitals, centred, in the header and the footer of every page;
the title, "page X of Y", and when and by whom the document was generated; PDF metadata. The
font is DejaVu Sans, embedded, so Welsh, Polish and Irish names print and extract as text.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from popdesk.exports.words import English, Words

FONT, BOLD, ITALIC = "PopdeskSans", "PopdeskSans-Bold", "PopdeskSans-Oblique"
NAVY = colors.HexColor("#1f3b5c")
GREY = colors.HexColor("#5b6673")
RULE = colors.HexColor("#c5ccd6")
SHADE = colors.HexColor("#eef2f7")
WARN = colors.HexColor("#8c1d18")
MARGIN = 18 * mm
_FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")


def _font_folder() -> Path:
    """resources/fonts in a source checkout; the system's DejaVu where that is missing."""
    here = Path(__file__).resolve()
    for folder in (
        here.parents[4] / "resources" / "fonts",  # src/popdesk/exports/pdf -> repository root
        here.parents[2] / "resources" / "fonts",  # bundled inside the package
        Path("/usr/share/fonts/truetype/dejavu"),
    ):
        if all((folder / name).is_file() for name in _FONT_FILES):
            return folder
    raise FileNotFoundError("The DejaVu Sans fonts popdesk prints with are missing.")


def register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = _font_folder()
    for name, file in zip((FONT, BOLD, ITALIC), _FONT_FILES, strict=True):
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD)


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, spaceAfter=3)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=GREY),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0),
        "head": ParagraphStyle(
            "head",
            parent=body,
            fontName=BOLD,
            fontSize=8.5,
            leading=10.5,
            textColor=colors.white,
            spaceAfter=0,
        ),
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=BOLD,
            fontSize=22,
            leading=27,
            textColor=NAVY,
            spaceAfter=6,
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontSize=12, leading=15, textColor=GREY, spaceAfter=14
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=BOLD,
            fontSize=13.5,
            leading=17,
            textColor=NAVY,
            spaceBefore=12,
            spaceAfter=5,
        ),
        "h2": ParagraphStyle(
            "h2", parent=body, fontName=BOLD, fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=2
        ),
        "marking": ParagraphStyle(
            "marking",
            parent=body,
            fontName=BOLD,
            fontSize=16,
            leading=20,
            alignment=TA_CENTER,
            textColor=WARN,
        ),
        "empty": ParagraphStyle("empty", parent=body, fontName=ITALIC, textColor=GREY),
    }


def text(value: object) -> str:
    """Escape store text for a Paragraph, keeping line breaks."""
    return escape("" if value is None else str(value)).replace("\n", "<br/>")


def nowrap(value: str) -> str:
    """Keep a phone number on one line (no break at its spaces)."""
    return value.replace(" ", "\u00a0")


@dataclass(frozen=True)
class DocumentInfo:
    title: str
    subject: str
    marking: str
    author: str
    generated_at: datetime
    words: Words = field(default_factory=English)  # the page furniture's language


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    empty: str = "None.",
) -> Flowable:
    """A table whose cells wrap (nothing overflows) and whose header row repeats on each page."""
    s = styles()
    if not rows:
        return Paragraph(text(empty), s["empty"])
    body = [[Paragraph(text(h), s["head"]) for h in headers]]
    for row in rows:
        body.append([c if isinstance(c, Flowable) else Paragraph(text(c), s["cell"]) for c in row])
    total = A4[0] - 2 * MARGIN
    result = Table(body, colWidths=[w * total for w in widths], repeatRows=1, hAlign="LEFT")
    result.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), NAVY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SHADE]),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return result


def facts(rows: Sequence[tuple[str, object]]) -> Flowable:
    """Label / value pairs, two columns, no header."""
    s = styles()
    body = [
        [Paragraph(text(k), s["small"]), Paragraph(text(v), s["body"])]
        for k, v in rows
        if v not in (None, "")
    ]
    result = Table(body, colWidths=[42 * mm, A4[0] - 2 * MARGIN - 42 * mm], hAlign="LEFT")
    result.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return result


def section(title: str, *content: Flowable) -> list[Flowable]:
    s = styles()
    first = (
        [Paragraph(text(title), s["h1"]), content[0]]
        if content
        else [Paragraph(text(title), s["h1"])]
    )
    return [KeepTogether(first), *content[1:]]


class _MarkedCanvas(canvas.Canvas):
    """Holds each page until the end, so every page can say "page X of Y"."""

    info: DocumentInfo

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._furniture(number, total)
            super().showPage()
        super().save()

    def _furniture(self, number: int, total: int) -> None:
        info = self.info
        width, height = A4
        self.saveState()
        self.setFillColor(WARN)
        self.setFont(BOLD, 10)
        marking = marking_text(info.words, info.marking)
        self.drawCentredString(width / 2, height - 11 * mm, marking)
        self.drawCentredString(width / 2, 6 * mm, marking)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, height - 13.5 * mm, width - MARGIN, height - 13.5 * mm)
        self.line(MARGIN, 17 * mm, width - MARGIN, 17 * mm)
        self.setFillColor(GREY)
        self.setFont(FONT, 7.5)
        w = info.words
        page = w.translate("Pdf", "Page {0} of {1}").format(number, total)
        self.drawRightString(width - MARGIN, height - 11 * mm, page)
        self.drawString(MARGIN, 13.5 * mm, info.title[:100])
        generated = w.translate("Pdf", "Generated {0} {1} by {2}").format(
            w.date(info.generated_at), f"{info.generated_at:%H:%M}", info.author
        )
        self.drawString(MARGIN, 10.5 * mm, generated[:100])
        self.drawRightString(width - MARGIN, 13.5 * mm, "popdesk")
        self.restoreState()


def marking_text(words: Words, marking: str) -> str:
    """The protective marking as printed: in the reader's language, with the English marking
    beside it when that differs ("SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE")."""
    english = marking.upper()
    shown = words.translate("Enums", english)
    return english if shown == english else f"{shown} / {english}"


def render(info: DocumentInfo, story: list[Flowable]) -> bytes:
    """Lay out ``story`` as an A4 PDF in the house style and return its bytes."""
    register_fonts()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=20 * mm,
        bottomMargin=22 * mm,
        title=info.title,
        author=info.author,
        subject=f"{info.subject} [{info.marking}]",
        creator="popdesk",
        keywords=[info.marking],
    )

    class Canvas(_MarkedCanvas):
        pass

    Canvas.info = info
    doc.build(story, canvasmaker=Canvas)
    return out.getvalue()


def spacer(height_mm: float = 4) -> Flowable:
    return Spacer(1, height_mm * mm)
