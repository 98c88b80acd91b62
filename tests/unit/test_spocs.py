"""SPOC assignments: one current per organisation and topic, history kept, gaps listed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from popdesk.errors import Conflict, ValidationError
from tests.builders import World


def test_reassigning_ends_the_old_assignment_and_keeps_it_in_history(world: World) -> None:
    spocs = world.services.spocs
    first = spocs.assign(
        organisation_id=world["council"],
        topic="Anti-social behaviour",
        our_spoc_id=world["gwen"],
        their_spoc_id=world["sian"],
        start_date="2026-01-05",
    )
    second = spocs.assign(
        organisation_id=world["council"],
        topic="anti-social  BEHAVIOUR",  # same topic, typed differently
        our_spoc_id=world["dafydd"],
        their_spoc_id=world["sian"],
        start_date="2026-06-01",
        reason="Gwen moved to response",
    )
    current = spocs.list_current(organisation_id=world["council"])
    assert [c.id for c in current] == [second.id]
    history = spocs.history(world["council"], "Anti-social behaviour")
    assert [h.id for h in history] == [second.id, first.id]
    assert history[1].end_date is not None and history[1].end_date.isoformat() == "2026-06-01"
    assert history[1].end_reason == "Gwen moved to response"
    assert history[1].our_spoc is not None and history[1].our_spoc.name == "PS Gwenllïan Hughes"


def test_the_store_itself_refuses_two_current_assignments(world: World) -> None:
    """The partial unique index backs the service rule."""
    from sqlalchemy.exc import IntegrityError

    from popdesk.db.models import SpocAssignment

    spocs = world.services.spocs
    a = spocs.assign(organisation_id=world["council"], topic="Licensing")
    session = world.services.work.sessions()
    original = session.get(SpocAssignment, a.id)
    assert original is not None
    session.add(
        SpocAssignment(
            organisation_id=original.organisation_id,
            topic_id=original.topic_id,
            start_date=original.start_date,
        )
    )
    with pytest.raises(IntegrityError):
        session.commit()
    session.close()


def test_their_spoc_must_work_for_the_organisation(world: World) -> None:
    with pytest.raises(
        ValidationError, match="Łukasz Nowak does not work for Ynys Borough Council"
    ):
        world.services.spocs.assign(
            organisation_id=world["council"], topic="Housing", their_spoc_id=world["lukasz"]
        )


def test_a_spoc_cannot_be_their_own_deputy(world: World) -> None:
    with pytest.raises(ValidationError, match="both SPOC and deputy"):
        world.services.spocs.assign(
            organisation_id=world["council"],
            topic="Youth",
            our_spoc_id=world["gwen"],
            our_deputy_ids=[world["gwen"]],
        )


def test_an_assignment_cannot_end_before_it_started(world: World) -> None:
    spocs = world.services.spocs
    spocs.assign(organisation_id=world["council"], topic="Licensing", start_date="2026-09-01")
    with pytest.raises(ValidationError, match="cannot end before"):
        spocs.assign(organisation_id=world["council"], topic="Licensing", start_date="2026-08-01")


def test_vacant_assignments_are_listed(world: World) -> None:
    spocs = world.services.spocs
    spocs.assign(organisation_id=world["council"], topic="Licensing", our_spoc_id=world["gwen"])
    spocs.assign(
        organisation_id=world["housing"],
        topic="Housing",
        our_spoc_id=world["dafydd"],
        their_spoc_id=world["lukasz"],
    )
    vacant = spocs.list_vacant()
    assert [(v.organisation.name, v.topic) for v in vacant] == [
        ("Ynys Borough Council", "Licensing")
    ]
    assert vacant[0].vacant


def test_overdue_reviews_are_listed_and_a_review_clears_them(world: World) -> None:
    spocs = world.services.spocs
    a = spocs.assign(
        organisation_id=world["council"],
        topic="Licensing",
        our_spoc_id=world["gwen"],
        their_spoc_id=world["sian"],
        start_date="2026-01-01",
        review_due="2026-06-30",
    )
    assert [x.id for x in spocs.list_review_overdue()] == [a.id]
    reviewed = spocs.mark_reviewed(a.id)
    assert not reviewed.review_overdue
    assert reviewed.review_due is not None and reviewed.review_due.isoformat() == "2027-05-24"
    assert spocs.list_review_overdue() == []


def test_a_spoc_with_no_recent_engagement_is_stale(world: World) -> None:
    s = world.services
    a = s.spocs.assign(
        organisation_id=world["council"],
        topic="Licensing",
        our_spoc_id=world["gwen"],
        their_spoc_id=world["sian"],
    )
    b = s.spocs.assign(
        organisation_id=world["housing"],
        topic="Housing",
        our_spoc_id=world["dafydd"],
        their_spoc_id=world["lukasz"],
    )
    s.engagements.log(
        occurred_at=datetime(2026, 11, 20, 14, 0, tzinfo=UTC),
        type="call",
        summary="Licensing review of the Red Lion",
        staff_ids=[world["gwen"]],
        contact_ids=[world["sian"]],
    )
    s.engagements.log(
        occurred_at=datetime(2026, 11, 25, 9, 0, tzinfo=UTC) - timedelta(days=200),
        type="visit",
        summary="Estate walkabout",
        staff_ids=[world["dafydd"]],
        organisation_ids=[world["housing"]],
    )
    stale = s.spocs.list_stale(days=120)
    assert [x.id for x in stale] == [b.id]
    assert a.id not in [x.id for x in stale]


def test_organisations_without_any_spoc_are_listed(world: World) -> None:
    world.services.spocs.assign(organisation_id=world["council"], topic="Licensing")
    assert [o.name for o in world.services.spocs.organisations_without_spoc()] == [
        "Afon Housing Association"
    ]


def test_ending_twice_is_refused(world: World) -> None:
    spocs = world.services.spocs
    a = spocs.assign(organisation_id=world["council"], topic="Licensing")
    spocs.end(a.id, reason="Partnership closed")
    with pytest.raises(Conflict, match="already ended"):
        spocs.end(a.id, reason="Again")


def test_an_engagement_whose_date_changes_moves_its_links_date_with_it(world: World) -> None:
    """The store keeps each link's copy of the date equal to its engagement's, so a role is
    stale or not by the engagement's real date."""
    from sqlalchemy import text

    s = world.services
    role = s.spocs.assign(organisation_id=world["housing"], topic="Housing")
    old = s.engagements.log(
        occurred_at=datetime(2026, 11, 25, 9, 0, tzinfo=UTC) - timedelta(days=200),
        type="visit",
        summary="Estate walkabout",
        staff_ids=[world["dafydd"]],
        organisation_ids=[world["housing"]],
    )
    assert role.id in [x.id for x in s.spocs.list_stale(days=120)]
    with s.work.transaction() as session:  # as a later edit of the date would
        session.execute(
            text("UPDATE engagements SET occurred_at = :when WHERE id = :id"),
            {"when": "2026-11-24 09:00:00.000000", "id": old.id.hex},
        )
    assert role.id not in [x.id for x in s.spocs.list_stale(days=120)]


def test_vacant_roles_are_counted_in_full_and_listed_up_to_a_limit(world: World) -> None:
    s = world.services
    for topic in ("ASB", "Licensing", "Youth"):
        s.spocs.assign(organisation_id=world["council"], topic=topic)  # both sides vacant
    s.spocs.assign(
        organisation_id=world["housing"],
        topic="Housing",
        our_spoc_id=world["dafydd"],
        their_spoc_id=world["lukasz"],
    )
    total, first = s.spocs.vacant(limit=2)
    assert total == 3 and len(first) == 2
    assert [a.id for a in first] == [a.id for a in s.spocs.list_vacant()][:2]
