"""Data-sharing agreements (the fields the ICO's data sharing code asks to be recorded)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from popdesk.db.base import Base, Record
from popdesk.db.models.partners import Organisation, StaffMember
from popdesk.domain.enums import (
    AgreementStatus,
    LawfulBasis,
    Marking,
    PartyRole,
    SharingDirection,
)


class Agreement(Record, Base):
    __tablename__ = "agreements"

    title: Mapped[str] = mapped_column(String(200))
    reference: Mapped[str | None] = mapped_column(String(80))
    purpose: Mapped[str] = mapped_column(Text)
    lawful_basis: Mapped[LawfulBasis]
    lawful_basis_detail: Mapped[str | None] = mapped_column(Text)
    data_items: Mapped[str | None] = mapped_column(Text)
    direction: Mapped[SharingDirection] = mapped_column(default=SharingDirection.BOTH)
    method: Mapped[str | None] = mapped_column(Text)
    marking: Mapped[Marking] = mapped_column(default=Marking.OFFICIAL_SENSITIVE)
    retention: Mapped[str | None] = mapped_column(Text)
    start_date: Mapped[date | None]
    review_date: Mapped[date | None] = mapped_column(index=True)
    status: Mapped[AgreementStatus] = mapped_column(default=AgreementStatus.DRAFT)
    document_location: Mapped[str | None] = mapped_column(String(500))
    owner_staff_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )

    owner_staff: Mapped[StaffMember | None] = relationship(lazy="raise_on_sql")
    parties: Mapped[list[AgreementParty]] = relationship(
        lazy="raise_on_sql", cascade="all, delete-orphan"
    )
    signatories: Mapped[list[AgreementSignatory]] = relationship(
        lazy="raise_on_sql", cascade="all, delete-orphan"
    )


class AgreementParty(Record, Base):
    __tablename__ = "agreement_parties"

    agreement_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("agreements.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    role: Mapped[PartyRole] = mapped_column(default=PartyRole.CONTROLLER)

    organisation: Mapped[Organisation] = relationship(lazy="raise_on_sql")


class AgreementSignatory(Record, Base):
    __tablename__ = "agreement_signatories"

    agreement_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("agreements.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(120))
    position: Mapped[str | None] = mapped_column(String(200))
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL")
    )
    signed_on: Mapped[date | None]


class DataSource(Record, Base):
    """A data source a partner holds (e.g. the council's ASB case system)."""

    __tablename__ = "data_sources"

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    agreement_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("agreements.id", ondelete="SET NULL"), index=True
    )

    organisation: Mapped[Organisation] = relationship(lazy="raise_on_sql")
