"""Partnership groups, who represents us on them, and their meetings."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, Column, ForeignKey, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from popdesk.db.base import Base, Record
from popdesk.db.models.partners import Contact, Neighbourhood, Organisation, StaffMember
from popdesk.domain.enums import Attendance, Cadence, GroupKind, MeetingStatus, RepresentationRole

group_member_organisations = Table(
    "group_member_organisations",
    Base.metadata,
    Column("group_id", ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True),
    Column("organisation_id", ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True),
)

group_member_contacts = Table(
    "group_member_contacts",
    Base.metadata,
    Column("group_id", ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True),
    Column("contact_id", ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
)


class Group(Record, Base):
    __tablename__ = "groups"

    name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[GroupKind] = mapped_column(default=GroupKind.OTHER)
    chair_organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL")
    )
    neighbourhood_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("neighbourhoods.id", ondelete="SET NULL")
    )
    cadence: Mapped[Cadence] = mapped_column(default=Cadence.MONTHLY)
    terms_of_reference: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(default=True)

    chair_organisation: Mapped[Organisation | None] = relationship(lazy="raise_on_sql")
    neighbourhood: Mapped[Neighbourhood | None] = relationship(lazy="raise_on_sql")
    member_organisations: Mapped[list[Organisation]] = relationship(
        secondary=group_member_organisations, lazy="raise_on_sql"
    )
    member_contacts: Mapped[list[Contact]] = relationship(
        secondary=group_member_contacts, lazy="raise_on_sql"
    )


class Representation(Record, Base):
    __tablename__ = "representations"

    group_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("groups.id", ondelete="CASCADE"), index=True
    )
    staff_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("staff.id", ondelete="RESTRICT"), index=True
    )
    role: Mapped[RepresentationRole] = mapped_column(default=RepresentationRole.MEMBER)
    start_date: Mapped[date]
    end_date: Mapped[date | None]
    end_reason: Mapped[str | None] = mapped_column(String(200))

    group: Mapped[Group] = relationship(lazy="raise_on_sql")
    staff: Mapped[StaffMember] = relationship(lazy="raise_on_sql")


class Meeting(Record, Base):
    __tablename__ = "meetings"

    group_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("groups.id", ondelete="CASCADE"), index=True
    )
    starts_at: Mapped[datetime] = mapped_column(index=True)
    venue: Mapped[str | None] = mapped_column(String(200))
    agenda: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    decisions: Mapped[str | None] = mapped_column(Text)
    status: Mapped[MeetingStatus] = mapped_column(default=MeetingStatus.SCHEDULED)

    group: Mapped[Group] = relationship(lazy="raise_on_sql")
    attendance: Mapped[list[MeetingAttendance]] = relationship(
        lazy="raise_on_sql", cascade="all, delete-orphan"
    )


class MeetingAttendance(Record, Base):
    __tablename__ = "meeting_attendance"
    __table_args__ = (
        CheckConstraint("(staff_id IS NULL) != (contact_id IS NULL)", name="one_attendee"),
        UniqueConstraint("meeting_id", "staff_id", "contact_id"),
    )

    meeting_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    contact_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE")
    )
    attendance: Mapped[Attendance] = mapped_column(default=Attendance.PRESENT)

    staff: Mapped[StaffMember | None] = relationship(lazy="raise_on_sql")
    contact: Mapped[Contact | None] = relationship(lazy="raise_on_sql")
