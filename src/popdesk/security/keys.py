"""The store's data key and the key file that keeps it wrapped.

A store is encrypted with a random 256-bit data key, given to SQLCipher as a raw key so opening
needs no key derivation. The key never sits on disk in the clear: the key file beside the store
holds it wrapped (AES-256-GCM) by the user's passphrase (scrypt) and by a recovery key meant to be
printed, so losing the keyring never means losing the data.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from popdesk.domain.validation import QT_TRANSLATE_NOOP
from popdesk.errors import StoreDamaged, ValidationError

DATA_KEY_BYTES = 32
KEY_FILE_SUFFIX = ".key"
KEY_FILE_FORMAT = 1
MIN_PASSPHRASE_LENGTH = 10
RECOVERY_KEY_BYTES = 20  # 160 bits: 32 base32 characters, shown in eight groups of four


@dataclass(frozen=True)
class ScryptCost:
    n: int
    r: int = 8
    p: int = 1

    @property
    def memory(self) -> int:
        return 128 * self.r * self.n * self.p


# OWASP's recommendation for scrypt: about 0.3 s and 128 MiB on a laptop.
PASSPHRASE_COST = ScryptCost(n=2**17)


@dataclass(frozen=True)
class Wrapped:
    """The data key encrypted by one secret, with what it takes to derive that secret's key."""

    kdf: str  # "scrypt" (passphrase) or "hkdf" (recovery key)
    salt: bytes
    nonce: bytes
    ciphertext: bytes
    cost: ScryptCost | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kdf": self.kdf,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "ciphertext": _b64(self.ciphertext),
        }
        if self.cost is not None:
            out.update(n=self.cost.n, r=self.cost.r, p=self.cost.p)
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Wrapped:
        cost = None
        if data["kdf"] == "scrypt":
            cost = ScryptCost(int(data["n"]), int(data["r"]), int(data["p"]))
        return cls(
            kdf=str(data["kdf"]),
            salt=_unb64(data["salt"]),
            nonce=_unb64(data["nonce"]),
            ciphertext=_unb64(data["ciphertext"]),
            cost=cost,
        )


@dataclass(frozen=True)
class KeyFile:
    """What sits beside a store: its id, a check value for the key, and the wrapped copies."""

    store_id: str
    key_check: str
    keyring_backend: str | None = None  # where the key was stored, in words; None if nowhere
    wrapped: dict[str, Wrapped] = field(default_factory=dict)  # "passphrase", "recovery"

    @property
    def has_passphrase(self) -> bool:
        return "passphrase" in self.wrapped

    def matches(self, key: bytes) -> bool:
        return hmac.compare_digest(key_check(key, self.store_id), self.key_check)

    def unwrap(self, secret: str) -> bytes | None:
        """The data key, if ``secret`` is this store's passphrase or recovery key."""
        candidates: list[tuple[str, bytes]] = []
        recovery = parse_recovery_key(secret)
        if recovery is not None and "recovery" in self.wrapped:
            candidates.append(("recovery", recovery))
        if "passphrase" in self.wrapped:
            candidates.append(("passphrase", secret.encode("utf-8")))
        for kind, material in candidates:
            key = _unwrap(self.wrapped[kind], material, self.store_id, kind)
            if key is not None and self.matches(key):
                return key
        return None

    def with_passphrase(
        self, key: bytes, passphrase: str, cost: ScryptCost | None = None
    ) -> KeyFile:
        check_passphrase(passphrase)
        wrapped = dict(self.wrapped)
        wrapped["passphrase"] = _wrap(
            key, passphrase.encode("utf-8"), self.store_id, "passphrase", cost or PASSPHRASE_COST
        )
        return replace(self, wrapped=wrapped)

    def with_recovery_key(self, key: bytes, recovery_key: str) -> KeyFile:
        material = parse_recovery_key(recovery_key)
        assert material is not None
        wrapped = dict(self.wrapped)
        wrapped["recovery"] = _wrap(key, material, self.store_id, "recovery", None)
        return replace(self, wrapped=wrapped)

    def to_json(self) -> str:
        return json.dumps(
            {
                "popdesk_key_file": KEY_FILE_FORMAT,
                "store_id": self.store_id,
                "key_check": self.key_check,
                "keyring_backend": self.keyring_backend,
                "wrapped": {kind: w.to_json() for kind, w in sorted(self.wrapped.items())},
            },
            indent=2,
        )

    @classmethod
    def from_json(cls, text: str) -> KeyFile:
        data = json.loads(text)
        if data.get("popdesk_key_file") != KEY_FILE_FORMAT:
            raise ValueError("not a popdesk key file of a known format")
        return cls(
            store_id=str(uuid.UUID(data["store_id"])),
            key_check=str(data["key_check"]),
            keyring_backend=data.get("keyring_backend"),
            wrapped={kind: Wrapped.from_json(w) for kind, w in data["wrapped"].items()},
        )


