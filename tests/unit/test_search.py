"""Search stays quick when a word is in most of the store, and names still come first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from popdesk.db.postgresql import search as server_search
from popdesk.db.sqlite import search as file_search
from tests.builders import World

ENGINE_SEARCH = {"sqlite": file_search, "postgresql": server_search}


def test_with_many_matches_titles_come_first_and_the_newest_are_ranked(
    world: World, engine_name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On both engines: the same ranking rules."""
    services = world.services
    staff = services.staff.list_staff()[0]
    start = datetime(2026, 1, 1, 9, tzinfo=UTC)
    for n in range(12):
        services.engagements.log(
            occurred_at=start + timedelta(days=n),
            type="call",
            summary=f"Call number {n}",
            outcome="Agreed to meet at Ynys Borough Council offices",
            staff_ids=[staff.id],
            organisation_ids=[world["council"]],
        )
    everything = services.search.search("Ynys", limit=40)
    assert len(everything) == 13 and everything[0].title == "Ynys Borough Council"

    monkeypatch.setattr(ENGINE_SEARCH[engine_name], "RANKED", 5)  # as if thousands of rows matched
    bounded = services.search.search("Ynys", limit=40)
    assert bounded[0].title == "Ynys Borough Council"  # a name is never crowded out
    assert {h.title for h in bounded[1:]} == {f"Call number {n}" for n in range(7, 12)}
