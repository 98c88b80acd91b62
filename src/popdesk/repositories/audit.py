"""The audit log in the store: reading it (newest first, filtered, each entry's record named as
it is now), and its chain: each new entry takes the next position and the hash that ties it to
the one before (``popdesk.security.audit_chain``); a walk over every entry finds the first that
does not fit."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, MutableMapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from popdesk.db import models as m
from popdesk.db.models import AuditEntry, ExportRecord
from popdesk.db.seam import backend_of
from popdesk.domain.enums import AuditAction
from popdesk.security.audit_chain import FIELDS, GENESIS, ChainBreak, ChainWalk, entry_hash

_TAIL = "popdesk.audit_tail"  # in session.info: (transaction, last position, last hash)

# entity kind -> how to name a record of it now
NAMERS: dict[str, tuple[Any, Callable[[Any], str]]] = {
    "organisation": (m.Organisation, lambda r: r.name),
    "contact": (m.Contact, lambda r: r.name),
    "staff": (m.StaffMember, lambda r: r.name),
    "group": (m.Group, lambda r: r.name),
    "engagement": (m.Engagement, lambda r: r.summary),
    "action": (m.Action, lambda r: r.description),
    "problem": (m.Problem, lambda r: r.title),
    "agreement": (m.Agreement, lambda r: r.title),
    "handover": (m.Handover, lambda r: r.post),
    "handover_item": (m.HandoverItem, lambda r: r.title),
}


def entries(
    session: Session,
    *,
    entity_id: object | None = None,
    actor: str | None = None,
    action: AuditAction | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    offset: int = 0,
    limit: int = 200,
) -> Sequence[tuple[AuditEntry, ExportRecord | None]]:
    """Entries newest first, each with its export's record if it was an export; ``since`` and
    ``until`` are moments (from ``since``, before ``until``)."""
    query = select(AuditEntry, ExportRecord).outerjoin(
        ExportRecord, ExportRecord.audit_entry_id == AuditEntry.id
    )
    if entity_id is not None:
        query = query.where(AuditEntry.entity_id == entity_id)
    if actor:
        query = query.where(AuditEntry.actor == actor)
    if action is not None:
        query = query.where(AuditEntry.action == action)
    if since is not None:
        query = query.where(AuditEntry.at >= since)
    if until is not None:
        query = query.where(AuditEntry.at < until)
    rows = session.execute(
        query.order_by(AuditEntry.at.desc(), AuditEntry.created_at.desc())
        .offset(offset)
        .limit(limit)
    ).all()
    return [(entry, export) for entry, export in rows]


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def actors(session: Session) -> list[str]:
    """Everyone who appears in the log, in order."""
    return list(session.scalars(select(AuditEntry.actor).distinct().order_by(AuditEntry.actor)))


def present_names(
    session: Session, logged: Iterable[AuditEntry]
) -> dict[tuple[str, uuid.UUID | None], str]:
    """What each entry's record is called now, by (entity kind, id): the log never holds
    names, so an erased contact shows as erased. Kinds with no name are left out."""
    wanted: dict[str, set[uuid.UUID]] = {}
    for e in logged:
        if e.entity in NAMERS and e.entity_id is not None:
            wanted.setdefault(e.entity, set()).add(e.entity_id)
    names: dict[tuple[str, uuid.UUID | None], str] = {}
    for entity, ids in wanted.items():
        model, name = NAMERS[entity]
        for record in session.scalars(select(model).where(model.id.in_(ids))):
            names[(entity, record.id)] = name(record)
    return names


def add_entries(session: Session, entries: Sequence[MutableMapping[str, Any]]) -> list[AuditEntry]:
    """Add audit entries (dicts of their values, in order) to the session, each given its place
    in the chain; for many at once, see ``repositories.bulk`` with ``extend_chain``."""
    extend_chain(session, entries)
    added = [AuditEntry(**values) for values in entries]
    session.add_all(added)
    return added


def extend_chain(session: Session, entries: Sequence[MutableMapping[str, Any]]) -> None:
    """Give each new entry (a dict of its values, in the order they will be written) its
    position ``seq`` and its ``chain`` hash. Entries not yet flushed are remembered on the
    session, so several in one transaction follow one another."""
    if not entries:
        return
    if backend_of(session).seals_audit:  # the server seals them at commit (migration 0009)
        for values in entries:
            values["seq"] = values["chain"] = None
        return
    transaction = session.get_transaction()
    kept = session.info.get(_TAIL)
    if kept is not None and kept[0] is transaction:
        seq, previous = kept[1], kept[2]
    else:
        with session.no_autoflush:
            last = session.execute(
                select(AuditEntry.seq, AuditEntry.chain)
                .where(AuditEntry.seq.is_not(None))
                .order_by(AuditEntry.seq.desc())
                .limit(1)
            ).first()
        seq, previous = (last[0], last[1]) if last is not None else (0, GENESIS)
    for values in entries:
        seq += 1
        values["seq"] = seq
        values["chain"] = previous = entry_hash(previous, seq, values)
    session.info[_TAIL] = (transaction, seq, previous)


def verify_chain(
    session: Session, *, stop: Callable[[], bool] | None = None
) -> tuple[int, ChainBreak | None]:
    """How many entries add up from the first, and the first that does not (None: all do).
    Entries outside the chain (no position) are reported after every chained one."""
    columns = [getattr(AuditEntry, name) for name in FIELDS]
    query = (
        select(AuditEntry.seq, AuditEntry.chain, *columns)
        .order_by(AuditEntry.seq.is_(None), AuditEntry.seq)
        .execution_options(yield_per=5000)
    )
    walk = ChainWalk()
    for row in session.execute(query):
        entry = dict(zip(FIELDS, row[2:], strict=True))
        if not walk.take(row[0], row[1], entry):
            break
        if stop is not None and walk.checked % 5000 == 0 and stop():
            break
    return walk.checked, walk.broken
