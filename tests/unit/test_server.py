"""A store on a real PostgreSQL server: set up by its owner, security held by the server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from popdesk.db.postgresql import server
from popdesk.db.postgresql.connection import make_server_engine
from popdesk.db.postgresql.store import ServerNeedsUpgrade, keyring_account, open_server_store
from popdesk.errors import NotAStore, StoreError, StoreReadOnly, StoreTooNew
from popdesk.services import Context, Services
from tests.builders import small_world
from tests.postgres import admin_url, fresh_database, url_for


@pytest.fixture
def owner_url() -> Iterator[str]:
    """A fresh, set-up server store, as its owner."""
    with fresh_database(user=None) as url:
        yield url


def _reader(owner_url: str, login: str = "reader.test") -> str:
    engine = make_server_engine(owner_url)
    try:
        with engine.begin() as conn:
            if conn.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login}
            ).first():
                conn.execute(text(f'DROP ROLE "{login}"'))
        server.add_user(engine, login, "reader", "not-used-with-trust", None)
    finally:
        engine.dispose()
    return url_for(owner_url.rsplit("/", 1)[1], login)


def test_setting_up_an_empty_database_makes_the_schema_and_the_roles() -> None:
    admin_url()
    engine = make_server_engine(admin_url()).execution_options(isolation_level="AUTOCOMMIT")
    name = "popdesk_setup_test"
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = url_for(name)
    try:
        with pytest.raises(NotAStore, match="server setup"):
            open_server_store(url)
        target = make_server_engine(url)
        try:
            assert "Set up popdesk" in server.setup(target)
            assert "Already at schema" in server.setup(target)  # running it again is harmless
            with target.connect() as conn:
                roles = set(
                    conn.execute(
                        text("SELECT rolname FROM pg_roles WHERE rolname LIKE 'popdesk_%'")
                    ).scalars()
                )
        finally:
            target.dispose()
        assert {"popdesk_reader", "popdesk_editor", "popdesk_admin"} <= roles
        open_server_store(url).close()
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()


def test_a_store_behind_or_ahead_of_this_popdesk_is_not_opened(owner_url: str) -> None:
    engine = make_server_engine(owner_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0005'"))
        with pytest.raises(ServerNeedsUpgrade, match="Ask your administrator"):
            open_server_store(owner_url)
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        with pytest.raises(StoreTooNew):
            open_server_store(owner_url)
    finally:
        engine.dispose()


def test_a_reader_reads_but_the_server_refuses_their_changes(owner_url: str) -> None:
    owner = open_server_store(owner_url)
    world = small_world(Services.over(owner.sessions))
    owner.close()
    store = open_server_store(_reader(owner_url))
    try:
        services = Services.over(store.sessions, Context(actor="someone else entirely"))
        assert {o.name for o in services.partners.list_organisations()} >= {"Ynys Borough Council"}
        with pytest.raises(StoreReadOnly, match="read this store but not change it"):
            services.partners.create_organisation(name="Not allowed", sector="housing")
        assert "Not allowed" not in {o.name for o in services.partners.list_organisations()}
        assert world["council"] in {o.id for o in services.partners.list_organisations()}
    finally:
        store.close()


def test_the_audit_log_cannot_be_changed_even_by_the_owner(owner_url: str) -> None:
    owner = open_server_store(owner_url)
    small_world(Services.over(owner.sessions, Context(actor="claimed.by.client")))
    owner.close()
    engine = make_server_engine(owner_url)
    try:
        for statement in (
            "UPDATE audit_entries SET summary = 'rewritten'",
            "DELETE FROM audit_entries",
            "TRUNCATE audit_entries CASCADE",
            "DELETE FROM export_records",
        ):
            with (
                pytest.raises(DBAPIError, match=r"append-only|cannot be removed"),
                engine.begin() as conn,
            ):
                conn.execute(text(statement))
        with engine.connect() as conn:
            actors = set(conn.execute(text("SELECT DISTINCT actor FROM audit_entries")).scalars())
        assert actors == {"postgres"}  # the login that wrote them, not what the client claimed
    finally:
        engine.dispose()


def test_the_servers_hash_chain_is_the_one_popdesk_checks(owner_url: str) -> None:
    store = open_server_store(owner_url)
    try:
        services = Services.over(store.sessions)
        small_world(services)
        report = services.check.check()
        assert report.audit_break is None and report.audit_entries_checked > 5
        engine = make_server_engine(owner_url)
        with engine.begin() as conn:  # past the triggers, as the superuser
            conn.execute(text("ALTER TABLE audit_entries DISABLE TRIGGER USER"))
            conn.execute(text("UPDATE audit_entries SET summary = 'rewritten' WHERE seq = 3"))
        engine.dispose()
        broken = services.check.check().audit_break
        assert broken is not None and broken.seq == 3
    finally:
        store.close()


def test_search_ignores_accents_and_case_and_finds_words_by_their_start(owner_url: str) -> None:
    store = open_server_store(owner_url)
    try:
        services = Services.over(store.sessions)
        world = small_world(services)
        services.partners.create_contact(
            name="Zoë Ó Súilleabháin", organisation_id=world["council"]
        )
        assert [h.title for h in services.search.search("suilleab")] == ["Zoë Ó Súilleabháin"]
        assert [h.title for h in services.search.search("ZOE suil")] == ["Zoë Ó Súilleabháin"]
        assert "Ynys Borough Council" in [h.title for h in services.search.search("yny bor")]
        assert services.search.search("!!!") == []
    finally:
        store.close()


def test_a_password_libpq_cannot_find_is_asked_once_then_kept_in_the_keyring(
    owner_url: str,
) -> None:
    """The login password.test must give a password (the test cluster's pg_hba says so)."""
    from popdesk.security.keyring_access import SystemKeyring

    engine = make_server_engine(owner_url)
    try:
        with engine.begin() as conn:
            if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = 'password.test'")).first():
                conn.execute(text('DROP ROLE "password.test"'))
        server.add_user(engine, "password.test", "editor", "right horse battery", None)
    finally:
        engine.dispose()
    url = url_for(owner_url.rsplit("/", 1)[1], "password.test")
    keyring = SystemKeyring()
    keyring.forget(keyring_account(url))
    with pytest.raises(StoreError, match="asks for a password"):
        open_server_store(url, keyring=keyring)  # nobody to ask, nothing kept
    answers = iter(["wrong", "right horse battery"])
    asked: list[bool] = []

    def ask(store: str, wrong: bool) -> str | None:
        asked.append(wrong)
        return next(answers)

    store = open_server_store(url, keyring=keyring, ask=ask)
    assert asked == [False, True]  # asked again after the wrong one, told it was wrong
    assert Services.over(store.sessions).partners.list_organisations() == []
    store.close()
    again = open_server_store(url, keyring=keyring, ask=lambda *_: pytest.fail("asked again"))
    again.close()
    assert "horse" not in again.url
    keyring.forget(keyring_account(url))
    with pytest.raises(StoreError, match="no password was given"):
        open_server_store(url, keyring=keyring, ask=lambda *_: None)


def test_a_lost_connection_is_said_and_the_next_try_works(owner_url: str) -> None:
    from sqlalchemy.orm import sessionmaker

    from popdesk.errors import ConnectionLost

    gone = make_server_engine("postgresql://nobody@127.0.0.1:1/nothing")
    try:
        with pytest.raises(ConnectionLost, match="connection to the store's server was lost"):
            Services.over(sessionmaker(gone)).partners.create_organisation(
                name="Typed before the cut", sector="housing"
            )
    finally:
        gone.dispose()
    store = open_server_store(owner_url)
    try:
        services = Services.over(store.sessions)
        services.partners.list_organisations()  # a connection now waits in the pool
        killer = make_server_engine(owner_url)
        with killer.begin() as conn:  # the server ends it, as a restart would
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            )
        killer.dispose()
        made = services.partners.create_organisation(name="Saved on retry", sector="housing")
        assert made.name in {o.name for o in services.partners.list_organisations()}
    finally:
        store.close()


