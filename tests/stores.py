"""Reaching into store files the way an attacker or a repair tool would: keyed raw connections,
page-level decryption and byte searches."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import keyring
import sqlcipher3

from popdesk.security.keyring_access import SERVICE
from popdesk.security.keys import key_file_path, read_key_file, sqlcipher_key

PAGE_SIZE = 4096
RESERVE = 80  # SQLCipher 4: a 16-byte IV and a 64-byte HMAC-SHA512 at the end of every page
SALT = 16


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def store_key(path: Path) -> bytes:
    """The data key of a store (or backup), from the test keyring, by its key file."""
    key_file = read_key_file(key_file_path(path))
    assert key_file is not None, f"no key file beside {path}"
    value = keyring.get_keyring().get_password(SERVICE, f"store {key_file.store_id}")
    assert value is not None
    return bytes.fromhex(value)


@contextmanager
def raw(path: Path, key: bytes | None = None) -> Iterator[Any]:
    conn = sqlcipher3.connect(str(path))
    conn.isolation_level = None
    conn.execute(f'PRAGMA key = "{sqlcipher_key(key or store_key(path))}"')
    try:
        yield conn
    finally:
        conn.close()


def decrypted_pages(path: Path, key: bytes) -> bytes:
    """Every page of an SQLCipher 4 file (or the pages in its WAL), decrypted, free pages too.

    With a raw key SQLCipher uses the key itself for AES-256-CBC; each page's IV sits in its
    reserved tail. Page one keeps its first 16 bytes for the salt.
    """
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    data = path.read_bytes()
    pages: list[tuple[int, bytes]] = []
    if path.name.endswith("-wal"):  # a 32-byte header, then frames of a 24-byte header + a page
        for offset in range(32, len(data) - PAGE_SIZE - 23, 24 + PAGE_SIZE):
            number = int.from_bytes(data[offset : offset + 4], "big")
            pages.append((number, data[offset + 24 : offset + 24 + PAGE_SIZE]))
    else:
        for offset in range(0, len(data) - PAGE_SIZE + 1, PAGE_SIZE):
            pages.append((offset // PAGE_SIZE + 1, data[offset : offset + PAGE_SIZE]))
    out = bytearray()
    for number, page in pages:
        iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
        body = page[SALT if number == 1 else 0 : PAGE_SIZE - RESERVE]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out += decryptor.update(body) + decryptor.finalize()
    return bytes(out)


def store_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())
