"""The audit trail: who did what to which record, when; every export with its marking.

Audit entries are append-only: triggers in the store refuse any UPDATE or DELETE on them, and an
insert that would replace one; each carries its position and a hash chained to the entry before
(``popdesk.security.audit_chain``), so a change made past the triggers still shows. So
that an erased contact leaves nothing behind, an entry names contacts by id only and copies no
free text; what an export was for, and the file it went to, sit in ``export_records``, which an
erasure can redact.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
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
    # The position in the chain and the hash that ties the entry to the one before. Entries
    # written before the chain existed were given theirs when the store was upgraded.
    seq: Mapped[int | None] = mapped_column(index=True, unique=True)
    chain: Mapped[str | None] = mapped_column(String(64))


class ExportRecord(Record, Base):
    """The purpose or recipient given for one export, and where it was written."""

    __tablename__ = "export_records"

    audit_entry_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("audit_entries.id", ondelete="RESTRICT"), unique=True
    )
    purpose: Mapped[str | None] = mapped_column(Text)
    file_name: Mapped[str | None] = mapped_column(Text)
