"""The command line contract: commands, JSON, exit codes, and refusals without tracebacks."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from popdesk.cli import KINDS, main


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "store.db"
    assert main(["--db", str(path), "demo"]) == 0
    return path


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_demo_then_list_handovers_gives_two(
    demo_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    handovers = run_json(capsys, "--db", str(demo_store), "list", "handovers", "--json")
    assert isinstance(handovers, list) and len(handovers) == 2
    assert all({"id", "name"} <= set(h) for h in handovers)


def test_demo_has_at_least_40_organisations_across_every_sector(
    demo_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from popdesk.domain.enums import Sector

    orgs = run_json(capsys, "--db", str(demo_store), "list", "organisations", "--json")
    assert isinstance(orgs, list) and len(orgs) >= 40
    assert {o["sector"] for o in orgs} == {s.value for s in Sector if s is not Sector.UNKNOWN}


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_lists_as_json_with_id_and_a_name_or_title(
    demo_store: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    records = run_json(capsys, "--db", str(demo_store), "list", kind, "--json")
    assert isinstance(records, list) and records, kind
    for record in records:
        assert "id" in record
        assert record.get("name") or record.get("title")


def test_demo_data_has_the_gaps_people_should_see(
    demo_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = run_json(capsys, "--db", str(demo_store), "check", "--json")
    assert isinstance(report, dict)
    assert report["integrity"] == "ok"
    assert report["counts"]["engagements"] == 400
    assert report["counts"]["groups"] == 12
    assert report["counts"]["meetings"] == 40
    assert report["counts"]["problems"] == 8
    assert report["counts"]["agreements"] == 6
    assert 140 <= report["counts"]["contacts"] <= 180
    assert report["counts"]["staff"] == 25
    for gap in (
        "vacant_spocs",
        "spoc_reviews_overdue",
        "groups_without_representative",
        "overdue_actions",
        "agreements_due_review",
    ):
        assert report[gap] > 0, gap
    assert report["handovers_in_progress"] == 2


def test_demo_names_include_welsh_and_other_non_ascii(
    demo_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    contacts = run_json(capsys, "--db", str(demo_store), "list", "contacts", "--json")
    names = " ".join(c["name"] for c in contacts)  # type: ignore[union-attr]
    assert any(ch in names for ch in "âŵŷïŁłóüë")
    phones = [p["number"] for c in contacts for p in c["phones"]]  # type: ignore[union-attr]
    drama = ("+442079460", "+441134960", "+441614960", "+441174960", "+441184960", "+442920180")
    assert phones and all(p.startswith(drama) and len(p) == 13 for p in phones)


def test_demo_is_deterministic(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    names = []
    for n in (1, 2):
        path = tmp_path / f"s{n}.db"
        assert main(["--db", str(path), "demo"]) == 0
        capsys.readouterr()
        contacts = run_json(capsys, "--db", str(path), "list", "contacts", "--json")
        names.append([(c["name"], c["phones"][0]["number"]) for c in contacts])  # type: ignore[index]
    assert names[0] == names[1]


def test_demo_refuses_a_store_with_data(
    demo_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_store), "demo"]) == 1
    assert "already holds data" in capsys.readouterr().err


def test_search_finds_accented_names_typed_without_accents(
    demo_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hits = run_json(capsys, "--db", str(demo_store), "search", "sian", "--json")
    assert isinstance(hits, list) and hits
    assert all("Siân" in h["title"] for h in hits if h["kind"] == "contact")


def test_search_by_prefix_across_kinds(
    demo_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hits = run_json(capsys, "--db", str(demo_store), "search", "licens", "--json")
    kinds = {h["kind"] for h in hits}  # type: ignore[union-attr]
    assert {"organisation", "engagement"} <= kinds


def test_search_lines_tell_alike_hits_apart_newest_first(
    demo_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_store), "search", "cuckooing"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:5] == ["KIND", "TITLE", "WHEN", "DETAILS", "ID"]
    visits = [line for line in lines if "Joint visit to a cuckooing address" in line]
    assert len(visits) > 10
    # each line differs by more than its id: a date and the organisations
    assert len({line.rsplit(None, 1)[0] for line in visits}) == len(visits)
    hits = run_json(capsys, "--db", str(demo_store), "search", "cuckooing", "--json")
    dates = [h["when"] for h in hits if h["kind"] == "engagement"]  # type: ignore[index]
    assert dates == sorted(dates, reverse=True)
    assert all(h["detail"] for h in hits if h["kind"] == "engagement")  # type: ignore[index]


def test_search_treats_query_syntax_as_plain_words(
    demo_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for typed in ['"', "NEAR(", "a OR", "*", "title:x", "-", "()"]:
        assert main(["--db", str(demo_store), "search", typed, "--json"]) == 0
        json.loads(capsys.readouterr().out)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_corrupt_file_exits_1_with_a_message_and_is_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "corrupt.db"
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    before = digest(path)
    assert main(["--db", str(path), "list", "organisations"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("popdesk: ") and "Traceback" not in err and err.count("\n") == 1
    assert digest(path) == before


def test_a_directory_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path), "check"]) == 1
    assert "is a folder" in capsys.readouterr().err


def test_a_foreign_sqlite_file_exits_1_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "photos.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (name TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    assert main(["--db", str(path), "demo"]) == 1
    assert "another program" in capsys.readouterr().err
    assert digest(path) == before


def test_a_missing_store_is_not_created_by_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "typo.db"
    assert main(["--db", str(path), "list", "contacts"]) == 1
    assert "There is no popdesk store" in capsys.readouterr().err
    assert not path.exists()


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["list", "spaceships"])
    assert exited.value.code == 2


def test_popdesk_db_environment_variable(
    demo_store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("POPDESK_DB", str(demo_store))
    staff = run_json(capsys, "list", "staff", "--json")
    assert isinstance(staff, list) and len(staff) == 25


def test_the_installed_command_runs_as_a_process(demo_store: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "popdesk", "--db", str(demo_store), "list", "groups"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Glanafon Pubwatch" in result.stdout and "NONE" in result.stdout


def test_export_commands_write_documents_and_refuse_clearly(
    demo_store: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    handovers = run_json(capsys, "--db", str(demo_store), "list", "handovers", "--json")
    meetings = run_json(capsys, "--db", str(demo_store), "list", "meetings", "--json")
    pack, brief = tmp_path / "pack.pdf", tmp_path / "brief.pdf"
    assert (
        main(
            [
                "--db",
                str(demo_store),
                "export",
                "handover-pack",
                handovers[0]["id"],
                "--out",
                str(pack),
            ]
        )
        == 0
    )  # type: ignore[index]
    assert (
        main(
            [
                "--db",
                str(demo_store),
                "export",
                "meeting-brief",
                meetings[0]["id"],
                "--out",
                str(brief),
                "--marking",
                "OFFICIAL",
            ]
        )
        == 0
    )  # type: ignore[index]
    assert pack.read_bytes().startswith(b"%PDF") and brief.read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    assert (
        main(["--db", str(demo_store), "export", "handover-pack", "nonsense", "--out", str(pack)])
        == 1
    )
    assert "not a valid handover id" in capsys.readouterr().err
    monkeypatch.setenv("POPDESK_EXPORT_PASSWORD", "correct horse")
    locked = tmp_path / "locked.pdf"
    assert (
        main(
            [
                "--db",
                str(demo_store),
                "export",
                "handover-pack",
                handovers[0]["id"],
                "--out",
                str(locked),
                "--encrypt",
            ]
        )
        == 0
    )  # type: ignore[index]
    from pypdf import PdfReader

    assert PdfReader(locked).is_encrypted


@pytest.mark.parametrize(
    ("words", "read"),
    [
        ([], (None, False)),
        (["--db", "force.db"], ("force.db", False)),
        (["--db=force.db", "--demo"], ("force.db", True)),
        (["--demo"], (None, True)),
        (["--demo", "--db", "a b.db"], ("a b.db", True)),
        (["--db"], None),
        (["--db", "--demo"], None),
        (["--db", "a.db", "--db", "b.db"], None),
        (["--de"], None),
        (["--help"], None),
        (["--version"], None),
        (["list", "contacts"], None),
        (["--db", "a.db", "check"], None),
    ],
)
def test_opening_the_app_is_read_without_the_parser_and_as_the_parser_reads_it(
    words: list[str], read: tuple[str | None, bool] | None
) -> None:
    """The desktop app's usual arguments are read without building the whole parser (it is
    slower to build than the window is to draw); all else is left to the parser."""
    from popdesk.cli import build_parser, desktop_arguments

    assert desktop_arguments(words) == read
    if read is not None:
        args = build_parser().parse_args(words)
        assert (args.db, args.demo, args.command) == (*read, None)


def test_user_set_names_the_person_in_the_audit_log_and_on_documents(
    demo_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from popdesk import config

    db = ["--db", str(demo_store)]
    assert main([*db, "user", "show"]) == 0
    assert "Nobody is chosen" in capsys.readouterr().out
    assert main([*db, "user", "set", "PC"]) == 1  # many people: which one?
    assert "could be any of" in capsys.readouterr().err
    staff = run_json(capsys, *db, "list", "staff", "--json")
    gwen = next(s for s in staff if "Gwenllïan" in s["name"])  # type: ignore[index]
    assert main([*db, "user", "set", "gwenllian"]) == 0  # found without her accent
    assert gwen["name"] in capsys.readouterr().out  # type: ignore[index]
    assert main([*db, "user", "show"]) == 0
    assert capsys.readouterr().out.strip() == gwen["name"]  # type: ignore[index]
    assert config.load_settings().user_for(demo_store) == gwen["id"]  # type: ignore[index]

    handovers = run_json(capsys, *db, "list", "handovers", "--json")
    out = tmp_path / "pack.pdf"
    assert main([*db, "export", "handover-pack", handovers[0]["id"], "--out", str(out)]) == 0  # type: ignore[index]
    from pypdf import PdfReader

    assert gwen["name"] in PdfReader(out).pages[0].extract_text()  # type: ignore[index]
    assert PdfReader(out).metadata.author == gwen["name"]  # type: ignore[index, union-attr]

    assert main([*db, "user", "set", "nobody like this"]) == 1
    assert "No staff member" in capsys.readouterr().err
