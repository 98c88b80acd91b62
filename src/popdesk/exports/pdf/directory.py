"""The partner directory: contacts by organisation with their SPOC roles, for the office wall."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from popdesk.exports.pdf.style import DocumentInfo, nowrap, render, section, styles, table, text
from popdesk.services.documents import PartnerDirectory


def build(directory: PartnerDirectory, *, marking: str, author: str) -> bytes:
    s = styles()
    people = sum(len(o.people) for o in directory.organisations)
    story: list[Flowable] = [
        Paragraph("Partner directory", s["title"]),
        Paragraph(
            text(
                f"{len(directory.organisations)} organisations · {people} contacts · "
                f"{directory.generated_at:%d %B %Y}"
            ),
            s["subtitle"],
        ),
    ]
    for entry in directory.organisations:
        org = entry.organisation
        where = ", ".join(org.neighbourhoods) or "borough-wide"
        story += section(
            org.name,
            Paragraph(
                text(
                    f"{org.sector.label} · {where}" + (f" · {org.website}" if org.website else "")
                ),
                s["small"],
            ),
            table(
                ["Name and role", "Phone", "Email", "SPOC roles"],
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
                empty="No contacts recorded.",
            ),
        )
    info = DocumentInfo(
        title="Partner directory",
        subject="Partner contacts by organisation with their SPOC roles",
        marking=marking,
        author=author,
        generated_at=directory.generated_at,
    )
    return render(info, story)
