from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from popdesk.services import Services
from tests.builders import World, make_services, small_world


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    store, services = make_services(tmp_path / "store.db")
    yield services
    store.close()


@pytest.fixture
def world(services: Services) -> World:
    return small_world(services)
