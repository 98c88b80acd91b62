"""Stakeholder ratings: influence and interest of partners, overall or for one problem."""

from __future__ import annotations

import uuid
from typing import Any

from popdesk.db.models import (
    Contact,
    Organisation,
    Problem,
    StakeholderRating,
)
from popdesk.domain import dto
from popdesk.domain.enums import (
    AuditAction,
)
from popdesk.domain.validation import QT_TRANSLATE_NOOP, TEXT_MAX, check_rating, clean_text
from popdesk.errors import ValidationError
from popdesk.repositories import stakeholders as repo
from popdesk.repositories.base import get
from popdesk.services import mappers
from popdesk.services.base import Service


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
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Rate one organisation or one contact.")
            )
        check_rating(influence, "Influence")
        check_rating(interest, "Interest")
        with self._tx() as s:
            subject: Organisation | Contact = (
                get(s, Organisation, organisation_id, "organisation")
                if organisation_id is not None
                else get(s, Contact, contact_id, "contact")  # type: ignore[arg-type]
            )
            problem = None if problem_id is None else get(s, Problem, problem_id, "problem")
            rating = repo.rating_of(
                s,
                organisation_id=organisation_id,
                contact_id=contact_id,
                problem_id=None if problem is None else problem.id,
            )
            if rating is None:
                rating = StakeholderRating(
                    organisation_id=organisation_id, contact_id=contact_id, problem_id=problem_id
                )
                s.add(rating)
            rating.influence, rating.interest = influence, interest
            rating.notes = clean_text(notes, "Notes", max_length=TEXT_MAX, multiline=True)
            rating.rated_on = self.context.today()
            s.flush()
            self.auditor.record(
                s,
                AuditAction.UPDATE,
                "stakeholder_rating",
                rating.id,
                f"Rated {subject.name if organisation_id is not None else 'a contact'}: "
                f"influence {influence}, interest {interest}",
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
            result = []
            problem = None if problem_id is None else get(s, Problem, problem_id, "problem")
            for r in repo.ratings(s, problem_id):
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
