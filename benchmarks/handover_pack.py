"""The handover pack of someone holding 200 SPOC roles, 20 group seats and 2,000 engagements with
their partners in the last 90 days (a benchmark, not a test). Run by ``benchmarks/run.py``.

Times gathering, laying out and writing the whole PDF, median of the runs.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from common import Figure, median

TARGET_S = 2.0
TOPICS = ("ASB", "Licensing", "Safeguarding", "Youth", "Housing")


def busy_holder(services: Any) -> Any:
    """A sergeant with 200 SPOC roles (40 partners × 5 topics), 20 group seats and 2,000
    engagements, handing over to a colleague."""
    p = services.partners
    gwen = p.create_staff(name="PS Gwenllïan Hughes", staff_number="4512")
    marc = p.create_staff(name="PS Marc Llewellyn", staff_number="4513")
    orgs, contacts = [], []
    with services.engagements._tx():  # one transaction for the set-up
        for n in range(40):
            org = p.create_organisation(name=f"Partner organisation {n:02d}", sector="voluntary")
            contact = p.create_contact(
                name="Siân Ŵyn Łukasz-Ó'Brien" if n == 0 else f"Contact {n:02d}",
                organisation_id=org.id,
                phones=[f"020 7946 0{n:03d}"],
                emails=[f"contact{n}@partner{n}.example.org"],
            )
            orgs.append(org)
            contacts.append(contact)
            for topic in TOPICS:
                services.spocs.assign(
                    organisation_id=org.id,
                    topic=topic,
                    our_spoc_id=gwen.id,
                    their_spoc_id=contact.id,
                )
        for n in range(20):
            group = services.groups.create(
                name=f"Partnership group {n:02d}",
                member_organisation_ids=[o.id for o in orgs[n : n + 5]],
                member_contact_ids=[c.id for c in contacts[n : n + 5]],
            )
            services.groups.add_representative(group_id=group.id, staff_id=gwen.id)
        now = datetime.now(UTC)
        for n in range(2000):
            services.engagements.log(
                occurred_at=now - timedelta(minutes=60 * n // 23),
                type="call",
                summary=f"Call about the licensing review and the park, number {n}",
                staff_ids=[gwen.id],
                contact_ids=[contacts[n % 40].id],
                organisation_ids=[orgs[n % 40].id],
                outcome="Agreed to share patrol times and meet again.",
            )
    return services.handovers.start(
        outgoing_staff_id=gwen.id, incoming_staff_id=marc.id, post="Neighbourhood sergeant"
    )


def measure(folder: Path, runs: int) -> list[Figure]:
    from pypdf import PdfReader

    from popdesk.db.store import open_store
    from popdesk.services import Services
    from popdesk.services.exports import ExportService

    store = open_store(folder / "busy-holder.db", create=True)
    handover = busy_holder(Services.over(store.sessions))
    exporter = ExportService(store.sessions)
    times = []
    for run in range(runs):
        started = time.perf_counter()
        out = exporter.handover_pack(handover.id, folder / f"pack-{run}.pdf")
        times.append(time.perf_counter() - started)
    pages = len(PdfReader(out).pages)
    store.close(backup=False)
    took = median(times)
    return [
        Figure(
            "handover pack: 200 SPOC roles, 20 groups, 2,000 engagements",
            f"{took:.2f} s",
            f"≤ {TARGET_S:.0f} s",
            f"{handover.total} checklist items, {pages} pages; fastest {min(times):.2f} s",
            took <= TARGET_S,
        )
    ]
