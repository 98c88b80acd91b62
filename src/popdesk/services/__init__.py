"""Use cases. Each public method is one transaction and returns plain DTOs; no Qt here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from popdesk.services.agreements import AgreementService
from popdesk.services.audit import AuditService
from popdesk.services.base import Context
from popdesk.services.checklists import ChecklistService
from popdesk.services.contact_export import ContactExportService
from popdesk.services.contact_import import ImportService
from popdesk.services.dashboard import DashboardService
from popdesk.services.engagements import ActionService, EngagementService
from popdesk.services.exports import ExportService
from popdesk.services.groups import GroupService
from popdesk.services.handovers import HandoverService
from popdesk.services.partners import PartnerService
from popdesk.services.problems import ProblemService
from popdesk.services.records import CheckService, SearchService
from popdesk.services.retention import RetentionService
from popdesk.services.spocs import SpocService
from popdesk.services.staff import StaffService
from popdesk.services.stakeholders import StakeholderService
from popdesk.services.users import UserService


@dataclass(frozen=True)
class Services:
    """Every service over one store, built once by the composition root (app or CLI)."""

    partners: PartnerService
    staff: StaffService
    spocs: SpocService
    groups: GroupService
    engagements: EngagementService
    actions: ActionService
    problems: ProblemService
    agreements: AgreementService
    stakeholders: StakeholderService
    handovers: HandoverService
    checklists: ChecklistService
    search: SearchService
    audit: AuditService
    check: CheckService
    exports: ExportService
    retention: RetentionService
    imports: ImportService
    contact_exports: ContactExportService
    dashboard: DashboardService
    users: UserService

    @classmethod
    def over(
        cls,
        sessions: sessionmaker[Session],
        context: Context | None = None,
        *,
        compact: Callable[[], None] | None = None,
    ) -> Services:
        """``compact`` is the store's: it runs after an erasure so no old bytes remain."""
        ctx = context or Context()
        return cls(
            partners=PartnerService(sessions, ctx),
            staff=StaffService(sessions, ctx),
            spocs=SpocService(sessions, ctx),
            groups=GroupService(sessions, ctx),
            engagements=EngagementService(sessions, ctx),
            actions=ActionService(sessions, ctx),
            problems=ProblemService(sessions, ctx),
            agreements=AgreementService(sessions, ctx),
            stakeholders=StakeholderService(sessions, ctx),
            handovers=HandoverService(sessions, ctx),
            checklists=ChecklistService(sessions, ctx),
            search=SearchService(sessions, ctx),
            audit=AuditService(sessions, ctx),
            check=CheckService(sessions, ctx),
            exports=ExportService(sessions, ctx),
            retention=RetentionService(sessions, ctx, compact=compact),
            imports=ImportService(sessions, ctx),
            contact_exports=ContactExportService(sessions, ctx),
            dashboard=DashboardService(sessions, ctx),
            users=UserService(sessions, ctx),
        )
