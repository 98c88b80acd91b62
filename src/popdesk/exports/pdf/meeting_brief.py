"""The meeting brief: what someone reads on the way into a partnership meeting."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from popdesk.exports.pdf.style import (
    DocumentInfo,
    facts,
    nowrap,
    render,
    section,
    styles,
    table,
    text,
)
from popdesk.services.documents import MeetingBrief


def _d(value: object) -> str:
    return f"{value:%d %b %Y}" if value else ""


def build(brief: MeetingBrief, *, marking: str, author: str) -> bytes:
    s = styles()
    g, m = brief.group, brief.meeting
    when = m.starts_at.astimezone()
    story: list[Flowable] = [
        Paragraph("Meeting brief", s["title"]),
        Paragraph(text(f"{g.name} · {when:%A %d %B %Y, %H:%M}"), s["subtitle"]),
        facts(
            [
                ("Group", f"{g.name} ({g.kind.label}, meets {g.cadence.label.lower()})"),
                ("Date", f"{when:%A %d %B %Y, %H:%M}"),
                ("Venue", m.venue or "not set"),
                ("Chaired by", g.chair_organisation.name if g.chair_organisation else ""),
                ("Status", m.status.label),
            ]
        ),
    ]
    story += section("Agenda", Paragraph(text(m.agenda or "No agenda recorded."), s["body"]))
    story += section(
        "Our representatives",
        table(
            ["Name", "Role", "Since"],
            [[r.staff.name, r.role.label, _d(r.start_date)] for r in g.representatives],
            [0.5, 0.25, 0.25],
            empty="Nobody represents us on this group.",
        ),
    )
    last_by_org = {x.subject.id: x for x in brief.organisation_activity}
    story += section(
        "Members",
        table(
            ["Name", "Organisation and role", "Phone", "Email", "Last engaged"],
            [
                [
                    x.contact.name,
                    "\n".join(
                        v
                        for v in (
                            (x.contact.organisation.name if x.contact.organisation else ""),
                            x.contact.job_title or "",
                        )
                        if v
                    ),
                    "\n".join(nowrap(p.display) for p in x.contact.phones),
                    "\n".join(x.contact.emails),
                    _d(x.last.occurred_at) if x.last and x.last.occurred_at else "never",
                ]
                for x in brief.members
            ],
            [0.17, 0.25, 0.17, 0.29, 0.12],
            empty="No member contacts recorded.",
        ),
    )
    story += section(
        "Last engagement with each member organisation",
        table(
            ["Organisation", "When", "What"],
            [
                [
                    org.name,
                    _d(last_by_org[org.id].occurred_at)
                    if org.id in last_by_org and last_by_org[org.id].occurred_at
                    else "never",
                    last_by_org[org.id].summary or "" if org.id in last_by_org else "",
                ]
                for org in g.member_organisations
            ],
            [0.33, 0.14, 0.53],
            empty="No member organisations recorded.",
        ),
    )
    story += section(
        "Open actions",
        table(
            ["Action", "Owner", "Due"],
            [
                [
                    a.description,
                    a.owner.name if a.owner else "no owner",
                    _d(a.due_date) + (" (overdue)" if a.overdue else ""),
                ]
                for a in brief.actions
            ],
            [0.56, 0.26, 0.18],
            empty="No open actions for the group or its members.",
        ),
    )
    story += section(
        "Linked problems",
        table(
            ["Problem", "Stage", "Priority", "Lead"],
            [
                [p.title, p.stage.label, p.priority.label, p.lead.name if p.lead else ""]
                for p in brief.problems
            ],
            [0.5, 0.15, 0.12, 0.23],
            empty="No live problems involve the member organisations.",
        ),
    )
    previous = brief.previous
    if previous is None:
        story += section(
            "Last meeting", Paragraph("No earlier meeting has been written up.", s["empty"])
        )
    else:
        story += section(
            f"Last meeting: {previous.starts_at.astimezone():%d %B %Y}",
            Paragraph("<b>Notes</b>", s["h2"]),
            Paragraph(text(previous.notes or "No notes recorded."), s["body"]),
            Paragraph("<b>Decisions</b>", s["h2"]),
            Paragraph(text(previous.decisions or "No decisions recorded."), s["body"]),
        )
    info = DocumentInfo(
        title=f"Meeting brief: {g.name}, {when:%d %b %Y}",
        subject=f"Brief for the {g.name} meeting on {when:%d %B %Y}",
        marking=marking,
        author=author,
        generated_at=brief.generated_at,
    )
    return render(info, story)
