"""The command line's store commands: passphrases from the environment, backup, restore, check."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from popdesk.cli import main
from tests.unit.test_cli import run_json

PASSPHRASE = "a gorse-covered hillside"


def test_with_no_keyring_the_command_line_takes_the_passphrase_from_the_environment(
    tmp_path: Path,
    no_keyring: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = str(tmp_path / "s.db")
    assert main(["--db", db, "demo"]) == 1
    err = capsys.readouterr().err
    assert "no keyring on this computer" in err and "POPDESK_PASSPHRASE" in err
    assert "Traceback" not in err and not Path(db).exists()

    monkeypatch.setenv("POPDESK_PASSPHRASE", PASSPHRASE)
    assert main(["--db", db, "demo"]) == 0
    err = capsys.readouterr().err
    assert "Recovery key: " in err and "not in a keyring" in err

    monkeypatch.setenv("POPDESK_PASSPHRASE", "some other phrase")
    assert main(["--db", db, "list", "groups"]) == 1
    assert "passphrase does not unlock" in capsys.readouterr().err

    monkeypatch.delenv("POPDESK_PASSPHRASE")
    assert main(["--db", db, "list", "groups"]) == 1
    assert "not available on this computer" in capsys.readouterr().err


def test_backup_check_and_restore_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "s.db")
    assert main(["--db", db, "demo"]) == 0
    capsys.readouterr()
    out = tmp_path / "elsewhere" / "copy.db"
    out.parent.mkdir()
    assert main(["--db", db, "backup", "--out", str(out)]) == 0
    assert out.exists() and Path(str(out) + ".key").exists()
    assert "encrypted" in capsys.readouterr().out

    assert main(["--db", db, "check", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["security"]["encrypted"] is True
    assert "Key stored in" in report["security"]["key"]
    assert report["security"]["backups"] == 0  # a new demo store is not backed up of itself

    assert main(["--db", db, "restore", str(out)]) == 0
    said = capsys.readouterr().out
    assert "Restored" in said and "kept in" in said
    assert main(["--db", db, "restore", str(tmp_path / "nothing.db")]) == 1
    assert "no backup at" in capsys.readouterr().err


def test_changing_the_passphrase_from_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "s.db")
    assert main(["--db", db, "demo"]) == 0
    monkeypatch.setenv("POPDESK_NEW_PASSPHRASE", "short")
    assert main(["--db", db, "passphrase"]) == 1
    assert "at least 10" in capsys.readouterr().err
    monkeypatch.setenv("POPDESK_NEW_PASSPHRASE", PASSPHRASE)
    assert main(["--db", db, "backup", "--out", str(tmp_path / "before.db")]) == 0
    assert main(["--db", db, "passphrase"]) == 0
    said = capsys.readouterr().out
    assert "re-encrypted under a new key" in said and "New recovery key: " in said
    first_key = said.split("New recovery key: ")[1].split()[0]
    # A new recovery key needs the passphrase, which it keeps.
    assert main(["--db", db, "recovery-key"]) == 1
    assert "needs the store's passphrase" in capsys.readouterr().err
    monkeypatch.setenv("POPDESK_PASSPHRASE", "not the passphrase at all")
    assert main(["--db", db, "recovery-key"]) == 1
    assert "That is not the passphrase" in capsys.readouterr().err
    monkeypatch.setenv("POPDESK_PASSPHRASE", PASSPHRASE)
    assert main(["--db", db, "recovery-key", "--old-backups", "remove"]) == 0
    said = capsys.readouterr().out
    second_key = said.split("New recovery key: ")[1].split()[0]
    assert second_key != first_key and "passphrase is unchanged" in said
    # The old recovery key opens nothing; the new one does.
    from popdesk.security.keys import key_file_path, read_key_file

    key_file = read_key_file(key_file_path(Path(db)))
    assert key_file is not None
    assert key_file.unwrap(first_key) is None and key_file.unwrap(second_key) is not None
    assert (tmp_path / "before.db").exists()  # a backup to a file of one's choosing is kept


def test_a_second_process_on_an_open_store_is_turned_away(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    assert main(["--db", str(db), "demo"]) == 0
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from popdesk.db.store import open_store\n"
            "s = open_store(sys.argv[1]); print('open', flush=True); time.sleep(60)",
            str(db),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        # The store by its own name, a symbolic link, a hard link, and a path through a
        # linked folder: the same file, so each is turned away, an import included.
        (tmp_path / "via-link.db").symlink_to(db)
        os.link(db, tmp_path / "hard-link.db")  # with its key file, so only the lock stops it
        os.link(tmp_path / "s.db.key", tmp_path / "hard-link.db.key")
        (tmp_path / "folder").symlink_to(tmp_path, target_is_directory=True)
        csv_file = tmp_path / "one.csv"
        csv_file.write_text("First name,Last name,Organisation\nCarys,Nowak,Tai Glanafon\n")
        for name in (
            db,
            tmp_path / "via-link.db",
            tmp_path / "hard-link.db",
            tmp_path / "folder" / "s.db",
        ):
            for command in (["list", "groups"], ["import", str(csv_file)]):
                result = subprocess.run(
                    [sys.executable, "-m", "popdesk", "--db", str(name), *command],
                    capture_output=True,
                    text=True,
                    timeout=60,
                    check=False,
                )
                assert result.returncode == 1, (name, command, result.stdout)
                assert "open in another popdesk" in result.stderr
    finally:
        holder.kill()
        holder.wait()
    # killed outright, it leaves no stale lock behind
    assert main(["--db", str(db), "list", "groups"]) == 0


def test_import_and_export_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fixtures = Path(__file__).parents[1] / "fixtures" / "import"
    db = str(tmp_path / "s.db")
    assert main(["--db", db, "demo"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "import", str(fixtures / "outlook.csv"), "--dry-run"]) == 0
    said = capsys.readouterr().out
    assert "outlook.csv (Outlook CSV): 3 new, 0 already in popdesk, 0 refused." in said
    assert "line 5, Zoë Pritchard: kept unchecked in the notes: phone 'not a number'" in said
    assert "Nothing was imported" in said
    assert main(["--db", db, "import", str(fixtures / "apple.vcf")]) == 0
    assert "Imported 1 contacts" in capsys.readouterr().out

    for argv, name in (
        (["export", "contacts", "--format", "csv"], "c.csv"),
        (["export", "contacts", "--format", "vcard"], "c.vcf"),
        (["export", "calendar"], "c.ics"),
    ):
        assert main(["--db", db, *argv, "--out", str(tmp_path / name)]) == 0
        assert (tmp_path / name).stat().st_size > 1000
    capsys.readouterr()
    assert main(["--db", db, "export", "contacts", "--out", str(tmp_path / "x.csv")]) == 1
    assert "--format csv" in capsys.readouterr().err

    png = tmp_path / "photo.vcf"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    assert main(["--db", db, "import", str(png)]) == 1
    err = capsys.readouterr().err
    assert "is a PNG image, not a vCard file" in err and "Traceback" not in err
    if os.name == "posix":  # a link to an endless device: one line, no traceback, no hang
        (tmp_path / "zero.vcf").symlink_to("/dev/zero")
        assert main(["--db", db, "import", str(tmp_path / "zero.vcf")]) == 1
        err = capsys.readouterr().err
        assert "zero.vcf is a device, not a vCard file." in err and "Traceback" not in err


def test_init_makes_an_empty_encrypted_store_that_takes_an_import(
    tmp_path: Path,
    no_keyring: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A fresh machine with no keyring: init with a passphrase, then import contacts."""
    db = tmp_path / "new.db"
    monkeypatch.setenv("POPDESK_PASSPHRASE", PASSPHRASE)
    assert main(["--db", str(db), "init"]) == 0
    captured = capsys.readouterr()
    assert "Recovery key: " in captured.err and "empty store is ready" in captured.out
    assert db.exists() and Path(str(db) + ".key").exists()
    assert b"SQLite format 3" not in db.read_bytes()[:16]  # encrypted from its first page
    for kind in ("organisations", "contacts", "engagements", "handovers"):
        assert main(["--db", str(db), "list", kind, "--json"]) == 0
        assert json.loads(capsys.readouterr().out) == []

    fixture = Path(__file__).parents[1] / "fixtures" / "import" / "outlook.csv"
    assert main(["--db", str(db), "import", str(fixture)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "list", "contacts", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) >= 2


def test_init_never_writes_over_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    taken = tmp_path / "mine.db"
    taken.write_bytes(b"someone's notes")
    link = tmp_path / "link.db"
    link.symlink_to(tmp_path / "nowhere.db")
    orphan_key = tmp_path / "old.db.key"
    orphan_key.write_text("{}", encoding="utf-8")
    for path in (taken, link, tmp_path / "old.db"):
        assert main(["--db", str(path), "init"]) == 1
        err = capsys.readouterr().err
        assert "already exists" in err and "Traceback" not in err
    assert taken.read_bytes() == b"someone's notes"
    assert not (tmp_path / "nowhere.db").exists()
    assert orphan_key.read_text(encoding="utf-8") == "{}"
    made = tmp_path / "made.db"
    assert main(["--db", str(made), "init"]) == 0
    capsys.readouterr()
    assert main(["--db", str(made), "init"]) == 1
    assert "already exists" in capsys.readouterr().err


def test_backup_never_writes_over_the_store_or_another_file_unless_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "s.db"
    other = tmp_path / "other.db"
    assert main(["--db", str(db), "init"]) == 0
    assert main(["--db", str(other), "init"]) == 0
    notes = tmp_path / "notes.txt"
    notes.write_text("someone's notes")
    (tmp_path / "link.db").symlink_to(db)
    os.link(db, tmp_path / "hard.db")
    (tmp_path / "null.db").symlink_to(os.devnull)
    capsys.readouterr()

    def files() -> dict[str, bytes]:
        return {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}

    before = files()
    # The live store, by any name, or its key file: refused, with --replace too.
    for target in (
        db,
        tmp_path / "link.db",
        tmp_path / "hard.db",
        tmp_path / "s.db.key",
        tmp_path / "s.db-wal",
    ):
        for replace in ([], ["--replace"]):
            assert main(["--db", str(db), "backup", "--out", str(target), *replace]) == 1
            err = capsys.readouterr().err
            assert "the store itself" in err and "Traceback" not in err, (target, err)
    # Another store with its key file, an unrelated file: refused without --replace.
    for target in (other, notes):
        assert main(["--db", str(db), "backup", "--out", str(target)]) == 1
        assert "already exists" in capsys.readouterr().err
    # A device behind a link is never written, even when asked to replace.
    assert main(["--db", str(db), "backup", "--out", str(tmp_path / "null.db"), "--replace"]) == 1
    assert "not a plain file" in capsys.readouterr().err
    assert files() == before

    saved = tmp_path / "saved.db"
    assert main(["--db", str(db), "backup", "--out", str(saved)]) == 0
    first = saved.read_bytes()
    assert main(["--db", str(db), "backup", "--out", str(saved)]) == 1  # not twice unasked
    assert saved.read_bytes() == first
    assert main(["--db", str(db), "backup", "--out", str(saved), "--replace"]) == 0
    assert "Backed up" in capsys.readouterr().out
    assert main(["--db", str(saved), "check"]) == 0  # the replaced backup opens whole


def test_a_hostile_file_is_refused_row_by_row_and_echoed_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "s.db")
    assert main(["--db", db, "init"]) == 0
    sheet = tmp_path / "people.csv"
    sheet.write_text(
        "Name,Organisation,Phones,Emails,Notes\n"
        "Carys Nowak,Tai\u202eGlanafon,,,\n"  # a right-to-left override in the organisation
        "Gwion Ahmed,Hafod,,,\n"
        "\u200b\u200b,Hafod,,,\n"  # a name of zero-width spaces only
        "Evil\x1b[31mRed Name\x07,Hafod,,,\n",  # a colour escape and the bell
        encoding="utf-8",
    )
    capsys.readouterr()
    for dry_run in (["--dry-run"], []):
        assert main(["--db", db, "import", str(sheet), *dry_run]) == 0
        out = capsys.readouterr().out
        assert "1 new, 0 already in popdesk, 3 refused" in out
        assert "line 2, Carys Nowak: Organisation contains an invisible text-direction" in out
        assert "line 4, \\u200b\\u200b: Name is required." in out
        assert "line 5, Evil\\x1b[31mRed Name\\x07: Name cannot contain a control" in out
        assert not any(ch in out for ch in "\x1b\x07\u202e\u200b")  # nothing raw reaches it
    names = [c["name"] for c in run_json(capsys, "--db", db, "list", "contacts", "--json")]
    assert names == ["Gwion Ahmed"]


