"""Reading the audit trail: newest first, filtered, each entry with its record's present name.

Entries are written by every service (its ``Auditor``, ``services.base``) and never changed: the
store refuses updates and deletes on them. Names are looked up when the log is read, so an erased
contact shows as erased and the log itself never held the name.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from popdesk.db import models as m
from popdesk.domain import dto
from popdesk.domain.enums import AuditAction
from popdesk.repositories import audit as repo
from popdesk.services.base import Service

CSV_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")


class AuditService(Service):
    def entries(
        self,
        *,
        entity_id: object | None = None,
        actor: str | None = None,
        action: AuditAction | None = None,
        since: date | None = None,
        until: date | None = None,
        offset: int = 0,
        limit: int = 200,
    ) -> list[dto.AuditDTO]:
        """Newest first."""
        with self._tx() as s:
            rows = repo.entries(
                s,
                entity_id=entity_id,
                actor=actor,
                action=action,
                since=None if since is None else _start(since),
                until=None if until is None else _start(until, days=1),
                offset=offset,
                limit=limit,
            )
            names = repo.present_names(s, [entry for entry, _ in rows])
            return [
                dto.AuditDTO(
                    a.id,
                    a.at,
                    a.actor,
                    a.action,
                    a.entity,
                    a.entity_id,
                    a.summary,
                    names.get((a.entity, a.entity_id)),
                    export.purpose if export else None,
                    export.file_name if export else None,
                )
                for a, export in rows
            ]

    def count(self) -> int:
        with self._tx() as s:
            return repo.count(s)

    def actors(self) -> list[str]:
        with self._tx() as s:
            return repo.actors(s)

    def export_csv(self, out: Path, **filters: Any) -> Path:
        """Write the log as CSV, whole or not at all; the export is itself recorded."""
        from popdesk.exports.files import write_atomically

        target = write_atomically(Path(out), self.as_csv(**filters).encode("utf-8-sig"))
        with self._tx() as s:
            entry = self.auditor.record(
                s, AuditAction.EXPORT, "audit_log", None, "Exported the audit log"
            )
            s.add(m.ExportRecord(audit_entry_id=entry.id, purpose=None, file_name=str(target)))
        return target

    def as_csv(self, **filters: Any) -> str:
        """The log (with the same filters) as CSV; no cell can start a spreadsheet formula."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(
            ["When (UTC)", "Who", "Action", "Kind", "Record", "Summary", "Purpose", "Record id"]
        )
        offset = 0
        while True:
            page = self.entries(offset=offset, limit=1000, **filters)
            for e in page:
                writer.writerow(
                    [
                        _cell(v)
                        for v in (
                            e.at.strftime("%Y-%m-%d %H:%M:%S"),
                            e.actor,
                            e.action.label,
                            e.entity.replace("_", " "),
                            e.record or "",
                            e.summary,
                            e.purpose or "",
                            str(e.entity_id or ""),
                        )
                    ]
                )
            if len(page) < 1000:
                return out.getvalue()
            offset += 1000


def _start(day: date, days: int = 0) -> datetime:
    from datetime import UTC, timedelta

    return datetime.combine(day + timedelta(days=days), time(0), tzinfo=UTC)


def _cell(value: str) -> str:
    """OWASP's advice for CSV cells: a leading formula character is made plain text."""
    return "'" + value if value.startswith(CSV_TRIGGERS) else value