def test_titles_move_to_their_own_table_and_back_keeping_what_search_finds(owner_url: str) -> None:
    """Migration 0008 on a store with records, then back to 0007 and up again: every title's
    document follows its record, and renaming a record renames what search finds."""
    from alembic import command

    from popdesk.db import migrations

    store = open_server_store(owner_url)
    try:
        services = Services.over(store.sessions)
        world = small_world(services)
        before = sorted(h.title for h in services.search.search("ynys"))
        cfg = migrations.config()
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0007")
            columns = conn.execute(
                text(
                    "SELECT column_name FROM information_schema.columns "
                    "WHERE table_name = 'search_index'"
                )
            ).scalars()
            assert "title_doc" in set(columns)
            command.upgrade(cfg, "head")
        with store.engine.begin() as conn:
            rows = conn.execute(text("SELECT count(*) FROM search_index")).scalar_one()
            titles = conn.execute(text("SELECT count(*) FROM search_index_titles")).scalar_one()
            assert rows == titles > 0
        assert sorted(h.title for h in services.search.search("ynys")) == before
        services.partners.update_organisation(world["council"], name="Tref Borough Council")
        assert "Tref Borough Council" in [h.title for h in services.search.search("tref")]
        assert "Ynys Borough Council" not in [h.title for h in services.search.search("ynys")]
    finally:
        store.close()