def test_erase_contact_from_the_command_line_asks_unless_told_and_redacts_as_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "s.db")
    assert main(["--db", db, "demo"]) == 0
    capsys.readouterr()
    contacts = run_json(capsys, "--db", db, "list", "contacts", "--json")
    someone = next(c for c in contacts if len(c["name"].split()) == 2)  # type: ignore[union-attr]
    assert main(["--db", db, "erase", "contact", someone["id"]]) == 1  # no terminal, no --yes
    err = capsys.readouterr().err
    assert "Nothing was erased: give --yes" in err and "Traceback" not in err
    assert main(["--db", db, "erase", "contact", someone["id"], "--yes", "--redact-mentions"]) == 0
    out = capsys.readouterr().out
    assert "Erased: details replaced in" in out
    after = {c["id"]: c["name"] for c in run_json(capsys, "--db", db, "list", "contacts", "--json")}
    assert after[someone["id"]] == "Erased contact"
    assert main(["--db", db, "search", someone["name"].split()[-1]]) in (0, 1)  # type: ignore[union-attr]
    assert someone["name"] not in capsys.readouterr().out  # type: ignore[operator]
    assert main(["--db", db, "erase", "contact", someone["id"], "--yes"]) == 1
    assert "already been erased" in capsys.readouterr().err


