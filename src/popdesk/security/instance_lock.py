"""One running popdesk per store: a lock file beside the store, held while it is open."""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from popdesk.domain.validation import QT_TRANSLATE_NOOP
from popdesk.errors import StoreLocked

LOCK_SUFFIX = ".lock"


class InstanceLock:
    """An exclusive OS lock (``flock`` / ``LockFileEx``), so it ends with the process that held it,
    even one killed outright: a stale lock never keeps anyone out."""

    def __init__(self, store: Path) -> None:
        self.store = store
        self.path = store.with_name(store.name + LOCK_SUFFIX)
        self._lock = FileLock(str(self.path), timeout=0, thread_local=False, is_singleton=False)

    def acquire(self) -> InstanceLock:
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise StoreLocked.worded(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{0} is open in another popdesk (a window or a command). "
                    "Close that one first: two programs writing one store would "
                    "lose changes.",
                ),
                self.store,
            ) from None
        except OSError as exc:
            raise StoreLocked.worded(
                QT_TRANSLATE_NOOP("Errors", "popdesk cannot take the lock {0}: {1}."),
                self.path,
                exc.strerror or exc,
            ) from None
        return self

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)
            if not self.store.exists():  # nothing was made: leave nothing behind
                self.path.unlink(missing_ok=True)

    @property
    def held(self) -> bool:
        return bool(self._lock.is_locked)
