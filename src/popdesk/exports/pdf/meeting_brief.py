"""The meeting brief: what someone reads on the way into a partnership meeting."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from popdesk.domain.documents import MeetingBrief
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
from popdesk.exports.words import English, Words


def build(brief: MeetingBrief, *, marking: str, author: str, words: Words | None = None) -> bytes:
    w = words or English()
    _d = w.date
    s = styles()
    g, m = brief.group, brief.meeting
    when = m.starts_at.astimezone()
    day = f"{w.long_date(when)}, {when:%H:%M}"
    story: list[Flowable] = [
        Paragraph(text(w.translate("Pdf", "Meeting brief")), s["title"]),
        Paragraph(text(f"{g.name} · {day}"), s["subtitle"]),
        facts(
            [
                (
                    w.translate("Pdf", "Group"),
                    w.translate("Pdf", "{0} ({1}, meets {2})").format(
                        g.name,
                        w.translate("Enums", g.kind.label),
                        w.translate("Enums", g.cadence.label).lower(),
                    ),
                ),
                (w.translate("Pdf", "Date"), day),
                (w.translate("Pdf", "Venue"), m.venue or w.translate("Pdf", "not set")),
                (
                    w.translate("Pdf", "Chaired by"),
                    g.chair_organisation.name if g.chair_organisation else "",
                ),
                (w.translate("Pdf", "Status"), w.translate("Enums", m.status.label)),
            ]
        ),
    ]
    story += section(
        w.translate("Pdf", "Agenda"),
        Paragraph(text(m.agenda or w.translate("Pdf", "No agenda recorded.")), s["body"]),
    )
    leaving = brief.handing_over
    warning: list[Flowable] = []
    if g.representatives and all(r.staff.id in leaving for r in g.representatives):
        warning.append(
            Paragraph(
                text(
                    w.translate(
                        "Pdf",
                        "Everyone who represents us on this group is handing over their post: "
                        "agree who takes the seat.",
                    )
                ),
                s["warning"],
            )
        )
    story += section(
        w.translate("Pdf", "Our representatives"),
        *warning,
        table(
            [w.translate("Pdf", "Name"), w.translate("Pdf", "Role"), w.translate("Pdf", "Since")],
            [
                [
                    r.staff.name
                    + (
                        "\n"
                        + w.translate("Pdf", "handing over (due {0})").format(
                            _d(leaving[r.staff.id]) or "?"
                        )
                        if r.staff.id in leaving
                        else ""
                    ),
                    w.translate("Enums", r.role.label),
                    _d(r.start_date),
                ]
                for r in g.representatives
            ],
            [0.5, 0.25, 0.25],
            empty=w.translate("Pdf", "Nobody represents us on this group."),
        ),
    )
    last_by_org = {x.subject.id: x for x in brief.organisation_activity}
    story += section(
        w.translate("Pdf", "Members"),
        table(
            [
                w.translate("Pdf", "Name"),
                w.translate("Pdf", "Organisation and role"),
                w.translate("Pdf", "Phone"),
                w.translate("Pdf", "Email"),
                w.translate("Pdf", "Last engaged"),
            ],
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
                    _d(x.last.occurred_at)
                    if x.last and x.last.occurred_at
                    else w.translate("Pdf", "never"),
                ]
                for x in brief.members
            ],
            [0.17, 0.25, 0.17, 0.29, 0.12],
            empty=w.translate("Pdf", "No member contacts recorded."),
        ),
    )
    story += section(
        w.translate("Pdf", "Last engagement with each member organisation"),
        table(
            [
                w.translate("Pdf", "Organisation"),
                w.translate("Pdf", "When"),
                w.translate("Pdf", "What"),
            ],
            [
                [
                    org.name,
                    _d(last_by_org[org.id].occurred_at)
                    if org.id in last_by_org and last_by_org[org.id].occurred_at
                    else w.translate("Pdf", "never"),
                    last_by_org[org.id].summary or "" if org.id in last_by_org else "",
                ]
                for org in g.member_organisations
            ],
            [0.33, 0.14, 0.53],
            empty=w.translate("Pdf", "No member organisations recorded."),
        ),
    )
    story += section(
        w.translate("Pdf", "Open actions"),
        table(
            [w.translate("Pdf", "Action"), w.translate("Pdf", "Owner"), w.translate("Pdf", "Due")],
            [
                [
                    a.description,
                    a.owner.name if a.owner else w.translate("Pdf", "no owner"),
                    _d(a.due_date) + (w.translate("Pdf", " (overdue)") if a.overdue else ""),
                ]
                for a in brief.actions
            ],
            [0.56, 0.26, 0.18],
            empty=w.translate("Pdf", "No open actions for the group or its members."),
        ),
    )
    story += section(
        w.translate("Pdf", "Linked problems"),
        table(
            [
                w.translate("Pdf", "Problem"),
                w.translate("Pdf", "Stage"),
                w.translate("Pdf", "Priority"),
                w.translate("Pdf", "Lead"),
            ],
            [
                [
                    p.title,
                    w.translate("Enums", p.stage.label),
                    w.translate("Enums", p.priority.label),
                    p.lead.name if p.lead else "",
                ]
                for p in brief.problems
            ],
            [0.5, 0.15, 0.12, 0.23],
            empty=w.translate("Pdf", "No live problems involve the member organisations."),
        ),
    )
    previous = brief.previous
    if previous is None:
        story += section(
            w.translate("Pdf", "Last meeting"),
            Paragraph(
                text(w.translate("Pdf", "No earlier meeting has been written up.")), s["empty"]
            ),
        )
    else:
        story += section(
            w.translate("Pdf", "Last meeting: {0}").format(_d(previous.starts_at.astimezone())),
            Paragraph("<b>" + text(w.translate("Pdf", "Notes")) + "</b>", s["h2"]),
            Paragraph(text(previous.notes or w.translate("Pdf", "No notes recorded.")), s["body"]),
            Paragraph("<b>" + text(w.translate("Pdf", "Decisions")) + "</b>", s["h2"]),
            Paragraph(
                text(previous.decisions or w.translate("Pdf", "No decisions recorded.")), s["body"]
            ),
        )
    info = DocumentInfo(
        title=w.translate("Pdf", "Meeting brief: {0}, {1}").format(g.name, _d(when)),
        subject=w.translate("Pdf", "Brief for the {0} meeting on {1}").format(g.name, _d(when)),
        marking=marking,
        author=author,
        generated_at=brief.generated_at,
        words=w,
    )
    return render(info, story)
