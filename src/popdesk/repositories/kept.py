"""The figures the store keeps for the dashboard (migration 0005): tables kept by triggers on
SQLite, views on PostgreSQL, the same names and columns on both. No model maps them; these
are their shapes for queries.

``organisation_last_engaged`` answers one question, whether an organisation has been engaged
since a day (``rules.stale_role``): SQLite keeps each organisation's latest date, PostgreSQL's
view lists every engagement date by organisation (migration 0010), which gives the same answer
from an index by date. Ask it nothing else."""

from __future__ import annotations

from sqlalchemy import Column, Integer, MetaData, String, Table, Uuid

from popdesk.db.base import UtcDateTime

_metadata = MetaData()

record_counts = Table(
    "record_counts", _metadata, Column("kind", String(40), primary_key=True), Column("n", Integer)
)
organisation_last_engaged = Table(
    "organisation_last_engaged",
    _metadata,
    Column("organisation_id", Uuid, primary_key=True),
    Column("occurred_at", UtcDateTime),
)
