"""How the services are put together (services/__init__.py, services/base.py): built once by
``Services.over``, handed their collaborators, sharing one unit of work whose transactions nested
calls join."""

from __future__ import annotations

import ast
import threading
from dataclasses import fields
from pathlib import Path

import pytest

from popdesk.errors import ValidationError
from popdesk.services import Services
from popdesk.services.base import Service, UnitOfWork
from popdesk.services.handovers import HandoverService
from popdesk.services.spocs import SpocService

SERVICES = Path(__file__).resolve().parents[2] / "src" / "popdesk" / "services"


def _service_modules() -> list[Path]:
    return sorted(p for p in SERVICES.glob("*.py") if p.name != "__init__.py")


def test_no_service_builds_another() -> None:
    """Only the composition root (services/__init__.py) calls a service's constructor."""
    offenders = []
    for path in _service_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", "")
            if name.endswith("Service"):
                offenders.append(f"{path.name}:{node.lineno} {name}(...)")
    assert offenders == []


def test_the_service_modules_import_one_another_without_cycles() -> None:
    graph: dict[str, set[str]] = {}
    for path in _service_modules():
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                if node.module.startswith("popdesk.services."):
                    found.add(node.module.split(".")[2])
                elif node.module == "popdesk.services":
                    found.update(alias.name for alias in node.names)
        graph[path.stem] = found & {p.stem for p in _service_modules()}

    def cycle_from(start: str, path: list[str]) -> list[str] | None:
        for nxt in sorted(graph[start]):
            if nxt in path:
                return [*path[path.index(nxt) :], nxt]
            found = cycle_from(nxt, [*path, nxt])
            if found:
                return found
        return None

    cycles = [c for module in graph if (c := cycle_from(module, [module]))]
    assert cycles == []


def test_each_service_is_built_once_and_handed_to_those_that_call_it(
    services: Services,
) -> None:
    built = [getattr(services, f.name) for f in fields(services) if f.name != "work"]
    assert all(s.work is services.work for s in built)
    assert len({id(s) for s in built}) == len(built)
    assert services.handovers.spocs is services.spocs
    for name in ("partners", "spocs", "groups", "engagements", "actions", "problems"):
        assert getattr(services.exports, name) is getattr(services, name)
    assert services.exports.agreements is services.agreements
    assert services.exports.handovers is services.handovers
    for name in ("dashboard", "partners", "spocs", "groups", "actions", "agreements"):
        assert getattr(services.check, name) is getattr(services, name)
    assert services.retention.partners is services.partners
    for name in ("partners", "groups", "actions"):
        assert getattr(services.contact_exports, name) is getattr(services, name)


def test_a_collaborator_over_another_unit_of_work_is_refused(services: Services) -> None:
    apart = SpocService(services.work.sessions, services.spocs.context)
    assert apart.work is not services.work
    with pytest.raises(ValueError, match="unit of work"):
        HandoverService(services.work, services.spocs.context, spocs=apart)


def test_calls_inside_an_open_transaction_join_it_and_fail_together(services: Services) -> None:
    with pytest.raises(ValidationError), services.work.transaction():
        org = services.partners.create_organisation(name="Ynys Council", sector="health")
        services.staff.create_staff(name="PC Rhys Evans")
        services.partners.create_contact(name="", organisation_id=org.id)  # refused
    assert services.partners.list_organisations() == []
    assert services.staff.list_staff() == []


def test_a_service_standing_alone_has_its_own_unit_of_work(services: Services) -> None:
    alone = Service(services.work.sessions)
    assert isinstance(alone.work, UnitOfWork) and alone.work is not services.work
    with services.work.transaction() as outer, alone.work.transaction() as own:
        assert own is not outer


def test_another_thread_does_not_join_this_threads_transaction(services: Services) -> None:
    seen: list[object] = []
    with services.work.transaction() as mine:
        assert services.work.session is mine
        worker = threading.Thread(target=lambda: seen.append(services.work.session))
        worker.start()
        worker.join()
    assert seen == [None]
    assert services.work.session is None
