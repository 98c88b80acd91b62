"""A small, known world to test services against."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from popdesk.db.store import Store, open_store
from popdesk.services import Context, Services

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


def make_services(
    path: Path, now: datetime = NOW, actor: str = "insp.test"
) -> tuple[Store, Services]:
    store = open_store(path, create=True)
    clock = Clock(now)
    return store, Services.over(
        store.sessions, Context(actor=actor, clock=clock), compact=store.compact
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
    w.ids["gwen"] = p.create_staff(
        name="PS Gwenllïan Hughes",
        rank="Sergeant",
        staff_number="4512",
        post_role="Neighbourhood sergeant",
        post_area="Riverside",
    ).id
    w.ids["dafydd"] = p.create_staff(
        name="PC Dafydd ap Gruffudd", rank="Constable", staff_number="1187"
    ).id
    w.ids["insp"] = p.create_staff(
        name="Insp Ruth Okafor", rank="Inspector", staff_number="0301"
    ).id
    return w
