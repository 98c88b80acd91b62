"""The dashboard: what needs attention now, read in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection

from popdesk.repositories import dashboard as repo
from popdesk.services.base import Service


class DashboardService(Service):
    def read(self, limit: int = repo.SHOWN) -> repo.Dashboard:
        """Every section of the dashboard as at the service's clock, each listing at most
        ``limit`` lines and counting the rest."""
        with self._tx() as s:
            return repo.read(_Statements(s.connection()), self.context.now(), limit)

    def counts(self) -> dict[str, int]:
        """How many records of each kind, as the store keeps them."""
        with self._tx() as s:
            return repo.counts(_Statements(s.connection()))


class _Statements:
    """The plain statements of ``repositories.dashboard`` run on a session's connection, so
    SQLAlchemy's error handling and the transaction still apply."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> Any:
        return self._connection.exec_driver_sql(sql, tuple(parameters))
