"""The recovery key on paper: the one way into a store when the passphrase and keyring are gone."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from popdesk.exports.pdf.style import DocumentInfo, facts, render, spacer, styles, text
from popdesk.exports.words import English, Words

MARKING = "OFFICIAL-SENSITIVE"


def build(
    *,
    store: str,
    recovery_key: str,
    author: str,
    generated_at: datetime,
    words: Words | None = None,
) -> bytes:
    w = words or English()
    s = styles()
    key_style = ParagraphStyle(
        "key", parent=s["body"], fontName="Courier-Bold", fontSize=17, leading=24, spaceAfter=8
    )
    story: list[Flowable] = [
        Paragraph(text(w.translate("Pdf", "popdesk recovery key")), s["title"]),
        Paragraph(text(w.translate("Pdf", "For the store {0}").format(store)), s["subtitle"]),
        Paragraph(text(recovery_key), key_style),
        spacer(),
        facts(
            [
                (w.translate("Pdf", "Store"), store),
                (w.translate("Pdf", "Issued"), f"{w.date(generated_at)} {generated_at:%H:%M}"),
                (w.translate("Pdf", "Issued by"), author),
            ]
        ),
        spacer(6),
        Paragraph(
            text(
                w.translate(
                    "Pdf",
                    "This key opens the store if its passphrase is forgotten or this computer's "
                    "keyring is lost. Type it where popdesk asks for the passphrase; the dashes "
                    "and capitals do not matter.",
                )
            ),
            s["body"],
        ),
        Paragraph(
            text(
                w.translate(
                    "Pdf",
                    "Keep it locked away and apart from the laptop: anyone holding both can read "
                    "the partner contacts in the store. If it is lost or seen by someone else, "
                    "issue a new one (Settings, New recovery key); the old key then stops working.",
                )
            ),
            s["body"],
        ),
    ]
    info = DocumentInfo(
        title=w.translate("Pdf", "popdesk recovery key"),
        subject=w.translate("Pdf", "Recovery key for an encrypted popdesk store"),
        marking=MARKING,
        author=author,
        generated_at=generated_at,
        words=w,
    )
    return render(info, story)