def test_contact_and_calendar_exports_carry_their_marking_in_the_file_and_the_log(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "s.db")
    assert main(["--db", db, "demo"]) == 0
    out = {"csv": tmp_path / "c.csv", "vcard": tmp_path / "c.vcf"}
    assert (
        main(["--db", db, "export", "contacts", "--format", "csv", "--out", str(out["csv"])]) == 0
    )
    assert (
        main(
            [
                "--db",
                db,
                "export",
                "contacts",
                "--format",
                "vcard",
                "--out",
                str(out["vcard"]),
                "--marking",
                "OFFICIAL",
            ]
        )
        == 0
    )
    ics = tmp_path / "m.ics"
    assert main(["--db", db, "export", "calendar", "--out", str(ics), "--marking", "OFFICIAL"]) == 0
    assert out["csv"].read_text(encoding="utf-8-sig").splitlines()[0] == "OFFICIAL-SENSITIVE"
    cards = out["vcard"].read_text(encoding="utf-8")
    assert cards.count("X-POPDESK-MARKING:OFFICIAL") == cards.count("BEGIN:VCARD") > 0
    assert "X-POPDESK-MARKING:OFFICIAL" in ics.read_text(encoding="utf-8")
    capsys.readouterr()
    log = run_json(capsys, "--db", db, "list", "contacts", "--json")
    assert log  # the store still reads
    # The marked CSV reads back in: its marking line is not taken for a header.
    other = str(tmp_path / "other.db")
    assert main(["--db", other, "init"]) == 0
    assert main(["--db", other, "import", str(out["csv"])]) == 0
    assert f"Imported {len(log)} contacts" in capsys.readouterr().out
    from popdesk.db.store import open_store
    from popdesk.services import Services

    store = open_store(Path(db))
    summaries = [e.summary for e in Services.over(store.sessions).audit.entries(limit=100)]
    store.close(backup=False)
    assert any(s.endswith("as CSV marked OFFICIAL-SENSITIVE") for s in summaries)
    assert any(s.endswith("as vCard marked OFFICIAL") for s in summaries)
    assert any("calendar" in s and s.endswith("marked OFFICIAL") for s in summaries)


