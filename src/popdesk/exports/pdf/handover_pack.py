"""The handover pack: what an outgoing officer hands their successor."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Paragraph

from popdesk.domain.documents import HandoverPack
from popdesk.domain.enums import ItemKind
from popdesk.exports.pdf.style import (
    DocumentInfo,
    facts,
    marking_text,
    nowrap,
    render,
    section,
    spacer,
    styles,
    table,
    text,
)
from popdesk.exports.words import English, Words, item_title


def _kinds(w: Words) -> dict[ItemKind, str]:
    return {
        ItemKind.SPOC: w.translate("Pdf", "SPOC roles"),
        ItemKind.REPRESENTATION: w.translate("Pdf", "Group seats"),
        ItemKind.ACTION: w.translate("Pdf", "Open actions"),
        ItemKind.PROBLEM: w.translate("Pdf", "Live problems"),
        ItemKind.AGREEMENT: w.translate("Pdf", "Agreements"),
        ItemKind.TEMPLATE: w.translate("Pdf", "Checklist"),
    }


def _source(w: Words, kind: str | None) -> str:
    """Where an action came from, as the pack says it."""
    sources = {
        "engagement": w.translate("Pdf", "Engagement"),
        "meeting": w.translate("Pdf", "Meeting"),
        "problem": w.translate("Pdf", "Problem"),
        "handover": w.translate("Pdf", "Handover"),
    }
    return sources.get(kind or "", (kind or "").capitalize())


def _count(w: Words, kind: ItemKind, n: int) -> str:
    return f"{_kinds(w)[kind]}: {n}"


def build(pack: HandoverPack, *, marking: str, author: str, words: Words | None = None) -> bytes:
    w = words or English()
    s = styles()
    h = pack.handover
    kinds = _kinds(w)
    _d = w.date
    successor = h.incoming.name if h.incoming else w.translate("Pdf", "not yet named")
    story: list[Flowable] = [
        spacer(30),
        Paragraph(text(w.translate("Pdf", "Handover pack")), s["title"]),
        Paragraph(text(h.post), s["subtitle"]),
        facts(
            [
                (w.translate("Pdf", "Outgoing"), h.outgoing.name),
                (w.translate("Pdf", "Successor"), successor),
                (
                    w.translate("Pdf", "Supervisor"),
                    h.supervisor.name if h.supervisor else w.translate("Pdf", "not yet named"),
                ),
                (w.translate("Pdf", "Due"), _d(h.due_date)),
                (
                    w.translate("Pdf", "Status"),
                    w.translate("Enums", h.status.label)
                    + (
                        w.translate("Pdf", ", completed {0}").format(_d(h.completed_at))
                        if h.completed_at
                        else ""
                    ),
                ),
                (
                    w.translate("Pdf", "Checklist"),
                    w.translate("Pdf", "{0} of {1} items done").format(h.done, h.total),
                ),
            ]
        ),
        spacer(18),
        Paragraph(text(marking_text(w, marking)), s["marking"]),
        Paragraph(
            text(
                w.translate(
                    "Pdf",
                    "Contains personal contact details of partner staff. Handle, store and "
                    "destroy according to the marking; do not forward beyond those who need it.",
                )
            ),
            s["small"],
        ),
        PageBreak(),
    ]
    counts: dict[ItemKind, int] = {}
    for move in pack.moves:
        counts[move.kind] = counts.get(move.kind, 0) + 1
    story += section(
        w.translate("Pdf", "What moves to the successor"),
        Paragraph(
            text(
                w.translate(
                    "Pdf",
                    "On completion these move from {0} to {1}; the old records end and new ones "
                    "start, so the history is kept: {2}.",
                ).format(
                    h.outgoing.name,
                    successor,
                    "; ".join(_count(w, k, n) for k, n in counts.items())
                    or w.translate("Pdf", "nothing is held"),
                )
            ),
            s["body"],
        ),
        table(
            [w.translate("Pdf", "Kind"), w.translate("Pdf", "What")],
            [[kinds[m.kind], item_title(w, m.title)] for m in pack.moves],
            [0.22, 0.78],
            empty=w.translate("Pdf", "Nothing is held."),
        ),
    )
    story += section(
        w.translate("Pdf", "Partner SPOCs"),
        table(
            [
                w.translate("Pdf", "Organisation and topic"),
                w.translate("Pdf", "Their SPOC"),
                w.translate("Pdf", "Phone"),
                w.translate("Pdf", "Email"),
                w.translate("Pdf", "Review due"),
            ],
            [
                [
                    f"{p.assignment.organisation.name}\n{p.assignment.topic}",
                    (p.contact.name + (f"\n{p.contact.job_title}" if p.contact.job_title else ""))
                    if p.contact
                    else w.translate("Pdf", "Vacant"),
                    "\n".join(nowrap(ph.display) for ph in p.contact.phones) if p.contact else "",
                    "\n".join(p.contact.emails) if p.contact else "",
                    _d(p.assignment.review_due)
                    + (w.translate("Pdf", " (overdue)") if p.assignment.review_overdue else ""),
                ]
                for p in pack.spocs
            ],
            [0.22, 0.25, 0.14, 0.27, 0.12],
            empty=w.translate("Pdf", "Holds no SPOC roles."),
        ),
    )
    story += section(
        w.translate("Pdf", "Groups and seats"),
        table(
            [
                w.translate("Pdf", "Group"),
                w.translate("Pdf", "Seat"),
                w.translate("Pdf", "Meets"),
                w.translate("Pdf", "Next meeting"),
            ],
            [
                [
                    g.name,
                    w.translate("Enums", seat.role.label),
                    w.translate("Enums", g.cadence.label),
                    _d(g.next_meeting) or w.translate("Pdf", "none scheduled"),
                ]
                for seat, g in pack.seats
            ],
            [0.45, 0.15, 0.2, 0.2],
            empty=w.translate("Pdf", "Holds no group seats."),
        ),
    )
    story += section(
        w.translate("Pdf", "Open actions"),
        table(
            [w.translate("Pdf", "Action"), w.translate("Pdf", "Due"), w.translate("Pdf", "From")],
            [
                [
                    a.description,
                    _d(a.due_date) + (w.translate("Pdf", " (overdue)") if a.overdue else ""),
                    _source(w, a.source_kind),
                ]
                for a in pack.actions
            ],
            [0.64, 0.2, 0.16],
            empty=w.translate("Pdf", "No open actions."),
        ),
    )
    story += section(
        w.translate("Pdf", "Live problems"),
        table(
            [
                w.translate("Pdf", "Problem"),
                w.translate("Pdf", "Stage"),
                w.translate("Pdf", "Priority"),
                w.translate("Pdf", "Partners"),
            ],
            [
                [
                    p.title,
                    w.translate("Enums", p.stage.label),
                    w.translate("Enums", p.priority.label),
                    ", ".join(
                        x.organisation.name
                        + " ("
                        + (x.role or w.translate("Pdf", "role not set"))
                        + ")"
                        for x in p.partners
                    ),
                ]
                for p in pack.problems
            ],
            [0.32, 0.13, 0.11, 0.44],
            empty=w.translate("Pdf", "Leads no live problems."),
        ),
    )
    story += section(
        w.translate("Pdf", "Agreements due for review"),
        table(
            [
                w.translate("Pdf", "Agreement"),
                w.translate("Pdf", "Status"),
                w.translate("Pdf", "Review"),
                w.translate("Pdf", "Partners"),
            ],
            [
                [
                    a.title + (f" ({a.reference})" if a.reference else ""),
                    w.translate("Enums", a.status.label),
                    _d(a.review_date) + (w.translate("Pdf", " (due)") if a.review_due else ""),
                    ", ".join(p.name for p in a.parties),
                ]
                for a in pack.agreements
            ],
            [0.36, 0.13, 0.17, 0.34],
            empty=w.translate("Pdf", "Owns no agreements."),
        ),
    )
    story += section(
        w.translate("Pdf", "Recent engagement with each partner (last 90 days)"),
        table(
            [
                w.translate("Pdf", "Partner"),
                w.translate("Pdf", "In 90 days"),
                w.translate("Pdf", "Most recent"),
            ],
            [
                [
                    x.organisation.name,
                    str(x.count),
                    f"{_d(x.last.occurred_at)}: {x.last.summary}"
                    if x.last
                    else w.translate("Pdf", "none in 90 days"),
                ]
                for x in pack.activity
            ],
            [0.32, 0.12, 0.56],
            empty=w.translate("Pdf", "No partners to report on."),
        ),
    )
    story += section(
        w.translate("Pdf", "Checklist"),
        table(
            [
                w.translate("Pdf", "Item"),
                w.translate("Pdf", "Status"),
                w.translate("Pdf", "Note"),
                w.translate("Pdf", "Ticked by"),
            ],
            [
                [
                    item_title(w, i.title)
                    + ("" if i.required else w.translate("Pdf", " (optional)")),
                    w.translate("Enums", i.status.label),
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
        w.translate("Pdf", "Sign-off"),
        table(
            [
                w.translate("Pdf", "Role"),
                w.translate("Pdf", "Name"),
                w.translate("Pdf", "Signed"),
                w.translate("Pdf", "Signature"),
            ],
            [
                [
                    w.translate("Enums", role.capitalize()),
                    (signed[role].name + (f"\n{signed[role].note}" if signed[role].note else ""))
                    if role in signed
                    else people[role],
                    _d(signed[role].signed_at) if role in signed else "",
                    "" if role in signed else "\n\n",
                ]
                for role in ("outgoing", "incoming", "supervisor")
            ],
            [0.16, 0.34, 0.18, 0.32],
        ),
    )
    info = DocumentInfo(
        title=w.translate("Pdf", "Handover pack: {0}").format(h.post),
        subject=w.translate("Pdf", "Handover of {0} from {1} to {2}").format(
            h.post, h.outgoing.name, successor
        ),
        marking=marking,
        author=author,
        generated_at=pack.generated_at,
        words=w,
    )
    return render(info, story)
