"""Plain records the services hand out, for the views and the exports to read: frozen, detached
from any session, safe to keep. Pure data, below the services so that the exports can take them
without importing the services."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from popdesk.domain.enums import (
    ActionStatus,
    AgreementStatus,
    AuditAction,
    Cadence,
    Channel,
    EngagementType,
    GroupKind,
    HandoverStatus,
    ItemKind,
    ItemStatus,
    LawfulBasis,
    Marking,
    MeetingStatus,
    Priority,
    ProblemStatus,
    RepresentationRole,
    SaraStage,
    Sector,
    SharingDirection,
    SignoffRole,
    StaffKind,
    WorkingApproach,
)


@dataclass(frozen=True)
class Ref:
    """A link to another record, with the name to show for it."""

    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class NeighbourhoodDTO:
    id: uuid.UUID
    name: str
    area: str | None


@dataclass(frozen=True)
class OrganisationDTO:
    id: uuid.UUID
    name: str
    sector: Sector
    approach: WorkingApproach
    website: str | None
    address: str | None
    notes: str | None
    active: bool
    neighbourhoods: tuple[str, ...]
    version: int


@dataclass(frozen=True)
class PhoneDTO:
    number: str  # E.164
    display: str  # national form
    label: str | None


@dataclass(frozen=True)
class ContactDTO:
    id: uuid.UUID
    name: str
    job_title: str | None
    organisation: Ref | None
    phones: tuple[PhoneDTO, ...]
    emails: tuple[str, ...]
    preferred_channel: Channel | None
    notes: str | None
    lawful_basis: LawfulBasis
    review_due: date | None
    active: bool
    version: int


@dataclass(frozen=True)
class StaffDTO:
    id: uuid.UUID
    name: str
    kind: StaffKind
    rank: str | None
    staff_number: str | None
    post_role: str | None
    post_area: str | None
    team: str | None
    phone: str | None
    email: str | None
    in_post_since: date | None
    expected_move: date | None
    active: bool
    version: int


@dataclass(frozen=True)
class SpocDTO:
    id: uuid.UUID
    organisation: Ref
    topic: str
    our_spoc: Ref | None
    their_spoc: Ref | None
    our_deputies: tuple[Ref, ...]
    their_deputies: tuple[Ref, ...]
    start_date: date
    end_date: date | None
    end_reason: str | None
    review_due: date | None
    last_reviewed: date | None
    vacant: bool
    review_overdue: bool

    @property
    def name(self) -> str:
        return f"{self.organisation.name}: {self.topic}"


@dataclass(frozen=True)
class RepresentationDTO:
    id: uuid.UUID
    group: Ref
    staff: Ref
    role: RepresentationRole
    start_date: date
    end_date: date | None

    @property
    def name(self) -> str:
        return f"{self.staff.name} on {self.group.name}"


@dataclass(frozen=True)
class GroupDTO:
    id: uuid.UUID
    name: str
    kind: GroupKind
    chair_organisation: Ref | None
    neighbourhood: Ref | None
    cadence: Cadence
    terms_of_reference: str | None
    active: bool
    member_organisations: tuple[Ref, ...]
    member_contacts: tuple[Ref, ...]
    representatives: tuple[RepresentationDTO, ...]
    next_meeting: datetime | None
    version: int


@dataclass(frozen=True)
class AttendanceDTO:
    person: Ref
    is_staff: bool
    attendance: str


@dataclass(frozen=True)
class MeetingDTO:
    id: uuid.UUID
    group: Ref
    starts_at: datetime
    venue: str | None
    status: MeetingStatus
    agenda: str | None
    notes: str | None
    decisions: str | None
    attendance: tuple[AttendanceDTO, ...]
    version: int

    @property
    def title(self) -> str:
        return f"{self.group.name}, {self.starts_at:%d %b %Y}"


@dataclass(frozen=True)
class ActionDTO:
    id: uuid.UUID
    description: str
    owner: Ref | None
    owner_is_staff: bool
    due_date: date | None
    status: ActionStatus
    completed_on: date | None
    overdue: bool
    source_kind: str | None  # engagement, meeting, problem, handover
    source_id: uuid.UUID | None
    continued_by: uuid.UUID | None
    version: int

    @property
    def title(self) -> str:
        return self.description


@dataclass(frozen=True)
class EngagementDTO:
    id: uuid.UUID
    occurred_at: datetime
    type: EngagementType
    summary: str
    outcome: str | None
    location: str | None
    staff: tuple[Ref, ...]
    contacts: tuple[Ref, ...]
    organisations: tuple[Ref, ...]
    problem: Ref | None
    version: int

    @property
    def title(self) -> str:
        return self.summary


@dataclass(frozen=True)
class LastEngagement:
    """When we last engaged with an organisation or contact (None: never)."""

    subject: Ref
    engagement_id: uuid.UUID | None
    occurred_at: datetime | None
    type: EngagementType | None
    summary: str | None


@dataclass(frozen=True)
class ProblemPartnerDTO:
    organisation: Ref
    contact: Ref | None
    role: str | None


@dataclass(frozen=True)
class ProblemDTO:
    id: uuid.UUID
    title: str
    description: str | None
    neighbourhood: Ref | None
    priority: Priority
    stage: SaraStage
    status: ProblemStatus
    lead: Ref | None
    opened_on: date
    closed_on: date | None
    evaluation_notes: str | None
    partners: tuple[ProblemPartnerDTO, ...]
    version: int


@dataclass(frozen=True)
class AgreementDTO:
    id: uuid.UUID
    title: str
    reference: str | None
    purpose: str
    lawful_basis: LawfulBasis
    data_items: str | None
    direction: SharingDirection
    method: str | None
    marking: Marking
    retention: str | None
    start_date: date | None
    review_date: date | None
    status: AgreementStatus
    document_location: str | None
    owner: Ref | None
    parties: tuple[Ref, ...]
    review_due: bool
    version: int


@dataclass(frozen=True)
class HandoverItemDTO:
    id: uuid.UUID
    kind: ItemKind
    subject_id: uuid.UUID | None
    title: str
    detail: str | None
    required: bool
    status: ItemStatus
    note: str | None
    ticked_by: str | None
    ticked_at: datetime | None


@dataclass(frozen=True)
class SignoffDTO:
    role: SignoffRole
    name: str
    signed_at: datetime
    note: str | None


@dataclass(frozen=True)
class HandoverDTO:
    id: uuid.UUID
    post: str
    outgoing: Ref
    incoming: Ref | None
    supervisor: Ref | None
    due_date: date | None
    status: HandoverStatus
    items: tuple[HandoverItemDTO, ...]
    signoffs: tuple[SignoffDTO, ...]
    completed_at: datetime | None
    version: int

    @property
    def name(self) -> str:
        return f"{self.post}: {self.outgoing.name}"

    @property
    def done(self) -> int:
        return sum(1 for i in self.items if i.status is not ItemStatus.TODO)

    @property
    def total(self) -> int:
        return len(self.items)


@dataclass(frozen=True)
class HandoverMove:
    """One thing that completing a handover moves to the successor."""

    kind: ItemKind
    subject_id: uuid.UUID
    title: str


@dataclass(frozen=True)
class TemplateDTO:
    id: uuid.UUID
    name: str
    is_default: bool
    items: tuple[tuple[str, bool], ...]  # (title, required)


@dataclass(frozen=True)
class RatingDTO:
    id: uuid.UUID
    subject: Ref
    subject_is_organisation: bool
    problem: Ref | None
    influence: int
    interest: int


@dataclass(frozen=True)
class AuditDTO:
    id: uuid.UUID
    at: datetime
    actor: str
    action: AuditAction
    entity: str
    entity_id: uuid.UUID | None
    summary: str
    record: str | None = None  # the record's name as it is now ("Erased contact" once erased)
    purpose: str | None = None  # exports: the purpose or recipient given
    file_name: str | None = None  # exports: where the file was written

    @property
    def title(self) -> str:
        return self.summary


@dataclass(frozen=True)
class SearchHit:
    kind: str
    id: uuid.UUID
    title: str
    detail: str = ""  # what tells two alike hits apart: organisations, a job title, an owner
    when: date | datetime | None = None  # an engagement's date, an action's due date


@dataclass(frozen=True)
class Mention:
    """A forename or surname of a person being erased, standing alone in another record's free
    text: shown before erasing, redacted only if chosen."""

    table: str
    record_id: uuid.UUID
    field: str
    kind: str  # "engagement", "meeting", "problem"…
    excerpt: str  # the text around it, as written
    names: list[str]  # the words found, as written ("Nowak", "łukasz")


@dataclass(frozen=True)
class CheckReport:
    integrity: str
    counts: dict[str, int]
    organisations_without_spoc: int
    vacant_spocs: int
    spoc_reviews_overdue: int
    groups_without_representative: int
    overdue_actions: int
    agreements_due_review: int
    contacts_due_review: int
    handovers_in_progress: int
    audit_entries_checked: int = 0  # entries whose chain adds up, from the first
    audit_break: AuditBreak | None = None  # the first entry at which it does not


@dataclass(frozen=True)
class AuditBreak:
    """Where the audit log's hash chain breaks: the entry's position (None: an entry outside
    the chain), when it says it was written, and how: "changed", "missing" (an entry before it
    was removed) or "out of the chain" (slipped in past the chain)."""

    seq: int | None
    at: datetime | None
    reason: str

    def describe(self) -> str:
        where = f"entry {self.seq}" if self.seq is not None else "an entry"
        when = f" ({self.at:%d %b %Y %H:%M} UTC)" if self.at is not None else ""
        how = {
            "changed": "was changed after it was written",
            "missing": "follows a gap: an entry before it was removed",
        }.get(self.reason, "is not part of the chain: it was slipped in")
        return f"The audit log's chain breaks at {where}{when}, which {how}."