def test_backups_and_logs_are_for_the_owner_alone_and_an_empty_import_takes_no_backup(
    tmp_path: Path,
) -> None:
    import stat

    db = tmp_path / "s.db"
    assert main(["--db", str(db), "init"]) == 0
    sheet = tmp_path / "one.csv"
    sheet.write_text("Name,Organisation,Phones,Emails,Notes\nCarys Nowak,Tai,,,\n")

    def popdesk(*argv: str) -> None:
        done = subprocess.run(
            [sys.executable, "-m", "popdesk", "--db", str(db), *argv],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr

    popdesk("import", str(sheet))
    folder = tmp_path / "s-backups"
    backups = sorted(folder.iterdir())
    assert backups and stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in backups)
    popdesk("import", str(sheet))  # the same person again: nothing added
    assert sorted(folder.iterdir()) == backups  # so no new backup

    from popdesk import app, config

    logs = tmp_path / "logs"
    logs.mkdir(mode=0o755)
    (logs / "popdesk.log").write_text("from an earlier popdesk\n")
    os.chmod(logs / "popdesk.log", 0o644)
    original = config.log_dir
    config.log_dir = lambda: logs  # type: ignore[assignment]
    try:
        app.setup_logging()
    finally:
        import faulthandler
        import logging

        faulthandler.enable(file=sys.__stderr__)  # crash traces back to the test run's
        config.log_dir = original  # type: ignore[assignment]

        root = logging.getLogger()
        for handler in [
            h for h in root.handlers if "popdesk.log" in str(getattr(h, "baseFilename", ""))
        ]:
            root.removeHandler(handler)
            handler.close()
    assert stat.S_IMODE(logs.stat().st_mode) == 0o700
    assert stat.S_IMODE((logs / "popdesk.log").stat().st_mode) == 0o600


def test_a_store_with_damaged_pages_is_reported_in_a_few_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "s.db"
    assert main(["--db", str(db), "demo"]) == 0
    data = bytearray(db.read_bytes())
    pages = len(data) // 4096
    for page in range(pages // 2, pages - 1, 3):  # every third page of the second half
        data[page * 4096 + 100 : page * 4096 + 140] = bytes(40)
    db.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["--db", str(db), "check"]) == 1
    said = capsys.readouterr()
    lines = (said.out + said.err).splitlines()
    assert len(lines) <= 25 and all(len(line) <= 700 for line in lines), lines
    assert "Traceback" not in said.err and "damaged" in (said.out + said.err)
