"""Listening for the notices a server store sends when records change (migration 0007): one
connection of its own, in autocommit, waiting on ``LISTEN popdesk_changes``."""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

log = logging.getLogger(__name__)

CHANNEL = "popdesk_changes"
GATHER_S = 0.3  # after a first notice, how long to gather the others of the same burst
RETRY_S = 5.0  # after the connection failed, how long before trying again


class ChangeNotices:
    """The names of the tables changed by others since the last call, one wait at a time. A
    connection that fails is made again on a later wait; nothing here raises."""

    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo
        self._conn: Any = None
        self._lock = threading.Lock()
        self._failed_at = 0.0
        self.closed = False

    def _connection(self) -> Any:
        if self._conn is None:
            if time.monotonic() - self._failed_at < RETRY_S:
                return None
            import psycopg

            try:
                conn = psycopg.connect(self._conninfo, autocommit=True, connect_timeout=10)
                conn.execute(f"LISTEN {CHANNEL}")
            except psycopg.Error as exc:
                log.info("change notices not available now: %s", type(exc).__name__)
                self._failed_at = time.monotonic()
                return None
            self._conn = conn
        return self._conn

    def wait(self, timeout: float) -> set[str]:
        """Wait up to ``timeout`` seconds for changes; the tables changed (empty if none)."""
        with self._lock:
            if self.closed:
                return set()
            conn = self._connection()
            if conn is None:
                time.sleep(min(timeout, RETRY_S))
                return set()
            import psycopg

            tables: set[str] = set()
            try:
                for notice in conn.notifies(timeout=timeout, stop_after=1):
                    tables.add(notice.payload)
                if tables:
                    for notice in conn.notifies(timeout=GATHER_S):
                        tables.add(notice.payload)
            except psycopg.Error:
                self._drop()
            return tables

    def _drop(self) -> None:
        try:
            self._conn.close()
        except Exception:  # already broken: nothing more to close
            log.debug("closing a broken notice connection", exc_info=True)
        self._conn = None
        self._failed_at = time.monotonic()

    def close(self) -> None:
        """Stop: the wait under way returns by its timeout, then the connection closes."""
        self.closed = True
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
