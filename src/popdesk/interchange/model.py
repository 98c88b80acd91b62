"""A contact as it arrives from a file, before popdesk has checked or matched it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class IncomingContact:
    name: str
    organisation: str | None = None
    job_title: str | None = None
    phones: tuple[tuple[str | None, str], ...] = ()  # (label, number as written)
    emails: tuple[str, ...] = ()
    notes: str | None = None
    preferred_channel: str | None = None
    lawful_basis: str | None = None
    review_due: str | None = None
    line: int = 0  # where it starts in the file, for messages
    problem: str | None = None  # why the reader could not read this entry, if it could not
    warnings: tuple[str, ...] = ()  # what the reader left out of it, for the preview to say
    extras: dict[str, str] = field(default_factory=dict, compare=False)
