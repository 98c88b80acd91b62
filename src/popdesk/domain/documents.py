"""What goes into each document, as plain data the PDF exporters lay out."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from popdesk.domain import dto


@dataclass(frozen=True)
class PartnerSpoc:
    assignment: dto.SpocDTO
    contact: dto.ContactDTO | None


@dataclass(frozen=True)
class PartnerActivity:
    organisation: dto.Ref
    count: int
    last: dto.EngagementDTO | None


@dataclass(frozen=True)
class HandoverPack:
    handover: dto.HandoverDTO
    holder: dto.Ref  # whose roles the pack lists (the successor's once completed)
    moves: tuple[dto.HandoverMove, ...]
    spocs: tuple[PartnerSpoc, ...]
    seats: tuple[tuple[dto.RepresentationDTO, dto.GroupDTO], ...]
    actions: tuple[dto.ActionDTO, ...]
    problems: tuple[dto.ProblemDTO, ...]
    agreements: tuple[dto.AgreementDTO, ...]
    activity: tuple[PartnerActivity, ...]
    generated_at: datetime


@dataclass(frozen=True)
class MemberLine:
    contact: dto.ContactDTO
    last: dto.LastEngagement | None


@dataclass(frozen=True)
class MeetingBrief:
    group: dto.GroupDTO
    meeting: dto.MeetingDTO
    members: tuple[MemberLine, ...]
    organisation_activity: tuple[dto.LastEngagement, ...]
    actions: tuple[dto.ActionDTO, ...]
    problems: tuple[dto.ProblemDTO, ...]
    previous: dto.MeetingDTO | None
    generated_at: datetime
    # our representatives who are handing over their post, with the handover's due date
    handing_over: dict[uuid.UUID, date | None] = field(default_factory=dict)


@dataclass(frozen=True)
class DirectoryEntry:
    contact: dto.ContactDTO
    roles: tuple[str, ...]  # "Their SPOC for Licensing (ours: PC Owain Parry)"


@dataclass(frozen=True)
class DirectoryOrganisation:
    organisation: dto.OrganisationDTO
    people: tuple[DirectoryEntry, ...]


@dataclass(frozen=True)
class PartnerDirectory:
    organisations: tuple[DirectoryOrganisation, ...]
    generated_at: datetime
