"""The dashboard's plain-SQL reads against the services that answer the same questions, and the
figures the store keeps for them (record counts, each organisation's latest engagement)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from popdesk.db.store import Store, open_store
from popdesk.demo.small import DemoService
from popdesk.domain.enums import HandoverStatus
from popdesk.repositories import dashboard as reads
from popdesk.security import sqlcipher_files
from popdesk.services import Context, Services
from tests.builders import Clock


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def demo(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Iterator[Any]:
    """The demo store on each engine: the same statements read both."""
    if request.param == "postgresql":
        from popdesk.db.postgresql.store import open_server_store
        from tests.postgres import fresh_database

        with fresh_database() as url:
            server = open_server_store(url)
            DemoService(server.sessions).fill()
            yield server
            server.close()
        return
    store = open_store(tmp_path_factory.mktemp("dashboard") / "demo.db", create=True)
    DemoService(store.sessions).fill()
    yield store
    store.close(backup=False)


def ids(items: Any) -> list[uuid.UUID]:
    return [item.id for item in items]


# From four months back to well over a year ahead: the demo's actions fall overdue, its reviews
# fall due and its groups' meetings come and go across these.
@pytest.mark.parametrize("days", [-120, 0, 9, 45, 200, 500])
@pytest.mark.parametrize("limit", [3, 1000])
def test_every_section_lists_and_counts_what_the_services_find(
    demo: Store, days: int, limit: int
) -> None:
    now = datetime.now(UTC).replace(microsecond=0) + timedelta(days=days)
    s = Services.over(demo.sessions, Context(clock=Clock(now)))
    board = s.dashboard.read(limit=limit)

    overdue = s.actions.overdue()
    assert board.overdue_actions.total == len(overdue) == s.actions.count_overdue()
    assert ids(board.overdue_actions.lines) == ids(overdue[:limit])
    assert [a.owner for a in board.overdue_actions.lines] == [
        a.owner.name if a.owner else None for a in overdue[:limit]
    ]

    vacant_total, vacant = s.spocs.vacant()
    assert board.vacant_roles.total == vacant_total
    assert [(r.id, r.name, r.our_spoc, r.their_spoc) for r in board.vacant_roles.lines] == [
        (
            a.id,
            a.name,
            a.our_spoc.name if a.our_spoc else None,
            a.their_spoc.name if a.their_spoc else None,
        )
        for a in vacant[:limit]
    ]

    stale_total, stale = s.spocs.stale()
    assert board.stale_roles.total == stale_total
    assert [(r.id, r.review_overdue) for r in board.stale_roles.lines] == [
        (a.id, a.review_overdue) for a in stale[:limit]
    ]

    quiet_total, quiet = s.groups.unrepresented()
    assert board.unrepresented_groups.total == quiet_total
    assert [(g.id, g.cadence) for g in board.unrepresented_groups.lines] == [
        (g.id, g.cadence) for g in quiet[:limit]
    ]

    meetings = s.groups.upcoming_meetings(days=reads.MEETING_DAYS)
    assert [(m.id, m.starts_at) for m in board.upcoming_meetings.lines] == [
        (m.id, m.starts_at) for m in meetings
    ]

    handovers = s.handovers.list_handovers(status=HandoverStatus.IN_PROGRESS)
    assert sorted((h.id, h.done, h.total) for h in board.handovers_in_progress.lines) == sorted(
        (h.id, h.done, len(h.items)) for h in handovers
    )

    agreements = s.agreements.due_for_review()
    assert ids(board.agreements_due.lines) == ids(agreements)

    due = s.partners.contacts_due_review(within_days=reads.CONTACT_REVIEW_NOTICE_DAYS)
    assert board.contacts_due.total == len(due)
    assert [(c.id, c.organisation) for c in board.contacts_due.lines] == [
        (c.id, c.organisation.name if c.organisation else None) for c in due[:limit]
    ]


def test_the_demo_gives_every_section_something_to_show(demo: Store) -> None:
    """So the comparison above compares lines, not empty lists."""
    boards = [
        Services.over(
            demo.sessions, Context(clock=Clock(datetime.now(UTC) + timedelta(days=d)))
        ).dashboard.read()
        for d in (0, 9, 45, 500)
    ]
    for section in (
        "overdue_actions",
        "vacant_roles",
        "stale_roles",
        "unrepresented_groups",
        "upcoming_meetings",
        "handovers_in_progress",
        "agreements_due",
        "contacts_due",
    ):
        assert any(getattr(board, section).lines for board in boards), section


def test_the_reads_work_on_a_bare_connection_before_anything_else_is_loaded(
    demo: Store,
) -> None:
    """What popdesk does when it starts: the same dashboard from a plain SQLCipher connection
    (local stores only), through the statements compiled ahead of time."""
    if demo.path is None:
        pytest.skip("a server store is read through SQLAlchemy alone")
    now = datetime.now(UTC)
    s = Services.over(demo.sessions, Context(clock=Clock(now)))
    with sqlcipher_files.opened(demo.path, demo._require_key()) as conn:
        bare = reads.read(conn, now)
    assert bare == s.dashboard.read()


def test_the_statements_compiled_for_the_early_read_are_up_to_date() -> None:
    from tools.compile_dashboard import TARGET, render

    assert TARGET.read_text(encoding="utf-8") == render(), "run: python tools/compile_dashboard.py"


def _kept(store: Store) -> tuple[dict[str, int], dict[str, int], dict[str, str], dict[str, str]]:
    """The counts the store keeps and the true ones; the latest engagement dates it keeps and
    the true ones."""
    with store.engine.connect() as conn:
        kept = dict(conn.exec_driver_sql("SELECT kind, n FROM record_counts").all())
        true = {
            table: conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
            for table in ("engagements", "actions", "audit_entries")
        }
        kept_dates = dict(
            conn.exec_driver_sql(
                "SELECT organisation_id, occurred_at FROM organisation_last_engaged"
            ).all()
        )
        true_dates = dict(
            conn.exec_driver_sql(
                "SELECT organisation_id, max(occurred_at) FROM engagement_organisations "
                "GROUP BY organisation_id"
            ).all()
        )
    return kept, true, kept_dates, true_dates


def test_the_kept_figures_follow_records_added_changed_and_removed(tmp_path: Path) -> None:
    from tests.builders import make_services, small_world

    store, s = make_services(tmp_path / "kept.db")
    w = small_world(s)
    kept, true, kept_dates, true_dates = _kept(store)
    assert kept == true and kept_dates == true_dates == {}

    when = datetime(2026, 9, 1, 10, 0, tzinfo=UTC)
    first = s.engagements.log(
        occurred_at=when,
        type="meeting",
        summary="Joint patrol plan",
        staff_ids=[w["gwen"]],
        organisation_ids=[w["council"], w["housing"]],
    )
    s.engagements.log(
        occurred_at=when - timedelta(days=30),
        type="call",
        summary="Earlier call",
        staff_ids=[w["gwen"]],
        organisation_ids=[w["council"]],
    )
    kept, true, kept_dates, true_dates = _kept(store)
    assert kept == true and true["engagements"] == 2
    assert kept_dates == true_dates and len(kept_dates) == 2
    assert kept_dates[w["council"].hex] == "2026-09-01 10:00:00.000000"

    with store.engine.begin() as conn:  # an engagement's date changed: its links follow
        conn.exec_driver_sql(
            "UPDATE engagements SET occurred_at = '2025-01-01 09:00:00.000000' WHERE id = ?",
            (first.id.hex,),
        )
    kept, true, kept_dates, true_dates = _kept(store)
    assert kept_dates == true_dates
    assert kept_dates[w["council"].hex] == "2026-08-02 10:00:00.000000"  # the earlier call
    assert kept_dates[w["housing"].hex] == "2025-01-01 09:00:00.000000"

    with store.engine.begin() as conn:  # links removed: an organisation never engaged drops out
        conn.exec_driver_sql(
            "DELETE FROM engagement_organisations WHERE organisation_id = ?",
            (w["housing"].hex,),
        )
        conn.exec_driver_sql("DELETE FROM engagements WHERE id = ?", (first.id.hex,))
    kept, true, kept_dates, true_dates = _kept(store)
    assert kept == true and true["engagements"] == 1
    assert kept_dates == true_dates and w["housing"].hex not in kept_dates

    s.retention.erase(w["zoe"])
    s.partners.create_contacts([{"name": "Rhian Price"}, {"name": "Tomos Rees"}])
    kept, true, _, _ = _kept(store)
    assert kept == true
    counts = s.check.counts()
    assert counts["contacts"] == 5 and counts["organisations"] == 2  # counted as they are
    assert counts["audit entries"] == true["audit_entries"] > 0
    store.close(backup=False)


# Reading the dashboard before the rest of popdesk is loaded (app.read_dashboard_early) ---------


def _closed_demo(folder: Path) -> Path:
    store = open_store(folder / "early.db", create=True)
    DemoService(store.sessions).fill()
    store.close(backup=False)
    return folder / "early.db"


def test_the_early_read_holds_the_lock_and_the_key_for_opening_the_store(tmp_path: Path) -> None:
    from popdesk.app import read_dashboard_early
    from popdesk.errors import StoreLocked

    path = _closed_demo(tmp_path)
    early = read_dashboard_early(path)
    assert early is not None and early.lock.held
    assert early.board.overdue_actions.total > 0 and early.board.counts["organisations"] > 0
    with pytest.raises(StoreLocked):  # another popdesk cannot open it meanwhile
        open_store(path)
    store = open_store(path, keyring=early.keyring, instance_lock=early.lock)
    assert store.key_place.unlocked_with == "keyring"
    assert Services.over(store.sessions).dashboard.read().counts == early.board.counts
    store.close(backup=False)
    assert not early.lock.held


def test_without_the_key_or_a_current_store_the_ordinary_opening_takes_over(
    tmp_path: Path, no_keyring: None
) -> None:
    """No keyring (the passphrase will be asked for), no file, a folder that is not there:
    nothing is read early and no lock is left behind for the ordinary opening to trip over."""
    from popdesk.app import read_dashboard_early

    store = open_store(tmp_path / "asks.db", create=True, passphrase="a passphrase of words")
    store.close(backup=False)
    for path in (tmp_path / "asks.db", tmp_path / "missing.db", tmp_path / "no" / "such.db"):
        assert read_dashboard_early(path) is None
    reopened = open_store(tmp_path / "asks.db", passphrase="a passphrase of words")
    reopened.close(backup=False)


def test_a_store_needing_an_upgrade_is_not_read_early(tmp_path: Path) -> None:
    from popdesk.app import read_dashboard_early

    path = _closed_demo(tmp_path)
    from alembic import command

    from popdesk.db import migrations

    store = open_store(path)
    cfg = migrations.config()
    with store.engine.begin() as conn:  # taken back to where an earlier popdesk left it
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
    store.close(backup=False)
    assert read_dashboard_early(path) is None
    store = open_store(path)  # migrated as usual, the lock free to take
    assert Services.over(store.sessions).dashboard.read().counts["organisations"] > 0
    store.close(backup=False)


def test_reminders_are_what_is_due_today_or_overdue_tomorrows_meetings_and_reviews_due(
    tmp_path: Path,
) -> None:
    from datetime import date

    from tests.builders import make_services

    store, services = make_services(tmp_path / "r.db")
    try:
        today = services.actions.context.today()
        gwen = services.staff.create_staff(name="PS Gwenllïan Hughes", staff_number="4512")
        org = services.partners.create_organisation(name="Afon Housing", sector="housing")
        services.actions.create(description="Due today", owner_staff_id=gwen.id, due_date=today)
        services.actions.create(
            description="Late", owner_staff_id=gwen.id, due_date=today - timedelta(days=3)
        )
        services.actions.create(
            description="Next week", owner_staff_id=gwen.id, due_date=today + timedelta(days=7)
        )
        group = services.groups.create(name="Riverside PACT", kind="pact", cadence="monthly")
        tomorrow = (
            datetime.combine(today + timedelta(days=1), datetime.min.time())
            .replace(hour=18)
            .astimezone()
        )
        services.groups.schedule_meeting(group_id=group.id, starts_at=tomorrow, venue="Hall")
        services.groups.schedule_meeting(
            group_id=group.id, starts_at=tomorrow + timedelta(days=5), venue="Hall"
        )
        services.partners.create_contact(
            name="Siân Evans", organisation_id=org.id, review_due=date(2020, 1, 1)
        )
        found = {(r.kind, r.what, r.why) for r in services.dashboard.reminders()}
        assert ("action", "Due today", "due today") in found
        assert ("action", "Late", "overdue") in found
        assert ("meeting", "Riverside PACT", "tomorrow") in found
        assert ("contact", "Siân Evans", "review due") in found
        assert not any(what == "Next week" for _, what, _ in found)
        assert sum(1 for kind, _, _ in found if kind == "meeting") == 1
    finally:
        store.close()
