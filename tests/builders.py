"""A small, known world to test services against."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from popdesk.db.store import Store, open_store
from popdesk.services import Context, Services

if TYPE_CHECKING:
    from popdesk.db.postgresql.store import ServerStore

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


def make_services(
    path: Path, now: datetime = NOW, actor: str = "insp.test"
) -> tuple[Store, Services]:
    store = open_store(path, create=True)
    clock = Clock(now)
    return store, Services.over(
        store.sessions, Context(actor=actor, login=actor, clock=clock), compact=store.compact
    )


def make_server_services(
    url: str, now: datetime = NOW, actor: str = "insp.test"
) -> tuple[ServerStore, Services]:
    """The services over the server store at ``url``, as ``make_services`` for a file."""
    from popdesk.db.postgresql.store import open_server_store

    store = open_server_store(url)
    return store, Services.over(
        store.sessions, Context(actor=actor, login=actor, clock=Clock(now)), compact=store.compact
    )


@dataclass
class Clock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now


@dataclass
class World:
    """Two partner organisations with contacts, three staff members."""

    services: Services
    ids: dict[str, object] = field(default_factory=dict)

    def __getitem__(self, key: str):
        return self.ids[key]


def small_world(services: Services) -> World:
    w = World(services)
    p = services.partners
    riverside = p.add_neighbourhood("Riverside", area="North")
    council = p.create_organisation(
        name="Ynys Borough Council", sector="local_authority", neighbourhood_ids=[riverside.id]
    )
    housing = p.create_organisation(name="Afon Housing Association", sector="housing")
    w.ids.update(riverside=riverside.id, council=council.id, housing=housing.id)
    w.ids["sian"] = p.create_contact(
        name="Siân Evans",
        organisation_id=council.id,
        job_title="ASB officer",
        phones=["029 2018 0123"],
        emails=["sian.evans@council.example.org"],
    ).id
    w.ids["lukasz"] = p.create_contact(
        name="Łukasz Nowak", organisation_id=housing.id, job_title="Tenancy manager"
    ).id
    w.ids["zoe"] = p.create_contact(name="Zoë O'Brien", organisation_id=council.id).id
    w.ids["gwen"] = services.staff.create_staff(
        name="PS Gwenllïan Hughes",
        rank="Sergeant",
        staff_number="4512",
        post_role="Neighbourhood sergeant",
        post_area="Riverside",
    ).id
    w.ids["dafydd"] = services.staff.create_staff(
        name="PC Dafydd ap Gruffudd", rank="Constable", staff_number="1187"
    ).id
    w.ids["insp"] = services.staff.create_staff(
        name="Insp Ruth Okafor", rank="Inspector", staff_number="0301"
    ).id
    return w


def busy_holder(services: Services, *, groups: int = 0, engagements: int = 0) -> Any:
    """A sergeant with 200 SPOC roles (40 partners × 5 topics), ``groups`` group seats and
    ``engagements`` calls with those partners, handing over to a colleague."""
    p = services.partners
    gwen = services.staff.create_staff(name="PS Gwenllïan Hughes", staff_number="4512")
    marc = services.staff.create_staff(name="PS Marc Llewellyn", staff_number="4513")
    orgs, contacts = [], []
    with services.work.transaction():  # one transaction for the set-up
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
            for topic in ("ASB", "Licensing", "Safeguarding", "Youth", "Housing"):
                services.spocs.assign(
                    organisation_id=org.id,
                    topic=topic,
                    our_spoc_id=gwen.id,
                    their_spoc_id=contact.id,
                )
        for n in range(groups):
            group = services.groups.create(
                name=f"Partnership group {n:02d}",
                member_organisation_ids=[o.id for o in orgs[n % 35 : n % 35 + 5]],
                member_contact_ids=[c.id for c in contacts[n % 35 : n % 35 + 5]],
            )
            services.groups.add_representative(group_id=group.id, staff_id=gwen.id)
        now = datetime.now(UTC)
        for n in range(engagements):
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
