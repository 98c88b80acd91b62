from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from popdesk.services import Services
from tests.builders import World, make_server_services, make_services, small_world

ENGINES = ["sqlite", "postgresql"]


@pytest.fixture(params=ENGINES)
def engine_name(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def services(tmp_path: Path, engine_name: str) -> Iterator[Services]:
    """The services over a new store on each engine: a local file, and a fresh database on the
    test PostgreSQL server (test ids end in [sqlite] and [postgresql])."""
    if engine_name == "postgresql":
        from tests.postgres import fresh_database

        with fresh_database() as url:
            store, services = make_server_services(url)
            try:
                yield services
            finally:
                store.close()
        return
    store, services = make_services(tmp_path / "store.db")
    yield services
    store.close()


@pytest.fixture
def world(services: Services) -> World:
    return small_world(services)