def new_key_file(key: bytes) -> KeyFile:
    store_id = str(uuid.uuid4())
    return KeyFile(store_id=store_id, key_check=key_check(key, store_id))


def key_file_path(store: Path) -> Path:
    return store.with_name(store.name + KEY_FILE_SUFFIX)


def read_key_file(path: Path) -> KeyFile | None:
    """The key file at ``path``, None if there is none; a damaged one is refused by name."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise StoreDamaged.worded(
            QT_TRANSLATE_NOOP("Errors", "The key file {0} cannot be read ({1})."),
            path,
            exc,
        ) from None
    try:
        return KeyFile.from_json(text)
    except (ValueError, KeyError, TypeError) as exc:
        raise StoreDamaged.worded(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The key file {0} is damaged ({1}). It was left as it was; "
                "restore it from a backup (each backup has its key file "
                "beside it).",
            ),
            path,
            exc,
        ) from None


def write_key_file(path: Path, key_file: KeyFile) -> None:
    """Write the key file whole or not at all, readable by its owner alone."""
    from popdesk.exports.files import write_atomically  # its temporary file is made 0600

    write_atomically(path, key_file.to_json().encode("utf-8"))


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def sqlcipher_key(key: bytes) -> str:
    """SQLCipher's raw-key syntax: the key is used as is, with no key derivation."""
    return f"x'{key.hex()}'"


def key_check(key: bytes, store_id: str) -> str:
    return hmac.new(key, b"popdesk key check " + store_id.encode(), hashlib.sha256).hexdigest()[:32]


def new_recovery_key() -> str:
    text = base64.b32encode(secrets.token_bytes(RECOVERY_KEY_BYTES)).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes | None:
    """The bytes of a recovery key typed with or without dashes, spaces or lower case."""
    compact = "".join(ch for ch in text.upper() if ch not in "- \t")
    if len(compact) != RECOVERY_KEY_BYTES * 8 // 5:
        return None
    try:
        raw = base64.b32decode(compact)
    except ValueError:
        return None
    return raw if len(raw) == RECOVERY_KEY_BYTES else None


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError.worded(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A passphrase needs at least {0} characters; a few unrelated "
                "words are easy to remember and hard to guess.",
            ),
            MIN_PASSPHRASE_LENGTH,
            field="passphrase",
        )
    if passphrase != passphrase.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A passphrase cannot begin or end with a space."),
            "passphrase",
        )


def _derive(material: bytes, salt: bytes, kind: str, cost: ScryptCost | None) -> bytes:
    if cost is not None:
        return hashlib.scrypt(
            material, salt=salt, n=cost.n, r=cost.r, p=cost.p, maxmem=cost.memory * 2, dklen=32
        )
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    info = b"popdesk " + kind.encode()
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(material)


def _wrap(
    key: bytes, material: bytes, store_id: str, kind: str, cost: ScryptCost | None
) -> Wrapped:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    kek = _derive(material, salt, kind, cost)
    ciphertext = AESGCM(kek).encrypt(nonce, key, _aad(store_id, kind))
    return Wrapped(
        kdf="scrypt" if cost else "hkdf", salt=salt, nonce=nonce, ciphertext=ciphertext, cost=cost
    )


def _unwrap(wrapped: Wrapped, material: bytes, store_id: str, kind: str) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kek = _derive(material, wrapped.salt, kind, wrapped.cost)
    try:
        return AESGCM(kek).decrypt(wrapped.nonce, wrapped.ciphertext, _aad(store_id, kind))
    except InvalidTag:
        return None


def _aad(store_id: str, kind: str) -> bytes:
    return f"popdesk data key {store_id} {kind}".encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
