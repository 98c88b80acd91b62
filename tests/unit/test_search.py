"""Search stays quick when a word is in most of the store, and names still come first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from popdesk.db.sqlite import search as fts
from tests.builders import make_services, small_world


def test_with_many_matches_titles_come_first_and_the_newest_are_ranked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, services = make_services(tmp_path / "s.db")
    world = small_world(services)
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

    monkeypatch.setattr(fts, "RANKED", 5)  # as if thousands of rows matched
    bounded = services.search.search("Ynys", limit=40)
    assert bounded[0].title == "Ynys Borough Council"  # a name is never crowded out
    assert {h.title for h in bounded[1:]} == {f"Call number {n}" for n in range(7, 12)}
    store.close(backup=False)
