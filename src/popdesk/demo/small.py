"""Fill an empty store with the Glanafon demo neighbourhood, through the real services.

Deterministic for a given day (a seeded generator; dates are relative to today so that
overdue, stale and upcoming things stay so), and written in one transaction: all or nothing.
"""

from __future__ import annotations

import random
import re
import uuid
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from types import ModuleType

from sqlalchemy import func, select

from popdesk.db.models import Organisation
from popdesk.demo import data as english
from popdesk.domain.enums import AgreementStatus, SignoffRole
from popdesk.domain.text import fold
from popdesk.domain.validation import QT_TRANSLATE_NOOP
from popdesk.errors import Conflict
from popdesk.services import Services
from popdesk.services.base import Service
from popdesk.services.engagements import ActionInput

SEED = 20261125


def words(language: str) -> ModuleType:
    """The demo's names and texts in ``language``: Welsh ("cy") or English (anything else)."""
    if language == "cy":
        from popdesk.demo import data_cy

        return data_cy
    return english


class DemoService(Service):
    def fill(self, language: str = "en") -> dict[str, int]:
        """Write the demo neighbourhood (in Welsh for "cy"); refuse if the store already holds
        organisations."""
        with self._tx() as s:
            if s.scalar(select(func.count()).select_from(Organisation)):
                raise Conflict(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "This store already holds data; demo data only goes into an empty store.",
                    )
                )
            return _Builder(self, words(language)).build()


