"""Problems worked with partners (SARA), data-sharing agreements and stakeholder ratings."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from popdesk.db.models import (
    Agreement,
    AgreementParty,
    Contact,
    DataSource,
    Neighbourhood,
    Organisation,
    Problem,
    ProblemPartner,
    StaffMember,
    StakeholderRating,
)
from popdesk.domain.enums import (
    AgreementStatus,
    AuditAction,
    LawfulBasis,
    Marking,
    PartyRole,
    Priority,
    ProblemStatus,
    SaraStage,
    SharingDirection,
)
from popdesk.domain.rules import enum_parser, parse_date
from popdesk.domain.validation import TEXT_MAX, TITLE_MAX, check_rating, clean_text, required_text
from popdesk.errors import Conflict, ValidationError
from popdesk.repositories.base import get
from popdesk.services import dto, mappers
from popdesk.services.base import Service

PROBLEM_LOAD = (
    joinedload(Problem.neighbourhood),
    joinedload(Problem.lead_staff),
    selectinload(Problem.partners).joinedload(ProblemPartner.organisation),
    selectinload(Problem.partners).joinedload(ProblemPartner.contact),
)
AGREEMENT_LOAD = (
    joinedload(Agreement.owner_staff),
    selectinload(Agreement.parties).joinedload(AgreementParty.organisation),
)

# Agreements show as due for review this many days ahead of the date.
AGREEMENT_REVIEW_NOTICE_DAYS = 30


def _text(label: str, field: str, limit: int = TEXT_MAX) -> Any:
    return lambda v: clean_text(v, label, field=field, max_length=limit, multiline=True)


class ProblemService(Service):
    def create(
        self,
        *,
        title: str,
        description: str | None = None,
        neighbourhood_id: uuid.UUID | None = None,
        priority: Priority | str = Priority.MEDIUM,
        lead_staff_id: uuid.UUID | None = None,
        opened_on: date | None = None,
        stage: SaraStage | str = SaraStage.SCANNING,
    ) -> dto.ProblemDTO:
        with self._tx() as s:
            problem = Problem(
                title=required_text(title, "Title", field="title", max_length=TITLE_MAX),
                description=_text("Description", "description")(description),
                neighbourhood=None
                if neighbourhood_id is None
                else get(s, Neighbourhood, neighbourhood_id, "neighbourhood"),
                priority=enum_parser(Priority, "Priority", "priority")(priority),
                stage=enum_parser(SaraStage, "SARA stage", "stage")(stage),
                status=ProblemStatus.LIVE,
                lead_staff=None
                if lead_staff_id is None
                else get(s, StaffMember, lead_staff_id, "staff member"),
                opened_on=opened_on or self.context.today(),
            )
            s.add(problem)
            s.flush()
            self._audit(
                s, AuditAction.CREATE, "problem", problem.id, f"Opened problem {problem.title}"
            )
            return self._dto(s, problem.id)

    def add_partner(
        self,
        problem_id: uuid.UUID,
        *,
        organisation_id: uuid.UUID,
        contact_id: uuid.UUID | None = None,
        role: str | None = None,
    ) -> dto.ProblemDTO:
        with self._tx() as s:
            problem = self._problem(s, problem_id)
            org = get(s, Organisation, organisation_id, "organisation")
            if any(p.organisation_id == org.id for p in problem.partners):
                raise Conflict(f"{org.name} is already a partner on this problem.")
            contact = None if contact_id is None else get(s, Contact, contact_id, "contact")
            problem.partners.append(
                ProblemPartner(
                    organisation=org, contact=contact, role=clean_text(role, "Role", max_length=200)
                )
            )
            s.flush()
            self._audit(
                s, AuditAction.UPDATE, "problem", problem.id, f"{org.name} joined {problem.title}"
            )
            return self._dto(s, problem.id)

    def agree_priority(self, problem_id: uuid.UUID, priority: Priority | str) -> dto.ProblemDTO:
        with self._tx() as s:
            problem = self._problem(s, problem_id)
            problem.priority = enum_parser(Priority, "Priority", "priority")(priority)
            problem.priority_agreed_on = self.context.today()
            s.flush()
            self._audit(
                s,
                AuditAction.UPDATE,
                "problem",
                problem.id,
                f"Agreed priority {problem.priority.label} for {problem.title}",
            )
            return self._dto(s, problem.id)

    def move_stage(
        self, problem_id: uuid.UUID, stage: SaraStage | str, *, evaluation_notes: str | None = None
    ) -> dto.ProblemDTO:
        with self._tx() as s:
            problem = self._problem(s, problem_id)
            if problem.status is ProblemStatus.CLOSED:
                raise Conflict("That problem is closed; reopen it to move it on.")
            problem.stage = enum_parser(SaraStage, "SARA stage", "stage")(stage)
            if evaluation_notes is not None:
                problem.evaluation_notes = _text("Evaluation notes", "evaluation_notes")(
                    evaluation_notes
                )
            s.flush()
            self._audit(
                s,
                AuditAction.UPDATE,
                "problem",
                problem.id,
                f"Moved {problem.title} to {problem.stage.label}",
            )
            return self._dto(s, problem.id)

    def close(
        self, problem_id: uuid.UUID, *, evaluation_notes: str | None = None
    ) -> dto.ProblemDTO:
        with self._tx() as s:
            problem = self._problem(s, problem_id)
            problem.status = ProblemStatus.CLOSED
            problem.closed_on = self.context.today()
            if evaluation_notes is not None:
                problem.evaluation_notes = _text("Evaluation notes", "evaluation_notes")(
                    evaluation_notes
                )
            s.flush()
            self._audit(
                s, AuditAction.UPDATE, "problem", problem.id, f"Closed problem {problem.title}"
            )
            return self._dto(s, problem.id)

    def get(self, problem_id: uuid.UUID | str) -> dto.ProblemDTO:
        with self._tx() as s:
            return self._dto(s, problem_id)

    def list_problems(
        self, *, status: ProblemStatus | None = None, lead_staff_id: uuid.UUID | None = None
    ) -> list[dto.ProblemDTO]:
        with self._tx() as s:
            query = select(Problem).options(*PROBLEM_LOAD)
            if status is not None:
                query = query.where(Problem.status == status)
            if lead_staff_id is not None:
                query = query.where(Problem.lead_staff_id == lead_staff_id)
            rows = s.scalars(query.order_by(func.lower(Problem.title))).unique().all()
            return [_problem(p) for p in rows]

    def _problem(self, s: Session, problem_id: uuid.UUID | str) -> Problem:
        return get(s, Problem, problem_id, "problem", options=list(PROBLEM_LOAD))

    def _dto(self, s: Session, problem_id: uuid.UUID | str) -> dto.ProblemDTO:
        return _problem(self._problem(s, problem_id))


def _problem(p: Problem) -> dto.ProblemDTO:
    return dto.ProblemDTO(
        id=p.id,
        title=p.title,
        description=p.description,
        neighbourhood=mappers.opt_ref(p.neighbourhood),
        priority=p.priority,
        stage=p.stage,
        status=p.status,
        lead=mappers.opt_ref(p.lead_staff),
        opened_on=p.opened_on,
        closed_on=p.closed_on,
        evaluation_notes=p.evaluation_notes,
        partners=tuple(
            dto.ProblemPartnerDTO(mappers.ref(x.organisation), mappers.opt_ref(x.contact), x.role)
            for x in sorted(p.partners, key=lambda x: x.organisation.name)
        ),
        version=p.version,
    )


class AgreementService(Service):
    def create(
        self,
        *,
        title: str,
        purpose: str,
        lawful_basis: LawfulBasis | str,
        parties: Iterable[tuple[uuid.UUID, PartyRole | str]],
        owner_staff_id: uuid.UUID | None = None,
        reference: str | None = None,
        data_items: str | None = None,
        direction: SharingDirection | str = SharingDirection.BOTH,
        method: str | None = None,
        marking: Marking | str = Marking.OFFICIAL_SENSITIVE,
        retention: str | None = None,
        start_date: date | str | None = None,
        review_date: date | str | None = None,
        status: AgreementStatus | str = AgreementStatus.DRAFT,
        document_location: str | None = None,
    ) -> dto.AgreementDTO:
        with self._tx() as s:
            start = parse_date(start_date, "Start date", "start_date")
            review = parse_date(review_date, "Review date", "review_date")
            if start is not None and review is not None and review <= start:
                raise ValidationError(
                    "The review date must come after the start date.", "review_date"
                )
            agreement = Agreement(
                title=required_text(title, "Title", field="title", max_length=TITLE_MAX),
                reference=clean_text(reference, "Reference", field="reference", max_length=80),
                purpose=required_text(
                    purpose, "Purpose", field="purpose", max_length=TEXT_MAX, multiline=True
                ),
                lawful_basis=enum_parser(LawfulBasis, "Lawful basis", "lawful_basis")(lawful_basis),
                data_items=_text("Data items", "data_items")(data_items),
                direction=enum_parser(SharingDirection, "Direction", "direction")(direction),
                method=_text("Method", "method")(method),
                marking=enum_parser(Marking, "Marking", "marking")(marking),
                retention=_text("Retention", "retention")(retention),
                start_date=start,
                review_date=review,
                status=enum_parser(AgreementStatus, "Status", "status")(status),
                document_location=clean_text(
                    document_location, "Where the signed copy is", max_length=500
                ),
                owner_staff=None
                if owner_staff_id is None
                else get(s, StaffMember, owner_staff_id, "staff member"),
            )
            party_role = enum_parser(PartyRole, "Party role", "parties")
            seen: set[uuid.UUID] = set()
            for org_id, role in parties:
                org = get(s, Organisation, org_id, "organisation")
                if org.id in seen:
                    continue
                seen.add(org.id)
                agreement.parties.append(AgreementParty(organisation=org, role=party_role(role)))
            if not agreement.parties:
                raise ValidationError(
                    "An agreement needs at least one partner organisation.", "parties"
                )
            s.add(agreement)
            s.flush()
            self._audit(
                s,
                AuditAction.CREATE,
                "agreement",
                agreement.id,
                f"Added agreement {agreement.title}",
            )
            return self._dto(
                get(s, Agreement, agreement.id, "agreement", options=list(AGREEMENT_LOAD))
            )

    def mark_reviewed(self, agreement_id: uuid.UUID, *, next_review: date) -> dto.AgreementDTO:
        with self._tx() as s:
            agreement = get(s, Agreement, agreement_id, "agreement", options=list(AGREEMENT_LOAD))
            if next_review <= self.context.today():
                raise ValidationError("The next review must be in the future.", "review_date")
            agreement.review_date = next_review
            s.flush()
            self._audit(
                s,
                AuditAction.UPDATE,
                "agreement",
                agreement.id,
                f"Reviewed agreement {agreement.title}",
            )
            return self._dto(agreement)

    def add_data_source(
        self,
        *,
        organisation_id: uuid.UUID,
        name: str,
        description: str | None = None,
        agreement_id: uuid.UUID | None = None,
    ) -> uuid.UUID:
        with self._tx() as s:
            source = DataSource(
                organisation=get(s, Organisation, organisation_id, "organisation"),
                name=required_text(name, "Data source", field="name", max_length=TITLE_MAX),
                description=_text("Description", "description")(description),
                agreement_id=None
                if agreement_id is None
                else get(s, Agreement, agreement_id, "agreement").id,
            )
            s.add(source)
            s.flush()
            self._audit(
                s,
                AuditAction.CREATE,
                "data_source",
                source.id,
                f"{source.organisation.name} holds {source.name}",
            )
            return source.id

    def data_sources(self, organisation_id: uuid.UUID | None = None) -> list[tuple[dto.Ref, str]]:
        """(organisation, data source name) pairs: which partner holds which data."""
        with self._tx() as s:
            query = select(DataSource).options(joinedload(DataSource.organisation))
            if organisation_id is not None:
                query = query.where(DataSource.organisation_id == organisation_id)
            rows = s.scalars(query.order_by(DataSource.name)).all()
            return [(mappers.ref(r.organisation), r.name) for r in rows]

    def get(self, agreement_id: uuid.UUID | str) -> dto.AgreementDTO:
        with self._tx() as s:
            return self._dto(
                get(s, Agreement, agreement_id, "agreement", options=list(AGREEMENT_LOAD))
            )

    def list_agreements(self) -> list[dto.AgreementDTO]:
        with self._tx() as s:
            rows = (
                s.scalars(
                    select(Agreement).options(*AGREEMENT_LOAD).order_by(func.lower(Agreement.title))
                )
                .unique()
                .all()
            )
            return [self._dto(a) for a in rows]

    def due_for_review(
        self, notice_days: int = AGREEMENT_REVIEW_NOTICE_DAYS
    ) -> list[dto.AgreementDTO]:
        return [a for a in self.list_agreements() if a.review_due or self._within(a, notice_days)]

    def _within(self, a: dto.AgreementDTO, days: int) -> bool:
        live = a.status in (AgreementStatus.ACTIVE, AgreementStatus.UNDER_REVIEW)
        return (
            live
            and a.review_date is not None
            and a.review_date <= self.context.today() + timedelta(days=days)
        )

    def _dto(self, a: Agreement) -> dto.AgreementDTO:
        live = a.status in (AgreementStatus.ACTIVE, AgreementStatus.UNDER_REVIEW)
        return dto.AgreementDTO(
            id=a.id,
            title=a.title,
            reference=a.reference,
            purpose=a.purpose,
            lawful_basis=a.lawful_basis,
            data_items=a.data_items,
            direction=a.direction,
            method=a.method,
            marking=a.marking,
            retention=a.retention,
            start_date=a.start_date,
            review_date=a.review_date,
            status=a.status,
            document_location=a.document_location,
            owner=mappers.opt_ref(a.owner_staff),
            parties=tuple(mappers.ref(p.organisation) for p in a.parties),
            review_due=live and a.review_date is not None and a.review_date <= self.context.today(),
            version=a.version,
        )


class StakeholderService(Service):
    def rate(
        self,
        *,
        influence: int,
        interest: int,
        organisation_id: uuid.UUID | None = None,
        contact_id: uuid.UUID | None = None,
        problem_id: uuid.UUID | None = None,
        notes: str | None = None,
    ) -> dto.RatingDTO:
        """Set the influence and interest (1-5) of a partner, overall or for one problem."""
        if (organisation_id is None) == (contact_id is None):
            raise ValidationError("Rate one organisation or one contact.")
        check_rating(influence, "Influence")
        check_rating(interest, "Interest")
        with self._tx() as s:
            subject: Organisation | Contact = (
                get(s, Organisation, organisation_id, "organisation")
                if organisation_id is not None
                else get(s, Contact, contact_id, "contact")  # type: ignore[arg-type]
            )
            problem = None if problem_id is None else get(s, Problem, problem_id, "problem")
            query = select(StakeholderRating).where(
                StakeholderRating.organisation_id == organisation_id
                if organisation_id is not None
                else StakeholderRating.contact_id == contact_id,
                StakeholderRating.problem_id.is_(None)
                if problem is None
                else StakeholderRating.problem_id == problem.id,
            )
            rating = s.scalars(query).first()
            if rating is None:
                rating = StakeholderRating(
                    organisation_id=organisation_id, contact_id=contact_id, problem_id=problem_id
                )
                s.add(rating)
            rating.influence, rating.interest = influence, interest
            rating.notes = clean_text(notes, "Notes", max_length=TEXT_MAX, multiline=True)
            rating.rated_on = self.context.today()
            s.flush()
            self._audit(
                s,
                AuditAction.UPDATE,
                "stakeholder_rating",
                rating.id,
                f"Rated {subject.name}: influence {influence}, interest {interest}",
            )
            return dto.RatingDTO(
                rating.id,
                mappers.ref(subject),
                organisation_id is not None,
                mappers.opt_ref(problem),
                influence,
                interest,
            )

    def ratings(self, *, problem_id: uuid.UUID | None = None) -> list[dto.RatingDTO]:
        with self._tx() as s:
            query = select(StakeholderRating)
            query = query.where(
                StakeholderRating.problem_id.is_(None)
                if problem_id is None
                else StakeholderRating.problem_id == problem_id
            )
            result = []
            problem = None if problem_id is None else get(s, Problem, problem_id, "problem")
            for r in s.scalars(query).all():
                subject: Any = (
                    s.get(Organisation, r.organisation_id)
                    if r.organisation_id
                    else s.get(Contact, r.contact_id)
                )
                result.append(
                    dto.RatingDTO(
                        r.id,
                        mappers.ref(subject),
                        r.organisation_id is not None,
                        mappers.opt_ref(problem),
                        r.influence,
                        r.interest,
                    )
                )
            return sorted(result, key=lambda r: (-r.influence, -r.interest, r.subject.name))
