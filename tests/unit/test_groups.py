"""Groups, representation terms and roles, meetings with attendance."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from popdesk.domain.enums import Attendance, MeetingStatus, RepresentationRole
from popdesk.errors import Conflict, ValidationError
from popdesk.services import Services
from tests.builders import World


def make_group(world: World, name: str = "Riverside PACT") -> object:
    return world.services.groups.create(
        name=name,
        kind="pact",
        cadence="monthly",
        chair_organisation_id=world["council"],
        member_organisation_ids=[world["council"], world["housing"]],
        member_contact_ids=[world["sian"], world["lukasz"]],
    ).id


def test_groups_with_no_current_representative_are_listed(world: World) -> None:
    groups = world.services.groups
    pact = make_group(world)
    csp = make_group(world, "Ynys Community Safety Partnership")
    seat = groups.add_representative(group_id=pact, staff_id=world["gwen"], role="chair")
    assert [g.name for g in groups.without_representative()] == [
        "Ynys Community Safety Partnership"
    ]
    groups.end_representation(seat.id, end_date="2026-12-01", reason="Moved post")
    assert {g.id for g in groups.without_representative()} == {pact, csp}


def test_a_group_shows_its_current_representatives_and_members(world: World) -> None:
    pact = make_group(world)
    world.services.groups.add_representative(group_id=pact, staff_id=world["gwen"], role="chair")
    world.services.groups.add_representative(group_id=pact, staff_id=world["dafydd"], role="deputy")
    group = world.services.groups.get(pact)
    assert [(r.staff.name, r.role) for r in group.representatives] == [
        ("PS Gwenllïan Hughes", RepresentationRole.CHAIR),
        ("PC Dafydd ap Gruffudd", RepresentationRole.DEPUTY),
    ] or [(r.staff.name, r.role) for r in group.representatives] == [
        ("PC Dafydd ap Gruffudd", RepresentationRole.DEPUTY),
        ("PS Gwenllïan Hughes", RepresentationRole.CHAIR),
    ]
    assert [o.name for o in group.member_organisations] == [
        "Afon Housing Association",
        "Ynys Borough Council",
    ]
    assert group.chair_organisation is not None


def test_one_person_holds_one_current_seat_per_group(world: World) -> None:
    pact = make_group(world)
    world.services.groups.add_representative(group_id=pact, staff_id=world["gwen"])
    with pytest.raises(Conflict, match="already represents us"):
        world.services.groups.add_representative(
            group_id=pact, staff_id=world["gwen"], role="deputy"
        )


def test_only_one_current_chair_from_us(world: World) -> None:
    pact = make_group(world)
    world.services.groups.add_representative(group_id=pact, staff_id=world["gwen"], role="chair")
    with pytest.raises(Conflict, match="already has a chair"):
        world.services.groups.add_representative(
            group_id=pact, staff_id=world["dafydd"], role="chair"
        )


def test_a_seat_cannot_end_before_it_began(world: World) -> None:
    pact = make_group(world)
    seat = world.services.groups.add_representative(
        group_id=pact, staff_id=world["gwen"], start_date="2026-10-01"
    )
    with pytest.raises(ValidationError, match="cannot be before"):
        world.services.groups.end_representation(seat.id, end_date="2026-09-01")


def test_meetings_record_attendance_and_the_next_one_shows_on_the_group(world: World) -> None:
    groups = world.services.groups
    pact = make_group(world)
    held = groups.schedule_meeting(
        group_id=pact,
        starts_at=datetime(2026, 11, 3, 18, 30, tzinfo=UTC),
        venue="Riverside Library",
    )
    groups.schedule_meeting(group_id=pact, starts_at=datetime(2026, 12, 1, 18, 30, tzinfo=UTC))
    groups.schedule_meeting(group_id=pact, starts_at=datetime(2027, 1, 5, 18, 30, tzinfo=UTC))
    written = groups.record_meeting(
        held.id,
        attendance={
            world["gwen"]: "present",
            world["sian"]: Attendance.PRESENT,
            world["lukasz"]: "apologies",
        },
        notes="Parking on Heol y Bont raised again.",
        decisions="Joint patrol with council wardens in December.",
    )
    assert written.status is MeetingStatus.HELD
    assert [(a.person.name, a.attendance) for a in written.attendance] == [
        ("PS Gwenllïan Hughes", "present"),
        ("Łukasz Nowak", "apologies"),
        ("Siân Evans", "present"),
    ]
    group = groups.get(pact)
    assert group.next_meeting == datetime(2026, 12, 1, 18, 30, tzinfo=UTC)
    upcoming = groups.upcoming_meetings(days=14)
    assert [m.starts_at.day for m in upcoming] == [1]


def test_attendance_of_someone_unknown_is_refused_and_nothing_changes(world: World) -> None:
    import uuid

    groups = world.services.groups
    pact = make_group(world)
    meeting = groups.schedule_meeting(
        group_id=pact, starts_at=datetime(2026, 11, 3, 18, 30, tzinfo=UTC)
    )
    with pytest.raises(ValidationError, match="No staff member or contact"):
        groups.record_meeting(meeting.id, attendance={uuid.uuid4(): "present"}, notes="x")
    again = groups.get_meeting(meeting.id)
    assert again.status is MeetingStatus.SCHEDULED and again.notes is None


def test_services_fixture_is_isolated(services: Services) -> None:
    assert services.groups.list_groups() == []


def test_actions_agreed_at_a_meeting_are_saved_with_it_or_not_at_all(world: World) -> None:
    from popdesk.services.engagements import ActionInput

    groups, actions = world.services.groups, world.services.actions
    pact = make_group(world)
    when = datetime(2026, 11, 3, 18, tzinfo=UTC)
    meeting = groups.schedule_meeting(group_id=pact, starts_at=when)
    with pytest.raises(ValidationError, match="Due date"):
        groups.record_meeting(
            meeting.id,
            notes="Draft",
            actions=[ActionInput("Leaflet drop", owner_staff_id=world["gwen"], due_date="soon")],
        )
    assert groups.get_meeting(meeting.id).notes is None  # nothing of the refused write-up kept
    groups.record_meeting(
        meeting.id,
        notes="Agreed a leaflet drop.",
        actions=[ActionInput("Leaflet drop", owner_staff_id=world["gwen"], due_date="2026-11-20")],
    )
    agreed = actions.list_actions(source=("meeting", meeting.id))
    assert [(a.description, a.owner.name, a.source_kind) for a in agreed] == [
        ("Leaflet drop", "PS Gwenllïan Hughes", "meeting")
    ]


def test_groups_with_no_representative_are_counted_in_full_and_listed_up_to_a_limit(
    world: World,
) -> None:
    g = world.services.groups
    for name in ("Pubwatch", "ASB case review panel", "PACT Riverside"):
        g.create(name=name)
    total, first = g.unrepresented(limit=2)
    assert total == 3
    assert [x.name for x in first] == ["ASB case review panel", "PACT Riverside"]
    assert [x.name for x in g.without_representative()][:2] == [x.name for x in first]
