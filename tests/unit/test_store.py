"""Opening stores: new, existing, older, newer, and files that are not popdesk stores at all."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command

from popdesk.db import APPLICATION_ID, migrations
from popdesk.db.store import open_store
from popdesk.errors import EmptyFile, NotAStore, StoreDamaged, StoreNotFound, StoreTooNew
from tests.stores import digest, raw


def test_a_new_store_is_marked_as_popdesk_and_at_the_newest_schema(tmp_path: Path) -> None:
    store = open_store(tmp_path / "new.db", create=True)
    store.close()
    with pytest.raises(sqlite3.DatabaseError):  # encrypted: plain SQLite cannot read it
        sqlite3.connect(tmp_path / "new.db").execute("PRAGMA application_id").fetchone()
    with raw(tmp_path / "new.db") as conn:
        check_new_store(conn)


def check_new_store(conn: object) -> None:
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
        migrations.head()
    )
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.schema_number(
        migrations.head()
    )


def test_a_missing_store_is_not_created_unless_asked(tmp_path: Path) -> None:
    with pytest.raises(StoreNotFound, match="popdesk --db"):
        open_store(tmp_path / "absent.db")
    assert not (tmp_path / "absent.db").exists()


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db", create=True)
    cfg = migrations.config()
    with store.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.check(cfg)  # raises if autogenerate would find anything to do
    store.close()


def test_one_head_and_every_revision_named_by_date() -> None:
    assert len(migrations.script().get_heads()) == 1
    # the list an opening store is checked against, without loading Alembic
    oldest_first = [rev.revision for rev in migrations.script().walk_revisions()][::-1]
    assert list(migrations.REVISIONS) == oldest_first
    for rev in migrations.script().walk_revisions():
        assert Path(rev.path).name[:11].replace("_", "").isdigit()


def test_an_older_store_is_backed_up_then_upgraded_keeping_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.close()
    # Build the store as the first release left it (unencrypted), with one organisation in it.
    from popdesk.db.sqlite.connection import make_engine

    engine = make_engine(path, None)
    cfg = migrations.config()
    with engine.begin() as c:
        cfg.attributes["connection"] = c
        command.upgrade(cfg, "0001")
        c.exec_driver_sql(
            "INSERT INTO organisations (id, name, sector, approach, active, created_at, "
            "updated_at, version) VALUES ('0123456789abcdef0123456789abcdef', 'Ynys Council', "
            "'local_authority', 'unknown', 1, '2026-01-01', '2026-01-01', 1)"
        )
    engine.dispose()

    store = open_store(path)
    assert store.encrypted_from_plain and store.recovery_key
    assert len(store.backups) == 1
    with raw(store.backups[0]) as backup:  # encrypted like the store, with its key file
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert backup.execute("SELECT name FROM organisations").fetchall() == [("Ynys Council",)]
    with store.engine.connect() as c:
        rows = c.exec_driver_sql(
            "SELECT k.kind FROM search_index "
            "JOIN search_index_keys k ON k.key = search_index.rowid "
            "WHERE search_index MATCH 'ynys'"
        ).fetchall()
    assert rows == [("organisation",)]
    store.close()


def test_a_current_store_opens_without_a_backup(tmp_path: Path) -> None:
    open_store(tmp_path / "s.db", create=True).close()
    store = open_store(tmp_path / "s.db")
    assert store.backups == []
    store.close()


def test_a_store_from_a_newer_popdesk_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    open_store(path, create=True).close()
    with raw(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = digest(path)
    with pytest.raises(StoreTooNew, match="newer popdesk"):
        open_store(path)
    assert digest(path) == before


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotAStore, match="is a folder"):
        open_store(tmp_path, create=True)


def test_an_empty_file_is_refused_and_left_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    with pytest.raises(EmptyFile, match="empty file"):
        open_store(path, create=True)
    assert path.stat().st_size == 0


def test_a_text_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 20)
    before = digest(path)
    with pytest.raises(NotAStore, match="not a database file"):
        open_store(path, create=True)
    assert digest(path) == before


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.execute("INSERT INTO songs VALUES ('Calon Lân')")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotAStore, match="another program"):
        open_store(path, create=True)
    assert digest(path) == before
    assert not Path(str(path) + "-wal").exists()


def test_a_corrupt_store_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    store = open_store(path, create=True)
    store.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 2, len(data), 97):  # scribble over everything past page two
        data[offset] = 0xA5
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(StoreDamaged, match="damaged"):
        open_store(path)
    assert digest(path) == before


def test_an_empty_sqlite_database_becomes_a_store(tmp_path: Path) -> None:
    path = tmp_path / "blank.db"
    sqlite3.connect(path).execute("PRAGMA user_version = 0").close()
    # sqlite writes nothing for a database with no schema; give it a real header first
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")
    conn.commit()
    conn.close()
    store = open_store(path, create=True)
    store.close()
    with raw(path) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
