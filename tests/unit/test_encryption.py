"""Encryption at rest: what a lost laptop gives away (nothing), and every way a key is found,
refused or replaced."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backends import null

from popdesk.db import APPLICATION_ID, migrations
from popdesk.db.sqlite.connection import make_engine
from popdesk.db.store import UnlockRequest, open_store
from popdesk.demo.small import DemoService
from popdesk.errors import (
    EmptyFile,
    KeyUnavailable,
    NotAStore,
    StoreDamaged,
    StoreLocked,
    StoreTooNew,
    ValidationError,
    WrongPassphrase,
)
from popdesk.security.keyring_access import SystemKeyring
from popdesk.security.keys import (
    ScryptCost,
    key_file_path,
    new_data_key,
    new_key_file,
    new_recovery_key,
    parse_recovery_key,
    read_key_file,
)
from popdesk.services import Services
from tests.stores import decrypted_pages, digest, raw, store_files, store_key

PASSPHRASE = "a gorse-covered hillside"


def demo_secrets(services: Services) -> list[bytes]:
    """Every demo contact's name and phone numbers, as the bytes a search would look for."""
    out: set[bytes] = set()
    for contact in services.partners.list_contacts():
        out.add(contact.name.encode("utf-8"))
        for phone in contact.phones:
            out.update({phone.number.encode(), phone.display.encode()})
        out.update(email.encode() for email in contact.emails)
    return sorted(out)