class _Builder:
    def __init__(self, owner: DemoService, data: ModuleType) -> None:
        self.data = data
        context = replace(owner.context, language=self.data.LANGUAGE)  # the first checklist's too
        # over the demo's own unit of work: every call joins the transaction ``fill`` opened
        services = Services.over(owner.work, context)
        self.partners = services.partners
        self.staff_service = services.staff
        self.spocs = services.spocs
        self.groups = services.groups
        self.engagements = services.engagements
        self.actions = services.actions
        self.problems = services.problems
        self.agreements = services.agreements
        self.stakeholders = services.stakeholders
        self.handovers = services.handovers
        self.context = owner.context
        self.today = owner.context.today()
        self.rng = random.Random(SEED)
        self.phones: set[str] = set()

    def build(self) -> dict[str, int]:
        self._places()
        self._people()
        self._spocs()
        self._groups()
        self._problems()
        self._engagements()
        self._agreements()
        self._ratings()
        self._handovers()
        return {
            "organisations": len(self.orgs),
            "contacts": sum(len(c) for c in self.contacts_by_org.values()),
            "staff": len(self.staff),
            "engagements": self.engagement_count,
        }

    # ------------------------------------------------------------------------------------

    def _day(self, days_ago: int) -> date:
        return self.today - timedelta(days=days_ago)

    def _when(self, days_ago: int) -> datetime:
        hour = self.rng.choice((9, 10, 11, 13, 14, 15, 16, 18))
        return datetime.combine(
            self._day(days_ago), time(hour, self.rng.choice((0, 15, 30)))
        ).astimezone()

    def _phone(self) -> str:
        while True:
            number: str = (
                self.rng.choice(self.data.PHONE_RANGES) + f"{self.rng.randrange(1000):03d}"
            )
            if number not in self.phones:
                self.phones.add(number)
                return number

    def _places(self) -> None:
        self.hoods = [
            self.partners.add_neighbourhood(name, area).id
            for name, area in self.data.NEIGHBOURHOODS
        ]
        self.orgs: list[uuid.UUID] = []
        self.sectors: list[str] = []
        for name, sector, approach, hoods in self.data.ORGANISATIONS:
            slug = "".join(ch for ch in name.lower() if ch.isalnum())[:20]
            org = self.partners.create_organisation(
                name=name,
                sector=sector,
                approach=approach,
                website=None
                if sector in ("individual", "community_group")
                else f"www.{slug}.example.org",
                address=self.data.ADDRESS.format(
                    number=self.rng.randrange(1, 120),
                    district=self.rng.randrange(1, 9),
                    sector=self.rng.randrange(1, 9),
                ),
                neighbourhood_ids=[self.hoods[i] for i in hoods],
            )
            self.orgs.append(org.id)
            self.sectors.append(sector)

    def _people(self) -> None:
        rng = self.rng
        self.contacts_by_org: dict[uuid.UUID, list[uuid.UUID]] = {}
        used: set[str] = set()
        for index, org in enumerate(self.orgs):
            sector = self.sectors[index]
            count = 1 if sector == "individual" else (6 if index < 16 else 3)
            people = []
            for _ in range(count):
                while True:
                    name = f"{rng.choice(self.data.FIRST_NAMES)} {rng.choice(self.data.LAST_NAMES)}"
                    if name not in used:
                        used.add(name)
                        break
                if sector == "individual":
                    name = self.data.ORGANISATIONS[index][0].split(" (")[0].split(" ", 1)[1]
                local = ".".join(re.findall(r"[a-z0-9]+", fold(name)))
                review = (
                    self._day(-rng.randrange(30, 400))
                    if rng.random() > 0.06
                    else self._day(rng.randrange(1, 60))
                )
                people.append(
                    self.partners.create_contact(
                        name=name,
                        organisation_id=org,
                        job_title=rng.choice(self.data.JOB_TITLES[sector]),
                        phones=[("Office", self._phone())]
                        + ([("Mobile", self._phone())] if rng.random() < 0.4 else []),
                        emails=[f"{local}@org{index + 1}.example.org"],
                        preferred_channel=rng.choice(("email", "phone", "email", "in_person")),
                        review_due=review,
                    ).id
                )
            self.contacts_by_org[org] = people
        self.staff: list[uuid.UUID] = []
        for number, (name, rank, kind, role) in enumerate(self.data.STAFF):
            since = self._day(
                rng.randrange(200, 2500) if kind == "staff" else rng.randrange(120, 1100)
            )
            self.staff.append(
                self.staff_service.create_staff(
                    name=name,
                    rank=rank,
                    kind=kind,
                    staff_number=f"{'S' if kind == 'staff' else ''}{2100 + number * 37}",
                    post_role=role,
                    post_area=self.data.NEIGHBOURHOODS[number % len(self.data.NEIGHBOURHOODS)][0],
                    team=self.data.TEAM,
                    phone=self._phone(),
                    email=f"staff{number + 1}@police.example.org",
                    in_post_since=since,
                    expected_move=self._day(-rng.randrange(20, 90)) if number in (1, 6) else None,
                ).id
            )

    def _spocs(self) -> None:
        rng = self.rng
        for index, org in enumerate(self.orgs[:34]):
            topics = rng.sample(self.data.TOPICS, 1 if index > 20 else 2)
            for n, topic in enumerate(topics):
                people = self.contacts_by_org[org]
                vacant_ours = index in (5, 17, 26) and n == 0
                vacant_theirs = index in (9, 22) and n == 0
                first_start = self._day(rng.randrange(300, 700))
                if index % 4 == 0:  # some have a history: an earlier holder first
                    self.spocs.assign(
                        organisation_id=org,
                        topic=topic,
                        our_spoc_id=rng.choice(self.staff[4:]),
                        their_spoc_id=people[-1],
                        start_date=first_start,
                    )
                    first_start = first_start + timedelta(days=rng.randrange(60, 250))
                stale = index in (3, 11, 19, 28)
                self.spocs.assign(
                    organisation_id=org,
                    topic=topic,
                    our_spoc_id=None if vacant_ours else self.staff[1 + (index + n) % 11],
                    their_spoc_id=None if vacant_theirs else people[0],
                    our_deputy_ids=[self.staff[12 + index % 8]] if index % 3 == 0 else [],
                    start_date=first_start,
                    review_due=self._day(rng.randrange(10, 90))
                    if stale
                    else self._day(-rng.randrange(20, 170)),
                    reason=self.data.SPOC_CHANGE_REASON,
                )

    def _groups(self) -> None:
        rng = self.rng
        self.group_ids: list[uuid.UUID] = []
        for index, (name, kind, cadence, chair, hood) in enumerate(self.data.GROUPS):
            members = sorted({chair, *rng.sample(range(len(self.orgs)), 5)})
            group = self.groups.create(
                name=name,
                kind=kind,
                cadence=cadence,
                chair_organisation_id=self.orgs[chair],
                neighbourhood_id=None if hood is None else self.hoods[hood],
                member_organisation_ids=[self.orgs[i] for i in members],
                member_contact_ids=[self.contacts_by_org[self.orgs[i]][0] for i in members],
                terms_of_reference=self.data.TERMS_OF_REFERENCE.format(name=name),
            )
            self.group_ids.append(group.id)
            if index in (5, 9, 11):  # representation gaps
                continue
            self.groups.add_representative(
                group_id=group.id,
                staff_id=self.staff[index % 4],
                role="chair" if index == 2 else "member",
                start_date=self._day(rng.randrange(200, 600)),
            )
            if index % 3 == 0:
                self.groups.add_representative(
                    group_id=group.id,
                    staff_id=self.staff[12 + index % 8],
                    role="deputy",
                    start_date=self._day(rng.randrange(60, 200)),
                )
        # 40 meetings: past ones written up, a few coming in the next fortnight.
        for n in range(40):
            group_id = self.group_ids[n % len(self.group_ids)]
            group = self.groups.get(group_id)
            upcoming = n >= 34
            days = -rng.randrange(1, 14) if upcoming else rng.randrange(7, 520)
            starts = datetime.combine(
                self._day(days), time(18 if group.kind.value == "pact" else 10, 0)
            ).astimezone()
            meeting = self.groups.schedule_meeting(
                group_id=group_id,
                starts_at=starts,
                venue=rng.choice(self.data.VENUES),
                agenda=self.data.AGENDA,
            )
            if not upcoming:
                attendance: dict[uuid.UUID, str] = {
                    r.staff.id: "present" for r in group.representatives
                }
                for contact in group.member_contacts:
                    attendance[contact.id] = rng.choice(
                        ("present", "present", "apologies", "absent")
                    )
                self.groups.record_meeting(
                    meeting.id,
                    attendance=attendance,
                    notes=rng.choice(self.data.ENGAGEMENTS)[0] + self.data.MEETING_UPDATES,
                    decisions=rng.choice(self.data.ENGAGEMENTS)[1] + ".",
                )

    def _problems(self) -> None:
        rng = self.rng
        self.problem_ids: list[uuid.UUID] = []
        for index, (title, hood, stage, description) in enumerate(self.data.PROBLEMS):
            problem = self.problems.create(
                title=title,
                description=description,
                neighbourhood_id=self.hoods[hood],
                priority=("high", "medium", "low")[index % 3],
                lead_staff_id=self.staff[1 + index % 5],
                opened_on=self._day(rng.randrange(60, 400)),
                stage=stage,
            )
            for org_index in rng.sample(range(len(self.orgs)), 3):
                org = self.orgs[org_index]
                self.problems.add_partner(
                    problem.id,
                    organisation_id=org,
                    contact_id=self.contacts_by_org[org][0],
                    role=rng.choice(self.data.PARTNER_ROLES),
                )
            if index == 0:
                self.problems.add_partner(
                    problem.id, organisation_id=self.orgs[30], role=self.data.EVALUATION_ROLE
                )
            self.problem_ids.append(problem.id)

    def _engagements(self) -> None:
        rng = self.rng
        self.engagement_count = 0
        types = (
            "meeting",
            "call",
            "call",
            "email",
            "visit",
            "visit",
            "workshop",
            "joint_training",
            "conference",
            "award_ceremony",
            "other",
        )
        for _ in range(400):
            days_ago = int(rng.triangular(0, 548, 30))
            org_index = rng.randrange(len(self.orgs))
            org = self.orgs[org_index]
            people = rng.sample(
                self.contacts_by_org[org],
                min(len(self.contacts_by_org[org]), rng.choice((1, 1, 2))),
            )
            summary, outcome = rng.choice(self.data.ENGAGEMENTS)
            actions = []
            if rng.random() < 0.35:
                for _ in range(rng.choice((1, 1, 2))):
                    due = self._day(days_ago - rng.randrange(7, 40))
                    mine = rng.random() < 0.7
                    actions.append(
                        ActionInput(
                            rng.choice(self.data.ACTIONS),
                            owner_staff_id=rng.choice(self.staff) if mine else None,
                            owner_contact_id=None if mine else people[0],
                            due_date=due,
                        )
                    )
            engagement = self.engagements.log(
                occurred_at=self._when(max(days_ago, 0)),
                type=rng.choice(types),
                summary=summary,
                outcome=outcome,
                staff_ids=rng.sample(self.staff, rng.choice((1, 1, 2))),
                contact_ids=people,
                organisation_ids=[org],
                # the same draws as before, so the rest of the demo is unchanged
                problem_id=(
                    self._problem_of(summary)
                    if rng.random() < 0.2 and rng.choice(self.problem_ids)
                    else None
                ),
                actions=actions,
            )
            self.engagement_count += 1
            # Most actions whose due date has passed were done; some are overdue.
            for action in self.actions.list_actions(source=("engagement", engagement.id)):
                if action.due_date and action.due_date < self.today and rng.random() < 0.8:
                    self.actions.complete(action.id, on=action.due_date)

    def _problem_of(self, summary: str) -> uuid.UUID | None:
        """The problem an engagement about ``summary`` is part of, if any."""
        index = [s for s, _ in self.data.ENGAGEMENTS].index(summary)
        problem = self.data.ENGAGEMENT_PROBLEMS.get(index)
        return None if problem is None else self.problem_ids[problem]

    def _agreements(self) -> None:
        rng = self.rng
        for index, (title, ref, parties, purpose, basis) in enumerate(self.data.AGREEMENTS):
            start = self._day(rng.randrange(300, 900))
            review = (
                self._day(rng.randrange(5, 60))
                if index in (1, 4)
                else self._day(-rng.randrange(60, 300))
            )
            agreement = self.agreements.create(
                title=title,
                reference=ref,
                purpose=purpose,
                lawful_basis=basis,
                parties=[
                    (self.orgs[i], "controller" if n == 0 else "joint_controller")
                    for n, i in enumerate(parties)
                ],
                owner_staff_id=self.staff[(1, 2, 1, 7, 3, 21)[index]],
                data_items=self.data.AGREEMENT_DATA_ITEMS,
                direction="both",
                method=self.data.AGREEMENT_METHOD,
                retention=self.data.AGREEMENT_RETENTION,
                start_date=start,
                review_date=review,
                status=AgreementStatus.ACTIVE,
                document_location=self.data.AGREEMENT_DOCUMENT.format(reference=ref),
            )
            self.agreements.add_data_source(
                organisation_id=self.orgs[parties[0]],
                name=self.data.DATA_SOURCE.format(word=title.split()[0]),
                agreement_id=agreement.id,
            )

    def _ratings(self) -> None:
        rng = self.rng
        for org in self.orgs:
            self.stakeholders.rate(
                organisation_id=org, influence=rng.randint(1, 5), interest=rng.randint(1, 5)
            )
        for problem in self.problem_ids[:3]:
            for org in rng.sample(self.orgs, 5):
                self.stakeholders.rate(
                    organisation_id=org,
                    problem_id=problem,
                    influence=rng.randint(1, 5),
                    interest=rng.randint(1, 5),
                )

    def _handovers(self) -> None:
        # Gwenllïan is moving to a response team: successor named, checklist half done.
        first = self.handovers.start(
            outgoing_staff_id=self.staff[1],
            incoming_staff_id=self.staff[2],
            supervisor_staff_id=self.staff[0],
            due_date=self._day(-21),
        )
        # she works through her own checklist, at her own keyboard
        context, outgoing = self.handovers.context, self.staff_service.get_staff(self.staff[1])
        context.actor, context.user_id = outgoing.name, outgoing.id
        for item in first.items[: len(first.items) // 2]:
            self.handovers.tick(item.id, "done", note=self.data.TICKED_NOTE)
        self.handovers.sign_off(first.id, SignoffRole.OUTGOING)
        context.actor, context.user_id = context.login, None
        # PC Zieliński is leaving; no successor yet.
        self.handovers.start(
            outgoing_staff_id=self.staff[6],
            supervisor_staff_id=self.staff[3],
            due_date=self._day(-45),
        )
