"""Every model, imported here so that ``Base.metadata`` knows all tables."""

from popdesk.db.models.agreements import Agreement, AgreementParty, AgreementSignatory, DataSource
from popdesk.db.models.audit import AuditEntry, ExportRecord
from popdesk.db.models.engagements import (
    Action,
    Engagement,
    engagement_contacts,
    engagement_organisations,
    engagement_staff,
)
from popdesk.db.models.groups import (
    Group,
    Meeting,
    MeetingAttendance,
    Representation,
    group_member_contacts,
    group_member_organisations,
)
from popdesk.db.models.handovers import (
    ChecklistTemplate,
    ChecklistTemplateItem,
    Handover,
    HandoverItem,
    HandoverSignoff,
)
from popdesk.db.models.partners import (
    Contact,
    ContactEmail,
    ContactPhone,
    Neighbourhood,
    Organisation,
    StaffMember,
    Topic,
    organisation_neighbourhoods,
)
from popdesk.db.models.problems import Problem, ProblemPartner, StakeholderRating
from popdesk.db.models.spoc import SpocAssignment, spoc_our_deputies, spoc_their_deputies

__all__ = [
    "Action",
    "Agreement",
    "AgreementParty",
    "AgreementSignatory",
    "AuditEntry",
    "ChecklistTemplate",
    "ChecklistTemplateItem",
    "Contact",
    "ContactEmail",
    "ContactPhone",
    "DataSource",
    "Engagement",
    "ExportRecord",
    "Group",
    "Handover",
    "HandoverItem",
    "HandoverSignoff",
    "Meeting",
    "MeetingAttendance",
    "Neighbourhood",
    "Organisation",
    "Problem",
    "ProblemPartner",
    "Representation",
    "SpocAssignment",
    "StaffMember",
    "StakeholderRating",
    "Topic",
    "engagement_contacts",
    "engagement_organisations",
    "engagement_staff",
    "group_member_contacts",
    "group_member_organisations",
    "organisation_neighbourhoods",
    "spoc_our_deputies",
    "spoc_their_deputies",
]
