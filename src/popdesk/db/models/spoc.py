"""Single points of contact: for one organisation and topic, our SPOC and theirs."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Column, ForeignKey, Index, String, Table, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from popdesk.db.base import Base, Record
from popdesk.db.models.partners import Contact, Organisation, StaffMember, Topic

spoc_our_deputies = Table(
    "spoc_our_deputies",
    Base.metadata,
    Column(
        "assignment_id", ForeignKey("spoc_assignments.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("staff_id", ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True),
)

spoc_their_deputies = Table(
    "spoc_their_deputies",
    Base.metadata,
    Column(
        "assignment_id", ForeignKey("spoc_assignments.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("contact_id", ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
)


class SpocAssignment(Record, Base):
    __tablename__ = "spoc_assignments"
    __table_args__ = (
        # At most one current assignment per (organisation, topic); ended ones are history.
        Index(
            "uq_spoc_assignments_current",
            "organisation_id",
            "topic_id",
            unique=True,
            sqlite_where=text("end_date IS NULL"),
            postgresql_where=text("end_date IS NULL"),
        ),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    topic_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("topics.id", ondelete="RESTRICT"))
    our_spoc_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff.id", ondelete="RESTRICT"), index=True
    )
    their_spoc_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="RESTRICT"), index=True
    )
    start_date: Mapped[date]
    end_date: Mapped[date | None]
    end_reason: Mapped[str | None] = mapped_column(String(200))
    review_due: Mapped[date | None]
    last_reviewed: Mapped[date | None]
    notes: Mapped[str | None] = mapped_column(Text)

    organisation: Mapped[Organisation] = relationship(lazy="raise_on_sql")
    topic: Mapped[Topic] = relationship(lazy="raise_on_sql")
    our_spoc: Mapped[StaffMember | None] = relationship(lazy="raise_on_sql")
    their_spoc: Mapped[Contact | None] = relationship(lazy="raise_on_sql")
    our_deputies: Mapped[list[StaffMember]] = relationship(
        secondary=spoc_our_deputies, lazy="raise_on_sql"
    )
    their_deputies: Mapped[list[Contact]] = relationship(
        secondary=spoc_their_deputies, lazy="raise_on_sql"
    )
