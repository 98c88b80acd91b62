"""The one document style every popdesk PDF shares.

A4; the protective marking in capitals, centred, in the header and the footer of every page;
the title, "page X of Y", and when and by whom the document was generated; PDF metadata. The
font is DejaVu Sans, embedded, so Welsh, Polish and Irish names print and extract as text.
"""

from __future__ import annotations

import io
import re
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
        "warning": ParagraphStyle("warning", parent=body, fontName=BOLD, textColor=WARN),
    }


NBSP = "\u00a0"
# A date as the documents write it (25 Nov 2026, 25 Tach 2026), with or without a time.
_DATE = re.compile(r"\b\d{1,2} [^\W\d_]{3,12}\.? \d{4}(?:,? \d{1,2}:\d{2})?\b")
_EMAIL = re.compile(r"[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+")
_EMAIL_SPLIT = re.compile(f"({_EMAIL.pattern})").split
_BREAKS = re.compile(r"(?<=[@.])")  # where an address may break: after "@" or "."
_SPACES = re.compile(r"[ \t\n]+")  # where reportlab breaks lines (not at a no-break space)
PADDING = 4  # left and right padding of table cells, in points


def text(value: object) -> str:
    """Escape store text for a Paragraph, keeping line breaks; dates never break."""
    return escape(_keep_dates("" if value is None else str(value))).replace("\n", "<br/>")


def _keep_dates(plain: str) -> str:
    """Dates with no-break spaces, so a line never ends inside one."""
    return _DATE.sub(lambda m: m.group(0).replace(" ", NBSP), plain)


def nowrap(value: str) -> str:
    """Keep a phone number on one line (no break at its spaces)."""
    return value.replace(" ", NBSP)


def _width(word: str, style: ParagraphStyle) -> float:
    return float(pdfmetrics.stringWidth(word, style.fontName, style.fontSize))


def _narrowest(cell: str, style: ParagraphStyle) -> float:
    """The width a cell cannot be narrower than without breaking inside a word: its widest
    word, an address counted by its widest piece between the places it may break."""
    widest = 0.0
    for word in _SPACES.split(_keep_dates(cell)):  # the text as printed, not its markup
        pieces = _BREAKS.split(word) if _EMAIL.fullmatch(word) else [word]
        widest = max([widest] + [_width(piece, style) for piece in pieces])
    return widest + 2 * PADDING + 1


def _fit_widths(wanted: list[float], narrowest: list[float]) -> list[float]:
    """The widths asked for, widened where a column's words would otherwise be cut, the
    difference taken from the columns with room to spare, in proportion to that room."""
    widths = [max(w, n) for w, n in zip(wanted, narrowest, strict=True)]
    excess = sum(widths) - sum(wanted)
    spare = [max(0.0, w - n) for w, n in zip(wanted, narrowest, strict=True)]
    room = sum(spare)
    if excess <= 0 or room <= 0:
        return widths
    share = min(1.0, excess / room)
    return [w - room_here * share for w, room_here in zip(widths, spare, strict=True)]


def _cell(value: str, style: ParagraphStyle, width: float) -> Paragraph:
    """A cell's paragraph; an address too wide for its column is broken after "@" or "."
    (never inside a name, where a reader would take the break for part of the address)."""
    inner = width - 2 * PADDING - 1
    marked = []
    for index, part in enumerate(_EMAIL_SPLIT(value)):
        if index % 2 and _width(part, style) > inner:
            marked.append("<br/>".join(escape(p) for p in _wrap_address(part, style, inner)))
        else:
            marked.append(text(part))
    return Paragraph("".join(marked), style)


def _wrap_address(address: str, style: ParagraphStyle, inner: float) -> list[str]:
    parts: list[str] = []
    for piece in _BREAKS.split(address):
        if parts and _width(parts[-1] + piece, style) <= inner:
            parts[-1] += piece
        else:
            parts.append(piece)
    return parts


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
    total = A4[0] - 2 * MARGIN
    cells = [
        ["" if c is None else c if isinstance(c, Flowable) else str(c) for c in row] for row in rows
    ]
    narrowest = [
        max(
            [_narrowest(h, s["head"])]
            + [_narrowest(row[i], s["cell"]) for row in cells if isinstance(row[i], str)]
        )
        for i, h in enumerate(headers)
    ]
    fitted = _fit_widths([w * total for w in widths], narrowest)
    body: list[list[Any]] = [[Paragraph(text(h), s["head"]) for h in headers]]
    for row in cells:
        body.append(
            [
                c if isinstance(c, Flowable) else _cell(c, s["cell"], fitted[i])
                for i, c in enumerate(row)
            ]
        )
    result = Table(body, colWidths=fitted, repeatRows=1, hAlign="LEFT")
    result.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), NAVY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SHADE]),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
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


class _MarkedCanvas(canvas.Canvas):  # type: ignore[misc]  # reportlab is untyped
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
