"""The engagement log and actions: participants, follow-ups, last contact, overdue."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from popdesk.domain.enums import ActionStatus, EngagementType
from popdesk.errors import Conflict, ValidationError
from popdesk.services.engagements import ActionInput
from tests.builders import World


def log(world: World, when: datetime, summary: str, **kwargs: object):
    args: dict[str, object] = {
        "occurred_at": when,
        "type": "meeting",
        "summary": summary,
        "staff_ids": [world["gwen"]],
        "contact_ids": [world["sian"]],
    }
    args.update(kwargs)
    return world.services.engagements.log(**args)  # type: ignore[arg-type]


def test_an_engagement_holds_many_staff_contacts_and_organisations(world: World) -> None:
    e = log(
        world,
        datetime(2026, 11, 10, 10, tzinfo=UTC),
        "Joint visit to the Afon estate",
        staff_ids=[world["gwen"], world["dafydd"]],
        contact_ids=[world["sian"], world["lukasz"]],
    )
    assert [s.name for s in e.staff] == ["PC Dafydd ap Gruffudd", "PS Gwenllïan Hughes"]
    assert [c.name for c in e.contacts] == ["Łukasz Nowak", "Siân Evans"]
    # each contact's organisation is taken to have been involved too
    assert [o.name for o in e.organisations] == ["Afon Housing Association", "Ynys Borough Council"]
    assert e.type is EngagementType.MEETING


def test_an_engagement_needs_our_staff_and_a_partner(world: World) -> None:
    with pytest.raises(ValidationError, match="which of our staff"):
        log(world, datetime(2026, 11, 10, tzinfo=UTC), "x", staff_ids=[])
    with pytest.raises(ValidationError, match="partner contact or organisation"):
        log(world, datetime(2026, 11, 10, tzinfo=UTC), "x", contact_ids=[])


def test_the_future_cannot_be_logged(world: World) -> None:
    with pytest.raises(ValidationError, match="future"):
        log(world, datetime(2027, 1, 1, tzinfo=UTC), "Planned meeting")


def test_follow_up_actions_are_saved_with_the_engagement_or_not_at_all(world: World) -> None:
    s = world.services
    before = s.engagements.count()
    with pytest.raises(ValidationError, match="Due date"):
        log(
            world,
            datetime(2026, 11, 10, tzinfo=UTC),
            "Call about noise",
            actions=[
                ActionInput("Send letter", owner_staff_id=world["gwen"], due_date="2026-12-01"),
                ActionInput("Check CCTV", owner_staff_id=world["gwen"], due_date="next week"),
            ],
        )
    assert s.engagements.count() == before
    assert s.actions.list_actions() == []

    e = log(
        world,
        datetime(2026, 11, 10, tzinfo=UTC),
        "Call about noise",
        actions=[
            ActionInput("Send letter", owner_staff_id=world["gwen"], due_date="2026-12-01"),
            ActionInput(
                "Share CCTV request", owner_contact_id=world["sian"], due_date="2026-11-20"
            ),
        ],
    )
    actions = s.actions.list_actions(source=("engagement", e.id))
    assert [a.description for a in actions] == ["Share CCTV request", "Send letter"]
    assert actions[0].overdue and not actions[1].overdue
    assert actions[0].owner is not None and actions[0].owner.name == "Siân Evans"


def test_last_engagement_per_organisation_and_contact(world: World) -> None:
    s = world.services
    log(world, datetime(2026, 10, 1, tzinfo=UTC), "Older call")
    newest = log(world, datetime(2026, 11, 1, tzinfo=UTC), "Newer call")
    log(world, datetime(2026, 11, 5, tzinfo=UTC), "Housing only", contact_ids=[world["lukasz"]])
    last_org = s.engagements.last_with_organisation(world["council"])
    assert last_org.engagement_id == newest.id and last_org.summary == "Newer call"
    last_contact = s.engagements.last_with_contact(world["sian"])
    assert last_contact.engagement_id == newest.id
    never = s.engagements.last_with_contact(world["zoe"])
    assert never.occurred_at is None


def test_the_log_is_newest_first_and_filters(world: World) -> None:
    s = world.services
    log(world, datetime(2026, 9, 1, tzinfo=UTC), "September", type="call")
    log(world, datetime(2026, 10, 1, tzinfo=UTC), "October", contact_ids=[world["lukasz"]])
    log(world, datetime(2026, 11, 1, tzinfo=UTC), "November", type="visit")
    assert [e.summary for e in s.engagements.list_engagements()] == [
        "November",
        "October",
        "September",
    ]
    assert [e.summary for e in s.engagements.list_engagements(type=EngagementType.CALL)] == [
        "September"
    ]
    assert [
        e.summary for e in s.engagements.list_engagements(organisation_id=world["housing"])
    ] == ["October"]
    assert [e.summary for e in s.engagements.list_engagements(offset=1, limit=1)] == ["October"]
    assert [
        e.summary for e in s.engagements.list_engagements(since=datetime(2026, 9, 15, tzinfo=UTC))
    ] == [
        "November",
        "October",
    ]


def test_open_and_overdue_actions_per_owner(world: World) -> None:
    a = world.services.actions
    late = a.create(
        description="Chase CCTV", owner_staff_id=world["gwen"], due_date=date(2026, 11, 1)
    )
    a.create(description="Book room", owner_staff_id=world["gwen"], due_date=date(2026, 12, 1))
    a.create(description="Send minutes", owner_contact_id=world["sian"], due_date=date(2026, 12, 3))
    done = a.create(
        description="Old thing", owner_staff_id=world["dafydd"], due_date=date(2026, 10, 1)
    )
    a.complete(done.id)
    assert [x.id for x in a.overdue()] == [late.id]
    assert [x.description for x in a.open_for(staff_id=world["gwen"])] == [
        "Chase CCTV",
        "Book room",
    ]
    grouped = a.open_by_owner()
    assert list(grouped) == ["PS Gwenllïan Hughes", "Siân Evans"]
    completed = a.get(done.id)
    assert completed.status is ActionStatus.DONE and completed.completed_on == date(2026, 11, 25)


def test_an_action_has_one_owner(world: World) -> None:
    with pytest.raises(ValidationError, match="one owner"):
        world.services.actions.create(
            description="x", owner_staff_id=world["gwen"], owner_contact_id=world["sian"]
        )


def test_a_handed_over_action_cannot_be_ticked(world: World) -> None:
    from popdesk.db.models import Action

    a = world.services.actions.create(description="x", owner_staff_id=world["gwen"])
    session = world.services.work.sessions()
    row = session.get(Action, a.id)
    assert row is not None
    row.status = ActionStatus.HANDED_OVER
    session.commit()
    session.close()
    with pytest.raises(Conflict, match="handed over"):
        world.services.actions.complete(a.id)
