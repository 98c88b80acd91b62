"""The handover pack: what an outgoing officer hands their successor."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Paragraph

from popdesk.domain.enums import ItemKind
from popdesk.exports.pdf.style import (
    DocumentInfo,
    facts,
    nowrap,
    render,
    section,
    spacer,
    styles,
    table,
    text,
)
from popdesk.services.documents import HandoverPack

KINDS = {
    ItemKind.SPOC: "SPOC roles",
    ItemKind.REPRESENTATION: "Group seats",
    ItemKind.ACTION: "Open actions",
    ItemKind.PROBLEM: "Live problems",
    ItemKind.AGREEMENT: "Agreements",
    ItemKind.TEMPLATE: "Checklist",
}


COUNTED = {
    ItemKind.SPOC: ("SPOC role", "SPOC roles"),
    ItemKind.REPRESENTATION: ("group seat", "group seats"),
    ItemKind.ACTION: ("open action", "open actions"),
    ItemKind.PROBLEM: ("live problem", "live problems"),
    ItemKind.AGREEMENT: ("agreement", "agreements"),
    ItemKind.TEMPLATE: ("checklist item", "checklist items"),
}


def _count(kind: ItemKind, n: int) -> str:
    one, many = COUNTED[kind]
    return f"{n} {one if n == 1 else many}"


def _d(value: object) -> str:
    return f"{value:%d %b %Y}" if value else ""


def build(pack: HandoverPack, *, marking: str, author: str) -> bytes:
    s = styles()
    h = pack.handover
    successor = h.incoming.name if h.incoming else "not yet named"
    story: list[Flowable] = [
        spacer(30),
        Paragraph("Handover pack", s["title"]),
        Paragraph(text(h.post), s["subtitle"]),
        facts(
            [
                ("Outgoing", h.outgoing.name),
                ("Successor", successor),
                ("Supervisor", h.supervisor.name if h.supervisor else "not yet named"),
                ("Due", _d(h.due_date)),
                (
                    "Status",
                    h.status.label
                    + (f", completed {_d(h.completed_at)}" if h.completed_at else ""),
                ),
                ("Checklist", f"{h.done} of {h.total} items done"),
            ]
        ),
        spacer(18),
        Paragraph(text(marking.upper()), s["marking"]),
        Paragraph(
            "Contains personal contact details of partner staff. Handle, store and destroy "
            "according to the marking; do not forward beyond those who need it.",
            s["small"],
        ),
        PageBreak(),
    ]
    counts: dict[ItemKind, int] = {}
    for move in pack.moves:
        counts[move.kind] = counts.get(move.kind, 0) + 1
    story += section(
        "What moves to the successor",
        Paragraph(
            text(
                f"On completion these move from {h.outgoing.name} to {successor}; the old "
                "records end and new ones start, so the history is kept: "
                + (", ".join(_count(k, n) for k, n in counts.items()) or "nothing is held")
                + "."
            ),
            s["body"],
        ),
        table(
            ["Kind", "What"],
            [[KINDS[m.kind], m.title] for m in pack.moves],
            [0.22, 0.78],
            empty="Nothing is held.",
        ),
    )
    story += section(
        "Partner SPOCs",
        table(
            ["Organisation and topic", "Their SPOC", "Phone", "Email", "Review due"],
            [
                [
                    f"{p.assignment.organisation.name}\n{p.assignment.topic}",
                    (p.contact.name + (f"\n{p.contact.job_title}" if p.contact.job_title else ""))
                    if p.contact
                    else "Vacant",
                    "\n".join(nowrap(ph.display) for ph in p.contact.phones) if p.contact else "",
                    "\n".join(p.contact.emails) if p.contact else "",
                    _d(p.assignment.review_due)
                    + (" (overdue)" if p.assignment.review_overdue else ""),
                ]
                for p in pack.spocs
            ],
            [0.22, 0.25, 0.14, 0.27, 0.12],
            empty="Holds no SPOC roles.",
        ),
    )
    story += section(
        "Groups and seats",
        table(
            ["Group", "Seat", "Meets", "Next meeting"],
            [
                [g.name, seat.role.label, g.cadence.label, _d(g.next_meeting) or "none scheduled"]
                for seat, g in pack.seats
            ],
            [0.45, 0.15, 0.2, 0.2],
            empty="Holds no group seats.",
        ),
    )
    story += section(
        "Open actions",
        table(
            ["Action", "Due", "From"],
            [
                [
                    a.description,
                    _d(a.due_date) + (" (overdue)" if a.overdue else ""),
                    (a.source_kind or "").capitalize(),
                ]
                for a in pack.actions
            ],
            [0.64, 0.2, 0.16],
            empty="No open actions.",
        ),
    )
    story += section(
        "Live problems",
        table(
            ["Problem", "Stage", "Priority", "Partners"],
            [
                [
                    p.title,
                    p.stage.label,
                    p.priority.label,
                    ", ".join(
                        f"{x.organisation.name} ({x.role or 'role not set'})" for x in p.partners
                    ),
                ]
                for p in pack.problems
            ],
            [0.32, 0.13, 0.11, 0.44],
            empty="Leads no live problems.",
        ),
    )
    story += section(
        "Agreements due for review",
        table(
            ["Agreement", "Status", "Review", "Partners"],
            [
                [
                    a.title + (f" ({a.reference})" if a.reference else ""),
                    a.status.label,
                    _d(a.review_date) + (" (due)" if a.review_due else ""),
                    ", ".join(p.name for p in a.parties),
                ]
                for a in pack.agreements
            ],
            [0.36, 0.13, 0.17, 0.34],
            empty="Owns no agreements.",
        ),
    )
    story += section(
        "Recent engagement with each partner (last 90 days)",
        table(
            ["Partner", "In 90 days", "Most recent"],
            [
                [
                    x.organisation.name,
                    str(x.count),
                    f"{_d(x.last.occurred_at)}: {x.last.summary}" if x.last else "none in 90 days",
                ]
                for x in pack.activity
            ],
            [0.32, 0.12, 0.56],
            empty="No partners to report on.",
        ),
    )
    story += section(
        "Checklist",
        table(
            ["Item", "Status", "Note", "Ticked by"],
            [
                [
                    i.title + ("" if i.required else " (optional)"),
                    i.status.label,
                    i.note or "",
                    f"{i.ticked_by}\n{_d(i.ticked_at)}" if i.ticked_by else "",
                ]
                for i in h.items
            ],
            [0.46, 0.11, 0.26, 0.17],
        ),
    )
    signed = {x.role.value: x for x in h.signoffs}
    people = {
        "outgoing": h.outgoing.name,
        "incoming": successor,
        "supervisor": h.supervisor.name if h.supervisor else "",
    }
    story += section(
        "Sign-off",
        table(
            ["Role", "Name", "Signed", "Signature"],
            [
                [
                    role.capitalize(),
                    signed[role].name if role in signed else people[role],
                    _d(signed[role].signed_at) if role in signed else "",
                    "" if role in signed else "\n\n",
                ]
                for role in ("outgoing", "incoming", "supervisor")
            ],
            [0.16, 0.34, 0.18, 0.32],
        ),
    )
    info = DocumentInfo(
        title=f"Handover pack: {h.post}",
        subject=f"Handover of {h.post} from {h.outgoing.name} to {successor}",
        marking=marking,
        author=author,
        generated_at=pack.generated_at,
    )
    return render(info, story)
