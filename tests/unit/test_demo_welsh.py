"""The Welsh demo: the same borough as the English one, told in Welsh, with the first handover
checklist in Welsh too."""

from __future__ import annotations

from pathlib import Path

from popdesk.db.store import open_store
from popdesk.demo import data, data_cy
from popdesk.demo.small import DemoService
from popdesk.services import Services


def test_the_welsh_words_cover_everything_the_demo_says() -> None:
    english = {name for name in vars(data) if name.isupper()}
    welsh = {name for name in vars(data_cy) if name.isupper()}
    assert english - {"SUGGESTED_TOPICS"} <= welsh
    for name in english - {"SUGGESTED_TOPICS", "LANGUAGE"}:
        ours, theirs = getattr(data, name), getattr(data_cy, name)
        if isinstance(ours, tuple | dict):
            assert len(ours) == len(theirs), name  # the same borough, entry for entry
    shared = {
        "FIRST_NAMES",
        "LAST_NAMES",
        "PHONE_RANGES",
        "SUGGESTED_TOPICS",
        "ENGAGEMENT_PROBLEMS",
    }
    for name in english - shared - {"LANGUAGE"}:
        assert getattr(data, name) != getattr(data_cy, name), f"{name} is not translated"


def test_a_welsh_demo_store_reads_in_welsh(tmp_path: Path) -> None:
    store = open_store(tmp_path / "cymraeg.db", create=True)
    counts = DemoService(store.sessions).fill("cy")
    assert counts["organisations"] == len(data_cy.ORGANISATIONS)
    services = Services.over(store.sessions)
    board = services.dashboard.read()
    assert board.overdue_actions.lines
    assert {a.description for a in board.overdue_actions.lines} <= set(data_cy.ACTIONS)
    assert {g.name for g in services.groups.list_groups()} == {g[0] for g in data_cy.GROUPS}
    (template,) = services.checklists.templates()
    assert template.name == "Trosglwyddiad safonol"
    handover = services.handovers.list_handovers()[0]
    assert handover.post.startswith("Rhingyll cymdogaeth – ")
    store.close(backup=False)


def test_the_demo_links_problems_only_to_engagements_about_them(tmp_path) -> None:
    from popdesk.demo import data
    from popdesk.demo.small import DemoService
    from tests.builders import make_services

    store, services = make_services(tmp_path / "d.db")
    try:
        DemoService(store.sessions, services.audit.context).fill()
        titles = {p.id: p.title for p in services.problems.list_problems()}
        linked = [e for e in services.engagements.list_engagements() if e.problem is not None]
        assert len(linked) >= 10
        summaries = [summary for summary, _ in data.ENGAGEMENTS]
        for engagement in linked:
            index = summaries.index(engagement.summary)
            expected = data.PROBLEMS[data.ENGAGEMENT_PROBLEMS[index]][0]
            assert titles[engagement.problem.id] == expected, engagement.summary
    finally:
        store.close()
