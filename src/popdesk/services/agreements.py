"""Data-sharing agreements: the register, reviews, and which partner holds which data."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from popdesk.db.models import (
    Agreement,
    AgreementParty,
    DataSource,
    Organisation,
    StaffMember,
)
from popdesk.domain import dto
from popdesk.domain.enums import (
    AgreementStatus,
    AuditAction,
    LawfulBasis,
    Marking,
    PartyRole,
    SharingDirection,
)
from popdesk.domain.rules import AGREEMENT_REVIEW_NOTICE_DAYS, enum_parser, parse_date
from popdesk.domain.validation import (
    QT_TRANSLATE_NOOP,
    TEXT_MAX,
    TITLE_MAX,
    clean_text,
    required_text,
)
from popdesk.errors import ValidationError
from popdesk.repositories import agreements as repo
from popdesk.repositories.base import get
from popdesk.services import mappers
from popdesk.services.base import Service


def _text(label: str, field: str, limit: int = TEXT_MAX) -> Any:
    return lambda v: clean_text(v, label, field=field, max_length=limit, multiline=True)


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
                    QT_TRANSLATE_NOOP("Errors", "The review date must come after the start date."),
                    "review_date",
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
                    QT_TRANSLATE_NOOP(
                        "Errors", "An agreement needs at least one partner organisation."
                    ),
                    "parties",
                )
            s.add(agreement)
            s.flush()
            self.auditor.record(
                s,
                AuditAction.CREATE,
                "agreement",
                agreement.id,
                "Added an agreement",
            )
            return self._dto(
                get(s, Agreement, agreement.id, "agreement", options=list(repo.AGREEMENT_LOAD))
            )

    def mark_reviewed(self, agreement_id: uuid.UUID, *, next_review: date) -> dto.AgreementDTO:
        with self._tx() as s:
            agreement = get(
                s, Agreement, agreement_id, "agreement", options=list(repo.AGREEMENT_LOAD)
            )
            if next_review <= self.context.today():
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "The next review must be in the future."),
                    "review_date",
                )
            agreement.review_date = next_review
            s.flush()
            self.auditor.record(
                s,
                AuditAction.UPDATE,
                "agreement",
                agreement.id,
                "Reviewed an agreement",
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
            self.auditor.record(
                s,
                AuditAction.CREATE,
                "data_source",
                source.id,
                f"Recorded data {source.organisation.name} holds",
            )
            return source.id

    def data_sources(self, organisation_id: uuid.UUID | None = None) -> list[tuple[dto.Ref, str]]:
        """(organisation, data source name) pairs: which partner holds which data."""
        with self._tx() as s:
            rows = repo.data_sources(s, organisation_id)
            return [(mappers.ref(r.organisation), r.name) for r in rows]

    def get(self, agreement_id: uuid.UUID | str) -> dto.AgreementDTO:
        with self._tx() as s:
            return self._dto(
                get(s, Agreement, agreement_id, "agreement", options=list(repo.AGREEMENT_LOAD))
            )

    def list_agreements(self) -> list[dto.AgreementDTO]:
        with self._tx() as s:
            return [self._dto(a) for a in repo.agreements(s)]

    def due_for_review(
        self, notice_days: int = AGREEMENT_REVIEW_NOTICE_DAYS
    ) -> list[dto.AgreementDTO]:
        """Live agreements whose review is overdue or falls within ``notice_days``."""
        until = self.context.today() + timedelta(days=max(notice_days, 0))
        with self._tx() as s:
            return [self._dto(a) for a in repo.due_for_review(s, until)]

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
