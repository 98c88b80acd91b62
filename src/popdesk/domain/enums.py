"""The fixed vocabularies of the domain. Stored by value; shown by label (UK English)."""

from __future__ import annotations

from enum import Enum
from functools import cache
from typing import Any, Self


def _key(text: str) -> str:
    """The form values and labels are compared in: "Official-Sensitive " == "official_sensitive"."""
    return text.strip().casefold().replace("-", "_").replace(" ", "_")


class LabelledEnum(str, Enum):  # noqa: UP042 (StrEnum refuses (value, label) tuples)
    """A string enum whose members carry the label a user reads."""

    label: str

    def __new__(cls, value: str, label: str) -> Self:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, text: Any) -> Self:
        """Accept a value or a label, case-insensitively; refuse anything else with the choices."""
        if isinstance(text, cls):
            return text
        found: Self | None = _lookup(cls).get(_key(str(text)))
        if found is None:
            choices = ", ".join(m.label for m in cls)
            raise ValueError(f"'{text}' is not one of: {choices}")
        return found


@cache
def _lookup(kind: type[LabelledEnum]) -> dict[str, Any]:
    """Each member of ``kind`` by its value's and its label's key (made once per enum)."""
    found: dict[str, Any] = {}
    for member in kind:  # a value wins over another member's label, as the order here gives
        found.setdefault(_key(member.value), member)
        found.setdefault(_key(member.label), member)
    return found


class Sector(LabelledEnum):
    LOCAL_AUTHORITY = "local_authority", "Local authority"
    HEALTH = "health", "Health"
    EDUCATION = "education", "Education"
    FIRE_AND_RESCUE = "fire_and_rescue", "Fire and rescue"
    PROBATION = "probation", "Probation"
    HOUSING = "housing", "Housing"
    OTHER_POLICE_FORCE = "other_police_force", "Other police force"
    PRIVATE = "private", "Private sector"
    VOLUNTARY = "voluntary", "Voluntary sector"
    ACADEMIC = "academic", "Academic"
    COMMUNITY_GROUP = "community_group", "Community group"
    INDIVIDUAL = "individual", "Individual"
    UNKNOWN = "unknown", "Not yet known"  # made by an import; to be set by a person

    @property
    def is_statutory(self) -> bool:
        return self in _STATUTORY


_STATUTORY = frozenset(
    {
        Sector.LOCAL_AUTHORITY,
        Sector.HEALTH,
        Sector.EDUCATION,
        Sector.FIRE_AND_RESCUE,
        Sector.PROBATION,
        Sector.HOUSING,
        Sector.OTHER_POLICE_FORCE,
    }
)


class WorkingApproach(LabelledEnum):
    PROBLEM_ORIENTED = "problem_oriented", "Problem-oriented"
    PUBLIC_HEALTH = "public_health", "Public health"
    ASSET_BASED = "asset_based", "Asset-based"
    UNKNOWN = "unknown", "Not known"


class Channel(LabelledEnum):
    PHONE = "phone", "Phone"
    EMAIL = "email", "Email"
    IN_PERSON = "in_person", "In person"
    VIDEO = "video", "Video call"
    LETTER = "letter", "Letter"


class LawfulBasis(LabelledEnum):
    """UK GDPR Article 6 bases (and DPA 2018 Part 3 law enforcement processing)."""

    CONSENT = "consent", "Consent"
    CONTRACT = "contract", "Contract"
    LEGAL_OBLIGATION = "legal_obligation", "Legal obligation"
    VITAL_INTERESTS = "vital_interests", "Vital interests"
    PUBLIC_TASK = "public_task", "Public task"
    LEGITIMATE_INTERESTS = "legitimate_interests", "Legitimate interests"
    LAW_ENFORCEMENT = "law_enforcement", "Law enforcement (DPA 2018 Part 3)"


class StaffKind(LabelledEnum):
    OFFICER = "officer", "Police officer"
    STAFF = "staff", "Police staff"
    PCSO = "pcso", "PCSO"
    SPECIAL = "special", "Special constable"
    VOLUNTEER = "volunteer", "Police support volunteer"


class GroupKind(LabelledEnum):
    CSP = "csp", "Community Safety Partnership"
    ASB_PANEL = "asb_panel", "ASB case review panel"
    PACT = "pact", "PACT meeting"
    PUBWATCH = "pubwatch", "Pubwatch"
    SAFEGUARDING_BOARD = "safeguarding_board", "Safeguarding board"
    PROBLEM_SOLVING_PANEL = "problem_solving_panel", "Problem-solving panel"
    OTHER = "other", "Other"


