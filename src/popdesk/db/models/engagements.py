"""The engagement log and the follow-up actions that come out of it (and out of elsewhere)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from popdesk.db.base import Base, Record, UtcDateTime
from popdesk.db.models.partners import Contact, Organisation, StaffMember
from popdesk.domain.enums import ActionStatus, EngagementType

engagement_staff = Table(
    "engagement_staff",
    Base.metadata,
    Column("engagement_id", ForeignKey("engagements.id", ondelete="CASCADE"), primary_key=True),
    Column("staff_id", ForeignKey("staff.id", ondelete="RESTRICT"), primary_key=True, index=True),
)

engagement_contacts = Table(
    "engagement_contacts",
    Base.metadata,
    Column("engagement_id", ForeignKey("engagements.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "contact_id", ForeignKey("contacts.id", ondelete="RESTRICT"), primary_key=True, index=True
    ),
)

engagement_organisations = Table(
    "engagement_organisations",
    Base.metadata,
    Column("engagement_id", ForeignKey("engagements.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "organisation_id",
        ForeignKey("organisations.id", ondelete="RESTRICT"),
        primary_key=True,
        index=True,
    ),
    # the engagement's date, copied by the store's triggers, for "engaged since" per organisation
    Column("occurred_at", UtcDateTime(), nullable=True),
    Index("ix_engagement_organisations_organisation_when", "organisation_id", "occurred_at"),
)


class Engagement(Record, Base):
    __tablename__ = "engagements"

    occurred_at: Mapped[datetime] = mapped_column(index=True)
    type: Mapped[EngagementType]
    summary: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(Text)
    location: Mapped[str | None] = mapped_column(String(200))
    problem_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("problems.id", ondelete="SET NULL"), index=True
    )
    meeting_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), index=True
    )

    staff: Mapped[list[StaffMember]] = relationship(secondary=engagement_staff, lazy="raise_on_sql")
    contacts: Mapped[list[Contact]] = relationship(
        secondary=engagement_contacts, lazy="raise_on_sql"
    )
    organisations: Mapped[list[Organisation]] = relationship(
        secondary=engagement_organisations, lazy="raise_on_sql"
    )


class Action(Record, Base):
    """A follow-up: owned by one of our staff or by a partner contact, due by a date."""

    __tablename__ = "actions"
    __table_args__ = (
        CheckConstraint("owner_staff_id IS NULL OR owner_contact_id IS NULL", name="one_owner"),
        Index("ix_actions_status_due", "status", "due_date"),
    )

    description: Mapped[str] = mapped_column(Text)
    owner_staff_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff.id", ondelete="RESTRICT"), index=True
    )
    owner_contact_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="RESTRICT"), index=True
    )
    due_date: Mapped[date | None]
    status: Mapped[ActionStatus] = mapped_column(default=ActionStatus.OPEN)
    completed_on: Mapped[date | None]
    engagement_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("engagements.id", ondelete="SET NULL"), index=True
    )
    meeting_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), index=True
    )
    problem_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("problems.id", ondelete="SET NULL"), index=True
    )
    handover_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("handovers.id", ondelete="SET NULL"), index=True
    )
    # When an action moves to a successor, the old one points at its continuation.
    continued_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("actions.id", ondelete="SET NULL")
    )

    owner_staff: Mapped[StaffMember | None] = relationship(lazy="raise_on_sql")
    owner_contact: Mapped[Contact | None] = relationship(lazy="raise_on_sql")
