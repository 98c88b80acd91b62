"""The OS keyring, through ``keyring``, and plain words about where a key lives or why not.

A keyring counts as usable only when a key written to it reads back the same: the null backend
accepts writes and drops them, and a locked collection or a missing D-Bus session fails only when
used. Every failure becomes a reason the user can read; none of them is ever a reason to store
anything in the clear.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Protocol

SERVICE = "popdesk"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class KeyringResult:
    """The outcome of asking the keyring for something, in words for the user."""

    ok: bool
    backend: str  # e.g. "the Secret Service keyring (GNOME Keyring or KWallet)"
    reason: str | None = None  # why it did not work, when it did not


class Keyring(Protocol):
    def load(self, store_id: str) -> tuple[bytes | None, KeyringResult]: ...

    def save(self, store_id: str, key: bytes) -> KeyringResult: ...

    def forget(self, store_id: str) -> None: ...

    def describe(self) -> KeyringResult: ...


class KnownKey:
    """A keyring with one store's key already read from it: that key is given again without
    asking the keyring twice (popdesk reads it once to show the dashboard, then opens the store).
    Everything else goes to the keyring underneath."""

    def __init__(self, under: Keyring, store_id: str, key: bytes, result: KeyringResult) -> None:
        self._under = under
        self._known = (store_id, key, result)

    def load(self, store_id: str) -> tuple[bytes | None, KeyringResult]:
        known_id, key, result = self._known
        return (key, result) if store_id == known_id else self._under.load(store_id)

    def save(self, store_id: str, key: bytes) -> KeyringResult:
        return self._under.save(store_id, key)

    def forget(self, store_id: str) -> None:
        self._under.forget(store_id)

    def describe(self) -> KeyringResult:
        return self._under.describe()


class SystemKeyring:
    """The keyring ``keyring`` chooses for this computer (or ``PYTHON_KEYRING_BACKEND``)."""

    def _backend(self) -> Any:
        import keyring  # loaded when first needed: the backends are slow to discover

        return keyring.get_keyring()

    def describe(self) -> KeyringResult:
        backend = self._backend()
        label = backend_label(backend)
        refusal = _unusable_by_kind(backend)
        return KeyringResult(ok=refusal is None, backend=label, reason=refusal)

    def load(self, store_id: str) -> tuple[bytes | None, KeyringResult]:
        backend = self._backend()
        label = backend_label(backend)
        refusal = _unusable_by_kind(backend)
        if refusal is not None:
            return None, KeyringResult(False, label, refusal)
        try:
            value = backend.get_password(SERVICE, _account(store_id))
        except Exception as exc:  # backends raise their own errors (D-Bus, locked, ...)
            return None, KeyringResult(False, label, _reason(exc))
        if value is None:
            return None, KeyringResult(False, label, f"the key is not in {label}")
        try:
            return bytes.fromhex(value), KeyringResult(True, label)
        except ValueError:
            return None, KeyringResult(False, label, f"the entry in {label} is not a popdesk key")

    def save(self, store_id: str, key: bytes) -> KeyringResult:
        backend = self._backend()
        label = backend_label(backend)
        refusal = _unusable_by_kind(backend)
        if refusal is not None:
            return KeyringResult(False, label, refusal)
        try:
            backend.set_password(SERVICE, _account(store_id), key.hex())
            read_back = backend.get_password(SERVICE, _account(store_id))
        except Exception as exc:
            return KeyringResult(False, label, _reason(exc))
        if read_back != key.hex():
            return KeyringResult(False, label, f"{label} accepted the key but did not give it back")
        return KeyringResult(True, label)

    def forget(self, store_id: str) -> None:
        try:
            self._backend().delete_password(SERVICE, _account(store_id))
        except Exception as exc:  # nothing there, or no keyring: nothing to forget
            log.info("keyring entry not removed: %s", type(exc).__name__)


def _account(store_id: str) -> str:
    return f"store {store_id}"


def backend_label(backend: Any) -> str:
    module = type(backend).__module__
    labels = {
        "keyring.backends.SecretService": "the Secret Service keyring (GNOME Keyring or KWallet)",
        "keyring.backends.libsecret": "the libsecret keyring (GNOME Keyring)",
        "keyring.backends.kwallet": "KWallet",
        "keyring.backends.macOS": "the macOS Keychain",
        "keyring.backends.Windows": "Windows Credential Manager",
        "keyring.backends.fail": "no keyring",
        "keyring.backends.null": "the null keyring",
    }
    if module in labels:
        return labels[module]
    if module == "keyring.backends.chainer":
        inner = [backend_label(b) for b in getattr(backend, "backends", [])]
        return " / ".join(inner) if inner else "no keyring"
    return f"the keyring {module}.{type(backend).__name__}"


def _unusable_by_kind(backend: Any) -> str | None:
    module = type(backend).__module__
    if module == "keyring.backends.fail" or (
        module == "keyring.backends.chainer" and not getattr(backend, "backends", [])
    ):
        return "there is no keyring on this computer"
    if module == "keyring.backends.null":
        return "the keyring is set to the null backend, which throws secrets away"
    return None


def _reason(exc: Exception) -> str:
    name = type(exc).__name__
    text = str(exc).strip()
    if name == "KeyringLocked" or "locked" in text.lower():
        return "the keyring is locked"
    if name in {"InitError", "NoKeyringError"} or "dbus" in text.lower() or "d-bus" in text.lower():
        return f"the keyring cannot be reached ({text or name})"
    return f"the keyring failed ({name}{': ' + text if text else ''})"


class TransientKeyring:
    """Keys held in this process only: for a throwaway demo store, which must not leave an
    entry behind in the person's real keyring."""

    LABEL = "memory only (a demo store, discarded on exit)"

    def __init__(self) -> None:
        self._keys: dict[str, bytes] = {}

    def describe(self) -> KeyringResult:
        return KeyringResult(True, self.LABEL)

    def load(self, store_id: str) -> tuple[bytes | None, KeyringResult]:
        key = self._keys.get(store_id)
        if key is None:
            return None, KeyringResult(False, self.LABEL, f"the key is not in {self.LABEL}")
        return key, KeyringResult(True, self.LABEL)

    def save(self, store_id: str, key: bytes) -> KeyringResult:
        self._keys[store_id] = key
        return KeyringResult(True, self.LABEL)

    def forget(self, store_id: str) -> None:
        self._keys.pop(store_id, None)
