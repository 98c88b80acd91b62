"""The audit trail: who did what to which record, when; every export with its marking."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from popdesk.db.base import Base, Record, utcnow
from popdesk.domain.enums import AuditAction


class AuditEntry(Record, Base):
    __tablename__ = "audit_entries"

    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[AuditAction]
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    summary: Mapped[str] = mapped_column(Text)
    details: Mapped[str | None] = mapped_column(Text)
