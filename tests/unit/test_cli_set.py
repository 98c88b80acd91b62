"""``popdesk set``: one record's fields changed from the command line, checked as the forms
check them, all or nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from popdesk.cli import SETTABLE, main


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "store.db"
    assert main(["--db", str(path), "demo"]) == 0
    return path


def _records(capsys: pytest.CaptureFixture[str], store: Path, kind: str) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["--db", str(store), "list", kind, "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert isinstance(records, list)
    return records


def _one(
    capsys: pytest.CaptureFixture[str], store: Path, kind: str, rid: object
) -> dict[str, object]:
    return next(r for r in _records(capsys, store, kind) if r["id"] == rid)


def test_set_changes_a_contacts_fields_organisation_and_numbers(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    contact = _records(capsys, store, "contacts")[0]
    organisation = _records(capsys, store, "organisations")[-1]
    argv = ["--db", str(store), "set", "contact", str(contact["id"])]
    code = main(
        [
            *argv,
            "job-title=Licensing officer",
            f"organisation={str(organisation['name']).upper()}",
            "phone=029 2018 0111",
            "phone=07912 345 678",
            "email=new.address@example.org",
            "notes=",
        ]
    )
    said = capsys.readouterr()
    assert code == 0 and "Saved" in said.out, said.err
    changed = _one(capsys, store, "contacts", contact["id"])
    assert changed["job_title"] == "Licensing officer"
    assert changed["organisation"] == {"id": organisation["id"], "name": organisation["name"]}
    assert len(changed["phones"]) == 2  # type: ignore[arg-type]
    assert changed["emails"] == ["new.address@example.org"]
    assert not changed.get("notes")


def test_set_refuses_an_invalid_value_and_saves_none_of_the_others(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    staff = _records(capsys, store, "staff")[0]
    argv = ["--db", str(store), "set", "staff", str(staff["id"])]
    assert main([*argv, "team=Night turn", "email=not an address"]) == 1
    assert "email" in capsys.readouterr().err.lower()
    assert _one(capsys, store, "staff", staff["id"]) == staff  # the team was not saved either
    for unknown in ("shoe_size=9", "expected_version=1", "phones=0", "organisation_id=x"):
        assert main([*argv, unknown]) == 1
        assert "has no field" in capsys.readouterr().err
    assert main([*argv, "team"]) == 1
    assert "is not FIELD=VALUE" in capsys.readouterr().err


def test_set_with_a_stale_version_changes_nothing(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    organisation = _records(capsys, store, "organisations")[0]
    argv = ["--db", str(store), "set", "organisation", str(organisation["id"])]
    version = int(str(organisation["version"]))
    assert main([*argv, "notes=First", "--if-version", str(version)]) == 0
    assert main([*argv, "notes=Second", "--if-version", str(version)]) == 1
    assert "changed elsewhere" in capsys.readouterr().err
    assert _one(capsys, store, "organisations", organisation["id"])["notes"] == "First"
    assert main([*argv, "notes=First"]) == 0
    assert "Nothing to change" in capsys.readouterr().out


def test_set_names_an_unknown_record_or_organisation(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    contact = _records(capsys, store, "contacts")[0]
    assert main(["--db", str(store), "set", "contact", "not-an-id", "name=X"]) == 1
    assert "not a valid" in capsys.readouterr().err
    argv = ["--db", str(store), "set", "contact", str(contact["id"])]
    assert main([*argv, "organisation=No Such Body"]) == 1
    assert "No organisation is called No Such Body" in capsys.readouterr().err


def test_the_fields_set_offers_are_the_forms_fields() -> None:
    from popdesk.services.partners import CONTACT_FIELDS, ORGANISATION_FIELDS
    from popdesk.services.staff import STAFF_FIELDS

    assert set(SETTABLE["organisation"]) == set(ORGANISATION_FIELDS)
    assert set(SETTABLE["contact"]) == set(CONTACT_FIELDS) | {"organisation", "phone", "email"}
    assert set(SETTABLE["staff"]) == set(STAFF_FIELDS)
