"""Backups: taken when they should be, encrypted, rotated, and restored only when whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from popdesk.db.restore import restore_backup, verify_backup
from popdesk.db.store import open_store
from popdesk.errors import NotAStore, StoreDamaged, StoreLocked
from popdesk.security.backups import BackupPolicy, list_backups
from popdesk.security.keys import key_file_path
from popdesk.services import Services
from tests.stores import digest, raw


def add_org(store: object, name: str) -> None:
    Services.over(store.sessions).partners.create_organisation(name=name, sector="health")  # type: ignore[attr-defined]


def org_names(path: Path) -> list[str]:
    store = open_store(path)
    try:
        return [o.name for o in Services.over(store.sessions).partners.list_organisations()]
    finally:
        store.close(backup=False)


def test_a_backup_is_taken_on_close_only_after_a_change_and_old_ones_rotate(
    tmp_path: Path,
) -> None:
    path = tmp_path / "s.db"
    policy = BackupPolicy(keep=3)
    open_store(path, create=True, policy=policy).close()
    assert list_backups(path, policy) == []  # nothing changed since it was made
    for n in range(5):
        store = open_store(path, policy=policy)
        add_org(store, f"Organisation {n}")
        store.close()
    store = open_store(path, policy=policy)
    store.close()  # read only: no new backup
    kept = list_backups(path, policy)
    assert [b.reason for b in kept] == ["on-close"] * 3
    assert all(key_file_path(b.path).exists() for b in kept)
    assert kept[0].path.parent == tmp_path / "s-backups"
    with raw(kept[0].path) as conn:  # the newest holds all five; each is encrypted and whole
        assert conn.execute("SELECT count(*) FROM organisations").fetchone()[0] == 5
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not list((tmp_path / "s-backups").glob("*.partial"))


def test_restore_checks_the_backup_keeps_the_current_store_and_swaps_it_in(
    tmp_path: Path,
) -> None:
    path = tmp_path / "s.db"
    store = open_store(path, create=True)
    add_org(store, "Before")
    saved = store.backup_to(tmp_path / "saved.db")
    add_org(store, "After")
    store.close()

    done = restore_backup(path, saved)
    assert org_names(path) == ["Before"]
    assert done.previous is not None and done.kept_damaged is None
    with raw(done.previous) as conn:  # what was there before is kept, not lost
        names = [r[0] for r in conn.execute("SELECT name FROM organisations ORDER BY name")]
    assert names == ["After", "Before"]


def test_a_damaged_backup_is_refused_and_the_store_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    store = open_store(path, create=True)
    add_org(store, "Keep me")
    saved = store.backup_to(tmp_path / "saved.db")
    store.close()
    data = bytearray(saved.read_bytes())
    data[4096 * 2 + 100] ^= 0xFF
    saved.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(StoreDamaged, match="damaged"):
        restore_backup(path, saved)
    assert digest(path) == before
    assert org_names(path) == ["Keep me"]


def test_a_backup_without_its_key_file_or_not_encrypted_is_refused(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db", create=True)
    saved = store.backup_to(tmp_path / "saved.db")
    store.close()
    key_file_path(saved).unlink()
    with pytest.raises(NotAStore, match="no key file"):
        verify_backup(saved)
    text = tmp_path / "notes.db"
    text.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(NotAStore, match="not an encrypted popdesk backup"):
        verify_backup(text)


def test_restoring_over_an_unreadable_store_keeps_that_file_aside(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    store = open_store(path, create=True)
    add_org(store, "Good")
    saved = store.backup_to(tmp_path / "saved.db")
    store.close()
    path.write_bytes(b"\x00" * 9000)  # the store itself is wrecked
    done = restore_backup(path, saved)
    assert done.kept_damaged is not None and done.kept_damaged.read_bytes() == b"\x00" * 9000
    assert org_names(path) == ["Good"]


def test_restore_refuses_while_the_store_is_open(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    store = open_store(path, create=True)
    saved = store.backup_to(tmp_path / "saved.db")
    with pytest.raises(StoreLocked):
        restore_backup(path, saved)
    store.close()
