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


@pytest.mark.parametrize("engine_name", ["postgresql"])
def test_on_the_server_walking_back_finds_the_same_newest_matches_as_the_index(
    world: World, engine_name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A walk back from the newest row that finds too few falls back to the index (even when
    it read as many rows as the planner thinks the table holds: rows added since may lie
    beyond); one that finds enough is trusted; both give what the index gives."""
    services = world.services
    staff = services.staff.list_staff()[0]
    start = datetime(2026, 1, 1, 9, tzinfo=UTC)
    for n in range(12):
        services.engagements.log(
            occurred_at=start + timedelta(days=n),
            type="meeting",
            summary=f"Ynys meeting {n}",
            outcome="Notes to follow",
            staff_ids=[staff.id],
            organisation_ids=[world["council"]],
        )
    monkeypatch.setattr(server_search, "RANKED", 5)
    monkeypatch.setattr(server_search, "window", lambda *_: None)
    by_index = [h.title for h in services.search.search("ynys meet", limit=40)]
    assert by_index == [f"Ynys meeting {n}" for n in (11, 10, 9, 8, 7)]

    said: list[bool] = []
    statement = server_search.statement

    def spy(table: str, doc: str, *, walked: bool) -> str:
        said.append(walked)
        return statement(table, doc, walked=walked)

    monkeypatch.setattr(server_search, "statement", spy)
    monkeypatch.setattr(server_search, "window", lambda *_: 3)
    assert [h.title for h in services.search.search("ynys meet", limit=40)] == by_index
    assert said[:2] == [True, False]  # three rows hold too few: the index was asked
    said.clear()
    monkeypatch.setattr(server_search, "window", lambda *_: 1000)
    assert [h.title for h in services.search.search("ynys meet", limit=40)] == by_index
    assert said and all(said)


def test_the_walk_is_sized_by_the_rarest_word_and_kept_for_common_ones() -> None:
    planned = {"'off':*": 41_000, "'road':*": 57_000, "'bikes':*": 28_000, "'zzzz':*": 1}

    def run(sql: str, params: dict[str, object]) -> list[tuple[object, ...]]:
        if "reltuples" in sql:
            return [(760_000,)]
        return [([{"Plan": {"Plan Rows": planned[str(params["query"])]}}],)]

    ranked = server_search.RANKED
    walk = server_search.window(run, "search_index", "doc", ["off", "road", "bikes"])
    assert walk == -(-3 * ranked * 760_000 // 28_000)  # the rarest word, bikes
    assert server_search.window(run, "search_index", "doc", ["off", "zzzz"]) is None
    never_analysed = server_search.window(
        lambda sql, params: [(-1,)], "search_index", "doc", ["off"]
    )
    assert never_analysed is None


def test_the_planners_expectations_are_kept_a_while_for_each_database(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(server_search, "_expected", {})
    asked: list[str] = []

    def run(sql: str, params: dict[str, object]) -> list[tuple[object, ...]]:
        asked.append(str(params.get("query", "rows")))
        if "reltuples" in sql:
            return [(760_000,)]
        return [([{"Plan": {"Plan Rows": 28_000}}],)]

    clock = [1000.0]
    monkeypatch.setattr(server_search.time, "monotonic", lambda: clock[0])
    first = server_search.window(run, "search_index", "doc", ["off", "road"], "db-a")
    assert asked == ["rows", "'off':*", "'road':*"]
    clock[0] += 60
    assert server_search.window(run, "search_index", "doc", ["road"], "db-a") == first
    assert len(asked) == 3  # nothing asked again
    server_search.window(run, "search_index", "doc", ["road"], "db-b")
    assert len(asked) == 5  # another database has its own
    clock[0] += server_search.EXPECTATIONS_KEPT_S
    server_search.window(run, "search_index", "doc", ["road"], "db-a")
    assert asked[-2:] == ["rows", "'road':*"]  # stale: asked again


def test_a_word_in_a_few_thousand_rows_is_fetched_through_the_index_not_walked_to() -> None:
    """Walking back to the newest 2,000 of 5,000 matches among 760,000 rows would read some
    300,000 rows; fetching the 5,000 costs less."""

    def run(sql: str, params: dict[str, object]) -> list[tuple[object, ...]]:
        if "reltuples" in sql:
            return [(760_000,)]
        rows = {"'rare':*": 5_000, "'common':*": 60_000}[str(params["query"])]
        return [([{"Plan": {"Plan Rows": rows}}],)]

    assert server_search.window(run, "search_index", "doc", ["rare"]) is None
    assert server_search.window(run, "search_index", "doc", ["common"]) is not None
