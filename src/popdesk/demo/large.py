"""A force-sized demo store: 5,000 organisations, 50,000 contacts, 2,000 staff, 1,500 groups,
500,000 engagements and 200,000 actions over three years, for measuring popdesk at scale.

Written with bulk inserts rather than through the services (one by one it would take an hour),
but to the same rules: every contact works for an organisation, SPOC roles pair our staff with
their contacts, some sides vacant and some reviews overdue, engagements name the staff, contacts
and organisations present, actions come from engagements with owners and due dates, some
overdue. Deterministic for a given day; one transaction, all or nothing.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from popdesk.db import models as m
from popdesk.demo import data
from popdesk.domain.enums import (
    ActionStatus,
    Cadence,
    Channel,
    EngagementType,
    GroupKind,
    LawfulBasis,
    MeetingStatus,
    RepresentationRole,
    Sector,
    StaffKind,
    WorkingApproach,
)
from popdesk.domain.text import fold
from popdesk.domain.validation import QT_TRANSLATE_NOOP
from popdesk.errors import Conflict
from popdesk.services.base import Service

SEED = 5_000_500
BATCH = 20_000

PLACES = (
    "Riverside",
    "Castle Ward",
    "Pentre",
    "Harbourside",
    "Oakfield",
    "Y Waun",
    "Dyfnant",
    "Northgate",
    "Afon",
    "Bryn Teg",
    "Cwm Du",
    "Llanfair",
    "Maesteg Road",
    "St Mary's",
    "Heol y Bont",
    "Glan y Môr",
    "Tre-Ifan",
    "Parc Glas",
    "Cae Mawr",
    "Penybryn",
    "Ffordd Las",
    "Bro Dawel",
    "Coed Hir",
    "Nant y Pandy",
    "Ael y Bryn",
    "Maes Gwyn",
    "Bridge End",
    "Kingsway",
    "Station Road",
    "Market Quarter",
    "Millfield",
    "Westgate",
    "Eastmoor",
    "Southbank",
    "Highfields",
    "Brookside",
    "Orchard Park",
    "Fairwater",
    "Hillcrest",
    "Moorland",
    "Seaview",
    "Quayside",
    "Canal Side",
    "Old Town",
    "New Town",
    "Greenacre",
    "Rhosfa",
    "Penrhyn",
    "Trefor",
    "Llys Derw",
)
KINDS: dict[str, tuple[str, ...]] = {
    "local_authority": (
        "Council Community Safety",
        "Council Housing Team",
        "Council Licensing",
        "Youth Service",
        "Environmental Health",
    ),
    "health": ("Medical Practice", "Health Centre", "Community Mental Health Team", "Pharmacy"),
    "education": ("Primary School", "High School", "College Campus", "Nursery"),
    "fire_and_rescue": ("Fire Station", "Community Fire Safety Team"),
    "probation": ("Probation Office", "Approved Premises"),
    "housing": ("Housing Association", "Homes", "Tenancy Support"),
    "other_police_force": ("Border Neighbourhood Team", "Transport Police Post"),
    "private": ("Shopping Centre", "Retail Park Management", "Hotel", "Taxis", "Security Ltd"),
    "voluntary": ("Food Bank", "Women's Aid", "Citizens Advice", "Youth Project"),
    "academic": ("University Centre", "Research Unit"),
    "community_group": (
        "Residents' Association",
        "Neighbourhood Watch",
        "Community Council",
        "Rugby Club",
    ),
    "individual": ("Street Representative",),
}
GROUP_KINDS = (
    ("PACT", GroupKind.PACT, Cadence.SIX_WEEKLY),
    ("Pubwatch", GroupKind.PUBWATCH, Cadence.MONTHLY),
    ("ASB Case Review Panel", GroupKind.ASB_PANEL, Cadence.MONTHLY),
    ("Problem-Solving Panel", GroupKind.PROBLEM_SOLVING_PANEL, Cadence.MONTHLY),
    ("Community Safety Partnership", GroupKind.CSP, Cadence.QUARTERLY),
    ("Safeguarding Forum", GroupKind.SAFEGUARDING_BOARD, Cadence.QUARTERLY),
)
RANKS = (
    ("PC", "Constable", StaffKind.OFFICER, "Neighbourhood officer"),
    ("PCSO", "PCSO", StaffKind.PCSO, "PCSO"),
    ("PS", "Sergeant", StaffKind.OFFICER, "Neighbourhood sergeant"),
    ("Insp", "Inspector", StaffKind.OFFICER, "Neighbourhood inspector"),
    ("", "Grade E", StaffKind.STAFF, "Partnership officer"),
)


@dataclass(frozen=True)
class Scale:
    organisations: int = 5_000
    contacts: int = 50_000
    staff: int = 2_000
    groups: int = 1_500
    engagements: int = 500_000
    actions: int = 200_000

    def times(self, factor: float) -> Scale:
        return Scale(
            *(
                max(12, int(n * factor))
                for n in (
                    self.organisations,
                    self.contacts,
                    self.staff,
                    self.groups,
                    self.engagements,
                    self.actions,
                )
            )
        )


class LargeDemoService(Service):
    def fill(
        self, scale: Scale | None = None, progress: Callable[[str], None] | None = None
    ) -> dict[str, int]:
        """Write the large demo into an empty store; refuse if it already holds data."""
        with self._tx() as s:
            if s.scalar(select(func.count()).select_from(m.Organisation)):
                raise Conflict(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "This store already holds data; demo data only goes into an empty store.",
                    )
                )
            return _Large(s, scale or Scale(), self.context.today(), progress).build()


class _Large:
    def __init__(
        self, s: Session, scale: Scale, today: date, progress: Callable[[str], None] | None
    ) -> None:
        self.s = s
        self.scale = scale
        self.today = today
        self.rng = random.Random(SEED)
        self.say = progress or (lambda _text: None)
        self.stamp = datetime.combine(today, time(9), tzinfo=UTC)
        self.counter = int(self.stamp.timestamp()) << 16  # 47 bits: fits above 80 random

    def uid(self) -> uuid.UUID:
        """Ids that rise in the order rows are written (a counter above random bits, as in
        UUIDv7), so each index grows at its end instead of at random pages."""
        self.counter += 1
        return uuid.UUID(int=(self.counter << 80) | self.rng.getrandbits(80), version=4)

    def record(self, **values: Any) -> dict[str, Any]:
        return {
            "id": self.uid(),
            "created_at": self.stamp,
            "updated_at": self.stamp,
            "version": 1,
            **values,
        }

    def put(self, table: Any, rows: Iterator[dict[str, Any]] | Sequence[dict[str, Any]]) -> int:
        count = 0
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append(row)
            if len(batch) == BATCH:
                self.s.execute(insert(table), batch)
                count += len(batch)
                batch = []
        if batch:
            self.s.execute(insert(table), batch)
            count += len(batch)
        return count

    def build(self) -> dict[str, int]:
        rng, sc = self.rng, self.scale
        # A 256 MB page cache for this connection while it writes (the default is 8 MB).
        if self.s.get_bind().dialect.name == "sqlite":
            self.s.execute(text("PRAGMA cache_size = -262144"))
        self.say("neighbourhoods and organisations")
        hoods = [self.record(name=f"{p}", area=f"Sector {i % 8 + 1}") for i, p in enumerate(PLACES)]
        self.put(m.Neighbourhood, hoods)
        orgs: list[dict[str, Any]] = []
        seen: set[str] = set()
        sectors = [s for s in Sector if s is not Sector.UNKNOWN]
        n = 0
        while len(orgs) < sc.organisations:
            sector = sectors[n % len(sectors)]
            place = PLACES[(n // len(sectors)) % len(PLACES)]
            kind = KINDS[sector.value][
                (n // (len(sectors) * len(PLACES))) % len(KINDS[sector.value])
            ]
            name = f"{place} {kind}"
            if fold(name) in seen:
                name = f"{name} ({n})"
            seen.add(fold(name))
            orgs.append(
                self.record(
                    name=name,
                    sector=sector,
                    approach=WorkingApproach.UNKNOWN,
                    active=True,
                    website=None,
                    address=f"{rng.randint(1, 200)} {place} Road",
                    notes=None,
                )
            )
            n += 1
        self.put(m.Organisation, orgs)
        self.put(
            m.organisation_neighbourhoods,
            (
                {"organisation_id": o["id"], "neighbourhood_id": hoods[i % len(hoods)]["id"]}
                for i, o in enumerate(orgs)
            ),
        )

        self.say("contacts")
        contacts: list[dict[str, Any]] = []
        for i in range(sc.contacts):
            org = orgs[i % len(orgs)]
            first = data.FIRST_NAMES[rng.randrange(len(data.FIRST_NAMES))]
            last = data.LAST_NAMES[rng.randrange(len(data.LAST_NAMES))]
            titles = data.JOB_TITLES[org["sector"].value]
            review = self.today + timedelta(days=rng.randint(-60, 700))
            contacts.append(
                self.record(
                    name=f"{first} {last}",
                    job_title=titles[i % len(titles)],
                    organisation_id=org["id"],
                    preferred_channel=rng.choice(list(Channel)),
                    notes=None,
                    lawful_basis=LawfulBasis.PUBLIC_TASK,
                    review_due=review,
                    active=True,
                )
            )
        self.put(m.Contact, contacts)
        self.put(
            m.ContactPhone,
            (
                self.record(
                    contact_id=c["id"],
                    label="Office",
                    position=0,
                    number=_e164(data.PHONE_RANGES[i % 6], i),
                )
                for i, c in enumerate(contacts)
            ),
        )
        self.put(
            m.ContactEmail,
            (
                self.record(
                    contact_id=c["id"],
                    label=None,
                    position=0,
                    address=_email(c["name"], i),
                    address_key=_email(c["name"], i),
                )
                for i, c in enumerate(contacts)
            ),
        )

        self.say("staff and topics")
        staff = []
        for i in range(sc.staff):
            prefix, rank, kind, post = RANKS[
                0
                if i % 10 < 5
                else 1
                if i % 10 < 8
                else 2
                if i % 10 == 8
                else 3
                if i % 40 == 9
                else 4
            ]
            first = data.FIRST_NAMES[rng.randrange(len(data.FIRST_NAMES))]
            last = data.LAST_NAMES[rng.randrange(len(data.LAST_NAMES))]
            staff.append(
                self.record(
                    name=f"{prefix} {first} {last}".strip(),
                    kind=kind,
                    rank=rank,
                    staff_number=f"{10000 + i}",
                    post_role=post,
                    post_area=PLACES[i % len(PLACES)],
                    team=f"{PLACES[i % len(PLACES)]} NPT",
                    active=True,
                    in_post_since=self.today - timedelta(days=rng.randint(60, 2000)),
                )
            )
        self.put(m.StaffMember, staff)
        topics = [self.record(name=t, name_key=fold(t)) for t in data.TOPICS]
        self.put(m.Topic, topics)

        self.say("SPOC register")
        spocs = []
        for i, org in enumerate(orgs):
            for t in range(1 + i % 3):
                topic = topics[(i + t) % len(topics)]
                their = contacts[(i + t * len(orgs)) % len(contacts)]
                if their["organisation_id"] != org["id"]:
                    their = contacts[i]
                start = self.today - timedelta(days=rng.randint(30, 900))
                spocs.append(
                    self.record(
                        organisation_id=org["id"],
                        topic_id=topic["id"],
                        our_spoc_id=None if i % 23 == 0 else staff[(i * 7 + t) % len(staff)]["id"],
                        their_spoc_id=None if i % 29 == 0 else their["id"],
                        start_date=start,
                        review_due=start + timedelta(days=180 * (1 + i % 4)),
                        last_reviewed=start,
                    )
                )
        self.put(m.SpocAssignment, spocs)

        self.say("groups and meetings")
        groups, members, seats, meetings = [], [], [], []
        for i in range(sc.groups):
            label, kind, cadence = GROUP_KINDS[i % len(GROUP_KINDS)]
            place = PLACES[(i // len(GROUP_KINDS)) % len(PLACES)]
            suffix = (
                f" {i // (len(GROUP_KINDS) * len(PLACES)) + 1}"
                if i >= len(GROUP_KINDS) * len(PLACES)
                else ""
            )
            group = self.record(
                name=f"{place} {label}{suffix}",
                kind=kind,
                cadence=cadence,
                chair_organisation_id=orgs[i % len(orgs)]["id"],
                neighbourhood_id=hoods[i % len(hoods)]["id"],
                active=True,
                terms_of_reference=f"Partners in {place} working on local priorities.",
            )
            groups.append(group)
            for k in range(5):
                members.append(
                    {
                        "group_id": group["id"],
                        "organisation_id": orgs[(i * 5 + k) % len(orgs)]["id"],
                    }
                )
            if i % 11 != 0:
                seats.append(
                    self.record(
                        group_id=group["id"],
                        staff_id=staff[i % len(staff)]["id"],
                        role=RepresentationRole.MEMBER,
                        start_date=self.today - timedelta(days=400),
                    )
                )
            for k in range(4):
                starts = datetime.combine(
                    self.today + timedelta(days=45 * k - 120), time(10), tzinfo=UTC
                )
                meetings.append(
                    self.record(
                        group_id=group["id"],
                        starts_at=starts,
                        venue=f"{place} Community Centre",
                        status=MeetingStatus.HELD
                        if starts.date() < self.today
                        else MeetingStatus.SCHEDULED,
                    )
                )
        self.put(m.Group, groups)
        self.put(m.group_member_organisations, _unique(members, ("group_id", "organisation_id")))
        self.put(m.Representation, seats)
        self.put(m.Meeting, meetings)

        self.say("engagement log")
        types = list(EngagementType)
        engagement_ids: list[uuid.UUID] = []
        links_staff, links_contacts, links_orgs = [], [], []
        span = 3 * 365 * 24 * 60

        def engagement(i: int) -> dict[str, Any]:
            summary, outcome = data.ENGAGEMENTS[i % len(data.ENGAGEMENTS)]
            contact = contacts[rng.randrange(len(contacts))]
            row = self.record(
                occurred_at=self.stamp - timedelta(minutes=rng.randrange(span)),
                type=types[i % len(types)],
                summary=summary,
                outcome=outcome,
                location=PLACES[i % len(PLACES)],
            )
            engagement_ids.append(row["id"])
            links_staff.append(
                {"engagement_id": row["id"], "staff_id": staff[rng.randrange(len(staff))]["id"]}
            )
            links_contacts.append({"engagement_id": row["id"], "contact_id": contact["id"]})
            links_orgs.append(
                {"engagement_id": row["id"], "organisation_id": contact["organisation_id"]}
            )
            return row

        def action(i: int, engagement_id: uuid.UUID) -> dict[str, Any]:
            due = self.today + timedelta(days=rng.randint(-400, 90))
            done = i % 5 != 0
            return self.record(
                description=data.ACTIONS[i % len(data.ACTIONS)],
                owner_staff_id=staff[rng.randrange(len(staff))]["id"],
                due_date=due,
                status=ActionStatus.DONE if done else ActionStatus.OPEN,
                completed_on=due if done else None,
                engagement_id=engagement_id,
            )

        # Actions are written beside the engagements they follow, as people record them, so
        # the newest records are a mix of both; spread evenly, sc.actions in all.
        actions = 0
        for done_so_far in range(0, sc.engagements, BATCH):
            batch = [
                engagement(i) for i in range(done_so_far, min(done_so_far + BATCH, sc.engagements))
            ]
            self.put(m.Engagement, batch)
            follow_ups = []
            for offset, row in enumerate(batch):
                i = done_so_far + offset
                if (i + 1) * sc.actions // sc.engagements > i * sc.actions // sc.engagements:
                    follow_ups.append(action(actions, row["id"]))
                    actions += 1
            self.put(m.Action, follow_ups)
        self.put(m.engagement_staff, links_staff)
        self.put(m.engagement_contacts, links_contacts)
        self.put(m.engagement_organisations, links_orgs)
        self.say("done")
        return {
            "organisations": len(orgs),
            "contacts": len(contacts),
            "staff": len(staff),
            "groups": len(groups),
            "engagements": len(engagement_ids),
            "actions": actions,
        }


def _e164(prefix: str, n: int) -> str:
    national = prefix.replace(" ", "") + f"{n % 1000:03d}"
    return "+44" + national[1:]


def _email(name: str, n: int) -> str:
    local = "".join(ch for ch in fold(name).replace(" ", ".") if ch.isalnum() or ch == ".")
    return f"{local}.{n}@partner{n % 500}.example.org"


def _unique(rows: list[dict[str, Any]], keys: tuple[str, ...]) -> list[dict[str, Any]]:
    seen: set[tuple[Any, ...]] = set()
    out = []
    for row in rows:
        key = tuple(row[k] for k in keys)
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out
