"""Partner organisations and their people, our staff, neighbourhoods and SPOC topics."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Column, ForeignKey, Index, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from popdesk.db.base import Base, Record
from popdesk.domain.enums import Channel, LawfulBasis, Sector, StaffKind, WorkingApproach

organisation_neighbourhoods = Table(
    "organisation_neighbourhoods",
    Base.metadata,
    Column("organisation_id", ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "neighbourhood_id", ForeignKey("neighbourhoods.id", ondelete="CASCADE"), primary_key=True
    ),
)


class Neighbourhood(Record, Base):
    __tablename__ = "neighbourhoods"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    area: Mapped[str | None] = mapped_column(String(120))
    notes: Mapped[str | None] = mapped_column(Text)


class Organisation(Record, Base):
    __tablename__ = "organisations"

    name: Mapped[str] = mapped_column(String(200), index=True)
    sector: Mapped[Sector]
    approach: Mapped[WorkingApproach] = mapped_column(default=WorkingApproach.UNKNOWN)
    website: Mapped[str | None] = mapped_column(String(500))
    address: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(default=True)

    neighbourhoods: Mapped[list[Neighbourhood]] = relationship(
        secondary=organisation_neighbourhoods, lazy="raise_on_sql", order_by=Neighbourhood.name
    )


class Contact(Record, Base):
    __tablename__ = "contacts"
    __table_args__ = (Index("ix_contacts_active_review_due", "active", "review_due", "name", "id"),)

    name: Mapped[str] = mapped_column(String(120), index=True)
    job_title: Mapped[str | None] = mapped_column(String(200))
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    preferred_channel: Mapped[Channel | None]
    notes: Mapped[str | None] = mapped_column(Text)
    lawful_basis: Mapped[LawfulBasis] = mapped_column(default=LawfulBasis.PUBLIC_TASK)
    review_due: Mapped[date | None] = mapped_column(index=True)
    active: Mapped[bool] = mapped_column(default=True)

    organisation: Mapped[Organisation | None] = relationship(lazy="raise_on_sql")
    phones: Mapped[list[ContactPhone]] = relationship(
        lazy="raise_on_sql",
        cascade="all, delete-orphan",
        order_by="ContactPhone.position",
    )
    emails: Mapped[list[ContactEmail]] = relationship(
        lazy="raise_on_sql",
        cascade="all, delete-orphan",
        order_by="ContactEmail.position",
    )


class ContactPhone(Record, Base):
    __tablename__ = "contact_phones"

    contact_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str | None] = mapped_column(String(40))
    number: Mapped[str] = mapped_column(String(20), index=True)
    position: Mapped[int] = mapped_column(default=0)


class ContactEmail(Record, Base):
    __tablename__ = "contact_emails"

    contact_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str | None] = mapped_column(String(40))
    address: Mapped[str] = mapped_column(String(254))
    address_key: Mapped[str] = mapped_column(String(254), index=True)
    position: Mapped[int] = mapped_column(default=0)


class StaffMember(Record, Base):
    __tablename__ = "staff"

    name: Mapped[str] = mapped_column(String(120), index=True)
    kind: Mapped[StaffKind] = mapped_column(default=StaffKind.OFFICER)
    rank: Mapped[str | None] = mapped_column(String(80))
    staff_number: Mapped[str | None] = mapped_column(String(20), unique=True)
    post_role: Mapped[str | None] = mapped_column(String(120))
    post_area: Mapped[str | None] = mapped_column(String(120))
    team: Mapped[str | None] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    in_post_since: Mapped[date | None]
    expected_move: Mapped[date | None]
    active: Mapped[bool] = mapped_column(default=True)


class Topic(Record, Base):
    """A SPOC topic (ASB, licensing, safeguarding ...): an open list people can add to."""

    __tablename__ = "topics"
    __table_args__ = (UniqueConstraint("name_key"),)

    name: Mapped[str] = mapped_column(String(80))
    name_key: Mapped[str] = mapped_column(String(80))


Index("ix_contact_emails_contact_address", ContactEmail.contact_id, ContactEmail.address_key)
