"""Handovers when someone moves post: checklist items, sign-offs and checklist templates."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from popdesk.db.base import Base, Record
from popdesk.db.models.partners import StaffMember
from popdesk.domain.enums import HandoverStatus, ItemKind, ItemStatus, SignoffRole


class ChecklistTemplate(Record, Base):
    __tablename__ = "checklist_templates"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    is_default: Mapped[bool] = mapped_column(default=False)

    items: Mapped[list[ChecklistTemplateItem]] = relationship(
        lazy="raise_on_sql",
        cascade="all, delete-orphan",
        order_by="ChecklistTemplateItem.position",
    )


class ChecklistTemplateItem(Record, Base):
    __tablename__ = "checklist_template_items"

    template_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("checklist_templates.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    detail: Mapped[str | None] = mapped_column(Text)
    required: Mapped[bool] = mapped_column(default=True)
    position: Mapped[int] = mapped_column(default=0)


class Handover(Record, Base):
    __tablename__ = "handovers"

    outgoing_staff_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("staff.id", ondelete="RESTRICT"), index=True
    )
    incoming_staff_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff.id", ondelete="RESTRICT"), index=True
    )
    supervisor_staff_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL")
    )
    post: Mapped[str] = mapped_column(String(200))
    due_date: Mapped[date | None]
    status: Mapped[HandoverStatus] = mapped_column(default=HandoverStatus.IN_PROGRESS, index=True)
    template_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("checklist_templates.id", ondelete="SET NULL")
    )
    notes: Mapped[str | None] = mapped_column(Text)
    completed_at: Mapped[datetime | None]

    outgoing: Mapped[StaffMember] = relationship(
        foreign_keys=[outgoing_staff_id], lazy="raise_on_sql"
    )
    incoming: Mapped[StaffMember | None] = relationship(
        foreign_keys=[incoming_staff_id], lazy="raise_on_sql"
    )
    supervisor: Mapped[StaffMember | None] = relationship(
        foreign_keys=[supervisor_staff_id], lazy="raise_on_sql"
    )
    items: Mapped[list[HandoverItem]] = relationship(
        lazy="raise_on_sql", cascade="all, delete-orphan", order_by="HandoverItem.position"
    )
    signoffs: Mapped[list[HandoverSignoff]] = relationship(
        lazy="raise_on_sql", cascade="all, delete-orphan"
    )


class HandoverItem(Record, Base):
    __tablename__ = "handover_items"

    handover_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("handovers.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[ItemKind]
    # The record the item was generated from (SPOC assignment, representation, action ...).
    subject_id: Mapped[uuid.UUID | None]
    title: Mapped[str] = mapped_column(String(300))
    detail: Mapped[str | None] = mapped_column(Text)
    required: Mapped[bool] = mapped_column(default=True)
    status: Mapped[ItemStatus] = mapped_column(default=ItemStatus.TODO)
    note: Mapped[str | None] = mapped_column(Text)
    ticked_by: Mapped[str | None] = mapped_column(String(120))
    ticked_at: Mapped[datetime | None]
    position: Mapped[int] = mapped_column(default=0)


class HandoverSignoff(Record, Base):
    __tablename__ = "handover_signoffs"
    __table_args__ = (UniqueConstraint("handover_id", "role"),)

    handover_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("handovers.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[SignoffRole]
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(120))
    signed_at: Mapped[datetime]
    note: Mapped[str | None] = mapped_column(Text)
