"""Typed errors. Services raise these; the edges (command line, dialogs) turn them into messages.

Every message is written for the person at the keyboard: what is wrong and, where it helps,
what to do about it.
"""

from __future__ import annotations

from typing import Any, Self


class PopdeskError(Exception):
    """Base of every error a user may be shown. ``template`` and ``values``, when given, are the
    message before its values were put in, so the interface can show it in its own language."""

    def __init__(
        self, message: str, *, template: str | None = None, values: tuple[object, ...] = ()
    ) -> None:
        super().__init__(message)
        self.message = message
        self.template = template
        self.values = values

    @classmethod
    def worded(cls, template: str, *values: object, **extra: Any) -> Self:
        """The error ``template.format(*values)``, keeping its template for translation."""
        return cls(template.format(*values), template=template, values=values, **extra)

    def __str__(self) -> str:
        return self.message


class NotFound(PopdeskError):
    """A record asked for by id does not exist (or no longer does)."""


class Conflict(PopdeskError):
    """The change clashes with the state of the store (a rule, a concurrent edit)."""


class ValidationError(PopdeskError):
    """Input refused. ``field`` names the form field the message belongs to, when there is one."""

    def __init__(
        self,
        message: str,
        field: str | None = None,
        *,
        template: str | None = None,
        values: tuple[object, ...] = (),
    ) -> None:
        super().__init__(message, template=template, values=values)
        self.field = field


class StoreError(PopdeskError):
    """The store file cannot be opened as it is. Nothing has been changed on disk."""


class StoreNotFound(StoreError):
    pass


class NotAStore(StoreError):
    pass


class EmptyFile(StoreError):
    """A zero-byte file where a store should be: never taken to be a new store."""


class StoreDamaged(StoreError):
    pass


class StoreTooNew(StoreError):
    pass


class StoreLocked(StoreError):
    pass


class KeyUnavailable(StoreError):
    """The store's key is not in this computer's keyring and no passphrase was given."""


class WrongPassphrase(StoreError):
    """The passphrase or recovery key given does not unlock this store."""


class StoreWriteFailed(StoreError):
    """A change could not be written (a full disk, a file that may not grow); none of it was."""


class StoreReadOnly(StoreWriteFailed):
    """The person may read this store but not change it (a reader's login on a server)."""


class ConnectionLost(StoreError):
    """The server store's connection went (or the server restarted) during a call; nothing of
    it was saved, and trying again may work."""


class CheckStopped(StoreError):
    """A check of the store's pages was stopped before it finished: it found nothing either way."""
