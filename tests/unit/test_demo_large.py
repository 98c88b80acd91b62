"""The force-sized demo, written small here (a fiftieth): the same rules at any size."""

from __future__ import annotations

from pathlib import Path

import pytest

from popdesk.demo.large import LargeDemoService, Scale
from popdesk.errors import Conflict
from tests.builders import make_services


def test_the_large_demo_follows_the_rules_of_the_small_one(tmp_path: Path) -> None:
    store, services = make_services(tmp_path / "s.db")
    steps: list[str] = []
    counts = LargeDemoService(store.sessions).fill(Scale().times(0.02), progress=steps.append)
    assert counts == {
        "organisations": 100,
        "contacts": 1000,
        "staff": 40,
        "groups": 30,
        "engagements": 10000,
        "actions": 4000,
    }
    assert steps[-1] == "done"
    report = services.check.check()
    assert report.integrity == "ok"
    assert report.vacant_spocs > 0 and report.spoc_reviews_overdue > 0
    assert report.groups_without_representative > 0 and report.overdue_actions > 0
    contacts = services.partners.list_contacts(limit=200)
    assert all(c.organisation is not None and c.phones and c.emails for c in contacts)
    page = services.engagements.list_engagements(limit=50)
    assert all(e.staff and e.contacts and e.organisations for e in page)
    assert services.search.search("licensing")  # the full-text index was kept current
    with pytest.raises(Conflict):
        LargeDemoService(store.sessions).fill(Scale().times(0.02))
    store.close(backup=False)
