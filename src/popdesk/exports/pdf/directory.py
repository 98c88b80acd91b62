"""The partner directory: contacts by organisation with their SPOC roles, for the office wall."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from popdesk.domain.documents import PartnerDirectory
from popdesk.exports.pdf.style import DocumentInfo, nowrap, render, section, styles, table, text
from popdesk.exports.words import English, Words


def build(
    directory: PartnerDirectory, *, marking: str, author: str, words: Words | None = None
) -> bytes:
    w = words or English()
    s = styles()
    people = sum(len(o.people) for o in directory.organisations)
    story: list[Flowable] = [
        Paragraph(text(w.translate("Pdf", "Partner directory")), s["title"]),
        Paragraph(
            text(
                w.translate("Pdf", "{0} organisations · {1} contacts · {2}").format(
                    len(directory.organisations), people, w.long_date(directory.generated_at)
                )
            ),
            s["subtitle"],
        ),
    ]
    for entry in directory.organisations:
        org = entry.organisation
        where = ", ".join(org.neighbourhoods) or w.translate("Pdf", "borough-wide")
        story += section(
            org.name,
            Paragraph(
                text(
                    w.translate("Enums", org.sector.label)
                    + f" · {where}"
                    + (f" · {org.website}" if org.website else "")
                ),
                s["small"],
            ),
            table(
                [
                    w.translate("Pdf", "Name and role"),
                    w.translate("Pdf", "Phone"),
                    w.translate("Pdf", "Email"),
                    w.translate("Pdf", "SPOC roles"),
                ],
                [
                    [
                        p.contact.name
                        + (f"\n{p.contact.job_title}" if p.contact.job_title else ""),
                        "\n".join(nowrap(ph.display) for ph in p.contact.phones),
                        "\n".join(p.contact.emails),
                        "\n".join(p.roles),
                    ]
                    for p in entry.people
                ],
                [0.23, 0.15, 0.34, 0.28],
                empty=w.translate("Pdf", "No contacts recorded."),
            ),
        )
    info = DocumentInfo(
        title=w.translate("Pdf", "Partner directory"),
        subject=w.translate("Pdf", "Partner contacts by organisation with their SPOC roles"),
        marking=marking,
        author=author,
        generated_at=directory.generated_at,
        words=w,
    )
    return render(info, story)
