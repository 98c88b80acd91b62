"""Problems worked with partners (SARA) and stakeholder ratings."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from popdesk.db.base import Base, Record
from popdesk.db.models.partners import Contact, Neighbourhood, Organisation, StaffMember
from popdesk.domain.enums import Priority, ProblemStatus, SaraStage


class Problem(Record, Base):
    __tablename__ = "problems"

    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    neighbourhood_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("neighbourhoods.id", ondelete="SET NULL"), index=True
    )
    priority: Mapped[Priority] = mapped_column(default=Priority.MEDIUM)
    priority_agreed_on: Mapped[date | None]
    stage: Mapped[SaraStage] = mapped_column(default=SaraStage.SCANNING)
    status: Mapped[ProblemStatus] = mapped_column(default=ProblemStatus.LIVE, index=True)
    lead_staff_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )
    opened_on: Mapped[date]
    closed_on: Mapped[date | None]
    evaluation_notes: Mapped[str | None] = mapped_column(Text)
    cost_benefit_notes: Mapped[str | None] = mapped_column(Text)
    academic_partner_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL")
    )

    neighbourhood: Mapped[Neighbourhood | None] = relationship(lazy="raise_on_sql")
    lead_staff: Mapped[StaffMember | None] = relationship(lazy="raise_on_sql")
    partners: Mapped[list[ProblemPartner]] = relationship(
        lazy="raise_on_sql", cascade="all, delete-orphan"
    )


class ProblemPartner(Record, Base):
    __tablename__ = "problem_partners"

    problem_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("problems.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    contact_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL")
    )
    role: Mapped[str | None] = mapped_column(String(200))

    organisation: Mapped[Organisation] = relationship(lazy="raise_on_sql")
    contact: Mapped[Contact | None] = relationship(lazy="raise_on_sql")


class StakeholderRating(Record, Base):
    """Influence and interest (1-5) of an organisation or contact, overall or for one problem."""

    __tablename__ = "stakeholder_ratings"
    __table_args__ = (
        CheckConstraint("(organisation_id IS NULL) != (contact_id IS NULL)", name="one_subject"),
        CheckConstraint("influence BETWEEN 1 AND 5", name="influence_range"),
        CheckConstraint("interest BETWEEN 1 AND 5", name="interest_range"),
    )

    organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    problem_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("problems.id", ondelete="CASCADE"), index=True
    )
    influence: Mapped[int]
    interest: Mapped[int]
    notes: Mapped[str | None] = mapped_column(Text)
    rated_on: Mapped[date]