class Cadence(LabelledEnum):
    WEEKLY = "weekly", "Weekly"
    FORTNIGHTLY = "fortnightly", "Fortnightly"
    MONTHLY = "monthly", "Monthly"
    SIX_WEEKLY = "six_weekly", "Every six weeks"
    BIMONTHLY = "bimonthly", "Every two months"
    QUARTERLY = "quarterly", "Quarterly"
    AD_HOC = "ad_hoc", "As needed"


class RepresentationRole(LabelledEnum):
    MEMBER = "member", "Member"
    CHAIR = "chair", "Chair"
    DEPUTY = "deputy", "Deputy"


class MeetingStatus(LabelledEnum):
    SCHEDULED = "scheduled", "Scheduled"
    HELD = "held", "Held"
    CANCELLED = "cancelled", "Cancelled"


class Attendance(LabelledEnum):
    PRESENT = "present", "Present"
    APOLOGIES = "apologies", "Apologies"
    ABSENT = "absent", "Absent"


class EngagementType(LabelledEnum):
    MEETING = "meeting", "Meeting"
    CALL = "call", "Call"
    EMAIL = "email", "Email"
    VISIT = "visit", "Visit"
    WORKSHOP = "workshop", "Workshop"
    JOINT_TRAINING = "joint_training", "Joint training or CPD"
    CONFERENCE = "conference", "Conference"
    AWARD_CEREMONY = "award_ceremony", "Award ceremony"
    OTHER = "other", "Other"


class ActionStatus(LabelledEnum):
    OPEN = "open", "Open"
    DONE = "done", "Done"
    CANCELLED = "cancelled", "Cancelled"
    HANDED_OVER = "handed_over", "Handed over"


class SaraStage(LabelledEnum):
    SCANNING = "scanning", "Scanning"
    ANALYSIS = "analysis", "Analysis"
    RESPONSE = "response", "Response"
    ASSESSMENT = "assessment", "Assessment"


class ProblemStatus(LabelledEnum):
    LIVE = "live", "Live"
    CLOSED = "closed", "Closed"


class Priority(LabelledEnum):
    HIGH = "high", "High"
    MEDIUM = "medium", "Medium"
    LOW = "low", "Low"


class Marking(LabelledEnum):
    """Government Security Classifications: the two markings popdesk prints."""

    OFFICIAL = "OFFICIAL", "OFFICIAL"
    OFFICIAL_SENSITIVE = "OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"


class AgreementStatus(LabelledEnum):
    DRAFT = "draft", "Draft"
    ACTIVE = "active", "Active"
    UNDER_REVIEW = "under_review", "Under review"
    EXPIRED = "expired", "Expired"
    TERMINATED = "terminated", "Terminated"


class SharingDirection(LabelledEnum):
    OUTGOING = "outgoing", "We share with them"
    INCOMING = "incoming", "They share with us"
    BOTH = "both", "Both ways"


class PartyRole(LabelledEnum):
    CONTROLLER = "controller", "Controller"
    JOINT_CONTROLLER = "joint_controller", "Joint controller"
    PROCESSOR = "processor", "Processor"
    RECIPIENT = "recipient", "Recipient"


class HandoverStatus(LabelledEnum):
    DRAFT = "draft", "Draft"
    IN_PROGRESS = "in_progress", "In progress"
    COMPLETED = "completed", "Completed"
    CANCELLED = "cancelled", "Cancelled"


class ItemKind(LabelledEnum):
    SPOC = "spoc", "SPOC role"
    REPRESENTATION = "representation", "Group seat"
    ACTION = "action", "Open action"
    PROBLEM = "problem", "Live problem"
    AGREEMENT = "agreement", "Agreement"
    TEMPLATE = "template", "Checklist"


class ItemStatus(LabelledEnum):
    TODO = "todo", "To do"
    DONE = "done", "Done"
    NOT_NEEDED = "not_needed", "Not needed"


class SignoffRole(LabelledEnum):
    OUTGOING = "outgoing", "Outgoing"
    INCOMING = "incoming", "Incoming"
    SUPERVISOR = "supervisor", "Supervisor"


class AuditAction(LabelledEnum):
    CREATE = "create", "Created"
    UPDATE = "update", "Updated"
    DELETE = "delete", "Deleted"
    EXPORT = "export", "Exported"
    ERASE = "erase", "Erased"
    IMPORT = "import", "Imported"
    COMPLETE = "complete", "Completed"
