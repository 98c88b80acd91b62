"""Handovers: when someone moves post, a checklist built from everything they hold, worked
through with the successor, signed off, and on completion every role moved across.

Completing moves SPOC roles, group seats and open actions by ending the outgoing person's
records and starting new ones for the successor, so the history of who held what stays.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.orm import Session

from popdesk.db.models import (
    ChecklistTemplate,
    Handover,
    HandoverItem,
    HandoverSignoff,
    StaffMember,
)
from popdesk.domain import dto
from popdesk.domain.enums import (
    AuditAction,
    HandoverStatus,
    ItemKind,
    ItemStatus,
    SignoffRole,
)
from popdesk.domain.rules import enum_parser, parse_date
from popdesk.domain.validation import (
    NAME_MAX,
    QT_TRANSLATE_NOOP,
    TEXT_MAX,
    TITLE_MAX,
    clean_text,
    required_text,
)
from popdesk.errors import Conflict, ValidationError
from popdesk.repositories import groups as group_repo
from popdesk.repositories import handovers as repo
from popdesk.repositories.base import get
from popdesk.services import mappers
from popdesk.services.base import Context, Service, UnitOfWork
from popdesk.services.checklists import default_template, load_template
from popdesk.services.spocs import SpocService
from popdesk.services.transfers import moves_for, transfer_roles


class HandoverService(Service):
    """Handovers from start to completion. Completing moves SPOC roles through ``spocs`` (handed
    in by the composition root, sharing this service's unit of work, so that the moves are part
    of the completion's transaction)."""

    def __init__(
        self, work: UnitOfWork, context: Context | None = None, *, spocs: SpocService
    ) -> None:
        super().__init__(work, context)
        self.spocs = self._sharing(spocs)

    # Starting ---------------------------------------------------------------------------

    def start(
        self,
        *,
        outgoing_staff_id: uuid.UUID,
        incoming_staff_id: uuid.UUID | None = None,
        supervisor_staff_id: uuid.UUID | None = None,
        post: str | None = None,
        due_date: date | str | None = None,
        template_id: uuid.UUID | None = None,
    ) -> dto.HandoverDTO:
        """Open a handover for the outgoing person with a checklist of everything they hold."""
        with self._tx() as s:
            outgoing = get(s, StaffMember, outgoing_staff_id, "staff member")
            if repo.open_for(s, outgoing.id) is not None:
                raise Conflict.worded(
                    QT_TRANSLATE_NOOP("Errors", "{0} already has a handover in progress."),
                    outgoing.name,
                )
            incoming = self._successor(s, outgoing, incoming_staff_id)
            template = (
                load_template(s, template_id)
                if template_id is not None
                else default_template(s, self.context.language)
            )
            default_post = " – ".join(p for p in (outgoing.post_role, outgoing.post_area) if p)
            handover = Handover(
                outgoing=outgoing,
                incoming=incoming,
                supervisor=None
                if supervisor_staff_id is None
                else get(s, StaffMember, supervisor_staff_id, "staff member"),
                post=required_text(
                    post or default_post, "Post", field="post", max_length=TITLE_MAX
                ),
                due_date=parse_date(due_date, "Due date", "due_date"),
                status=HandoverStatus.IN_PROGRESS,
                template_id=template.id,
            )
            handover.items = self._generate_items(s, outgoing, template)
            s.add(handover)
            s.flush()
            self.auditor.record(
                s,
                AuditAction.CREATE,
                "handover",
                handover.id,
                f"Started handover of {handover.post} from {outgoing.name} "
                f"({len(handover.items)} checklist items)",
            )
            return self._dto(s, handover.id)

    def _generate_items(
        self, s: Session, outgoing: StaffMember, template: ChecklistTemplate
    ) -> list[HandoverItem]:
        items: list[HandoverItem] = []

        def add(
            kind: ItemKind,
            subject: uuid.UUID | None,
            title: str,
            detail: str | None,
            required: bool = True,
        ) -> None:
            items.append(
                HandoverItem(
                    kind=kind,
                    subject_id=subject,
                    title=title[:300],
                    detail=detail,
                    required=required,
                    status=ItemStatus.TODO,
                    position=len(items),
                )
            )

        for a in repo.spoc_roles(s, outgoing.id):
            theirs = a.their_spoc.name if a.their_spoc else "vacant"
            review = f"; review due {a.review_due:%d %b %Y}" if a.review_due else ""
            add(
                ItemKind.SPOC,
                a.id,
                f"SPOC for {a.organisation.name}: {a.topic.name}",
                f"Their SPOC: {theirs}{review}",
            )
        for a in repo.deputy_roles(s, outgoing.id):
            add(
                ItemKind.SPOC,
                a.id,
                f"Deputy SPOC for {a.organisation.name}: {a.topic.name}",
                f"Our SPOC: {a.our_spoc.name if a.our_spoc else 'vacant'}",
                required=False,
            )
        for r in group_repo.representations(s, staff_id=outgoing.id, current=True):
            add(
                ItemKind.REPRESENTATION,
                r.id,
                f"Seat on {r.group.name} ({r.role.label.lower()})",
                f"Meets {r.group.cadence.label.lower()}",
            )
        for action in repo.open_actions(s, outgoing.id):
            due = f"Due {action.due_date:%d %b %Y}" if action.due_date else "No due date"
            add(ItemKind.ACTION, action.id, action.description, due)
        for problem in repo.live_problems(s, outgoing.id):
            add(
                ItemKind.PROBLEM,
                problem.id,
                f"Lead on problem: {problem.title}",
                f"SARA stage: {problem.stage.label}",
            )
        for agreement in repo.agreements(s, outgoing.id):
            review_on = agreement.review_date
            add(
                ItemKind.AGREEMENT,
                agreement.id,
                f"Owner of agreement: {agreement.title}",
                f"Review due {review_on:%d %b %Y}" if review_on else None,
            )
        for t in template.items:
            add(ItemKind.TEMPLATE, None, t.title, t.detail, t.required)
        return items

    # Working through --------------------------------------------------------------------

    def name_successor(
        self, handover_id: uuid.UUID, incoming_staff_id: uuid.UUID
    ) -> dto.HandoverDTO:
        with self._tx() as s:
            handover = self._open(s, handover_id)
            successor = self._successor(s, handover.outgoing, incoming_staff_id)
            assert successor is not None
            handover.incoming = successor
            s.flush()
            self.auditor.record(
                s,
                AuditAction.UPDATE,
                "handover",
                handover.id,
                f"Named {successor.name} as successor for {handover.post}",
            )
            return self._dto(s, handover.id)

    def set_supervisor(
        self, handover_id: uuid.UUID, supervisor_staff_id: uuid.UUID
    ) -> dto.HandoverDTO:
        with self._tx() as s:
            handover = self._open(s, handover_id)
            handover.supervisor = get(s, StaffMember, supervisor_staff_id, "staff member")
            s.flush()
            self.auditor.record(
                s,
                AuditAction.UPDATE,
                "handover",
                handover.id,
                f"{handover.supervisor.name} supervises the handover of {handover.post}",
            )
            return self._dto(s, handover.id)

    def tick(
        self,
        item_id: uuid.UUID,
        status: ItemStatus | str = ItemStatus.DONE,
        note: str | None = None,
    ) -> dto.HandoverItemDTO:
        """Mark a checklist item done (or not needed, or back to do), noting who and when."""
        with self._tx() as s:
            item = get(s, HandoverItem, item_id, "checklist item")
            handover = self._open(s, item.handover_id)
            value = enum_parser(ItemStatus, "Status", "status")(status)
            clean_note = clean_text(note, "Note", field="note", max_length=TEXT_MAX, multiline=True)
            if value is ItemStatus.NOT_NEEDED and item.required and not (clean_note or item.note):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Say why a required item is not needed."), "note"
                )
            item.status = value
            if clean_note is not None:
                item.note = clean_note
            done = value is not ItemStatus.TODO
            item.ticked_by = self.context.actor if done else None
            item.ticked_at = self.context.now() if done else None
            s.flush()
            self.auditor.record(
                s,
                AuditAction.UPDATE,
                "handover_item",
                item.id,
                f"{value.label}: checklist item {item.position + 1} ({handover.post})",
            )
            return _item(item)

    def sign_off(
        self,
        handover_id: uuid.UUID,
        role: SignoffRole | str,
        *,
        name: str | None = None,
        note: str | None = None,
    ) -> dto.HandoverDTO:
        with self._tx() as s:
            handover = self._open(s, handover_id)
            value = enum_parser(SignoffRole, "Sign-off", "role")(role)
            if any(x.role is value for x in handover.signoffs):
                raise Conflict.worded(
                    QT_TRANSLATE_NOOP("Errors", "The {0} sign-off has already been given."),
                    value.label.lower(),
                )
            person = {
                SignoffRole.OUTGOING: handover.outgoing,
                SignoffRole.INCOMING: handover.incoming,
                SignoffRole.SUPERVISOR: handover.supervisor,
            }[value]
            if value is SignoffRole.INCOMING and person is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Name the successor before they sign off."),
                    "incoming",
                )
            signer = clean_text(name, "Name", field="name", max_length=NAME_MAX) or (
                person.name if person else None
            )
            if signer is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Give the supervisor's name for the sign-off."),
                    "name",
                )
            handover.signoffs.append(
                HandoverSignoff(
                    role=value,
                    staff_id=person.id if person else None,
                    name=signer,
                    signed_at=self.context.now(),
                    note=_on_behalf(
                        clean_text(note, "Note", max_length=TEXT_MAX, multiline=True),
                        self.context.actor,
                        signer,
                        by_someone_else=self.context.user_id is not None
                        and (person is None or person.id != self.context.user_id),
                    ),
                )
            )
            s.flush()
            self.auditor.record(
                s,
                AuditAction.UPDATE,
                "handover",
                handover.id,
                f"{value.label} sign-off by {signer} ({handover.post})",
            )
            return self._dto(s, handover.id)

    # Completing -------------------------------------------------------------------------

    def blockers(self, handover_id: uuid.UUID) -> list[str]:
        """Why the handover cannot be completed yet (empty when it can)."""
        with self._tx() as s:
            return self._blockers(
                get(s, Handover, handover_id, "handover", options=list(repo.HANDOVER_LOAD))
            )

    def preview_completion(self, handover_id: uuid.UUID) -> list[dto.HandoverMove]:
        """Exactly what completing would move to the successor, as things stand now."""
        with self._tx() as s:
            handover = get(s, Handover, handover_id, "handover", options=list(repo.HANDOVER_LOAD))
            return moves_for(s, handover.outgoing_staff_id)

    def complete(self, handover_id: uuid.UUID, *, on: date | None = None) -> dto.HandoverDTO:
        """Move every SPOC role, seat, open action, problem lead and agreement to the successor."""
        day = on or self.context.today()
        with self._tx() as s:
            handover = self._open(s, handover_id)
            problems = self._blockers(handover)
            if problems:
                raise Conflict.worded(
                    QT_TRANSLATE_NOOP("Errors", "The handover cannot be completed yet: {0}."),
                    "; ".join(problems),
                )
            outgoing, incoming = handover.outgoing, handover.incoming
            assert incoming is not None
            transfer_roles(s, self.auditor, self.spocs, handover.id, outgoing, incoming, day)

            handover.status = HandoverStatus.COMPLETED
            handover.completed_at = self.context.now()
            s.flush()
            self.auditor.record(
                s,
                AuditAction.COMPLETE,
                "handover",
                handover.id,
                f"Completed handover of {handover.post} from {outgoing.name} to {incoming.name}",
            )
            return self._dto(s, handover.id)

    def cancel(self, handover_id: uuid.UUID, *, reason: str) -> dto.HandoverDTO:
        with self._tx() as s:
            handover = self._open(s, handover_id)
            handover.status = HandoverStatus.CANCELLED
            handover.notes = required_text(
                reason, "Reason", field="reason", max_length=TEXT_MAX, multiline=True
            )
            s.flush()
            self.auditor.record(
                s,
                AuditAction.UPDATE,
                "handover",
                handover.id,
                f"Cancelled handover of {handover.post}",
            )
            return self._dto(s, handover.id)

    # Reading ----------------------------------------------------------------------------

    def get(self, handover_id: uuid.UUID | str) -> dto.HandoverDTO:
        with self._tx() as s:
            return self._dto(s, handover_id)

    def list_handovers(self, *, status: HandoverStatus | None = None) -> list[dto.HandoverDTO]:
        with self._tx() as s:
            return [_handover(h) for h in repo.handovers(s, status=status)]

    # helpers ----------------------------------------------------------------------------

    def _successor(
        self, s: Session, outgoing: StaffMember, incoming_id: uuid.UUID | None
    ) -> StaffMember | None:
        if incoming_id is None:
            return None
        incoming = get(s, StaffMember, incoming_id, "staff member")
        if incoming.id == outgoing.id:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The successor must be someone other than the outgoing person."
                ),
                "incoming",
            )
        if not incoming.active:
            raise ValidationError.worded(
                QT_TRANSLATE_NOOP("Errors", "{0} is no longer active."),
                incoming.name,
                field="incoming",
            )
        return incoming

    def _open(self, s: Session, handover_id: uuid.UUID | str) -> Handover:
        handover = get(s, Handover, handover_id, "handover", options=list(repo.HANDOVER_LOAD))
        if handover.status not in repo.OPEN_STATES:
            raise Conflict.worded(
                QT_TRANSLATE_NOOP("Errors", "That handover is {0}; it can no longer be changed."),
                handover.status.label.lower(),
            )
        return handover

    def _blockers(self, handover: Handover) -> list[str]:
        """The reasons, in the words of the context (the interface's language in the app)."""
        w = self.context.words
        reasons = []
        if handover.status not in repo.OPEN_STATES:
            status = w.translate("Enums", handover.status.label).lower()
            reasons.append(w.translate("Errors", "it is already {0}").format(status))
        if handover.incoming is None:
            reasons.append(w.translate("Errors", "no successor is named"))
        elif not handover.incoming.active:
            reasons.append(
                w.translate("Errors", "{0} is no longer active").format(handover.incoming.name)
            )
        todo = sum(1 for i in handover.items if i.required and i.status is ItemStatus.TODO)
        if todo == 1:
            reasons.append(w.translate("Errors", "1 required checklist item is still to do"))
        elif todo:
            reasons.append(
                w.translate("Errors", "{0} required checklist items are still to do").format(todo)
            )
        signed = {x.role for x in handover.signoffs}
        missing = [w.translate("Enums", r.label).lower() for r in SignoffRole if r not in signed]
        if missing:
            reasons.append(
                w.translate("Errors", "sign-off missing from {0}").format(", ".join(missing))
            )
        return reasons

    def _dto(self, s: Session, handover_id: uuid.UUID | str) -> dto.HandoverDTO:
        handover = get(s, Handover, handover_id, "handover", options=list(repo.HANDOVER_LOAD))
        return _handover(handover)


