"""Organisations, contacts and staff: validation, versions, audit."""

from __future__ import annotations

import pytest

from popdesk.domain.enums import AuditAction, Sector
from popdesk.errors import Conflict, NotFound, ValidationError
from popdesk.services import Services
from tests.builders import World


def test_an_organisation_is_created_with_a_normalised_website(services: Services) -> None:
    org = services.partners.create_organisation(
        name="  Cyngor Tref  ", sector="Local authority", website="cyngor.example.org"
    )
    assert org.name == "Cyngor Tref"
    assert org.sector is Sector.LOCAL_AUTHORITY
    assert org.website == "https://cyngor.example.org"
    assert org.version == 1


def test_an_unknown_sector_is_refused_with_the_choices(services: Services) -> None:
    with pytest.raises(ValidationError, match="Sector: 'spaceport' is not one of: Local authority"):
        services.partners.create_organisation(name="X", sector="spaceport")


def test_a_stale_edit_is_refused_rather_than_overwriting(world: World) -> None:
    partners = world.services.partners
    first = partners.update_organisation(
        world["council"], notes="Meets monthly", expected_version=1
    )
    assert first.version == 2
    with pytest.raises(Conflict, match="changed elsewhere"):
        partners.update_organisation(world["council"], notes="Stale edit", expected_version=1)
    assert partners.get_organisation(world["council"]).notes == "Meets monthly"


def test_contacts_store_e164_and_show_national_numbers(world: World) -> None:
    sian = world.services.partners.get_contact(world["sian"])
    assert sian.phones[0].number == "+442920180123"
    assert sian.phones[0].display == "029 2018 0123"
    assert sian.organisation is not None and sian.organisation.name == "Ynys Borough Council"


def test_a_bad_phone_refuses_the_whole_contact(world: World) -> None:
    partners = world.services.partners
    before = len(partners.list_contacts())
    with pytest.raises(ValidationError, match="not a valid"):
        partners.create_contact(name="Dai Jones", phones=["029 2018 0124", "0123"])
    assert len(partners.list_contacts()) == before


def test_new_contacts_are_due_a_data_protection_review_in_a_year(world: World) -> None:
    sian = world.services.partners.get_contact(world["sian"])
    assert sian.review_due is not None and sian.review_due.isoformat() == "2027-11-25"


def test_contacts_due_review_lists_only_those_due(world: World) -> None:
    partners = world.services.partners
    partners.update_contact(world["lukasz"], review_due="2026-11-01")
    due = partners.contacts_due_review()
    assert [c.name for c in due] == ["Łukasz Nowak"]


def test_duplicates_are_found_by_normalised_email_and_phone(world: World) -> None:
    found = world.services.partners.find_duplicate_contacts(
        emails=["SIAN.EVANS@council.example.org"], phones=["+44 29 2018 0123"]
    )
    assert found == {world["sian"]}


def test_staff_numbers_are_unique(world: World) -> None:
    with pytest.raises(ValidationError, match="4512 is already in use"):
        world.services.staff.create_staff(name="PC Other", staff_number="4512")


def test_every_change_is_audited_with_the_actor(world: World) -> None:
    world.services.partners.set_organisation_active(world["housing"], False)
    latest = world.services.audit.entries(limit=1)[0]
    assert latest.action is AuditAction.UPDATE
    assert latest.actor == "insp.test"
    assert latest.summary == "Deactivated Afon Housing Association"
    assert latest.entity_id == world["housing"]


def test_unknown_ids_say_what_was_not_found(services: Services) -> None:
    with pytest.raises(NotFound, match="No organisation with id"):
        services.partners.get_organisation("7d4a0c3e-0000-4000-8000-000000000000")
    with pytest.raises(ValidationError, match="not a valid organisation id"):
        services.partners.get_organisation("nonsense")


def test_pickers_get_every_organisation_and_staff_name_in_name_order(world: World) -> None:
    p = world.services.partners
    p.create_organisation(name="afon Youth Club", sector="voluntary")
    organisations = p.organisation_names()
    assert [name for name, _ in organisations] == [o.name for o in p.list_organisations()]
    names = [name for name, _ in organisations]
    assert names[:2] == ["Afon Housing Association", "afon Youth Club"]  # case set aside
    assert [i for _, i in organisations] == [o.id for o in p.list_organisations()]
    staff = world.services.staff
    assert staff.staff_names() == [(s.name, s.id) for s in staff.list_staff()]
