"""Looking across the store: full-text search and the coverage check."""

from __future__ import annotations

from datetime import UTC, datetime

from popdesk.db.seam import backend_of
from popdesk.domain import dto
from popdesk.domain.enums import ActionStatus, AuditAction
from popdesk.domain.validation import clean_text
from popdesk.repositories import audit as audit_repo
from popdesk.repositories import handovers as handover_repo
from popdesk.repositories import search as search_repo
from popdesk.services.agreements import AgreementService
from popdesk.services.base import Context, Service, UnitOfWork
from popdesk.services.dashboard import DashboardService
from popdesk.services.engagements import ActionService
from popdesk.services.groups import GroupService
from popdesk.services.partners import PartnerService
from popdesk.services.spocs import SpocService


class SearchService(Service):
    def search(self, typed: str, limit: int = 50) -> list[dto.SearchHit]:
        cleaned = clean_text(typed, "Search", max_length=200) or ""
        """The best matches grouped by kind (kinds in the order of their best match), newest
        first within a kind that has dates; each hit carries what tells it apart."""
        with self._tx() as s:
            hits = search_repo.search(s, cleaned, limit)
            details = search_repo.details(s, hits)
        found: dict[str, list[dto.SearchHit]] = {}
        for kind, record_id, title in hits:
            detail = details.get(record_id, search_repo.HitDetail())
            found.setdefault(kind, []).append(
                dto.SearchHit(kind, record_id, _shorten(title), detail.words, detail.when)
            )
        ordered: list[dto.SearchHit] = []
        for kind_hits in found.values():
            ordered += sorted(kind_hits, key=_newest_first)
        return ordered


class CheckService(Service):
    """The store's health and where partnership working has gaps; the gaps are counted by the
    services that list them, handed in by the composition root and sharing this service's unit
    of work, so that the report is one read."""

    def __init__(
        self,
        work: UnitOfWork,
        context: Context | None = None,
        *,
        dashboard: DashboardService,
        partners: PartnerService,
        spocs: SpocService,
        groups: GroupService,
        actions: ActionService,
        agreements: AgreementService,
    ) -> None:
        super().__init__(work, context)
        self.dashboard = self._sharing(dashboard)
        self.partners = self._sharing(partners)
        self.spocs = self._sharing(spocs)
        self.groups = self._sharing(groups)
        self.actions = self._sharing(actions)
        self.agreements = self._sharing(agreements)

    def counts(self) -> dict[str, int]:
        """How many records of each kind, as the store keeps them: cheap, unlike ``check``
        (which reads every page)."""
        return self.dashboard.counts()

    def record_key_change(self, what: str) -> None:
        """An audit entry for a change of the store's secrets: "passphrase" or "recovery key"
        (the store was re-encrypted under a new key either way)."""
        summary = {
            "passphrase": "Changed the passphrase; the store was re-encrypted under a new key",
            "recovery key": "Issued a new recovery key; the store was re-encrypted under a new key",
        }[what]
        with self._tx() as s:
            self.auditor.record(s, AuditAction.UPDATE, "store", None, summary)

    def check(self) -> dto.CheckReport:
        with self._tx() as s:
            integrity = "; ".join(backend_of(s).integrity_problems(s)) or "ok"
            counts = self.counts()
            in_progress = handover_repo.count_in_progress(s)
            checked, broken = audit_repo.verify_chain(s)
            return dto.CheckReport(
                audit_entries_checked=checked,
                audit_break=None
                if broken is None
                else dto.AuditBreak(broken.seq, broken.at, broken.reason),
                integrity=integrity,
                counts=counts,
                organisations_without_spoc=len(self.spocs.organisations_without_spoc()),
                vacant_spocs=len(self.spocs.list_vacant()),
                spoc_reviews_overdue=len(self.spocs.list_review_overdue()),
                groups_without_representative=len(self.groups.without_representative()),
                overdue_actions=len(
                    [a for a in self.actions.overdue() if a.status is ActionStatus.OPEN]
                ),
                agreements_due_review=len(self.agreements.due_for_review(notice_days=0)),
                contacts_due_review=len(self.partners.contacts_due_review()),
                handovers_in_progress=in_progress,
            )


def _newest_first(hit: dto.SearchHit) -> tuple[int, float]:
    """Dated hits newest first; undated ones keep their rank (sorting is stable)."""
    if hit.when is None:
        return (1, 0.0)
    moment = hit.when
    if not isinstance(moment, datetime):
        moment = datetime(moment.year, moment.month, moment.day, tzinfo=UTC)
    elif moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return (0, -moment.timestamp())


def _shorten(title: str, limit: int = 100) -> str:
    title = " ".join(title.split())
    return title if len(title) <= limit else title[: limit - 1] + "…"
