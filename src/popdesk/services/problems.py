"""Problems worked with partners (SARA): stages, partners and their roles, evaluation."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from popdesk.db.models import (
    Contact,
    Neighbourhood,
    Organisation,
    Problem,
    ProblemPartner,
    StaffMember,
)
from popdesk.domain import dto
from popdesk.domain.enums import (
    AuditAction,
    Priority,
    ProblemStatus,
    SaraStage,
)
from popdesk.domain.rules import enum_parser
from popdesk.domain.validation import (
    QT_TRANSLATE_NOOP,
    TEXT_MAX,
    TITLE_MAX,
    clean_text,
    required_text,
)
from popdesk.errors import Conflict
from popdesk.repositories import problems as repo
from popdesk.repositories.base import get
from popdesk.services import mappers
from popdesk.services.base import Service


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
            self.auditor.record(s, AuditAction.CREATE, "problem", problem.id, "Opened a problem")
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
                raise Conflict.worded(
                    QT_TRANSLATE_NOOP("Errors", "{0} is already a partner on this problem."),
                    org.name,
                )
            contact = None if contact_id is None else get(s, Contact, contact_id, "contact")
            problem.partners.append(
                ProblemPartner(
                    organisation=org, contact=contact, role=clean_text(role, "Role", max_length=200)
                )
            )
            s.flush()
            self.auditor.record(
                s, AuditAction.UPDATE, "problem", problem.id, f"{org.name} joined a problem"
            )
            return self._dto(s, problem.id)

    def agree_priority(self, problem_id: uuid.UUID, priority: Priority | str) -> dto.ProblemDTO:
        with self._tx() as s:
            problem = self._problem(s, problem_id)
            problem.priority = enum_parser(Priority, "Priority", "priority")(priority)
            problem.priority_agreed_on = self.context.today()
            s.flush()
            self.auditor.record(
                s,
                AuditAction.UPDATE,
                "problem",
                problem.id,
                f"Agreed priority {problem.priority.label}",
            )
            return self._dto(s, problem.id)

    def move_stage(
        self, problem_id: uuid.UUID, stage: SaraStage | str, *, evaluation_notes: str | None = None
    ) -> dto.ProblemDTO:
        with self._tx() as s:
            problem = self._problem(s, problem_id)
            if problem.status is ProblemStatus.CLOSED:
                raise Conflict(
                    QT_TRANSLATE_NOOP("Errors", "That problem is closed; reopen it to move it on.")
                )
            problem.stage = enum_parser(SaraStage, "SARA stage", "stage")(stage)
            if evaluation_notes is not None:
                problem.evaluation_notes = _text("Evaluation notes", "evaluation_notes")(
                    evaluation_notes
                )
            s.flush()
            self.auditor.record(
                s,
                AuditAction.UPDATE,
                "problem",
                problem.id,
                f"Moved a problem to {problem.stage.label}",
            )
            return self._dto(s, problem.id)

    def record_evaluation(self, problem_id: uuid.UUID, notes: str) -> dto.ProblemDTO:
        """Keep the assessment of what worked (cost-benefit, the academic partner's view)."""
        with self._tx() as s:
            problem = self._problem(s, problem_id)
            problem.evaluation_notes = _text("Evaluation notes", "evaluation_notes")(notes)
            s.flush()
            self.auditor.record(
                s,
                AuditAction.UPDATE,
                "problem",
                problem.id,
                "Evaluation notes for a problem",
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
            self.auditor.record(s, AuditAction.UPDATE, "problem", problem.id, "Closed a problem")
            return self._dto(s, problem.id)

    def get(self, problem_id: uuid.UUID | str) -> dto.ProblemDTO:
        with self._tx() as s:
            return self._dto(s, problem_id)

    def list_problems(
        self, *, status: ProblemStatus | None = None, lead_staff_id: uuid.UUID | None = None
    ) -> list[dto.ProblemDTO]:
        with self._tx() as s:
            rows = repo.problems(s, status=status, lead_staff_id=lead_staff_id)
            return [_problem(p) for p in rows]

    def _problem(self, s: Session, problem_id: uuid.UUID | str) -> Problem:
        return get(s, Problem, problem_id, "problem", options=list(repo.PROBLEM_LOAD))

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
