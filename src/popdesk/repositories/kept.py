"""The figures the store keeps for the dashboard (migration 0005): tables kept by triggers on
SQLite, views on PostgreSQL, the same names and columns on both. No model maps them; these
are their shapes for queries."""

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
