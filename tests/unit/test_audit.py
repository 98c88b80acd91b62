"""The audit log: append-only in the store itself, readable and exportable by a supervisor."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from popdesk.db import migrations
from popdesk.db.engine import make_engine
from popdesk.db.store import open_store
from popdesk.domain.enums import AuditAction
from popdesk.services import Context, Services
from tests.builders import make_services, small_world
from tests.stores import raw


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
    engine = make_engine(path, None)
    from alembic import command

    cfg = migrations.config()
    with engine.begin() as c:
        c.exec_driver_sql("PRAGMA application_id = 1347375172")
        cfg.attributes["connection"] = c
        command.upgrade(cfg, "0002")
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
    engine.dispose()
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