def test_no_demo_contact_name_or_number_is_in_any_byte_on_disk(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db", create=True)
    DemoService(store.sessions).fill()
    services = Services.over(store.sessions)
    secrets = demo_secrets(services)
    assert len(secrets) > 300
    # While the store is open, its WAL holds the newest pages: look there too.
    wal = Path(str(store.path) + "-wal")
    assert wal.exists() and Path(str(store.path) + "-shm").exists()
    open_files = {p: p.read_bytes() for p in store_files(tmp_path)}
    store.close()  # and after closing, with the backup taken on close
    assert store.backups and store.backups[0].exists()
    closed_files = {p: p.read_bytes() for p in store_files(tmp_path)}
    for files in (open_files, closed_files):
        for path, data in files.items():
            found = [s for s in secrets if s in data]
            assert not found, f"{path.name} holds {found[:3]}"
    # The search is able to find them: the same bytes, decrypted, hold every name and number.
    plain = decrypted_pages(tmp_path / "s.db", store_key(tmp_path / "s.db"))
    stored = [c.name.encode() for c in services.partners.list_contacts()] + [
        p.number.encode() for c in services.partners.list_contacts() for p in c.phones
    ]
    assert all(s in plain for s in stored)


def test_opening_reads_the_key_from_the_keyring_and_records_which_one(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db", create=True)
    assert store.recovery_key and parse_recovery_key(store.recovery_key)
    assert store.key_file.keyring_backend == "the keyring tests.fakes.MemoryKeyring"
    store.close()
    again = open_store(tmp_path / "s.db")
    assert again.key_place.unlocked_with == "keyring"
    assert again.recovery_key is None  # shown once, when made
    assert "Key stored in the keyring tests.fakes.MemoryKeyring" in again.key_place.describe()
    again.close()


def test_with_no_keyring_a_store_needs_and_then_opens_with_its_passphrase(
    tmp_path: Path, no_keyring: None
) -> None:
    path = tmp_path / "s.db"
    with pytest.raises(KeyUnavailable, match="there is no keyring on this computer"):
        open_store(path, create=True)
    assert not path.exists() and not key_file_path(path).exists()

    store = open_store(path, create=True, passphrase=PASSPHRASE)
    assert not store.key_place.keyring.ok
    assert "no keyring on this computer" in store.key_place.describe()
    Services.over(store.sessions).partners.create_organisation(name="Ynys Council", sector="health")
    store.close()

    with pytest.raises(KeyUnavailable, match=r"no keyring on this computer.*passphrase"):
        open_store(path)
    asked: list[UnlockRequest] = []

    def ask(request: UnlockRequest) -> str | None:
        asked.append(request)
        return "not it at all" if request.attempt == 1 else PASSPHRASE

    store = open_store(path, ask=ask)
    assert [r.wrong for r in asked] == [False, True]
    assert "no keyring" in asked[0].reason
    names = [o.name for o in Services.over(store.sessions).partners.list_organisations()]
    assert names == ["Ynys Council"]
    store.close()


def test_a_keyring_that_drops_what_it_is_given_is_not_trusted(tmp_path: Path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(null.Keyring())
    try:
        result = SystemKeyring().save("some-store", new_data_key())
        assert not result.ok and "null backend" in (result.reason or "")
        with pytest.raises(KeyUnavailable, match="null backend"):
            open_store(tmp_path / "s.db", create=True)
    finally:
        keyring.set_keyring(previous)


class Dropping(SystemKeyring):
    """A keyring that says yes to every write and keeps nothing, under an ordinary name."""

    def _backend(self) -> object:
        class Forgetful:
            def set_password(self, *_: str) -> None:
                pass

            def get_password(self, *_: str) -> None:
                return None

        return Forgetful()


def test_a_key_is_kept_in_a_keyring_only_if_it_reads_back() -> None:
    result = Dropping().save("some-store", new_data_key())
    assert not result.ok and "did not give it back" in (result.reason or "")


def test_the_recovery_key_opens_the_store_when_keyring_and_passphrase_are_gone(
    tmp_path: Path,
) -> None:
    path = tmp_path / "s.db"
    store = open_store(path, create=True, passphrase=PASSPHRASE)
    recovery = store.recovery_key
    assert recovery is not None
    store.close()
    SystemKeyring().forget(store.store_id)  # a new laptop: the keyring has never seen it
    with pytest.raises(WrongPassphrase):
        open_store(path, passphrase="forgotten, sadly")
    typed = recovery.lower().replace("-", " ")  # as someone might type it from paper
    store = open_store(path, passphrase=typed)
    assert store.key_place.unlocked_with == "passphrase"
    store.close()
    # ... and the key went back into the keyring that had lost it
    open_store(path).close()


NEW_PASSPHRASE = "a new and longer phrase"


def _opens_with(path: Path, secret: str, key_file_text: str | None = None) -> bool:
    """Does ``secret`` open the store at ``path`` on a computer whose keyring never saw it,
    with the key file beside it (or an older one put in its place, as an attacker would)?"""
    key_path = key_file_path(path)
    current = key_path.read_text(encoding="utf-8")
    if key_file_text is not None:
        key_path.write_text(key_file_text, encoding="utf-8")
    previous = keyring.get_keyring()
    keyring.set_keyring(null.Keyring())
    try:
        store = open_store(path, passphrase=secret)
    except (WrongPassphrase, StoreDamaged, NotAStore):
        return False
    finally:
        keyring.set_keyring(previous)
        if key_file_text is not None:
            key_path.write_text(current, encoding="utf-8")
    store.close(backup=False)
    return True


def test_a_new_passphrase_or_recovery_key_locks_out_every_old_secret_and_key_file(
    tmp_path: Path,
) -> None:
    path = tmp_path / "s.db"
    store = open_store(path, create=True, passphrase=PASSPHRASE)
    old_recovery = store.recovery_key
    assert old_recovery is not None
    old_key, old_key_file = store_key(path), key_file_path(path).read_text(encoding="utf-8")
    with pytest.raises(ValidationError, match="at least 10"):
        store.set_passphrase("short")
    changed = store.set_passphrase(NEW_PASSPHRASE)
    services = Services.over(store.sessions)
    services.partners.create_organisation(name="Added after the change", sector="voluntary")
    with pytest.raises(WrongPassphrase):
        store.renew_recovery_key(PASSPHRASE)  # the old passphrase no longer counts
    renewed = store.renew_recovery_key(NEW_PASSPHRASE)
    store.close()
    assert changed.recovery_key != renewed.recovery_key != old_recovery
    # Old secrets, with the current key file or the old one put back: nothing opens.
    for secret in (PASSPHRASE, old_recovery, changed.recovery_key):
        for key_file_text in (None, old_key_file):
            assert not _opens_with(path, secret, key_file_text), secret
    # The old data key itself reads nothing.
    with (
        pytest.raises(Exception, match=r"not a database|file is encrypted"),
        raw(path, old_key) as conn,
    ):
        conn.execute("SELECT count(*) FROM organisations").fetchone()
    # The current ones do, with every record, including what was added after the change.
    for secret in (NEW_PASSPHRASE, renewed.recovery_key):
        assert _opens_with(path, secret)
    again = open_store(path)  # and from the keyring, as every day
    names = [o.name for o in Services.over(again.sessions).partners.list_organisations()]
    again.close()
    assert "Added after the change" in names


def test_backups_made_before_a_new_key_are_kept_re_encrypted_or_removed_as_asked(
    tmp_path: Path,
) -> None:
    from popdesk.security.backups import BackupPolicy

    results = {}
    for choice in ("keep", "reencrypt", "remove"):
        path = tmp_path / choice / "s.db"
        path.parent.mkdir()
        store = open_store(path, create=True, passphrase=PASSPHRASE, policy=BackupPolicy())
        old_backup = store.backup("on-close")
        store.backup("on-close")
        done = store.set_passphrase(NEW_PASSPHRASE, old_backups=choice)
        newer = store.backup("on-close")  # made after the change: the new key's
        store.close(backup=False)
        results[choice] = (done.backups_kept, done.backups_reencrypted, done.backups_removed)
        assert _opens_with(newer, NEW_PASSPHRASE) and not _opens_with(newer, PASSPHRASE)
        if choice == "remove":
            assert not old_backup.exists() and not key_file_path(old_backup).exists()
        elif choice == "reencrypt":
            assert _opens_with(old_backup, NEW_PASSPHRASE)
            assert not _opens_with(old_backup, PASSPHRASE)
        else:
            assert _opens_with(old_backup, PASSPHRASE)  # as the README says
    assert results == {"keep": (2, 0, 0), "reencrypt": (0, 2, 0), "remove": (0, 0, 2)}


ROTATE_AND_DIE = """
import os, sys
from popdesk.db.store import open_store
from popdesk.security import keys
keys.PASSPHRASE_COST = keys.ScryptCost(n=2**12)
path, die_at = sys.argv[1], int(sys.argv[2])
store = open_store(path)
calls = []
real = os.replace
def replace(a, b):
    calls.append(b)
    if len(calls) == die_at:
        os._exit(9)  # killed, with no clean-up of any kind
    real(a, b)
os.replace = replace
store.set_passphrase(sys.argv[3])
os._exit(0)
"""


@pytest.mark.parametrize("die_at", [1, 2, 3, 4])
def test_a_kill_at_any_step_of_re_encrypting_leaves_a_store_that_opens_whole(
    tmp_path: Path, die_at: int
) -> None:
    """Killed at each move of the re-encryption (writing the new key file, moving the new store
    over the old, moving its key file), and not at all (4): the store opens with every record;
    before the switch the old passphrase still opens it, after it only the new one."""
    import subprocess
    import sys

    path = tmp_path / "s.db"
    store = open_store(path, create=True, passphrase=PASSPHRASE)
    DemoService(store.sessions).fill()
    count = len(Services.over(store.sessions).partners.list_contacts())
    store.close(backup=False)
    child = subprocess.run(
        [sys.executable, "-c", ROTATE_AND_DIE, str(path), str(die_at), NEW_PASSPHRASE],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert child.returncode == (0 if die_at == 4 else 9), child.stderr
    switched = die_at >= 3
    assert _opens_with(path, NEW_PASSPHRASE) is switched
    assert _opens_with(path, PASSPHRASE) is not switched
    store = open_store(path)
    assert len(Services.over(store.sessions).partners.list_contacts()) == count
    assert Services.over(store.sessions).check.check().integrity == "ok"
    store.close(backup=False)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == ["s.db", "s.db.key", "s.db.lock"] or left == ["s.db", "s.db.key"], left


def test_the_six_refusals_each_say_their_own_thing_and_change_no_byte(
    tmp_path: Path, no_keyring: None
) -> None:
    def refusal(path: Path, kind: type[Exception], **options: str) -> str:
        before = {p: digest(p) for p in store_files(path.parent)}
        with pytest.raises(kind) as caught:
            open_store(path, **options)  # type: ignore[arg-type]
        assert {p: digest(p) for p in store_files(path.parent)} == before
        return str(caught.value)

    def made(name: str) -> Path:
        folder = tmp_path / name
        folder.mkdir()
        store = open_store(folder / "s.db", create=True, passphrase=PASSPHRASE)
        store.close()
        return store.path

    messages = {}
    messages["wrong passphrase"] = refusal(made("a"), WrongPassphrase, passphrase="not the one")
    messages["not in keyring"] = refusal(made("b"), KeyUnavailable)

    damaged = made("c")
    data = bytearray(damaged.read_bytes())
    for offset in range(4096 * 3, len(data), 101):
        data[offset] ^= 0x5A
    damaged.write_bytes(bytes(data))
    messages["damaged"] = refusal(damaged, StoreDamaged, passphrase=PASSPHRASE)

    newer = made("d")
    with raw(newer, read_key_file(key_file_path(newer)).unwrap(PASSPHRASE)) as conn:  # type: ignore[union-attr]
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    messages["newer"] = refusal(newer, StoreTooNew, passphrase=PASSPHRASE)

    (tmp_path / "e").mkdir()
    other = tmp_path / "e" / "photo.db"
    other.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    messages["not a store"] = refusal(other, NotAStore)

    (tmp_path / "f").mkdir()
    empty = tmp_path / "f" / "s.db"
    empty.touch()
    messages["empty"] = refusal(empty, EmptyFile)

    assert len(set(messages.values())) == 6
    assert "passphrase does not unlock" in messages["wrong passphrase"]
    assert "not available on this computer" in messages["not in keyring"]
    assert "damaged" in messages["damaged"]
    assert "newer popdesk" in messages["newer"]
    assert "not a popdesk store" in messages["not a store"]
    assert "empty file" in messages["empty"]


def test_an_unencrypted_store_is_encrypted_keeping_every_row_and_header(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    engine = make_engine(path, None)
    migrations.upgrade(engine, new_store=True)
    from popdesk.db.sqlite.connection import make_sessions

    DemoService(make_sessions(engine)).fill()
    engine.dispose()
    conn = sqlite3.connect(path)
    before = {
        t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
        for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.close()
    assert before["contacts"] == 167 and version > 0

    store = open_store(path)
    assert store.encrypted_from_plain and store.recovery_key
    services = Services.over(store.sessions)
    secrets = demo_secrets(services)
    assert [h.title for h in services.search.search("Glanafon")][:1]  # the index came across
    store.close()
    with raw(path) as conn:
        after = {
            t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
            for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert after == before
    leftovers = [p for p in store_files(tmp_path) if any(s in p.read_bytes() for s in secrets)]
    assert leftovers == []


def test_a_second_popdesk_on_the_same_store_is_refused(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db", create=True)
    with pytest.raises(StoreLocked, match="open in another popdesk"):
        open_store(tmp_path / "s.db")
    store.close()
    open_store(tmp_path / "s.db").close()  # free again once the first has closed


def test_locking_closes_the_store_until_the_passphrase_is_given(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db", create=True, passphrase=PASSPHRASE)
    services = Services.over(store.sessions)
    services.partners.create_organisation(name="Ynys Council", sector="health")
    store.lock()
    assert store.locked
    with pytest.raises(StoreLocked, match="locked"):
        services.partners.list_organisations()
    assert not store.unlock("the wrong one")
    assert store.locked
    assert store.unlock(PASSPHRASE)
    assert [o.name for o in services.partners.list_organisations()] == ["Ynys Council"]
    store.close()


def test_keys_and_recovery_keys_round_trip() -> None:
    key = new_data_key()
    recovery = new_recovery_key()
    assert len(recovery) == 39 and recovery.count("-") == 7
    key_file = new_key_file(key).with_recovery_key(key, recovery)
    key_file = key_file.with_passphrase(key, PASSPHRASE, ScryptCost(n=2**10))
    from popdesk.security.keys import KeyFile

    again = KeyFile.from_json(key_file.to_json())
    assert again.unwrap(PASSPHRASE) == key
    assert again.unwrap(recovery.replace("-", "")) == key
    assert again.unwrap("Passphrase") is None
    assert key.hex() not in key_file.to_json()


class Failing(SystemKeyring):
    """A keyring backend that fails the way a locked collection or a missing D-Bus does."""

    def __init__(self, error: Exception) -> None:
        self.error = error

    def _backend(self) -> object:
        error = self.error

        class Broken:
            def set_password(self, *_: str) -> None:
                raise error

            def get_password(self, *_: str) -> None:
                raise error

        return Broken()


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (keyring.errors.KeyringLocked("Failed to unlock the collection!"), "the keyring is locked"),
        (
            keyring.errors.InitError("Failed to create the collection: D-Bus not available"),
            "the keyring cannot be reached",
        ),
        (
            RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown"),
            "the keyring cannot be reached",
        ),
    ],
)
def test_a_keyring_that_fails_when_used_is_explained_and_the_passphrase_asked_for(
    tmp_path: Path, error: Exception, said: str
) -> None:
    failing = Failing(error)
    assert said in (failing.save("x", new_data_key()).reason or "")
    with pytest.raises(KeyUnavailable, match=said):
        open_store(tmp_path / "s.db", create=True, keyring=failing)
    store = open_store(tmp_path / "s.db", create=True, keyring=failing, passphrase=PASSPHRASE)
    store.close()
    asked: list[str] = []
    store = open_store(
        tmp_path / "s.db",
        keyring=failing,
        ask=lambda request: asked.append(request.reason) or PASSPHRASE,
    )
    assert asked and said in asked[0]
    store.close()


def test_an_encryption_that_does_not_verify_leaves_the_plain_store_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "plain.db"
    engine = make_engine(path, None)
    migrations.upgrade(engine, new_store=True)
    engine.dispose()
    before = digest(path)
    from popdesk.security import sqlcipher_files

    real = sqlcipher_files.table_digests
    calls = iter([False, True])  # the copy reads back different from the original

    def digests(conn: object) -> dict[str, tuple[int, str]]:
        out = real(conn)
        return {**out, "organisations": (99, "?")} if next(calls) else out

    monkeypatch.setattr(sqlcipher_files, "table_digests", digests)
    with pytest.raises(StoreDamaged, match="did not give a faithful copy"):
        open_store(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plain.db", "plain.db.lock"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_store_its_key_file_and_backups_are_for_the_owner_alone(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db", create=True)
    store.backup("manual")
    store.close(backup=False)
    files = [
        tmp_path / "s.db",
        tmp_path / "s.db.key",
        *store.backups,
        *(key_file_path(b) for b in store.backups),
    ]
    assert {oct(p.stat().st_mode & 0o777) for p in files} == {"0o600"}


def test_a_large_store_opens_without_reading_every_page_and_damage_is_still_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from popdesk.db import inspection
    from popdesk.security import sqlcipher_files

    path = tmp_path / "s.db"
    store = open_store(path, create=True)
    partners = Services.over(store.sessions).partners
    partners.create_contacts({"name": f"Contact {n}", "notes": "x" * 400} for n in range(400))
    store.close(backup=False)
    data = bytearray(path.read_bytes())
    for offset in range(len(data) - 4096 * 8, len(data), 4096):  # spoil the last pages
        data[offset + 100] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(StoreDamaged):
        open_store(path)  # a small store: every page is read on opening
    monkeypatch.setattr(inspection, "QUICK_CHECK_LIMIT", 0)  # as if it were a large one
    store = open_store(path)
    with pytest.raises(StoreDamaged, match="Part of the store cannot be read"):
        Services.over(store.sessions).partners.list_contacts()
    assert sqlcipher_files.integrity(path, store._key, quick=True)  # what the app checks after
    store.close(backup=False)
