"""The audit log: append-only in the store itself, readable and exportable by a supervisor."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from popdesk.db import migrations
from popdesk.db.sqlite.connection import make_engine
from popdesk.db.store import open_store
from popdesk.domain.enums import AuditAction
from popdesk.services import Context, Services
from tests.builders import make_services, small_world
from tests.stores import raw


@contextmanager
def older_store(path: Path, revision: str) -> Iterator[Any]:
    """A store as an earlier popdesk left it (unencrypted, at ``revision``): a connection in
    one transaction to write what that version wrote."""
    from alembic import command

    engine = make_engine(path, None)
    cfg = migrations.config()
    try:
        with engine.begin() as c:
            c.exec_driver_sql("PRAGMA application_id = 1347375172")
            cfg.attributes["connection"] = c
            command.upgrade(cfg, revision)
            yield c
    finally:
        engine.dispose()


def test_the_store_refuses_to_change_or_remove_audit_entries(tmp_path: Path) -> None:
    store, services = make_services(tmp_path / "s.db")
    small_world(services)
    with raw(store.path) as conn:
        for statement in (
            "UPDATE audit_entries SET actor = 'someone else'",
            "DELETE FROM audit_entries",
        ):
            with pytest.raises(Exception, match="append-only"):
                conn.execute(statement)
    with pytest.raises(IntegrityError, match="append-only"), store.sessions.begin() as s:
        s.execute(text("DELETE FROM audit_entries WHERE actor = 'insp.test'"))
    assert services.audit.count() > 0
    store.close()


def test_entries_say_who_did_what_to_which_record_without_copying_contact_names(
    tmp_path: Path,
) -> None:
    store, services = make_services(tmp_path / "s.db", actor="insp.hughes")
    world = small_world(services)
    services.partners.update_contact(world["sian"], job_title="Community safety lead")
    entries = services.audit.entries(entity_id=world["sian"])
    assert [e.summary for e in entries] == [
        "Changed job title of a contact",
        "Added a contact",
    ]
    assert all(e.actor == "insp.hughes" and e.record == "Siân Evans" for e in entries)
    assert "Siân" not in " ".join(e.summary for e in services.audit.entries(limit=1000))
    store.close()


def test_the_log_filters_and_exports_as_csv_with_no_formula_cells(tmp_path: Path) -> None:
    store, services = make_services(tmp_path / "s.db", actor="=cmd|' /C calc'!A0")
    small_world(services)
    other = Services.over(store.sessions, Context(actor="sgt.morgan"))
    other.partners.create_organisation(name="-Hafod Trust", sector="voluntary")
    assert {e.actor for e in services.audit.entries(actor="sgt.morgan")} == {"sgt.morgan"}
    created = services.audit.entries(action=AuditAction.CREATE, limit=1000)
    assert created and all(e.action is AuditAction.CREATE for e in created)
    rows = list(csv.reader(io.StringIO(services.audit.as_csv())))
    assert rows[0][:3] == ["When (UTC)", "Who", "Action"]
    assert len(rows) == services.audit.count() + 1
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), row
    assert any(cell == "'-Hafod Trust" for row in rows for cell in row)
    store.close()


def test_an_older_stores_log_loses_contact_names_when_it_is_sealed(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with older_store(path, "0002") as c:
        for summary, entity in (
            ("Added contact Siân Evans", "contact"),
            ("Changed phones, notes of Siân Evans", "contact"),
            ("Deactivated Siân Evans", "contact"),
            ("Added action: ring Siân Evans about the CCTV", "action"),
            ("Exported handover pack for Riverside marked OFFICIAL to siân.pdf", "handover"),
        ):
            c.exec_driver_sql(
                "INSERT INTO audit_entries (id, at, actor, action, entity, summary, created_at, "
                "updated_at, version) VALUES (lower(hex(randomblob(16))), '2026-01-01', 'x', "
                f"'{'export' if 'Exported' in summary else 'create'}', '{entity}', ?, "
                "'2026-01-01', '2026-01-01', 1)",
                (summary,),
            )
    store = open_store(path)
    services = Services.over(store.sessions)
    summaries = sorted(e.summary for e in services.audit.entries())
    assert summaries == [
        "Added a contact",
        "Added an action",
        "Changed phones, notes of a contact",
        "Deactivated a contact",
        "Exported handover pack for Riverside marked OFFICIAL",
    ]
    store.close()


def _entries(conn: object) -> list[tuple[object, ...]]:
    return conn.execute(  # type: ignore[attr-defined,no-any-return]
        "SELECT id, seq, chain, actor, summary FROM audit_entries ORDER BY seq"
    ).fetchall()


def test_no_statement_rewrites_the_log_or_its_export_records(tmp_path: Path) -> None:
    """An attacker's own connection (none of popdesk's settings): every statement that would
    change, remove or replace an entry or an export record is refused, and nothing moves."""
    store, services = make_services(tmp_path / "s.db")
    small_world(services)
    services.contact_exports.calendar(tmp_path / "meetings.ics", purpose="For Siân")
    with raw(store.path) as conn:
        before = _entries(conn), conn.execute("SELECT * FROM export_records").fetchall()
        copy = (
            "SELECT {id}, at, 'someone else', action, entity, entity_id, 'rewritten', details, "
            "created_at, updated_at, version, {seq}, chain FROM audit_entries WHERE seq = 1"
        )
        columns = (
            "(id, at, actor, action, entity, entity_id, summary, details, created_at, "
            "updated_at, version, seq, chain)"
        )
        for statement in (
            "UPDATE audit_entries SET actor = 'someone else'",
            "UPDATE OR REPLACE audit_entries SET summary = 'x' WHERE seq = 2",
            "DELETE FROM audit_entries",
            f"INSERT OR REPLACE INTO audit_entries {columns} " + copy.format(id="id", seq="seq"),
            f"REPLACE INTO audit_entries {columns} "
            + copy.format(id="lower(hex(randomblob(16)))", seq="seq"),
            f"INSERT INTO audit_entries {columns} "
            + copy.format(id="id", seq="999")
            + " ON CONFLICT(id) DO UPDATE SET actor = 'someone else'",
            "INSERT OR REPLACE INTO audit_entries (rowid, id, at, actor, action, entity, summary, "
            "created_at, updated_at, version) SELECT rowid, lower(hex(randomblob(16))), at, "
            "'someone else', action, entity, 'x', created_at, updated_at, version "
            "FROM audit_entries WHERE seq = 1",
            "UPDATE export_records SET purpose = 'For nobody'",
            "UPDATE export_records SET audit_entry_id = "
            "(SELECT id FROM audit_entries WHERE seq = 1)",
            "DELETE FROM export_records",
            "INSERT OR REPLACE INTO export_records (id, audit_entry_id, purpose, file_name, "
            "created_at, updated_at, version) SELECT lower(hex(randomblob(16))), audit_entry_id, "
            "'For nobody', file_name, created_at, updated_at, version FROM export_records",
        ):
            with pytest.raises(Exception, match=r"append-only|cannot be"):
                conn.execute(statement)
        assert (_entries(conn), conn.execute("SELECT * FROM export_records").fetchall()) == before
        # What an erasure does to an export record (its marker in place of the name) is allowed.
        conn.execute(
            "UPDATE export_records SET purpose = 'For [erased contact]', version = version + 1"
        )
        assert conn.execute("SELECT purpose FROM export_records").fetchall() == [
            ("For [erased contact]",)
        ]
    report = services.check.check()
    assert report.audit_break is None and report.audit_entries_checked == len(before[0])
    store.close()


def _chained_store(tmp_path: Path) -> tuple[Path, int]:
    """A store whose log was written by the services and by a bulk import, interleaved."""
    store, services = make_services(tmp_path / "s.db")
    small_world(services)
    sheet = tmp_path / "people.csv"
    sheet.write_text(
        "First Name,Last Name,Company,E-mail Address\n"
        "Carys,Nowak,Tai Glanafon,carys@tai.example\nGwion,Ahmed,Tai Glanafon,gwion@tai.example\n",
        encoding="utf-8",
    )
    services.imports.commit(services.imports.read(sheet))
    services.partners.create_organisation(name="Hafod Trust", sector="voluntary")
    report = services.check.check()
    assert report.audit_break is None, report.audit_break
    count = report.audit_entries_checked
    assert count == services.audit.count() > 10
    store.close()
    return tmp_path / "s.db", count


@pytest.mark.parametrize(
    ("tamper", "seq", "reason"),
    [
        ("UPDATE audit_entries SET actor = 'someone else' WHERE seq = 5", 5, "changed"),
        ("UPDATE audit_entries SET summary = summary || '.' WHERE seq = 9", 9, "changed"),
        ("UPDATE audit_entries SET at = '2020-01-01 00:00:00.000000' WHERE seq = 3", 3, "changed"),
        ("DELETE FROM audit_entries WHERE seq = 7", 8, "missing"),
        ("DELETE FROM audit_entries WHERE seq = 1", 2, "missing"),
        (
            "INSERT INTO audit_entries (id, at, actor, action, entity, summary, created_at, "
            "updated_at, version) VALUES (lower(hex(randomblob(16))), '2026-01-01', 'x', "
            "'delete', 'contact', 'Removed nothing', '2026-01-01', '2026-01-01', 1)",
            None,
            "out of the chain",
        ),
        (
            "INSERT INTO audit_entries (id, at, actor, action, entity, summary, created_at, "
            "updated_at, version, seq, chain) SELECT lower(hex(randomblob(16))), at, 'x', "
            "action, entity, 'forged', created_at, updated_at, version, seq + 1, chain "
            "FROM audit_entries ORDER BY seq DESC LIMIT 1",
            "last+1",
            "changed",
        ),
    ],
)
def test_a_log_rewritten_past_the_triggers_shows_the_first_entry_that_no_longer_fits(
    tmp_path: Path, tamper: str, seq: int | str | None, reason: str
) -> None:
    from popdesk.cli import main

    path, count = _chained_store(tmp_path)
    with raw(path) as conn:  # someone holding the key, who drops the triggers first
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_entries'"
        ).fetchall():
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute(tamper)
    store = open_store(path)
    report = Services.over(store.sessions).check.check()
    store.close()
    assert report.audit_break is not None
    expected = count + 1 if seq == "last+1" else seq
    assert (report.audit_break.seq, report.audit_break.reason) == (expected, reason)
    assert main(["--db", str(path), "check"]) == 1  # and the command line says so


def test_the_command_line_check_reports_a_whole_chain(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from popdesk.cli import main

    path, count = _chained_store(tmp_path)
    assert main(["--db", str(path), "check"]) == 0
    assert f"Audit log: {count} entries, the hash chain whole." in capsys.readouterr().out


def test_an_older_stores_log_is_chained_and_loses_free_text_when_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with older_store(path, "0005") as c:
        c.exec_driver_sql("DROP TRIGGER audit_entries_no_update")  # to write what 0005 wrote
        for minute, (summary, entity) in enumerate(
            (
                ("Opened problem Łukasz Nowak's flat taken over", "problem"),
                ("Moved Łukasz Nowak's flat taken over to Response", "problem"),
                ("Agreed priority High for Łukasz Nowak's flat", "problem"),
                ("Tai Glanafon joined Łukasz Nowak's flat", "problem"),
                ("Cancelled handover of Riverside NHI: Łukasz Nowak asked to stay", "handover"),
                ("Ended SPOC for Tai Glanafon, Housing: Łukasz Nowak left", "spoc_assignment"),
                ("Added agreement Sharing with Łukasz Nowak", "agreement"),
                ("Added organisation Tai Glanafon", "organisation"),
            )
        ):
            c.exec_driver_sql(
                "INSERT INTO audit_entries (id, at, actor, action, entity, summary, created_at, "
                f"updated_at, version) VALUES (lower(hex(randomblob(16))), "
                f"'2026-01-01 10:{minute:02d}:00.000000', 'x', 'update', '{entity}', ?, "
                "'2026-01-01', '2026-01-01', 1)",
                (summary,),
            )
    store = open_store(path)
    services = Services.over(store.sessions)
    summaries = [e.summary for e in reversed(services.audit.entries())]
    assert summaries == [
        "Opened a problem",
        "Moved a problem to Response",
        "Agreed priority High",
        "Tai Glanafon joined a problem",
        "Cancelled handover of Riverside NHI",
        "Ended SPOC for Tai Glanafon, Housing",
        "Added an agreement",
        "Added organisation Tai Glanafon",
    ]
    report = services.check.check()
    assert report.audit_break is None and report.audit_entries_checked == 8
    services.partners.create_organisation(name="Hafod Trust", sector="voluntary")
    assert services.check.check().audit_entries_checked == 9  # new entries carry on the chain
    store.close()
