"""One running popdesk per store: a lock file beside the store, held while it is open.

The store is known by what it is, not by the name it was given: the lock file sits beside the
real file (symbolic links followed), and on POSIX systems the store file itself is locked too
(``flock``, which SQLite's own byte-range locks do not meet), so a hard link, another name for
the same file, finds it held."""

from __future__ import annotations

import os
import sys
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
        real = _real(store)
        self.path = real.with_name(real.name + LOCK_SUFFIX)
        self._lock = FileLock(str(self.path), timeout=0, thread_local=False, is_singleton=False)
        self._held_file: int | None = None  # the store file's descriptor, flock-ed

    def acquire(self) -> InstanceLock:
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise self._open_elsewhere() from None
        except OSError as exc:
            raise StoreLocked.worded(
                QT_TRANSLATE_NOOP("Errors", "popdesk cannot take the lock {0}: {1}."),
                self.path,
                exc.strerror or exc,
            ) from None
        try:
            self.hold_store_file()
        except BaseException:
            self._lock.release(force=True)
            raise
        return self

    def _open_elsewhere(self) -> StoreLocked:
        return StoreLocked.worded(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{0} is open in another popdesk (a window or a command). "
                "Close that one first: two programs writing one store would "
                "lose changes.",
            ),
            self.store,
        )

    def hold_store_file(self) -> None:
        """Lock the store file itself, by its identity: at once if it is there, else once it
        has been made (a store not made yet has nothing to lock)."""
        if sys.platform == "win32" or self._held_file is not None or not self._lock.is_locked:
            return
        import fcntl
        import stat

        try:
            fd = os.open(self.store, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            return  # not there yet (being made), or unreadable: opening it says why
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                os.close(fd)
                return  # not a store: opening it refuses it
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise self._open_elsewhere() from None
        except OSError:
            os.close(fd)  # a file system without flock: the lock file still holds
            return
        self._held_file = fd

    def follow_store_file(self) -> None:
        """The store file was replaced (re-encrypted): hold the new one by its identity."""
        if self._held_file is not None:
            os.close(self._held_file)
            self._held_file = None
        self.hold_store_file()

    def release(self) -> None:
        if self._held_file is not None:
            os.close(self._held_file)  # ends its flock
            self._held_file = None
        if self._lock.is_locked:
            self._lock.release(force=True)
            if not self.store.exists():  # nothing was made: leave nothing behind
                self.path.unlink(missing_ok=True)

    @property
    def held(self) -> bool:
        return bool(self._lock.is_locked)


def _real(store: Path) -> Path:
    """The file a name stands for, links followed; the name itself if that cannot be told."""
    try:
        return Path(os.path.realpath(store))
    except (OSError, ValueError):
        return store