_ENTRY = (
    "INSERT INTO audit_entries (id, at, actor, action, entity, summary, created_at, "
    "updated_at, version, seq, chain) VALUES (gen_random_uuid(), now(), 'x', 'create', "
    "'note', :summary, now(), now(), 1, 999, 'forged')"
)


def test_audit_entries_take_their_place_as_their_transactions_commit(owner_url: str) -> None:
    """A transaction that has written an entry does not hold up another writing one (the
    chain's lock is taken at commit); positions follow the commits, whatever the client sent,
    and the chain adds up."""
    store = open_server_store(owner_url)
    engine = make_server_engine(owner_url)
    try:
        services = Services.over(store.sessions)
        small_world(services)
        with engine.connect() as first, engine.connect() as second:
            first.begin()
            first.execute(text(_ENTRY), {"summary": "written first, committed last"})
            second.begin()
            second.execute(text("SET LOCAL lock_timeout = '2s'"))
            second.execute(text(_ENTRY), {"summary": "written second, committed first"})
            second.commit()  # would time out if the first held the chain's lock
            first.commit()
        with engine.connect() as conn:
            rows = conn.execute(
                text("SELECT summary, seq, chain FROM audit_entries ORDER BY seq DESC LIMIT 2")
            ).all()
        assert [r.summary for r in rows] == [
            "written first, committed last",
            "written second, committed first",
        ]
        assert rows[0].seq == rows[1].seq + 1 and "forged" not in {r.chain for r in rows}
        report = services.check.check()
        assert report.audit_break is None and report.audit_entries_checked > 5
    finally:
        engine.dispose()
        store.close()


def test_an_audit_entry_cannot_be_changed_even_before_it_is_sealed(owner_url: str) -> None:
    engine = make_server_engine(owner_url)
    try:
        for change in (
            "UPDATE audit_entries SET summary = 'rewritten' WHERE seq IS NULL",
            "UPDATE audit_entries SET seq = 1, chain = 'mine' WHERE seq IS NULL",
        ):
            with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
                conn.execute(text(_ENTRY), {"summary": "not yet committed"})
                conn.execute(text(change))
    finally:
        engine.dispose()


def test_no_login_can_stand_in_for_the_log_or_run_its_sealing(owner_url: str) -> None:
    """The sealing runs as the schema's owner: a login's temporary table of the same name does
    not receive it, the login may not run it, and may not make objects in the schema."""
    reader_url = _reader(owner_url, "reader.seal")
    reader = make_server_engine(reader_url)
    owner = make_server_engine(owner_url)
    try:
        with reader.begin() as conn:
            conn.execute(text("CREATE TEMP TABLE audit_entries (id uuid, seq int, chain text)"))
            conn.execute(
                text(
                    _ENTRY.replace("INSERT INTO audit_entries", "INSERT INTO public.audit_entries")
                ),
                {"summary": "written beside a decoy"},
            )
        with owner.connect() as conn:
            seq = conn.execute(
                text("SELECT seq FROM audit_entries WHERE summary = 'written beside a decoy'")
            ).scalar_one()
            allowed = conn.execute(
                text(
                    "SELECT has_function_privilege('reader.seal', 'audit_entries_seal()', "
                    "'EXECUTE'), has_schema_privilege('reader.seal', current_schema(), 'CREATE')"
                )
            ).one()
        assert seq is not None  # sealed in the real log
        assert tuple(allowed) == (False, False)
    finally:
        reader.dispose()
        owner.dispose()
