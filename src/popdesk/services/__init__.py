"""Use cases. Each public method is one transaction and returns plain DTOs; no Qt here.

``Services.over`` is the composition root of the services: it makes the one unit of work
(``services.base.UnitOfWork``) they share, builds each service once, and hands the services
that call others their collaborators as constructor arguments. No service builds another.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from popdesk.services.agreements import AgreementService
from popdesk.services.audit import AuditService
from popdesk.services.base import Context, UnitOfWork
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
    """Every service over one store, built once by the composition root (app or CLI). ``work``
    is the unit of work they share: ``with services.work.transaction():`` makes several calls,
    of any of them, one transaction."""

    work: UnitOfWork
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
        sessions: sessionmaker[Session] | UnitOfWork,
        context: Context | None = None,
        *,
        compact: Callable[[], None] | None = None,
    ) -> Services:
        """The services over a store's ``sessions`` (or over a unit of work already made, whose
        transactions they then join). ``compact`` is the store's: it runs after an erasure so
        no old bytes remain."""
        work = sessions if isinstance(sessions, UnitOfWork) else UnitOfWork(sessions)
        ctx = context or Context()
        # the services that call no other service
        partners = PartnerService(work, ctx)
        spocs = SpocService(work, ctx)
        groups = GroupService(work, ctx)
        engagements = EngagementService(work, ctx)
        actions = ActionService(work, ctx)
        problems = ProblemService(work, ctx)
        agreements = AgreementService(work, ctx)
        dashboard = DashboardService(work, ctx)
        # and those that do, each handed the ones it calls
        handovers = HandoverService(work, ctx, spocs=spocs)
        return cls(
            work=work,
            partners=partners,
            staff=StaffService(work, ctx),
            spocs=spocs,
            groups=groups,
            engagements=engagements,
            actions=actions,
            problems=problems,
            agreements=agreements,
            stakeholders=StakeholderService(work, ctx),
            handovers=handovers,
            checklists=ChecklistService(work, ctx),
            search=SearchService(work, ctx),
            audit=AuditService(work, ctx),
            check=CheckService(
                work,
                ctx,
                dashboard=dashboard,
                partners=partners,
                spocs=spocs,
                groups=groups,
                actions=actions,
                agreements=agreements,
            ),
            exports=ExportService(
                work,
                ctx,
                partners=partners,
                spocs=spocs,
                groups=groups,
                engagements=engagements,
                actions=actions,
                problems=problems,
                agreements=agreements,
                handovers=handovers,
            ),
            retention=RetentionService(work, ctx, partners=partners, compact=compact),
            imports=ImportService(work, ctx),
            contact_exports=ContactExportService(
                work, ctx, partners=partners, groups=groups, actions=actions
            ),
            dashboard=dashboard,
            users=UserService(work, ctx),
        )
