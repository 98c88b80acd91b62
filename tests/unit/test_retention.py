"""Data-protection review and erasure: the queue, keeping, and erasing without a trace."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from popdesk.errors import Conflict
from popdesk.services.engagements import ActionInput
from popdesk.services.retention import ERASED_NAME
from tests.builders import World, make_services, small_world
from tests.stores import decrypted_pages, store_files, store_key


def test_contacts_past_review_are_queued_and_keeping_one_sets_the_next_review(
    tmp_path: Path,
) -> None:
    store, services = make_services(tmp_path / "s.db")
    world = small_world(services)
    services.partners.update_contact(world["sian"], review_due="2026-10-01")
    queue = services.retention.review_queue()
    assert [c.id for c in queue] == [world["sian"]]
    kept = services.retention.keep(world["sian"])
    assert kept.review_due == dt.date(2027, 11, 25)
    assert services.retention.review_queue() == []
    assert services.audit.entries(entity_id=world["sian"])[0].summary.startswith(
        "Reviewed a contact: kept until 25 Nov 2027"
    )
    store.close()


def test_an_erased_contact_is_gone_from_every_byte_of_the_store_and_later_backups(
    tmp_path: Path,
) -> None:
    store, services = make_services(tmp_path / "s.db")
    world = small_world(services)
    sian = world["sian"]
    services.partners.update_contact(sian, notes="Prefers calls after 10am; mobile 029 2018 0123")
    staff = services.staff.list_staff()[0]
    engagement = services.engagements.log(
        type="meeting",
        occurred_at=dt.datetime(2026, 11, 20, 10, 0, tzinfo=dt.UTC),
        summary="Walkabout with Siân Evans on the Afon estate",
        outcome="siân evans to send CCTV request; call 029 2018 0123",
        staff_ids=[staff.id],
        contact_ids=[sian],
        actions=[ActionInput("Send Siân Evans the patrol plan", staff.id, None, None)],
    )
    services.stakeholders.rate(contact_id=sian, influence=4, interest=5)
    wal = Path(str(store.path) + "-wal")
    before = decrypted_pages(store.path, store_key(store.path)) + decrypted_pages(
        wal, store_key(store.path)
    )
    assert b"Evans" in before  # the test can see the name before erasure
    erasure = services.retention.erase(sian)
    assert (erasure.rewritten, erasure.removed) == (3, 3)  # summary, outcome, action; 3 links

    got = services.engagements.get(engagement.id)
    assert [c.name for c in got.contacts] == [ERASED_NAME]
    assert "Siân Evans" not in got.summary and "[erased contact]" in got.summary
    assert "029 2018 0123" not in (got.outcome or "")
    assert services.search.search("Evans") == []
    erased = services.audit.entries(entity_id=sian)[0]
    assert erased.summary.startswith("Erased a contact") and erased.record == ERASED_NAME

    backup = store.backup("on-close")
    key = store_key(store.path)

    def assert_no_trace() -> None:
        for path in store_files(tmp_path):
            data = path.read_bytes()
            if path.name.endswith((".db", "-wal")):
                data = decrypted_pages(path, key)
            for needle in ("Siân Evans", "Evans", "sian.evans@council.example.org", "+4429201801"):
                for form in {needle, needle.lower()}:
                    assert form.encode() not in data, f"{form!r} left in {path.name}"

    assert_no_trace()  # with the store still open: its WAL included
    store.close(backup=False)
    assert_no_trace()
    assert backup.exists()


def test_erasure_waits_until_their_current_spoc_roles_are_ended(tmp_path: Path) -> None:
    store, services = make_services(tmp_path / "s.db")
    world = small_world(services)
    staff = services.staff.list_staff()[0]
    services.spocs.assign(
        organisation_id=world["council"],
        topic="Anti-social behaviour",
        our_spoc_id=staff.id,
        their_spoc_id=world["sian"],
    )
    for step in (services.retention.mentions, services.retention.erase):  # said before asking
        with pytest.raises(Conflict, match="their SPOC in 1 current role"):
            step(world["sian"])
    assert services.partners.get_contact(world["sian"]).name == "Siân Evans"
    store.close()


def test_erasure_finds_the_person_whatever_the_case_or_accents_and_offers_a_name_alone(
    world: World,
) -> None:
    """On both engines: the store's own folding finds the name however it was typed."""
    services = world.services
    lukasz = world["lukasz"]
    staff = services.staff.list_staff()[0]

    def log(summary: str, outcome: str | None = None):  # type: ignore[no-untyped-def]
        return services.engagements.log(
            type="call",
            occurred_at=dt.datetime(2026, 11, 20, 10, 0, tzinfo=dt.UTC),
            summary=summary,
            outcome=outcome,
            staff_ids=[staff.id],
            organisation_ids=[services.partners.list_organisations()[0].id],
        )

    folded = log("Rang łukasz nowak about the flats", "LUKASZ NOWAK to call back")
    alone = log("Nowak says the tenancy ends in March")
    forename = log("Spoke to Łukasz at the office")
    other = log("Mrs Nowakowski at number 4")  # another word altogether: not him
    problem = services.problems.create(title="Flat of Łukasz Nowak taken over")
    mentions = services.retention.mentions(lukasz)
    by_record = {m.record_id: m for m in mentions}
    assert set(by_record) == {alone.id, forename.id}
    assert by_record[alone.id].names == ["Nowak"] and by_record[alone.id].kind == "engagement"
    assert by_record[forename.id].names == ["Łukasz"]
    assert "Spoke to Łukasz at the office" in by_record[forename.id].excerpt

    chosen = by_record[alone.id]
    erasure = services.retention.erase(lukasz, redact=[(chosen.table, chosen.record_id, "summary")])
    assert erasure.redacted == 1
    got = {e: services.engagements.get(e.id) for e in (folded, alone, forename, other)}
    assert got[folded].summary == "Rang [erased contact] about the flats"
    assert got[folded].outcome == "[erased contact] to call back"
    assert got[alone].summary == "[erased contact] says the tenancy ends in March"
    assert got[forename].summary == "Spoke to Łukasz at the office"  # not chosen: kept
    assert got[other].summary == "Mrs Nowakowski at number 4"
    assert services.problems.get(problem.id).title == "Flat of [erased contact] taken over"
    # The audit log never copied the title, so nothing of him is left there either.
    log_text = " ".join(e.summary for e in services.audit.entries(limit=10_000))
    assert "Nowak " not in log_text and "ukasz" not in log_text
    assert "a name alone redacted in 1 more" in services.audit.entries(entity_id=lukasz)[0].summary