def _item(i: HandoverItem) -> dto.HandoverItemDTO:
    return dto.HandoverItemDTO(
        id=i.id,
        kind=i.kind,
        subject_id=i.subject_id,
        title=i.title,
        detail=i.detail,
        required=i.required,
        status=i.status,
        note=i.note,
        ticked_by=i.ticked_by,
        ticked_at=i.ticked_at,
    )


def _handover(h: Handover) -> dto.HandoverDTO:
    return dto.HandoverDTO(
        id=h.id,
        post=h.post,
        outgoing=mappers.ref(h.outgoing),
        incoming=mappers.opt_ref(h.incoming),
        supervisor=mappers.opt_ref(h.supervisor),
        due_date=h.due_date,
        status=h.status,
        items=tuple(_item(i) for i in h.items),
        signoffs=tuple(
            dto.SignoffDTO(x.role, x.name, x.signed_at, x.note)
            for x in sorted(h.signoffs, key=lambda x: x.signed_at)
        ),
        completed_at=h.completed_at,
        version=h.version,
    )


def _on_behalf(note: str | None, actor: str, signer: str, *, by_someone_else: bool) -> str | None:
    """A sign-off given at the keyboard of someone other than the signer says who gave it."""
    if not by_someone_else:
        return note
    said = f"Recorded by {actor} on behalf of {signer}."
    return f"{said} {note}" if note else said
