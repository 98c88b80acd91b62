"""Handovers: the generated checklist, ticking, sign-offs, and completion moving every role."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from popdesk.domain.checklists import DEFAULT_TEMPLATE_ITEMS
from popdesk.domain.enums import (
    ActionStatus,
    AgreementStatus,
    HandoverStatus,
    ItemKind,
    ItemStatus,
    SignoffRole,
)
from popdesk.errors import Conflict, ValidationError
from tests.builders import World


def gwen_holds_things(world: World) -> dict[str, object]:
    """Gwen is SPOC for two partners, sits on a group, owns actions, a problem, an agreement."""
    s = world.services
    held: dict[str, object] = {}
    held["asb"] = s.spocs.assign(
        organisation_id=world["council"],
        topic="ASB",
        our_spoc_id=world["gwen"],
        their_spoc_id=world["sian"],
        our_deputy_ids=[world["dafydd"]],
        start_date="2026-02-01",
    ).id
    held["housing"] = s.spocs.assign(
        organisation_id=world["housing"],
        topic="Housing",
        our_spoc_id=world["gwen"],
        their_spoc_id=world["lukasz"],
        start_date="2026-03-01",
    ).id
    held["deputy"] = s.spocs.assign(
        organisation_id=world["council"],
        topic="Licensing",
        our_spoc_id=world["insp"],
        our_deputy_ids=[world["gwen"]],
        start_date="2026-03-01",
    ).id
    pact = s.groups.create(name="Riverside PACT", kind="pact")
    held["pact"] = pact.id
    held["seat"] = s.groups.add_representative(
        group_id=pact.id, staff_id=world["gwen"], role="chair", start_date="2026-01-10"
    ).id
    held["action"] = s.actions.create(
        description="Chase CCTV footage", owner_staff_id=world["gwen"], due_date="2026-12-10"
    ).id
    held["done_action"] = s.actions.create(
        description="Already done", owner_staff_id=world["gwen"]
    ).id
    s.actions.complete(held["done_action"])  # type: ignore[arg-type]
    held["problem"] = s.problems.create(
        title="Off-road bikes on the riverside path", lead_staff_id=world["gwen"]
    ).id
    held["agreement"] = s.agreements.create(
        title="ASB case information sharing",
        purpose="Joint ASB case management",
        lawful_basis="public_task",
        parties=[(world["council"], "controller")],
        owner_staff_id=world["gwen"],
        status=AgreementStatus.ACTIVE,
        start_date="2026-01-01",
        review_date="2027-01-01",
    ).id
    return held


def start(world: World, **kwargs: object):
    return world.services.handovers.start(outgoing_staff_id=world["gwen"], **kwargs)  # type: ignore[arg-type]


def test_starting_generates_an_item_for_everything_held_plus_the_template(world: World) -> None:
    held = gwen_holds_things(world)
    handover = start(world)
    by_kind: dict[ItemKind, list[str]] = {}
    for item in handover.items:
        by_kind.setdefault(item.kind, []).append(item.title)
    assert sorted(by_kind[ItemKind.SPOC]) == [
        "Deputy SPOC for Ynys Borough Council: Licensing",
        "SPOC for Afon Housing Association: Housing",
        "SPOC for Ynys Borough Council: ASB",
    ]
    assert by_kind[ItemKind.REPRESENTATION] == ["Seat on Riverside PACT (chair)"]
    assert by_kind[ItemKind.ACTION] == ["Chase CCTV footage"]  # the done one is not carried
    assert by_kind[ItemKind.PROBLEM] == ["Lead on problem: Off-road bikes on the riverside path"]
    assert by_kind[ItemKind.AGREEMENT] == ["Owner of agreement: ASB case information sharing"]
    assert by_kind[ItemKind.TEMPLATE] == [t[0] for t in DEFAULT_TEMPLATE_ITEMS]
    assert handover.post == "Neighbourhood sergeant – Riverside"
    assert handover.incoming is None and handover.status is HandoverStatus.IN_PROGRESS
    subject_ids = {i.subject_id for i in handover.items}
    assert {held["asb"], held["seat"], held["action"], held["problem"]} <= subject_ids


def test_one_open_handover_per_person(world: World) -> None:
    start(world)
    with pytest.raises(Conflict, match="already has a handover in progress"):
        start(world)


def test_the_successor_cannot_be_the_outgoing_person(world: World) -> None:
    with pytest.raises(ValidationError, match="someone other"):
        start(world, incoming_staff_id=world["gwen"])


def test_ticking_records_who_and_when_and_required_items_need_a_reason_to_skip(
    world: World,
) -> None:
    handover = start(world)
    first = handover.items[0]
    ticked = world.services.handovers.tick(first.id, "done", note="Introduced at PACT")
    assert ticked.status is ItemStatus.DONE
    assert ticked.ticked_by == "insp.test"
    assert ticked.ticked_at == datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
    assert ticked.note == "Introduced at PACT"
    required = next(i for i in handover.items[1:] if i.required)
    with pytest.raises(ValidationError, match="Say why"):
        world.services.handovers.tick(required.id, "not_needed")
    skipped = world.services.handovers.tick(required.id, "not_needed", note="No shared mailbox")
    assert skipped.status is ItemStatus.NOT_NEEDED
    undone = world.services.handovers.tick(first.id, "todo")
    assert undone.ticked_by is None and undone.ticked_at is None


def test_complete_refuses_while_required_items_are_open_or_no_successor(world: World) -> None:
    gwen_holds_things(world)
    h = world.services.handovers
    handover = start(world)
    with pytest.raises(Conflict) as refused:
        h.complete(handover.id)
    message = refused.value.message
    assert "no successor is named" in message
    assert "required checklist items are still to do" in message
    assert "sign-off missing from outgoing, incoming, supervisor" in message
    # nothing moved
    assert world.services.spocs.list_current(staff_id=world["gwen"]) != []
    assert h.get(handover.id).status is HandoverStatus.IN_PROGRESS


def work_through(world: World, handover_id: object) -> None:
    h = world.services.handovers
    h.name_successor(handover_id, world["dafydd"])  # type: ignore[arg-type]
    h.set_supervisor(handover_id, world["insp"])  # type: ignore[arg-type]
    for item in h.get(handover_id).items:  # type: ignore[arg-type]
        h.tick(item.id, "done")
    for role in SignoffRole:
        h.sign_off(handover_id, role)  # type: ignore[arg-type]


def test_completing_moves_roles_seats_and_actions_keeping_history(world: World) -> None:
    held = gwen_holds_things(world)
    s = world.services
    handover = start(world, due_date="2026-11-30")
    work_through(world, handover.id)
    preview = s.handovers.preview_completion(handover.id)
    assert {m.kind for m in preview} == {
        ItemKind.SPOC,
        ItemKind.REPRESENTATION,
        ItemKind.ACTION,
        ItemKind.PROBLEM,
        ItemKind.AGREEMENT,
    }
    assert len(preview) == 7

    done = s.handovers.complete(handover.id, on=date(2026, 11, 30))
    assert done.status is HandoverStatus.COMPLETED and done.completed_at is not None

    # SPOC roles: Dafydd now holds them; Gwen's assignments ended, kept in history.
    assert s.spocs.list_current(staff_id=world["gwen"]) == []
    now_dafydd = {
        (a.organisation.name, a.topic) for a in s.spocs.list_current(staff_id=world["dafydd"])
    }
    assert now_dafydd == {("Ynys Borough Council", "ASB"), ("Afon Housing Association", "Housing")}
    asb = s.spocs.history(world["council"], "ASB")
    assert [a.our_spoc.name for a in asb if a.our_spoc] == [
        "PC Dafydd ap Gruffudd",
        "PS Gwenllïan Hughes",
    ]
    old = s.spocs.get(held["asb"])  # type: ignore[arg-type]
    assert old.end_date == date(2026, 11, 30)
    assert old.end_reason == "Handed over to PC Dafydd ap Gruffudd"
    new_asb = asb[0]
    assert new_asb.their_spoc is not None and new_asb.their_spoc.name == "Siân Evans"
    assert new_asb.our_deputies == ()  # Dafydd was deputy; he cannot deputise for himself
    assert new_asb.start_date == date(2026, 11, 30)
    licensing = s.spocs.get(held["deputy"])  # type: ignore[arg-type]
    assert [d.name for d in licensing.our_deputies] == ["PC Dafydd ap Gruffudd"]

    # Group seat: Gwen's ended, Dafydd's started in the same role.
    seats = s.groups.representations(group_id=held["pact"])  # type: ignore[arg-type]
    assert [(r.staff.name, r.role.value, r.end_date) for r in seats] == [
        ("PC Dafydd ap Gruffudd", "chair", None),
        ("PS Gwenllïan Hughes", "chair", date(2026, 11, 30)),
    ]

    # Actions: Gwen's open action is marked handed over and continued by Dafydd's.
    old_action = s.actions.get(held["action"])  # type: ignore[arg-type]
    assert old_action.status is ActionStatus.HANDED_OVER
    assert old_action.continued_by is not None
    new_action = s.actions.get(old_action.continued_by)
    assert new_action.owner is not None and new_action.owner.name == "PC Dafydd ap Gruffudd"
    assert new_action.due_date == date(2026, 12, 10) and new_action.status is ActionStatus.OPEN
    assert s.actions.get(held["done_action"]).status is ActionStatus.DONE  # type: ignore[arg-type]

    # Problem lead and agreement owner move too.
    problem = s.problems.get(held["problem"])  # type: ignore[arg-type]
    assert problem.lead is not None and problem.lead.name == "PC Dafydd ap Gruffudd"
    agreement = s.agreements.get(held["agreement"])  # type: ignore[arg-type]
    assert agreement.owner is not None and agreement.owner.name == "PC Dafydd ap Gruffudd"

    # The completed handover stays readable, and can no longer change.
    assert s.handovers.get(handover.id).done == len(handover.items)
    with pytest.raises(Conflict, match="completed"):
        s.handovers.tick(handover.items[0].id, "todo")
    assert any("Completed handover" in e.summary for e in s.audit.entries(entity_id=handover.id))


def test_sign_offs_are_given_once_and_incoming_needs_a_successor(world: World) -> None:
    h = world.services.handovers
    handover = start(world)
    with pytest.raises(ValidationError, match="Name the successor"):
        h.sign_off(handover.id, "incoming")
    with pytest.raises(ValidationError, match="supervisor's name"):
        h.sign_off(handover.id, "supervisor")
    signed = h.sign_off(handover.id, "supervisor", name="Ch Insp Megan Price")
    assert [(x.role, x.name) for x in signed.signoffs] == [
        (SignoffRole.SUPERVISOR, "Ch Insp Megan Price")
    ]
    with pytest.raises(Conflict, match="already been given"):
        h.sign_off(handover.id, "supervisor", name="Someone else")


def test_a_failure_part_way_through_completion_moves_nothing(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    gwen_holds_things(world)
    s = world.services
    handover = start(world)
    work_through(world, handover.id)

    from popdesk.repositories import handovers as repo

    def broken(*args: object, **kwargs: object) -> list[object]:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(repo, "live_problems", broken)
    with pytest.raises(RuntimeError):
        s.handovers.complete(handover.id)
    assert len(s.spocs.list_current(staff_id=world["gwen"])) == 2
    assert s.spocs.list_current(staff_id=world["dafydd"]) == []
    assert s.handovers.get(handover.id).status is HandoverStatus.IN_PROGRESS


def test_templates_can_be_edited_and_used(world: World) -> None:
    h = world.services.handovers
    custom = world.services.checklists.save_template(
        name="PCSO handover", items=[("Hand in radio", True), ("Keys", False)]
    )
    handover = h.start(
        outgoing_staff_id=world["dafydd"], template_id=custom.id, post="PCSO – Riverside"
    )
    assert [i.title for i in handover.items if i.kind is ItemKind.TEMPLATE] == [
        "Hand in radio",
        "Keys",
    ]
    assert world.services.checklists.templates()[0].name == "Standard handover"


def test_every_step_of_a_handover_leaves_an_audit_entry(world: World) -> None:
    gwen_holds_things(world)
    s = world.services
    handover = start(world)
    work_through(world, handover.id)
    s.handovers.complete(handover.id)
    summaries = [e.summary for e in s.audit.entries(limit=500)]
    assert any(x.startswith("Started handover of Neighbourhood sergeant") for x in summaries)
    assert any(x.startswith("Named PC Dafydd ap Gruffudd as successor") for x in summaries)
    assert sum(x.startswith("Done: ") for x in summaries) == len(handover.items)
    assert sum("sign-off by" in x for x in summaries) == 3
    assert any(x.startswith("Ended SPOC for Ynys Borough Council, ASB") for x in summaries)
    assert any(x.startswith("Seat on Riverside PACT: Handed over") for x in summaries)
    assert any(x.startswith("Action handed over") for x in summaries)
    assert any(x.startswith("Completed handover") for x in summaries)
    assert {e.actor for e in s.audit.entries(limit=500)} == {"insp.test"}


def test_a_problem_keeps_its_evaluation_and_its_partners_roles(world: World) -> None:
    problems = world.services.problems
    p = problems.create(
        title="Street drinking in the harbour car park", lead_staff_id=world["gwen"]
    )
    problems.add_partner(
        p.id, organisation_id=world["council"], contact_id=world["sian"], role="Enforcement"
    )
    problems.agree_priority(p.id, "high")
    done = problems.record_evaluation(p.id, "Calls down 40% in three months; cost met by the BID.")
    assert done.evaluation_notes == "Calls down 40% in three months; cost met by the BID."
    assert done.priority.value == "high"
    assert [(x.organisation.name, x.role) for x in done.partners] == [
        ("Ynys Borough Council", "Enforcement")
    ]
