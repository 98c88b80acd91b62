"""The audit log's hash chain: each entry carries the SHA-256 of its own content and of the entry
before it, so an entry changed, removed or slipped in shows as the first place where the chain
no longer adds up, even if the store's triggers were dropped to make the change.

What is hashed is fixed for good (``VERSION`` 1): a store's chain is checked with the rules it
was written with. Changing them needs a new version, never an edit of this one.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from typing import Any

VERSION = 1
GENESIS = "0" * 64  # what the first entry is chained to
FIELDS = ("id", "at", "actor", "action", "entity", "entity_id", "summary", "details")


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, Enum):
        return value.value
    return value


def entry_hash(previous: str, seq: int, entry: Mapping[str, Any]) -> str:
    """The hash an entry at position ``seq`` carries, after the entry whose hash is
    ``previous``."""
    content = [VERSION, seq, previous, *(_plain(entry.get(name)) for name in FIELDS)]
    text = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainBreak:
    """The first entry at which the chain does not add up, and why."""

    seq: int | None
    entry_id: uuid.UUID | None
    at: datetime | None
    reason: str  # "changed", "missing", "out of the chain"


@dataclass
class ChainWalk:
    """Checks entries one by one, in the order of their position."""

    previous: str = GENESIS
    expected: int = 1
    checked: int = 0
    broken: ChainBreak | None = None

    def take(self, seq: int | None, chain: str | None, entry: Mapping[str, Any]) -> bool:
        """Check the next entry; False once the chain has broken (the break is kept)."""
        if self.broken is not None:
            return False
        entry_id, at = entry.get("id"), entry.get("at")
        if seq is None or chain is None:
            self.broken = ChainBreak(seq, entry_id, at, "out of the chain")
        elif seq != self.expected:
            self.broken = ChainBreak(seq, entry_id, at, "missing")
        elif entry_hash(self.previous, seq, entry) != chain:
            self.broken = ChainBreak(seq, entry_id, at, "changed")
        else:
            self.previous, self.expected = chain, seq + 1
            self.checked += 1
            return True
        return False
