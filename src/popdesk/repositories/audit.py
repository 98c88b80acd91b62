"""The audit log's chain in the store: each new entry takes the next position and the hash that
ties it to the one before (``popdesk.security.audit_chain``); a walk over every entry finds the
first that does not fit."""

from __future__ import annotations

from collections.abc import Callable, MutableMapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from popdesk.db.models import AuditEntry
from popdesk.security.audit_chain import FIELDS, GENESIS, ChainBreak, ChainWalk, entry_hash

_TAIL = "popdesk.audit_tail"  # in session.info: (transaction, last position, last hash)


def extend_chain(session: Session, entries: Sequence[MutableMapping[str, Any]]) -> None:
    """Give each new entry (a dict of its values, in the order they will be written) its
    position ``seq`` and its ``chain`` hash. Entries not yet flushed are remembered on the
    session, so several in one transaction follow one another."""
    if not entries:
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
